"""Session 17, DSN: the dateline's country in one module (``coding/home_country.py``: bare roles and a bare foreign
ministry), the anaphoric day in the time stage ("later in the day", "في اليوم التالي"), and pages of other sections
(a sports "attack", a market "war", a court's sentence).  Own sentences; each rule has a near-miss guard."""
from __future__ import annotations

import pytest

from tests.events_helpers import find, full


# ---------------------------------------------------------------- home_country: the bare foreign ministry (merged)
def test_arabic_bare_foreign_ministry_takes_the_dateline_country():
    doc = full("الرباط - استدعت وزارة الخارجية أمس السفير الجزائري. وقالت الحكومة إن الرباط ترفض التصريحات.",
               published_at="2026-08-07")
    ev = find(doc, "114", "MARGOV", "DZAGOV")
    assert ev and ":src-home-ministry" in ev[0].rule, [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_arabic_bare_foreign_ministry_dateline_only_guard():
    # Morocco named only in the dateline: where the reporter sits, not a party of the story
    doc = full("الرباط - استدعت وزارة الخارجية أمس السفير الجزائري للاحتجاج على التصريحات.", published_at="2026-08-07")
    assert find(doc, "114", "GOV", "DZAGOV"), [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]
    assert not any(e.source_code == "MARGOV" for e in doc.events)


# ---------------------------------------------------------------- the anaphoric day in the time stage
def _ref(doc, text):
    got = [t for t in doc.timerefs if t.text.lower() == text.lower()]
    assert got, [(t.text, t.value) for t in doc.timerefs]
    return got[0]


def test_later_in_the_day_and_a_chain_of_anaphors_are_the_days_named_before():
    doc = full("Kosovo police arrested two officials on Tuesday in the north. Several thousand Serbs protested in the "
               "town later in the day. The next day, Serbia accused Kosovo of provocations. Later that day the European "
               "Union urged both sides to show restraint.", published_at="2026-10-17")
    assert _ref(doc, "later in the day").value == "2026-10-13"
    assert _ref(doc, "the next day").value == "2026-10-14"
    assert _ref(doc, "later that day").value == "2026-10-14"   # the day of the anaphor before it
    assert find(doc, "14", "SRB", date="2026-10-13"), [(e.cameo, e.source_code, e.date) for e in doc.events]
    assert find(doc, "112", "SRB", "XKX", date="2026-10-14")
    assert find(doc, "02", "IGOEUREEC", date="2026-10-14")


def test_arabic_same_day_and_next_day_in_the_time_stage():
    doc = full("قضت محكمة في الرباط يوم الثلاثاء بسجن ناشطين جزائريين. واستدعت وزارة الخارجية الجزائرية السفير المغربي "
               "في اليوم نفسه. وفي اليوم التالي، استدعت الرباط السفير الجزائري.", published_at="2026-08-07")
    assert _ref(doc, "في اليوم نفسه").value == "2026-08-04"   # (before: "اليوم" alone, the publication day)
    assert _ref(doc, "في اليوم التالي").value == "2026-08-05"
    assert find(doc, "114", "DZAGOV", "MARGOV", date="2026-08-04"), [(e.cameo, e.source_code, e.date) for e in doc.events]
    assert find(doc, "114", "MARGOV", "DZAGOV", date="2026-08-05")


def test_same_day_after_an_explicit_earlier_date_is_that_date_and_background():
    doc = full("The minister met the envoy on March 3, 2019. The same day, protesters marched in the capital.",
               published_at="2026-08-07")
    r = _ref(doc, "the same day")
    assert (r.value, r.basis) == ("2019-03-03", "explicit")
    assert find(doc, "14", date="2019-03-03", historical=True), [(e.cameo, e.date, e.historical) for e in doc.events]


def test_anaphoric_day_without_a_day_before_is_the_publication_day_guard():
    doc = full("Thousands protested in the capital later in the day, witnesses said.", published_at="2026-08-07")
    assert _ref(doc, "later in the day").value == "2026-08-07"
    doc = full("وقال الوزير إن الوفد سيعود في اليوم التالي.", published_at="2026-08-07")
    assert _ref(doc, "في اليوم التالي").value == "2026-08-08"


def test_later_today_stays_the_publication_day_guard():
    # "later today" is deictic (the publication day), not the day named before
    doc = full("Police arrested two men on Monday. The mayor said the council would meet later today.",
               published_at="2026-08-07")
    assert _ref(doc, "later today").value == "2026-08-07"
    assert _ref(doc, "on Monday").value == "2026-08-03"


def test_next_day_or_two_is_no_anaphor_guard():
    doc = full("The storm struck on Monday. Officials expect more rain in the next day or two.", published_at="2026-08-07")
    assert not any(t.value == "2026-08-04" for t in doc.timerefs), [(t.text, t.value) for t in doc.timerefs]


# ---------------------------------------------------------------- pages of other sections (pages_other.yaml causes)
_PRICE_WAR = ("Shares of a Taiwanese display maker fell on Monday as a price war with its Japanese rival deepened. "
              "The battle comes as demand for laptop screens weakens.")


def test_market_war_told_again_is_no_assault():
    doc = full(_PRICE_WAR, published_at="2026-11-26")
    assert not find(doc, "19") and not find(doc, "18"), [(e.cameo, doc.text[e.trigger_start:e.trigger_end])
                                                         for e in doc.events]


def test_battle_without_a_market_war_before_stays_guard():
    doc = full("Troops pushed into the northern suburbs on Monday. The battle killed at least 12 civilians.",
               published_at="2026-11-26")
    assert find(doc, "19"), [(e.cameo, doc.text[e.trigger_start:e.trigger_end]) for e in doc.events]


def test_fight_for_every_contract_is_no_threat():
    doc = full('The chief executive said the company would "fight for every contract" this year.', published_at="2026-11-26")
    assert not find(doc, "13") and not find(doc, "19"), [(e.cameo, e.rule) for e in doc.events]


def test_back_at_the_end_of_a_clause_is_a_particle():
    doc = full('"We are going to win these customers back," the company said.', published_at="2026-11-26")
    assert not find(doc, "05"), [(e.cameo, doc.text[e.trigger_start:e.trigger_end]) for e in doc.events]


def test_back_with_an_object_is_support_guard():
    doc = full("France will back the Moroccan plan for the region, the minister said.", published_at="2026-11-26")
    # ("will back": the intent to support, 032 FRA -> MAR; the event stands)
    assert [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "back" and e.source_code == "FRA"], \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_tightened_export_controls_are_a_sanction():
    doc = full("Washington last month tightened export controls on advanced chips to China.", published_at="2026-11-26")
    assert find(doc, "163", "USAGOV", "CHN"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_tightened_security_is_no_sanction_guard():
    doc = full("The government tightened security around the parliament on Monday.", published_at="2026-11-26")
    assert not find(doc, "16"), [(e.cameo, e.source_code) for e in doc.events]


@pytest.mark.parametrize("text", [
    "He spent four decades at the negotiating table.",
    "Politicians treat compromise as surrender, he said.",
    "He wrote three books on mediation.",
])
def test_nouns_of_an_obituary_are_no_events(text):
    doc = full(text, published_at="2026-11-24")
    assert not [e for e in doc.events if e.root in ("04", "08")], [(e.cameo, e.rule) for e in doc.events]


@pytest.mark.parametrize("text,code", [
    ("The rebels agreed to surrender their weapons.", "0874"),
    ("Qatar offered mediation between the two sides.", "039"),
    ("The two sides were negotiating a ceasefire on Monday.", "046"),
])
def test_the_same_words_as_acts_stay_guard(text, code):
    doc = full(text, published_at="2026-11-24")
    assert find(doc, code), [(e.cameo, e.rule) for e in doc.events]


def test_seized_drugs_at_a_port_are_a_confiscation_not_an_occupation():
    doc = full("Customs officers seized 200 kilograms of heroin hidden in a cargo of tiles at the port of Mersin on Friday.",
               published_at="2026-11-24")
    assert find(doc, "1711") and not find(doc, "192"), [(e.cameo, e.rule) for e in doc.events]


def test_seized_port_is_an_occupation_guard():
    doc = full("Rebels seized the port of Hodeidah on Monday after heavy fighting.", published_at="2026-11-24")
    assert find(doc, "192"), [(e.cameo, e.rule) for e in doc.events]


def test_a_court_sentencing_is_legal_action_and_one_with_the_headline():
    doc = full("Former minister jailed for 12 years in bribery case\n\nNAIROBI (Wire) — A Kenyan court on Tuesday "
               "sentenced a former defence minister to 12 years in prison for taking bribes.", published_at="2026-11-24")
    legal = find(doc, "17")
    assert len(legal) == 1 and legal[0].cameo == "173" and legal[0].source_code == "KENJUD", \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_a_relative_clause_denial_does_not_deny_the_main_clause():
    doc = full("Otieno, who denied the charges throughout the trial, was also fined 50 million shillings.",
               published_at="2026-11-24")
    ev = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "fined"]
    assert ev and not ev[0].negated, [(e.cameo, e.negated, e.rule) for e in doc.events]


def test_a_denial_of_a_clause_inside_the_relative_clause_stays_guard():
    doc = full("Otieno, who denied that police had beaten protesters in the city, resigned on Monday.",
               published_at="2026-11-24")
    beaten = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "beaten"]
    assert beaten and beaten[0].negated, [(e.cameo, e.negated, e.rule) for e in doc.events]
