"""Session 46 (helper enmiss46): English gold events missed outright, our own sentences.

1. "called X \"a heavy blow\"", "called the fine \"wildly excessive\"", "called the rival state \"our enemy\"" =
   denounce (111; ``manual_en.tsv`` call, lower_obj row: more words of condemnation).
2. "described the strikers as criminals", "describes the neighbour as a threat" = denounce (111; describe row).
3. "pleaded not guilty" = deny responsibility (016); "pleaded for help" is no denial.
4. "sent his congratulations" = praise (051), as congratulated.
5. A crowd gathering with candles or flags, or outside a court or a town hall, is a rally (141; ``cues_en.tsv``
   rally_sign / rally_site); ministers gathering in a capital stay a meeting.
6. "pledged / vowed / promised / offered to V": the intended act (root 03) runs from the pledge verb
   (``coding/pledged_act_en.py``), one event; a pledge row with its own object ("offered to send observers") stays.
7. "welcomed the decision, calling it \"…\"": the main verb merged into its participle's event stays its evidence
   (``events._participle_told``: the verb's span joins ``also_spans``).
8. Verbs with no row: lifted a suspension (081), intercepted (190), escorted (074), credited X with (051), brushed
   off (120), federalized (154) (``manual_en.tsv``).
9. A reported readiness whose content is a coercive step ("stood ready to take further measures", "would be ready
   to resume missile tests if …") is a threat (130; ``said_readiness_en``, cue coercive_step); "ready to take action
   to help" stays an offer.
10. "Officials deny that …" = a denial (016; ``cues_en.tsv`` deny speech, only before "that": cue that_speech,
    ``quotes``); "trying to deny them the right" stays no statement.
"""
import pytest

from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 called X "<condemnation>"
def test_called_a_heavy_blow_is_a_denunciation():
    got, evs = _with("Iraqi Prime Minister Ali Hassan called the raid \"a heavy blow to our sovereignty\" on Monday.",
                     "called", "2025-03-03")
    assert got and got[0].cameo == "111", _dump(evs)


def test_called_wildly_excessive_is_a_denunciation():
    got, evs = _with("The Peruvian opposition called the new fuel tax \"wildly excessive\" on Tuesday.", "called",
                     "2025-03-03")
    assert got and got[0].cameo == "111", _dump(evs)


def test_called_our_enemy_is_a_denunciation():
    got, evs = _with("Venezuelan President Carlos Ruiz called Guyana \"our enemy\" in a speech on Friday.", "called",
                     "2025-03-03")
    assert got and got[0].cameo == "111", _dump(evs)


# ----------------------------------------------------------------------------- 2 described X as criminals
def test_described_as_criminals_is_a_denunciation():
    got, evs = _with("Peru's interior minister described the striking miners as criminals on Wednesday.", "described",
                     "2025-03-03")
    assert got and got[0].cameo == "111", _dump(evs)


# ----------------------------------------------------------------------------- 3 pleaded not guilty
def test_pleaded_not_guilty_is_a_denial():
    got, evs = _with("Former Peruvian minister Jorge Salas was charged with bribery on Monday, and he pleaded not "
                     "guilty, prosecutors said.", "pleaded", "2025-03-03")
    assert got and got[0].cameo == "016", _dump(evs)


def test_pleaded_for_help_is_no_denial():
    got, evs = _with("The mayor of Lima pleaded for help from the central government on Monday.", "pleaded",
                     "2025-03-03")
    assert not [e for e in got if e.cameo == "016"], _dump(evs)


# ----------------------------------------------------------------------------- 4 sent congratulations
def test_sent_congratulations_is_praise():
    got, evs = _with("Egyptian President Hassan Farouk sent his congratulations to the new Tunisian leader on "
                     "Sunday.", "sent", "2025-03-03")
    assert got and got[0].cameo == "051", _dump(evs)


# ----------------------------------------------------------------------------- 5 a crowd's vigil / rally site
def test_crowd_gathering_with_candles_is_a_rally():
    got, evs = _with("Hundreds of people gathered outside the stadium in Lima on Friday night, holding candles.",
                     "gathered", "2025-03-03")
    assert got and got[0].cameo == "141", _dump(evs)


