"""Session 24 GAPE3 (English gaps left by session 23): "vowed to avenge the killing of …" is a threat of the vower
against the killer, the avenged act no new event; "Tehran vowed that it would retaliate": the pronoun is the vower;
"SADC said it would send envoys to mediate between …": the sender mediates; "the two sides agreed …" after a pair
(checked, already right).  Sentences written for these tests; each case has guards."""
from __future__ import annotations

from events_helpers import dump, find, full


def _doc(text):
    return full(text, published_at="2024-05-02")


# ---------------------------------------------------------------- 1. avenge: a threat, the avenged act background
def test_said_it_would_avenge_is_a_threat_of_the_speaker():
    doc = _doc("Hezbollah said it would avenge the killing of its commander in southern Lebanon.")
    assert find(doc, "138", "LBNREB"), dump(doc)
    assert not find(doc, "19") and not find(doc, "18"), dump(doc)


def test_vowed_to_avenge_targets_the_named_killer_and_codes_no_killing():
    doc = _doc("Hezbollah vowed to avenge the killing of its commander by Israel.")
    assert find(doc, "138", "LBNREB", "ISR"), dump(doc)
    assert not find(doc, "19") and not find(doc, "18"), dump(doc)


def test_vowed_to_avenge_targets_the_killer_told_before():
    doc = _doc("An Israeli drone strike killed a Hezbollah commander near Tyre on Tuesday. Hezbollah vowed to avenge "
               "the killing.")
    assert [e for e in find(doc, "138", "LBNREB") if e.target_country == "ISR"], dump(doc)


def test_respond_to_the_attack_codes_no_attack_of_its_own():
    doc = _doc("Iran vowed to respond to the Israeli attack on its consulate.")
    assert find(doc, "13", "IRN", "ISR"), dump(doc)
    assert not find(doc, "19"), dump(doc)


def test_guard_killing_by_x_condemned_is_still_coded():
    doc = _doc("Hezbollah condemned the killing of its commander by Israel.")
    assert find(doc, "111", "LBNREB", "ISR"), dump(doc)
    assert find(doc, "19", "ISR"), dump(doc)


def test_guard_killing_by_x_as_subject_is_still_coded():
    doc = _doc("The killing of the commander by Israeli forces sparked protests in Beirut.")
    assert find(doc, "19", "ISRMIL"), dump(doc)


def test_guard_avenge_as_the_motive_of_an_attack_is_no_threat():
    doc = _doc("Militants attacked an army base on Sunday to avenge the killing of their leader.")
    assert find(doc, "19"), dump(doc)
    assert not find(doc, "13"), dump(doc)


def test_guard_avenged_told_as_done_is_no_threat():
    doc = _doc("Serbia avenged last year's defeat by Croatia in the final.")
    assert not find(doc, "13"), dump(doc)


# ---------------------------------------------------------------- 2. "X vowed that it would …"
def test_vowed_that_it_would_retaliate_is_the_vowers():
    doc = _doc("Tehran vowed that it would retaliate.")
    assert find(doc, "138", "IRNGOV"), dump(doc)


def test_vowed_on_monday_that_it_with_a_target():
    doc = _doc("Iran vowed on Monday that it would retaliate against Israel.")
    assert find(doc, "138", "IRN", "ISR"), dump(doc)


def test_group_vowed_that_they_would_attack():
    doc = _doc("The Houthis vowed that they would attack more ships in the Red Sea.")
    assert find(doc, "138", "YEMREB"), dump(doc)


def test_guard_vowed_that_the_army_keeps_its_own_subject():
    doc = _doc("Iran vowed that the army would retaliate.")
    assert find(doc, "138", "IRNMIL"), dump(doc)


def test_guard_vowed_that_they_after_a_country_is_not_the_country():
    doc = _doc("Iran vowed that they would retaliate.")
    assert not find(doc, "13", "IRN"), dump(doc)


# ---------------------------------------------------------------- 4. "send envoys to mediate": the sender
def test_said_it_would_send_envoys_to_mediate_is_the_senders():
    doc = _doc("SADC said it would send envoys to mediate between the government and the rebels.")
    assert find(doc, "03", "IGOSAFDEVSAD") or find(doc, "04", "IGOSAFDEVSAD"), dump(doc)
    assert not [e for e in doc.events if e.source_code == "GOV"], dump(doc)


def test_sent_two_senior_envoys_to_mediate_between_two_countries():
    doc = _doc("Kenya will soon send two senior envoys to mediate between Sudan and South Sudan.")
    assert find(doc, "03", "KEN", "SDN") and find(doc, "03", "KEN", "SSD"), dump(doc)


def test_guard_envoys_with_a_country_keep_it():
    doc = _doc("Egypt sent Sudanese envoys to mediate between the factions.")
    assert not find(doc, "04", "EGY"), dump(doc)


# ---------------------------------------------------------------- 5. "the two sides agreed" (already right)
def test_two_sides_agreed_after_a_pair_both_ways():
    doc = _doc("Kyrgyzstan and Tajikistan held border talks on Monday. The two sides agreed to resume talks next month.")
    assert find(doc, "030", "KGZ", "TJK") and find(doc, "030", "TJK", "KGZ"), dump(doc)
