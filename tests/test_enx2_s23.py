"""Session 23, ENX2: English actors left by ENX (general fixes, sentences written for these tests).

An organisation + title + unknown name ("EU Trade Commissioner X") is the organisation's official, and so is the
surname alone later; an unknown name + ", who leads the X gang," is X's; SADC is the Southern African Development
Community; a bloc-seat city said by the bloc's own official is no self-addressed target.  Each has a guard.
"""
from __future__ import annotations

from events_helpers import dump, full


def _doc(text, pub="2024-05-02"):
    return full(text, published_at=pub)


def _ev(doc, prefix):
    return [e for e in doc.events if e.cameo.startswith(prefix)]


def _actor(doc, name):
    return next((a for a in doc.actors if any(doc.text[s:e] == name for s, e in a.spans)), None)


# ---------------------------------------------------------------- 1. organisation + title + name, then the surname
def test_igo_title_name_and_later_surname_are_the_igo():
    doc = _doc("EU Trade Commissioner Marta Kowalski criticised the export ban on Monday. Kowalski urged Indonesia to "
               "lift it before the summit.")
    assert _actor(doc, "Kowalski") is not None and _actor(doc, "Kowalski").code == "IGOEUREEC", dump(doc)
    assert [e for e in _ev(doc, "02") if e.source_code == "IGOEUREEC" and e.target_code == "IDN"], dump(doc)


def test_igo_official_surname_meeting_is_coded_both_ways():
    doc = _doc("EU Energy Commissioner Elena Marsh arrived in Khartoum on Monday. Marsh held talks with Sudanese "
               "Foreign Minister Ali Hassan on Tuesday.")
    pairs = {(e.source_code, e.target_code) for e in _ev(doc, "04")}
    assert ("IGOEUREEC", "SDNGOV") in pairs and ("SDNGOV", "IGOEUREEC") in pairs, dump(doc)


def test_bloc_official_naming_the_bloc_seat_is_no_self_target():   # guard of the knock-on (bloc_seat)
    doc = _doc("EU Trade Commissioner Marta Kowalski criticised the export ban. Kowalski said Brussels would respond.")
    assert not [e for e in doc.events if e.source_code and e.source_code == e.target_code], dump(doc)


def test_national_police_commissioner_is_no_igo():   # guard: a role row is not the organisation of the title
    doc = _doc("Kenyan police commissioner John Kamau criticised the protesters. Kamau said officers were attacked.")
    a = _actor(doc, "Kamau")
    assert a is None or not (a.code or "").startswith("IGO"), dump(doc)


def test_minister_after_an_igo_in_another_sentence_keeps_his_own_reading():   # guard
    doc = _doc("The UN sent aid to the camps. Trade Minister Piet Smit criticised the export ban.")
    assert not [e for e in _ev(doc, "11") if (e.source_code or "").startswith("IGO")], dump(doc)


# ---------------------------------------------------------------- 2. an unknown name + ", who leads the X gang,"
def test_who_leads_the_gang_gives_the_person_the_gang():
    doc = _doc("Jimmy Cherizier, who leads the G9 gang coalition, threatened to attack the police.")
    assert [e for e in _ev(doc, "13") if e.source_code == "CRM"], dump(doc)


def test_apposition_then_who_leads_and_the_pronoun_after():
    doc = _doc("Wilson Joseph, the former soldier who heads the Grand Ravine gang, warned that his men would burn the "
               "town hall. He demanded that the mayor resign.")
    assert [e for e in _ev(doc, "13") if e.source_code == "CRM"], dump(doc)
    assert [e for e in _ev(doc, "10") if e.source_code == "CRM"], dump(doc)


def test_who_met_the_police_is_not_the_police():   # guard: another verb of the relative clause
    doc = _doc("John Smith, who met the police chief on Monday, criticised the arrests.")
    assert not [e for e in _ev(doc, "11") if e.source_code == "COP"], dump(doc)


# ---------------------------------------------------------------- 3. SADC
def test_sadc_alone_is_the_southern_african_community():
    doc = _doc("SADC said it would impose sanctions on Madagascar if the junta kept power.")
    assert [e for e in doc.events if e.source_code == "IGOSAFDEVSAD"], dump(doc)
