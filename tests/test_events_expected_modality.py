"""Scheduled / expected / wanted acts are not reported as done: "من المقرر أن تستأنف المفاوضات", "من المتوقع أن
يزور", "يريد الوزير أن يزور", "is expected to visit" are future / intent (a visit becomes 036, intent to meet, as
"سيزور" already did).  المقرر alone is a rapporteur, "دون أن" is "without".  Sentences written for these tests."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text, modality", [
    ("ومن المتوقع أن يزور وزير الخارجية الأميركي القاهرة الأسبوع المقبل.", "future"),
    ("ومن المقرر أن تستأنف المفاوضات بين الجانبين في جنيف يوم الاثنين.", "future"),
    ("ومن المنتظر أن يلتقي الرئيس المصري نظيره الفرنسي في باريس.", "future"),
    ("ويريد الوزير أن يزور القاهرة قبل نهاية الشهر.", "intent"),
    ("وتعتزم الحكومة الأردنية أن تفرض عقوبات على الشركات المخالفة.", "intent"),
    ("The US Secretary of State is expected to visit Cairo next week.", "future"),
    ("The two leaders are scheduled to meet in Geneva on Monday.", "future"),
])
def test_scheduled_or_wanted_is_not_asserted(text, modality):
    doc = full(text, published_at="2024-05-08")
    assert doc.events, dump(doc)
    assert all(e.modality == modality for e in doc.events if not e.historical), dump(doc)


@pytest.mark.parametrize("text", [
    "وقال المقرر الخاص للأمم المتحدة إن القوات قتلت عشرات المدنيين في القرية.",
    "وأكد المتحدث أن الجيش قصف مواقع المسلحين فجر اليوم.",
    "The army had expected heavy resistance, but the troops attacked the town at dawn.",
])
def test_reports_stay_asserted(text):
    doc = full(text, published_at="2024-05-08")
    att = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert att and all(e.modality == "asserted" for e in att), dump(doc)
