"""Session 24 B11EN (English causes of the eleventh blind test): a presidential palace as an object is the government
(GOV) of its country; "also condemned the uprising / the coup" names the story's act however far back (its author is
the target); "would take countermeasures if NATO …" is a conditional threat (13) aimed at the condition's subject;
"in failed coup" is an adjective (no 120); "would not be the last country to ratify" is no refusal; ", and Turkey
cancelled" after a place phrase is no coordination; "hundreds of people gathered …, chanting …" is a rally (141).
Sentences written for these tests (none from the blind articles); each has a guard."""
from __future__ import annotations

from events_helpers import dump, full


def _doc(text):
    return full(text, published_at="2024-05-02")


def _ev(doc, code, src=None, tgt="*"):
    return [e for e in doc.events if e.cameo.startswith(code) and (src is None or e.source_country == src)
            and (tgt == "*" or e.target_country == tgt)]


# ---------------------------------------------------------------- 1. seat of power, condemned story act
def test_stormed_presidential_palace_targets_the_government():
    doc = _doc("Peruvian troops stormed the presidential palace on Tuesday.")
    assert [e for e in _ev(doc, "19", "PER", "PER") if e.target_code == "PERGOV"], dump(doc)


def test_rammed_doors_of_presidential_palace_targets_the_government():
    doc = _doc("Gabonese soldiers rammed the gates of the presidential palace on Wednesday.")
    assert [e for e in _ev(doc, "19", "GAB", "GAB") if e.target_code == "GABGOV"], dump(doc)


def test_stormed_the_airport_has_no_government_target():   # guard: another building
    doc = _doc("Peruvian troops stormed the airport on Tuesday.")
    assert not [e for e in doc.events if (e.target_code or "").endswith("GOV")], dump(doc)


_COUP = ("Rebel soldiers led by a dismissed general stormed the presidential palace in Niamey on Tuesday in what the "
         "president called an attempted coup. The general was arrested hours later at his home. Police said he had "
         "planned the action for weeks. Prosecutors opened an investigation on Wednesday. The president thanked the "
         "security forces in a televised address. Schools and shops reopened in the capital on Thursday. "
         "Ghana's president spoke to his Nigerien counterpart by phone. Benin and Togo also condemned the uprising.")


def test_condemned_the_uprising_names_the_story_act_far_back():
    doc = _doc(_COUP)
    for c in ("BEN", "TGO"):
        assert _ev(doc, "111", c, "NER"), dump(doc)


def test_condemned_the_uprising_without_an_earlier_attack_has_no_target():   # guard: no act told before
    doc = _doc("Benin and Togo also condemned the uprising.")
    assert _ev(doc, "111", "BEN", None), dump(doc)


# ---------------------------------------------------------------- 3. conditional threat
def test_would_take_countermeasures_if_is_a_threat_at_the_condition_subject():
    doc = _doc("The Kremlin said Russia would take countermeasures if NATO stationed new forces in Finland.")
    assert [e for e in doc.events if e.root == "13" and e.source_country == "RUS"
            and (e.target_code or "").startswith("IGO")], dump(doc)


def test_would_take_retaliatory_measures_if_is_a_threat():
    doc = _doc("Beijing said it would take retaliatory measures if Washington raised tariffs on Chinese steel.")
    assert [e for e in doc.events if e.root == "13" and e.source_country == "CHN"], dump(doc)


def test_took_countermeasures_is_no_threat():   # guard: told as done, no condition
    doc = _doc("Russia took countermeasures against the new sanctions last year.")
    assert not [e for e in doc.events if e.root == "13"], dump(doc)


def test_take_the_case_to_the_un_keeps_the_forum_rule():   # guard: the session-18 forum
    doc = _doc("Ankara will take the case to the United Nations if Athens continues the drilling.")
    assert not [e for e in doc.events if e.root == "13" and (e.target_code or "").startswith("IGO")], dump(doc)


# ---------------------------------------------------------------- 4. extras
def test_in_failed_coup_is_no_rejection():
    doc = _doc("Gabonese general detained after soldiers storm state television in failed coup")
    assert not _ev(doc, "12"), dump(doc)


def test_after_a_failed_attempt_is_no_rejection():   # guard: already none (complements._failed_to)
    doc = _doc("The army chief was arrested after a failed attempt to seize the radio station.")
    assert not _ev(doc, "12"), dump(doc)


def test_failed_to_reach_an_agreement_stays_a_rejection():   # guard
    doc = _doc("Israel and Hamas failed to reach an agreement in Cairo on Monday.")
    assert _ev(doc, "120"), dump(doc)


def test_would_not_be_the_last_to_ratify_is_no_refusal():
    doc = _doc("The foreign minister said Slovakia would not be the last country to ratify the accession protocol.")
    assert not _ev(doc, "12"), dump(doc)


def test_would_not_ratify_stays_a_refusal():   # guard
    doc = _doc("Slovakia would not ratify the accession protocol before October.")
    # (124 while ratify was PETRARCH2's 080 "yield"; since session 33 it is 057, its refusal the generic 120)
    assert [e for e in doc.events if e.root == "12" and e.source_country == "SVK"], dump(doc)


def test_place_phrase_before_and_is_no_co_subject():
    doc = _doc("Ties worsened after an activist burned a flag outside the Egyptian embassy in Paris, and Egypt "
               "cancelled a visit by France's trade minister.")
    assert not [e for e in doc.events if e.source_country == "FRA" and e.target_country == "EGY"], dump(doc)
    assert [e for e in doc.events if e.root == "16" and e.source_country == "EGY"], dump(doc)


def test_coordinated_subjects_still_fan_out():   # guard
    doc = _doc("Egypt, Jordan and Qatar condemned the raid on Monday.")
    assert {e.source_country for e in _ev(doc, "111")} >= {"EGY", "JOR", "QAT"}, dump(doc)


# ---------------------------------------------------------------- 5. rally
def test_people_gathered_chanting_is_a_rally_of_civilians():
    doc = _doc("Thousands of people gathered outside the palace in Caracas on Saturday night, waving flags and "
               "chanting in support of the president.")
    assert [e for e in doc.events if e.cameo == "141" and e.source_code == "VENCVL"], dump(doc)


def test_people_gathered_to_welcome_is_no_rally():   # guard: no rally sign
    doc = _doc("Hundreds of people gathered at the airport in Caracas to welcome the freed sailors.")
    assert not [e for e in doc.events if e.root == "14"], dump(doc)


def test_ministers_gathered_keep_the_meeting_row():   # guard: the PETRARCH2 row behind the rally row
    doc = _doc("The foreign ministers gathered in Brussels on Monday.")
    assert [e for e in doc.events if e.cameo == "040"], dump(doc)
    assert not [e for e in doc.events if e.root == "14"], dump(doc)
