"""Session 25 B12EN (English causes of the twelfth blind test): "warned that X would respond … if …" is the warning
(13) with the condition's target; a country named only in an "if" / "unless" clause is not a side's; an actor or a
place after "suspected of" / "accused of" is the charge's, not the arrested; "close its crossings if … on its border
with X" threatens X; "spies" / "influence" as nouns are no events; "World | Europe" above a headline is page chrome;
"decided on Tuesday to close … from Thursday" is dated by the decision.  Sentences written for these tests (none from
the blind articles); each has a guard."""
from __future__ import annotations

from events_helpers import dump, full


def _doc(text, published_at="2024-05-02"):
    return full(text, published_at=published_at)


def _ev(doc, code, src=None, tgt="*"):
    return [e for e in doc.events if e.cameo.startswith(code) and (src is None or e.source_country == src)
            and (tgt == "*" or e.target_country == tgt)]


# ---------------------------------------------------------------- 1. warned that … would respond … if …
def test_warned_that_would_respond_if_is_the_warning():
    doc = _doc("Iran's foreign ministry spokesman warned that Tehran would respond firmly if Israel struck its "
               "nuclear sites.")
    warn = [e for e in _ev(doc, "13", "IRN") if e.trigger.lower().startswith("warn")]
    assert warn and warn[0].target_country == "ISR", dump(doc)
    assert not [e for e in _ev(doc, "13") if e.trigger.startswith("respond")], dump(doc)


def test_warned_that_would_strike_keeps_the_specific_threat():   # guard: a threat more specific than the warning
    doc = _doc("Russia warned that Moscow would strike Kyiv if NATO deployed troops in Ukraine.")
    # (the evidence runs from "warned" since session 30: "warned that Moscow would strike")
    assert [e for e in _ev(doc, "138", "RUS") if e.trigger.endswith("strike")], dump(doc)


def test_warned_that_would_respond_without_condition_unchanged():   # guard: the session-22 reading
    doc = _doc("Azerbaijan warned that Baku would respond to any provocation on the border.")
    assert [e for e in _ev(doc, "13", "AZE") if e.trigger.startswith("warned")], dump(doc)


# ---------------------------------------------------------------- 2. a condition's country is not a side's
def test_unless_clause_country_is_not_the_rebels_country():
    doc = _doc("A rebel group calling itself the Popular Resistance Front said it had attacked an army convoy in the "
               "Tillaberi region on Saturday, and threatened new attacks unless the junta expelled Russian "
               "instructors from Russia.")
    assert [e for e in _ev(doc, "19", "NER") if (e.source_code or "").endswith("REB")], dump(doc)


def test_rebels_with_two_countries_before_the_condition_get_none():   # guard: two countries in the main clause
    doc = _doc("Rebels attacked a convoy carrying Chinese engineers in the Tillaberi region on Saturday.")
    assert not [e for e in _ev(doc, "19") if e.source_country == "CHN"], dump(doc)


# ---------------------------------------------------------------- 3. the charge's actor or place
def test_arrested_men_suspected_of_smuggling_through_a_country():
    doc = _doc("Latvian police said they had detained three men suspected of organising the smuggling of migrants "
               "through Belarus.")
    ev = _ev(doc, "173", "LVA")
    assert ev and ev[0].target_country != "BLR", dump(doc)


def test_arrested_men_accused_of_smuggling_from_a_place():
    doc = _doc("Greek police arrested four men accused of smuggling migrants from Turkey.")
    ev = _ev(doc, "173", "GRC")
    assert ev and ev[0].target_country != "TUR", dump(doc)


def test_arrested_in_a_place_keeps_the_place_target():   # guard: no charge clause
    doc = _doc("Greek police arrested four men in Athens on Monday.")
    assert _ev(doc, "173", "GRC", "GRC"), dump(doc)


def test_arrested_nationals_keep_their_country():   # guard: the nationality before the participle
    doc = _doc("Greek police arrested four Turkish nationals accused of spying.")
    assert _ev(doc, "173", "GRC", "TUR"), dump(doc)


