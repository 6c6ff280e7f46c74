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
