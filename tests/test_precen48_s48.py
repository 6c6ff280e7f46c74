"""Session 48 (helper precen48): English extras, our own sentences.

1. An English act noun, or a verb that is no asserted act, with neither a source nor a target after every fill is no
   event (``actorless_act_en.drop``): "close the summit", "the investigation was still under way", "The ceasefire has
   largely held", "called for their immediate release"; an asserted verb with no actor stays (guard), and a noun
   with its actors stays (guard).
2. A verb row's event whose word follows an article ("after the defeat", "such claims") is no event
   (``noun_head_en.drop``): English puts no finite verb there; the clause's real verb stays (guard).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 an act noun with no actor
def test_summit_closed_by_unnamed_leaders_is_no_meeting():
    got, evs = _with("BRUSSELS, May 5 (Marsad) - European Union leaders gathered in Brussels on Monday. The leaders "
                     "are expected to close the summit later on Tuesday with a statement on energy prices.", "summit",
                     "2025-05-05")
    assert not got, _dump(evs)


def test_investigation_under_way_is_no_event():
    got, evs = _with("Officials said the investigation was still under way and declined to give details.",
                     "investigation", "2025-05-05")
    assert not got, _dump(evs)


def test_ceasefire_that_held_is_no_new_truce_but_the_shooting_verb_stays():
    text = ("The two neighbours agreed a truce in March. The ceasefire has largely held since then, although "
            "sporadic shooting was reported.")
    got, evs = _with(text, "ceasefire", "2025-05-05")
    assert not got, _dump(evs)
    shot, _ = _with(text, "shooting", "2025-05-05")
    assert shot, _dump(evs)   # (guard: a verb with no actor is still a report of the act)


def test_talks_with_their_parties_stay():
    got, evs = _with("ISTANBUL, May 16 (Marsad) - Russia and Ukraine held direct talks in Istanbul on Friday for the "
                     "first time in three years.", "talks", "2025-05-16")
    assert got and got[0].source_country and got[0].target_country, _dump(evs)


def test_wished_release_with_no_actor_is_no_event_but_the_call_stays():
    text = "The statement called for their immediate release and an end to the trials."
    got, evs = _with(text, "release", "2025-05-05")
    assert not got, _dump(evs)
    call, _ = _with(text, "called", "2025-05-05")
    assert call, _dump(evs)   # (guard: the asserted call, though its speaker is unresolved)


# ----------------------------------------------------------------------------- 2 a verb row after an article
def test_defeat_after_the_article_is_no_attack():
    text = ("BERLIN, May 5 (Marsad) - The Greens demanded a new vote after the defeat, saying the coalition had lost "
            "its mandate.")
    got, evs = _with(text, "defeat", "2025-05-05")
    assert not got, _dump(evs)


def test_such_claims_are_no_accusation_of_their_own_but_the_verb_stays():
    text = ("MOSCOW, May 5 (Marsad) - The Kremlin said such claims were baseless and accused Britain of spreading "
            "lies.")
    got, evs = _with(text, "claims", "2025-05-05")
    assert not got, _dump(evs)
    acc, _ = _with(text, "accused", "2025-05-05")
    assert acc and acc[0].target_country == "GBR", _dump(evs)   # (guard)
