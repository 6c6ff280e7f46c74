"""Session 10 (AR3): errors found by coding whole Arabic articles, each fixed in general and tested with sentences
written for marsad in the style of the news (never copied from ../shared)."""
import pytest

import marsad


def coded(text, date="2025-03-10"):
    doc = marsad.code(text, published_at=date)
    return doc, [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e) for e in doc.events]


def has(evs, cameo, src=None, tgt=None, trig=None):
    return any(c == cameo and (src is None or s == src) and (tgt is None or t == tgt)
               and (trig is None or tr.startswith(trig)) for c, s, t, tr, _ in evs)


# 1. A title right before a person's name (الشيخ، المهندس …) is part of the subject, not a word between the verb
# and its subject (structure._actor_args, honorifics_ar.tsv)
# (Abdul-Mahdi is dated in people.tsv since session 37: prime minister 2018-10-25 .. 2020-05-07, so a date in office)
@pytest.mark.parametrize("text, want, date", [
    ("استقبل الشيخ تميم بن حمد آل ثاني المبعوث الأمريكي في الدوحة.", ("043", "QATGOV", "USAGOV"), "2025-03-10"),
    ("أدان المهندس عادل عبد المهدي الهجوم على السفارة.", ("111", "IRQGOV", None), "2019-12-31"),
    ("وانتقد الشيخ نعيم قاسم الحكومة اللبنانية.", ("111", "LBNREB", "LBNGOV"), "2025-03-10"),
])
def test_title_before_name_keeps_the_subject(text, want, date):
    _, evs = coded(text, date)
    assert has(evs, *want), [(c, s, t) for c, s, t, _, _ in evs]


def test_country_before_name_is_still_cut():
    # "وزير اقتصاد اليمن خالد …": a country before the name is not a title (the old cut stays)
    _, evs = coded("أجرى وزير الخارجية اليمني اتصالا هاتفيا مع نظيره العماني تناول الأوضاع في البحر الأحمر.")
    assert has(evs, "041", "YEMGOV", "OMNGOV")


# 2. "سلمية" after a protest noun is the adjective "peaceful", not the Syrian town As Salamiyah (cue stop);
# "القائم بالأعمال" (chargé d'affaires) is not the Iraqi town Al-Qaim (cue follow)
@pytest.mark.parametrize("text", [
    "خرجت تظاهرات سلمية في وسط المدينة للمطالبة بالإصلاح.",
    "أكد المتظاهرون سلمية احتجاجاتهم أمام مقر البرلمان.",
    "دعا الرئيس قوات الأمن إلى حماية الاحتجاجات السلمية.",
    "سلمت الخارجية العراقية القائم بالأعمال التركي مذكرة احتجاج.",
])
def test_common_words_are_no_towns(text):
    doc = marsad.code(text, published_at="2025-03-10")
    assert not any(p.name in ("As Salamīyah", "Al Qā’im") for p in doc.places), [p.name for p in doc.places]


@pytest.mark.parametrize("text, town", [
    ("قصفت طائرات حربية مدينة سلمية في ريف حماة.", "As Salamīyah"),
    ("سيطرت القوات العراقية على قضاء القائم غرب الأنبار.", "Al Qā’im"),
])
def test_towns_with_a_venue_stay(text, town):
    doc = marsad.code(text, published_at="2025-03-10")
    assert any(p.name == town for p in doc.places), [p.name for p in doc.places]


# 3. "احتجاجا على" after a summons / recall / another official act is its motive, no demonstration (motive.py);
# a protest note (مذكرة احتجاج) is an official complaint (114); after a protest or alone it stays a protest
@pytest.mark.parametrize("text, main", [
    ("استدعت وزارة الخارجية الأردنية السفير الإسرائيلي احتجاجا على اقتحام المسجد الأقصى.", "114"),
    # (its own ambassador recalled: 161 since session 13 AR8, a summons of a foreign one stays 114)
    ("استدعت الجزائر سفيرها لدى فرنسا للتشاور احتجاجا على تصريحات الرئيس الفرنسي.", "161"),
    ("سلمت الخارجية العراقية القائم بالأعمال التركي مذكرة احتجاج على القصف.", "114"),
])
def test_protest_motive_is_no_demonstration(text, main):
    _, evs = coded(text)
    assert has(evs, main) and not any(c.startswith("14") for c, *_ in evs), [(c, s, t) for c, s, t, _, _ in evs]


