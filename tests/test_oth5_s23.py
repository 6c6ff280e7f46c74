"""Session 23, OTH5: false and lost events of pages that are not political news.  A sentence that opens another
happening ("In a separate case, ...", "Separately, ...": cues_en.tsv ``another_case``) keeps its actor-less event
beside an earlier event of the same code with actors (a charge after an arrest was merged into the arrest as a
back-reference); "welcoming" with no object after a copula, or after "and" and another adjective, is an adjective
(cues_en.tsv ``adjective``: "Serbia and Bosnia are cheap and welcoming").  Guards: a back-reference without the cue
is still merged; a welcome with its object stays.  Sentences are ours."""
from __future__ import annotations

import pytest

from events_helpers import full

DAY = "2026-12-14"


def _codes(doc):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]


# ------------------------------------------------------------------ another happening after an arrest
@pytest.mark.parametrize("opening", [
    "In a separate case, a 19-year-old man has been charged with robbery.",
    "Separately, a 19-year-old man has been charged with robbery.",
    "In an unrelated incident, a 19-year-old man has been charged with robbery.",
])
def test_a_charge_in_a_separate_case_is_its_own_event(opening):
    text = ("Officers arrested a woman at a flat in Sheffield on suspicion of burglary on Monday. She remains in "
            "custody. " + opening)
    doc = full(text, published_at=DAY)
    charges = [e for e in doc.events if e.root == "17" and e.trigger.startswith("charged")]
    assert len(charges) == 1, _codes(doc)


def test_a_charge_without_the_cue_is_still_merged():   # guard: the back-reference rule is unchanged
    text = ("Officers arrested a woman at a flat in Sheffield on suspicion of burglary on Monday. She remains in "
            "custody. A 19-year-old man has been charged with robbery.")
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.trigger.startswith("charged")], _codes(doc)


# ------------------------------------------------------------------ welcoming as an adjective
@pytest.mark.parametrize("text", [
    "Portugal and Spain are cheap and welcoming, and their trains are punctual.",
    "Georgia is friendly and welcoming to visitors from across Europe.",
    "In spring the villages of Montenegro remain quiet and welcoming.",
])
def test_welcoming_as_an_adjective_is_no_welcome(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root == "05"], _codes(doc)


@pytest.mark.parametrize("text", [
    "Germany is welcoming refugees from Syria in larger numbers this year.",
    "Portugal and Spain are welcoming the decision of the European Commission.",
    "The Serbian president welcomed the Bosnian delegation in Belgrade on Monday.",
])
def test_a_welcome_with_its_object_stays(text):
    doc = full(text, published_at=DAY)
    # (session 48: a welcomed delegation is a host's reception, 043 -- the welcome stays an event)
    assert [e for e in doc.events if e.root == "05" or e.cameo == "043" and "delegation" in text], _codes(doc)


# ------------------------------------------------------------------ a standing duty, a charge's name, injuries
@pytest.mark.parametrize("text", [
    "Three soldiers guarding a polling station were killed by a roadside bomb in Helmand.",
    "A policeman escorting a team of census workers was wounded by gunmen in Quetta.",
])
def test_a_standing_duty_is_no_protection_event(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root == "07"], _codes(doc)
    assert [e for e in doc.events if e.root in ("18", "19")], _codes(doc)   # the attack on them stays


@pytest.mark.parametrize("text", [
    "Police are guarding the embassy in Kabul after the threats.",
    "Pakistani troops guarded the border crossing at Torkham on Friday.",
])
def test_guarding_as_the_verb_of_its_clause_stays(text):
    doc = full(text, published_at=DAY)
    assert [e for e in doc.events if e.root == "07"], _codes(doc)


@pytest.mark.parametrize("text", [
    "A 20-year-old man has been charged with attempted murder after a shooting in Bristol.",
    "The driver was taken to hospital with wounds to his legs, and his condition is stable.",
])
def test_a_charge_name_and_injuries_are_no_assault(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.trigger.split()[0] in ("murder", "wounds")], _codes(doc)


def test_a_sniper_who_wounds_soldiers_stays():   # guard: "wounds" as a verb
    doc = full("A sniper wounds two Israeli soldiers near Hebron, the army says.", published_at=DAY)
    assert [e for e in doc.events if e.trigger.startswith("wounds")], _codes(doc)
