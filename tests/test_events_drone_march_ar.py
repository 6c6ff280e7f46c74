"""مسيرة is a march and a drone: read as part of an armed actor it is no protest.  Sentences written for
these tests in the style of agency copy."""
import pytest

from events_helpers import dump, full as code


@pytest.mark.parametrize("text, source", [
    ("شنت مسيرة إسرائيلية غارة على سيارة في بلدة جنوب لبنان صباح اليوم.", "ISRMIL"),
    ("استهدفت مسيرات تركية مواقع لمقاتلين أكراد في ريف الحسكة.", "TURMIL"),
])
def test_drone_is_no_march(text, source):
    doc = code(text)
    assert not any(e.plover_type == "PROTEST" for e in doc.events), dump(doc)
    assert any(e.plover_type == "ASSAULT" and e.source_code == source for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "خرجت مسيرة حاشدة في وسط العاصمة تضامنا مع الأسرى.",
    "نظم المعلمون مسيرة أمام مقر الحكومة للمطالبة برفع الأجور.",
])
def test_march_stays_a_protest(text):
    doc = code(text)
    assert any(e.plover_type == "PROTEST" for e in doc.events), dump(doc)
