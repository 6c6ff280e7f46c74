"""Session 21, GAPA: Arabic leftovers of session 20 (our own sentences, published 2024-05-02).

b. "the two sides" addressed by an appeal fan out to the story's pair of two countries (conflict_sides._to_pair);
a. a passive attack with no agent and no actor takes the attacker of the sentence before (passive_verb_ar).
"""
from __future__ import annotations

from events_helpers import dump, find, full

PUB = "2024-05-02"


def test_appeal_to_two_sides_fans_out_to_pair_of_same_sentence():
    doc = full("ودعت الجامعة العربية الطرفين إلى ضبط النفس بعد اشتباكات بين السودان وتشاد.", published_at=PUB)
    assert find(doc, "02", "IGOARBAGL", "SDN"), dump(doc)
    assert find(doc, "02", "IGOARBAGL", "TCD"), dump(doc)
    assert not find(doc, "02", "IGOARBAGL", None), dump(doc)


def test_demand_to_two_sides_takes_pair_of_sentence_before():
    doc = full("واندلعت اشتباكات بين قوات إثيوبيا وإريتريا على الحدود أمس. وطالبت الأمم المتحدة الجانبين "
               "بوقف القتال فورا.", published_at=PUB)
    assert any(e.cameo.startswith("10") and e.source_code == "IGOUNO" and e.target_country == "ETH"
               for e in doc.events), dump(doc)
    assert any(e.cameo.startswith("10") and e.target_country == "ERI" for e in doc.events), dump(doc)


def test_two_sides_guard_caller_is_one_of_the_pair():
    # Egypt is one of the clashing pair: "the two sides" is no pair it can address -- no target
    doc = full("ودعت مصر الطرفين إلى الحوار بعد اشتباكات بين مصر والسودان.", published_at=PUB)
    assert find(doc, "02", "EGY", None), dump(doc)
    assert not find(doc, "02", "EGY", "SDN"), dump(doc)


def test_two_sides_guard_no_pair_in_story():
    doc = full("ودعا الأمين العام للأمم المتحدة الطرفين إلى ضبط النفس.", published_at=PUB)
    assert not [e for e in doc.events if e.cameo.startswith("02") and e.target_code], dump(doc)


def test_passive_attack_takes_attacker_of_sentence_before():
    doc = full("وقصف الجيش مواقع المتمردين. واستُهدف مخزن للذخيرة في المدينة.", published_at=PUB)
    got = [e for e in doc.events if e.sentence == 1 and e.root == "19"]
    assert got and got[0].source_code == "MIL" and not got[0].target_code, dump(doc)


def test_passive_attack_with_taamma_takes_attacker_of_sentence_before():
    doc = full("وقصف الجيش مواقع المتمردين. وتم قصف مخزن للذخيرة في المدينة.", published_at=PUB)
    got = [e for e in doc.events if e.sentence == 1 and e.root == "19"]
    assert got and got[0].source_code == "MIL", dump(doc)


def test_passive_attack_guard_no_attack_before():
    # the sentence before is a visit: the passive strike names no attacker
    doc = full("وزار الرئيس المصري عمان. واستُهدف مخزن للذخيرة في المدينة.", published_at=PUB)
    assert not [e for e in doc.events if e.sentence == 1 and e.root == "19" and e.source_code], dump(doc)


def test_masdar_after_passive_auxiliary_is_an_attack_with_its_agent():
    doc = full("وجرى استهداف موكب وزير الداخلية العراقي من قبل مسلحين مجهولين قرب بغداد.", published_at=PUB)
    got = [e for e in doc.events if e.trigger == "استهداف"]
    assert got and got[0].cameo == "190" and (got[0].target_country == "IRQ"), dump(doc)


def test_masdar_guard_without_auxiliary_is_no_attack():
    # a condemned targeting: the condemnation only, no attack event of استهداف (no تم / جرى before it)
    doc = full("وأدان وزير الخارجية الأردني استهداف المدنيين في المدينة.", published_at=PUB)
    assert not [e for e in doc.events if e.trigger == "استهداف"], dump(doc)
    assert find(doc, "111", "JORGOV"), dump(doc)
