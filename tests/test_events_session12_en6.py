"""Session 12, EN6: English errors shown by the whole-article gold (two new wire stories, a trade dispute and a
ceasefire negotiation).  Every sentence is ours; each rule has a near miss that must not change."""
from events_helpers import find, full


def _codes(doc):
    return [(e.cameo, e.source_code, e.target_code, e.modality, e.negated) for e in doc.events]


# ---------------------------------------------------------------- "called on" an addressee that is no actor
def test_called_on_both_sides_is_the_callers_demand_with_no_object_target():
    doc = full("UN Secretary-General Antonio Guterres called on both sides to stop attacks on civilians.")
    ev = find(doc, "1056", "IGOUNO")
    assert ev and ev[0].target_code is None and ev[0].modality == "asserted", _codes(doc)


def test_called_on_a_named_addressee_keeps_it_as_target():
    doc = full("The European Union called on Russia to withdraw its troops.")
    assert find(doc, "106", "IGOEUREEC", "RUS"), _codes(doc)


def test_called_on_takes_its_caller_across_a_relative_clause():
    doc = full("Malaysian Prime Minister Anwar Ibrahim, who brokered the deal, called on both sides to respect "
               "the truce.")
    ev = [e for e in doc.events if e.trigger == "respect"]
    assert ev and ev[0].source_code == "MYSGOV" and ev[0].modality == "asserted", _codes(doc)


# ---------------------------------------------------------------- a speech act after a reported deed
def test_accusation_joined_to_a_reported_deed_is_the_speakers():
    doc = full("The Thai army said Cambodian forces shelled two villages overnight, wounding four civilians, "
               "and accused Phnom Penh of violating the truce.")
    assert find(doc, "112", "THAMIL", "KHMGOV"), _codes(doc)   # (Phnom Penh: a capital, KHMGOV since session 18 ENL)
    assert find(doc, "19", "KHMMIL"), _codes(doc)


def test_appeal_joined_to_a_reported_state_is_the_speakers():
    doc = full("Cambodian Prime Minister Hun Manet said his government remained committed to the ceasefire and "
               "urged Thailand to withdraw its troops.")
    assert find(doc, "02", "KHMGOV", "THA"), _codes(doc)


def test_a_speech_act_after_a_reported_speech_act_stays_the_reported_subjects():
    # near miss: the reported clause is itself a speech act, so the call is the rebels'
    doc = full("The minister said the rebels criticised the plan and called for new elections.")
    ev = [e for e in doc.events if e.trigger == "called"]
    assert ev and ev[0].source_code == "REB", _codes(doc)


def test_a_reported_deed_after_and_stays_the_reported_subjects():
    doc = full("The army said troops crossed the Nile and seized the bridge.")
    ev = [e for e in doc.events if e.trigger == "seized"]
    assert ev and ev[0].source_code == "MIL", _codes(doc)


# ---------------------------------------------------------------- trigger rows
def test_closed_border_crossings_is_a_restriction_toward_the_neighbour():
    doc = full("Thailand closed all border crossings with Cambodia last week.")
    assert find(doc, "172", "THA", "KHM"), _codes(doc)


def test_closed_shops_are_no_event():
    doc = full("Shops in the capital closed early on Friday.")
    assert not find(doc, "17"), _codes(doc)


def test_recalled_envoy_and_banned_imports():
    doc = full("Cambodia recalled its envoy from Bangkok and banned imports of Thai fuel.")
    assert find(doc, "161", "KHM"), _codes(doc)
    assert find(doc, "163", "KHM"), _codes(doc)
    assert not find(doc, "061"), _codes(doc)


def test_a_banned_rally_stays_an_administrative_ban():
    doc = full("The government banned the opposition rally.")
    assert find(doc, "172") and not find(doc, "163"), _codes(doc)


def test_raised_tariffs_and_lifted_duties_are_sanctions():
    doc = full("The United States raised tariffs on Chinese electric vehicles to 100 percent.")
    assert find(doc, "163", "USA", "CHN"), _codes(doc)
    doc = full("The European Union lifted the duties on Chinese steel.")
    assert find(doc, "085", "IGOEUREEC"), _codes(doc)


def test_imports_and_cluster_munitions_are_no_events():
    doc = full("China launched a probe into pork imports from the European Union.")
    assert not find(doc, "061"), _codes(doc)
    doc = full("Human Rights Watch accused both armies of firing cluster munitions near villages.")
    assert not find(doc, "040"), _codes(doc)
    assert find(doc, "112", "NGOHRIHRW"), _codes(doc)


