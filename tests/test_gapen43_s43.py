"""Session 43 (helper gapen43): English constructions of the in-sample gold, our own sentences.

1. A bare crowd noun ("protesters", "demonstrators") is no protest event of its own: the crowd's verb is ("protesters
   blocked a motorway" 144, "demonstrators marched" 141); "the protesters had no permission", "visited wounded
   protesters", "urged protesters to go home" code nothing for the noun.  "motorway(s)" / "highways" / "bridges" are
   roads a crowd blocks (manual_en.tsv block 144).
2. A protest noun as the backdrop of another act after a four-word opener ("at the end of weeks of protests", "in the
   face of") or with a hyphenated word between ("after a week of youth-led protests") is no event
   (``protest_backdrop_en``: the opener window is the longest opener's width; "youth-led" is a plain word).
3. A generic fight word right after a casualty or a setting opener ("were killed in clashes across the country",
   "injured in clashes with demonstrators", "during the fighting", "At the height of the fighting") is no fight event
   (``fight_setting_en``); "captured the town after two days of clashes with the army" and "clashed" stay.
"""
import pytest

from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 a bare crowd noun
@pytest.mark.parametrize("text", [
    "DAKAR, May 4 - The minister said on Sunday that the protesters had not asked for permission to gather.",
    "LAGOS, May 4 - The governor, who visited wounded protesters in hospital on Sunday, said ten people were hurt.",
    "DHAKA, May 4 - The army chief urged protesters on Sunday to go home and promised an inquiry.",
])
def test_a_bare_crowd_noun_is_no_protest(text):
    got, evs = _with(text, "protest", "2024-05-04")
    assert not got and not [e for e in evs if e.trigger.lower().startswith("demonstr")], _dump(evs)


def test_a_crowd_blocking_a_motorway_is_a_protest():
    got, evs = _with("MADRID, May 4 - Demonstrators in Seville blocked a motorway for three hours on Sunday.",
                     "blocked", "2024-05-04")
    assert got and got[0].cameo == "144" and got[0].source_country == "ESP", _dump(evs)


def test_a_marching_crowd_stays_a_protest():
    got, evs = _with("MADRID, May 4 - Thousands of demonstrators marched through Seville on Sunday.", "demonstrators",
                     "2024-05-04")
    assert got and got[0].cameo == "141", _dump(evs)


# ----------------------------------------------------------------------------- 2 a protest as a backdrop
@pytest.mark.parametrize("text", [
    "LIMA, May 4 - The army seized power on Sunday at the end of weeks of student protests. Thousands of students "
    "marched in Lima on Monday.",
    "LIMA, May 4 - The prime minister resigned on Sunday after a week of youth-led protests. Thousands of students "
    "marched in Lima on Monday.",
    "LIMA, May 4 - The cabinet quit on Sunday in the face of angry street protests. Thousands of students marched in "
    "Lima on Monday.",
])
def test_a_protest_noun_as_a_backdrop_is_no_event(text):
    got, evs = _with(text, "protests", "2024-05-06")
    assert not got and any(e.root == "14" for e in evs), _dump(evs)


# ----------------------------------------------------------------------------- 3 a fight as a setting
@pytest.mark.parametrize("text", [
    "CARACAS, May 4 - At least nine people were killed in clashes across the country on Sunday, a rights group said.",
    "SKOPJE, May 4 - Police said on Sunday that six officers were injured in clashes with demonstrators.",
    "DOHA, May 4 - At the height of the fighting on Sunday, Qatar called for restraint.",
    "PRETORIA, May 4 - South Africa said on Sunday that nine of its soldiers had been killed in the fighting around "
    "Sake over the past week.",
])
def test_a_fight_as_the_setting_of_a_casualty_is_no_event(text):
    evs = _with(text, "x", "2024-05-04")[1]
    assert not [e for e in evs if e.trigger.lower().startswith(("clashes", "fighting"))], _dump(evs)


def test_clashes_as_a_told_step_stay():
    got, evs = _with("GOMA, May 4 - Rebels captured the town of Sake on Sunday after two days of clashes with the "
                     "Congolese army, officials said.", "clashes", "2024-05-04")
    assert got and got[0].root == "19", _dump(evs)
