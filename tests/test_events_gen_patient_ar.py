"""Round 8: the genitive of an attack noun (cue ``gen_patient``: قصف، استهداف، تفجير، اقتحام، حصار) is what
was hit, unless it is an armed force (cue ``armed_agent``: الطيران، المدفعية، القوات، الجيش …, or a military /
armed-group actor) or has a لـ-object of its own; and a verb / verbal-noun homograph after أسفر، أدى، إثر …
(cue ``noun_next``) is the verbal noun.  Sentences written for these tests."""
import marsad


def attacks(text):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == "ASSAULT"]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


def test_bombing_of_an_embassy_targets_it():
    evs = attacks("وأدى تفجير السفارة الأمريكية في نيروبي إلى مقتل العشرات.")
    bomb = [e for e in evs if e.trigger.startswith("تفجير")]
    assert bomb and bomb[0].target_code == "USAGOV" and not bomb[0].source_code, show(evs)
    # the embassy did not kill anyone: the killing noun after it takes no source from it
    assert not any(e.source_code == "USAGOV" for e in evs), show(evs)


def test_shelling_army_positions_targets_the_army():
    evs = attacks("وأسفر قصف مواقع الجيش السوري في ريف حلب عن مقتل عشرة جنود.")
    shell = [e for e in evs if e.trigger.startswith("قصف")]
    assert shell and shell[0].target_country == "SYR" and shell[0].source_country != "SYR", show(evs)
    assert ":verb:" not in shell[0].rule, show(evs)   # after أسفر it is the verbal noun


def test_air_force_genitive_is_the_agent():
    evs = attacks("وأدى قصف الطيران الإسرائيلي لمخيم جباليا أمس إلى مقتل ثلاثة فلسطينيين.")
    shell = [e for e in evs if e.trigger.startswith("قصف")]
    assert shell and shell[0].source_country == "ISR", show(evs)


def test_storming_by_the_army_is_the_agent():
    evs = attacks("وأدى اقتحام الجيش الإسرائيلي مخيم جنين فجر اليوم إلى مقتل أربعة فلسطينيين.")
    raid = [e for e in evs if e.trigger.startswith("اقتحام")]
    assert raid and raid[0].source_country == "ISR", show(evs)


def test_claimer_after_a_verb_is_not_the_patient():
    evs = attacks("وأصيب عشرة أشخاص في تفجير تبناه تنظيم القاعدة في بغداد.")
    assert any((e.source_code or "").startswith("IMG") for e in evs), show(evs)
