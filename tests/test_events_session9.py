"""News sentences written for these tests (session 9, lead): whole-sentence places fronted before a
comma, and the other article-level errors found by coding articles the lead wrote.  None of them
comes from ../shared."""
import pytest

from events_helpers import dump, full


def _place(doc, ev):
    return next((p for p in doc.places if p.id == ev.place_id), None)


@pytest.mark.parametrize("text,cameo,place", [
    ("وفي بيروت، تظاهر مئات اللبنانيين أمام مقر السفارة الأمريكية.", "14", "Beirut"),
    ("وفي بغداد، اجتمع رئيس الوزراء العراقي مع السفير الفرنسي.", "04", "Baghdad"),
    ("أما في دمشق، فقد استقبل الرئيس السوري وزير الخارجية الإيراني.", "04", "Damascus"),
    ("Meanwhile in Baghdad, gunmen attacked a police checkpoint.", "19", "Baghdad"),
    ("In Nairobi, the Kenyan president met the Ugandan foreign minister.", "04", "Nairobi"),
    ("On Sunday in Tunis, thousands of teachers marched against the new pension law.", "14", "Tunis"),
])
def test_a_place_fronted_before_a_comma_is_the_sentence_place(text, cameo, place):
    doc = full(text)
    evs = [e for e in doc.events if e.cameo.startswith(cameo)]
    assert evs, dump(doc)
    for e in evs:
        p = _place(doc, e)
        assert p is not None and p.name == place, dump(doc)


def test_a_fronted_place_is_not_the_place_of_reported_content():
    # the statement was made in Washington; the shelling it reports was not
    doc = full("In Washington, a State Department spokesman said Russian forces shelled the city overnight.")
    shelling = [e for e in doc.events if e.root == "19"]
    for e in shelling:
        p = _place(doc, e)
        assert p is None or p.name != "Washington", dump(doc)


def test_a_place_after_the_comma_still_wins_in_its_own_clause():
    doc = full("وفي القاهرة، قال مسؤول مصري إن مسلحين هاجموا حاجزا للشرطة في مدينة العريش.")
    attacks = [e for e in doc.events if e.root == "19"]
    assert attacks and _place(doc, attacks[0]).name != "Cairo", dump(doc)


def test_an_opening_phrase_that_is_no_place_gives_none():
    doc = full("In a statement, the ministry condemned the attack on the convoy.")
    assert not any(e.place_basis == "sentence" for e in doc.events), dump(doc)
