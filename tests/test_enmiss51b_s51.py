"""Session 51 (helper enmiss51b): English gold events missed outright, second wave; our own sentences.

1. vow + a building or mending verb ("vowed to end the power cuts", "vowed to strengthen ties with X") = a pledge (030,
   ``manual_en.tsv``); a threat vow keeps the 130 row or the content's own code.
2. "called on Prime Minister X on Tuesday" (a capitalised name, no "to" / "for" later in the sentence) = a courtesy
   visit (042, cond visit_on: ``events._visit_on``); "called on X to V" stays an appeal.
3. take + action / measures / steps under if / unless = a conditional threat (130, cond if_threat); a threat told as a
   readiness ("was prepared to take further action if necessary") takes the readiness word into its evidence
   (``pledged_act_en``).
4. A party quitting a coalition or a government ("quit the ruling coalition", "withdrew from the government") = 161
   (``quit_agreement_en.tsv`` kind coalition, the quit row), not a military withdrawal (0874).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 vows
def test_vowed_to_end_shortages_is_a_pledge():
    got, evs = _with("Peru's new president vowed on Sunday to end the chronic water shortages in Lima.", "vowed",
                     "2025-03-02")
    assert got and got[0].cameo == "030" and got[0].source_country == "PER", _dump(evs)


def test_vowed_to_strengthen_ties_is_a_pledge_to_the_partner():
    got, evs = _with("Chile's foreign minister vowed to strengthen ties with Argentina.", "vowed", "2025-03-02")
    assert got and got[0].root == "03" and got[0].target_country == "ARG", _dump(evs)


def test_threat_vow_is_no_pledge():   # guard: the threat vow keeps its own code, no 030 beside it
    got, evs = _with("Turkey's president vowed to punish those behind the bombing in Ankara.", "vowed", "2025-03-02")
    assert not [e for e in evs if e.cameo == "030"], _dump(evs)


# ----------------------------------------------------------------------------- 2 called on = a visit
def test_called_on_a_named_leader_is_a_visit():
    got, evs = _with("Japan's foreign minister called on President William Ruto at State House in Nairobi on "
                     "Wednesday.", "called", "2025-03-05")
    assert got and got[0].cameo == "042" and got[0].source_country == "JPN", _dump(evs)


def test_called_on_a_country_to_act_stays_an_appeal():   # guard
    got, evs = _with("Japan's foreign minister called on Kenya to hold talks with the rebels.", "called",
                     "2025-03-05")
    assert not [e for e in evs if e.cameo == "042"], _dump(evs)


# ----------------------------------------------------------------------------- 3 conditional and readiness threats
def test_would_take_action_if_is_a_threat():
    got, evs = _with("Greece's defence minister said Athens would take action if Turkish jets violated its airspace "
                     "again.", "take", "2025-03-05")
    assert got and got[0].root == "13" and got[0].source_country == "GRC", _dump(evs)


def test_took_measures_told_as_done_is_no_threat():   # guard: no condition, no threat
    got, evs = _with("Greece's government took measures to cut fuel prices on Monday.", "take", "2025-03-05")
    assert not [e for e in evs if e.root == "13"], _dump(evs)


def test_prepared_to_take_action_anchors_on_the_readiness_word():
    text = "Britain's foreign secretary said London was prepared to take further steps if necessary."
    got, evs = _with(text, "take", "2025-03-05")
    assert got and got[0].root == "13", _dump(evs)
    at = text.index("prepared")
    assert any(lo == at for lo, _ in got[0].also_spans), (got[0].also_spans, _dump(evs))


# ----------------------------------------------------------------------------- 4 quitting a coalition
def test_party_quit_the_ruling_coalition():
    got, evs = _with("The Social Democrats quit Austria's ruling coalition on Tuesday over the budget.", "quit",
                     "2025-03-05")
    assert got and got[0].cameo == "161", _dump(evs)


def test_party_withdrew_from_the_government_is_no_retreat():
    got, evs = _with("The Greens withdrew from Belgium's government on Tuesday.", "withdrew", "2025-03-05")
    assert got and got[0].cameo == "161", _dump(evs)


def test_troops_withdrew_from_a_town_stay_a_retreat():   # guard
    got, evs = _with("Mali's army withdrew from the town of Kidal on Tuesday.", "withdrew", "2025-03-05")
    assert got and got[0].cameo == "0874", _dump(evs)
