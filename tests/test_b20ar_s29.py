"""Session 29 B20AR: Arabic constructions found by the blind tests blind_s33 / blind_s34.  Our own sentences."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, pub="2024-05-01"):
    return [(e.cameo, e.source_code or "", e.target_code or "", e.negated)
            for e in _P(text, published_at=pub, lang="ar").events]


def _has(evs, code, src="", tgt=""):
    return any(c == code and s.startswith(src) and t.startswith(tgt) for c, s, t, _ in evs)


# 1. a membership aside between the subject and the object of a recall
def test_recall_across_a_membership_aside_coordinated_subjects():
    evs = _events("واستدعت غانا وتوغو، المنضوية في التكتل الإقليمي، صباح الاثنين سفراءها لدى بنين للتشاور.")
    assert _has(evs, "161", "GHA", "BEN") and _has(evs, "161", "TGO", "BEN"), evs


def test_recall_across_a_membership_aside_dual():
    evs = _events("واستدعت تونس وليبيا، العضوتان في اتحاد المغرب العربي، سفيريهما لدى القاهرة للتشاور.")
    assert _has(evs, "161", "TUN", "EGY") and _has(evs, "161", "LBY", "EGY"), evs


def test_membership_aside_makes_no_recall_of_players():
    evs = _events("واستدعت السنغال، العضو في مجموعة إيكواس، لاعبين جددا إلى المنتخب.")
    assert not any(c.startswith("16") for c, _, _, _ in evs), evs


# 2. closing the airspace by a verbal noun
def test_airspace_closure_noun_coming_from_country():
    evs = _events("قررت تشاد إغلاق مجالها الجوي أمام الطائرات القادمة من السودان.")
    assert _has(evs, "163", "TCD", "SDN"), evs


def test_airspace_closure_noun_with_nisba_and_speaker():
    evs = _events("وقالت وزارة الخارجية النيجرية إنها قررت كذلك غلق المجال الجوي النيجري أمام الطائرات القادمة "
                  "من بنين.")
    assert _has(evs, "163", "NER", "BEN"), evs


def test_airspace_closure_to_all_flights_is_no_sanction():
    evs = _events("قررت السلطات إغلاق المجال الجوي أمام جميع الرحلات بسبب العاصفة الرملية.")
    assert not any(c.startswith("16") for c, _, _, _ in evs), evs


# 3. suspending relations, leaving a joint body
def test_suspending_relations_noun_and_verb():
    assert _has(_events("أعلنت كولومبيا تعليق علاقاتها الدبلوماسية مع إسرائيل."), "161", "COL", "ISR")
    assert _has(_events("وعلقت النيجر علاقاتها مع فرنسا حتى إشعار آخر."), "161", "NER", "FRA")


def test_commenting_on_relations_is_no_suspension():
    evs = _events("وعلق الوزير على العلاقات مع فرنسا قائلا إنها ممتازة.")
    assert not any(c.startswith("16") for c, _, _, _ in evs), evs


def test_withdrawal_from_a_joint_body_reduces_relations():
    evs = _events("أعلنت تشاد انسحابها من اللجنة الثلاثية المشتركة مع ليبيا والسودان.")
    assert _has(evs, "161", "TCD") and not _has(evs, "0874"), evs
    evs = _events("وانسحبت بوركينا فاسو من التحالف الإقليمي لمكافحة الإرهاب.")
    assert _has(evs, "161", "BFA") and not _has(evs, "0874"), evs


def test_withdrawal_from_own_staff_committee_has_no_own_army_target():
    evs = _events("كما أعلنت نيامي انسحابها الفوري من لجنة الأركان المشتركة.")
    assert _has(evs, "161", "NER") and not _has(evs, "161", "NER", "NER"), evs


def test_troops_of_a_coalition_withdrawing_is_a_retreat():
    evs = _events("انسحبت قوات التحالف من المدينة بعد معارك عنيفة.")
    assert not _has(evs, "161") and _has(evs, "0874"), evs


# 4. a police raid, a ban on demonstrations, a negative characterisation
def test_police_raid_is_coercion():
    assert _has(_events("وداهمت الشرطة الأردنية مكاتب نقابة المعلمين في عمان."), "170", "JOR")
    assert _has(_events("داهمت قوات الأمن التونسية مقر حزب معارض في صفاقس."), "170", "TUN")


def test_army_raid_or_deadly_raid_stays_force():
    assert _has(_events("داهم الجيش الإسرائيلي مخيم جنين."), "190", "ISR")
    evs = _events("داهمت الشرطة منزلا في بغداد ما أسفر عن مقتل مسلحين.")
    assert _has(evs, "190") and not _has(evs, "170"), evs


def test_ban_on_demonstrations_restricts_freedoms():
    assert _has(_events("وفرض محافظ أنقرة حظرا على التظاهرات والتجمعات لمدة ثلاثة أيام."), "1721")
    assert _has(_events("فرضت السلطات المصرية حظرا على المسيرات في وسط القاهرة."), "1721", "EGY")


def test_sanctions_on_organisers_stay_sanctions():
    evs = _events("فرضت الولايات المتحدة عقوبات على منظمي التظاهرات في طهران.")
    assert _has(evs, "163", "USA") and not _has(evs, "1721"), evs


def test_described_as_a_coup_after_a_long_subject():
    evs = _events('ووصف زعيم حزب المعارضة الرئيسي في المجر فلان الفلاني توقيف رئيس البلدية بأنه "محاولة انقلاب '
                  'على الديمقراطية".')
    assert _has(evs, "111"), evs
    evs = _events('ووصف رئيس الوزراء الإسباني بيدرو سانشيز قرار المحكمة العليا بأنه "انتكاسة للعدالة".')
    assert _has(evs, "111", "ESP"), evs


def test_described_as_historic_is_no_criticism():
    evs = _events("ووصف الوزير القرار بأنه خطوة تاريخية نحو المصالحة.")
    assert not _has(evs, "111"), evs


# 5. "will not hesitate to … if …": a conditional threat, not negated
def test_will_not_hesitate_if_is_a_threat():
    evs = _events("وقال وزير الدفاع الباكستاني إن بلاده لن تتردد في الرد بحزم إذا هاجمت الهند أراضيها.")
    assert any(c.startswith("13") and s.startswith("PAK") and not n for c, s, _, n in evs), evs
    evs = _events("وأكد الرئيس الإيراني أن طهران لن تتردد في اتخاذ إجراءات إذا هاجمت إسرائيل منشآتها.")
    assert any(c.startswith("13") and s.startswith("IRN") and not n for c, s, _, n in evs), evs


def test_will_not_hesitate_to_meet_is_no_threat():
    evs = _events("وقال الوزير إنه لن يتردد في لقاء نظيره الروسي إذا سنحت الفرصة.")
    assert not any(c.startswith("13") for c, _, _, _ in evs), evs


# extras: ثمنا "a price"
def test_paying_a_price_is_no_praise():
    evs = _events('وتوعد المتحدث باسم الجماعة فرنسا وألمانيا بأنهما "ستدفعان ثمنا باهظا".')
    assert not any(c == "051" for c, _, _, _ in evs), evs
    evs = _events("وحذرت إيران من أن إسرائيل ستدفع ثمنا غاليا.")
    assert not any(c == "051" for c, _, _, _ in evs), evs


def test_dual_praise_stays_praise():
    evs = _events("والتقى وزيرا خارجية مصر والأردن في عمان، وثمنا جهود قطر في الوساطة.")
    assert any(c == "051" for c, _, _, _ in evs), evs


# extras: "التي تقول إنها …" (a hedge inside a relative clause, its speaker told in an earlier sentence)
def test_relative_hedge_is_no_statement():
    text = ("وقال المتحدث العسكري لحركة الشباب الصومالية علي راجي إن مقاتلي الحركة سيواصلون هجماتهم.\n\n"
            "وكانت الحركة قد استهدفت منذ أكتوبر الماضي عشرات الشاحنات التي تقول إنها تنقل أسلحة إلى القوات الحكومية.")
    evs = _P(text, published_at="2024-01-12", lang="ar").events
    assert not any(e.cameo == "010" and e.trigger == "تقول" for e in evs), [(e.cameo, e.trigger) for e in evs]


def test_relative_clause_with_named_speaker_keeps_statement():
    evs = _events("وقصفت المدفعية مواقع في الجنوب، وهي المواقع التي يقول الجيش الصومالي إنها تابعة للمسلحين.")
    assert any(c == "010" and s.startswith("SOM") for c, s, _, _ in evs), evs


# extras: "وبحث" (discussed) is no "و + ب + حث" (urged): its phone call is no demand to meet
def test_discussed_in_a_phone_call_is_no_demand():
    evs = _P("وبحث رئيس الوزراء التونسي في اتصال هاتفي مع نظيره الليبي ملف الحدود.", published_at="2024-05-01",
             lang="ar").events
    assert any(e.cameo == "040" for e in evs), [(e.cameo, e.modality) for e in evs]
    assert not any(e.cameo == "108" or e.modality == "demand" for e in evs), [(e.cameo, e.modality) for e in evs]


def test_urged_keeps_its_appeal():
    evs = _events("وحث الرئيس المصري نظيره السوداني على وقف القتال.")
    assert _has(evs, "020", "EGY", "SDN"), evs


def test_topic_after_in_order_to_discuss_is_not_done():
    evs = _P("واجتمع الوزيران لبحث سبل وقف إطلاق النار في السودان.", published_at="2024-05-01", lang="ar").events
    assert not any(e.root == "08" and e.modality == "asserted" and not e.historical for e in evs), \
        [(e.cameo, e.modality, e.historical) for e in evs]
