"""Session 28, B18AR: Arabic leftovers of the eighteenth blind test (our own sentences, real pipeline)."""
from __future__ import annotations

from tests.events_helpers import full


def _ev(doc, prefix, trigger=None):
    return [e for e in doc.events if e.cameo.startswith(prefix) and (trigger is None or e.trigger.startswith(trigger))]


# 1. "تحتفظ بحقها في الرد / في اتخاذ الإجراءات" is a threat (13), with or without its condition

def test_reserved_right_to_respond_with_condition_is_threat():
    doc = full("وقال المتحدث باسم الخارجية الجزائرية إن بلاده تحتفظ بحقها في الرد على أي اعتداء إذا تعرضت "
               "حدودها للخطر.", published_at="2024-05-02")
    t = _ev(doc, "13")
    assert len(t) == 1 and t[0].source_country == "DZA" and not t[0].negated and t[0].modality == "asserted"


def test_reserved_right_targets_the_refuser_of_its_sentence():
    doc = full("قالت الخارجية السودانية إن إثيوبيا رفضت كل المقترحات وإن السودان يحتفظ بحقه في اتخاذ كل "
               "الإجراءات لحماية مصالحه.", published_at="2024-05-02")
    t = _ev(doc, "13")
    assert len(t) == 1 and t[0].source_country == "SDN" and t[0].target_country == "ETH"


def test_kept_title_or_right_to_run_is_no_threat():
    doc = full("احتفظ الفريق الأهلي بلقب الدوري للمرة الثالثة.", published_at="2024-05-02")
    assert not _ev(doc, "13")
    doc = full("قال الرئيس التونسي إنه يحتفظ بحقه في الترشح لولاية ثانية.", published_at="2024-05-02")
    assert not _ev(doc, "13")


# 2. "عملية لتبادل الأسرى": the ل-masdar after an operation noun is the exchange itself (0841 both ways)

def test_operation_for_prisoner_exchange_is_the_exchange():
    doc = full("جرت أمس أكبر عملية لتبادل الأسرى بين الحكومة اليمنية وجماعة الحوثي.", published_at="2024-05-02")
    ex = _ev(doc, "0841")
    assert len(ex) == 2 and {e.source_code for e in ex} == {"YEMGOV", "YEMREB"}
    assert not any(e.historical for e in ex)


def test_new_round_for_detainee_exchange_with_adjective():
    doc = full("بدأت صباح اليوم جولة جديدة لتبادل المحتجزين بين أرمينيا وأذربيجان في معبر حدودي.",
               published_at="2024-05-02")
    assert {(e.source_country, e.target_country) for e in _ev(doc, "0841")} == {("ARM", "AZE"), ("AZE", "ARM")}


def test_meeting_purpose_is_still_no_discussion():
    doc = full("التقى الوزيران لبحث العلاقات بين مصر والأردن.", published_at="2024-05-02")
    assert not [e for e in doc.events if e.trigger.startswith("لبحث")]


def test_since_phrase_date_is_not_the_exchange_date():
    doc = full("انطلقت أمس الجمعة أكبر عملية لتبادل الأسرى بين روسيا وأوكرانيا منذ اندلاع الحرب قبل عامين.",
               published_at="2024-05-04")
    ex = _ev(doc, "0841")
    assert ex and all(str(e.date) == "2024-05-03" and not e.historical for e in ex)


# 3. denials / rejections of accusations and blocs with no target

def test_denial_after_long_subject_targets_the_accuser():
    doc = full("اتهمت جماعة الحوثي الحكومة اليمنية بعرقلة صرف الرواتب. في المقابل، نفى وزير الإعلام في "
               "الحكومة اليمنية معمر الإرياني هذه الاتهامات.", published_at="2024-05-02")
    d = _ev(doc, "016")
    assert len(d) == 1 and d[0].source_code == "YEMGOV" and d[0].target_code == "YEMREB"


