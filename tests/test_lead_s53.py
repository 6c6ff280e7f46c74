"""Session 53, lead: rules drawn from the first runs of the session's blind sets (own sentences)."""
from marsad.pipeline import default_pipeline


def _doc(text, date="2025-08-16"):
    return default_pipeline()(text, published_at=date)


def _events(text, date="2025-08-16"):
    return _doc(text, date).events


def test_feminine_nisba_homograph_after_a_state_body_is_the_country_named_in_the_story():
    evs = _events("دعت منظمة حقوقية السلطات المالية إلى الإفراج عن الصحفي، بعد أسبوع من زيارة رئيس مالي إلى داكار.")
    assert [(e.source_code, e.target_code) for e in evs if e.trigger.startswith("دعت")] == [("NGO", "MLIGOV")]


def test_feminine_nisba_homograph_after_a_force_and_one_adjective():
    evs = _events("قالت القوات المسلحة المالية إنها قتلت عشرة مسلحين في منطقة موبتي، وفق حكومة مالي.")
    assert [e.source_code for e in evs if e.trigger.startswith("قتلت")] == ["MLIMIL"]


def test_finance_ministry_stays_the_finance_ministry():
    """Guard: "وزارة المالية" is the finance portfolio (no listed head), even in a story on Mali."""
    doc = _doc("قالت وزارة المالية إنها ستصرف رواتب الموظفين، وذلك بعد زيارة وفد من مالي.")
    assert not [a for a in doc.actors
                if a.country == "MLI" and any(doc.text[s:e].startswith("وزارة") for s, e in a.spans)]


def test_financial_authorities_in_a_story_without_mali_are_no_country():
    """Guard: with no Mali named, "السلطات المالية" keeps its other sense (financial authorities)."""
    doc = _doc("فرضت السلطات المالية اللبنانية قيودا جديدة على السحوبات من المصارف.")
    assert not [a for a in doc.actors if a.country == "MLI"]


def test_night_before_a_day_word_is_no_lille_even_after_a_venue():
    doc = _doc("وقطع محتجون طرقا عدة في ضواحي العاصمة ليل أمس، بينما نشرت الشرطة الاتحادية تعزيزات حول المحكمة.")
    assert not [p for p in doc.places if p.country == "FRA"]
    assert not [e for e in doc.events if (e.source_code or "").startswith("FRA")]


def test_lille_named_with_its_venue_and_no_day_word_stays_a_place():
    """Guard: "مدينة ليل الفرنسية" is still Lille."""
    doc = _doc("اشتبك مشجعون مع الشرطة في مدينة ليل الفرنسية مساء السبت.")
    assert [p.country for p in doc.places] == ["FRA"]


def test_vowing_to_hunt_down_attackers_is_a_threat_at_the_vow():
    evs = _events("The prime minister vowed to hunt down the planners of the bombing wherever they are.", "2025-03-14")
    assert [e.root for e in evs if e.trigger.startswith("vowed")] == ["13"]


def test_vowing_to_pursue_reforms_is_no_threat():
    """Guard: "pursue" is no threat object (pursuing reforms)."""
    evs = _events("The president vowed to pursue reforms of the pension system.", "2025-03-14")
    assert not [e for e in evs if e.root == "13"]


def test_the_independent_press_is_the_news_media_not_a_demand():
    evs = _events("The rights group said the verdict was meant to frighten the country's remaining independent press.")
    assert not [e for e in evs if e.trigger.startswith("press")]


def test_pressing_a_government_is_still_a_demand():
    """Guard: the verb "press" after a modal keeps its row."""
    evs = _events("The group said it would press the government to release the detainees.")
    assert [e.root for e in evs if e.trigger.startswith("press")] == ["10"]


def test_a_condemned_terrorist_attack_is_no_attack_by_the_condemner():
    for text in ("The Security Council condemned the terrorist attack.",
                 "The Security Council condemned what it called a heinous and cowardly terrorist attack."):
        evs = _events(text, "2024-03-25")
        assert not [e for e in evs if e.trigger == "attack" and e.source_code], text


def test_police_attack_protesters_is_still_a_verb():
    """Guard: a subject noun before the base form keeps the verb reading."""
    evs = _events("Riot police attack protesters in the capital every night, witnesses say.", "2024-03-25")
    assert [e.source_code for e in evs if e.trigger.startswith("attack")] == ["COP"]


def test_the_tigray_front_written_in_full_is_not_the_palestinian_popular_front():
    doc = _doc("سيطرت قوات موالية لرئيس الجبهة الشعبية لتحرير تيغراي أمس على مقر الإدارة في ميكيلي.", "2025-03-13")
    assert not [a for a in doc.actors if (a.code or "").startswith("PSE")]
    assert [(e.source_code or "")[:3] for e in doc.events if e.trigger.startswith("سيطرت")] == ["ETH"]


def test_an_if_clause_after_a_later_past_verb_does_not_condition_the_first():
    evs = _events("The president met his ministers on Wednesday and offered to send troops to the city if the "
                  "governor asked for them.", "2025-10-29")
    met = [e for e in evs if e.trigger.startswith("met")]
    assert met and all(e.modality == "asserted" and e.root == "04" for e in met)


def test_a_shared_modal_keeps_the_condition_on_both_verbs():
    """Guard: "would impose sanctions and freeze assets if …": both conditional."""
    evs = _events("The minister said Washington would impose sanctions and freeze assets if the vote went ahead.",
                  "2025-10-29")
    assert [e.modality for e in evs if e.root == "13"] == ["conditional", "conditional"]

