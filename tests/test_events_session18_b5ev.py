"""Session 18, B5EV (own sentences): event causes of the fifth blind test.

1. Homographs: a release of water / data is no release of persons, "met … standards" no meeting
   (``marsad.coding.thing_objects``); هاجم with an unarmed subject is 111 (``marsad.coding.verbal_attack_ar``).
2. One happening told again: a definite reference noun, a headline's actor-less act, a crowd noun that is the
   subject of a protest verb, "after the meeting".
3. Trigger rows: عقد + جلسة مباحثات, وصل + visitor + إلى, لتزويد + طائرات مسيرة, suspend visas, allegations linking.
4. نفى + الاتهامات = 016; raise the matter at a body + if = a conditional threat.
5. "على هامش قمة X" is the setting; "معربا عن تعازي حكومته" is the main subject's.
6. Two demands of two unknown subjects in two sentences stay two.
7. A fronted place with an adjective before its comma (عدل بكرو الحدودية).
"""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline

PUB = "2025-03-12"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _evs(pipe, text, code_prefix=""):
    return [e for e in pipe(text, published_at=PUB).events if e.cameo.startswith(code_prefix)]


def _show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


def _one(pipe, text, code_prefix):
    evs = _evs(pipe, text, code_prefix)
    assert len(evs) == 1, _show(evs)
    return evs[0]


# ----------------------------------------------------------------------------- 1. homographs
def test_release_of_treated_water_is_no_release(pipe):
    evs = _evs(pipe, "South Korea began the release of treated wastewater from the coastal plant on Monday.", "08")
    assert evs == [], _show(evs)


def test_plan_to_release_the_water_is_no_intent_to_release(pipe):
    evs = _evs(pipe, "The operator plans to release the water into the sea over the next decade.", "03")
    assert evs == [], _show(evs)


def test_release_of_prisoners_stays(pipe):
    # guard: persons released
    ev = _one(pipe, "Israel released 30 Palestinian prisoners on Monday.", "084")
    assert (ev.cameo, ev.source_code) == ("0841", "ISR")


def test_met_safety_standards_is_no_meeting(pipe):
    evs = _evs(pipe, "The French president said the new reactor met international safety standards.", "0")
    assert [e.cameo for e in evs if e.cameo.startswith(("03", "04"))] == [], _show(evs)


def test_met_officials_of_the_standards_agency_is_a_meeting(pipe):
    # guard: "of" ends the object's search; the object is "officials"
    ev = _one(pipe, "French President Emmanuel Macron met officials of the standards agency in Paris on Tuesday.",
              "04")
    assert (ev.cameo, ev.source_code) == ("040", "FRAGOV")


def test_hajama_by_an_mp_is_verbal(pipe):
    ev = _one(pipe, "وهاجم نائب في البرلمان الأردني الحكومة الأردنية بسبب رفع الأسعار.", "1")
    assert ev.cameo == "111", _show([ev])


def test_hajama_by_exiled_opponents_of_a_rapprochement_is_verbal(pipe):
    evs = _evs(pipe, "وهاجم معارضون سوريون يقيمون في باريس التقارب بين دمشق وأنقرة.", "1")
    assert [e.cameo for e in evs] == ["111"], _show(evs)
    assert evs[0].source_code == "SYROPP"


def test_hajama_by_gunmen_stays_an_attack(pipe):
    # guard: an armed subject
    ev = _one(pipe, "وهاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي أمس.", "19")
    assert (ev.cameo, ev.target_code) == ("190", "SOMMIL")


# ----------------------------------------------------------------------------- 2. one happening told again
def test_the_visit_named_again_is_no_second_visit(pipe):
    text = ("وصل الرئيس التونسي إلى الجزائر أمس في زيارة رسمية.\n\n"
            "وقال الرئيس الجزائري في مؤتمر صحفي إن الزيارة تعزز العلاقات بين البلدين.")
    evs = _evs(pipe, text, "04")
    assert [e.cameo for e in evs] == ["042"], _show(evs)
    assert (evs[0].source_code, evs[0].target_code) == ("TUNGOV", "DZA")


