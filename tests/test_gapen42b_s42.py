"""Session 42 (helper gapen42b): English constructions of the in-sample gold, round two, our own sentences.

1. "the colonel" / "the 58-year-old colonel" after a named colonel is that colonel (``title_back.tsv`` family
   officer; ``title_back.family`` lets an age stand between "the" and the title: "The 47-year-old president").
2. (withdrawn: "protest movement" as the home opposition in roles.tsv -- measured neutral, and test_gapen42's
   "held talks with representatives of the protest movement" pins the home-country target of a partner that is no
   actor.)
3. "welcomed the truce and urged both sides to respect it and to protect civilians": when the verb's own object is a
   definite noun that is no actor, actors in the content ("to …") of a second past verb after "and" are none of its
   targets (``events._own_object_and_verb``); the second verb's addressee before its "to" still is ("condemned the
   storming … and urged the Iraqi government to protect …").
"""
import pytest

from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 a titled person named back
@pytest.mark.parametrize("text", [
    "LIMA, March 3 - Peruvian army Colonel Pedro Alvarez was sworn in as president on Friday. At a ceremony in the "
    "capital, the 58-year-old colonel promised to hold elections within a year.",
    "LIMA, March 3 - Peruvian army Colonel Pedro Alvarez was sworn in as president on Friday. At a ceremony in the "
    "capital, the colonel promised to hold elections within a year.",
])
def test_the_colonel_is_the_colonel_named_before(text):
    got, evs = _with(text, "promised", "2025-03-03")
    assert got and got[0].source_country == "PER", _dump(evs)


def test_an_age_between_the_article_and_the_title():
    got, evs = _with("PARIS, March 3 - French President Emmanuel Macron met German Chancellor Olaf Scholz on Friday. "
                     "The 47-year-old president promised to increase aid to Ukraine.", "promised", "2025-03-03")
    assert got and got[0].source_country == "FRA", _dump(evs)


# ----------------------------------------------------------------------------- 3 the welcome's target
def test_a_welcome_takes_no_target_from_the_next_verbs_content():
    got, evs = _with("GENEVA, Oct 19 - A spokesman for the U.N. human rights office welcomed the truce and urged both "
                     "sides to respect it and to protect civilians.", "welcomed", "2025-10-19")
    assert got and not any((e.target_code or "").endswith("CVL") for e in got), _dump(evs)


def test_the_second_verbs_addressee_still_names_the_condemned_side():
    got, evs = _with("BAGHDAD, July 20 - The United States condemned the storming of the embassy and urged the Iraqi "
                     "government to protect foreign missions.", "condemned", "2023-07-20")
    assert got and got[0].target_country == "IRQ", _dump(evs)
