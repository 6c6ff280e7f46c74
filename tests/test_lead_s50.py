"""Session 50 (lead): our own sentences.

1. "Former" after a title's sector adjective ("المدعية العامة العسكرية السابقة") marks the title the adjective
   qualifies, not the adjective: the feminine adjective read alone as a military person dropped the whole phrase as an
   adjective, so the arrest had no target (actors/resolve.mark_former).
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _doc(text, date):
    return _PIPE(text, published_at=date)


def _event(doc, trigger):
    return next(e for e in doc.events if e.trigger == trigger)


def test_former_after_title_adjective_marks_the_title():
    doc = _doc("اعتقلت الشرطة التركية ليل الجمعة المدعية العامة العسكرية السابقة في أنقرة.", "2025-10-12")
    e = _event(doc, "اعتقلت")
    assert e.source_code == "TURCOP"
    assert e.target_code == "TURELI"


def test_former_after_masculine_title_adjective_same_reading():
    doc = _doc("اعتقلت الشرطة التركية المدعي العام العسكري السابق في أنقرة.", "2025-10-12")
    assert _event(doc, "اعتقلت").target_code == "TURELI"


def test_former_after_plain_title_still_elite():
    doc = _doc("انتقد الوزير التركي السابق الحكومة بشدة.", "2025-10-12")
    assert _event(doc, "انتقد").source_code == "TURELI"
