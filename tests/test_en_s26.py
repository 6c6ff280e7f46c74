"""Session 26 EN (English leftovers of the thirteenth and fourteenth blind tests): limiting / restricting / curbing
trade with X is an embargo (163); an attributive date ("the March 30 election") dates only its noun phrase (or the
verb whose object it is); a passive subject before a prepositional parenthetical ("Sisi, on his first visit to Sudan,
was received by …"); a subjectless gerund after before / after ("… before holding talks with Y") takes the main
clause's subject; two verbs of different codes joined by "and" are two acts, not complementary halves; "warned on
Monday that X would respond if Y …" and state vessels (survey ships, warships) as actors.  Sentences written for these
tests (none from the blind articles); each case has a guard."""
from __future__ import annotations

from events_helpers import by_country as _ev, dump, full


def _doc(text, published_at="2024-05-02"):
    return full(text, published_at=published_at)


# ---------------------------------------------------------------- 1. limit / restrict / curb trade = 163
def test_work_to_limit_trade_with_is_163():
    doc = _doc("Katz said Israel would work with other countries to limit trade with Egypt.")
    assert _ev(doc, "1312", "ISR", "EGY") or _ev(doc, "163", "ISR", "EGY"), dump(doc)


def test_restricted_exports_to_is_163():
    doc = _doc("Jordan restricted exports of 40 product categories to Syria on March 3.")
    assert _ev(doc, "163", "JOR", "SYR"), dump(doc)


def test_curb_imports_from_is_163():
    doc = _doc("Kenya moved on Tuesday to curb imports from Uganda after a dispute over milk.")
    assert _ev(doc, "163", "KEN", "UGA"), dump(doc)


def test_guard_restricted_access_stays_170():
    doc = _doc("India restricted access to the region on Monday.")
    assert _ev(doc, "170", "IND"), dump(doc)
    assert not _ev(doc, "163"), dump(doc)


def test_guard_limits_powers_is_no_embargo():
    doc = _doc("The new law limits the powers of the Kenyan president.")
    assert not _ev(doc, "16"), dump(doc)


# ---------------------------------------------------------------- 2. "the March 30 election": the noun's own date
def _dated(doc, prefix):
    return [e.date for e in doc.events if e.cameo.startswith(prefix)]


def test_attributive_date_does_not_date_the_arrest():
    doc = _doc("Police fired tear gas on Sunday to disperse supporters who had gathered to protest against the decision "
               "to postpone the March 30 presidential election, and detained several opposition leaders.",
               published_at="2024-03-12")
    assert _dated(doc, "173") == ["2024-03-10"], dump(doc)


def test_attributive_date_does_not_date_the_gathering():
    doc = _doc("Hundreds of supporters gathered in Lusaka on Sunday to protest against the decision to cancel the "
               "Aug. 12 vote, and police detained 20 of them.", published_at="2024-03-12")
    assert _dated(doc, "14") == ["2024-03-10"], dump(doc)
    assert _dated(doc, "173") == ["2024-03-10"], dump(doc)


def test_guard_date_of_the_triggers_object_stays():
    doc = _doc("The opposition boycotted the March 3 vote.", published_at="2024-03-12")
    assert _dated(doc, "14") == ["2024-03-03"], dump(doc)


def test_guard_on_the_date_noun_dates_the_clause():
    doc = _doc("Police detained 20 people on the March 3 anniversary of the uprising.", published_at="2024-03-12")
    assert _dated(doc, "173") == ["2024-03-03"], dump(doc)


# ---------------------------------------------------------------- 3. "X, on his first visit to Y, was received by Z"
def test_passive_reception_after_prepositional_parenthetical():
    doc = _doc("Sisi, on his first visit to Sudan since 2019, was received by President Salva Kiir.")
    assert _ev(doc, "043", "SSD", "EGY"), dump(doc)


def test_passive_arrest_after_appositive_takes_the_subject_as_target():
    doc = _doc("Kenyan activist Boniface Mwangi, during a visit to Tanzania, was detained by police in Dar es Salaam.")
    assert _ev(doc, "173", "TZA", "KEN"), dump(doc)


