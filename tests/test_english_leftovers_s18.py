"""Session 18 ENL: English leftovers of the blind tests -- capitals as government metonyms, sending
observers, the target of a demand on "the government" by a domestic body, an "if" of a later conjunct."""
from __future__ import annotations

from tests.events_helpers import find, full, show


def test_capital_without_a_preposition_is_its_government():
    doc = full("The separatist leader blamed Chisinau for the power cuts on Monday.", published_at="2026-02-03")
    assert find(doc, "112", tgt="MDAGOV"), show(doc)


def test_capital_urged_is_its_government():
    doc = full("Russia urged Bishkek to release the detained journalists.", published_at="2026-02-03")
    assert find(doc, "025", src="RUS", tgt="KGZGOV"), show(doc)


def test_capital_after_in_is_a_place_guard():
    doc = full("Police detained two protesters in Dushanbe on Monday.", published_at="2026-02-03")
    assert not any((e.source_code or "").endswith("GOV") or (e.target_code or "").endswith("GOV")
                   for e in doc.events), show(doc)


def test_send_observers_is_humanitarian_provision():
    doc = full("The European Union sent observers to the border region on Monday.", published_at="2026-02-03")
    assert find(doc, "073", src="IGOEUREEC"), show(doc)


def test_send_a_letter_is_no_provision_guard():
    doc = full("The ministry sent a letter to the embassy on Monday.", published_at="2026-02-03")
    assert not [e for e in doc.events if e.cameo.startswith("07")], show(doc)


def test_if_of_a_later_statement_does_not_condition_the_condemnation():
    doc = full("The foreign minister condemned Ethiopia's incursion and said the defence pact would apply if "
               "Somali troops came under attack.", published_at="2026-02-03")
    ev = find(doc, "111", tgt="ETH")
    assert ev and ev[0].modality == "asserted", show(doc)


def test_shared_modal_keeps_the_condition_guard():
    doc = full("Japan would impose sanctions on Russia if the talks failed.", published_at="2026-02-03")
    ev = find(doc, "13", src="JPN")
    assert ev and ev[0].modality == "conditional", show(doc)


def test_capitalised_mutual_in_a_treaty_name_is_no_reciprocity():
    doc = full("A State Department spokesman condemned China's actions and said the Mutual Defense Treaty "
               "would apply.", published_at="2026-02-03")
    assert find(doc, "111", tgt="CHN") and not find(doc, "111", src="CHN"), show(doc)


def test_each_other_stays_reciprocal_guard():
    doc = full("Egypt and Sudan accused each other of violating the truce.", published_at="2026-02-03")
    assert find(doc, "112", src="EGY", tgt="SDN") and find(doc, "112", src="SDN", tgt="EGY"), show(doc)


def test_domestic_body_demanding_of_the_government_addresses_its_own():
    doc = full("Sudanese lawmakers demanded that the government expel the Chadian ambassador.", published_at="2026-02-03")
    assert find(doc, "10", src="SDNLEG", tgt="SDNGOV"), show(doc)


def test_an_indefinite_government_is_not_the_own_guard():
    doc = full("Russian lawmakers demanded that a government in exile be formed in Kyiv.", published_at="2026-02-03")
    ev = find(doc, "10", src="RUSLEG")
    assert ev and ev[0].target_code == "GOV", show(doc)


def test_conjoined_pledge_goes_to_the_supported_party():
    doc = full("Japan expressed support for the Philippines and pledged 20 patrol boats.", published_at="2026-02-03")
    assert find(doc, "03", src="JPN", tgt="PHL"), show(doc)


def test_pledge_after_but_keeps_its_own_sides_guard():
    doc = full("Japan expressed support for the Philippines, but China sent aid to Vietnam.", published_at="2026-02-03")
    assert find(doc, "07", src="CHN", tgt="VNM") and not find(doc, "07", tgt="PHL"), show(doc)


def test_named_counterpart_after_his_is_the_other_side():
    doc = full("Uzbek President Shavkat Mirziyoyev spoke by telephone with his Kazakh counterpart Kassym-Jomart "
               "Tokayev on Monday.", published_at="2026-02-03")
    assert find(doc, "04", src="UZBGOV", tgt="KAZGOV"), show(doc)


def test_his_own_named_adviser_is_no_target_guard():
    doc = full("The Tajik president withdrew his chief adviser Farhod Saidov from the talks.", published_at="2026-02-03")
    ev = find(doc, "087", src="TJKGOV")
    assert ev and ev[0].target_code is None, show(doc)


