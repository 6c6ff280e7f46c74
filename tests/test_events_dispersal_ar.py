"""Dispersing a march, a sit-in or several demonstrations is violent repression (CAMEO 175) by the force of
the crowd, not a protest by the force.  Sentences written for these tests in the style of agency copy."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text", [
    "فرقت قوات الأمن مسيرة للمعلمين في وسط العاصمة مساء الثلاثاء.",
    "فرقت الشرطة مظاهرات الطلاب أمام الجامعة بالقوة.",
    "فرقت الشرطة وقفة لعمال النسيج أمام مقر الوزارة.",
])
def test_dispersal_of_a_march_is_repression(text):
    doc = full(text)
    ev = [e for e in doc.events if e.cameo == "175"]
    assert ev and ev[0].source_code and ev[0].source_code.endswith("COP"), dump(doc)
    assert not any(e.plover_type == "PROTEST" and (e.source_code or "").endswith("COP") for e in doc.events), dump(doc)
