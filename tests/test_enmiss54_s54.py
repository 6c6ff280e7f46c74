"""Session 54 (helper enmiss54): English gold events missed outright, our own sentences.

1. "vowed (on Sunday) to strike back / hit back" = a threat (130): a vow row whose object word is the infinitive
   right after "to", with "back" after it (``manual_en.tsv``, cond back_obj in ``events``).
2. "dismissed the charge" (singular) = reject (120), as "dismissed the charges".
3. "blocked the nominee / the deployment / deportations" = a veto (129), as "blocked the nomination / the plan".
4. "blocked the freeway" = obstruct (144), as "blocked the highway".
5. "held a counter-demonstration / counter-protest" = demonstrate (141), as "held a demonstration".
"""
from test_gapen34_s34 import _dump, _events


def _at(text, word, date="2025-06-10"):
    """The events whose trigger starts at ``word``; all events."""
    evs = _events(text, date)
    at = text.index(word)
    return [e for e in evs if e.trigger_start == at], evs


# ----------------------------------------------------------------------------- 1 vowed to strike back
def test_vowed_to_strike_back_is_a_threat():
    text = "The militia commander vowed to strike back after the raid on his camp."
    got, evs = _at(text, "vowed")
    assert got and got[0].cameo == "130", _dump(evs)


def test_vowed_on_a_day_to_hit_back_is_a_threat():
    text = "Tehran vowed on Monday to hit back at Washington over the new sanctions."
    got, evs = _at(text, "vowed")
    assert got and got[0].root == "13", _dump(evs)


def test_guard_vowed_to_strike_a_deal_is_no_threat():
    """Guard: striking a deal is no threat (the two-word phrase is needed)."""
    text = "The two companies vowed to strike a deal before the end of the year."
    got, evs = _at(text, "vowed")
    assert not any(e.root == "13" for e in got), _dump(evs)


def test_guard_struck_back_alone_is_no_threat():
    """Guard: the act itself ("struck back") is no vow."""
    text = "The army struck back at the insurgents on Tuesday."
    evs = _events(text, "2025-06-10")
    assert not any(e.root == "13" for e in evs), _dump(evs)


# ----------------------------------------------------------------------------- 2 dismissed the charge
def test_dismissed_the_charge_is_a_rejection():
    text = "The foreign ministry in Nairobi dismissed the charge on Wednesday."
    got, evs = _at(text, "dismissed")
    assert got and got[0].root == "12", _dump(evs)


# ----------------------------------------------------------------------------- 3 blocked the nominee / deployment
def test_blocked_the_nominee_is_a_veto():
    text = "Opposition lawmakers blocked the ruling party's nominee for speaker for a third time on Thursday."
    got, evs = _at(text, "blocked")
    assert got and got[0].cameo == "129", _dump(evs)


def test_judge_blocked_the_deployment_is_a_veto():
    text = "A federal judge on Friday blocked the deployment of National Guard troops to the city."
    got, evs = _at(text, "blocked")
    assert got and got[0].root == "12", _dump(evs)


# ----------------------------------------------------------------------------- 4 blocked the freeway
def test_blocked_the_freeway_is_obstruction():
    text = "Hundreds of protesters blocked the freeway in the city centre on Sunday."
    got, evs = _at(text, "blocked")
    assert got and got[0].cameo == "144", _dump(evs)


# ----------------------------------------------------------------------------- 5 held a counter-protest
def test_held_a_counter_demonstration_is_a_protest():
    text = "Supporters of the nationalist party held a counter-demonstration outside parliament on Saturday."
    got, evs = _at(text, "held")
    assert got and got[0].root == "14", _dump(evs)
