"""Session 50 (helper armiss50): Arabic gold events missed outright -- the shapes, in our own sentences.

1. Lexicon (manual_ar.tsv): bringing charges (وجه + تهمة / تهما, 173); conceding defeat (أقر / اعترف + بهزيمته, 080);
   ordering an inquiry (أمر + بـ … تحقيق, 090; the bare أمر is also the noun "matter": homographs_ar.tsv); welcoming
   expressed (أعرب عن ترحيبه, 051); denying a fall or the charges (نفى + سقوط / التهم, 016).
2. ``announced_act`` kind renew: a renewing or expressing verb (جدد، أعرب، عبر) reports the appeal noun after it
   ("وجدد الوزير دعوته …": the verb's span is the event's evidence too).
"""
from test_gapen34_s34 import _dump, _with

_AMMAN = "عمان - 3 مارس (مرصد) - "
_DATE = "2025-03-03"


# ----------------------------------------------------------------------------- 1 lexicon
def test_prosecutors_bring_charges():
    got, evs = _with(_AMMAN + "ووجهت النيابة العامة الأردنية إلى ثلاثة موظفين في وزارة الزراعة تهمة الرشوة.",
                     "ووجهت", _DATE)
    assert [e.cameo for e in got] == ["173"], _dump(evs)


def test_an_appeal_addressed_is_no_charge():
    _, evs = _with(_AMMAN + "ووجهت الحكومة الأردنية نداء إلى المنظمات الدولية لدعم اللاجئين.", "ووجهت", _DATE)
    assert not [e for e in evs if e.cameo == "173"], _dump(evs)


def test_opposition_leader_concedes_defeat():
    got, evs = _with(_AMMAN + "وأقرت زعيمة المعارضة الكندية بهزيمتها في كلمة أمام أنصارها.", "وأقرت", _DATE)
    assert [e.cameo for e in got] == ["080"], _dump(evs)


def test_parliament_approving_a_budget_is_no_concession():
    _, evs = _with(_AMMAN + "وأقر البرلمان الأردني الموازنة العامة بعد هزيمة مقترح المعارضة.", "وأقر", _DATE)
    assert not [e for e in evs if e.cameo == "080"], _dump(evs)


def test_prime_minister_orders_an_inquiry():
    got, evs = _with(_AMMAN + "وأمر رئيس الوزراء الأردني جعفر حسان بتشكيل لجنة تحقيق في الحادث.", "وأمر", _DATE)
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "JOR", _dump(evs)


def test_the_matter_needing_an_inquiry_is_no_order():
    _, evs = _with(_AMMAN + "وقال الوزير إن الأمر يتطلب تحقيقا شاملا في الحادث.", "الأمر", _DATE)
    assert not [e for e in evs if e.cameo == "090" and "الأمر" in e.trigger], _dump(evs)


def test_secretary_general_expresses_welcome():
    got, evs = _with(_AMMAN + "وأعرب الأمين العام لمجلس التعاون الخليجي عن ترحيبه بالاتفاق.", "وأعرب", _DATE)
    assert [e.cameo for e in got] == ["051"], _dump(evs)


def test_army_denies_the_fall_of_a_town():
    got, evs = _with(_AMMAN + "وفي بغداد، نفت القوات المسلحة العراقية سقوط بلدة حدودية.", "نفت", _DATE)
    assert [e.cameo for e in got] == ["016"] and got[0].source_country == "IRQ", _dump(evs)


def test_minister_denies_the_charges():
    got, evs = _with(_AMMAN + "ونفى وزير المالية العراقي كل التهم الموجهة إليه.", "ونفى", _DATE)
    assert [e.cameo for e in got] == ["016"], _dump(evs)


# ----------------------------------------------------------------------------- 2 renewed appeal
def test_renewed_appeal_is_reported_by_its_verb():
    text = _AMMAN + "وجدد وزير الخارجية الأردني دعوته المجتمع الدولي إلى رفع الحصار عن غزة."
    _, evs = _with(text, "دعوته", _DATE)
    verb = text.index("وجدد")
    got = [e for e in evs if e.cameo[:2] == "02" and any(s <= verb < t for s, t in e.also_spans)]
    assert got and got[0].source_country == "JOR", _dump(evs)


