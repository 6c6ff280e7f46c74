"""Session 54 (helper miss54): gold events missed outright, our own sentences.

1. Two English acts of different codes joined by "and" with no side read ("officers arrested several people … and
   seized explosives", "imposed a curfew … and suspended mobile internet") are two events: the actor-less merge of
   ``events._dedupe`` kept one (``_conjoined_bare_en``).
2. "X flew to <capitalised place>" = a visit (042), as "arrived in" (``manual_en.tsv`` fly row, cond fly_to).
"""
from test_gapen34_s34 import _dump, _events


def _at(text, word, date="2025-06-10"):
    """The events whose trigger starts at ``word``; all events."""
    evs = _events(text, date)
    at = text.index(word)
    return [e for e in evs if e.trigger_start == at], evs


# ----------------------------------------------------------------------------- 1 two bare conjoined acts
def test_bare_arrest_and_seizure_are_two_acts():
    text = ("In recent days agents there have arrested several suspects, among them two students, and seized "
            "nearly 300 kg of explosives.")
    got, evs = _at(text, "arrested")
    assert got and got[0].cameo == "173", _dump(evs)
    got2, _ = _at(text, "seized")
    assert got2 and got2[0].root == "17", _dump(evs)


def test_bare_curfew_and_internet_cut_are_two_acts():
    text = "The local administration imposed a curfew in the old town on Friday night and suspended mobile internet."
    got, evs = _at(text, "suspended")
    assert got and got[0].root == "17", _dump(evs)
    got2, _ = _at(text, "imposed")
    assert got2 and got2[0].root == "17", _dump(evs)


def test_guard_one_act_told_by_two_verbs():
    """Guard: "arrested and detained" right after each other tell one arrest."""
    evs = _events("Police arrested and detained dozens of people on Sunday.", "2025-06-10")
    assert len([e for e in evs if e.root == "17"]) == 1, _dump(evs)


# ----------------------------------------------------------------------------- 2 flew to a place
def test_minister_flew_to_capital_is_visit():
    got, evs = _at("Spain's foreign minister flew to Rabat on Thursday for talks on migration.", "flew")
    assert got and got[0].cameo == "042", _dump(evs)


def test_guard_jet_flying_between_cities():
    """Guard: a plane flying from one city to another is no visit."""
    text = "A cargo plane flying from Lagos to Accra made an emergency landing on Monday."
    got, evs = _at(text, "flying")
    assert not [e for e in got if e.cameo == "042"], _dump(evs)


def test_guard_passive_flown_to_hospital():
    """Guard: a person flown by helicopter to a city (passive) makes no visit."""
    text = "The injured climber was flown by helicopter to Grenoble, rescuers said."
    got, evs = _at(text, "flown")
    assert not [e for e in got if e.cameo == "042"], _dump(evs)

