"""Session 24, B11ARX: Arabic trigger / negation / date causes of the eleventh blind test, with our own sentences:
"لا تزال" (still) read as a negation; "لن تطبع علاقاتها مع X" (a refusal stated now); "لا يعني X" coded as a refusal of
X; a bomb made or owned coded as a bombing; an organ's meetings named as a class coded as a meeting; readmission
("استئناف مشاركة وفود X") and a withdrawn accreditation of inspectors with no row; welcome + بما; a circumstantial
participle after a named subject with no source; "أكتوبر المقبل" moved back a year and lent to the next sentence;
"لكنه نفى" dated by the content before it; "وكان … قد زار" in March not background."""
from __future__ import annotations

from events_helpers import full


def _evs(text, pub="2023-09-18"):
    return full(text, published_at=pub).events


def _codes(evs):
    return [(e.cameo, e.source_code, e.target_code, e.negated) for e in evs]


# --- 1. لا تزال = still

def test_still_ready_is_not_negated():
    evs = _evs("وقال المتحدث إن الحكومة الليبية لا تزال مستعدة للحوار مع المعارضة.")
    got = [e for e in evs if e.cameo.startswith("03")]
    assert got and not any(e.negated for e in got), _codes(evs)


def test_still_refuses_is_a_refusal_not_negated():
    evs = _evs("وقال الوزير إن المعارضة السورية لا تزال ترفض المشاركة في المفاوضات.")
    got = [e for e in evs if e.cameo.startswith("12")]
    assert got and not any(e.negated for e in got), _codes(evs)


def test_guard_not_ready_stays_negated():
    evs = _evs("وقال الوزير الفرنسي إن بلاده ليست مستعدة للحوار مع الرباط.")
    assert not any(e.cameo.startswith("03") and not e.negated for e in evs), _codes(evs)


# --- 2. لن تطبع علاقاتها مع X

def test_will_not_normalise_relations_is_a_refusal():
    evs = _evs("وأعلنت الكويت أنها لن تطبع علاقاتها مع إسرائيل قبل قيام الدولة الفلسطينية.")
    assert any(e.cameo.startswith("12") and e.source_code and e.source_code.startswith("KWT")
               and e.target_code and e.target_code.startswith("ISR") and not e.negated for e in evs), _codes(evs)


def test_normalised_relations_is_cooperation():
    evs = _evs("طبعت البحرين علاقاتها مع إسرائيل في سبتمبر 2020.")
    assert any(e.cameo == "050" and e.source_code and e.source_code.startswith("BHR") for e in evs), _codes(evs)


def test_guard_printed_books_is_no_event():
    evs = _evs("طبعت وزارة التربية الكتب المدرسية الجديدة قبل بدء العام الدراسي.")
    assert not any(e.cameo.startswith(("05", "12")) for e in evs), _codes(evs)


# --- 3. nouns coded as events

def test_does_not_mean_resumption_is_no_refusal():
    evs = _evs("وقال وزير الخارجية العماني إن الزيارة لا تعني استئناف العلاقات بين البلدين.")
    assert not any(e.cameo.startswith(("12", "05")) for e in evs), _codes(evs)


def test_guard_will_not_resume_relations_stays_a_refusal():
    evs = _evs("وقال وزير الخارجية العماني إن بلاده لن تستأنف العلاقات مع إسرائيل.")
    assert any(e.cameo.startswith("12") for e in evs), _codes(evs)


def test_bombs_made_are_no_bombing():
    evs = _evs("ويقول خبراء إن كوريا الشمالية تملك مواد انشطارية تكفي لصنع عدة قنابل نووية.")
    assert not any(e.cameo.startswith("18") for e in evs), _codes(evs)


def test_owning_a_bomb_is_no_bombing():
    evs = _evs("وقال الرئيس إن بلاده لن تسمح لطهران بامتلاك قنبلة نووية.")
    assert not any(e.cameo == "183" for e in evs), _codes(evs)


def test_guard_bomb_exploded_stays():
    evs = _evs("انفجرت قنبلة في سوق شعبي وسط بغداد صباح اليوم.")
    assert any(e.cameo == "183" for e in evs), _codes(evs)


def test_organ_meetings_as_a_class_are_no_meeting():
    evs = _evs("وشارك الوزير السعودي في اجتماعات الجمعية العامة للأمم المتحدة في نيويورك.")
    assert not any(e.trigger.startswith("اجتماعات") for e in evs), _codes(evs)


def test_guard_meetings_held_with_counterparts_stay():
    evs = _evs("عقد وزير الخارجية المصري اجتماعات مع نظرائه العرب في القاهرة.")
    assert any(e.cameo.startswith("04") for e in evs), _codes(evs)


