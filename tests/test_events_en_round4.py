"""English event coding, round 4: sentences written for these tests in the style of news (kidnappings,
arrests on request, attacks on "its" facilities, briefings to journalists, sanctions, elections, courts,
prisoner swaps, migration, UN votes).  None comes from ../shared.  Each fixed cause has a sentence here."""
import pytest

from events_helpers import dump, full

from marsad.coding.english import inferred

_FORCE = ("18", "19", "20")


# ----------------------------------------------------------------------------- R1: a compound modifier is no event
@pytest.mark.parametrize("text", [
    "Gunmen kidnapped two French aid workers in Niger on Monday.",
    "Rebels abducted three aid workers near the border.",
    "Armed men seized Italian aid workers in northern Mali.",
])
def test_aid_before_workers_is_no_aid_event(text):
    doc = full(text)
    assert not any(e.root == "07" for e in doc.events), dump(doc)


def test_kidnappers_do_not_take_the_victims_nationality():
    doc = full("Gunmen kidnapped two French aid workers in Niger on Monday.")
    kid = [e for e in doc.events if e.cameo.startswith("18")]
    assert kid and all((e.source_country or "") != "FRA" for e in kid), dump(doc)
    assert all(not (e.source_code or "").startswith("FRA") for e in doc.events), dump(doc)


# ----------------------------------------------------------------------------- R2: at the request of X
def test_at_the_request_of_x_x_requested():
    doc = full("Police arrested a Russian national at the request of the United States.")
    req = [e for e in doc.events if e.root == "02"]
    assert req and all(e.source_code == "USA" for e in req), dump(doc)
    assert all(e.target_country != "USA" for e in req), dump(doc)
    arrest = [e for e in doc.events if e.cameo.startswith("173")]
    assert arrest and all((e.target_country or "") != "USA" for e in arrest), dump(doc)


def test_at_the_request_target_is_the_asked_side():
    doc = full("Turkish police detained two Syrian men at the request of Germany.")
    req = [e for e in doc.events if e.root == "02"]
    assert req and req[0].source_code == "DEU" and (req[0].target_code or "").endswith("COP"), dump(doc)


# ----------------------------------------------------------------------------- R3: came under fire / attack
def test_came_under_fire_from_x_subject_is_target():
    doc = full("The Israeli army post came under fire from Hezbollah fighters on Sunday.")
    ev = [e for e in doc.events if e.root in _FORCE]
    assert ev and ev[0].target_country == "ISR" and ev[0].source_country != "ISR", dump(doc)
    assert ev[0].source_code and ev[0].source_span, dump(doc)


def test_came_under_attack_without_attacker():
    doc = full("A Turkish convoy came under attack near the border.")
    ev = [e for e in doc.events if e.root in _FORCE]
    assert ev and ev[0].target_country == "TUR" and not ev[0].source_code, dump(doc)
    assert inferred(ev[0], "target"), dump(doc)


@pytest.mark.parametrize("text", [
    "The government came under pressure from the opposition.",
    "The announcement came after a week of talks.",
])
def test_came_without_under_fire_is_no_attack(text):
    doc = full(text)
    assert not any(e.root in _FORCE for e in doc.events), dump(doc)


# ----------------------------------------------------------------------------- R4: an attack on its facilities
@pytest.mark.parametrize("text,src,tgt", [
    ("Russia accused Ukraine of an attack on its facilities in Crimea.", "UKR", "RUS"),
    ("Russia said Ukraine had launched an attack on its facilities in Crimea.", "UKR", "RUS"),
    ("Saudi Arabia blamed the Houthis for a drone strike on its oil facilities.", "YEM", "SAU"),
])
def test_its_facilities_belong_to_the_other_named_actor(text, src, tgt):
    doc = full(text)
    ev = [e for e in doc.events if e.root in _FORCE]
    assert ev and any(e.source_country == src and e.target_country == tgt for e in ev), dump(doc)


# ----------------------------------------------------------------------------- R5: told journalists
@pytest.mark.parametrize("text,src", [
    ("The Kremlin spokesman told journalists Moscow had no plans to attack Ukraine.", "RUSGOV"),
    ("The army spokesman told reporters the army would attack the rebels.", "MIL"),
])
def test_journalists_after_told_are_no_side(text, src):
    doc = full(text)
    for e in doc.events:
        for side in ("source", "target"):
            sp = getattr(e, f"{side}_span")
            assert not sp or not doc.text[sp[0]:sp[1]].lower().startswith(("journalists", "reporters")), dump(doc)
        assert not (e.source_code or "").endswith("MED") and not (e.target_code or "").endswith("MED"), dump(doc)
    att = [e for e in doc.events if e.root in ("13", "19")]
    assert att and att[0].source_code == src, dump(doc)


# ----------------------------------------------------------------------------- R6: no country from one's own target
@pytest.mark.parametrize("text,cameo", [
    ("The minister announced sanctions on Russia.", "163"),
    ("The minister condemned Russia.", "11"),
    ("The defence minister threatened Iran with retaliation.", "13"),
])
def test_generic_official_does_not_take_its_targets_country(text, cameo):
    doc = full(text)
    ev = [e for e in doc.events if e.cameo.startswith(cameo)]
    assert ev, dump(doc)
    tgt = ev[0].target_country
    assert tgt and all(e.source_country != tgt for e in doc.events), dump(doc)


