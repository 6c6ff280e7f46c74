"""Arabic ASSAULT rules from issue #7 round 3 (air strikes and launched missiles), on sentences written
for these tests: ضربة جوية / نفذ + attack noun / أطلق + dual missiles / إطلاق صواريخ are triggers; an
attack noun that heads a national actor (ضربة جوية أميركية) is the agent, never the victim; a counted
noun phrase before a passive-prone verb is its patient even when it names armed men; "تبنته" (claimed
by) carries an attack noun back to its agent."""
import pytest

from events_helpers import dump, full
from events_helpers import of_type as ev


def run(text):
    return full(text, published_at="2009-03-14")


@pytest.mark.parametrize("text", [
    "ونفذت القوات الفرنسية ضربة جوية على مواقع للمتمردين في شمال مالي.",
    "وشنت مقاتلات تركية ضربات جوية على قرى حدودية فجر اليوم.",
    "وأطلقت طائرة بلا طيار صاروخين على منزل في منطقة قبلية قرب الحدود.",
])
def test_strike_and_missile_triggers(text):
    doc = run(text)
    assert ev(doc, "ASSAULT"), dump(doc)


def test_air_strike_with_nationality_is_the_agent_not_the_victim():
    doc = run("وقال مصدر في الشرطة إن سبعة أشخاص قتلوا جراء ضربة جوية فرنسية.")
    evs = ev(doc, "ASSAULT")
    assert evs and all(e.target_country != "FRA" for e in evs), dump(doc)
    assert any(e.source_country == "FRA" for e in evs), dump(doc)


def test_adjective_strike_noun_gives_its_agent():
    doc = run("وأسفرت ضربة جوية روسية عن مقتل عشرة مدنيين في ريف المدينة.")
    assert ev(doc, "ASSAULT", source_country="RUS"), dump(doc)


def test_counted_armed_men_before_passive_verb_are_the_victims():
    doc = run("وقال مسؤول محلي إن خمسة مسلحين قتلوا في ضربة جوية أميركية على قرية قرب الحدود.")
    evs = ev(doc, "ASSAULT")
    assert any(e.source_country == "USA" and e.target_role == "UAF" for e in evs), dump(doc)


def test_claimed_by_gives_the_attack_its_agent():
    doc = run("وأصيب عشرة أشخاص في تفجير تبناه تنظيم القاعدة في بغداد.")
    assert [e for e in ev(doc, "ASSAULT") if (e.source_code or "").startswith("IMG")], dump(doc)


def test_bare_blow_is_not_an_attack():
    # ضربة without جوية / صاروخية is any blow (here a political one)
    doc = run("وجهت الحكومة ضربة قوية للمعارضة بعد فوزها في الانتخابات.")
    assert not ev(doc, "ASSAULT"), dump(doc)


def test_carried_out_a_plan_is_not_an_attack():
    doc = run("ونفذت الحكومة خطة لإصلاح قطاع الكهرباء خلال العام الماضي.")
    assert not ev(doc, "ASSAULT"), dump(doc)


def test_holding_hostages_is_abduction_not_arrest():
    doc = run("واحتجز مسلحون عشرين موظفا رهائن داخل مبنى البلدية لساعات.")
    assert ev(doc, "ASSAULT", cameo="181"), dump(doc)
    doc = run("واحتجزت الشرطة خمسة متظاهرين أمس.")
    assert not ev(doc, "ASSAULT") and [e for e in doc.events if e.cameo == "173"], dump(doc)


def test_taada_ala_is_an_assault_trigger():
    doc = run("وقال شهود إن عناصر من الميليشيا تتعدى على المارة بالضرب في السوق.")
    assert [e for e in doc.events if e.cameo == "182"], dump(doc)


def test_definite_construct_before_verb_is_the_agent():
    # قوات الأمن الباكستانية is definite by its genitive: an agent, not a passive patient
    doc = run("وقال مسؤولون إن قوات الأمن الباكستانية قتلت ثلاثة متشددين في منطقة قبلية.")
    assert ev(doc, "ASSAULT", source_country="PAK"), dump(doc)


def test_launched_air_strike_object_is_the_agent():
    doc = run("وأعلن مسؤولون أنه تم شن ضربة جوية أميركية على مناطق في شمال البلاد.")
    evs = ev(doc, "ASSAULT")
    assert evs and all(e.target_country != "USA" for e in evs), dump(doc)
    assert any(e.source_country == "USA" for e in evs), dump(doc)


def test_foreign_strike_is_against_the_country_it_hits():
    doc = run("وكان مسؤول قد قال إن إسرائيل نفذت ضربة جوية في سورية بعد منتصف الليل.")
    assert ev(doc, "ASSAULT", source_country="ISR", target_country="SYR"), dump(doc)


def test_domestic_attack_gets_no_foreign_target():
    doc = run("وقتلت قوات الأمن الباكستانية ثلاثة متشددين في منطقة قبلية شمال غرب باكستان.")
    assert ev(doc, "ASSAULT") and all(e.target_country in (None, "PAK") for e in ev(doc, "ASSAULT")), dump(doc)


def test_attribution_phrase_is_not_a_participant():
    # بحسب المسؤولين: who says so, not who killed
    doc = run("وقتل القيادي بحسب المسؤولين الباكستانيين في ضربة جوية على المنطقة القبلية.")
    assert ev(doc, "ASSAULT") and all(e.source_country != "PAK" for e in ev(doc, "ASSAULT")), dump(doc)


def test_light_verb_after_relative_gives_the_attack_its_agent():
    doc = run("اما الهجوم الاكثر دموية الذي نفذته حركة طالبان في العاصمة فأسفر عن ثمانية قتلى.")
    assert [e for e in ev(doc, "ASSAULT") if e.source_country == "AFG" and ":noun:" in e.rule], dump(doc)


def test_resumptive_light_verb_is_not_a_second_attack():
    # نفذه resumes الهجوم: one attack (the noun's), not another verb event with the victims as target
    doc = run("وأسفر الهجوم الذي نفذه مسلحون عن مقتل خمسة جنود.")
    assert not [e for e in ev(doc, "ASSAULT") if e.trigger.startswith("نفذ")], dump(doc)
    assert [e for e in ev(doc, "ASSAULT") if e.trigger == "الهجوم" and e.source_role == "UAF"], dump(doc)