def test_renewed_appeal_of_a_ministry():
    text = _AMMAN + "كما جددت وزارة الخارجية المصرية دعوتها الطرفين إلى وقف القتال."
    _, evs = _with(text, "دعوتها", _DATE)
    verb = text.index("جددت")
    assert [e for e in evs if e.cameo[:2] == "02" and any(s <= verb < t for s, t in e.also_spans)], _dump(evs)


# ----------------------------------------------------------------------------- 3 thanks joined
def test_thanks_joined_after_a_comma():
    got, evs = _with(_AMMAN + "وقال رئيس الوزراء الأردني جعفر حسان إن الشعب قال كلمته، وشكر الناخبين على ثقتهم.",
                     "وشكر", _DATE)
    assert [e.cameo for e in got] == ["051"] and got[0].source_country == "JOR", _dump(evs)


def test_thanks_after_a_setting_phrase():
    got, evs = _with(_AMMAN + "ورحب العاهل الأردني بالقرار، وشكر في بيان للديوان الملكي الدول العربية على جهودها.",
                     "وشكر", _DATE)
    assert [e.cameo for e in got] == ["051"], _dump(evs)


def test_a_word_of_thanks_is_no_act():
    _, evs = _with(_AMMAN + "ووجه الملك كلمة شكر في ختام الحفل إلى الحضور.", "شكر", _DATE)
    assert not [e for e in evs if e.trigger.startswith("شكر")], _dump(evs)


# ----------------------------------------------------------------------------- 4 a contrast clause's own subject
def test_two_officials_of_one_country_condemn_in_contrast_clauses():
    _, evs = _with(_AMMAN + 'وفي واشنطن، ندد وزير الخارجية الأمريكي بالضربة الروسية على المدينة، بينما وصفها الرئيس '
                   'الأمريكي بأنها "أمر فظيع".', "ندد", _DATE)
    assert len([e for e in evs if e.cameo == "111"]) == 2, _dump(evs)


def test_one_condemnation_told_with_a_joined_verb_stays_one():
    _, evs = _with(_AMMAN + "ندد وزير الخارجية الأمريكي بالضربة الروسية على المدينة، ووصفها بأنها «جريمة».",
                   "ندد", _DATE)
    assert len([e for e in evs if e.root == "11"]) == 1, _dump(evs)


# ----------------------------------------------------------------------------- 5 قد before the homograph طالب
def test_demand_after_the_particle_qad():
    got, evs = _with(_AMMAN + "وتباينت المواقف في ألمانيا، فقد طالب حزب الخضر بوقف تصدير الأسلحة إلى المنطقة.",
                     "طالب", _DATE)
    assert [e.cameo for e in got] == ["100"] and got[0].source_country == "DEU", _dump(evs)


def test_a_student_of_a_university_is_no_demand():
    _, evs = _with(_AMMAN + "وقال طالب بجامعة القاهرة إن الامتحانات تأجلت.", "طالب", _DATE)
    assert not [e for e in evs if e.trigger.startswith("طالب")], _dump(evs)


# ----------------------------------------------------------------------------- 6 an intensified act
def test_intensified_shelling_is_reported_by_its_verb():
    text = _AMMAN + "ميدانيا، كثفت القوات الإسرائيلية قصفها الجوي على حي الشجاعية خلال الليل."
    _, evs = _with(text, "قصفها", _DATE)
    verb = text.index("كثفت")
    got = [e for e in evs if e.root == "19" and any(s <= verb < t for s, t in e.also_spans)]
    assert got and got[0].source_country == "ISR", _dump(evs)


# ----------------------------------------------------------------------------- 7 a verbal attack told in words
def test_attack_on_a_reporter_told_with_a_joined_saying_is_verbal():
    got, evs = _with(_AMMAN + 'وهاجم الرئيس الأمريكي مراسلة شبكة "سي إن إن" التي طرحت السؤال، وقال إنها "تحرج ضيفنا".',
                     "وهاجم", _DATE)
    assert [e.cameo for e in got] == ["111"], _dump(evs)


def test_gunmen_attack_told_by_a_source_stays_armed():
    got, evs = _with(_AMMAN + "وهاجم مسلحون حاجزا للجيش قرب المدينة، وقال مصدر أمني إن ثلاثة جنود قتلوا.",
                     "وهاجم", _DATE)
    assert [e.cameo for e in got] == ["190"], _dump(evs)
