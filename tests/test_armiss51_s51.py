"""Session 51 (helper armiss51): Arabic gold events missed outright -- the shapes, in our own sentences.

1. Lexicon (manual_ar.tsv): condolences sent or addressed (بعث / وجه + برقية / رسالة تعزية, 018); solidarity shown
   (أبدى + تضامن, 051, as أعرب عن تضامنه).
2. ``announced_act`` kind order: an order verb (أمر، أوعز، وجه، كلف) reports the act its content names ("ووجه رئيس
   الوزراء بتشكيل لجنة تحقيق"): the verb's span is the noun event's evidence too, its subject the source, and the
   noun read a reference after the preposition is the ordered act, told now.
"""
from test_gapen34_s34 import _dump, _events

_AMMAN = "عمان - 3 مارس (مرصد) - "
_DATE = "2025-03-03"


def _told(text, verb, date=_DATE):
    """The events whose trigger or a telling merged into it (Event.also_spans) starts at ``verb``; all events."""
    evs = _events(text, date)
    at = text.index(verb)
    return [e for e in evs if e.trigger_start == at or any(s == at for s, _ in e.also_spans)], evs


# ----------------------------------------------------------------------------- 1 lexicon
def test_president_sends_condolence_cable():
    got, evs = _told(_AMMAN + "وبعث العاهل الأردني الملك عبدالله الثاني برقية تعزية إلى الرئيس التركي.", "وبعث")
    assert [e.cameo for e in got] == ["018"] and got[0].source_country == "JOR", _dump(evs)


def test_condolence_letter_addressed():
    got, evs = _told(_AMMAN + "كما وجه رئيس الوزراء الياباني رسالة تعزية إلى نظيره الأردني.", "وجه")
    assert [e.cameo for e in got] == ["018"] and got[0].source_country == "JPN", _dump(evs)


def test_envoy_sent_is_no_condolence():
    _, evs = _told(_AMMAN + "وبعث الرئيس الأردني مبعوثا خاصا إلى دمشق لبحث ملف اللاجئين.", "وبعث")
    assert not [e for e in evs if e.cameo == "018"], _dump(evs)


def test_secretary_general_shows_solidarity():
    got, evs = _told(_AMMAN + "وأبدى رئيس المفوضية الأوروبية تضامن الاتحاد مع الأردن بعد الفيضانات.", "وأبدى")
    assert [e.cameo for e in got] == ["051"], _dump(evs)


# ----------------------------------------------------------------------------- 2 ordered acts
def test_prime_minister_directs_an_inquiry():
    got, evs = _told(_AMMAN + "ووجه رئيس الوزراء الأردني جعفر حسان بتشكيل لجنة تحقيق في أسباب الحريق.", "ووجه")
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "JOR", _dump(evs)
    assert not got[0].historical, _dump(evs)


def test_prosecutor_tasks_a_team_to_investigate():
    got, evs = _told(_AMMAN + "وكلف النائب العام الأردني فريقا من المحققين بالتحقيق في ملابسات الانفجار.", "وكلف")
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "JOR", _dump(evs)


def test_demanding_an_inquiry_is_no_order():
    got, evs = _told(_AMMAN + "وطالب نواب أردنيون بتشكيل لجنة تحقيق في أسباب الحريق.", "بتشكيل")
    assert all(":ordered" not in e.rule for e in evs), _dump(evs)