def test_condemned_attack_elsewhere_is_another_attack(pipe):
    # guard: a reference noun whose country is not among the earlier attack's
    text = ("Unidentified gunmen attacked a checkpoint in Khartoum on Sunday, killing ten people. "
            "The Emirati foreign minister condemned the attack on a military post near Dubai.")
    evs = _evs(pipe, text, "19")
    assert any(e.target_country == "ARE" for e in evs), _show(evs)


def test_headline_shelling_without_actors_merges_with_the_body(pipe):
    text = ("الخرطوم تحتج بعد قصف بلدة حدودية\n\n"
            "قصفت قوات الدعم السريع أمس بلدة حدودية في ولاية غرب دارفور بالمدفعية، ما أدى إلى مقتل خمسة مدنيين.")
    evs = _evs(pipe, text, "19")
    assert evs and all(e.source_code for e in evs), _show(evs)


def test_demonstrators_who_protested_are_one_protest(pipe):
    evs = _evs(pipe, "Several hundred Tamil demonstrators protested outside Sri Lanka's embassy in London on "
                     "Saturday.", "14")
    assert len(evs) == 1 and evs[0].trigger == "protested", _show(evs)


def test_demonstrators_alone_stay_the_report(pipe):
    # guard: no protest verb
    evs = _evs(pipe, "Demonstrators gathered outside the French embassy in Dakar on Saturday.", "14")
    assert len(evs) == 1, _show(evs)


def test_after_the_meeting_is_the_occasion(pipe):
    evs = _evs(pipe, "\"We ask Seoul to protect our citizens,\" the Japanese foreign minister told reporters after "
                     "the meeting.", "04")
    assert evs == [], _show(evs)


# ----------------------------------------------------------------------------- 3. trigger rows
def test_held_a_session_of_talks_by_the_two_presidents(pipe):
    evs = _evs(pipe, "واستقبل الرئيس الجزائري نظيره التونسي في الجزائر أمس، حيث عقد الرئيسان جلسة مباحثات مغلقة.",
               "040")
    assert {(e.source_code, e.target_code) for e in evs} == {("DZAGOV", "TUNGOV"), ("TUNGOV", "DZAGOV")}, _show(evs)


def test_cabinet_session_is_no_meeting_of_two(pipe):
    # guard: a body's own session
    evs = _evs(pipe, "وعقد مجلس الوزراء اللبناني أمس جلسة استثنائية برئاسة رئيس الحكومة.", "04")
    assert evs == [], _show(evs)


def test_delegation_arrived_in_a_capital_is_a_visit(pipe):
    ev = _one(pipe, "ووصل وزير الخارجية الفرنسي إلى بيروت أمس.", "04")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("042", "FRAGOV", "LBN")


def test_arrival_at_home_is_no_visit(pipe):
    # guard: no host
    evs = _evs(pipe, "ووصل الرئيس المصري إلى القاهرة أمس عائدا من باريس.", "04")
    assert evs == [], _show(evs)


def test_arrival_of_aid_is_no_visit(pipe):
    # guard: no visitor noun
    evs = _evs(pipe, "ووصلت المساعدات إلى غزة أمس.", "04")
    assert evs == [], _show(evs)


def test_ready_to_supply_drones_is_an_offer(pipe):
    ev = _one(pipe, "وقال وزير الدفاع التركي إن بلاده مستعدة لتزويد مصر بطائرات مسيرة.", "03")
    assert (ev.source_code, ev.target_code) == ("TURGOV", "EGY")


def test_suspended_visa_services(pipe):
    ev = _one(pipe, "Pakistan suspended visa services for Afghans on Thursday.", "16")
    assert (ev.cameo, ev.source_code) == ("160", "PAK")


def test_suspended_flights_stays_161(pipe):
    # guard: the earlier row
    ev = _one(pipe, "Egypt suspended flights to Beirut on Thursday.", "16")
    assert ev.cameo == "161"


