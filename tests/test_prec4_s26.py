"""Session 26, PREC4: false extra events in the older gold files (our own sentences)."""
import pytest
from events_helpers import full


def _ev(doc, root):
    return [e for e in doc.events if e.cameo.startswith(root)]


# 1. "غارة بطائرة مسيرة": the craft after ب is the strike's instrument, not its target
@pytest.mark.parametrize("text", [
    "قتيلان في غارة بطائرة مسيرة استهدفت سيارة قرب مدينة صور",
    # the headline's strike, without the drone as its target, merges with the body's
    "سوريا تحتج على غارة بطائرة مسيرة قرب حلب\n\n"
    "دمشق - 3 مارس - احتجت وزارة الخارجية السورية أمس على غارة شنتها طائرة مسيرة تركية على قرية قرب حلب، "
    "أسفرت عن مقتل مزارعين اثنين.",
    "أصيب جنديان في هجوم بصواريخ على قاعدة عسكرية شمال البلاد",
])
def test_craft_after_attack_noun_is_no_target(text):
    assert all(e.target_code != "MIL" for e in _ev(full(text), "19"))


def test_guard_be_target_of_other_nouns_stays():
    # a ب-phrase after a non-attack noun keeps its target (an appeal, a call)
    doc = full("أجرى وزير الخارجية المصري اتصالا هاتفيا بنظيره الأردني")
    assert any(e.cameo.startswith("04") and (e.target_country == "JOR") for e in doc.events)


# 2. "… as <country> <verb>": a place right after "as" opens a clause of its own; it is no target of the act before
def test_place_after_as_is_no_target():
    doc = full("Rebels attack border posts as Chad closes frontier")
    assert [e.target_country for e in _ev(doc, "19")] == [None]


def test_headline_as_clause_merges_with_body():
    doc = full("Armenia and Azerbaijan trade blame over shelling as Russia urges calm\n\n"
               "YEREVAN, May 4 - Armenian and Azerbaijani troops exchanged artillery fire on Saturday near the village "
               "of Tegh, both defence ministries said.")
    assert all(e.target_country != "RUS" for e in _ev(doc, "19"))


def test_guard_such_as_keeps_place_target():
    doc = full("Militants attacked towns such as Gao in northern Mali")
    assert any(e.target_country == "MLI" for e in _ev(doc, "19"))


def test_guard_place_after_in_keeps_target():
    doc = full("Thousands of protesters rallied in Lima on Sunday.")
    assert any(e.target_country == "PER" for e in _ev(doc, "14"))


# 3. coordinated subjects that meet "مع" a partner meet the partner, not each other
def _pairs(doc, root="04"):
    return {(e.source_country, e.target_country) for e in _ev(doc, root)}


def test_subjects_before_verb_meet_the_ma_partner():
    doc = full("وكان وزراء خارجية الكويت وقطر وعمان قد اجتمعوا مع نظيرهم اليمني في الرياض الشهر الماضي.")
    assert ("KWT", "QAT") not in _pairs(doc) and ("KWT", "YEM") in _pairs(doc)


def test_subjects_after_verb_meet_the_ma_partner():
    doc = full("اجتمع وزيرا خارجية الكويت وقطر مع وزير الخارجية اليمني في الرياض.")
    assert ("KWT", "QAT") not in _pairs(doc) and ("KWT", "YEM") in _pairs(doc)


def test_guard_two_subjects_meeting_each_other_stay_a_pair():
    doc = full("اجتمع وزير الخارجية الكويتي ونظيره القطري في الرياض.")
    assert ("KWT", "QAT") in _pairs(doc)


def test_guard_subjects_before_verb_without_partner_stay_a_pair():
    doc = full("وكان وزيرا خارجية الكويت وقطر قد اجتمعا في الدوحة الشهر الماضي.")
    assert ("KWT", "QAT") in _pairs(doc)


# 4. "held for taking part in protests": the gerund clause's noun is no object of "held" (no protest held by the state)
def test_gerund_clause_noun_is_no_object_of_hold():
    doc = full("Human Rights Watch urged the authorities to free everyone held for taking part in peaceful protests.")
    assert not [e for e in _ev(doc, "14") if e.source_role == "GOV" or "held" in e.trigger]


def test_guard_held_protests_stays():
    doc = full("Opposition supporters held protests in the capital on Sunday.")
    assert any("held" in e.trigger for e in _ev(doc, "14"))


# 5. "القمة العربية في المنامة تدعو إريتريا إلى …": a summit with its venue before an SVO verb is the appeal's source
def test_summit_with_venue_is_source_of_appeal():
    doc = full("القمة العربية في الرياض تدعو السودان إلى وقف القتال")
    evs = _ev(doc, "02")
    assert evs and all(e.source_country != "SDN" for e in evs) and any(e.target_country == "SDN" for e in evs)


def test_summit_svo_object_is_target_not_source():
    doc = full("القمة الخليجية تدعو إيران إلى الحوار")
    assert any(e.target_country == "IRN" and e.source_code for e in _ev(doc, "02"))


def test_guard_summit_vso_stays():
    doc = full("ودعت القمة الخليجية إيران إلى الحوار")
    assert any(e.target_country == "IRN" and e.source_code for e in _ev(doc, "02"))


def test_guard_state_subject_after_verb_stays_source():
    doc = full("دعت مصر في القمة العربية السودان إلى وقف القتال")
    assert any(e.source_country == "EGY" for e in _ev(doc, "02"))
