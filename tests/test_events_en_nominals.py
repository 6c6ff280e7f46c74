"""English verb entries read as nouns: after a determiner, "head", "fund", "press", "tax" name a person or a
thing, not an act (the head of the UN mission, the fund, the press, the new tax law had given 060 / 061 / 100 /
172 events); a force noun in an adjunct of another verb ("arrested 15 Palestinians in overnight raids") is the
verb's agent's act on the verb's object, not the object's act.  Sentences written for these tests."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text, code", [
    ("The head of the UN mission said the talks would resume next month.", "060"),
    ("The fund will finance new schools in Yemen.", "061"),
    ("The press reported heavy fighting near Aleppo on Tuesday.", "100"),
    ("Hundreds of farmers protested in Lyon over the new tax law.", "172"),
])
def test_thing_nouns_are_no_events(text, code):
    doc = full(text)
    assert not any(e.cameo == code for e in doc.events), dump(doc)


def test_verbs_still_code():
    doc = full("The government will tax imports from China.")
    assert doc.events, dump(doc)


def test_raid_in_an_arrest_adjunct_is_the_troops():
    doc = full("Israeli troops arrested 15 Palestinians in overnight raids across the occupied West Bank.")
    raids = [e for e in doc.events if e.trigger == "raids"]
    assert raids and raids[0].source_code == "ISRMIL" and raids[0].target_country == "PSE", dump(doc)
