"""Session 49 (helper gapen49): English wrong sources / targets and misses, our own sentences.

1. Page chrome above an English lead hid its dateline (``clean``, ``ingest/patterns.yaml``): a photo's caption (a
   short line turned caption by the credit line after it) was taken as the first body line; "Lima | Updated: …"
   (a place before the stamp) and "By X | Tuesday, May 6, 2025, 9:15 PM" (a weekday, a time) were no chrome lines.
   With the dateline read, a home story's bare roles take its country (``home_country``).
2. A bare state role (government, opposition, lawmakers, party, courts; police / army only when that country is the
   story's most named) in a sentence naming no country takes the country named last before it, in the same paragraph,
   by a sentence naming that country alone (``bare_role_en.apply``); not an indefinite "a spokesman" (guards).
3. A country's party, opposition or legislators welcoming, demanding, criticising, rejecting or warning with no one
   named act on their own country (``bare_role_en.party_own_target``); not on a pronoun object (guard).
4. An unknown person of a story its dateline's country leads (the most named, the lead naming no other country, the
   headline naming it) takes that country (``actors._home_story_names_en``); not under a headline naming no country.
5. A bare party, opposition or legislature acting on a state body or office holder of one country is that country's
   (``bare_role_en.party_state_source``); not in a sentence naming another country (guard).
6. A chain of pronouns: "He" whose antecedent is out of reach takes the "He" resolved in the sentences before
   (``english.pronoun_subject``).
7. A home source's criticism, warning, demand … naming no side in a story its country only leads targets the home
   country too (``domestic_target_en``; before, home stories only).
"""
from marsad.model import Document
from marsad.pipeline import PipelineConfig
from marsad.stages.clean import CleanStage

from test_gapen34_s34 import _dump, _with


def _segments(text):
    doc = Document(id="t", text=text)
    CleanStage(PipelineConfig(captions=True))(doc)
    return [(s.kind, text[s.start:s.end]) for s in doc.segments]


# ----------------------------------------------------------------------------- 1 chrome above the dateline
_LEAD = ("LIMA, May 6 (Marsad) - Peru's Congress voted on Tuesday to remove the interior minister over a wave of "
         "extortion killings in the capital.\n\n")
_BODY = ("Police detained two suspects in the killing of a bus driver on Monday night.\n\n"
         "Opposition lawmakers demanded that the government declare a state of emergency.\n")


def test_caption_above_the_lead_keeps_the_dateline():
    text = ("Congress votes out Peru's interior minister\n\n"
            "Lawmakers vote in the chamber in Lima on Tuesday.\nPhoto: Marsad / Reuters\n\n" + _LEAD + _BODY)
    kinds = _segments(text)
    assert ("dateline", "LIMA, May 6 (Marsad) -") in kinds, kinds


def test_place_before_an_update_stamp_is_chrome():
    text = "Congress votes out Peru's interior minister\n\nLima | Updated: May 6, 2025, 10:05 PET\n\n" + _LEAD + _BODY
    kinds = _segments(text)
    assert kinds[1][0] == "other" and ("dateline", "LIMA, May 6 (Marsad) -") in kinds, kinds


def test_byline_with_a_weekday_and_a_time_is_chrome():
    text = ("Congress votes out Peru's interior minister\n\nBy Marsad staff | Tuesday, May 6, 2025, 9:15 PM\n\n"
            + _LEAD + _BODY)
    kinds = _segments(text)
    assert kinds[1][0] == "other" and ("dateline", "LIMA, May 6 (Marsad) -") in kinds, kinds


def test_home_story_roles_after_a_stamp_line():
    text = "Congress votes out Peru's interior minister\n\nLima | Updated: May 6, 2025, 10:05 PET\n\n" + _LEAD + _BODY
    got, evs = _with(text, "demanded", "2025-05-06")
    assert got and got[0].source_country == "PER", _dump(evs)


# ----------------------------------------------------------------------------- 2 bare roles: the country told last
def test_bare_roles_take_the_country_named_before():
    text = ("Kenya's parliament will vote next week on a new finance bill that raises taxes on mobile money. "
            "Opposition lawmakers demanded on Tuesday that the government withdraw the tax increases.")
    got, evs = _with(text, "demanded", "2025-05-06")
    assert got and got[0].source_code == "KENOPP" and got[0].target_code == "KENGOV", _dump(evs)


def test_bare_police_stay_bare_when_a_foreign_country_was_named_last_guard():
    text = ("Armenia's prime minister spoke in parliament on Monday about the border talks. "
            "Armenian officials said the talks in Yerevan would go on. Azerbaijan's foreign ministry declined to "
            "comment. Police detained 14 people outside the building.")
    got, evs = _with(text, "detained", "2025-05-06")
    assert got and got[0].source_code == "COP", _dump(evs)