# ---------------------------------------------------------------- capacity, venue, "due to"
def test_as_chair_of_names_the_subjects_office_not_a_target():
    doc = full("Malaysian Prime Minister Anwar Ibrahim brokered the agreement as chair of the Association of "
               "Southeast Asian Nations.")
    ev = find(doc, "045", "MYSGOV")
    assert ev and not (ev[0].target_code or "").startswith("IGO"), _codes(doc)


def test_brokered_between_keeps_its_parties():
    doc = full("Qatar brokered a deal between Israel and Hamas.")
    assert find(doc, "045", "QAT", "ISR"), _codes(doc)


def test_a_meeting_of_country_less_commanders_has_its_place_as_venue():
    doc = full("Military commanders from both countries were due to meet in Kuala Lumpur on Tuesday.")
    ev = [e for e in doc.events if e.trigger == "meet"]
    assert ev and all(e.target_code is None for e in ev) and ev[0].modality == "future", _codes(doc)


def test_a_named_leader_meeting_abroad_keeps_the_host():
    doc = full("Putin met in Beijing on Monday.")
    assert find(doc, "040", "RUSGOV", "CHN"), _codes(doc)


def test_due_to_before_the_trigger_is_future_but_due_to_the_clashes_is_a_cause():
    doc = full("Spanish Agriculture Minister Luis Ortega is due to visit Beijing next week.")
    ev = [e for e in doc.events if e.trigger == "visit"]
    assert ev and ev[0].modality == "future" and ev[0].source_code.startswith("ESP"), _codes(doc)
    doc = full("Talks were suspended due to the clashes in Tripoli.")
    assert all(e.modality != "future" for e in doc.events), _codes(doc)


# ---------------------------------------------------------------- sides from the document
def test_a_bare_minister_after_a_country_sentence_speaks_for_that_country():
    doc = full("Germany, whose carmakers sell millions of vehicles in China, criticised the decision. Economy "
               "Minister Jonas Weber warned that a trade war would hurt both sides and urged the Commission to "
               "find a negotiated solution.", published_at="2025-06-11")
    assert find(doc, "02", "DEUGOV"), _codes(doc)


def test_a_bare_minister_in_a_new_paragraph_takes_no_country_from_before():
    doc = full("Germany criticised the decision.\n\nEconomy Minister Jonas Weber warned that a trade war would "
               "hurt both sides.", published_at="2025-06-11")
    ev = [e for e in doc.events if e.trigger == "warned"]
    assert ev and ev[0].source_code == "GOV", _codes(doc)


def test_brussels_is_the_eu_in_a_story_naming_the_eu():
    doc = full("The European Commission defended the duties. Brussels imposed provisional duties on electric cars "
               "made in China.")
    assert find(doc, "163", "IGOEUREEC", "CHN"), _codes(doc)


def test_brussels_is_belgium_in_a_story_not_naming_the_eu():
    doc = full("Belgian police arrested 12 people. Brussels said the protest was illegal.")
    assert not any((e.source_code or "").startswith("IGOEU") or (e.target_code or "").startswith("IGOEU")
                   for e in doc.events), _codes(doc)


# ---------------------------------------------------------------- "but would not", "without", "at the request of"
def test_a_refusal_after_but_shares_the_earlier_subject_and_the_offer_after_without_is_no_event():
    doc = full("The EU said it was ready to negotiate but would not lift the duties without a credible offer "
               "from Beijing.")
    assert find(doc, "124", "IGOEUREEC"), _codes(doc)
    assert not [e for e in doc.events if e.trigger == "offer"], _codes(doc)


def test_a_fight_after_without_stays_a_negated_fight():
    doc = full("The troops withdrew without a fight.")
    ev = [e for e in doc.events if e.trigger == "fight"]
    assert ev and ev[0].negated, _codes(doc)


def test_a_request_of_no_actor_is_no_event_but_a_named_requester_asks():
    doc = full("A ministry spokesman said the investigation had been opened at the request of domestic farmers.")
    assert not find(doc, "02"), _codes(doc)
    doc = full("Police arrested a Russian national at the request of the United States.")
    assert find(doc, "020", "USA"), _codes(doc)


# ---------------------------------------------------------------- a definite noun names the happening again
def test_the_investigation_retold_is_the_launched_investigation():
    doc = full("China launched an anti-dumping investigation into pork imports on Wednesday. A ministry spokesman "
               "said the investigation had been opened at the request of farmers.", published_at="2025-06-11")
    assert len(find(doc, "090")) == 1, _codes(doc)


def test_the_summit_in_another_city_is_another_summit():
    doc = full("Iran's ambassador met the Emirati foreign minister at the summit held in Tehran on Monday. Libya's "
               "foreign minister met Jordan's army chief at the summit held in Tripoli on Monday.",
               published_at="2025-06-11")
    assert len([e for e in doc.events if e.trigger == "summit"]) >= 2 or len(find(doc, "04")) >= 4, _codes(doc)
