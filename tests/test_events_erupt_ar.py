"""Round 9: a protest noun that is the subject of a "break out / set off" verb (cue ``erupt``: اندلعت، انطلقت …)
opening its clause is a reported protest (``:erupt``, detect.erupt_lead; feature ``noun_erupt``), whatever the
learned filter says.  Sentences written for these tests."""
import pytest

import marsad
from marsad.coding import detect


def protests(text):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == "PROTEST"]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule, e.historical) for e in evs]


@pytest.mark.parametrize("text", [
    "واندلعت في العاصمة الأردنية مظاهرات حاشدة احتجاجا على رفع أسعار الوقود.",
    "وانطلقت أمس مسيرات طلابية في شوارع الخرطوم تطالب برحيل الحكومة.",
    "وفي غضون ذلك، اندلعت مظاهرات غاضبة في عدة مدن مغربية.",
])
def test_a_protest_that_broke_out_is_reported(text):
    evs = [e for e in protests(text) if not e.historical]
    assert any(":erupt" in e.rule for e in evs), show(protests(text))


@pytest.mark.parametrize("text", [
    "وتوقع مراقبون أن تندلع مظاهرات جديدة في المدينة.",        # expected, imperfect: no lead
    "وقال الناشط إن مظاهرات اندلعت في المدينة.",               # the verb after its subject, reported speech
    "وأدت الأزمة التي اندلعت في الصيف إلى احتجاجات واسعة.",     # the verb's subject is another noun
])
def test_no_erupt_lead(text):
    assert not any(":erupt" in e.rule for e in protests(text)), show(protests(text))


def test_the_filter_feature():
    doc = marsad.code("واندلعت في العاصمة مظاهرات حاشدة.", published_at="2024-03-01")
    assert any(":erupt" in e.rule for e in doc.events)
    doc2 = marsad.code("وتوقع مراقبون أن تندلع مظاهرات جديدة.", published_at="2024-03-01")
    assert not any(":erupt" in e.rule for e in doc2.events)
    assert detect.erupt_lead([], []) is False
