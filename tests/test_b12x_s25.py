"""Session 25, B12X: what was left of the twelfth blind test (our own sentences).  A killing whose own clause names no
place takes the place of the clause of the strike noun merged into it ("قتل …، بينهم …، في غارة … في حي …"), not the
country of its victims."""
from __future__ import annotations

from events_helpers import dump, find, full


def _place(doc, ev):
    return next((p for p in doc.places if p.id == ev.place_id), None)


def _killing(doc, tgt):
    evs = [e for e in find(doc, "19", "*", tgt) + find(doc, "18", "*", tgt) if e.trigger.startswith("قتل")]
    assert evs, dump(doc)
    return evs[0]


# the strike noun's clause (after a parenthetical "، بينهم …،") names the place
def test_killing_takes_place_of_merged_strike_clause():
    doc = full("قتل أربعة من عناصر الجيش السوري، بينهم ضابط، في قصف تركي استهدف موقعا عسكريا قرب بلدة تل رفعت أمس.")
    p = _place(doc, _killing(doc, "SYRMIL"))
    assert p is not None and p.precision != "country" and "رفعت" in p.text, dump(doc)


def test_killing_takes_district_of_merged_attack_clause():
    doc = full("قتل خمسة جنود عراقيين، بينهم ضابطان، في هجوم لمسلحين على نقطة تفتيش في قضاء الطارمية شمالي بغداد.")
    p = _place(doc, _killing(doc, "IRQMIL"))
    assert p is not None and p.precision != "country", dump(doc)


def test_consulate_strike_place_is_the_city_not_the_victims_country():
    doc = full("قتل ثلاثة من عناصر الحرس الثوري الإيراني، بينهم مستشار عسكري، في غارة جوية إسرائيلية على مبنى "
               "في حي كفرسوسة بدمشق فجر اليوم.")
    ev = _killing(doc, "IRNMIL")
    p = _place(doc, ev)
    assert p is not None and p.country == "SYR", dump(doc)


# guards
def test_guard_place_in_own_clause_unchanged():
    doc = full("قتل ثلاثة جنود أتراك في هجوم شنه مسلحون على قاعدة في دهوك أمس.")
    p = _place(doc, _killing(doc, "TURMIL"))
    assert p is not None and p.country == "IRQ" and p.precision != "country", dump(doc)


def test_guard_no_place_in_strike_clause_keeps_target_country():
    doc = full("قتل سبعة من عناصر الحرس الثوري الإيراني، بينهم قائدان، في غارة جوية إسرائيلية.")
    p = _place(doc, _killing(doc, "IRNMIL"))
    assert p is not None and p.country == "IRN", dump(doc)


def test_guard_place_of_another_clause_not_taken():
    doc = full("قتل ثلاثة جنود إيرانيين بنيران مسلحين على الحدود، فيما تظاهر المئات في بغداد.")
    ev = _killing(doc, "IRNMIL")
    p = _place(doc, ev)
    assert p is None or p.country != "IRQ", dump(doc)


# "كل من X وY" / "كلا من X وY" as the object after an unresolved subject: both conjuncts are addressees
def test_call_on_both_of_after_bare_title():
    doc = full("ودعا الأمين العام كل من إيران والسعودية إلى ضبط النفس.")
    assert find(doc, "02", "*", "IRN") and find(doc, "02", "*", "SAU"), dump(doc)


def test_call_on_coordinated_states_after_bare_title():
    doc = full("ودعا الأمين العام العراق والكويت إلى الحوار.")
    assert find(doc, "02", "*", "IRQ") and find(doc, "02", "*", "KWT"), dump(doc)


def test_urge_kulla_min_accusative():
    doc = full("وحث المبعوث الخاص كلا من إثيوبيا والسودان على استئناف المفاوضات.")
    assert find(doc, "02", "*", "ETH") and find(doc, "02", "*", "SDN"), dump(doc)


