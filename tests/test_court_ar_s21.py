"""Session 21, ARX: a court's sentence and conviction in Arabic (marsad/coding/court_ar.py, court_ar.tsv).
Our own sentences."""
from __future__ import annotations

from tests.events_helpers import find, full, show

DATE = "2025-03-04"


def test_sentencing_chamber_of_court_is_source():
    d = full("وقضت الدائرة الجنائية بمحكمة الاستئناف في الرباط بالسجن عشرين عاما على رجل أدين بتهريب المخدرات.",
             published_at=DATE)
    assert find(d, "173", "MARJUD"), show(d)
    assert not find(d, "173", None, "MARJUD"), show(d)


def test_sentencing_court_subject_unchanged():
    # guard: a court named as the plain subject was the source already; the rule leaves it
    d = full("قضت محكمة مغربية بسجن المتهم عشر سنوات بتهمة الإرهاب.", published_at=DATE)
    ev = find(d, "173", "MARJUD")
    assert ev and ":court-src" not in ev[0].rule, show(d)


def test_court_convicts_is_173():
    d = full("محكمة مصرية تدين صحفيا بنشر أخبار كاذبة", published_at=DATE)
    assert find(d, "173", "EGYJUD", "EGYMED"), show(d)
    assert not find(d, "111"), show(d)


def test_ministry_condemns_stays_111():
    # guard: يدين with a ministry as subject is a condemnation
    d = full("الخارجية المصرية تدين الهجوم على السفارة", published_at=DATE)
    assert find(d, "111", "EGYGOV"), show(d)
    assert not find(d, "173"), show(d)
