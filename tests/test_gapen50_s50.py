"""Session 50 (helper gapen50): English wrong sources / targets, our own sentences.

1. A reaction's comment clause (", saying / adding …") after the act: a country named inside it is the comment's, no
   target of an appeal, demand, disapproval, rejection or threat (``english.place_target``; statements and welcomes
   since session 39).
2. "… and VERBED that X would …": the actor of a that-clause after a joined verb is the clause's subject, no target of
   the first verb (``english.speech_clause_target``; speech verbs only before).
3. A pronoun opening a sentence whose previous sentence names two persons: the subject of that sentence's first
   asserted act is the antecedent, not the subject of its reported or demanded content
   (``english.pronoun_subject``, ``_main_subject``).
4. A congratulation with no one named is of the winner the last congratulation before it named
   (``reaction_author._congratulation_chain``, reaction_named_act.tsv kind ``congrat``).
5. "called X '…'" with a judging word (manual_en.tsv call 111 row: horror, disgusting, challenge, worst …) is a
   disapproval.
6. Rows: "voted against X" = a rejection (120; the past form as the lemma, so the noun "vote" takes none); "vowed a
   harsh response / retaliation / revenge …" = a threat (130).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 the comment clause's country
def test_rejection_target_not_from_the_saying_clause():
    text = ("Japan lodged a protest with China on Sunday over the detention of a Japanese engineer. "
            "China's foreign ministry rejected the protest on Monday, saying China had always protected the rights "
            "of foreigners.")
    got, evs = _with(text, "rejected", "2025-05-05")
    assert got and got[0].source_country == "CHN" and got[0].target_country != "CHN", _dump(evs)


def test_appeal_target_not_from_the_saying_clause():
    text = ("Zelensky joined the European leaders at the start of the summit and urged them to approve the loan "
            "quickly, saying Kyiv needed the money next year.")
    got, evs = _with(text, "urged", "2025-05-05")
    assert got and got[0].source_country == "UKR" and got[0].target_country != "UKR", _dump(evs)


def test_criticism_target_not_from_the_saying_clause():
    text = "The Turkish foreign minister criticised the plan, saying Turkey would not accept it."
    got, evs = _with(text, "criticised", "2025-05-05")
    assert got and got[0].target_country != "TUR", _dump(evs)


def test_place_before_the_saying_clause_still_targets_guard():
    text = "Protesters in Nairobi demanded the release of detained activists, saying they had done nothing wrong."
    got, evs = _with(text, "demanded", "2025-05-05")
    assert got and "KEN" in (got[0].source_country, got[0].target_country), _dump(evs)


# ----------------------------------------------------------------------------- 2 a joined verb's that-clause
def test_vowed_that_clause_subject_is_no_target():
    text = ("Lithuania expelled two Belarusian diplomats on Monday. "
            "In Minsk, Belarus's foreign ministry denounced the decision and vowed that Belarus would respond in "
            "kind.")
    got, evs = _with(text, "denounced", "2025-05-05")
    assert got and got[0].source_country == "BLR" and got[0].target_country != "BLR", _dump(evs)


def test_joined_verb_object_stays_target_guard():
    text = "Germany's foreign minister condemned the attack and urged Serbia to find those responsible."
    got, evs = _with(text, "urged", "2025-05-05")
    assert got and got[0].target_country == "SRB", _dump(evs)


# ----------------------------------------------------------------------------- 3 the previous sentence's subject
def test_pronoun_takes_the_main_subject_not_the_demanded_content():
    text = ("Back in Washington on Sunday, Trump told reporters he wanted Putin to stop the bombing. "
            "On Wednesday he accused Zelensky of prolonging the war.")
    got, evs = _with(text, "accused", "2025-04-23")
    assert got and got[0].source_country == "USA" and got[0].target_country == "UKR", _dump(evs)


def test_pronoun_left_when_two_subjects_act_guard():
    text = ("Macron met Scholz in Berlin on Monday and Scholz thanked Macron for his support. "
            "He then criticised the European Commission.")
    got, evs = _with(text, "criticised", "2025-04-23")
    assert got and got[0].source_country in (None, "FRA"), _dump(evs)


# ----------------------------------------------------------------------------- 4 a string of congratulations
def test_later_congratulations_take_the_winner():
    text = ("Ecuador's Daniel Noboa won the presidential runoff on Sunday. "
            "Colombian President Gustavo Petro congratulated Noboa on his victory. "
            "Peru and Chile sent their congratulations as well.")
    got, evs = _with(text, "sent", "2025-04-15")
    assert got and {e.source_country for e in got} == {"PER", "CHL"}, _dump(evs)
    assert all(e.target_country == "ECU" for e in got), _dump(evs)


def test_congratulations_of_the_winners_own_country_stay_guard():
    text = ("Ecuador's Daniel Noboa won the presidential runoff on Sunday. "
            "Colombian President Gustavo Petro congratulated Noboa on his victory. "
            "Ecuador's army chief also sent his congratulations.")
    got, evs = _with(text, "sent", "2025-04-15")
    assert got and got[0].target_country is None, _dump(evs)


# ----------------------------------------------------------------------------- 5 "called X '…'"
def test_called_the_plan_a_horror_show():
    text = 'The head of the farmers\' union called the new quotas "a horror show" on Monday.'
    got, evs = _with(text, "called", "2025-05-05")
    assert got and got[0].cameo == "111", _dump(evs)


def test_called_the_meeting_a_direct_challenge():
    text = 'Germany\'s foreign minister called the parade "a direct challenge to the European order".'
    got, evs = _with(text, "called", "2025-05-05")
    assert got and got[0].cameo == "111" and got[0].source_country == "DEU", _dump(evs)


def test_called_on_to_meet_the_challenge_is_an_appeal_guard():
    text = "The German chancellor called on European leaders to meet the challenge together."
    got, evs = _with(text, "called", "2025-05-05")
    assert got and got[0].cameo != "111", _dump(evs)


# ----------------------------------------------------------------------------- 6 rows: voted against, vowed a response
def test_voted_against_the_motion_is_a_rejection():
    text = "Hungary's opposition parties voted against the motion on Tuesday."
    got, evs = _with(text, "voted", "2025-05-05")
    assert got and got[0].cameo == "120", _dump(evs)


def test_a_confidence_vote_against_the_government_is_no_rejection_guard():
    text = "Hungary's opposition parties called a confidence vote against the government."
    evs = _with(text, "vote", "2025-05-05")[1]
    assert not [e for e in evs if e.trigger.startswith("vote") and e.cameo == "120"], _dump(evs)


def test_vowed_a_harsh_response_is_a_threat():
    text = "Iran's foreign ministry vowed a harsh response to the strikes on Monday."
    got, evs = _with(text, "vowed", "2025-05-05")
    assert got and got[0].cameo.startswith("13") and got[0].source_country == "IRN", _dump(evs)
