"""Session 23, ENX: general causes of the misses and wrong fields of tests/data/gold/articles_en.yaml.

A result participle after a "while" clause; a portfolio word before "Minister" read as a person's name; "impose
measures on X"; "criticised the decision" about the act told before; a request after a meeting addressed to the
partner met (and no guessed country kept by the coordinated verb); a place's container after "in"; farm groups and
charities as actors.  Sentences written for these tests (none from the articles); each has a guard.
"""
from __future__ import annotations

from events_helpers import dump, full
from marsad.lang.ner_en import tag_tokens


def _doc(text, pub="2024-05-02"):
    return full(text, published_at=pub)


def _ev(doc, prefix):
    return [e for e in doc.events if e.cameo.startswith(prefix)]


# ---------------------------------------------------------------- 1. a result participle after a "while" clause
def test_participle_after_while_clause_keeps_the_later_attack():
    doc = _doc("Ethiopian forces recaptured a bridge from the rebels, while the rebels shelled the city, killing seven "
               "civilians.")
    shelled = [e for e in _ev(doc, "19") if e.source_code == "ETHREB"]
    assert shelled and shelled[0].trigger.startswith("shelled"), dump(doc)
    assert [e for e in _ev(doc, "19") if e.source_code == "ETHMIL"], dump(doc)


def test_participle_after_one_attack_stays_one_event():   # guard: one happening, not two
    doc = _doc("Rebel fighters shelled the market in Bunia, killing nine civilians.")
    assert len([e for e in doc.events if e.root in ("18", "19", "20")]) == 1, dump(doc)


# ---------------------------------------------------------------- 2. "Spanish Agriculture Minister Luis Ortega"
def test_portfolio_before_minister_is_no_person_name():
    w = "Spanish Agriculture Minister Luis Ortega visited Rabat".split()
    assert tag_tokens(w)[:3] == ["O", "O", "O"], tag_tokens(w)
    doc = _doc("Spanish Agriculture Minister Luis Ortega visited Rabat on Monday.")
    assert [e for e in _ev(doc, "04") if e.source_code == "ESPGOV" and e.target_country == "MAR"], dump(doc)


def test_mines_minister_keeps_his_country():   # guard: the country was right before (domestic fill)
    doc = _doc("Brazilian Mines Minister Joao Silva met Chinese investors in Brasilia.")
    assert [e for e in _ev(doc, "04") if e.source_country == "BRA" and e.target_country == "CHN"], dump(doc)


def test_names_around_role_words_unchanged():   # guard: organisations, a bare title, a foreign title
    assert tag_tokens("World Trade Organization".split()) == ["B-LOC", "B-ORG", "I-ORG"]
    assert tag_tokens("Prime Minister Shehbaz Sharif".split()) == ["O", "O", "B-PERS", "I-PERS"]
    doc = _doc("Indian Defence Minister Rajnath Singh visited Moscow on Monday.")
    assert [e for e in _ev(doc, "04") if e.source_code == "INDGOV" and e.target_country == "RUS"], dump(doc)


# ---------------------------------------------------------------- 3. impose measures on X
def test_impose_measures_on_is_a_sanction():
    doc = _doc("Moscow imposed retaliatory measures on Polish farm goods on Friday.")
    assert [e for e in _ev(doc, "163") if e.source_country == "RUS" and e.target_country == "POL"], dump(doc)


def test_did_not_impose_measures_is_a_negated_sanction():
    doc = _doc("Tokyo did not impose any measures on Chinese seafood, officials said.")
    assert [e for e in _ev(doc, "163") if e.source_country == "JPN" and e.negated], dump(doc)


def test_emergency_measures_stay_a_state_of_emergency():   # guard: the 1724 row wins
    doc = _doc("The Peruvian government imposed emergency measures in the capital.")
    assert _ev(doc, "1724") and not _ev(doc, "163"), dump(doc)


# ---------------------------------------------------------------- 4. "criticised the decision"
def test_decision_is_the_act_of_the_sentence_before():
    doc = _doc("Niger closed its border with Benin on Friday, a government spokesman said. Aid groups criticised "
               "the decision.")
    assert [e for e in _ev(doc, "11") if e.source_code == "NGO" and e.target_country == "NER"], dump(doc)


