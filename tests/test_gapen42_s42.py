"""Session 42 (helper gapen42): English constructions of the in-sample gold, our own sentences.

1. "Armenia and Azerbaijan agreed to a ceasefire", "agree to truce", "welcomed the ceasefire": the ceasefire noun is
   the content of the agreement / the thing welcomed, no second event (``content_noun_en.tsv`` agree / welcome).
2. "voiced regret over the strikes": the voicing is the disapproval (``manual_en.tsv`` voice + regret), and "over
   the Indian strikes" names the target as "on" / "at" do (``cues_en.tsv`` obj_prep over).
"""
import pytest

from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 a ceasefire agreed to / welcomed
@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan agree to truce after two days of border clashes",
    "YEREVAN, May 10 - The two governments agreed on Saturday to a ceasefire along the border.",
    "NEW YORK, May 10 - U.N. Secretary-General Antonio Guterres welcomed the ceasefire on Saturday.",
])
def test_a_ceasefire_agreed_to_or_welcomed_is_no_event_of_its_own(text):
    _, evs = _with(text, "x", "2025-05-10")
    assert not [e for e in evs if e.cameo == "0871"], _dump(evs)


def test_a_ceasefire_that_took_effect_is_still_one():
    _, evs = _with("BEIRUT, Nov 27 - A ceasefire between the two sides took effect at dawn on Wednesday.",
                   "x", "2024-11-27")
    assert [e for e in evs if e.cameo == "0871"], _dump(evs)


# ----------------------------------------------------------------------------- 2 voiced regret over X's strikes
def test_voiced_regret_over_national_strikes():
    got, evs = _with("BEIJING, May 8 - China voiced regret over the Indian strikes on Wednesday.", "voiced",
                     "2025-05-08")
    assert got and got[0].cameo == "110" and got[0].source_code == "CHN" and got[0].target_code == "IND", \
        _dump(evs)


def test_voiced_concern_over_national_raids_takes_the_raiders():
    got, evs = _with("ANKARA, May 8 - Turkey voiced concern over the Israeli strikes on Tuesday.", "voiced",
                     "2025-05-08")
    assert got and got[0].target_code == "ISR", _dump(evs)
