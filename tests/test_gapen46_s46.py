"""Session 46 (helper gapen46): English precision and recall of the in-sample gold, our own sentences.

1. An unknown English name in a story of the dateline's country (its country at least 0.6 of the countries named)
   takes that country when the sentence naming the person first names no other (``actors._home_story_names_en``);
   the bare roles of its sentence still get the home country (``home_country._counts`` does not count it).
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


def test_unknown_name_first_named_beside_another_country_stays_unknown():
    got, evs = _with("WARSAW, March 3 (Marsad) - Poland's ruling coalition faced a new crisis on Monday over the "
                     "budget, and Polish lawmakers met for hours. Jonas Petraitis, speaking at a conference in "
                     "Vilnius, criticised the budget plan. Poland's president signed the plan into law. Polish "
                     "unions welcomed it.", "criticised", "2025-03-03")
    assert got and got[0].source_country is None, _dump(evs)
