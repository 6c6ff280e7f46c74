"""Session 20, ENA: English leftovers of session 19 ("Congress" in another country's story, "pushed back", "sent
military advisers to X", "Prime Minister <surname>").  Own sentences; each cause has a guard."""
from __future__ import annotations

from tests.events_helpers import full, find, show


def _codes(doc):
    return sorted(a.code for a in doc.actors)


# ---- a. "Congress" alone in a story on a country whose legislature is so called
def test_congress_in_a_peru_story_is_peru_legislature():
    d = full("LIMA, March 3 - Peru's Congress voted on Thursday to open an impeachment inquiry against the president.")
    assert "PERLEG" in _codes(d) and "USALEG" not in _codes(d), _codes(d)


def test_clash_near_congress_targets_police_not_us_congress():
    d = full("BOGOTA, March 3 - Colombian students marched through Bogota on Wednesday. Hundreds of them clashed with "
             "police near Congress in the evening, throwing stones.")
    assert not [e for e in d.events if "USA" in ((e.source_code or "") + (e.target_code or ""))], show(d)
    assert find(d, "19", "*", "COLCOP"), show(d)


def test_dateline_decides_between_two_congress_countries():
    d = full("LIMA, March 3 - Mexico's president criticised Peru again on Tuesday, and Mexico recalled its envoy. "
             "Mexican officials said Mexico would not change course. Congress in Peru called the remarks meddling.")
    assert "PERLEG" in _codes(d), _codes(d)


def test_guard_congress_in_a_us_story_stays_us():
    d = full("WASHINGTON, March 3 - Congress passed a bill on Thursday imposing new sanctions on Iran.")
    assert find(d, "163", "USALEG", "IRN"), show(d)


def test_guard_congress_in_a_story_on_an_unlisted_country_stays_us():
    d = full("BEIJING, March 3 - China criticised Congress on Friday after the vote on Taiwan.")
    assert "USALEG" in _codes(d), _codes(d)


# ---- b. "pushed back": migrants 174, protesters 175, "pushed back against" no pushback
def test_pushed_back_migrants_is_expulsion():
    d = full("ATHENS, March 3 - Greek coast guards pushed back dozens of migrants across the sea border on Tuesday.")
    assert find(d, "174", "GRCMIL"), show(d)
    assert not find(d, "19"), show(d)


def test_pushed_protesters_back_is_repression():
    d = full("NAIROBI, March 3 - Kenyan police pushed the protesters back with tear gas outside parliament.")
    assert find(d, "175", "KENCOP", "KENCVL"), show(d)
    assert not find(d, "050"), show(d)   # "back" here is the adverb, no support


def test_guard_pushed_back_against_a_plan_is_no_pushback():
    d = full("LONDON, March 3 - Rights groups pushed back against the government's plan to deport migrants.")
    assert not find(d, "174") and not find(d, "175"), show(d)


def test_guard_back_as_a_verb_still_supports():
    d = full("PARIS, March 3 - France and Germany back the plan to send more aid to Sudan.")
    assert find(d, "050", "FRA") and find(d, "050", "DEU"), show(d)


# ---- c. "sent military advisers to X": the bare role before the object word is no target
def test_military_advisers_to_mali_target_mali():
    d = full("MOSCOW, March 3 - Russia sent military advisers to Mali last year.")
    assert find(d, "072", "RUS", "MLI"), show(d)
    assert not find(d, "07", "*", "MLIMIL"), show(d)


def test_army_instructors_to_country():
    d = full("ANKARA, March 3 - Turkey sent army instructors to Somalia in January.")
    assert find(d, "072", "TUR", "SOM"), show(d)


def test_guard_advisers_as_subject_keep_their_role():
    d = full("BAMAKO, March 3 - Russian military advisers trained Malian soldiers near Gao.")
    assert [e for e in d.events if e.source_code == "RUSMIL"], show(d)


# ---- d. "Prime Minister Kishida": a title before a listed person's surname
def test_title_and_surname_of_a_listed_leader():
    d = full("The US ambassador to Japan met Prime Minister Kishida on Tuesday.", published_at="2023-03-03")
    assert find(d, "040", "USAGOV", "JPNGOV"), show(d)
    assert [a for a in d.actors if a.entity_id == "P.kishida"], _codes(d)


