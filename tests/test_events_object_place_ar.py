"""An attack whose attacked object is a place or a facility in a place (cue ``facility`` in cues_ar.tsv) targets
the place's country; the place where an attack merely happened does not.  Sentences written for these tests."""
import pytest

import marsad


def attacks(text):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == "ASSAULT"]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


@pytest.mark.parametrize("text,country", [
    # the verb's object is a city
    ("قصفت الطائرات الحربية مدينة حلب أمس.", "SYR"),
    # an attack noun + aiming verb + facility in a city
    ("قتل 12 جنديا في هجوم انتحاري استهدف ثكنة عسكرية في مدينة الموصل.", "IRQ"),
    # the genitive of an attack noun is a facility in the capital
    ("أدى تفجير فندق في العاصمة الأردنية عمان إلى مقتل 20 شخصا.", "JOR"),
    # على + facility + ب-place
    ("أسفر هجوم بسيارة مفخخة على سوق شعبي بالبصرة عن مقتل ستة أشخاص.", "IRQ"),
])
def test_attacked_place_gives_the_target_country(text, country):
    evs = attacks(text)
    hit = [e for e in evs if e.target_country == country]
    assert hit and any(":tgt-object-place" in e.rule for e in hit), show(evs)
    e = next(e for e in hit if ":tgt-object-place" in e.rule)
    assert e.target_span is not None   # evidence for the target


@pytest.mark.parametrize("text", [
    # where the explosion happened is no attacked object
    "انفجرت سيارة مفخخة أمس في سوق شعبي بمدينة البصرة.",
    # the object is people: their place is not read here
    "قتل مسلحون خمسة مدنيين في مدينة الموصل أمس.",
])
def test_place_of_the_happening_is_not_the_target(text):
    evs = attacks(text)
    assert evs and not any(":tgt-object-place" in e.rule for e in evs), show(evs)


def test_attacker_own_country_is_no_target():
    evs = attacks("قصفت الطائرات الروسية قاعدة عسكرية في روسيا.")
    assert not any(":tgt-object-place" in e.rule for e in evs), show(evs)


def test_option_off():
    from marsad.pipeline import Pipeline, PipelineConfig
    p = Pipeline(PipelineConfig(options={"object_place": False}))
    evs = [e for e in p("قصفت الطائرات الحربية مدينة حلب أمس.", published_at="2024-03-01").events
           if e.plover_type == "ASSAULT"]
    assert evs and not any(":tgt-object-place" in e.rule for e in evs)


def test_owner_of_the_attacked_object_through_an_adjunct_attack():
    # the killing verb's victims are unnamed; the attack noun after في aims at the minister's motorcade
    evs = attacks("قتل مسلحون ثلاثة أشخاص في هجوم على موكب وزير الداخلية العراقي شمال بغداد.")
    hit = [e for e in evs if e.target_code == "IRQGOV"]
    assert hit and ":tgt-object-owner" in hit[0].rule, show(evs)
    assert hit[0].source_code == "UAF"


def test_owner_is_not_the_attacker():
    # (the actors area codes the PKK TURREB since round 8: the verb's object may be a TUR target, but the
    # object-owner rule never gives the attacker's own country, and the attacker is never its own target)
    evs = attacks("قصفت القوات التركية مواقع حزب العمال الكردستاني في شمال العراق.")
    assert evs and not any(e.target_code == e.source_code for e in evs), show(evs)
    assert not any(":tgt-object-owner" in e.rule and e.target_country == e.source_country for e in evs), show(evs)


def test_partitive_target_is_the_whole():
    from events_helpers import code
    doc = code("قتلت القوات الأمريكية نحو عشرين مسلحا من حركة الشباب في غارة جوية.",
               {"القوات الأمريكية": "USAMIL", "مسلحا": "REB", "حركة الشباب": "SOMREB"})
    evs = [e for e in doc.events if e.plover_type == "ASSAULT" and e.source_code == "USAMIL"]
    assert evs and evs[0].target_code == "SOMREB" and ":tgt-partitive" in evs[0].rule, show(doc.events)


def test_partitive_not_from_a_country():
    # "من سوريا" after the victims is where they come from, not a group they are part of
    from events_helpers import code
    doc = code("قتلت القوات التركية عشرين مسلحا من سوريا قرب الحدود.",
               {"القوات التركية": "TURMIL", "مسلحا": "REB", "سوريا": "SYR"})
    assert not any(":tgt-partitive" in e.rule for e in doc.events), show(doc.events)


def test_counted_object_inside_the_trigger_then_a_group():
    evs = attacks("احتجز المسلحون 30 رهينة من الأجانب في فندق بالعاصمة.")
    assert evs and evs[0].target_code == "INT" and ":tgt-partitive" in evs[0].rule, show(evs)


def test_those_who_fell_are_the_victims():
    evs = attacks("سقط عشرات الباكستانيين بين قتيل وجريح في انفجار وسط المدينة أمس.")
    assert any(e.target_code == "PAK" and ":fallen" in e.rule for e in evs), show(evs)


def test_claimed_attack_has_the_claimer_as_agent():
    evs = attacks("قتل خمسة جنود في هجوم على حاجز عسكري، وقد تبنته حركة الشباب الصومالية.")
    assert any(e.source_code == "SOMREB" and ":claimed" in e.rule for e in evs), show(evs)


def test_claim_does_not_replace_a_named_attacker():
    from events_helpers import code
    doc = code("قصفت القوات الحكومية مواقع المتمردين، وقد تبنته وزارة الدفاع.",
               {"القوات الحكومية": "GOVMIL", "المتمردين": "REB", "وزارة الدفاع": "GOV"})
    evs = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert evs and all(":claimed" not in e.rule for e in evs), show(evs)


def test_the_people_a_targeted_vehicle_carries():
    evs = attacks("انفجرت عبوة ناسفة لدى مرور حافلة تقل جنودا من الجيش السوري قرب دمشق.")
    assert any(e.target_code == "SYRMIL" and ":tgt-object-owner" in e.rule for e in evs), show(evs)


def test_bomb_without_a_passing_vehicle_has_no_object():
    evs = attacks("انفجرت عبوة ناسفة قرب حافلة متوقفة في دمشق.")
    assert not any(":tgt-object" in e.rule for e in evs), show(evs)


def test_who_ordered_the_strikes_is_their_agent():
    evs = attacks("وأوضح المسؤول أن القوات البريطانية أمرت بضربات جوية على مواقع المسلحين.")
    assert any(e.source_country == "GBR" for e in evs), show(evs)


def test_named_group_among_the_victims():
    evs = attacks("أسفر الهجوم الذي شنه مسلحون على القافلة عن سقوط ثمانية قتلى، بينهم ثلاثة أجانب.")
    assert any(e.target_code == "INT" and ":tgt-among" in e.rule for e in evs), show(evs)