def test_protest_note_is_a_complaint_between_the_states():
    _, evs = coded("سلمت الخارجية العراقية القائم بالأعمال التركي مذكرة احتجاج على القصف.")
    assert has(evs, "114", "IRQGOV", "TURGOV")


@pytest.mark.parametrize("text", [
    "أضرب العمال في تونس احتجاجا على تأخر الرواتب.",
    "خرج الآلاف إلى شوارع الرباط احتجاجا على غلاء الأسعار.",
    "تظاهر المئات في عمان احتجاجا على الحرب.",
])
def test_protest_in_protest_stays(text):
    _, evs = coded(text)
    assert any(c.startswith("14") for c, *_ in evs)


# 4. "استشهد X برصاص / بنيران Y": the martyr is the victim, the shooters the agent (193 / 190)
@pytest.mark.parametrize("text, want", [
    ("استشهد فلسطيني برصاص قوات الاحتلال في جنين.", ("193", "ISRMIL", "PSE")),
    ("استشهد شابان برصاص الجيش الإسرائيلي في نابلس.", ("193", "ISRMIL", None)),
    ("واستشهد ثلاثة فلسطينيين بنيران الجيش الإسرائيلي شرق غزة.", ("190", "ISRMIL", "PSE")),
])
def test_martyred_by_fire(text, want):
    _, evs = coded(text)
    assert has(evs, *want), [(c, s, t) for c, s, t, _, _ in evs]
    e = next(e for c, _, _, _, e in evs if c == want[0])
    assert not e.historical and not e.negated


def test_died_of_wounds_is_no_new_attack():
    _, evs = coded("استشهد الشاب متأثرا بجروح أصيب بها الأسبوع الماضي.")
    assert not any(c.startswith("19") for c, *_ in evs)


# 5. "نظيره" is a counterpart of the other side: same office, own country (counterpart.py)
@pytest.mark.parametrize("text, want", [
    ("التقى وزير الخارجية السعودي نظيره الإيراني في بكين.", ("040", "SAUGOV", "IRNGOV")),
    ("التقى رئيس أركان الجيش الجزائري نظيره التونسي.", ("040", "DZAMIL", "TUNMIL")),
    ("التقى رئيس جهاز المخابرات المصرية نظيره الإسرائيلي في القاهرة.", ("040", "EGYSPY", "ISRSPY")),
    ("استقبل قائد الجيش اللبناني نظيره القبرصي في بيروت.", ("043", "LBNMIL", "CYPMIL")),
    ("التقى رئيس البرلمان العراقي نظيره الإيراني في طهران.", ("040", "IRQLEG", "IRNLEG")),
    ("التقى وزير الدفاع التركي يشار غولر نظيره العراقي في أنقرة.", ("040", "TURGOV", "IRQGOV")),
])
def test_counterpart_takes_the_sector(text, want):
    _, evs = coded(text)
    assert has(evs, *want), [(c, s, t) for c, s, t, _, _ in evs]


# 6. circumstantial participles: the noun phrase right after the participle is its addressee even when the verb
# rule took a later actor; a multi-word trigger (محملا X المسؤولية) is measured from the participle word
@pytest.mark.parametrize("text, want", [
    ("وأدان المجلس في بيان التصريحات، داعيا طهران إلى الاستجابة لمساعي الإمارات لحل القضية.", ("020", None, "IRNGOV")),
    ("أدانت الجامعة العربية التصريحات، داعية طهران إلى احترام سيادة الإمارات.", ("020", "IGOARBAGL", "IRNGOV")),
    ("أدان الرئيس الفلسطيني الاقتحام، محملا إسرائيل المسؤولية الكاملة عن التصعيد.", ("112", "PSEGOV", "ISR")),
    ("نددت الخارجية الأردنية بالهجوم، محملة الحكومة الإسرائيلية مسؤولية التصعيد.", ("112", "JORGOV", "ISRGOV")),
])
def test_participle_addressee(text, want):
    _, evs = coded(text)
    assert has(evs, *want), [(c, s, t) for c, s, t, _, _ in evs]


