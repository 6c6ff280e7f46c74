"""Session 9 (AR2): whole Arabic articles written for marsad (tests/data/articles_ar/, ours), each coded as one
document; the key events were read and verified by hand (source, target, code, date, place).  Known errors found
in them that are not fixed yet are strict xfails (they fail loudly once fixed)."""

import pytest

import marsad

from events_helpers import article_events as coded
from events_helpers import check_article_events, find_article_event as find


# (file, publication date, [(trigger, cameo, source, target, date, place)]); None = not checked
ARTICLES = [
    ("iraq_protest.txt", "2025-06-14", [
        ("تظاهر", "141", "IRQ", None, "2025-06-13", "Baghdad"),          # يوم الجمعة before a Saturday
        ("أطلقت الغاز", "175", "IRQCOP", "IRQCVL", "2025-06-13", None),   # no date of its own: the lead's Friday (s18);
        # (session 35: the sentence names only Iraq, the Baghdad story's home -- its bare police are Iraq's; session
        # 38: the crowd the Iraqi police disperse is Iraq's public, as the article gold codes it)
        ("وأدان", "111", "IRQGOV", "IRQCVL", "2025-06-13", None),      # undated: the lead's Friday (s18)
        ("وانتقد", "111", "IRQPTY", None, None, None),
        ("اعتقلت", "173", "IRQCOP", "IRQOPP", "2025-06-13", "Nasiriyah"),  # (s18, as above)
        ("وطالبت", "100", "IGOUNO", None, "2025-06-13", None),          # (s18, as above)
        ("أعلنت", "010", "IRQGOV", None, None, None),                   # the Iraqi electoral commission
    ]),
    ("libya_crisis.txt", "2025-06-11", [
        ("رفض", "120", "LBYLEG", None, "2025-06-10", "Tripoli"),        # يوم الثلاثاء before a Wednesday
        ("اتهم", "112", "LBYGOV", None, "2025-06-10", None),           # undated reply: the lead's Tuesday (s18)
        ("رفضه", "120", "LBYLEG", None, None, None),                      # the High Council of State
        ("اشتباكات", "193", None, None, "2025-06-09", "Ain Zara"),       # ليل الاثنين
        ("وأدان", "111", "LBYGOV", None, "2025-06-10", None),           # undated: the lead's Tuesday (s18)
        ("وقال", "010", "LBYMIL", None, None, None),                      # the LNA
        ("تظاهر", "141", None, None, "2025-06-10", "Misratah"),         # (s18, as above)
    ]),
    ("gulf_iran.txt", "2025-05-12", [
        ("استقبل", "043", "SAUGOV", "IRNGOV", "2025-05-11", "Riyadh"),   # يوم الأحد before a Monday
        ("وقال", "010", "IRNGOV", None, "2025-05-11", None),           # the visit's press conference: Sunday (s18)
        ("استقبل", "043", "QATGOV", "USAGOV", None, "Doha"),             # the emir's full name with آل ثاني
        ("استدعت", "114", "ARE", "IRNGOV", "2025-05-05", "Abu Dhabi"),  # الأسبوع الماضي
        ("وأدان", "111", "IGOARBGCC", None, "2025-05-11", None),        # undated: the lead's Sunday (s18)
        ("ورفضت", "120", "IRNGOV", None, None, None),
    ]),
    ("sudan_war.txt", "2025-05-18", [
        # the lead's victims and the body's attacker ("قوات الدعم السريع قصفت السوق") are one event (session 12)
        ("قتل", "195", "SDNREB", "SDNCVL", "2025-05-17", "El Fasher"),
        ("واتهمت", "112", "SDNREB", "SDNMIL", None, None),               # joined accusation (this session)
        ("اعتقلت", "173", "SDNSPY", "SDNCVL", None, "Khartoum North"),
        ("ودعا", "0253", "SDNOPP", None, None, None),                     # the SPA's call for the release (session 10: 0253)
        ("وأدان", "111", "IGOUNO", None, None, None),
        ("دعت", "026", "USA", None, None, None),                          # call to resume talks (session 10: 026)
        ("دعت", "026", "SAU", None, None, None),
    ]),
    ("palestine.txt", "2025-05-21", [
        ("وأدانت", "111", "PSEGOV", None, "2025-05-21", None),
        ("وحملت", "112", "PSEGOV", "ISRGOV", None, None),                 # blame, joined after a comma
        ("هاجم", "190", "ISRSET", "PSE", None, "Hebron"),
        ("وانتقد", "111", "JORGOV", "ISRMIL", None, None),
        ("طالبت", "100", "EGYGOV", None, None, None),
        ("قال", "010", "ISRGOV", None, "2025-05-21", None),
    ]),
]


