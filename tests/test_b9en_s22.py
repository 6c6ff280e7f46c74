"""Session 22 B9EN (English causes of the ninth blind test): a future cue of the sentence before a year-less date
does not make the date future; freeze / suspend participation in a bloc (160); the nationality of a passive's
subject after "X said" is the patient's, not the agent's; the place of the first clause before "and said" is that
clause's target; a stative reduced relative ("deployed in X did not") is no 154.  Sentences written for these tests (none from the blind articles); each construction has a guard."""
from __future__ import annotations

from events_helpers import dump, first_coded as _one, full


def _codes(doc, prefix):
    return [e for e in doc.events if e.cameo.startswith(prefix)]


# ---------------------------------------------------------------- 1. a month-day after a future sentence
def test_month_day_after_a_future_sentence_is_this_year():
    ev, doc = _one("The minister said the border crossing would reopen soon.\n\n"
                   "On Jan. 12, rebels attacked an army convoy near Goma.", "19")
    assert ev.date == "2024-01-12", dump(doc)


def test_month_day_after_would_not_be_allowed_is_past():
    ev, doc = _one("Officials said the envoy would not come back. "
                   "On Jan. 20, Indian troops shelled Pakistani posts in Kashmir.", "19")
    assert ev.date == "2024-01-20", dump(doc)


def test_arabic_month_day_after_a_future_sentence_is_this_year():
    ev, doc = _one("وقال الوزير إن المعبر سيفتح قريبا. وفي 12 يناير هاجم مسلحون قافلة للجيش قرب الحدود.", "19")
    assert ev.date == "2024-01-12", dump(doc)


def test_month_day_in_a_future_clause_stays_future():   # guard: the cue in the same sentence
    ev, doc = _one("The foreign minister will visit Cairo on Jan. 10 for talks with Egyptian officials.", "04")
    assert ev.date == "2025-01-10", dump(doc)


def test_month_day_after_an_abbreviation_keeps_the_future_cue():   # guard: "U.S." ends no sentence
    ev, doc = _one("The U.S. envoy will meet the president of Egypt on Jan. 20 in Cairo.", "03")
    assert ev.date == "2025-01-20", dump(doc)


# ---------------------------------------------------------------- 2. freeze / suspend participation
def test_frozen_participation_in_a_bloc_is_160():
    ev, doc = _one("Georgia has frozen its participation in the North Atlantic Treaty Organization, the prime minister "
                   "said on Tuesday.", "160", "GEO")
    assert ev.target_code and ev.target_code.startswith("IGO"), dump(doc)


def test_froze_membership_is_160():
    _one("Hungary froze its membership of NATO on Monday.", "160", "HUN")


def test_suspended_participation_is_160():
    _one("Niger suspended its participation in the African Union on Monday.", "160", "NER")


def test_frozen_aid_stays_162():   # guard: the aid row
    _one("Britain froze aid to Rwanda on Monday.", "162", "GBR", "RWA")


def test_frozen_assets_stay_163():   # guard: the assets row
    _one("The government froze the assets of the former minister.", "163")


def test_frozen_pipes_are_no_event():   # guard: no object of the list
    doc = full("The water froze in the pipes of the old building.", published_at="2024-01-25")
    assert not _codes(doc, "16"), dump(doc)


# ---------------------------------------------------------------- 3. a passive's subject after "X said"
def test_passive_patient_nationality_after_said_is_the_target():
    ev, doc = _one("Police said five Indian masons were shot dead by unidentified gunmen in the Afghan town of Khost.",
                   "1")
    assert ev.target_country == "IND" and ev.source_country != "IND", dump(doc)


def test_labourers_are_a_labour_group():
    ev, doc = _one("Officials said six Bangladeshi labourers were shot dead by unidentified gunmen in Khost.", "1")
    assert ev.target_code == "BGDLAB", dump(doc)


def test_passive_without_said_keeps_its_sides():   # guard: the patient stays the target
    ev, doc = _one("Five Indian masons were shot dead by unidentified gunmen in the Afghan town of Khost.", "1")
    assert ev.target_country == "IND" and ev.source_country == "AFG", dump(doc)


def test_passive_with_a_named_agent_after_said():   # guard: a named by-agent stays the source
    ev, doc = _one("Police said two Kenyan traders were kidnapped by Somali gunmen.", "18")
    assert ev.source_country == "SOM" and ev.target_country == "KEN", dump(doc)


# ---------------------------------------------------------------- 4. place of the first clause before "and said"
def test_recalled_from_capital_and_said_keeps_the_capital_target():
    ev, doc = _one("Morocco recalled its ambassador from Paris and said France's envoy was no longer welcome.",
                   "161", "MAR")
    assert ev.target_country == "FRA", dump(doc)


def test_recall_with_no_place_and_said_has_no_target():   # guard: nothing to fall back on
    ev, doc = _one("Kenya recalled its ambassador and said Uganda's envoy would be expelled.", "161", "KEN")
    assert ev.target_country is None, dump(doc)


def test_recall_with_own_capital_gets_no_own_target():   # guard: the source's own country is no target
    ev, doc = _one("Kenya recalled its ambassador in Nairobi and said Uganda's envoy would be expelled.", "161", "KEN")
    assert ev.target_country is None, dump(doc)


# ---------------------------------------------------------------- 5. a stative reduced relative is no deployment
def test_peacekeepers_deployed_in_a_region_did_not_is_no_154():
    doc = full("Turkish peacekeepers deployed in the area did not stop the fighting.", published_at="2024-01-25")
    assert not _codes(doc, "154"), dump(doc)


def test_soldiers_stationed_in_a_country_would_is_no_event():
    doc = full("Ethiopian troops deployed in Somalia will stay until the end of the year.", published_at="2024-01-25")
    assert not _codes(doc, "154"), dump(doc)


def test_troops_deployed_in_a_country_on_monday_stays():   # guard: the clause's own verb
    _one("Turkish troops deployed in northern Syria on Monday.", "154", "TUR")


def test_deployed_and_would_stays():   # guard: a coordinated verb of its own
    _one("Chad deployed in the region and would stay there for months.", "154", "TCD")