def test_allegations_linking(pipe):
    ev = _one(pipe, "Australia's prime minister said there were credible allegations linking agents of a foreign "
                    "government to the attack.", "11")
    assert (ev.cameo, ev.source_code) == ("112", "AUSGOV")


# ----------------------------------------------------------------------------- 4. denials and conditional threats
def test_denied_these_accusations_is_a_denial(pipe):
    evs = _evs(pipe, "ونفت الحكومة الإثيوبية هذه الاتهامات، مؤكدة أنها لا تدعم أي جماعة مسلحة.", "01")
    assert [(e.cameo, e.source_code, e.negated) for e in evs if e.cameo == "016"] == [("016", "ETHGOV", False)]
    assert not [e for e in _evs(pipe, "ونفت الحكومة الإثيوبية هذه الاتهامات.", "11")]


def test_raise_the_matter_at_the_wto_if_is_a_threat_to_the_banner(pipe):
    text = ("Indonesia banned all palm oil imports from Malaysia on Thursday. Malaysia's prime minister said Kuala "
            "Lumpur would raise the matter at the World Trade Organization if the ban continued.")
    ev = _one(pipe, text, "13")
    assert (ev.source_code, ev.target_code) == ("MYSGOV", "IDN"), _show([ev])


def test_raised_the_issue_without_if_is_no_threat(pipe):
    # guard: no condition
    evs = _evs(pipe, "Malaysia's prime minister raised the issue with his Indonesian counterpart on Tuesday.", "13")
    assert evs == [], _show(evs)


# ----------------------------------------------------------------------------- 5. setting and hal subject
def test_summit_on_whose_sidelines_is_no_party(pipe):
    evs = _evs(pipe, "والتقى أردوغان على هامش قمة مجموعة العشرين في سبتمبر الماضي.", "04")
    assert [(e.source_code, e.target_code) for e in evs] == [("TURGOV", None)], _show(evs)


def test_two_leaders_on_the_sidelines_stay_the_parties(pipe):
    # guard: both parties named
    evs = _evs(pipe, "وكان الرئيس التونسي قد التقى العاهل الأردني على هامش قمة مجموعة العشرين في نيودلهي.", "04")
    assert {(e.source_code, e.target_code) for e in evs} == {("TUNGOV", "JORGOV"), ("JORGOV", "TUNGOV")}


def test_condolences_of_the_speaker_after_his_quote(pipe):
    text = ("وأضاف وزير الخارجية السنغالي: \"موريتانيا بلد شقيق، وما يصيبها يصيبنا\"، معربا عن تعازي حكومته "
            "لأسر الضحايا.")
    ev = _one(pipe, text, "018")
    assert ev.source_code == "SENGOV", _show([ev])


# ----------------------------------------------------------------------------- 6. two unknown demanders
def test_two_demands_of_two_unknown_subjects_stay_two(pipe):
    text = ("وقالت وزارة الخارجية الموريتانية إن مسلحين من مالي قتلوا رعاة موريتانيين.\n\n"
            "وفي قرية نائية، تظاهر مئات الرعاة أمس، مطالبين الحكومة بحماية المنمين. وطالبت جمعية المنمين في بيان "
            "الحكومة بتعويض أسر الضحايا.")
    evs = _evs(pipe, text, "10")
    assert len(evs) == 2, _show(evs)


# ----------------------------------------------------------------------------- 7. places
def test_fronted_town_with_adjective(pipe):
    doc = pipe("وفي مدينة عدل بكرو الحدودية، تظاهر مئات المنمين أمس.", published_at=PUB)
    ev = next(e for e in doc.events if e.cameo.startswith("14"))
    assert doc.place(ev.place_id).name == "Adel Bagrou"


def test_fronted_place_followed_by_a_noun_is_not_fronted(pipe):
    # guard: a word that is no adjective of the place before the comma
    doc = pipe("وفي مدينة عدل بكرو والحكومة، تظاهر مئات.", published_at=PUB)
    evs = [e for e in doc.events if e.cameo.startswith("14")]
    assert all(e.place_id is None for e in evs)
