"""Everyday news constructions found by spot checks: official protests vs demonstrations, a summoned
ambassador as the target, complaints lodged with an ambassador, drones vs marches.
Sentences written for these tests."""
import pytest

import marsad


def coded(text):
    return marsad.code(text, published_at="2024-03-01").events


@pytest.mark.parametrize("text,src", [
    ("احتجت الخارجية المصرية لدى السفير الإسرائيلي على تصريحات الوزير.", "EGYGOV"),
    ("China protested to Japan over the visit of its prime minister to the shrine.", "CHN"),
])
def test_state_subject_of_protest_verb_is_an_official_complaint(text, src):
    evs = coded(text)
    official = [e for e in evs if e.cameo == "114"]
    assert official and official[0].source_code == src, [(e.cameo, e.source_code, e.target_code) for e in evs]
    assert not [e for e in evs if e.root == "14"]


@pytest.mark.parametrize("text,tgt", [
    ("تظاهر مئات أمام السفارة الأميركية في عمان.", "USAGOV"),
    ("Hundreds protested outside the Egyptian embassy in London.", "EGYGOV"),
])
def test_crowd_before_an_embassy_is_still_a_demonstration_against_that_state(text, tgt):
    evs = coded(text)
    protest = [e for e in evs if e.root == "14"]
    assert protest and protest[0].target_code == tgt, [(e.cameo, e.source_code, e.target_code) for e in evs]
    assert not [e for e in evs if e.cameo == "114"]


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans marched in Nairobi to protest against the new tax law.",
    "Angry Peruvians protested in Lima against the closure of the mines.",
])
def test_a_people_or_a_purpose_clause_is_not_an_official_complaint(text):
    evs = coded(text)
    assert not [e for e in evs if e.cameo == "114"], [(e.cameo, e.source_code, e.target_code) for e in evs]


@pytest.mark.parametrize("text,src,tgt", [
    ("استدعت الخارجية المصرية السفير الإسرائيلي في القاهرة.", "EGYGOV", "ISRGOV"),
    ("واستدعت وزارة الخارجية التركية السفير الروسي لديها مساء الأحد.", "TURGOV", "RUSGOV"),
])
def test_summoned_ambassador_is_the_target(text, src, tgt):
    # the trigger's required object (السفير) heads the target actor
    evs = [e for e in coded(text) if e.cameo == "114"]
    assert evs and (evs[0].source_code, evs[0].target_code) == (src, tgt), [(e.cameo, e.source_code, e.target_code) for e in coded(text)]


def test_complaint_lodged_with_an_ambassador_targets_his_country():
    # لدى before a role starts a new actor (it glues only a host: سفير مصر لدى الأمم المتحدة)
    evs = [e for e in coded("احتجت الخارجية المصرية لدى السفير الإسرائيلي على تصريحات الوزير.") if e.cameo == "114"]
    assert evs and (evs[0].source_code, evs[0].target_code) == ("EGYGOV", "ISRGOV")


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الدفاع الروسية أن قواتها أسقطت طائرتين مسيرتين أوكرانيتين.",
    "استهدفت طائرة مسيرة إسرائيلية سيارة في جنوب لبنان.",
])
def test_a_drone_is_not_a_march(text):
    # مسيرة after طائرة is a drone (طائرة مسيرة), not a protest march
    assert not [e for e in coded(text) if e.root == "14"]


def test_a_march_is_still_a_protest():
    assert [e for e in coded("نظم آلاف المحتجين مسيرة حاشدة في وسط الرباط.") if e.root == "14"]


def test_conjoined_subjects_of_a_cooperative_verb_act_toward_each_other():
    pairs = {(e.source_code, e.target_code) for e in coded("France and Germany signed a defence pact.") if e.root == "05"}
    assert {("FRA", "DEU"), ("DEU", "FRA")} <= pairs, pairs
    # not for hostile verbs: two countries condemning something do not condemn each other
    assert not [e for e in coded("Turkey and Russia condemned the attack.") if e.target_code in ("TUR", "RUS")]


def test_received_a_visiting_leader_is_hosting_a_visit():
    evs = [e for e in coded("Egyptian President Abdel Fattah al-Sisi received Palestinian President Mahmoud Abbas in Cairo.")
           if e.cameo == "043"]
    assert evs and (evs[0].source_code, evs[0].target_code) == ("EGYGOV", "PSEGOV")
    assert not [e for e in coded("The ministry received a letter from the embassy.") if e.cameo == "043"]


def test_aid_sent_to_a_country_targets_it():
    evs = [e for e in coded("أرسلت تركيا مساعدات إنسانية إلى سوريا عقب الزلزال.") if e.root == "07"]
    assert evs and (evs[0].source_code, evs[0].target_code) == ("TUR", "SYR")
    # a country named as where the aid passes is not the recipient
    evs = [e for e in coded("أرسلت تركيا مساعدات عبر معبر حدودي في سوريا.") if e.root == "07"]
    assert evs and evs[0].target_code is None


def test_adjunct_attack_noun_does_not_turn_the_victims_into_attackers():
    evs = [e for e in coded("Gunmen killed five soldiers in an ambush in northern Burkina Faso.") if e.root == "19"]
    assert evs and all(not (e.source_code or "").endswith("MIL") for e in evs), [(e.source_code, e.target_code) for e in evs]


def test_phone_call_after_a_name_the_tagger_overextended():
    # the name's last word (اتصالا) is the trigger when its required object (هاتفيا) follows
    evs = [e for e in marsad.code("أجرى بايدن اتصالا هاتفيا مع نتنياهو.", published_at="2024-03-01").events if e.root == "04"]
    assert {(e.source_code, e.target_code) for e in evs} == {("USAGOV", "ISRGOV"), ("ISRGOV", "USAGOV")}
    d = marsad.code("أجرى بايدن اتصالا هاتفيا مع نتنياهو.", published_at="2024-03-01")
    src = next(e for e in d.events if e.source_code == "USAGOV")
    assert d.text[src.source_span[0]:src.source_span[1]] == "بايدن"