def test_guard_subject_noun_then_object_unchanged():
    doc = full("واتهمت اللجنة قوات الدعم السريع بقصف مخيم في الفاشر.")
    assert find(doc, "112", "*", "SDNREB"), dump(doc)


# actors after ضد inside the demanded / called-for act are that act's targets, not the addressee
def test_demand_escalation_against_has_no_addressee():
    doc = full("ودعا المتحدث باسم حركة حماس إلى تصعيد المقاومة ضد الجيش الإسرائيلي في الضفة الغربية.")
    ev = find(doc, "02", "PSEREB")
    assert ev and all(e.target_code is None for e in ev), dump(doc)


def test_demand_with_b_content_against_has_no_addressee():
    doc = full("وطالبت حماس المجتمع الدولي بالتحرك ضد الاحتلال الإسرائيلي.")
    ev = find(doc, "10", "PSEREB")
    assert ev and all(not (e.target_code or "").startswith("ISR") for e in ev), dump(doc)


def test_guard_addressee_before_content_kept():
    doc = full("ودعا الرئيس الفلسطيني مجلس الأمن إلى التحرك ضد الاستيطان الإسرائيلي.")
    assert find(doc, "02", "PSEGOV", "IGOUNO"), dump(doc)


# "the junta" names back the one country whose military government the story named
def test_junta_named_back_as_threat_target():
    doc = full("Mali's military government expelled the French ambassador on Monday. A separatist group threatened "
               "new attacks unless the junta released its fighters.")
    assert find(doc, "13", "*", "MLIMIL"), dump(doc)


def test_junta_named_back_as_condemned():
    doc = full("Guinea's junta suspended two newspapers on Friday. Opposition parties condemned the junta for the decision.")
    assert find(doc, "111", "*", "GINMIL"), dump(doc)


def test_guard_two_juntas_no_country():
    doc = full("Mali's military government expelled the French ambassador on Monday. Burkina Faso's military government "
               "recalled its envoy. A separatist group threatened new attacks unless the junta released its fighters.")
    assert not find(doc, "13", "*", "MLIMIL") and not find(doc, "13", "*", "BFAMIL"), dump(doc)


# "Its ambassador to X" after a sentence opening with a country: that country's envoy, X the host
def test_its_ambassador_is_the_country_before():
    doc = full("Japan has offered to help. Its ambassador to Kenya met the foreign minister in Nairobi on Monday.")
    assert find(doc, "04", "JPN", "KEN"), dump(doc)


def test_its_ambassador_with_apposed_name():
    doc = full("Turkey, which hosts the talks, has tried to mediate. Its ambassador to Sudan, Ahmet Yilmaz, met "
               "the army chief in Port Sudan on Sunday.")
    assert find(doc, "04", "TUR"), dump(doc)
    assert not find(doc, "04", "SDNGOV", None), dump(doc)


def test_guard_its_ambassador_without_country_before():
    doc = full("The talks stalled. Its ambassador to Kenya met the foreign minister.")
    assert not find(doc, "04", "JPN"), dump(doc)
    assert not any(":poss-envoy" in e.rule for e in doc.events), dump(doc)


# "accused X of "…" by …, and warned that <capital> would respond": scare quotes do not end the accusation
def test_warning_after_accusation_with_scare_quotes():
    doc = full("Egypt accused Ethiopia of \"unilateral\" filling of the dam, and warned that Cairo would protect its "
               "water rights.")
    assert find(doc, "13", "EGY", "ETH"), dump(doc)


def test_guard_warning_after_quotation_not_joined():
    doc = full("Egypt accused Ethiopia of filling the dam. \"We will not accept it,\" the minister said, and warned "
               "that Cairo would act.")
    assert not find(doc, "13", "*", "ETH"), dump(doc)


def test_its_ambassador_in_reported_meeting():
    doc = full("Japan has offered to help. Its ambassador to Kenya met the foreign minister in Nairobi on Monday, "
               "according to the Kenyan presidency.")
    assert find(doc, "04", "JPN", "KEN"), dump(doc)