def test_bare_role_in_a_sentence_naming_a_country_stays_guard():
    text = ("Kenya's parliament will vote next week on a new finance bill. "
            "Opposition lawmakers accused the government of bowing to the International Monetary Fund in Uganda.")
    got, evs = _with(text, "accused", "2025-05-06")
    assert got and ":src-prev-named" not in got[0].rule, _dump(evs)


def test_indefinite_role_stays_bare_guard():
    text = ("Kenyan officials met in Nairobi on Monday to discuss the finance bill. "
            "Later, a government spokesman criticised the protests.")
    got, evs = _with(text, "criticised", "2025-05-06")
    assert got and got[0].source_code == "GOV", _dump(evs)


def test_definite_role_takes_the_country_named_before():
    text = ("Kenyan officials met in Nairobi on Monday to discuss the finance bill. "
            "Later, the government spokesman criticised the protests.")
    got, evs = _with(text, "criticised", "2025-05-06")
    assert got and got[0].source_code == "KENGOV", _dump(evs)


# ----------------------------------------------------------------------------- 3 a party's act on its own country
def test_opposition_party_welcome_targets_its_own_country():
    got, evs = _with("Chile's main opposition party welcomed the ruling on Thursday.", "welcomed", "2025-05-06")
    assert got and got[0].source_country == "CHL" and got[0].target_code == "CHL", _dump(evs)


def test_legislator_demand_targets_its_own_country():
    got, evs = _with("A senior Brazilian senator demanded a full inquiry into the spending.", "demanded",
                     "2025-05-06")
    assert got and got[0].source_country == "BRA" and got[0].target_country == "BRA", _dump(evs)


def test_party_act_on_a_pronoun_stays_open_guard():
    text = ("The European Union and Mercosur signed a trade pact on Friday. "
            "France's far-right National Rally party denounced it on Saturday.")
    got, evs = _with(text, "denounced", "2025-05-06")
    assert got and ":tgt-own-party" not in got[0].rule, _dump(evs)


# ----------------------------------------------------------------------------- 4 a person in a story its country leads
_LED = ("{head}\n\nLIMA, May 6 (Marsad) - Peru's Congress voted on Tuesday to remove the interior minister over a "
        "wave of extortion killings in the capital.\n\nRosa Quispe welcomed the vote on Wednesday and demanded a new "
        "cabinet.\n\nChile and Bolivia said they were watching the crisis closely. Ecuador and Colombia also voiced "
        "concern. Chile's foreign minister called for calm.\n")


def test_unknown_person_of_a_story_the_home_country_leads():
    got, evs = _with(_LED.format(head="Peru's Congress ousts interior minister after extortion killings"),
                     "welcomed", "2025-05-07")
    assert got and got[0].source_country == "PER", _dump(evs)


def test_unknown_person_stays_when_the_headline_names_no_country_guard():
    got, evs = _with(_LED.format(head="Congress ousts interior minister after extortion killings"), "welcomed",
                     "2025-05-07")
    assert got and not got[0].source_country, _dump(evs)


# ----------------------------------------------------------------------------- 5 legislators facing their own state
def test_bare_lawmakers_accusing_a_head_of_state_are_of_its_country():
    got, evs = _with("Conservative lawmakers accused Colombian President Gustavo Petro of weakening the army.",
                     "accused", "2025-05-07")
    assert got and got[0].source_code == "COLLEG", _dump(evs)


def test_bare_lawmakers_in_a_sentence_naming_another_country_stay_guard():
    got, evs = _with("Lawmakers in Madrid accused Colombian President Gustavo Petro of weakening the army.",
                     "accused", "2025-05-07")
    assert got and not (got[0].source_code or "").startswith("COL"), _dump(evs)


# ----------------------------------------------------------------------------- 6 a chain of pronouns
def test_pronoun_chain_takes_the_pronoun_resolved_before():
    text = ("Chilean President Gabriel Boric criticised the court ruling on Monday. He accused the judges of ignoring "
            "the evidence. \"We will not give up,\" he said. He also urged Argentina to extradite the two suspects.")
    got, evs = _with(text, "urged", "2025-05-07")
    assert got and got[0].source_country == "CHL" and got[0].target_country == "ARG", _dump(evs)


# ----------------------------------------------------------------------------- 7 a home act in a story home leads
def test_home_leaders_criticism_in_a_story_the_home_country_leads_targets_home():
    text = _LED.format(head="Peru's Congress ousts interior minister after extortion killings").replace(
        "Rosa Quispe welcomed the vote on Wednesday and demanded a new cabinet.",
        "President Dina Boluarte criticised the decision on Wednesday.").replace(
        "called for calm.", "called for calm in Santiago. Chilean President Gabriel Boric said Chile would help.")
    got, evs = _with(text, "criticised", "2025-05-07")
    assert got and got[0].source_country == "PER" and got[0].target_code == "PER", _dump(evs)
