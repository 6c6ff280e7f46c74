"""Session 47 (lead): our own sentences.

1. "struck / hit / strike" + a building, a vehicle or an office of a state or a people is an attack, like the
   positions and bases of the session-3 rows (marsad/data/coding/manual_en.tsv object lists).
"""
from events_helpers import codes as _codes, sentence_events, with_trigger as _with


def _events(text, date="2025-06-17"):
    return sentence_events(text, date)


def test_struck_a_ministry_or_tents_is_an_attack():
    evs = _events("Russian drones struck the Ukrainian defence ministry in Kyiv on Sunday.")
    ev = _with(evs, "struck")
    assert ev.root in ("18", "19") and (ev.source_code or "").startswith("RUS"), _codes(evs)
    evs = _events("Israeli aircraft hit tents sheltering displaced families in Khan Younis on Monday.")
    ev = _with(evs, "hit")
    assert ev.root in ("18", "19") and (ev.source_code or "").startswith("ISR"), _codes(evs)


def test_struck_a_deal_stays_no_attack():
    evs = _events("The two governments struck a deal on Monday to reopen the border crossing.")
    assert all(e.root not in ("18", "19") for e in evs), _codes(evs)