def test_active_verb_after_prepositional_parenthetical():
    doc = _doc("Lavrov, during a tour of Africa, accused Kyiv of sabotage.")
    assert _ev(doc, "112", "RUS", "UKR"), dump(doc)


def test_guard_short_passive_reception_unchanged():
    doc = _doc("The Egyptian president was received by King Abdullah at the airport.")
    assert _ev(doc, "043", "JOR", "EGY"), dump(doc)


def test_guard_fronted_place_and_day_keep_the_subject():
    doc = _doc("In Cairo, on Monday, police detained 20 protesters.")
    assert _ev(doc, "173", "EGY"), dump(doc)


# ---------------------------------------------------------------- 4. "before holding talks": the main clause's subject
def test_gerund_after_passive_reception_takes_the_passive_subject():
    doc = _doc("Sisi, on his first visit to Sudan since 2019, was received by President Salva Kiir before holding "
               "talks with Ethiopian Prime Minister Abiy Ahmed at the presidential palace.")
    assert _ev(doc, "04", "EGY", "ETH"), dump(doc)


def test_gerund_after_active_verb_takes_the_subject():
    doc = _doc("U.S. Secretary of State Antony Blinken met Netanyahu on Monday after meeting Egyptian President Sisi.")
    assert _ev(doc, "04", "USA", "EGY"), dump(doc)


def test_guard_clause_with_its_own_subject_after_before():
    doc = _doc("Police fired tear gas after protesters refused to leave the square in Nairobi.")
    assert not [e for e in doc.events if e.cameo.startswith("12") and e.source_role == "COP"], dump(doc)


# ---------------------------------------------------------------- 5. "cut internet access …, and suspended the licence"
def test_conjoined_restrictions_are_two_acts():
    doc = _doc("The Senegalese government cut mobile internet access on Sunday night, and suspended the licence of "
               "a private broadcaster.")
    assert _ev(doc, "1721", "SEN"), dump(doc)
    assert _ev(doc, "172", "SEN"), dump(doc)


def test_guard_attack_told_by_two_verbs_unchanged():
    doc = _doc("Militants attacked a police post and kidnapped two Nigerian officers.")
    assert _ev(doc, "190") and _ev(doc, "181", None, "NGA"), dump(doc)


# ---------------------------------------------------------------- 6. "warned on Monday that X would respond if Y …"
def test_warned_on_day_that_own_side_would_respond_targets_the_condition():
    doc = _doc("Indian Defence Minister Rajnath Singh warned on Monday that India would respond immediately if Chinese "
               "troops crossed the border.")
    assert _ev(doc, "13", "IND", "CHN"), dump(doc)
    assert not [e for e in doc.events if e.root == "13" and e.target_country is None], dump(doc)


def test_warned_of_survey_ships_state_vessels_are_actors():
    doc = _doc("Greek Defence Minister Nikos Dendias warned earlier this week that Greece would respond if Turkish "
               "survey ships entered its waters.")
    assert _ev(doc, "13", "GRC", "TUR"), dump(doc)


def test_guard_warships_accused_unchanged():
    doc = _doc("Philippine officials accused Chinese warships of blocking a resupply mission.")
    assert _ev(doc, "112", "PHL", "CHN"), dump(doc)


def test_warned_on_day_that_others_could_attack_is_no_target():
    doc = _doc("The Kenyan army warned on Monday that rebels could attack the city.")
    assert _ev(doc, "130", "KEN", None), dump(doc)


def test_guard_warned_addressee_on_day_keeps_target():
    doc = _doc("China warned the United States on Monday that it would respond to any provocation.")
    assert _ev(doc, "13", "CHN", "USA"), dump(doc)


def test_guard_noun_after_receiving_is_not_the_main_subjects():
    doc = _doc("The U.S. safety agency opened an investigation in March after receiving complaints from owners.")
    assert not [e for e in doc.events if e.cameo.startswith("11") and e.source_country == "USA"], dump(doc)
