"""Session 47 (helper gapen47): English wrong sources / targets and extras, our own sentences.

1. A generational suffix after a family name ("Ferdinand Marcos Jr.") is no family name: a later "Marcos" alone is
   the person (``family_first_en.surname_word``, kind suffix of ``family_first_en.tsv``).
2. "the U.S.-backed coalition", "a U.S.-brokered truce": the second half of a compound adjective split after an
   abbreviation's period is no trigger (``events._find_triggers``), as "UN-backed" is not.
3. Two verb events of two sentences and two verbs whose sources are two named persons of one code are two acts
   (``events._other_persons``), not one told again.
4. A surname two coded persons of one country bear is the one named in full last before it
   (``actors._shared_surnames_en``); two countries' bearers stay unlinked (guard).
5. An unknown name right before "of the" + a coded body is its member ("Kim of the People Power Party",
   ``actors._name_of_body_en``).
6. A short surname ending a clause after a past verb ("He congratulated Lee.") links to a person of a country.
7. A list's predicates after a pronoun subject told in the sentence before, and the list's last predicate (a past
   form after "and") have the list's subject (``clause_subject_en._listed`` / ``_list_last``); a bare verb after
   "and" stays the infinitive's (guard).
8. Nouns that name things (``noun_compound_en.tsv``): founding treaty, support office / measures, task force, swap
   line, inner circle, the full target, election defeats.
9. A titled name with a bare state role and no country takes the home story's country (``actors._home_story_names_en``);
   not after a sentence of another country (guard); a home-coded person is no other named person (guard).
10. '"…," he said' after "Minister X criticised Vance's tone": X speaks (``quotes._opening_person``).
11. A pronoun opening a paragraph after one that ends with someone's quoted words goes on with that speaker
    (``english.pronoun_subject``; a paragraph with no quote still stops it: test_events_session11_en5).
12. "both men" after a target-less act: the two persons named last, of one country (``pair_anaphora.pair_persons``);
    two countries are left (guard).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 generational suffix
def test_surname_after_a_suffixed_full_name_is_the_person():
    got, evs = _with("MANILA, March 3 (Marsad) - Philippine President Ferdinand Marcos Jr. opened a new bridge on "
                     "Monday. Marcos later accused China of harassing Filipino fishermen near the shoal.", "accused",
                     "2025-03-03")
    assert got and got[0].source_country == "PHL", _dump(evs)


def test_surname_word_leaves_the_suffix_off():
    from marsad.coding.family_first_en import surname_word
    assert surname_word("Ferdinand Marcos Jr.") == "Marcos"
    assert surname_word("John Smith III") == "Smith"
    assert surname_word("Moon Jae-in") == "Moon"


# ----------------------------------------------------------------------------- 2 compound adjective
def test_us_backed_is_no_support_event():
    got, evs = _with("The U.S.-backed coalition said on Tuesday that the rebels had shelled the port.", "backed",
                     "2025-03-04")
    assert not got, _dump(evs)


def test_us_brokered_is_no_mediation_event():
    got, evs = _with("A U.S.-brokered truce between the two militias took effect on Monday.", "brokered",
                     "2025-03-04")
    assert not got, _dump(evs)


def test_backed_after_a_space_hyphen_is_still_a_verb():
    got, evs = _with("France backed the plan on Tuesday - and Germany welcomed it.", "backed", "2025-03-04")
    assert got and got[0].cameo[:2] == "05", _dump(evs)


# ----------------------------------------------------------------------------- 3 two persons, two acts
def test_two_ministers_rejections_are_two_events():
    _, evs = _with("MANILA, March 6 (Marsad) - Philippine Foreign Secretary Enrique Manalo dismissed claims that "
                   "the vote was rigged on Thursday. Philippine Defence Secretary Gilberto Teodoro rejected the claim "
                   "on Thursday.",
                   "rejected", "2025-03-06")
    got = [e for e in evs if e.cameo[:2] == "12"]
    assert len(got) == 2, _dump(evs)


# ----------------------------------------------------------------------------- 4 a surname two coded persons bear
_FAMILY = ("MANILA, March 3 (Marsad) - Philippine Vice President Ana Reyes told a rally on Monday that the audit "
           "was a plot. At the rally, Reyes accused the ruling bloc of a smear campaign. Her uncle, former Philippine "
           "President Tomas Reyes, is also under audit.")


def test_surname_of_two_coded_relatives_is_the_one_named_before():
    got, evs = _with(_FAMILY, "accused", "2025-03-03")
    assert got and got[0].source_country == "PHL", _dump(evs)


def test_surname_of_two_countries_persons_stays_unlinked():
    text = ("SEOUL, March 3 (Marsad) - South Korean Foreign Minister Park Jin met Malaysian Trade Minister Ahmad "
            "Park on Monday. Park accused the rival party of stalling the bill.")
    got, evs = _with(text, "accused", "2025-03-03")
    assert got and got[0].source_country is None, _dump(evs)


# ----------------------------------------------------------------------------- 5 "NAME of (the) BODY"
def test_unknown_name_of_a_party_is_its_member():
    text = ("SEOUL, June 4 (Marsad) - The budget passed with 150 votes, against 90 for Park Min-gyu of the People "
            "Power Party. Park criticised the budget on Wednesday, saying it ignored farmers. The United States, Japan "
            "and China made no comment.")
    got, evs = _with(text, "criticised", "2025-06-04")
    assert got and got[0].source_country == "KOR", _dump(evs)


# ----------------------------------------------------------------------------- 6 a short surname ending a clause
def test_short_surname_object_at_the_clause_end():
    text = ("SEOUL, June 4 (Marsad) - South Korean President Lee Jae-myung took office on Wednesday. Opposition "
            "leader Park Min-gyu of the People Power Party phoned the palace and congratulated Lee.")
    got, evs = _with(text, "congratulated", "2025-06-04")
    assert got and got[0].target_country == "KOR", _dump(evs)


# ----------------------------------------------------------------------------- 7 a list after "It"; its last item
_LIST = ("ADDIS ABABA, April 30 (Marsad) - The African Union said on Wednesday that the vote in Chad had been "
         "orderly. It thanked the observers, urged the new Chadian authorities to free detained reporters and "
         "pledged aid for the electoral commission.")


def test_list_predicate_after_a_pronoun_subject_told_in_the_sentence_before():
    got, evs = _with(_LIST, "urged", "2025-04-30")
    assert got and got[0].source_code == "IGOAFRAFU", _dump(evs)


def test_last_predicate_of_a_list_has_the_lists_subject():
    got, evs = _with(_LIST, "pledged", "2025-04-30")
    assert got and got[0].source_code == "IGOAFRAFU", _dump(evs)


def test_bare_verb_after_and_stays_the_infinitives():
    got, evs = _with("The African Union thanked the observers, urged the Chadian authorities to free detained "
                     "reporters and release jailed opposition leaders.", "release", "2025-04-30")
    assert not got or got[0].source_code != "IGOAFRAFU" or "list-last" not in got[0].rule, _dump(evs)


# ----------------------------------------------------------------------------- 8 nouns that name things
def test_founding_treaty_is_no_founding():
    got, evs = _with("Lithuania cited Article 5 of the alliance's founding treaty on Friday.", "founding", "2025-05-02")
    assert not got, _dump(evs)


def test_support_office_and_measures_are_no_support():
    got, evs = _with("The United Nations will open a support office in Bangui, and trade officials discussed support "
                     "measures for exporters on Friday.", "support", "2025-05-02")
    assert not got, _dump(evs)


def test_task_force_and_swap_line_are_no_events():
    _, evs = _with("The president set up an economic task force on Friday, and the central bank agreed a currency "
                   "swap line with Beijing.", "task", "2025-05-02")
    assert not [e for e in evs if e.trigger.startswith(("task", "swap"))], _dump(evs)


def test_election_defeat_is_no_armed_defeat():
    got, evs = _with("The prime minister quit on Friday after two election defeats.", "defeat", "2025-05-02")
    assert not got, _dump(evs)


def test_inner_circle_and_full_target_are_no_attacks():
    _, evs = _with("Rome refused to sign up to the full target, and the probe reached the premier's inner circle.",
                   "target", "2025-05-02")
    assert not [e for e in evs if e.cameo[:2] == "19"], _dump(evs)


# ----------------------------------------------------------------------------- 9 a titled name of a home story
_HOME = ("SACRAMENTO, June 9 (Marsad) - Protesters marched through downtown Los Angeles for a third day on Monday. "
         "President Donald Trump sent 2,000 National Guard troops to the city over the objections of Governor Maria "
         "Delgado.  Delgado on Sunday asked Defense Secretary Pete Hegseth to withdraw the troops. Police in San "
         "Diego and Fresno reported calm streets.")


def test_titled_name_without_country_takes_the_home_story_country():
    got, evs = _with(_HOME, "asked", "2025-06-09")
    assert got and got[0].source_country == "USA", _dump(evs)


def test_titled_name_after_a_sentence_of_another_country_is_left():
    text = ("BEIJING, June 11 (Marsad) - China said on Wednesday it would answer the new duties. Beijing's "
            "commerce ministry called them unfair, and Chinese state media said China would not back down. "
            "Germany criticised the duties. Economy Minister Jonas Feld warned that a trade war would hurt both "
            "sides.")
    got, evs = _with(text, "warned", "2025-06-11")
    assert got and got[0].source_country != "CHN", _dump(evs)


def test_home_coded_official_is_no_other_named_person():
    text = ("BRASILIA, Jan 9 (Marsad) - Brazil's top court suspended a state governor on Monday over the riots. "
            "Governor Paulo Rocha of the Federal District apologised to President Luiz Inacio Lula da Silva in a "
            "video posted on Monday.")
    got, evs = _with(text, "apologised", "2023-01-09")
    assert got and got[0].target_country == "BRA", _dump(evs)


# ----------------------------------------------------------------------------- 10 "…," he said after a named subject
def test_quote_pronoun_speaker_is_the_opening_person_not_a_person_in_its_predicate():
    text = ("LISBON, March 29 (Marsad) - President Donald Trump said on Thursday that Portugal was not paying its "
            "share for the base in the Azores.\n\nPortuguese Foreign Minister Rui Matos criticised Trump's remarks in a "
            "video on Saturday. \"This is not how you treat an ally,\" he said. He offered to discuss a larger U.S. "
            "presence at the base.")
    got, evs = _with(text, "offered", "2025-03-29")
    assert got and got[0].source_country == "PRT", _dump(evs)


# ----------------------------------------------------------------------------- 11 a pronoun opening a paragraph
def test_pronoun_opening_a_paragraph_after_a_quote_is_its_speaker():
    text = ("LIMA, May 5 (Marsad) - Peruvian President Jose Ramos rejected the opposition's demands on Monday. "
            "\"We will not be blackmailed,\" he said.\n\nHe accused Congress of blocking the budget for political "
            "gain.")
    got, evs = _with(text, "accused", "2025-05-05")
    assert got and got[0].source_country == "PER", _dump(evs)


# ----------------------------------------------------------------------------- 12 "both men" as the object
def test_both_men_are_the_two_persons_named_last():
    text = ("BUENOS AIRES, Oct 27 (Marsad) - U.S. President Donald Trump said Argentina's President Javier Milei had "
            "done a great job. Secretary of State Marco Rubio also hailed the vote. Milei thanked both men on "
            "Monday.")
    got, evs = _with(text, "thanked", "2025-10-27")
    assert got and got[0].target_country == "USA", _dump(evs)


def test_both_men_of_two_countries_are_left():
    text = ("KYIV, Oct 27 (Marsad) - French President Emmanuel Macron and German Chancellor Friedrich Merz "
            "visited the city on Sunday. Ukrainian President Volodymyr Zelensky thanked both men on Monday.")
    got, evs = _with(text, "thanked", "2025-10-27")
    assert not got or got[0].target_country in (None, "FRA", "DEU"), _dump(evs)
