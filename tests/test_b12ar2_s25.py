"""Session 25, B12AR2: Arabic actor causes of the twelfth blind test (our own sentences): a companion after برفقة is
no object; "كل من X وY" before a condemned act noun; a threat's content after بأن names its target; the supreme
leader is a title; supporters of an armed body who protest are civilians of the place."""
from __future__ import annotations

from events_helpers import dump, full


def _pairs(doc, prefix):
    return sorted((e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix))


# 1. a companion (برفقة، بصحبة) is neither subject nor object; the condemned act names its author
def test_condemned_attack_with_companion_takes_the_attacker():
    doc = full("قصفت طائرات إسرائيلية مستودعا قرب مطار دمشق أمس. "
               "ودان وزير الخارجية السوري الهجوم خلال تفقده المستودع برفقة السفير الروسي.")
    assert _pairs(doc, "11") == [("SYRGOV", "ISRMIL")], dump(doc)


def test_companion_is_no_target():
    doc = full("وانتقد وزير الخارجية اللبناني القرار خلال جولة في الجنوب بصحبة السفير الفرنسي.")
    assert not any(e.target_country == "FRA" for e in doc.events if e.cameo.startswith("11")), dump(doc)


def test_guard_object_before_companion_stays():
    doc = full("استقبل الرئيس المصري السفير الفرنسي برفقة وزير الخارجية.")
    assert ("EGYGOV", "FRAGOV") in _pairs(doc, "04"), dump(doc)


# 2. "أدانت كل من X وY الهجوم": the opener of a coordinated subject before the condemned act noun
def test_each_of_before_condemned_attack():
    doc = full("قصفت طائرات إسرائيلية مستودعا قرب مطار دمشق أمس. "
               "وأدانت كل من الأردن ومصر الهجوم في بيانين منفصلين.")
    got = [e for e in doc.events if e.cameo.startswith("11") and e.source_country == "EGY"]
    assert got and all(e.target_country == "ISR" for e in got), dump(doc)


def test_each_of_accusative_spelling_before_condemned_attack():
    # "كلا من": the spelling the coordination rules of structure / actors accept too (final review, session 25)
    doc = full("قصفت طائرات إسرائيلية مستودعا قرب مطار دمشق أمس. "
               "وأدانت كلا من الأردن ومصر الهجوم في بيانين منفصلين.")
    got = [e for e in doc.events if e.cameo.startswith("11") and e.source_country == "EGY"]
    assert got and all(e.target_country == "ISR" for e in got), dump(doc)


def test_guard_each_of_after_object_is_not_read():
    doc = full("قصفت طائرات إسرائيلية مستودعا قرب مطار دمشق أمس. وأدانت مصر كل من الهجوم والحصار.")
    assert not any(e.target_country == "ISR" and ":tgt-act" in e.rule for e in doc.events), dump(doc)


# 3. a threat whose content opens with بأن: the content's subject is the target; the supreme leader is a title
def test_supreme_leader_threat_content_target():
    doc = full('وتوعد المرشد الأعلى علي خامنئي في كلمة اليوم بأن الولايات المتحدة "ستدفع الثمن غاليا".')
    assert _pairs(doc, "13") == [("IRNGOV", "USA")], dump(doc)


def test_threat_content_after_adjuncts():
    doc = full("وهدد الرئيس الروسي في كلمة متلفزة مساء اليوم بأن أوكرانيا ستدفع ثمن الهجوم.")
    assert ("RUSGOV", "UKR") in _pairs(doc, "13"), dump(doc)


def test_supreme_leader_is_a_subject():
    doc = full("وانتقد المرشد الأعلى الإيراني الحكومة الفرنسية بشدة.")
    assert _pairs(doc, "11") == [("IRNGOV", "FRAGOV")], dump(doc)


def test_guard_own_forces_in_threat_content():
    doc = full("وتوعد الرئيس الإيراني بأن الجيش الإيراني سيرد بقوة.")
    assert all(e.target_country != "IRN" for e in doc.events if e.cameo.startswith("13")), dump(doc)


# 4. supporters of an armed body who protest are civilians of the protest's place
def test_supporters_of_factions_protest_are_civilians():
    doc = full("تظاهر مئات من أنصار الفصائل المسلحة أمام مدخل المنطقة الخضراء في بغداد، "
               "مطالبين بإخراج القوات الأجنبية من البلاد.")
    got = [e for e in doc.events if e.cameo.startswith("14")]
    assert got and all(e.source_code == "IRQCVL" for e in got), dump(doc)
    hal = [e for e in doc.events if e.trigger == "مطالبين"]
    assert hal and all((e.source_code or "").endswith("CVL") for e in hal), dump(doc)


def test_supporters_of_armed_groups_gather():
    doc = full("واحتشد أنصار الجماعات المسلحة في ساحة عامة ببيروت للتنديد بالغارات.")
    got = [e for e in doc.events if e.cameo.startswith("14")]
    assert got and all(e.source_code == "LBNCVL" for e in got), dump(doc)


def test_guard_party_supporters_keep_their_party():
    doc = full("تظاهر آلاف من أنصار التيار الصدري في بغداد.")
    assert [e.source_code for e in doc.events if e.cameo.startswith("14")] == ["IRQPTY"], dump(doc)


def test_guard_armed_attack_by_supporters_unchanged():
    doc = full("هاجم مسلحون من أنصار الفصائل قاعدة عسكرية في الأنبار.")
    assert all(":supporters" not in e.rule for e in doc.events), dump(doc)