def test_laden_trucks_are_no_blame():
    _, evs = coded("وصلت شاحنات محملة بالمساعدات إلى معبر رفح.")
    assert not has(evs, "112")


# 7. agreement: a masculine verb cannot have a feminine organisation or a capital right after it for its subject,
# a feminine verb (ت) not a phrase headed by a masculine noun (agreement.py, masc_heads_ar.tsv): the phrase is the
# object and the subject goes on from the earlier joined verb
@pytest.mark.parametrize("text, want", [
    ("انتقد الائتلاف الوطني السوري المعارض اللقاء، واتهم الحكومة التركية بالتخلي عن مطالب الشعب السوري.",
     ("112", "SYROPP", "TURGOV")),
    ("واتهم الشرطة بالاعتداء على المحتجين.", ("112", None, "COP")),
    ("ورد المتحدث باسم الخارجية الإثيوبية على البيان، واتهم القاهرة بمحاولة تدويل القضية.", ("112", None, "EGYGOV")),
    ("وأدانت وزارة الخارجية العراقية القصف التركي، واستدعت السفير التركي في بغداد.", ("114", "IRQGOV", "TURGOV")),
    ("طالبت حكومة إقليم كردستان في بيان بحماية المدنيين، وحملت حزب العمال الكردستاني مسؤولية التصعيد.",
     ("112", "IRQGOV", "TURREB")),
    ("واتهم الولايات المتحدة بالضغط على الحكومة اللبنانية.", ("112", None, "USA")),
])
def test_agreement_object(text, want):
    _, evs = coded(text)
    assert has(evs, *want), [(c, s, t) for c, s, t, _, _ in evs]


@pytest.mark.parametrize("text, want", [
    ("اتهمت الحكومة المعارضة بالتحريض.", ("112", "GOV", "OPP")),
    ("اتهم القضاة الوزارة بالتدخل في عملهم.", ("112", "JUD", "GOV")),   # a broken plural in ة is a subject
    ("قالت الوزيرة الفرنسية إن الوضع خطير.", ("010", "FRAGOV", None)),
])
def test_agreement_keeps_true_subjects(text, want):
    _, evs = coded(text)
    assert has(evs, *want), [(c, s, t) for c, s, t, _, _ in evs]


def test_ambassador_summoned_then_handed_a_note():
    _, evs = coded("وأدانت وزارة الخارجية العراقية القصف، واستدعت السفير التركي وسلمته مذكرة احتجاج شديدة اللهجة.")
    # (since session 33 the joined "وسلمته" names the summoned ambassador: the note is the summons' own act, one
    # event of the pair, as the gold files code it ("the same act"))
    assert [(s, t) for c, s, t, tr, _ in evs if c == "114"] == [("IRQGOV", "TURGOV")]


# 8. a title + definite noun before a person's name ("وزير الخارجية بدر عبد العاطي") is the subject, not the target
@pytest.mark.parametrize("text, want", [
    ("أدان وزير الخارجية بدر عبد العاطي الهجوم على القافلة.", ("111", "EGYGOV", None)),
    ("استقبل رئيس الحكومة نواف سلام السفير الأمريكي.", ("043", "LBNGOV", "USAGOV")),
    ("كما طالب رئيس الحكومة نواف سلام لجنة المراقبة الدولية بتحمل مسؤولياتها.", ("100", "LBNGOV", None)),
])
def test_title_noun_name_subject(text, want):
    _, evs = coded(text)
    assert has(evs, *want), [(c, s, t) for c, s, t, _, _ in evs]


# 9. another verbal noun of motive (رفضا ل، تنديدا ل) after an act is its motive; a dual verb رفضا stays
def test_motive_masdar_is_no_rejection():
    _, evs = coded("خرجت تظاهرات في مدن إدلب وأعزاز والباب رفضا للتطبيع مع دمشق.")
    assert has(evs, "141") and not has(evs, "120")


def test_dual_verb_rejected_stays():
    _, evs = coded("الطرفان رفضا المقترح الأمريكي.")
    assert has(evs, "120")


