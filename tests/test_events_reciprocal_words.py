"""Reciprocal words: "بعضهما" (each other) and a past / imperfect "تبادل" verb make the act go both ways
(تبادلت باكستان والهند الاتهامات); a reciprocal word after بين belongs to a noun's pair, not to the verb
("أشاد … بجهود قطر في الوساطة بين الطرفين": the praise is France's, one way); the verbal noun تبادل (بشأن
تبادل الأسرى) reverses nothing.  Sentences written for these tests."""
from events_helpers import dump, full


def _dyads(doc, root):
    return {(e.source_code, e.target_code) for e in doc.events if e.root == root}


def test_each_other_is_both_ways():
    doc = full("واتهمت مصر وإثيوبيا بعضهما بتعطيل المفاوضات.")
    d = _dyads(doc, "11")
    assert ("EGY", "ETH") in d and ("ETH", "EGY") in d, dump(doc)


def test_exchanged_accusations_are_both_ways():
    doc = full("وتبادلت باكستان والهند الاتهامات بانتهاك الهدنة على الحدود.")
    d = _dyads(doc, "11")
    assert ("PAK", "IND") in d and ("IND", "PAK") in d, dump(doc)


def test_two_sides_after_between_do_not_reverse_praise():
    doc = full("وأشاد الرئيس الفرنسي بجهود قطر في الوساطة بين الطرفين.")
    d = _dyads(doc, "05")
    assert ("FRAGOV", "QAT") in d and ("QAT", "FRAGOV") not in d, dump(doc)


def test_exchange_noun_reverses_nothing():
    doc = full("ورفض وزير الخارجية الأردني مقترحا قدمته تركيا بشأن تبادل الأسرى.")
    d = _dyads(doc, "12")
    assert d and all(src == "JORGOV" for src, _ in d), dump(doc)
