"""Session 52 (helper armiss52): Arabic gold events missed outright -- the shapes, in our own sentences.

1. ``stages.actors._opening_verb_role``: "وطالب" opening a sentence before a bare group or count noun (اتحاد، منتدى،
   عدد; ``verb_subject_heads_ar.tsv``) is the verb "demanded", not a student: no student is "طالب اتحاد".
2. Lexicon (manual_ar.tsv): the army deployed (انتشر + الجيش, 154, as انتشرت القوات).
"""
from test_gapen34_s34 import _P, _dump, _events

_BAGHDAD = "بغداد - 12 مايو (مرصد) - "
_DATE = "2025-05-12"


def _told(text, verb, date=_DATE):
    """The events whose trigger or a telling merged into it (Event.also_spans) starts at ``verb``; all events."""
    evs = _events(text, date)
    at = text.index(verb)
    return [e for e in evs if e.trigger_start == at or any(s == at for s, _ in e.also_spans)], evs


# ----------------------------------------------------------------------------- 1 opening verb before a group noun
def test_union_demanded_government():
    text = _BAGHDAD + "وطالب اتحاد المزارعين الحكومة العراقية برفع أسعار شراء القمح من الفلاحين."
    got, evs = _told(text, "وطالب")
    assert [e.root for e in got] == ["10"] and got[0].target_country == "IRQ", _dump(evs)


def test_number_of_deputies_demanded():
    text = _BAGHDAD + "وطالب عدد من النواب العراقيين بإقالة وزير الكهرباء بعد انقطاع التيار لساعات."
    got, evs = _told(text, "وطالب")
    assert [e.root for e in got] == ["10"] and got[0].source_country == "IRQ", _dump(evs)


def test_student_of_medicine_stays_a_student():
    """Guard (passes on the start tree too): "وطالب الطب" -- a definite noun after the word -- is still the student."""
    text = _BAGHDAD + "وطالب الطب الذي أصيب في الحادث نقل إلى المستشفى."
    assert not [e for e in _events(text, _DATE) if e.root == "10"], _dump(_events(text, _DATE))


# ----------------------------------------------------------------------------- 2 lexicon
def test_army_deployed_in_villages():
    text = "بيروت - 12 مايو (مرصد) - وانتشر الجيش اللبناني بكثافة في القرى الحدودية لتأمين عودة السكان."
    got, evs = _told(text, "وانتشر")
    assert [e.cameo for e in got] == ["154"] and got[0].source_country == "LBN", _dump(evs)


def test_news_spreading_is_no_deployment():
    """Guard (passes on the start tree too): "انتشر الخبر" spreads, no forces."""
    text = "بيروت - 12 مايو (مرصد) - وانتشر الخبر بسرعة في القرى الحدودية."
    assert not _events(text, _DATE), _dump(_events(text, _DATE))
