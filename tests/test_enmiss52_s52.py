"""Session 52 (helper enmiss52): English gold events missed outright, our own sentences.

1. Sending aid and rescue teams (rows of ``manual_en.tsv``): send + rescuers / rescue / medics = humanitarian aid
   (073), send + team(s) within three words = 073; dispatch + rescuers / aid / relief = 073; fly + rescue team / aid
   = 073; release + a sum within three words ("released $5 million") = economic aid (071), not freeing people.
2. "an 80-member rescue team", "rescue workers": the first noun of a compound, no rescuing act; dropped before its
   sentence is coded (``noun_compound_en.drop_compound_triggers``, column early), so that the sentence's real act
   of its root ("sent relief ..., and followed it with an 80-member rescue team") is not merged into it.
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 aid and rescue teams sent
def test_dispatched_aircraft_carrying_rescuers_is_aid():
    got, evs = _with("Turkey's disaster agency dispatched three aircraft carrying 95 rescuers and sniffer dogs to "
                     "Morocco on Sunday.", "dispatched", "2025-09-10")
    assert got and got[0].cameo == "073" and got[0].source_country == "TUR", _dump(evs)
    assert got[0].target_country == "MAR", _dump(evs)


def test_coordinated_states_sent_teams():
    got, evs = _with("Spain and Portugal also sent teams to Morocco over the weekend.", "sent", "2025-09-10")
    assert {e.source_country for e in got if e.cameo == "073"} == {"ESP", "PRT"}, _dump(evs)


def test_flew_a_search_and_rescue_team():
    got, evs = _with("On Saturday Tokyo flew a 52-member search-and-rescue team into Kathmandu.", "flew",
                     "2025-09-10")
    assert got and got[0].cameo == "073" and got[0].source_country == "JPN", _dump(evs)
    assert got[0].target_country == "NPL", _dump(evs)


def test_released_a_sum_from_a_fund_is_economic_aid():
    got, evs = _with("The World Bank released $12 million from its crisis response window on Friday to help "
                     "flood victims in Pakistan.", "released", "2025-09-10")
    assert got and got[0].cameo == "071", _dump(evs)


def test_released_prisoners_stays_a_release():   # guard: freeing people keeps 0841
    got, evs = _with("The government released 40 political prisoners on Friday.", "released", "2025-09-10")
    assert got and got[0].cameo == "0841", _dump(evs)


# ----------------------------------------------------------------------------- 2 rescue as a compound noun
def test_sent_relief_then_a_rescue_team_keeps_the_sending():
    got, evs = _with("Egypt sent 20 tonnes of relief supplies, including tents and blankets, to Benghazi on an air "
                     "force transport plane on Tuesday under what it called Operation Nile, and followed it with a "
                     "60-member rescue team and a field hospital.", "sent", "2025-09-12")
    assert got and got[0].cameo[:2] == "07" and got[0].source_country == "EGY", _dump(evs)
    assert not [e for e in evs if e.trigger == "rescue"], _dump(evs)


def test_rescue_workers_dug_is_no_rescue_act():
    evs = _with("Rescue workers pulled survivors from the rubble in Herat on Monday.", "Rescue", "2025-09-12")[1]
    assert not [e for e in evs if e.trigger.lower() == "rescue"], _dump(evs)


def test_rescued_hostages_stays_an_act():   # guard: the verb with an object is a rescue
    got, evs = _with("Special forces rescued four hostages in the north of the country on Monday.", "rescued",
                     "2025-09-12")
    assert got and got[0].cameo == "073", _dump(evs)


# ----------------------------------------------------------------------------- 3 detention and raids
def test_magistrate_remanded_in_custody_is_detention():
    got, evs = _with("Late on Thursday a Nairobi magistrate remanded the former governor in custody until Monday.",
                     "remanded", "2025-09-12")
    assert got and got[0].cameo == "173" and got[0].source_country == "KEN", _dump(evs)


def test_judge_kept_him_in_detention():
    got, evs = _with("At a hearing on Saturday, a judge in Lima kept the former minister in detention.", "kept",
                     "2025-09-12")
    assert got and got[0].cameo == "173", _dump(evs)


def test_investigators_searched_his_home_is_a_raid():
    got, evs = _with("Anti-corruption investigators searched the deputy minister's home in Bucharest on Friday.",
                     "searched", "2025-09-12")
    assert got and got[0].cameo == "171", _dump(evs)


def test_searched_for_survivors_stays_no_raid():   # guard: a search for people is no raid
    got, evs = _with("Police searched for survivors in the collapsed houses on Friday.", "searched", "2025-09-12")
    assert not [e for e in got if e.cameo == "171"], _dump(evs)


# ----------------------------------------------------------------------------- 4 small gaps of the same kind
def test_gathered_outside_a_possessive_headquarters_is_a_rally():
    got, evs = _with("Dozens of supporters gathered outside the security service's headquarters in Tbilisi on "
                     "Wednesday evening.", "gathered", "2025-09-12")
    assert got and got[0].cameo == "141", _dump(evs)


def test_rescuers_dug_through_rubble_is_no_inquiry():
    evs = _with("Rescuers from Turkey and Greece dug through the rubble in Antakya on Monday.", "dug",
                "2025-09-12")[1]
    assert not [e for e in evs if e.trigger.startswith("dug")], _dump(evs)


def test_dug_into_accounts_stays_an_inquiry():   # guard: "dig into" keeps the PETRARCH2 code
    got, evs = _with("Auditors from the finance ministry dug into the agency's accounts on Monday.", "dug",
                     "2025-09-12")
    assert got and got[0].cameo == "090", _dump(evs)


def test_windows_of_a_bar_is_no_ban():
    evs = _with("Some protesters smashed the windows of a bar near the square on Sunday.", "smashed",
                "2025-09-12")[1]
    assert not [e for e in evs if e.trigger == "bar"], _dump(evs)


def test_a_team_of_investigators_is_no_aid():   # guard: the team's members tell what it is
    got, evs = _with("The African Union sent a team of investigators to the town on Friday.", "sent", "2025-09-12")
    assert not [e for e in got if e.cameo == "073"], _dump(evs)