# --- 4. missing rows

def test_resume_participation_of_a_country_is_readmission():
    evs = _evs("قرر الاتحاد الأفريقي أمس الخميس استئناف مشاركة مالي في أنشطته بعد تعليقها عامين.")
    assert any(e.cameo == "081" and e.target_code and e.target_code.startswith("MLI") for e in evs), _codes(evs)


def test_withdrawn_accreditation_of_inspectors_is_1662():
    evs = _evs("سحبت كوريا الشمالية اعتماد عدد من مفتشي الوكالة الدولية للطاقة الذرية.")
    assert any(e.cameo == "1662" and e.source_code and e.source_code.startswith("PRK") for e in evs), _codes(evs)


def test_expelled_inspectors_is_1662():
    evs = _evs("طردت السلطات العراقية المفتشين الدوليين من البلاد.")
    assert any(e.cameo == "1662" for e in evs), _codes(evs)


def test_guard_withdrawn_accreditation_of_a_reporter_is_166():
    evs = _evs("سحبت السلطات المصرية اعتماد مراسل القناة في القاهرة.")
    assert any(e.cameo == "166" for e in evs) and not any(e.cameo == "1662" for e in evs), _codes(evs)


# --- 5. welcome + بما

def test_welcome_what_it_described_is_051():
    evs = _evs("ورحبت الحكومة الليبية بما وصفته الموقف الإيجابي لتركيا.")
    assert any(e.cameo == "051" and e.source_code and e.source_code.startswith("LBY") for e in evs), _codes(evs)


def test_guard_including_is_no_object():
    evs = _evs("ورحبت الحكومة الليبية بما في ذلك الوزراء.")
    assert not any(e.cameo == "051" for e in evs), _codes(evs)


# --- 6. the participle after a named VSO subject

def test_participle_after_the_vso_subject_takes_it():
    evs = _evs("ورد وزير الخارجية التركي، متهما اليونان باستفزاز بلاده في بحر إيجه.")
    assert any(e.cameo.startswith("112") and e.source_code and e.source_code.startswith("TUR") for e in evs), _codes(evs)


def test_participle_after_the_speaker_of_a_later_quote_takes_him():
    evs = _evs("وقال وزير الخارجية التركي، متهما اليونان باستفزاز بلاده، إن أنقرة لن تتراجع.")
    assert any(e.cameo.startswith("112") and e.source_code and e.source_code.startswith("TUR") for e in evs), _codes(evs)


# --- 7. dates and background

def test_next_october_is_next_year_not_last_and_not_lent_on():
    evs = _evs("وأعلنت فرنسا أنها لن ترفع العقوبات المفروضة على إيران والتي تنتهي في أكتوبر المقبل. "
               "وطالبت فرنسا إيران بالتعاون الكامل مع المفتشين.", pub="2023-09-18")
    got = [e for e in evs if e.cameo.startswith("10")]
    assert got and all(e.date and not e.date.startswith("2022") and e.date != "2023-10" for e in got), \
        [(e.cameo, e.date) for e in evs]


def test_but_he_denied_is_not_dated_by_the_content_before_it():
    evs = _evs("وقال المتحدث باسم الحكومة إن الشرطة اعتقلت الصحفي الأسبوع الماضي، لكنه نفى أن تكون الحكومة وراء "
               "القرار.", pub="2023-09-18")
    got = [e for e in evs if e.trigger == "نفى"]
    assert got and got[0].date == "2023-09-18", [(e.cameo, e.trigger, e.date) for e in evs]


def test_pluperfect_months_ago_is_background_with_its_conjoined_verb():
    evs = _evs("وكان غروسي قد زار طهران في مارس الماضي والتقى الرئيس إبراهيم رئيسي.", pub="2023-09-18")
    got = [e for e in evs if e.cameo.startswith("04")]
    assert len(got) >= 2 and all(e.historical for e in got), [(e.cameo, e.trigger, e.historical) for e in evs]


def test_guard_pluperfect_last_week_stays_news():
    evs = _evs("وكان وزير الخارجية الإيراني قد زار القاهرة الأسبوع الماضي.", pub="2023-09-18")
    got = [e for e in evs if e.cameo.startswith("04")]
    assert got and not any(e.historical for e in got)


def test_guard_plain_past_visit_in_march_stays_news():
    evs = _evs("زار غروسي طهران في مارس الماضي.", pub="2023-09-18")
    got = [e for e in evs if e.cameo.startswith("04")]
    assert got and not any(e.historical for e in got)
