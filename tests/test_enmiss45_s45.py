"""Session 45 (helper enmiss45): English gold events missed outright, our own sentences.

1. A statement whose content opens a quotation with a word of condemnation among its first words ("told reporters the
   tariffs were \"a big mistake\"") is a criticism (111; ``coding/judged_quote.py``, ``judged_quote_en.tsv``); a
   quotation with no such word stays a statement (010).
2. "denied any wrongdoing", "denied the accusation" (``manual_en.tsv`` deny + an accusation object) = deny
   responsibility (016); "denied them access" keeps its 1245 row.
3. "called the sanctions \"deeply regrettable\"", "called the tribunal \"a corrupt body\"" = denounce (111), as
   "called it a mistake" (``manual_en.tsv`` call, lower_obj row).
4. "spoke to both X and Y": "both" after the preposition opens the coordinated partners of the talk_state row (040).
5. "would file a complaint with the ICJ if …" = threaten (130, ``recode_en.tsv`` 114 conditional); the court is the
   forum, not the threatened side (``threat_if.tsv`` forum_verb file, as "take the case to").
6. "reaffirmed / reiterated his support for X" = endorse (051, ``manual_en.tsv`` reaffirm / reiterate + support,
   commitment …).
7. "berated X, accusing him of …": an English participle of the verbal-conflict roots (11, 12) with a code of its own
   is not dropped by _dedupe as an actor-less copy of the main verb's act (its actors come from the main clause later).
8. "would consider further steps / a complaint if …" = a conditional threat (``manual_en.tsv`` consider, if_threat);
   the if of such a row is looked for 14 words after the verb ("take the case to the European Court of Human Rights
   if …").
9. "X, a lawmaker of the opposition Y Party, called on Z to V": a person the lexicon does not know, whose aside is
   "a <role> of <actor>", has that actor as the verb's subject (``english.apposition_subject``).
10. "Crowds looted the homes of …": a crowd seizing or wrecking property riots (145; ``recode_en.tsv`` 171
    crowd_subject), as a crowd setting fire.
11. "said it was deeply troubled / concerned": a statement whose content opens with be + a feeling word is the
    speaker's concern (012, ``feeling_act_en.content_feeling``), the feeling word its evidence; "the concerned
    ministries" (no "be" before it) is none.
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 a quoted judgement
def test_quoted_mistake_in_a_statement_is_a_criticism():
    got, evs = _with("Brazilian Foreign Minister Pedro Alves told reporters in Brasilia on Monday that Argentina's new "
                     "tariffs were \"a big mistake\" that would hurt both economies.", "told", "2025-03-03")
    assert got and got[0].cameo == "111", _dump(evs)


def test_quoted_serious_blow_is_a_criticism():
    got, evs = _with("Chilean President Luis Prado said on Tuesday the collapse of the talks had been \"a serious "
                     "blow\" to the region.", "said", "2025-03-03")
    assert got and got[0].cameo == "111", _dump(evs)


def test_quote_without_a_judgement_stays_a_statement():
    got, evs = _with("Chilean President Luis Prado said on Tuesday the new budget was \"balanced and fair\".", "said",
                     "2025-03-03")
    assert got and got[0].cameo == "010", _dump(evs)


# ----------------------------------------------------------------------------- 2 a denied accusation
def test_denied_the_accusation_is_a_denial():
    # (a speaker named in an apposition after his title is no quote speaker: the verb's row codes the denial)
    got, evs = _with("The spokesman of Bolivia's army, Juan Soto, denied the accusation.", "denied",
                     "2025-03-03")
    assert got and got[0].cameo == "016", _dump(evs)


def test_denied_access_keeps_its_refusal():
    got, evs = _with("Bolivia denied the Chilean inspectors access to the border post on Tuesday.", "denied",
                     "2025-03-03")
    assert got and got[0].cameo == "1245", _dump(evs)


# ----------------------------------------------------------------------------- 3 called it "regrettable"
def test_called_sanctions_regrettable_is_a_denunciation():
    got, evs = _with("Brazil's foreign ministry called the new Argentine sanctions \"deeply regrettable\" on Monday.",
                     "called", "2025-03-03")
    assert got and got[0].cameo == "111", _dump(evs)


# ----------------------------------------------------------------------------- 4 spoke to both X and Y
def test_spoke_to_both_leaders_is_a_consultation():
    got, evs = _with("Chilean President Luis Prado spoke to both Bolivian President Luis Arce and Peruvian President "
                     "Dina Boluarte on Monday.", "spoke", "2025-03-03")
    assert any(e.root == "04" and e.source_country == "CHL" and e.target_country in ("BOL", "PER") for e in got), \
        _dump(evs)


# ----------------------------------------------------------------------------- 5 a complaint threatened
def test_would_file_a_complaint_if_is_a_threat_not_aimed_at_the_court():
    got, evs = _with("A Chilean foreign ministry official said Chile would file a complaint with the International "
                     "Court of Justice if Bolivia did not lift its blockade of the border crossing.", "file",
                     "2025-03-03")
    assert got and got[0].cameo == "130", _dump(evs)
    assert not (got[0].target_code or "").startswith("IGO"), _dump(evs)


# ----------------------------------------------------------------------------- 6 reaffirmed support
def test_reaffirmed_support_is_an_endorsement_by_the_speaker():
    got, evs = _with("Chilean President Luis Prado spoke with Bolivian President Luis Arce on Monday and reaffirmed "
                     "his support for Bolivia.", "reaffirmed", "2025-03-03")
    assert any(e.cameo == "051" and e.source_country == "CHL" for e in got), _dump(evs)



# ----------------------------------------------------------------------------- 7 a participle's accusation
def test_accusing_participle_after_a_criticism_is_kept():
    got, evs = _with("Brazilian President Pedro Lima berated Argentine President Jorge Paz on Friday, accusing him "
                     "of disloyalty.", "accusing", "2025-03-03")
    assert got and got[0].cameo == "112" and got[0].source_country == "BRA", _dump(evs)


# ----------------------------------------------------------------------------- 8 conditional steps and long forums
def test_would_consider_further_steps_if_is_a_threat():
    got, evs = _with("The Chilean foreign minister said Chile would consider further steps if Bolivia did not reduce "
                     "its troop presence on the border.", "consider", "2025-03-03")
    assert got and got[0].root == "13", _dump(evs)


def test_take_the_case_to_a_long_named_court_if_is_a_threat():
    got, evs = _with("Bolivian opposition leader Carlos Mesa said he would take the case to the Inter-American Court of "
                     "Human Rights if the result was not annulled.", "take", "2025-03-03")
    assert got and got[0].root == "13", _dump(evs)


# ----------------------------------------------------------------------------- 9 an unknown person's body
def test_an_unknown_person_speaks_for_the_body_of_his_aside():
    got, evs = _with("Juan Perez, a senior official of the Bolivian foreign ministry, condemned the Chilean strikes.",
                     "condemned", "2025-03-03")
    assert got and got[0].source_country == "BOL", _dump(evs)


# ----------------------------------------------------------------------------- 10 a crowd looting
def test_crowds_looting_homes_riot():
    got, evs = _with("Crowds looted the homes of several Bolivian lawmakers over the weekend.", "looted", "2025-03-03")
    assert got and got[0].cameo == "145", _dump(evs)


# ----------------------------------------------------------------------------- 11 a statement of concern
def test_said_it_was_deeply_troubled_is_a_concern():
    got, evs = _with("The UN human rights office said on Tuesday it was deeply troubled by the killings in Bolivia.",
                     "said", "2025-03-03")
    assert got and got[0].cameo == "012", _dump(evs)


def test_concerned_ministries_are_no_concern():
    got, evs = _with("The Chilean government said the concerned ministries would meet on Monday.", "said",
                     "2025-03-03")
    assert not any(e.cameo == "012" for e in evs), _dump(evs)
