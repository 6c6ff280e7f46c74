"""Session 27, AR3: an Arabic crowd noun a force acts on is no protest report of its own (our sentences)."""
from __future__ import annotations

from tests.events_helpers import full


def _protests(doc):
    return [e for e in doc.events if e.root == "14"]


def test_dispersed_crowd_object_no_protest():
    doc = full("وفرقت الشرطة محتجين أمام البرلمان في العاصمة.", published_at="2024-05-02")
    assert not _protests(doc)
    assert any(e.cameo == "175" for e in doc.events)


def test_arrested_crowd_object_no_protest():
    doc = full("واعتقلت الشرطة المصرية محتجين أمس.", published_at="2024-05-02")
    assert not _protests(doc)
    assert any(e.cameo.startswith("173") for e in doc.events)


def test_tear_gas_on_crowd_after_preposition_no_protest():
    doc = full("أطلقت الشرطة الغاز المسيل للدموع على متظاهرين في وسط العاصمة أمس.", published_at="2024-05-02")
    assert not _protests(doc)


def test_headline_crowd_is_the_leads_protest():
    text = ("مقتل محتجين اثنين في مدينة عطبرة\n\nالخرطوم - 2 مايو (مرصد) - اندلعت احتجاجات في مدينة عطبرة أمس ضد "
            "غلاء الأسعار، وقتلت الشرطة محتجين اثنين.")
    doc = full(text, published_at="2024-05-02")
    ps = _protests(doc)
    assert len(ps) == 1 and ps[0].trigger == "احتجاجات"
    assert text.index("محتجين") in [s for s, _ in ps[0].also_spans]


def test_guard_protest_verb_stays():
    doc = full("وتظاهر محتجون أمام البرلمان في العاصمة أمس.", published_at="2024-05-02")
    assert [e.cameo for e in _protests(doc)] == ["141"]


def test_guard_protest_noun_with_dispersal_stays():
    doc = full("وخرجت مظاهرة في وسط العاصمة أمس ضد غلاء الأسعار، وفرقتها الشرطة بالقوة.", published_at="2024-05-02")
    assert _protests(doc)


# --- a party / society with its nationality and "the opposition" adjective: one OPP actor of that country ---

def _one(doc, cameo):
    evs = [e for e in doc.events if e.cameo.startswith(cameo)]
    assert len(evs) == 1, [(e.cameo, e.source_code, e.target_code) for e in doc.events]
    return evs[0]


def test_society_nisba_opposition_one_actor():
    doc = full("انتقدت جمعية الوفاق البحرينية المعارضة قرار الحكومة بحل المجالس البلدية.", published_at="2024-05-02")
    e = _one(doc, "11")
    assert (e.source_code, e.target_code) == ("BHROPP", "BHRGOV")


def test_unknown_party_nisba_opposition_one_actor():
    doc = full("وانتقد حزب العدالة المغربي المعارض الحكومة بسبب غلاء الأسعار.", published_at="2024-05-02")
    e = _one(doc, "11")
    assert (e.source_code, e.target_code) == ("MAROPP", "MARGOV")


def test_guard_government_then_opposition_object():
    doc = full("وانتقدت الحكومة المغربية المعارضة بسبب مقاطعتها للبرلمان.", published_at="2024-05-02")
    e = _one(doc, "11")
    assert (e.source_code, e.target_code) == ("MARGOV", "MAROPP")


def test_guard_gender_mismatch_is_the_object():
    doc = full("وانتقد حزب العدالة المغربي المعارضة بسبب مقاطعتها للانتخابات.", published_at="2024-05-02")
    e = _one(doc, "11")
    assert e.source_code != "MAROPP"   # a feminine المعارضة agrees with no masculine المغربي: no attribute of the party


def test_guard_definite_crowd_keeps_its_background_protest():
    doc = full("وفرقت الشرطة التونسية المحتجين بالغاز المسيل للدموع أمام البرلمان.", published_at="2024-05-02")
    assert [e for e in _protests(doc) if "implied" in e.rule]
