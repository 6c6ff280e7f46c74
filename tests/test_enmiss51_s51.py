"""Session 51 (helper enmiss51): English gold events missed outright, our own sentences.

1. "welcomed the decision, thanked Ghana and Nigeria for …": a list of predicates -- the first verb's own object
   words closed by a comma, then a past-tense verb -- are two acts, also of one code (``events._comma_listed``, read
   by ``_object_acts`` and ``_conjoined_acts``); the country the next verb names is that verb's object, no place
   target of the first (``english._listed_predicate``).  "welcomed the decision, calling it …" stays one act.
2. Rows (``manual_en.tsv``): chair + meeting /
   session / summit = consult (040), chair + call = 041; open + investigations / inquiries / probes = investigate
   (090, the plural of the old row); repeat / renew + call / appeal = appeal (020); appeal + ruling / verdict /
   orders … = a legal challenge (115, not the 020 appeal for something); release + report / findings … within three
   words = a statement (010, not freeing people); suspend + surcharge = ease the economic penalty (085).
3. "voted 364 to 194 against the government": a vote tally between the verb and its preposition is not counted in
   the preposition search (``events._find_prep``).
4. "Odinga called the outcome \"truly shocking\", thanked voters …": a source-less listed predicate takes the subject
   of the verb right before it (``english.listed_predicate_subject``); "called it a historic day and thanked X": a
   first trigger of several words holds its object words, so one more word before "and" makes two acts
   (``events._object_acts``).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 a list of predicates
def test_welcomed_then_thanked_in_a_comma_list_are_two_acts():
    got, evs = _with("Kenya's foreign minister welcomed the decision, thanked Ghana and Nigeria for drafting the "
                     "text and appealed to donors to fund the force.", "welcomed", "2025-06-04")
    assert got and got[0].cameo == "051" and got[0].source_country == "KEN", _dump(evs)
    # the next verb's object is no place target of the welcome
    assert got[0].target_country != "GHA", _dump(evs)
    assert [e for e in evs if e.trigger.startswith("thanked")], _dump(evs)


def test_praised_then_thanked_with_an_aside_subject():
    got, evs = _with("Ghana's president, who spoke to reporters after the vote, praised the resolution, thanked "
                     "Kenya for leading the effort and urged donors to send money.", "praised", "2025-06-04")
    assert got and got[0].cameo == "051" and got[0].source_country == "GHA", _dump(evs)
    assert got[0].target_country != "KEN", _dump(evs)


def test_participle_after_the_comma_stays_one_act():   # guard: "-ing" tells the first act again
    got, evs = _with("Kenya's foreign minister welcomed the decision, calling it a victory for the region.",
                     "welcomed", "2025-06-04")
    assert len([e for e in evs if e.root == "05"]) == 1, _dump(evs)


def test_listed_predicate_text_test():
    from marsad.coding.english import _listed_predicate
    text = "welcomed the ruling, thanked Ghana for its help"
    assert _listed_predicate(text, len("welcomed"), text.index("Ghana"))
    text = "attacked the town, located in Ghana"
    assert not _listed_predicate(text, len("attacked"), text.index("Ghana"))


# ----------------------------------------------------------------------------- 2 rows
def test_chaired_a_meeting_is_a_consultation():
    got, evs = _with("Kenyan President William Ruto chaired a security meeting on Thursday and said the situation "
                     "was calm.", "chaired", "2025-06-04")
    assert got and got[0].cameo == "040", _dump(evs)


def test_chaired_a_video_call_is_a_phone_consultation():
    got, evs = _with("Kenyan President William Ruto chaired a video call of the regional bloc with Sudan's army "
                     "chief on Friday.", "chaired", "2025-06-04")
    assert got and got[0].cameo == "041", _dump(evs)


def test_opened_investigations_plural_is_an_investigation():
    got, evs = _with("Kenyan prosecutors said they had opened investigations into several cases of vote-buying.",
                     "opened", "2025-06-04")
    assert got and got[0].cameo == "090", _dump(evs)


def test_opened_a_criminal_case_stays_a_charge():   # guard: "case" is not in the 090 row
    got, evs = _with("Russia's Investigative Committee opened a criminal case against the Kenyan journalist.",
                     "opened", "2025-06-04")
    assert got and got[0].cameo == "115", _dump(evs)


def test_repeated_his_call_is_an_appeal():
    got, evs = _with("Kenyan President William Ruto repeated his call for a full ceasefire in Sudan on Sunday.",
                     "repeated", "2025-06-04")
    assert got and got[0].cameo == "020", _dump(evs)


def test_renewed_her_appeal_is_an_appeal():
    got, evs = _with("Tanzania's president renewed her appeal for calm after the vote on Sunday.", "renewed",
                     "2025-06-04")
    assert got and got[0].cameo == "020", _dump(evs)


def test_appealed_the_rulings_is_a_legal_challenge():
    got, evs = _with("Kenya's attorney general has appealed the rulings to the Court of Appeal.", "appealed",
                     "2025-06-04")
    assert got and got[0].cameo == "115", _dump(evs)


def test_appealed_for_help_stays_an_appeal():   # guard: no ruling object
    got, evs = _with("Kenyan farmers appealed to the government for calm on Monday.", "appealed", "2025-06-04")
    assert got and got[0].root == "02", _dump(evs)


def test_released_its_report_is_a_statement():
    got, evs = _with("Kenya's aviation accident bureau released its preliminary report early on Saturday.",
                     "released", "2025-06-04")
    assert got and got[0].cameo == "010", _dump(evs)


def test_released_prisoners_stays_a_release():   # guard
    got, evs = _with("Kenya released 40 prisoners on Saturday.", "released", "2025-06-04")
    assert got and got[0].cameo == "0841", _dump(evs)


def test_suspended_the_surcharge_eases_a_penalty():
    got, evs = _with("Ontario Premier Doug Ford spoke with the US commerce secretary on Tuesday and then suspended "
                     "the surcharge.", "suspended", "2025-06-04")
    assert got and got[0].cameo == "085", _dump(evs)


# ----------------------------------------------------------------------------- 3 a vote tally
def test_voted_tally_against_is_a_rejection():
    got, evs = _with("Kenya's national assembly voted 200 to 94 against the government on Monday.", "voted",
                     "2025-06-04")
    assert got and got[0].cameo == "120", _dump(evs)


# ----------------------------------------------------------------------------- 4 a listed predicate's subject
def test_listed_predicate_after_a_quoted_label_takes_the_subject():
    got, evs = _with("In a post on X, Kenyan opposition leader Raila Odinga called the outcome \"truly shocking\", "
                     "thanked voters who backed the opposition and said the party would study the result.", "thanked",
                     "2025-06-04")
    assert got and got[0].source_code == "KENOPP", _dump(evs)


def test_listed_predicate_with_its_own_subject_is_not_filled():   # guard: an actor named in the gap
    got, evs = _with("Kenyan opposition leader Raila Odinga criticised the count, Ruto's spokesman said, thanked "
                     "voters and left.", "thanked", "2025-06-04")
    assert not [e for e in got if e.source_code == "KENOPP"], _dump(evs)


def test_called_it_historic_and_thanked_are_two_acts():
    got, evs = _with("Kenyan opposition leader Raila Odinga called it a historic day and thanked Tanzania for its "
                     "role in ending the fighting.", "thanked", "2025-06-04")
    assert got and got[0].cameo == "051" and got[0].source_code == "KENOPP", _dump(evs)