# ---------------------------------------------------------------- 4. border with X
def test_close_crossings_if_on_border_with_country():
    doc = _doc("The prime minister said Latvia was ready to close its crossings if migrants kept arriving at its "
               "border with Belarus.")
    assert _ev(doc, "13", "LVA", "BLR"), dump(doc)


def test_close_crossings_without_a_named_border_has_no_target():   # guard
    doc = _doc("The prime minister said Latvia was ready to close its crossings if migrants kept arriving.")
    assert _ev(doc, "13", "LVA", None), dump(doc)


# ---------------------------------------------------------------- 5. nouns that are no events
def test_not_spies_is_no_spying():
    doc = _doc('"They are drivers doing their jobs, not spies," the minister told reporters in Bamako.')
    assert not _ev(doc, "09"), dump(doc)


def test_spies_on_dissidents_is_an_act():   # guard: the verb
    doc = _doc("The agency spies on dissidents abroad, the report said.")
    assert _ev(doc, "090"), dump(doc)


def test_under_foreign_influence_is_no_support():
    doc = _doc("Guinea quit the bloc on Friday, accusing it of acting under foreign influence.")
    assert not _ev(doc, "05"), dump(doc)


def test_to_influence_the_vote_stays():   # guard: the verb
    doc = _doc("The opposition accused Moscow of trying to influence the election.")
    assert [e for e in _ev(doc, "050") if e.trigger == "influence"], dump(doc)


# ---------------------------------------------------------------- 6. section line above the headline
_STORY = ("World | Africa\n\nSenegal to close border with Mali, accuses Bamako of arming rebels\n\n"
          "DAKAR, May 2 (Marsad) - Senegal's government decided on Thursday to close its border with Mali from "
          "Saturday, accusing Bamako of arming rebels in the south.\n\nThe army said on Wednesday that three "
          "soldiers had been wounded.\n")


def test_section_line_is_chrome_and_headline_merges_with_lead():
    doc = _doc(_STORY)
    assert [s for s in doc.sentences if s.segment_kind == "title" and doc.text[s.start:s.end].startswith("Senegal")]
    # the headline's accusation and closure are the lead's, told again: one event each
    assert len(_ev(doc, "112")) == 1 and _ev(doc, "112", "SEN"), dump(doc)
    assert len(_ev(doc, "17")) == 1, dump(doc)


def test_headline_with_a_bar_and_long_parts_stays_the_title():   # guard: no menu items
    doc = _doc("Senegal closes its border with Mali | Bamako accuses Dakar of a hostile act\n\n"
               "DAKAR, May 2 (Marsad) - Senegal closed its border with Mali on Thursday.\n")
    assert doc.sentences[0].segment_kind == "title", dump(doc)


# ---------------------------------------------------------------- 7. start point "from Thursday"
def test_decided_on_day_to_close_from_day_takes_the_decision_day():
    doc = _doc("Senegal's government decided on Thursday to close its border with Mali from Saturday, accusing "
               "Bamako of arming rebels.", published_at="2024-05-02")
    assert [e.date for e in _ev(doc, "112", "SEN")] == ["2024-05-02"], dump(doc)
    assert [e.date for e in _ev(doc, "17", "SEN")] == ["2024-05-02"], dump(doc)


def test_range_from_day_to_day_still_dates():   # guard: a range is no start point
    doc = _doc("Senegal closed its border with Mali from Monday to Wednesday, accusing Bamako of arming rebels.",
               published_at="2024-05-02")
    assert [e.date for e in _ev(doc, "112", "SEN")] == ["2024-05-01"], dump(doc)


def test_arrested_suspects_in_own_country_place_keeps_the_target():   # guard: the arresting side's own country
    doc = _doc("The interior ministry of Egypt said it had arrested 12 people suspected of sabotage in Alexandria.")
    assert _ev(doc, "173", "EGY", "EGY"), dump(doc)
