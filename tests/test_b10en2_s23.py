"""Session 23 B10EN2 (English causes of the tenth blind test, second round): the party told ("informed Sweden it
would cut relations", "told Ethiopia it would expel …") is the target of the teller's reported act, not its subject;
"the crowd" a force act disperses is the crowd told before; a verb joined by "and" after the dispersed crowd keeps
the police as its subject.  Sentences written for these tests (none from the blind articles); each has a guard."""
from __future__ import annotations

from events_helpers import by_country as _ev, dump, full


def _doc(text):
    return full(text, published_at="2024-05-02")


# ---------------------------------------------------------------- F1. the party told
def test_informed_party_is_target_not_source():
    doc = _doc("Iraq informed Sweden it would cut diplomatic relations if a Koran was burned again.")
    assert _ev(doc, "13", "IRQ", "SWE"), dump(doc)
    assert not _ev(doc, "13", "SWE"), dump(doc)


def test_informed_that_party_is_target():
    doc = _doc("Iraq informed Sweden that it would cut diplomatic relations.")
    assert _ev(doc, "16", "IRQ", "SWE"), dump(doc)


def test_told_party_is_target_not_source():
    doc = _doc("Egypt told Ethiopia it would expel its ambassador.")
    assert _ev(doc, "166", "EGY", "ETH"), dump(doc)
    assert not _ev(doc, "166", "ETH"), dump(doc)


def test_nested_informed_after_said_that():
    doc = _doc("The Jordanian government said in a statement that it had informed Israel it would cut "
               "diplomatic relations if the raids continued.")
    assert _ev(doc, "13", "JOR", "ISR"), dump(doc)


def test_guard_told_with_own_object_keeps_it():
    doc = _doc("Iraq told Sweden that it would expel the Danish ambassador.")
    assert _ev(doc, "166", "IRQ", "DNK"), dump(doc)


def test_guard_told_reporters_no_target():
    doc = _doc("The Turkish minister told reporters it would close the border crossing.")
    assert not [e for e in doc.events if ":tgt-told" in e.rule], dump(doc)


def test_guard_said_with_object_unchanged():
    doc = _doc("Iraq said it would cut diplomatic relations with Sweden if a Koran was burned again.")
    assert _ev(doc, "13", "IRQ", "SWE"), dump(doc)


# ---------------------------------------------------------------- F2. the dispersed crowd
def test_the_crowd_is_the_crowd_told_before():
    doc = _doc("Hundreds of Kenyan protesters rallied outside parliament in Nairobi. "
               "Riot police used tear gas to disperse the crowd.")
    assert [e for e in doc.events if e.cameo == "175" and e.target_country == "KEN"], dump(doc)


def test_arrest_after_dispersed_crowd_targets_it():
    doc = _doc("Hundreds of protesters gathered outside the French embassy in Niamey on Sunday. "
               "Security forces fired tear gas to disperse the crowd and arrested 15 people.")
    assert [e for e in doc.events if e.cameo == "173" and e.target_country == "NER"], dump(doc)


def test_joined_arrest_keeps_police_subject():
    doc = _doc("Thousands of students marched in Dhaka. Police used batons to disperse the protesters and "
               "detained 12 students.")
    arrests = [e for e in doc.events if e.cameo == "173"]
    assert arrests and all(e.source_role == "COP" for e in arrests), dump(doc)


def test_guard_crowd_with_no_earlier_protest():
    doc = _doc("Police used water cannon to disperse the crowd.")
    assert [e for e in doc.events if e.cameo == "175" and not e.target_code], dump(doc)


def test_guard_joined_verb_after_attack_target_unchanged():
    doc = _doc("The army shelled the town and killed three civilians.")
    assert not [e for e in doc.events if ":src-conj" in e.rule], dump(doc)
