"""Round 9: an aspect verb (cue ``phase``: واصل، استأنف، كثف …) opening its clause, its subject, then the verbal noun
of an attack / protest is a report of the subject's act (``:phase``), not a reference the filter may reject; and a
word after طائرة / طائرات that cannot agree with it as an adjective is no drone adjective (الطائرات الإسرائيلية
قصفت …).  Sentences written for these tests."""
import pytest

import marsad


def events(text, typ):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == typ]


def counted(evs):
    return [e for e in evs if not e.historical and not e.negated and e.modality in ("asserted", "possible")]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule, e.historical) for e in evs]


@pytest.mark.parametrize("text,typ,src", [
    ("وواصلت المدفعية الإسرائيلية قصف بلدات الجنوب اللبناني لليوم الثالث.", "ASSAULT", "ISR"),
    ("واستأنفت القوات الروسية هجماتها على ريف حماة فجر اليوم.", "ASSAULT", "RUS"),
    ("وتواصل الطائرات السورية غاراتها على أحياء المعارضة.", "ASSAULT", "SYR"),
    ("وواصل آلاف العمال المصريين إضرابهم عن العمل في مصانع الغزل.", "PROTEST", "EGY"),
])
def test_the_act_a_subject_goes_on_doing_is_reported(text, typ, src):
    evs = counted(events(text, typ))
    assert any(e.source_country == src and ":phase" in e.rule for e in evs), show(events(text, typ))


def test_not_when_the_aspect_verb_is_inside_a_clause():
    # the aspect verb does not open its clause: the filter still judges the noun
    evs = events("وحذر المسؤول من أن الجيش سيواصل قصف المدينة.", "ASSAULT")
    assert not any(":phase" in e.rule for e in evs), show(evs)


def test_a_demand_to_stop_is_no_report():
    evs = events("وطالبت الأمم المتحدة إسرائيل بوقف قصف غزة.", "ASSAULT")
    assert not any(":phase" in e.rule for e in evs), show(evs)


def test_aircraft_subject_before_a_verb():
    # the plural aircraft noun before a past verb: قصفت is the verb, not a drone adjective
    evs = counted(events("وكانت الطائرات الإسرائيلية قصفت مواقع في جنوب لبنان.", "ASSAULT"))
    assert any(e.source_country == "ISR" and e.trigger == "قصفت" for e in evs), show(evs)


def test_a_drone_is_still_no_march():
    assert not events("وأسقطت الدفاعات الجوية طائرات مسيرة فوق المدينة.", "PROTEST")
    assert not events("وحلقت طائرة مسيرة فوق المخيم طوال الليل.", "PROTEST")
