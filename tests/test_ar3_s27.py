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
    doc = full("أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في وسط العاصمة أمس.", published_at="2024-05-02")
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
