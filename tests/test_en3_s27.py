"""Session 27, EN3: English extras and gaps, with our own sentences: a negated completed signing (a negated 057, not
a refusal), ..."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-06-26"


# 2. a perfect / "never" negation of a completed act: the act did not happen (negated), no refusal (120)
@pytest.mark.parametrize("text, cameo, source", [
    ("Armenia and Azerbaijan have not signed a peace treaty since the war ended.", "057", "ARM"),
    ("The two Koreas never signed a peace treaty after the 1953 armistice.", "057", "KOR"),
    ("Serbia and Kosovo have still not signed the agreement brokered by the European Union.", "057", "SRB"),
])
def test_negated_completed_signing(text, cameo, source):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, source, negated=True) and not find(doc, "12"), dump(doc)


# guards: a refusal announced now or for the future stays a rejection
@pytest.mark.parametrize("text", [
    "Iran will not sign the agreement with the agency.",
    "Hungary does not accept the proposal.",
    "Turkey refused to sign the treaty.",
])
def test_guard_refusals_stay(text):
    doc = full(text, published_at=PUB)
    assert find(doc, "12", negated=False), dump(doc)


# 1. one army shooting told three times: the headline's "open fire", the lead's "shot dead", the body's "fired tear
# gas and live bullets" (the attacker without its victims): one event
_SHOOTING = ("Ugandan soldiers open fire as villagers block border road\n\n"
             "KAMPALA, March 4 (Marsad) - Ugandan soldiers shot dead three villagers on Monday as hundreds of residents "
             "blocked a road near the border with South Sudan, local officials said.\n\n"
             "Residents threw stones at an army convoy and burned tyres on the road. Soldiers fired tear gas and live "
             "bullets, witnesses said.\n\nThe army said it was investigating.")


def test_shooting_told_three_times_is_one_event():
    doc = full(_SHOOTING, published_at="2024-03-04")
    force = [e for e in doc.events if e.root in ("17", "18", "19", "20") and e.source_code == "UGAMIL"]
    assert len(force) == 1 and len(force[0].also_spans) == 2, dump(doc)


# 1b. the body's crowd noun right after the lead's storming is that crowd again, no protest of its own; a crowd told
# marching before any storming stays (session 43: a bare crowd noun is no event of its own, its verb is)
_STORMED = ("Thousands of protesters stormed the presidential palace in Colombo on Saturday, police said.\n\n"
            "Demonstrators overwhelmed security lines and entered the residence as the president fled.")
_CROWD_FIRST = ("Demonstrators marched on the residence and overwhelmed security lines as the president fled.\n\n"
                "Thousands of protesters stormed the presidential palace in Colombo on Saturday, police said.")


def test_crowd_noun_after_the_storming_is_no_event():
    doc = full(_STORMED, published_at="2022-07-10")
    assert find(doc, "145") and not find(doc, "141"), dump(doc)


def test_guard_crowd_noun_before_any_protest_stays():
    doc = full(_CROWD_FIRST, published_at="2022-07-10")
    assert find(doc, "141") and find(doc, "145"), dump(doc)


# guards: the same police's later act on another day, three sentences on, stays its own event; a crowd noun opening
# a story stays
_TWO_DAYS = ("Police in Dhaka shot dead two students on Monday during a march against job quotas, hospital officials "
             "said.\n\nThe students' union called a strike for Wednesday. The government closed all universities. "
             "Officials said the curfew would stay in force.\n\nOn Friday police fired tear gas at mourners in "
             "Chittagong.")


def test_guard_later_police_act_stays():
    doc = full(_TWO_DAYS, published_at="2024-07-20")
    assert find(doc, "18", "BGDCOP") and find(doc, "175"), dump(doc)


def test_guard_crowd_in_a_place_of_its_own_stays():
    doc = full("Several thousand people rallied outside the town hall in Nantes on Tuesday. Demonstrators in Rennes "
               "blocked a ring road for two hours before police dispersed them.", published_at="2023-03-08")
    assert any(e.root == "14" and e.sentence == 1 for e in doc.events), dump(doc)
