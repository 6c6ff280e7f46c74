"""Session 17, B15: an own envoy recalled FROM a state ("يستدعي سفيره من طهران") is aimed at that state (CAMEO 161).

Sentences are ours.  The state after من right after سفيره / سفيرها is the host (an actor, not a place); a من phrase
further on ("بعد رسالة من إيران") is no host.
"""
from events_helpers import find, full


def test_headline_recall_from_capital():
    doc = full("الأردن يستدعي سفيره من طهران بعد اعتقال صحفيين أردنيين", published_at="2026-03-02")
    assert find(doc, "161", "JOR", "IRNGOV")


def test_vso_recall_from_capital():
    doc = full("استدعت الحكومة الأردنية يوم الأحد سفيرها من طهران للتشاور.", published_at="2026-03-02")
    assert find(doc, "161", "JORGOV", "IRNGOV")


def test_withdrawn_envoy_from_capital():
    doc = full("سحبت الكويت سفيرها من دمشق للتشاور.", published_at="2026-03-02")
    assert find(doc, "161", "KWT", "SYRGOV")


def test_guard_later_min_phrase_is_no_host():
    doc = full("استدعت الحكومة الأردنية سفيرها للتشاور بعد رسالة من إيران.", published_at="2026-03-02")
    ev = find(doc, "161", "JORGOV")
    assert ev and all(e.target_country != "IRN" for e in ev)


def test_guard_arriving_ambassador_from_state_is_a_place():
    doc = full("وصل السفير من إيران إلى عمان.", published_at="2026-03-02")
    assert not [a for a in doc.actors if a.country == "IRN"]


def test_lada_host_unchanged():
    doc = full("استدعت الجزائر سفيرها لدى مالي للتشاور.", published_at="2026-03-02")
    assert find(doc, "161", "DZA", "MLIGOV")
