"""Session 27 speed (SPEED2): the events stage calls a drop / fix module that declares the roots / codes it acts on
(``ACTS_ON``) only when the sentence's events have one; the events are those of calling every module.  The
articles are our own."""
from __future__ import annotations

import re

import pytest

from marsad.coding import (abstract_war, anonymity, board_meeting, capital_addressee, crowd_target_en, danger_noun,
                           demand_noun_ar, hazard_warning_ar, hazards, market_war, operation_en, organ_meetings_ar,
                           own_meeting, protest_sides, refusal_ar, relative_subject_ar, result_victims, setting, staged,
                           threat_if, threat_partner_ar, treaty_if, weapon_thing)
from marsad.coding.cameo import lookup
from marsad.model import to_dict
from marsad.stages import events as events_stage

from events_helpers import full

EN = ("A powerful cyclone struck the coast of Mozambique on Sunday, killing nine people.\n\n"
      "The minister vowed to wage a war on drugs in the capital's poorer districts.\n\n"
      "Officials discussed security threats along the northern border with the army chief.\n\n"
      "The board of the state oil company met on Monday to approve the annual budget.\n\n"
      "The committee will hold its next meeting in mid-March, the central bank said.\n\n"
      "Police fired tear gas at protesters who marched on the parliament in Nairobi.\n\n"
      "The defence pact would apply if either country came under attack, the official said.\n\n"
      "A retail chain launched operations in Kenya last year, the company said.\n\n"
      "An official, who asked not to be named, said the army had shelled rebel positions overnight.\n")
AR = ("ضرب زلزال بقوة خمس درجات مدينة ساحلية في جنوب تركيا فجر الأحد.\n\n"
      "وحذر الأطباء من موجة حر شديدة تضرب البلاد خلال الأسبوع المقبل.\n\n"
      "وأعلنت الحكومة حربا على الفساد في المؤسسات العامة.\n\n"
      "وقال مسؤول رفض الكشف عن اسمه إن قوات الأمن اعتقلت عشرة محتجين في العاصمة.\n\n"
      "وتعقد اللجنة اجتماعها المقبل في منتصف الشهر الجاري.\n\n"
      "ونظمت الحكومة مظاهرة حاشدة في الساحة الرئيسية للمدينة.\n\n"
      "وأسفر القصف عن مقتل ثلاثة من عناصر الشرطة في المدينة.\n\n"
      "وطالبت الرباط بفتح تحقيق في الحادث، وهددت بالرد إذا لم يتوقف القصف.\n")

GATED = {"hazards": hazards.ACTS_ON, "hazard_warning_ar": hazard_warning_ar.ACTS_ON,
         "abstract_war": abstract_war.ACTS_ON, "danger_noun": danger_noun.ACTS_ON, "weapon_thing": weapon_thing.ACTS_ON,
         "market_war": market_war.ACTS_ON, "board_meeting": board_meeting.ACTS_ON,
         "organ_meetings_ar": organ_meetings_ar.ACTS_ON, "own_meeting": own_meeting.ACTS_ON,
         "setting": setting.ACTS_ON, "anonymity": anonymity.ACTS_ON, "treaty_if": treaty_if.ACTS_ON,
         "operation_en": operation_en.ACTS_ON, "crowd_target_en": crowd_target_en.ACTS_ON,
         "refusal_ar": refusal_ar.ACTS_ON, "demand_noun_ar": demand_noun_ar.ACTS_ON,
         "capital_addressee": capital_addressee.ACTS_ON, "threat_partner_ar": threat_partner_ar.ACTS_ON,
         "staged": staged.ACTS_ON, "result_victims": result_victims.ACTS_ON,
         "relative_subject_ar": relative_subject_ar.ACTS_ON, "threat_if": threat_if.SOURCELESS_ON,
         "protest_sides": protest_sides.LOYAL_ON}


class _Every(set):
    """A key set that meets every declared set: every module is called."""

    def isdisjoint(self, other) -> bool:
        return False


def _events(text: str):
    return [to_dict(e) for e in full(text).events]


@pytest.mark.parametrize("text", [EN, AR], ids=["en", "ar"])
def test_gated_calls_give_the_events_of_every_call(monkeypatch, text):
    gated = _events(text)
    assert gated   # (the articles are coded: the comparison is not of two empty lists)
    monkeypatch.setattr(events_stage, "_keys", lambda evs: _Every())
    assert _events(text) == gated


def test_a_wrong_declared_set_changes_the_events(monkeypatch):
    """The comparison above can fail: the cyclone with no roots declared for hazards stays an attack."""
    one = EN.split("\n\n")[0]
    before = {e["cameo"] for e in _events(one)}
    monkeypatch.setattr(hazards, "ACTS_ON", frozenset())
    assert {e["cameo"] for e in _events(one)} != before


def test_keys_are_roots_and_codes():
    evs = full(AR.split("\n\n")[0] + "\n\nوقصفت طائرات حربية مواقع للمسلحين شمال المدينة.\n").events
    assert evs
    assert events_stage._keys(evs) == {e.root for e in evs} | {e.cameo for e in evs}


@pytest.mark.parametrize("name", sorted(GATED))
def test_declared_sets_are_roots_or_cameo_codes(name):
    declared = GATED[name]
    assert declared and isinstance(declared, frozenset)
    for k in declared:
        assert re.fullmatch(r"\d{2}", k) or (re.fullmatch(r"\d{3,4}", k) and lookup(k) is not None), (name, k)
