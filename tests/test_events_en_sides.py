"""English event sides, round 5: a country-less title the argument rules pick up takes the sentence's only
country (as the stage's domestic fill), and an event with no agent (a passive without "by", a blast as the
subject) takes the state of the place it happens in as its source.  Sentences written for these tests in the
style of news; none comes from ../shared."""
import pytest

from events_helpers import dump, full

from marsad.coding.english import inferred


def test_appeal_author_takes_the_only_country():
    doc = full("Rebels in Mali on Monday dismissed an appeal from President Ibrahim Keita to lay down their arms.")
    rej = [e for e in doc.events if e.root == "12"]
    assert rej and rej[0].target_code == "MLIGOV", dump(doc)


def test_no_refill_with_two_countries():
    doc = full("Rebels in Mali on Monday dismissed an appeal from President Ibrahim Keita, Nigerien officials said.")
    rej = [e for e in doc.events if e.root == "12"]
    assert rej and rej[0].target_country is None, dump(doc)


@pytest.mark.parametrize("text, country", [
    ("Two aid workers were detained in Sudan last week.", "SDN"),
    ("A teacher was arrested in Lebanon on charges of spying.", "LBN"),
    ("A roadside bombing near the town of Kandahar killed three soldiers on Sunday.", "AFG"),
    ("A landmine explosion near the village of Saada killed two shepherds.", "YEM"),
])
def test_agentless_event_source_is_the_state_of_the_place(text, country):
    doc = full(text)
    ev = [e for e in doc.events if (e.root or "") in ("17", "18", "19", "20")]
    assert ev and any(e.source_country == country for e in ev), dump(doc)
    for e in ev:
        if e.source_country == country:
            assert ":src-place" in e.rule and inferred(e, "source"), dump(doc)


def test_passive_place_is_not_also_the_target():
    doc = full("Two aid workers were detained in Sudan last week.")
    ev = [e for e in doc.events if e.root == "17"]
    assert ev and all(e.target_code != "SDN" for e in ev), dump(doc)


@pytest.mark.parametrize("text", [
    "The peace treaty was signed in Geneva on Friday.",
    "Three protesters were killed by police in Nairobi.",
    "Government troops killed three rebels near Gao in northern Mali.",
    "A missionary from Calgary was honoured at a ceremony.",
])
def test_no_place_source(text):
    doc = full(text)
    assert not any(":src-place" in e.rule for e in doc.events), dump(doc)
