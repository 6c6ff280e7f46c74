"""Session 17, B4AC: actor causes of the fourth blind test (our own sentences; each rule with a guard)."""
from __future__ import annotations

from events_helpers import find, full, show


# 1. the target of condemning a definite act noun told earlier (condemned_act.py)

def test_ar_condemned_attack_noun_after_the_subject_targets_the_attacker():
    doc = full("قصفت طائرات حربية تركية مساء الأحد قرى في ريف دهوك شمالي العراق، ما أسفر عن إصابة أربعة مدنيين. "
               "وقال مسؤول محلي إن السكان غادروا منازلهم. "
               "ودانت الحكومة العراقية الهجوم في بيان صدر صباح الاثنين.", published_at="2025-06-09")
    ev = find(doc, "111", "IRQGOV")
    assert ev and (ev[0].target_country == "TUR"), show(doc)
    assert ":tgt-act" in ev[0].rule


def test_ar_coordinated_condemners_of_the_strikes_each_target_the_attacker():
    doc = full("شنت طائرات إسرائيلية غارات على مواقع قرب مدينة حمص السورية فجر الجمعة. "
               "وأدانت مصر والأردن الغارات في بيانين منفصلين.", published_at="2025-02-14")
    for c in ("EGY", "JOR"):
        ev = find(doc, "111", c)
        assert ev and ev[0].target_country == "ISR", (c, show(doc))
    assert not any(e.trigger == "الغارات" for e in doc.events), show(doc)   # the strikes told before, no new act


def test_ar_condemned_act_noun_without_an_earlier_attack_is_unchanged_guard():
    doc = full("ودانت الحكومة العراقية الهجوم في بيان صدر صباح الاثنين.", published_at="2025-06-09")
    ev = find(doc, "111", "IRQGOV")
    assert ev and not ev[0].target_code and ":tgt-act" not in ev[0].rule, show(doc)


def test_en_also_condemned_the_raid_takes_the_earlier_condemnation_target():
    doc = full("Venezuelan troops raided a Guyanese border post on Saturday, the government in Georgetown said. "
               "Officials said two soldiers were hurt. Schools stayed shut on Monday. "
               "The Caribbean Community condemned the raid on Monday. "
               "Traders closed their shops in the border town. The rains delayed the harvest. "
               "The river rose by a metre. Buses ran late. Markets opened again on Tuesday. "
               "Chile and Peru also condemned the raid.", published_at="2025-03-04")
    ev = find(doc, "111", "IGOCRB")
    assert ev and ev[0].target_country == "VEN", show(doc)
    for c in ("CHL", "PER"):
        ev = find(doc, "111", c)
        assert ev and ev[0].target_country == "VEN", (c, show(doc))


def test_en_condemned_the_raid_far_from_any_raid_is_unchanged_guard():
    doc = full("Chile and Peru condemned the raid on Monday.", published_at="2025-03-04")
    evs = find(doc, "111")
    assert evs and all(not e.target_code for e in evs), show(doc)