def test_rejection_within_one_country_targets_the_accuser():
    doc = full("اتهمت الحكومة اليمنية جماعة الحوثي بعرقلة فتح الطرق في مدينة تعز. في المقابل، رفض رئيس وفد جماعة "
               "الحوثي المفاوض محمد عبد السلام الاتهامات.", published_at="2024-05-02")
    r = _ev(doc, "12", "رفض")
    assert len(r) == 1 and r[0].target_code == "YEMGOV"


def test_guard_threat_targets_the_condition_subject_of_the_same_country():
    # (a guard: the base reads this already; the article's bare "بري" is the unlinked 3-letter surname, left)
    doc = full("فشل البرلمان اللبناني في انتخاب رئيس. وهدد نواب المعارضة اللبنانية بمقاطعة أي جلسة تشريعية إذا "
               "لم يدع رئيس مجلس النواب نبيه بري إلى جلسة مفتوحة.", published_at="2024-05-02")
    t = _ev(doc, "13")
    # (the speaker Nabih Berri is listed in people.tsv since session 37: LBNLEG, was the title's LBNGOVLEG)
    assert len(t) == 1 and t[0].source_code == "LBNOPP" and t[0].target_code == "LBNLEG"


def test_parliamentary_blocs_are_the_legislature():
    doc = full("طالب رئيس الوزراء العراقي الكتل البرلمانية بالإسراع في إقرار الموازنة.", published_at="2024-05-02")
    d = _ev(doc, "10")
    assert d and d[0].target_code == "IRQLEG"
    doc = full("فشل البرلمان اللبناني مجددا في انتخاب رئيس للجمهورية. ودعا رئيس مجلس النواب نبيه بري الكتل "
               "النيابية إلى حوار غير مشروط.", published_at="2024-05-02")
    c = _ev(doc, "02")
    assert c and c[0].target_code == "LBNLEG"


def test_joined_denial_speaks_for_its_clause_subject():
    text = ("وقالت وزارة الخارجية المغربية في بيان إن قوات جزائرية عبرت الحدود. في المقابل، ردت وزارة الخارجية "
            "الجزائرية ببيان اتهمت فيه الرباط بالتصعيد، ونفت أن تكون قواتها قد عبرت الحدود.")
    doc = full(text, published_at="2024-05-02")
    d = [e for e in doc.events if e.trigger.startswith("ونفت")]
    assert d and d[0].source_country == "DZA"


# 4. a square's / street's name is no town of that name

def test_square_name_is_no_town():
    doc = full("واعتصم عشرات الطلاب أمس في ساحة النجمة وسط بيروت احتجاجا على رفع الأقساط.",
               published_at="2024-05-02")
    assert not any(p.country == "QAT" for p in doc.places)
    doc = full("وتظاهر المئات أمس في شارع بغداد وسط دمشق.", published_at="2024-05-02")
    assert not any(p.country == "IRQ" for p in doc.places)


# 5. a pluperfect with a long subject (two officials with titles) is background

def test_long_pluperfect_subject_is_background():
    doc = full("وكان الرئيس الكيني وليام روتو ورئيس الوزراء الإثيوبي آبي أحمد قد اتفقا في مارس الماضي على إنشاء "
               "لجنة مشتركة.", published_at="2024-09-10")
    a = _ev(doc, "03")
    assert a and all(e.historical for e in a)


def test_since_phrase_date_dates_the_since_noun_only():
    doc = full("جرت أمس أكبر عملية تبادل للأسرى بين روسيا وأوكرانيا منذ اندلاع الحرب قبل عامين.",
               published_at="2024-05-04")
    ex = _ev(doc, "0841")
    assert ex and all(str(e.date) == "2024-05-03" and not e.historical for e in ex)


def test_blocs_after_a_joined_appeal_are_its_addressee():
    # the blocs are an actor now: after "، ودعا" right before إلى they are the addressee, the opening subject appeals
    doc = full("وأنهى رئيس البرلمان العراقي محمود المشهداني الجلسة دون التصويت، ودعا الكتل البرلمانية إلى التوافق على "
               "القانون.", published_at="2024-05-02")
    c = _ev(doc, "02")
    assert len(c) == 1 and c[0].source_country == "IRQ" and c[0].target_code == "IRQLEG"