@pytest.mark.parametrize("name, date, checks", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_key_events(name, date, checks):
    check_article_events(coded(name, date), checks)


# Fixed by the lead (timex/dating.py): a call is not dated by the future expression of its complement
# ("دعا … إلى الانضمام إلى الاحتجاجات يوم الجمعة المقبل" is a call made today, about next Friday).
def test_call_is_dated_by_publication_not_by_its_complement():
    # "دعا … إلى الانضمام إلى الاحتجاجات يوم الجمعة المقبل": not next Friday (the complement's date); with no date of
    # its own the call takes the story's day, the lead's Friday (session 18, DTX; the publication day before)
    events = coded("iraq_protest.txt", "2025-06-14")
    assert find(events, "دعا", "020")[4] == "2025-06-13"


# Fixed in session 10 (AR3, circumstantial.py): "داعيا طهران إلى …" — the capital right after the participle is its
# addressee (IRNGOV), not the later actor (الإمارات)
def test_participle_addressee_is_the_capital():
    events = coded("gulf_iran.txt", "2025-05-12")
    assert find(events, "داعيا", "020")[2] == "IRNGOV"


# Fixed in session 10 (AR3, motive.py): "استدعت … السفير احتجاجا على …" — "in protest at" is the motive of the summons,
# not a demonstration
def test_summons_in_protest_is_no_demonstration():
    events = coded("gulf_iran.txt", "2025-05-12")
    assert not any(e[0] == "141" for e in events)


# Fixed in session 10 (AR3, manual_ar.tsv): "استشهد شابان … برصاص الجيش الإسرائيلي" — the shooting by the army (193)
def test_martyred_by_fire_is_a_killing():
    events = coded("palestine.txt", "2025-05-21")
    assert any(e[3].startswith("استشهد") and e[1] == "ISRMIL" for e in events)


def events(text, date="2025-05-20"):
    doc = marsad.code(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events]


# حمّل X المسؤولية "blamed X" is an accusation (112), not "carried"; تحمّل / يتحمل "bore" is no event
@pytest.mark.parametrize("text, want", [
    ("وحمل رئيس الوزراء الأردني إسرائيل مسؤولية انهيار التهدئة.", ("112", "JORGOV", "ISR")),
    ("وحملت حركة الجهاد الإسلامي الاحتلال المسؤولية الكاملة عن حياة الأسرى.", ("112", "PSEREB", None)),
    ("وقال المتحدث إن المحتجين حملوا الحكومة السودانية مسؤولية تدهور الأوضاع.", ("112", None, "SDNGOV")),
])
def test_blame_with_responsibility_is_an_accusation(text, want):
    got = events(text)
    assert any(c == want[0] and (want[1] is None or s == want[1]) and (want[2] is None or t == want[2])
               for c, s, t in got), got


@pytest.mark.parametrize("text", [
    "ودعت الفصائل الحكومة الانتقالية إلى تحمل المسؤولية تجاه النازحين.",
    "وقال الوزير إن الحكومة العراقية تتحمل المسؤولية عن انقطاع الكهرباء.",
    "وحمل المتظاهرون لافتات تندد بالغلاء أمام مبنى المحافظة.",
])
def test_bear_or_carry_is_no_accusation(text):
    got = events(text)
    assert not any(c == "112" for c, _, _ in got), got


def test_carried_is_no_campaign_actor():
    doc = marsad.code("وحمل المتظاهرون أعلاما ولافتات في ساحة التحرير.", published_at="2025-05-20")
    assert not any(doc.text[s:e].startswith("حمل") for a in doc.actors for s, e in a.spans), \
        [(a.code, a.spans) for a in doc.actors]


# an accusation joined after a comma with one actor right after it: that actor is the object, the subject goes on
@pytest.mark.parametrize("text, src, tgt", [
    ("ونفت قوات الدعم السريع مسؤوليتها عن الهجوم على القافلة، واتهمت الجيش السوداني بتدبيره.", "SDNREB", "SDNMIL"),
    ("وأدانت الخارجية الفلسطينية اقتحام المسجد، وحملت الحكومة الإسرائيلية المسؤولية عن التصعيد.", "PSEGOV", "ISRGOV"),
    ("وأدان المجلس الرئاسي اليمني الهجوم على الميناء، واتهم جماعة الحوثي بتهديد الملاحة.", "YEMGOV", "YEMREB"),
])
def test_joined_accusation_keeps_subject(text, src, tgt):
    got = events(text)
    assert ("112", src, tgt) in got, got


@pytest.mark.parametrize("text, src, tgt", [
    # a new subject with its own object stays as it was
    ("وصل الوفد المصري إلى غزة، واتهمت حركة حماس إسرائيل بعرقلة الاتفاق.", "PSEREB", "ISR"),
    # its own subject and object after the comma
    ("رفضت الحكومة الليبية البيان، واتهم الجيش الوطني الليبي رئيس الحكومة بالفساد.", "LBYMIL", "LBYGOV"),
])
def test_accusation_with_its_own_subject(text, src, tgt):
    got = events(text)
    assert ("112", src, tgt) in got, got


# a verb marked plural (…وا) has its subject in the ending: the actor right after it is its object, never its subject
@pytest.mark.parametrize("text, src, tgt", [
    ("وقال المتحدث إن المحتجين حملوا الحكومة السودانية مسؤولية تدهور الأوضاع.", None, "SDNGOV"),
    ("وقال شهود إن مسلحين اقتحموا القرية وهاجموا الجيش المالي قبل أن ينسحبوا.", "UAF", "MLIMIL"),
    ("هاجموا الشرطة العراقية في الموصل.", None, "IRQCOP"),
])
def test_plural_verb_object(text, src, tgt):
    got = events(text)
    assert any(t == tgt and (src is None or s == src) for _, s, t in got), got
    assert not any(s == tgt for _, s, _ in got), got


def test_singular_verb_keeps_vso_subject():
    got = events("وهاجمت الشرطة العراقية مسلحين في الموصل.")
    assert any(s == "IRQCOP" for _, s, _ in got), got