def test_speaker_before_an_appositive():
    doc = full("The African Union, a bloc of 55 states, said it would send observers to the border.",
               published_at="2026-02-03")
    assert find(doc, "03", src="IGOAFRAFU") or find(doc, "07", src="IGOAFRAFU"), show(doc)


def test_appositive_speaker_after_the_content_guard():
    doc = full("Police detained two men near the border on Monday, a spokesman said.", published_at="2026-02-03")
    q = [x for x in doc.quotes if x.cue == "said"]
    assert q and doc.text[q[0].speaker_start:q[0].speaker_end] == "a spokesman"


def test_passive_patient_nationality_is_not_the_shooter():
    doc = full("A Georgian soldier was shot dead near the village of Kvemo on Tuesday.", published_at="2026-02-03")
    ev = find(doc, "19", tgt="GEOMIL")
    assert ev and ev[0].source_code is None, show(doc)


def test_active_shooter_nationality_stays_guard():
    doc = full("Armenian troops shot dead an Azerbaijani soldier near the border on Tuesday.", published_at="2026-02-03")
    assert find(doc, "19", src="ARMMIL", tgt="AZEMIL"), show(doc)


def test_place_of_an_earlier_clause_is_not_the_agent():
    doc = full("Officials met in Tbilisi on Tuesday to resume talks, hours after a journalist was arrested near the "
               "border.", published_at="2026-02-03")
    ev = find(doc, "173")
    assert ev and ev[0].source_code is None, show(doc)


def test_state_forces_shot_in_their_country_are_not_shot_by_it():
    doc = full("A policeman was shot dead in Kabul on Monday.", published_at="2026-02-03")
    ev = find(doc, "1", tgt="AFGCOP")
    assert ev and ev[0].source_code is None, show(doc)


def test_place_of_the_passive_still_gives_the_state_guard():
    doc = full("A protester was shot dead in Tehran on Monday.", published_at="2026-02-03")
    assert find(doc, "18", src="IRN") or find(doc, "19", src="IRN"), show(doc)
    doc = full("In Lebanon, a missionary was arrested on Monday.", published_at="2026-02-03")
    assert find(doc, "173", src="LBN"), show(doc)


def test_police_raid_is_coercion():
    doc = full("Serbian police raided the offices of an opposition newspaper on Monday.", published_at="2026-02-03")
    assert find(doc, "170", src="SRBCOP"), show(doc)
    assert not find(doc, "19"), show(doc)


def test_troops_raid_stays_force_guard():
    doc = full("Israeli troops raided the town of Jenin on Monday.", published_at="2026-02-03")
    assert find(doc, "190", src="ISRMIL") and not find(doc, "17"), show(doc)


def test_deadly_police_raid_stays_force_guard():
    doc = full("Police raided a house in the capital, killing two suspects.", published_at="2026-02-03")
    assert find(doc, "190") and not find(doc, "170"), show(doc)


def test_offer_to_send_observers_is_one_event():
    doc = full("Malaysia offered to send observers to the border on Monday.", published_at="2026-02-03")
    evs = find(doc, "03", src="MYS")
    assert len(evs) == 1 and evs[0].trigger.startswith("offered"), show(doc)


def test_offer_and_a_separate_sending_stay_two_guard():
    doc = full("Malaysia offered emergency aid and Japan will send observers to the border.", published_at="2026-02-03")
    assert find(doc, "03", src="MYS") and (find(doc, "03", src="JPN") or find(doc, "07", src="JPN")), show(doc)


def test_call_with_the_leaders_of_both_countries_is_the_story_pair():
    doc = full("Sudan accused Chad of arming the rebels on Sunday. Kenya's foreign minister said President William "
               "Ruto had spoken by telephone with the leaders of both countries on Monday.", published_at="2026-02-03")
    assert find(doc, "04", src="KENGOV", tgt="SDN") and find(doc, "04", src="KENGOV", tgt="TCD"), show(doc)
    assert not [e for e in doc.events if e.cameo.startswith("04") and "GOV" in (e.source_code, e.target_code)], show(doc)


def test_leaders_of_both_parties_is_no_story_pair_guard():
    doc = full("Sudan accused Chad of arming the rebels on Sunday. Kenya's president met with the leaders of both "
               "parties in Nairobi.", published_at="2026-02-03")
    assert not find(doc, "04", tgt="SDN") and not find(doc, "04", tgt="TCD"), show(doc)


def test_were_engaged_in_keeps_the_subject_as_source_guard():
    doc = full("Serbian forces were engaged in heavy fighting near the town, the army said.", published_at="2026-02-03")
    assert [e for e in doc.events if e.source_country == "SRB"], show(doc)
