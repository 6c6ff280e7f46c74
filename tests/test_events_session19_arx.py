"""Session 19, ARX: Arabic leftovers of the fifth blind test and the strict xfails (our own sentences; each rule
with a guard)."""
from __future__ import annotations

from events_helpers import full, show


def _actor_of(doc, surface):
    return next(a for a in doc.actors if any(doc.text[s:e] == surface for s, e in a.spans))


# 1. "وفد X برئاسة وزير الخارجية": the head of a delegation is of the delegation's country (actors._delegation_head),
#    also when another country's foreign ministry was named before (it used to stay GOV, and the arrival was dropped)

_SUMMONS = "استدعت وزارة الخارجية الأردنية أمس السفير العراقي لدى عمان، وأبلغته احتجاجها على إغلاق معبر طريبيل.\n\n"


def test_ar_head_of_a_delegation_takes_its_country():
    doc = full(_SUMMONS + "ووصل وفد عراقي برئاسة وزير الخارجية إلى عمان مساء أمس، والتقى العاهل الأردني.",
               published_at="2026-04-08")
    assert _actor_of(doc, "وزير الخارجية").code == "IRQGOV", [(a.code, a.spans) for a in doc.actors]
    ev = [e for e in doc.events if e.trigger.startswith("ووصل")]
    assert [(e.cameo, e.source_code, e.target_country) for e in ev] == [("042", "IRQGOV", "JOR")], show(doc)


def test_ar_a_title_after_a_delegation_without_led_by_stays_guard():
    # (no برئاسة: the minister is another person, here the host's)
    doc = full(_SUMMONS + "ووصل وفد عراقي إلى عمان مساء أمس، واستقبله وزير الخارجية في مقر الوزارة.",
               published_at="2026-04-08")
    assert _actor_of(doc, "وزير الخارجية").country != "IRQ", [(a.code, a.spans) for a in doc.actors]
