"""Session 54 gapen54b: the target of rejecting "the offer / the proposal" told just before (own sentences)."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _ev(pipe, text, word):
    doc = pipe(text, published_at="2025-05-05")
    return next(e for e in doc.events if e.trigger.lower().startswith(word))


def test_dismissed_the_offer_names_the_ceasefire_author(pipe):
    """"dismissed the offer" is one trigger; the offer is a ceasefire declared (root 03) in the sentence before."""
    ev = _ev(pipe, "The Kremlin on Tuesday declared a two-day ceasefire for the holiday. Moldovan Foreign Minister "
                   "Ion Popescu dismissed the offer as a stunt.", "dismissed")
    assert ev.target_code and ev.target_code.startswith("RUS")


def test_guard_rejected_the_proposal_names_its_author(pipe):
    """Guard: "rejected the proposal" after an offer told by another country keeps its author."""
    ev = _ev(pipe, "Russia offered a three-day ceasefire on Thursday. Ukraine's foreign minister rejected the "
                   "proposal on Friday.", "rejected")
    assert ev.target_code and ev.target_code.startswith("RUS")


def test_guard_rejected_invitation_needs_the_inviting_verb(pipe):
    """Guard: "the invitation" still names only an inviter ("invited"), the session-11 rule."""
    ev = _ev(pipe, "She invited union leaders to talks on Monday, but the main unions rejected the invitation.",
             "rejected")
    assert ev.source_code != ev.target_code


def test_rejected_the_offer_after_a_declared_ceasefire(pipe):
    """"rejected the offer" (the noun after the trigger) names the ceasefire's author, not only an "offered" verb."""
    ev = _ev(pipe, "The rebel command announced a unilateral ceasefire on Sunday. The army rejected the offer "
                   "on Monday and pressed on with its offensive.", "rejected")
    assert ev.target_code and ev.target_code != ev.source_code and "REB" in ev.target_code
