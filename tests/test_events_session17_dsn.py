"""Session 17, DSN: the dateline's country in one module (``coding/home_country.py``: bare roles and a bare foreign
ministry), the anaphoric day in the time stage ("later in the day", "في اليوم التالي"), and pages of other sections
(a sports "attack", a market "war", a court's sentence).  Own sentences; each rule has a near-miss guard."""
from __future__ import annotations

from tests.events_helpers import find, full


# ---------------------------------------------------------------- home_country: the bare foreign ministry (merged)
def test_arabic_bare_foreign_ministry_takes_the_dateline_country():
    doc = full("الرباط - استدعت وزارة الخارجية أمس السفير الجزائري. وقالت الحكومة إن الرباط ترفض التصريحات.",
               published_at="2026-08-07")
    ev = find(doc, "114", "MARGOV", "DZAGOV")
    assert ev and ":src-home-ministry" in ev[0].rule, [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_arabic_bare_foreign_ministry_dateline_only_guard():
    # Morocco named only in the dateline: where the reporter sits, not a party of the story
    doc = full("الرباط - استدعت وزارة الخارجية أمس السفير الجزائري للاحتجاج على التصريحات.", published_at="2026-08-07")
    assert find(doc, "114", "GOV", "DZAGOV"), [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]
    assert not any(e.source_code == "MARGOV" for e in doc.events)