def test_summons_complaint_is_no_demonstration():
    _, evs = coded("ورفضت الخارجية التونسية الانتقادات، واستدعت سفير الاتحاد الأوروبي لإبلاغه احتجاج تونس على القرار.")
    assert has(evs, "114", "TUNGOV") and not any(c.startswith("14") for c, *_ in evs)


def test_protesters_protest_note_stays_a_protest():
    _, evs = coded("وسلم المتظاهرون السفير السوداني في لندن مذكرة احتجاج على الحرب.")
    assert any(c.startswith("14") for c, *_ in evs)


# 10. a participle after a noun event takes that event's subject ("نظم الأهالي وقفة احتجاجية …، مطالبين بـ")
def test_participle_after_staged_protest():
    _, evs = coded("ونظم العشرات من أهالي القرى الحدودية وقفة احتجاجية أمام مقر الأمم المتحدة، مطالبين بتسريع إعادة الإعمار.")
    assert any(c == "100" and s and s.endswith("CVL") for c, s, *_ in evs), [(c, s, t) for c, s, t, _, _ in evs]


# 11. actor rows of the articles
@pytest.mark.parametrize("text, want", [
    ("وقصفت قوات الحكومة السورية بلدة في ريف إدلب الجنوبي.", ("195", "SYRMIL", None)),
    ("طالبت منظمة مراسلون بلا حدود بالإفراج عن الصحفي فورا.", ("1053", "NGOHRI", None)),
    ("أعلنت وزارة الدفاع التركية أن قواتها حيدت أربعة من عناصر حزب العمال الكردستاني في شمال العراق.", ("190", None, "TURREB")),
])
def test_article_actor_rows(text, want):
    _, evs = coded(text)
    assert has(evs, *want), [(c, s, t) for c, s, t, _, _ in evs]


def test_plain_clothes_are_no_civilians():
    _, evs = coded("وقالت هيئة الدفاع إن عناصر أمنية بزي مدني داهمت منازل الموقوفين.")
    assert not any(s == "CVL" for c, s, *_ in evs)


# ---------------------------------------------------------------- whole articles (tests/data/articles_ar/, ours)
# Five articles written for marsad (Syria-Turkey normalisation and Idlib shelling, the Lebanon-Israel border and
# Beirut politics, the Nile dam dispute, arrests and protests in Tunisia, Turkish strikes in Iraqi Kurdistan), each
# coded as one document; the events below were read and verified by hand.  Known errors not fixed are strict xfails.
from events_helpers import article_events as article  # noqa: E402
from events_helpers import check_article_events, find_article_event as find  # noqa: E402


