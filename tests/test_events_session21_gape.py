"""Session 21, GAPE: English leftovers of session 20 (a state acting at its own embassy, news-agency staff, the verb
"concert", Indian parties and bare leaders' surnames, a ministry after a strike, a threat on condition of a
release).  Own sentences, published 2024-05-02; each cause has a guard (a near miss that must not change)."""
from __future__ import annotations

from tests.events_helpers import find, full, show

DATE = "2024-05-02"


def _full(text):
    return full(text, published_at=DATE)


def _codes(doc):
    return sorted(a.code for a in doc.actors)


# ---- a. a state's act at its own mission is aimed at the host country
def test_own_embassy_is_the_venue_host_is_target():
    d = _full("The State Department suspended visa processing at the US embassy in Nairobi.")
    assert find(d, "16", "USAGOV", "KEN"), show(d)
    assert not find(d, "16", "*", "USA"), show(d)


def test_protest_at_foreign_embassy_still_targets_mission_state():
    d = _full("Protesters gathered outside the US embassy in Nairobi.")
    assert find(d, "14", "*", "USA"), show(d)


def test_host_expelling_embassy_staff_targets_mission_state():
    d = _full("Kenya expelled two diplomats of the US embassy in Nairobi.")
    assert find(d, "16", "KEN", "USAGOV"), show(d)


# ---- b. staff of a news agency / broadcaster are media (MED) of its country
def test_employees_of_state_news_agency_are_media():
    d = _full("Kenya arrested two employees of the Russian state news agency Sputnik.")
    assert find(d, "173", "KEN", "RUSMED"), show(d)


def test_reporter_of_state_broadcaster_is_media():
    d = _full("Police detained a reporter of the Turkish state broadcaster.")
    assert find(d, "173", "*", "TURMED"), show(d)


def test_employees_of_a_bank_are_not_media():
    d = _full("Kenya arrested two employees of a Russian bank.")
    assert not [a for a in d.actors if (a.code or "").endswith("MED")], _codes(d)


# ---- c. "concert" is no verb of cooperation
def test_cancelled_concert_is_no_diplomatic_event():
    d = _full("The band cancelled its concert in Moscow.")
    assert not find(d, "05"), show(d)


def test_acting_in_concert_is_no_050():
    d = _full("The two leaders acted in concert against the rebels.")
    assert not [e for e in d.events if e.trigger == "concert"], show(d)


def test_cultural_cancellation_by_a_state_still_codes():
    d = _full("Russia cancelled Ukrainian cultural events in Moscow.")
    assert find(d, "160", "RUS"), show(d)


# ---- d. India's Congress party and leaders named by surname
def test_congress_leader_rahul_gandhi_criticised_modi():
    d = _full("Congress leader Rahul Gandhi criticised Prime Minister Modi.")
    assert find(d, "111", "INDOPP", "INDGOV"), show(d)
    assert not find(d, "111", "USALEG"), show(d)


def test_congress_party_is_india_opposition():
    d = _full("India's opposition Congress party accused Modi of weakening democracy.")
    assert find(d, "112", "INDOPP", "INDGOV"), show(d)


def test_bare_kishida_is_japan_government():
    d = _full("The US ambassador met Kishida in Tokyo.")
    assert find(d, "040", "USAGOV", "JPNGOV"), show(d)


def test_us_congress_stays_us_legislature():
    d = _full("Senators in Congress criticised Modi over the trade deal.")
    assert find(d, "111", "USALEG", "INDGOV"), show(d)


# ---- e. "The foreign ministry condemned the attack" after a strike: the struck side's ministry
def test_ministry_condemning_strike_is_the_struck_country():
    d = _full("Ukrainian drones struck a refinery in southern Russia. The foreign ministry condemned the attack.")
    assert find(d, "111", "RUSGOV", "UKRMIL"), show(d)


def test_ministry_condemning_strikes_after_bare_country_subject():
    d = _full("Israel struck targets in Lebanon overnight. The foreign ministry condemned the strikes.")
    assert find(d, "111", "LBNGOV", "ISR"), show(d)


def test_ministry_statement_after_expulsion_stays_the_actor():
    d = _full("Poland expelled a Russian diplomat. The ministry said he had worked as a spy.")
    assert find(d, "010", "POLGOV"), show(d)


def test_ministry_after_subject_ministry_rule_unchanged():
    d = _full("China criticised the Philippines over the shoal. The foreign ministry accused Manila of provocations.")
    assert find(d, "112", "CHNGOV", "PHLGOV"), show(d)


# ---- f. a threat on condition of a release: the captor
def test_threat_if_men_not_released_targets_captor():
    d = _full("Iranian forces detained two British sailors in the Gulf. The British foreign ministry said it would "
              "retaliate if the two men were not released.")
    assert find(d, "138", "GBRGOV", "IRNMIL"), show(d)
    assert find(d, "0841", "IRNMIL", "GBR"), show(d)
    assert not find(d, "0841", "GBRGOV"), show(d)


def test_threat_if_hostages_not_freed_targets_gunmen():
    d = _full("Gunmen kidnapped two Turkish engineers in northern Iraq. Turkey said it would respond firmly if the "
              "hostages were not freed.")
    assert find(d, "13", "TUR", "UAF"), show(d)


def test_threat_on_other_condition_keeps_no_target():
    d = _full("Iranian forces detained two British sailors in the Gulf. The British foreign ministry said it would "
              "retaliate if the talks failed.")
    assert find(d, "138", "GBRGOV", None), show(d)