def test_crowd_gathering_outside_a_court_is_a_rally():
    got, evs = _with("Dozens of his supporters gathered outside the court in Lima on Monday.", "gathered",
                     "2025-03-03")
    assert got and got[0].cameo == "141", _dump(evs)


def test_ministers_gathering_in_a_capital_stay_a_meeting():
    got, evs = _with("European foreign ministers gathered in Brussels on Monday.", "gathered", "2025-03-03")
    assert not [e for e in got if e.cameo == "141"], _dump(evs)


# ----------------------------------------------------------------------------- 6 a pledged act from its pledge verb
def test_pledged_act_runs_from_the_pledge_verb():
    got, evs = _with("Chilean President Mario Soto pledged to restore full diplomatic relations with Peru.", "pledged",
                     "2025-03-03")
    assert len(got) == 1 and got[0].root == "03" and "restore" in got[0].trigger, _dump(evs)


def test_offered_on_a_day_to_expand_runs_from_the_offer():
    got, evs = _with("Peru offered on Monday to expand a programme of flights for migrants.", "offered", "2025-03-03")
    assert len(got) == 1 and got[0].root == "03" and "expand" in got[0].trigger, _dump(evs)


def test_offer_row_with_its_own_object_stays_one_event():
    got, evs = _with("The Malaysian prime minister offered to send observers to the border on Tuesday.", "offered",
                     "2025-03-03")
    assert len([e for e in evs if e.root == "03"]) == 1, _dump(evs)


# ----------------------------------------------------------------------------- 7 "X-ed …, calling it …"
def test_main_verb_stays_evidence_of_its_participle_retelling():
    text = ("Moldovan President Ana Rusu welcomed the decision, calling it \"a unique and historic moment\" in "
            "relations between Chisinau and the EU.")
    _, evs = _with(text, "calling", "2025-03-03")
    at = text.index("welcomed")
    told = [e for e in evs if e.root == "05" and any(s <= at < t for s, t in [(e.trigger_start, e.trigger_end),
                                                                              *e.also_spans])]
    assert told, _dump(evs)


# ----------------------------------------------------------------------------- 8 verbs with no row
@pytest.mark.parametrize("text, verb, root", [
    ("The African Union lifted Mali's suspension on Friday.", "lifted", "08"),
    ("Polish fighter jets intercepted the Russian aircraft over the Baltic Sea on Monday.", "intercepted", "19"),
    ("Malian troops escorted the fuel convoys from the Senegalese border.", "escorted", "07"),
    ("Peruvian President Ana Rusu credited Chile with the deal on Tuesday.", "credited", "05"),
    ("Chilean President Mario Soto brushed off the threat on Tuesday.", "brushed", "12"),
    ("The US president federalized the state's National Guard on Saturday.", "federalized", "15"),
])
def test_verbs_with_a_new_row(text, verb, root):
    got, evs = _with(text, verb, "2025-03-03")
    assert got and got[0].root == root, _dump(evs)


# ----------------------------------------------------------------------------- 9 a readiness for a coercive step
def test_readiness_to_take_further_measures_is_a_threat():
    got, evs = _with("The Bolivian ministers said they stood ready to take further measures against Peru.", "said",
                     "2025-03-03")
    assert got and got[0].root == "13", _dump(evs)


def test_readiness_to_resume_missile_tests_if_is_a_threat():
    got, evs = _with("He said Bolivia would be ready to resume missile tests if Peru did so first.", "said",
                     "2025-03-03")
    assert got and got[0].root == "13", _dump(evs)


def test_readiness_to_take_action_to_help_stays_an_offer():
    got, evs = _with("Chile said it was ready to take action to help the flood victims in Peru.", "said", "2025-03-03")
    assert not [e for e in got if e.root == "13"], _dump(evs)


# ----------------------------------------------------------------------------- 10 "deny that"
def test_present_deny_that_is_a_denial():
    got, evs = _with("Peruvian officials deny that the payments to the contractors were illegal.", "deny",
                     "2025-03-03")
    assert got and got[0].cameo == "016", _dump(evs)


def test_deny_them_a_right_leaves_the_accusation():
    got, evs = _with("The junta accused Paris of trying to deny Nigeriens the right to choose their leaders.",
                     "accused", "2025-03-03")
    assert got and got[0].cameo == "112" and not got[0].negated, _dump(evs)