def test_title_and_surname_in_a_story_datelined_elsewhere():
    d = full("WASHINGTON, March 3 - Senators said on Friday that President Biden had called Prime Minister Sunak.",
             published_at="2023-03-03")
    assert [a for a in d.actors if a.code == "GBRGOV" and a.entity_id == "P.sunak"], _codes(d)


def test_guard_title_and_unknown_surname_stays_countryless():
    d = full("The foreign minister's office said Prime Minister Smithers criticised Iran on Monday.",
             published_at="2023-03-03")
    assert not [a for a in d.actors if (a.code or "").endswith("GOV") and a.country and "Smithers" in
                d.text[a.spans[0][0]:a.spans[0][1]]], _codes(d)


def test_guard_title_and_surname_outside_the_term():
    # session 21 GAPE: "Kishida" is now an alias of P.kishida, so "Prime Minister Kishida" after the term behaves as
    # "Prime Minister Fumio Kishida" always did (the text's title says what the person is: JPNGOV); the bare surname
    # after the term is the bare country, never the dated GOV role
    d = full("The US ambassador met Kishida on Tuesday.", published_at="2026-03-03")
    assert not [a for a in d.actors if a.code == "JPNGOV"], _codes(d)
    assert [a for a in d.actors if a.code == "JPN" and a.entity_id == "P.kishida"], _codes(d)


# ---- f. "the Commission" after "the European Commission": the organisation named before (English head noun)
def test_the_commission_is_the_european_commission():
    d = full("BEIJING, March 3 - The European Commission imposed duties on Chinese electric cars on Monday. Germany "
             "criticised the move and urged the Commission to find a negotiated solution.")
    assert find(d, "02", "*", "IGOEUREEC"), show(d)
    assert not [a for a in d.actors if a.code is None and "Commission" in d.text[a.spans[0][0]:a.spans[0][1]]]


def test_the_court_is_the_international_court_named_before():
    d = full("THE HAGUE, March 3 - The International Court of Justice opened hearings on Tuesday. Venezuela "
             "criticised the Court on Wednesday.")
    assert find(d, "111", "VEN", "IGOUNOJUD"), show(d)


def test_guard_lower_case_commission_is_no_name():
    d = full("BRUSSELS, March 3 - The European Commission imposed duties on Chinese cars on Monday. In Nairobi, "
             "lawmakers urged the electoral commission to publish the results.")
    assert not find(d, "02", "*", "IGOEUREEC"), show(d)


def test_guard_that_clause_of_the_next_verb_is_not_the_target():
    d = full("BRUSSELS, March 3 - The European Commission imposed duties on Chinese cars on Monday. European farm "
             "groups condemned the Chinese probe as retaliation and demanded that the Commission respond.")
    assert not find(d, "111", "*", "IGOEUREEC"), show(d)


# ---- f. English criminal groups: "gangs", "armed gangs", "smugglers" are CRM (the PHOENIX rows are low-priority)
def test_armed_gangs_are_criminals():
    d = full("PORT-AU-PRINCE, March 3 - Armed gangs kidnapped six nurses east of the capital on Monday.")
    assert [e for e in d.events if e.cameo.startswith("181") and (e.source_code or "").endswith("CRM")], show(d)


def test_police_blamed_the_gang():
    d = full("PORT-AU-PRINCE, March 3 - Police blamed the 400 Mawozo gang for the killings on Tuesday.")
    assert [e for e in d.events if e.cameo.startswith("112") and (e.target_code or "").endswith("CRM")], show(d)


def test_guard_gunmen_stay_unidentified():
    d = full("PORT-AU-PRINCE, March 3 - Gunmen kidnapped six nurses east of the capital on Monday.")
    assert not [e for e in d.events if (e.source_code or "").endswith("CRM")], show(d)


# ---- f. "called on the two neighbours to settle …": the pair of the story is the appeal's target, one event each
def test_pair_object_of_an_appeal_recoded_on_its_content():
    d = full("ADDIS ABABA, March 3 - Ethiopia accused Somalia of meddling on Monday. The African Union chairman "
             "called on the two neighbours to settle their dispute through talks.")
    assert find(d, "10", "IGOAFRAFU", "ETH") and find(d, "10", "IGOAFRAFU", "SOM"), show(d)


def test_guard_pair_without_an_earlier_dyad():
    d = full("ADDIS ABABA, March 3 - The African Union chairman called on the two neighbours to settle their "
             "dispute through talks.")
    assert not [e for e in d.events if e.target_country], show(d)
