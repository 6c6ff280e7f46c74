"""Session 24 B11EN2 (English causes left by B11EN): an actor-less rally noun ("a public gathering", "the rally")
after a protest coded with actors names that protest back, whatever code the noun took (no second event); a
cooperation's "against X" is the common foe, not the partner ("promised to step up cooperation against the PKK").
Sentences written for these tests (none from the blind articles); each case has a guard."""
from __future__ import annotations

from events_helpers import dump, full


def _doc(text):
    return full(text, published_at="2024-05-02")


_RALLY = ("Supporters of the cleric gathered outside the Danish embassy in Baghdad on Thursday, chanting slogans "
          "against the government. ")


# ---------------------------------------------------------------- 1. a rally noun retells the protest
def test_public_gathering_after_rally_is_no_second_event():
    doc = _doc(_RALLY + "Police said the permit covered a public gathering.")
    assert [e for e in doc.events if e.root == "14" and e.sentence == 0], dump(doc)
    assert not [e for e in doc.events if e.sentence == 1 and e.trigger.endswith("gathering")], dump(doc)


def test_the_rally_after_protest_is_no_second_event():   # guard: same code, dropped before too
    doc = _doc("Thousands of students marched through Nairobi on Tuesday, waving banners against the tax bill. "
               "Organisers said the rally had been planned for weeks.")
    assert [e for e in doc.events if e.root == "14" and e.sentence == 0], dump(doc)
    assert not [e for e in doc.events if e.sentence == 1], dump(doc)


def test_gathering_without_earlier_protest_stays():   # guard: nothing told before
    doc = _doc("Police said the permit covered a public gathering outside the Danish embassy in Baghdad.")
    assert [e for e in doc.events if e.trigger.endswith("gathering")], dump(doc)


def test_later_meeting_after_rally_stays():   # guard: a meeting is no rally noun
    doc = _doc(_RALLY + "Later the ministers held a meeting in Baghdad.")
    assert [e for e in doc.events if e.sentence == 1 and e.cameo.startswith("04")], dump(doc)


def test_separate_gathering_after_rally_stays():   # guard: another happening
    doc = _doc(_RALLY + "In a separate gathering, police said the permit covered a public gathering in Basra.")
    assert [e for e in doc.events if e.sentence == 1 and e.trigger.endswith("gathering")], dump(doc)


# ---------------------------------------------------------------- 2. cooperation against X: X is the foe
def test_cooperation_against_group_has_no_foe_target():
    doc = _doc("Sweden promised to step up cooperation against the PKK.")
    coop = [e for e in doc.events if e.root in ("03", "06") and e.source_country == "SWE"]
    assert coop and not [e for e in coop if (e.target_code or "").endswith("REB")], dump(doc)


def test_cooperation_with_partner_against_group_keeps_partner():   # guard: "with Turkey" is the partner
    doc = _doc("Sweden promised to step up cooperation with Turkey against the PKK.")
    assert [e for e in doc.events if e.root == "03" and e.source_country == "SWE" and e.target_code == "TUR"], dump(doc)


def test_attack_against_group_keeps_target():   # guard: a fight's "against X" is its target
    doc = _doc("Turkish troops launched an offensive against the PKK in northern Iraq.")
    assert [e for e in doc.events if e.root in ("18", "19") and (e.target_code or "").endswith("REB")], dump(doc)


# ---------------------------------------------------------------- 3. whom a rally is for, after its signs
_LEADER = "Bolivian President Luis Arce thanked the army on Tuesday. "


def test_rally_chanting_in_support_of_bare_surname_targets_government():
    doc = _doc(_LEADER + "Hundreds of people gathered outside the palace on Wednesday night, waving flags and "
                         "chanting in support of Arce.")
    assert [e for e in doc.events if e.root == "14" and e.target_code == "BOLGOV"], dump(doc)


def test_rally_signs_without_support_phrase_have_no_target():   # guard: no "in support of"
    doc = _doc(_LEADER + "Hundreds of people gathered outside the palace on Wednesday night, waving flags and "
                         "chanting slogans.")
    assert [e for e in doc.events if e.root == "14"], dump(doc)
    assert not [e for e in doc.events if e.root == "14" and e.target_code], dump(doc)


def test_support_phrase_in_another_clause_is_no_rally_target():   # guard: a sentence break, another speaker
    doc = _doc(_LEADER + "Hundreds of people gathered outside the palace on Wednesday night, waving flags. "
                         "Morales later spoke in support of Arce.")
    assert not [e for e in doc.events if e.root == "14" and e.target_code == "BOLGOV"], dump(doc)
