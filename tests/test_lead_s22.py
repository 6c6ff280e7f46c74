"""Session 22, lead: a noun trigger inside the trigger of a verb event of the same root is that verb's object, not a
second happening ("held a phone call with X": the verb row hold + call; the noun row "phone call" added in session 22
gave a third 041 whose partner was read from the place).  Sentences written for this test."""
from __future__ import annotations

from events_helpers import dump, full


def test_held_a_phone_call_is_one_call_per_direction():
    doc = full("Kenya's foreign minister held a phone call with the Interior Minister of Uganda on the border trade.",
               published_at="2024-05-02")
    calls = [e for e in doc.events if e.root == "04"]
    assert len(calls) == 2, dump(doc)
    assert {(e.source_country, e.target_country) for e in calls} == {("KEN", "UGA"), ("UGA", "KEN")}, dump(doc)


def test_a_phone_call_without_a_verb_row_is_still_coded():
    doc = full("Kenya's president and Uganda's president discussed the border in a phone call on Sunday.",
               published_at="2024-05-02")
    assert any(e.cameo == "041" and e.source_country == "KEN" and e.target_country == "UGA" for e in doc.events), \
        dump(doc)
