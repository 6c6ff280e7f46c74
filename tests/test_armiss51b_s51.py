"""Session 51 (helper armiss51b): Arabic gold events anchored on a chairing or organising verb -- our own sentences.

1. ``announced_act.tsv`` kind light + ترأس (chaired): "وترأس رئيس الوزراء اجتماعا طارئا لقادة الأجهزة الأمنية" -- the
   chair's verb is the meeting noun's telling, as عقد / أجرى are (its span joins the noun event's evidence).
2. ``announced_act.tsv`` kind verb + نظم (organised): "ونظم مئات الطلاب وقفة احتجاجية أمام الوزارة" -- the
   organisers' verb reports the protest noun after it.
"""
from test_gapen34_s34 import _dump, _events

_CAIRO = "القاهرة - 4 مايو (مرصد) - "
_DATE = "2025-05-04"


def _told(text, verb, date=_DATE):
    """The events whose trigger or a telling merged into it (Event.also_spans) starts at ``verb``; all events."""
    evs = _events(text, date)
    at = text.index(verb)
    return [e for e in evs if e.trigger_start == at or any(s == at for s, _ in e.also_spans)], evs


# ----------------------------------------------------------------------------- 1 a chaired meeting
def test_prime_minister_chairs_emergency_meeting():
    text = _CAIRO + "وترأس رئيس الوزراء المصري مساء أمس اجتماعا طارئا لوزراء المجموعة الاقتصادية لبحث أزمة الوقود."
    got, evs = _told(text, "وترأس")
    assert [e.root for e in got] == ["04"] and got[0].source_country == "EGY", _dump(evs)


def test_feminine_chair_of_meeting():
    text = _CAIRO + "ترأست وزيرة الخارجية السودانية اجتماعا للجنة الوزارية المعنية بملف اللاجئين في بورتسودان."
    got, evs = _told(text, "ترأست")
    assert [e.root for e in got] == ["04"] and got[0].source_country == "SDN", _dump(evs)


# ----------------------------------------------------------------------------- 2 an organised protest
def test_students_organise_protest_stand():
    text = _CAIRO + "ونظم مئات الطلاب الجزائريين مساء أمس وقفة احتجاجية أمام مقر وزارة التعليم العالي."
    got, evs = _told(text, "ونظم")
    assert [e.cameo for e in got] == ["141"], _dump(evs)


def test_party_organises_march():
    text = _CAIRO + "ونظمت أحزاب المعارضة التونسية أمس مسيرة في شارع الحبيب بورقيبة تنديدا بالاعتقالات."
    got, evs = _told(text, "ونظمت")
    assert [e.root for e in got] == ["14"], _dump(evs)


# ----------------------------------------------------------------------------- guards
def test_organised_conference_is_no_protest():
    # (a conference organised is no act: the verb joins no event)
    got, evs = _told(_CAIRO + "ونظمت الجامعة الأمريكية أمس مؤتمرا علميا عن الطاقة المتجددة.", "ونظمت")
    assert got == [], _dump(evs)