# (file, publication date, [(trigger, cameo, source, target, date, place)]); None = not checked
ARTICLES = [
    ("syria_turkey.txt", "2025-06-18", [
        ("التقى", "040", "SYRGOV", "TURGOV", "2025-06-17", "Baghdad"),     # يوم الثلاثاء; counterpart نظيره
        ("ورحب", "051", "IRQGOV", None, "2025-06-17", None),  # the meeting's results, undated: the lead's Tuesday (s18)
        ("رحبت", "051", "RUSGOV", None, None, None),
        ("انتقد", "111", "SYROPP", None, None, None),
        ("واتهم", "112", "SYROPP", "TURGOV", None, None),                  # masculine verb + الحكومة التركية
        ("خرجت تظاهرات", "141", None, None, None, "Idlib"),               # سلمية is no town, رفضا ل no 120
        ("قتل", "190", "SYRMIL", "CVL", "2025-06-16", None),               # قوات الحكومة; مساء الاثنين
        ("اعتقلت", "173", "SYRREB", None, "2025-06-09", "Idlib"),          # HTS; الأسبوع الماضي
        ("قطعت أنقرة علاقاتها", "161", "TURGOV", "SYRGOV", "2012", None),
        ("وأدانت", "111", "IGOUNO", None, None, None),
    ]),
    ("lebanon_border.txt", "2025-07-10", [
        ("قتل", "190", "ISRMIL", "LBNREB", "2025-07-10", "South Lebanon"),
        ("أطلق حزب الله صواريخ", "195", "LBNREB", "ISRMIL", None, "Shebaa Farms"),
        ("وأدان", "111", "LBNGOV", None, None, None),
        ("طالب", "100", "LBNGOV", None, None, None),                       # كما طالب رئيس الحكومة نواف سلام
        ("ودعا", "020", "IGOUNO", None, None, None),
        ("أعربت فرنسا", "012", "FRA", None, None, None),
        ("زار", "042", "USAGOV", "LBNGOV", "2025-06-30", None),            # الأسبوع الماضي
        ("وقفة احتجاجية", "141", "CVL", "IGOUNOMIL", None, "En Nâqoûra"),
        ("مطالبين", "100", "LBNCVL", None, None, None),                    # the staged protest's subject
        ("واعتقلت", "173", "LBNSPY", None, None, "Sidon"),
        ("استقبل", "043", "LBNGOV", "CYPGOV", None, "Beirut"),
    ]),
    ("nile_dam.txt", "2025-07-06", [
        ("وقال", "010", "ETHGOV", None, "2025-07-06", None),
        ("ودعا", "026", None, "EGYGOV", None, None),                       # a capital after a masculine verb (026: a call to negotiate, lead's appeal_content)
        ("واتهمت", "112", "EGYGOV", "ETHGOV", None, None),
        ("أعرب", "012", "SDNGOV", None, None, None),
        ("واتهم", "112", None, "EGYGOV", None, None),
        ("تبادلت", "112", "EGYGOV", "ETHGOV", "2024-12", None),
        ("وفرقت", "175", "SDNCOP", "SDNCVL", None, None),   # the crowd of the sentence before (session 21, B8AR)
        ("استقبل", "043", "EGYGOV", "SSDGOV", None, "Cairo"),
    ]),
    ("tunisia_arrests.txt", "2025-04-08", [
        ("اعتقلت", "173", "TUNCOP", "TUNOPP", "2025-04-08", "Tunis"),
        ("قالت", "010", "TUNGOV", None, None, None),
        ("وحملت", "112", None, "TUNGOV", None, None),                      # feminine verb + الرئيس: the object
        ("وانتقد", "111", "TUNLAB", None, None, None),
        ("ودعا", "0253", "IGOUNO", "TUNGOV", None, None),                 # a call for the release (lead's appeal_content)
        ("واستدعت", "114", "TUNGOV", "IGOEUREEC", None, None),
        ("طالبت", "1053", "NGOHRI", None, None, None),                     # Reporters Without Borders (demand release)
        ("اتهمت", "112", "MARGOV", "DZA", None, None),
        ("محتجون", "141", None, None, None, "Sfax"),
    ]),
    ("kurdistan_turkey.txt", "2025-08-09", [
        ("قتل", "195", "TURMIL", "IRQCVL", "2025-08-08", "Erbil"),
        ("حيدت", "190", None, "TURREB", None, None),
        ("وأدانت", "111", "IRQGOV", "TURMIL", None, None),
        ("واستدعت", "114", "IRQGOV", "TURGOV", None, "Baghdad"),           # feminine verb + السفير: the object
        # ("وسلمته" names the summoned ambassador since session 33: one act with the summons, merged into it)
        ("وحملت", "112", "IRQGOV", "TURREB", None, None),
        ("وقصفت", "195", "TURMIL", None, None, "Dihok"),
        ("بحث", "040", "IRQGOV", "TURGOV", "2025-07", None),
        ("واتفق", "030", "IRQGOV", "TURGOV", "2025-07", None),             # الجانبان: the pair before (pair_ar.py)
    ]),
]


