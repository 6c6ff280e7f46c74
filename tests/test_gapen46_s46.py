"""Session 46 (helper gapen46): English precision and recall of the in-sample gold, our own sentences.

1. An unknown English name in a story of the dateline's country (its country at least 0.6 of the countries named)
   takes that country when the sentence naming the person first names no other (``actors._home_story_names_en``);
   the bare roles of its sentence still get the home country (``home_country._counts`` does not count it).
2. A Latin capital after a lower-case word ends a sentence; a quote's "he" after a quotation of several sentences is the
   person before the quotation; "Vice President" is a title.
3. Thing nouns after a possessive ("their resolve") and others (``noun_compound_en.tsv``); act nouns keep their reading.
4. "young men" are a crowd; 5. "a government spokesman" is a "he"; 6. people killed are civilians.
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 unknown names of a home story
_WARSAW = ("WARSAW, March 3 (Marsad) - Poland's ruling coalition faced a new crisis on Monday over the budget. "
           "Tomasz Wrona, a veteran of the Solidarity years, accused the finance ministry of hiding the "
           "deficit figures. Wrona rejected suggestions that he would leave the coalition.")


def test_unknown_name_of_a_home_story_takes_the_home_country():
    got, evs = _with(_WARSAW, "accused", "2025-03-03")
    assert got and got[0].source_country == "POL", _dump(evs)
    got, evs = _with(_WARSAW, "rejected", "2025-03-03")
    assert got and got[0].source_country == "POL", _dump(evs)


def test_a_name_after_a_possessive_title_is_the_owners():
    got, evs = _with("LIMA, March 3 (Marsad) - Peru's main opposition party demanded the minister's resignation on "
                     "Monday. Its leader Rosa Quispe warned that the party would call a strike.", "warned", "2025-03-03")
    assert got and (got[0].source_code or "").endswith("PTY"), _dump(evs)


def test_unknown_name_first_named_beside_another_country_stays_unknown():
    got, evs = _with("WARSAW, March 3 (Marsad) - Poland's ruling coalition faced a new crisis on Monday over the "
                     "budget, and Polish lawmakers met for hours. Jonas Petraitis, speaking at a conference in "
                     "Vilnius, criticised the budget plan. Poland's president signed the plan into law. Polish "
                     "unions welcomed it.", "criticised", "2025-03-03")
    assert got and got[0].source_country is None, _dump(evs)


def test_vice_president_keeps_the_nationality_before_it():
    got, evs = _with("Peruvian Vice-President Ana Torres criticised the new mining law on Friday.", "criticised",
                     "2025-03-03")
    assert got and got[0].source_code == "PERGOV", _dump(evs)


# ----------------------------------------------------------------------------- 2 a platform's letter, a quote's speaker
def test_a_capital_letter_after_a_lower_case_word_ends_the_sentence():
    from marsad.lang.split import split_sentences
    text = "The minister posted the video on X. He urged voters to stay calm."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The minister posted the video on X.", "He urged voters to stay calm."]
    text = "President George W. Bush met him on Monday. Written by J. Smith."
    assert [text[a:b] for a, b in split_sentences(text)][0] == "President George W. Bush met him on Monday."
    assert "J. Smith" in text[slice(*split_sentences(text)[-1])]


def test_he_after_a_quotation_of_two_sentences_is_the_person_before_it():
    text = ("Interior Minister Anna Kowalska said on Friday that the ban was lawful. "
            "Senator Mark Ellis condemned the decision on Friday. \"The government has silenced its critics. "
            "That is not how a democracy behaves,\" he wrote on X. He urged Warsaw to reverse course.")
    got, evs = _with(text, "urged", "2025-03-03")
    assert got and got[0].source_code != "POLGOV", _dump(evs)
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)(text, published_at="2025-03-03")
    q = next(q for q in doc.quotes if q.cue == "wrote")
    assert text[q.speaker_start:q.speaker_end] == "Senator Mark Ellis", (q, text[q.speaker_start:q.speaker_end])


# ----------------------------------------------------------------------------- 3 a word after a possessive
def test_a_singular_word_after_a_possessive_is_no_verb():
    got, evs = _with("The opposition leader said months of arrests had not broken their resolve.", "resolve",
                     "2025-03-03")
    assert not got, _dump(evs)


def test_an_act_noun_after_a_possessive_keeps_its_reading():
    got, evs = _with("The teachers' union renewed its demand that the government raise salaries.", "demand",
                     "2025-03-03")
    assert got, _dump(evs)
    got, evs = _with("Nigerian police detained two Ghanaian traders on Monday. The ministry demanded their release.",
                     "demanded", "2025-03-03")
    assert got and got[0].cameo.startswith("105"), _dump(evs)


# ----------------------------------------------------------------------------- 4 words: crowds, cheering, public money
def test_young_men_are_a_crowd_of_the_story_country():
    got, evs = _with("DAKAR, March 3 (Marsad) - Senegal's government postponed the vote on Monday. In several towns, "
                     "young men threw stones at police and burned tyres.", "threw", "2025-03-03")
    assert got and got[0].source_code == "SENCVL", _dump(evs)


def test_cheering_supporters_and_public_funding_are_no_events():
    got, evs = _with("Addressing cheering supporters in the capital, the president said the country had chosen "
                     "change.", "cheering", "2025-03-03")
    assert not got, _dump(evs)
    got, evs = _with("Voters also rejected a proposal to end public funding for political parties.", "funding",
                     "2025-03-03")
    assert not got, _dump(evs)


def test_a_blow_to_and_decades_of_decline_are_no_events():
    got, evs = _with("Voters rejected the new constitution on Sunday in a blow to the president.", "blow",
                     "2025-03-03")
    assert not got, _dump(evs)
    got, evs = _with("The president said the country would leave decades of decline behind.", "decline",
                     "2025-03-03")
    assert not got, _dump(evs)


# ----------------------------------------------------------------------------- 5 "he" after a body's spokesman
def test_he_after_a_government_spokesman_is_the_spokesman():
    got, evs = _with("N'DJAMENA, March 3 (Marsad) - Chad's main opposition party was banned on Monday. A government "
                     "spokesman rejected claims that the trial was political. He warned that anyone who stirred up "
                     "unrest would be punished.", "warned", "2025-03-03")
    assert got and (got[0].source_code or "").startswith("TCD"), _dump(evs)


# ----------------------------------------------------------------------------- 6 people killed
def test_people_killed_are_the_civilians_of_the_story_country():
    got, evs = _with("NAIROBI, July 9 (Marsad) - Kenyan police fired tear gas at protesters on Wednesday. Several "
                     "people, including a policeman, have been killed in the unrest since June.", "killed",
                     "2025-07-09")
    assert got and got[0].target_code == "KENCVL", _dump(evs)


def test_people_who_killed_stay_the_subject():
    got, evs = _with("NAIROBI, July 9 (Marsad) - Police said armed men killed two people in the town of Narok on "
                     "Tuesday.", "killed", "2025-07-09")
    assert got and got[0].target_code != "CVL" and ":tgt-people" not in got[0].rule, _dump(evs)