def test_decision_is_the_lead_act_when_the_sentence_before_has_none():
    doc = _doc("Canada imposed duties on Chinese steel on Tuesday, days after talks in Ottawa.\n\n"
               "Beijing rejected a Canadian offer of quotas last month.\n\n"
               "Mexico criticised the move.")
    assert [e for e in _ev(doc, "11") if e.source_country == "MEX" and e.target_country == "CAN"], dump(doc)


def test_decision_with_no_material_act_before_stays_without_target():   # guard
    doc = _doc("The finance minister raised fuel prices on Monday. Unions criticised the decision.")
    assert [e for e in _ev(doc, "11") if not e.target_code], dump(doc)


def test_object_of_its_own_is_kept():   # guard: "condemned the attack on its embassy" is no "decision"
    doc = _doc("Ghana expelled two Nigerian diplomats on Monday. Nigeria condemned the attack on its embassy.")
    assert not [e for e in _ev(doc, "111") if e.target_country == "GHA"], dump(doc)


# ---------------------------------------------------------------- 5. a request after a meeting
def test_request_after_meeting_goes_to_the_partner():
    doc = _doc("Prime Minister Ariel Henry met the Kenyan commander on Thursday and asked for more armoured "
               "vehicles.")
    asked = _ev(doc, "02")
    assert asked and asked[0].target_code == "KENMIL" and asked[0].source_country != "KEN", dump(doc)


def test_request_after_meeting_with_a_pronoun_object():
    doc = _doc("Egypt's foreign minister met his Iranian counterpart in Cairo and urged him to free the tanker.")
    assert [e for e in _ev(doc, "02") if e.source_country == "EGY" and e.target_country == "IRN"], dump(doc)


def test_request_with_an_object_of_its_own_is_kept():   # guard
    doc = _doc("Egypt's foreign minister met his Iranian counterpart in Cairo and urged Israel to halt its strikes.")
    assert [e for e in _ev(doc, "02") if e.source_country == "EGY" and e.target_country == "ISR"], dump(doc)
    assert not [e for e in _ev(doc, "02") if e.target_country == "IRN"], dump(doc)


# ---------------------------------------------------------------- 6. a place and its container
def _place(doc, ev):
    return next((p.name for p in doc.places if p.id == ev.place_id), None)


def test_place_before_its_container_is_the_event_place():
    doc = _doc("Rebels shelled the city of Kadugli in South Kordofan on Sunday.")
    ev = _ev(doc, "19")
    assert ev and _place(doc, ev[0]) == "Kadugli", (dump(doc), [_place(doc, e) for e in ev])


def test_place_near_a_place_in_a_region_unchanged():   # guard: "near" already made it the event's place
    doc = _doc("Rebels attacked a military base near Goma in North Kivu on Sunday.")
    ev = _ev(doc, "19")
    assert ev and _place(doc, ev[0]) == "Goma", (dump(doc), [_place(doc, e) for e in ev])


def test_two_places_joined_by_and_unchanged():   # guard: no "in" between them
    doc = _doc("Police dispersed protesters in Nairobi and arrested ten people.")
    ev = _ev(doc, "17")
    assert ev and _place(doc, ev[0]) == "Nairobi", (dump(doc), [_place(doc, e) for e in ev])


# ---------------------------------------------------------------- 7. farm groups, charities
def test_farm_groups_are_agriculture_actors():
    doc = _doc("French farm groups condemned the trade deal with Brazil.")
    assert [e for e in _ev(doc, "111") if e.source_code == "FRAAGR"], dump(doc)


def test_a_charity_is_an_ngo():
    doc = _doc("A Belgian medical charity said gunmen had kidnapped two of its nurses. It called for their "
               "release.")
    assert [e for e in _ev(doc, "02") if (e.source_code or "").endswith("NGO")], dump(doc)


def test_trade_unions_stay_labour():   # guard
    doc = _doc("French trade unions condemned the pension reform.")
    assert [e for e in _ev(doc, "111") if e.source_code == "FRALAB"], dump(doc)