@pytest.mark.parametrize("name, date, checks", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_events(name, date, checks):
    check_article_events(article(name, date), checks)


def test_articles_have_no_false_towns_and_no_summons_protest():
    tun = article("tunisia_arrests.txt", "2025-04-08")
    assert not any(e[0].startswith("14") and e[3].startswith("احتجاج") and e[2] == "TUN" for e in tun)
    syr = article("syria_turkey.txt", "2025-06-18")
    assert not any(e[5] == "As Salamīyah" for e in syr) and not any(e[0] == "120" and e[3] == "رفضا" for e in syr)


# A joined accusation after a circumstantial participle goes on with the main verb's subject ("هاجم زعيم حزب الشعب
# الجمهوري …، مطالبا بإعادة اللاجئين …، واتهم الرئيس التركي": the CHP leader, not the refugees; events._conjoined_subject
# skips the participle, circumstantial.is_participle)
def test_joined_accusation_after_participle():
    events = article("syria_turkey.txt", "2025-06-18")
    assert find(events, "واتهم", "112", None)[1] != "SYRREF" and any(
        e[3].startswith("واتهم") and e[1] in ("TUROPP", "OPP") for e in events)


# "رفض الأمين العام لحزب الله الشيخ نعيم قاسم …": one person (the mention split stops at a title; the UP row شيخ نعيم
# قاسم LBNPTY gave way to the people row's alias): the subject, not the target
def test_hezbollah_leader_rejects():
    events = article("lebanon_border.txt", "2025-07-10")
    assert find(events, "رفض", "120")[1] == "LBNREB"


# Known, not fixed: the accusation joined 20 words later ("…، واتهم الولايات المتحدة بالضغط …") has no source
# (was a strict xfail: fixed in session 11, AR5: _conjoined_subject up to 30 words after a comma, same gender)
def test_hezbollah_leader_accuses():
    events = article("lebanon_border.txt", "2025-07-10")
    assert find(events, "واتهم", "112")[1] == "LBNREB"


# Known, not fixed (timex/dating): a clause after one with a future expression takes its date ("عرض … استضافة جولة
# … الشهر المقبل، فيما رحبت الولايات المتحدة": the welcome is dated next month)
# (was a strict xfail: fixed in session 11, AR5: a فيما / بينما / في حين clause takes no earlier date)
def test_welcome_after_offer_is_dated_today():
    events = article("nile_dam.txt", "2025-07-06")
    assert find(events, "رحبت", "051")[4] == "2025-07-06"


# Known, not fixed: a protest in front of a UN office takes the UN for its source (the site after أمام)
# (was a strict xfail: fixed in session 11, AR5: events._site_source)
def test_protest_site_is_no_source():
    events = article("kurdistan_turkey.txt", "2025-08-09")
    assert find(events, "تظاهر", "141")[1] != "IGOUNO"


# Known, not fixed: the denial verb نفى negates the accusation joined after it, and its subject is lost
# (was a strict xfail: fixed in session 11, AR5: a verb joined after a denied clause is the denier's own act)
def test_denial_then_accusation():
    events = article("kurdistan_turkey.txt", "2025-08-09")
    e = find(events, "واتهم", "112")
    assert not e[6] and e[1] == "TURREB" and e[2] == "TURMIL"


def test_first_name_wahid_is_no_neutralising():
    # حيّد "neutralised" only in its unambiguous forms: "وحيد" is a first name (a dev row's attacker became the speaker)
    _, evs = coded("وقال المتحدث العسكري اللواء وحيد أرشد إن عشرة مدنيين قتلوا في التفجير الانتحاري الذي وقع في البلدة.")
    assert not any(tr.startswith("وحيد") for _, _, _, tr, _ in evs)
    assert has(evs, "183", "UAF") or has(evs, "190", "UAF"), [(c, s, t) for c, s, t, _, _ in evs]


# 12. "the two sides" as the subject of a cooperation act: the pair of the event before, both ways (pair_ar.py)
@pytest.mark.parametrize("text, a, b", [
    ("وكان رئيس الوزراء العراقي قد بحث مع الرئيس التركي ملف المياه، واتفق الجانبان على تشكيل لجنة مشتركة.",
     "IRQGOV", "TURGOV"),
    ("التقى وزير الخارجية المصري نظيره الإثيوبي في أديس أبابا. وقال المتحدث إن الطرفين اتفقا على استئناف المفاوضات.",
     "EGYGOV", "ETHGOV"),
])
def test_pair_subject(text, a, b):
    _, evs = coded(text)
    assert has(evs, "030", a, b) and has(evs, "030", b, a), [(c, s, t) for c, s, t, _, _ in evs]


def test_pair_without_antecedent_stays_empty():
    _, evs = coded("اتفق الجانبان على وقف إطلاق النار.")
    assert has(evs, "030") and not any(s or t for c, s, t, _, _ in evs if c == "030")