def test_named_official_and_cooperation_keep_the_sentence_country():
    doc = full("The minister promised Vietnam new investment in rural roads.")
    assert not any(e.root in ("11", "12", "16", "17") for e in doc.events), dump(doc)
    doc = full("Police arrested protesters in Moscow.")
    arrest = [e for e in doc.events if e.cameo.startswith("173")]
    assert arrest and arrest[0].source_country == "RUS", dump(doc)


# ----------------------------------------------------------------------------- R7: more news genres
@pytest.mark.parametrize("text", [
    "Observers from the African Union said the vote in Nigeria was largely free and fair.",
    "Officials said the crossing remained open on Tuesday.",
])
def test_adjective_after_copula_is_no_event(text):
    doc = full(text)
    assert not any(e.root == "08" for e in doc.events), dump(doc)


def test_prisoner_exchange_is_between_the_conjoined_subjects():
    doc = full("Russia and Ukraine exchanged 90 prisoners of war on Friday in a deal brokered by the "
               "United Arab Emirates.")
    rel = [e for e in doc.events if e.cameo.startswith("084")]
    assert {(e.source_country, e.target_country) for e in rel} == {("RUS", "UKR"), ("UKR", "RUS")}, dump(doc)


def test_prisoner_swap_noun():
    doc = full("Armenia and Azerbaijan agreed a prisoner swap mediated by Russia.")
    assert any(e.cameo.startswith("084") for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "Iran freed five American detainees in exchange for the release of Iranian prisoners held abroad.",
    "Israel released 39 Palestinian prisoners in return for 13 hostages freed by Hamas.",
])
def test_in_exchange_for_is_no_second_release(text):
    doc = full(text)
    assert not any(e.trigger.lower().startswith(("exchange", "return")) for e in doc.events), dump(doc)


def test_rescue_ship_is_no_rescue():
    doc = full("Italy refused to let a rescue ship carrying 600 migrants dock at its ports.")
    assert not any(e.root == "07" for e in doc.events), dump(doc)


def test_refugees_escaping_the_fighting_are_not_fighters():
    doc = full("Thousands of Sudanese refugees fled into Chad to escape the fighting in Darfur.")
    assert all(not (e.source_code or "").endswith("REF") for e in doc.events if e.root in _FORCE), dump(doc)


def test_court_ruling_is_no_cooperation():
    doc = full("The court ruled that the government's decision to expel the Iranian diplomats was lawful.")
    assert not any(e.cameo.startswith("06") for e in doc.events), dump(doc)
    assert any(e.cameo.startswith("166") for e in doc.events), dump(doc)


def test_resolution_condemning_its_invasion_targets_the_vetoing_state():
    doc = full("Russia vetoed a UN resolution condemning its invasion of Ukraine.")
    cond = [e for e in doc.events if e.root == "11"]
    assert cond and cond[0].target_country == "RUS", dump(doc)


@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("A Russian court jailed an American journalist for 16 years on espionage charges.", "173", "RUS", "USA"),
    ("Greece deported dozens of migrants to Turkey after they crossed the Aegean Sea.", "174", "GRC", "TUR"),
    ("The United States eased sanctions on Venezuela's oil sector after the government agreed to hold elections.",
     "085", "USA", "VEN"),
    ("The UN General Assembly voted overwhelmingly to condemn Russia's annexation of four Ukrainian regions.",
     "111", "IGO", "RUS"),
])
def test_news_genres_code_as_expected(text, cameo, src, tgt):
    doc = full(text)
    assert any(e.cameo.startswith(cameo) and (e.source_code or "").startswith(src) and e.target_country == tgt
               for e in doc.events), dump(doc)


_ALL = [
    "Gunmen kidnapped two French aid workers in Niger on Monday.",
    "Police arrested a Russian national at the request of the United States.",
    "The Israeli army post came under fire from Hezbollah fighters on Sunday.",
    "A Turkish convoy came under attack near the border.",
    "Russia accused Ukraine of an attack on its facilities in Crimea.",
    "The Kremlin spokesman told journalists Moscow had no plans to attack Ukraine.",
    "The minister announced sanctions on Russia.",
    "Russia and Ukraine exchanged 90 prisoners of war on Friday in a deal brokered by the United Arab Emirates.",
    "Thousands of Sudanese refugees fled into Chad to escape the fighting in Darfur.",
    "Russia vetoed a UN resolution condemning its invasion of Ukraine.",
]


@pytest.mark.parametrize("text", _ALL)
def test_round4_sides_have_a_span_or_an_inference_marker(text):
    doc = full(text)
    for e in doc.events:
        for side in ("source", "target"):
            if getattr(e, f"{side}_code") and not getattr(e, f"{side}_span"):
                assert inferred(e, side), (side, dump(doc))
