"""Session 23 B10EN (English causes of the tenth blind test): a recalled charge d'affaires is a recall (161); a
suspended or revoked licence is an administrative sanction on its owner (172); "would reconsider the agreement if
…" is a conditional threat (13x), like the ties row; an arrest joined to the force that dispersed a crowd is a
second act; a month name in a date ("March 3, 2024", a byline) is no march; "the permit", "the clear priorities"
are no 080; a head noun after the name ("Yemen's Houthi movement, which …, welcomed") keeps the subject before the
relative clause.  Sentences written for these tests (none from the blind articles); each has a guard."""
from __future__ import annotations

from events_helpers import dump, full


def _doc(text):
    return full(text, published_at="2024-05-02")


def _pair(doc, code, a, b):
    return [e for e in doc.events if e.cameo == code and e.source_country == a and (b is None or e.target_country == b)]


# ---------------------------------------------------------------- A. trigger rows
def test_recalled_charge_d_affaires_is_a_recall():
    doc = _doc("Egypt recalled its charge d'affaires from Ankara on Monday.")
    assert _pair(doc, "161", "EGY", "TUR"), dump(doc)


def test_recalled_diplomats_is_a_recall():
    doc = _doc("Jordan recalled its diplomats from Tehran after the attack on its embassy.")
    assert _pair(doc, "161", "JOR", "IRN"), dump(doc)


def test_recalled_ambassador_stays_a_recall():   # guard: the old row
    doc = _doc("Egypt recalled its ambassador from Ankara on Monday.")
    assert _pair(doc, "161", "EGY", "TUR"), dump(doc)


def test_suspended_licence_of_a_foreign_company_is_172():
    doc = _doc("Iraq suspended the licence of Danish company Maersk to operate in Basra.")
    assert _pair(doc, "172", "IRQ", "DNK"), dump(doc)


def test_revoked_licence_is_172():
    doc = _doc("Algeria revoked the license of French broadcaster France 24 on Tuesday.")
    assert [e for e in doc.events if e.cameo == "172" and e.source_country == "DZA"], dump(doc)


def test_suspended_talks_stays_164():   # guard: another object of suspend
    doc = _doc("Egypt suspended talks with Ethiopia on the dam.")
    assert not [e for e in doc.events if e.cameo == "172"], dump(doc)
    assert [e for e in doc.events if e.cameo == "164"], dump(doc)


def test_would_reconsider_the_treaty_if_is_a_threat():
    doc = _doc("Egypt said it would reconsider the peace treaty if Israel continued its offensive.")
    assert [e for e in doc.events if e.root == "13" and e.source_country == "EGY"], dump(doc)
    assert not [e for e in doc.events if e.cameo == "036"], dump(doc)


def test_reconsidered_the_agreement_without_a_condition_is_no_threat():   # guard
    doc = _doc("The two ministers reconsidered the agreement at their meeting in Cairo.")
    assert not [e for e in doc.events if e.root == "13"], dump(doc)


# ---------------------------------------------------------------- D. a second act joined by "and"
def test_arrest_after_dispersing_force_is_a_second_act():
    doc = _doc("Police fired tear gas and arrested about 30 people.")
    assert [e.cameo for e in doc.events] == ["175", "173"], dump(doc)


def test_arrest_after_water_cannon_to_disperse_is_kept():
    doc = _doc("Kenyan police used water cannon to disperse the crowd and arrested about 20 people, an official said.")
    assert [e for e in doc.events if e.cameo == "173" and e.source_country == "KEN"], dump(doc)
    assert [e for e in doc.events if e.cameo == "175"], dump(doc)


def test_arrested_and_detained_stay_one_arrest():   # guard: one act told twice
    doc = _doc("Police arrested and detained 12 students in Nairobi.")
    assert len([e for e in doc.events if e.cameo == "173"]) == 1, dump(doc)


# ---------------------------------------------------------------- B. non-verbs read as triggers
def test_byline_date_is_no_march():
    doc = _doc("Ghana and Togo sign pact\n\nBy our staff\nMarch 3, 2024\n\nACCRA - Ghana and Togo signed a pact on Sunday.")
    assert not [e for e in doc.events if e.root == "14"], dump(doc)
    assert [e for e in doc.events if e.cameo == "057"], dump(doc)


def test_date_line_before_a_real_march_keeps_the_march():   # guard
    doc = _doc("March 3, 2024: Hundreds of students marched to parliament in Accra.")
    assert [e for e in doc.events if e.cameo == "141"], dump(doc)


def test_march_headline_stays_a_protest():   # guard: a capitalised march that is no date
    doc = _doc("Thousands of workers march in Paris against pension reform")
    assert [e for e in doc.events if e.cameo == "141"], dump(doc)


def test_the_clear_priorities_is_no_080():
    doc = _doc("\"Building trust with our neighbours is one of the clear priorities of our foreign policy,\" the "
               "minister was quoted as saying by state media.")
    assert not [e for e in doc.events if e.cameo == "080"], dump(doc)


def test_the_permit_is_no_080():
    doc = _doc("Danish police said the permit covered a small gathering outside parliament.")
    assert not [e for e in doc.events if e.trigger.lower().startswith("permit")], dump(doc)


def test_verb_permit_stays():   # guard: the verb after a modal
    doc = _doc("The junta will permit opposition parties to contest the vote.")
    assert [e for e in doc.events if e.trigger.lower().startswith("permit")], dump(doc)


# ---------------------------------------------------------------- C. subject before a relative clause
def test_head_noun_after_name_before_relative_clause_keeps_subject():
    doc = _doc("Lebanon's Hezbollah movement, which has fought Israel since 2012, welcomed the deal.")
    assert [e for e in doc.events if e.cameo == "051" and e.source_country == "LBN"], dump(doc)


def test_relative_clause_subject_without_head_noun_stays():   # guard
    doc = _doc("Sudan's army, which has fought the Rapid Support Forces since April, welcomed the ceasefire.")
    assert [e for e in doc.events if e.cameo == "051" and e.source_country == "SDN"], dump(doc)
