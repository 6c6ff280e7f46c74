"""Session 11 (AR5): errors found by coding whole Arabic articles, each fixed in general and tested with sentences
written for marsad in the style of the news (never copied from ../shared), then three new articles of our own."""
import pytest

import marsad


def coded(text, date="2025-03-10"):
    doc = marsad.code(text, published_at=date)
    return doc, [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e) for e in doc.events]


def has(evs, cameo, src=None, tgt=None, trig=None):
    return any(c == cameo and (src is None or s == src) and (tgt is None or t == tgt)
               and (trig is None or tr.startswith(trig)) for c, s, t, tr, _ in evs)


def show(evs):
    return [(c, s, t, tr) for c, s, t, tr, _ in evs]


def one(evs, trig, cameo):
    got = [e for c, s, t, tr, e in evs if tr.startswith(trig) and c == cameo]
    assert got, show(evs)
    return got[0]


# 1. A verbal act joined after a comma, with no subject of its own and of the same gender as the earlier verb, goes
# on with that verb's subject up to 30 words away (events._conjoined_subject; was 14)
@pytest.mark.parametrize("text, want", [
    ("رفض رئيس الوزراء العراقي في مؤتمر صحفي عقده في بغداد مساء الأحد بحضور عدد من الوزراء أي تدخل في شؤون بلاده "
     "الداخلية من أي جهة كانت، واتهم إيران بدعم فصائل مسلحة خارج سيطرة الدولة.", ("112", "IRQGOV", "IRN")),
    ("انتقدت وزارة الخارجية المصرية في بيان صدر في ساعة متأخرة من مساء الثلاثاء استمرار العمليات العسكرية في "
     "مدينة رفح جنوب قطاع غزة رغم النداءات الدولية، وطالبت إسرائيل بالانسحاب الفوري من المعبر.",
     ("106", "EGYGOV", "ISR")),
])
def test_far_joined_verb_keeps_the_subject(text, want):
    _, evs = coded(text)
    assert has(evs, *want), show(evs)


def test_far_joined_verb_of_the_other_gender_keeps_its_own_subject():
    # a feminine verb first, a masculine verb joined later: a new subject (the Hungarian premier), not the Italian one
    _, evs = coded("انتقدت رئيسة الوزراء الإيطالية في كلمة ألقتها أمام البرلمان في روما صباح الثلاثاء سياسات الهجرة "
                   "الأوروبية الحالية بشدة، ودعا رئيس الوزراء المجري إلى إغلاق الحدود.")
    assert has(evs, "020", "HUNGOV") and not has(evs, "020", "ITAGOV"), show(evs)


# 2. A clause opened by فيما / بينما / في حين takes no date from before its opener (time/clauses.yaml independent)
def test_independent_clause_takes_no_earlier_date():
    _, evs = coded("عرض رئيس المفوضية استضافة جولة جديدة من المحادثات في أديس أبابا الشهر المقبل، فيما رحبت الولايات "
                   "المتحدة بالمبادرة.", "2025-07-06")
    assert one(evs, "رحبت", "051").date == "2025-07-06"


def test_independent_clause_keeps_its_own_date():
    _, evs = coded("التقى وزير الخارجية نظيره الأردني في عمان يوم الأحد، بينما اجتمع وزير الدفاع مع قادة الجيش يوم "
                   "الاثنين.", "2025-07-06")
    assert one(evs, "التقى", "040").date == "2025-07-06" and one(evs, "اجتمع", "040").date == "2025-06-30"


def test_clause_without_opener_still_takes_the_sentence_date():
    _, evs = coded("قصفت الطائرات الإسرائيلية مواقع في جنوب لبنان فجر الثلاثاء، وأطلق حزب الله صواريخ على الجليل.",
                   "2025-07-06")
    assert one(evs, "وأطلق", "195").date == "2025-07-01"


# 3. An actor right after a site word (أمام، مقر) is where the crowd stands, not the crowd (events._site_source)
@pytest.mark.parametrize("text, tgt", [
    ("تظاهر المئات أمام مكتب الأمم المتحدة في أربيل.", "IGOUNO"),
    ("اعتصم العشرات أمام مقر الاتحاد الأفريقي في أديس أبابا للمطالبة بوقف الحرب.", "IGOAFRAFU"),
])
def test_protest_site_is_no_source(text, tgt):
    _, evs = coded(text)
    e = next(e for c, s, t, tr, e in evs if c.startswith("14") and ":verb:" in e.rule)
    assert e.source_code in (None, "CVL") or e.source_code.endswith("CVL"), show(evs)
    assert e.target_code == tgt, show(evs)


def test_protest_of_the_staff_keeps_its_source():
    _, evs = coded("تظاهر موظفو الأمم المتحدة في جنيف احتجاجا على خفض الرواتب.")
    assert has(evs, "141", "IGOUNO"), show(evs)


# 4. "نفى X أن …، واتهم Y بـ …": a verb joined after the denied clause is the denier's own act, neither denied nor
# reported; the one phrase before an accusation's ب-charge is the accused
@pytest.mark.parametrize("text, want", [
    ("نفى المتحدث باسم الجيش أن تكون قواته قصفت المستشفى، واتهم المسلحين باستخدامه مقرا لهم.", ("112", "MIL", "UAF")),
    ("نفى حزب الله في بيان أن يكون قد أطلق الصواريخ، واتهم الجيش الإسرائيلي بافتعال الحادث.",
     ("112", "LBNREB", "ISRMIL")),
])
def test_accusation_after_denial(text, want):
    _, evs = coded(text)
    e = one(evs, "واتهم", "112")
    assert (e.source_code, e.target_code) == want[1:] and not e.negated and e.quote_id is None, show(evs)


def test_denied_content_stays_denied():
    _, evs = coded("نفى المتحدث باسم الجيش أن تكون قواته قصفت المستشفى، واتهم المسلحين باستخدامه مقرا لهم.")
    assert one(evs, "قصفت", "195").negated


def test_call_after_denial_is_asserted():
    _, evs = coded("نفت الحكومة السودانية أن تكون قد منعت دخول المساعدات، ودعت المنظمات الدولية إلى زيارة المعابر.")
    e = one(evs, "ودعت", "026")
    assert e.source_code == "SDNGOV" and not e.negated, show(evs)
    assert not any(e.negated for c, s, t, tr, e in evs if tr == "زيارة"), show(evs)


# 5. "فرقاطة تابعة لها" (a ship of its own) belongs to the body named before, as a possessive suffix would
# (actors._possessive, cue belongs; فرقاطة / سفينة حربية are MIL role words)
@pytest.mark.parametrize("text, want", [
    ("أعلنت البحرية البريطانية أن فرقاطة تابعة لها أسقطت طائرة مسيرة فوق البحر الأحمر.", "GBRMIL"),
    # (a state body's own force keeps its force role: the defence ministry's warship is INDMIL, session 13 AR8)
    ("قالت وزارة الدفاع الهندية إن سفينة حربية تابعة لها أسقطت صاروخا أطلق نحو ناقلة نفط.", "INDMIL"),
])
def test_ship_of_its_own(text, want):
    _, evs = coded(text)
    assert one(evs, "أسقطت", "190").source_code == want, show(evs)


# 6. "قوات الجماعة" / "قوات الحركة" after the group is named: the group (cue nonstate_body), not a state's forces named
# earlier in the document (actors._title_of_named_body)
def test_group_forces_are_the_group():
    doc, evs = coded("أعلن الجيش الأمريكي أن مدمرة تابعة له اعترضت صواريخ في البحر الأحمر. وقال المتحدث باسم جماعة "
                     "الحوثي إن قوات الجماعة استهدفت سفينة تجارية بصاروخين.")
    e = one(evs, "استهدفت", "190")
    assert e.source_code == "YEMREB", show(evs)
    assert not any(a.code == "USAMIL" and "قوات" in doc.text[s:t] for a in doc.actors for s, t in a.spans)


def test_army_title_still_takes_the_named_army():
    # the state-body reading stays: "قائد الجيش" after "الجيش السوداني" is SDNMIL
    doc, _ = coded("تقدم الجيش السوداني في أم درمان. وقال قائد الجيش إن المعركة مستمرة.")
    assert any(a.code == "SDNMIL" and any(doc.text[s:t] == "قائد الجيش" for s, t in a.spans) for a in doc.actors), \
        [(a.code, [doc.text[s:t] for s, t in a.spans]) for a in doc.actors]


# 7. A nisba plural in -يين (الحوثيين، الفلسطينيين) is no dual title: the country after it keeps no role of it
@pytest.mark.parametrize("text, want", [
    ("استضافت مسقط محادثات غير مباشرة بين الحوثيين والسعودية.", "SAU"),
    ("رعت القاهرة لقاء بين الفلسطينيين وإسرائيل.", "ISR"),
])
def test_nisba_plural_is_no_dual(text, want):
    doc, _ = coded(text)
    assert any(a.code == want for a in doc.actors) and not any(a.basis == "dual" for a in doc.actors), \
        [(a.code, a.basis) for a in doc.actors]


def test_dual_title_stays():
    _, evs = coded("التقى وزيرا خارجية مصر والأردن في عمان.")
    assert has(evs, "040", "EGYGOV", "JORGOV"), show(evs)


# 8. A protest is not where the people it supports are: a name after a solidarity masdar (تضامنا مع، نصرة ل، دعما ل;
# solidarity_ar.tsv) gives way to the fronted place, and the crowd is of that country (coding/solidarity_place.py)
@pytest.mark.parametrize("text, place, src", [
    ("وفي الرباط، خرج الآلاف في مسيرة حاشدة تضامنا مع غزة.", "Rabat", "MARCVL"),
    ("وفي عمان، تظاهر المئات بعد صلاة الجمعة نصرة لغزة.", "Amman", "JORCVL"),
])
def test_solidarity_is_no_site(text, place, src):
    doc = marsad.code(text, published_at="2025-03-10")
    places = {p.id: p.name for p in doc.places}
    e = next(e for e in doc.events if e.root == "14")
    assert places.get(e.place_id) == place and e.source_code == src, \
        [(e.cameo, e.source_code, places.get(e.place_id)) for e in doc.events]


def test_protest_in_the_supported_place_stays():
    doc = marsad.code("تظاهر المئات في غزة تضامنا مع الأسرى.", published_at="2025-03-10")
    places = {p.id: p.name for p in doc.places}
    assert any(e.root == "14" and places.get(e.place_id) == "Gaza" for e in doc.events)


# 9. "بالمبادرة" (the initiative, after ب) is an object, not the readiness cue مبادرة: the call after it is asserted
def test_initiative_object_is_no_intent():
    _, evs = coded("رحبت الولايات المتحدة بالمبادرة ودعت الأطراف الثلاثة إلى التحلي بالمرونة.")
    assert one(evs, "ودعت", "020").modality == "asserted", [(c, e.modality) for c, s, t, tr, e in evs]


def test_readiness_stays_intent():
    _, evs = coded("أعربت الحكومة عن استعدادها لاستئناف المفاوضات مع المعارضة.")
    assert any(e.modality == "intent" for c, s, t, tr, e in evs), [(c, e.modality) for c, s, t, tr, e in evs]


# 10. Found in the Morocco-Algeria article (tests/data/articles_ar/morocco_algeria.txt), each general:
# a broken plural of things is feminine (fem_heads_ar.tsv): a masculine verb + الأمم المتحدة / الدول names its object
@pytest.mark.parametrize("text, want", [
    ("انتقد الرئيس الجزائري موقف فرنسا، ودعا الأمم المتحدة إلى تنظيم استفتاء.", ("020", "DZAGOV", "IGOUNO")),
    ("ودعت الأمم المتحدة إلى ضبط النفس.", ("020", "IGOUNO", None)),
])
def test_broken_plural_is_feminine(text, want):
    _, evs = coded(text)
    assert has(evs, *want), show(evs)


# closing the airspace to a state's aircraft is a sanction (163; manual_ar.tsv, cond prep_state after a separate أمام)
@pytest.mark.parametrize("text, want", [
    ("وأغلقت الجزائر مجالها الجوي أمام الطائرات المغربية.", ("163", "DZA")),
    ("أغلقت باكستان مجالها الجوي أمام الطائرات الهندية ردا على قرار نيودلهي.", ("163", "PAK")),
])
def test_airspace_closed_to_a_state(text, want):
    _, evs = coded(text)
    assert has(evs, *want), show(evs)


def test_airspace_closed_to_all_is_no_sanction():
    _, evs = coded("أغلقت إيران مجالها الجوي أمام الرحلات التجارية لساعات.")
    assert not has(evs, "163"), show(evs)


def test_two_phone_calls():
    _, evs = coded("أجرى وزير الخارجية السعودي اتصالين هاتفيين مع نظيره المغربي.")
    assert has(evs, "041", "SAUGOV", "MARGOV"), show(evs)


# a bare definite word after an organisation named in full whose first word it is: that organisation
def test_bare_word_of_a_named_organisation():
    doc, evs = coded("دعت الجامعة العربية البلدين إلى ضبط النفس، وأعرب أمينها العام عن استعداد الجامعة للقيام بوساطة.")
    assert not any(a.code == "EDU" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_university_stays_a_university():
    doc, _ = coded("قالت وزارة التعليم إن الجامعة ستفتح أبوابها الأسبوع المقبل.")
    assert any(a.code == "EDU" for a in doc.actors)


# 11. Found in the Iraqi cabinet article (tests/data/articles_ar/iraq_cabinet.txt), each general:
# a future date in a later clause does not date an asserted event before it (timex/dating.py)
def test_later_future_date_is_not_the_events():
    _, evs = coded("رفض زعيم التيار الصدري الحكومة الجديدة، ودعا أنصاره إلى التظاهر يوم الجمعة المقبل.", "2025-10-30")
    assert one(evs, "رفض", "120").date == "2025-10-30", show(evs)


def test_future_event_keeps_its_later_date():
    _, evs = coded("سيزور الرئيس الفرنسي بغداد يوم الجمعة المقبل.", "2025-10-30")
    assert any(e.date == "2025-10-31" for c, s, t, tr, e in evs), [(c, e.date) for c, s, t, tr, e in evs]


# "وزارتا الدفاع والداخلية" (two ministries) is no و + زارتا (noun_forms_ar.tsv)
def test_two_ministries_are_no_visit():
    _, evs = coded("وبقيت وزارتا الدفاع والداخلية شاغرتين بسبب الخلافات.")
    assert not has(evs, "042"), show(evs)


def test_they_visited_stays():
    _, evs2 = coded("زار وزيرا الخارجية مخيم الزعتري في الأردن.")
    assert has(evs2, "042"), show(evs2)


# هنأ "congratulated" (051), written هنا "here" once normalised: only with a subject and an object
@pytest.mark.parametrize("text, want", [
    ("وهنأ الرئيس الإيراني رئيس الوزراء العراقي في اتصال هاتفي.", ("051", "IRNGOV", "IRQGOV")),
    ("هنأ أمير قطر الرئيس اللبناني بانتخابه.", ("051", "QATGOV", "LBNGOV")),
])
def test_congratulate(text, want):
    _, evs = coded(text)
    assert has(evs, *want), show(evs)


@pytest.mark.parametrize("text", [
    "وهنا أقول إن الحكومات لم تتحرك بعد.",
    "من هنا، تؤكد أوساط المعارضة أن الحكومة فشلت.",
])
def test_here_is_no_praise(text):
    _, evs = coded(text)
    assert not has(evs, "051"), show(evs)


# انسحب من المفاوضات = halt negotiations (164), not a military retreat
def test_walkout_from_talks():
    _, evs = coded("انسحب وفد الحكومة السودانية من المفاوضات في جدة.")
    assert has(evs, "164") and not has(evs, "0874"), show(evs)


# ---------------------------------------------------------------- whole articles (tests/data/articles_ar/, ours)
# Three articles written for marsad (a Morocco-Algeria border shooting with the diplomatic rupture behind it, an Iraqi
# cabinet vote with a minister sacked, a Yemeni prisoner-exchange deal under the ICRC), each coded as one document;
# the events below were read and verified by hand.  Known errors not fixed are strict xfails.
from events_helpers import article_events as article  # noqa: E402
from events_helpers import check_article_events, find_article_event as find  # noqa: E402


MA, IQ, YE = ("morocco_algeria.txt", "2025-09-16"), ("iraq_cabinet.txt", "2025-10-30"), ("yemen_prisoners.txt", "2025-11-10")

# (file, publication date, [(trigger, cameo, source, target, date, place)]); None = not checked; all asserted
ARTICLES = [
    (*MA, [
        ("استدعت", "114", "MARGOV", "DZAGOV", "2025-09-15", "Rabat"),     # يوم الاثنين
        ("إطلاق", "193", "DZAMIL", None, "2025-09-15", None),
        ("واتهمت", "112", "DZAGOV", None, None, None),                     # after the denial: not negated
        ("قطعت", "161", "DZA", "MARGOV", "2021-08", None),
        ("وأغلقت", "163", "DZA", None, "2021-08", None),                   # airspace closed to Moroccan planes
        ("انتقد", "111", "DZAGOV", "FRA", "2025-09-14", None),             # مساء الأحد
        ("ودعا", "020", "DZAGOV", "IGOUNO", "2025-09-14", None),           # a masculine verb + الأمم المتحدة
        ("دعت", "020", "IGOARBAGL", None, None, None),
        ("بوساطة", "039", "IGOARBAGL", None, None, None),                  # استعداد الجامعة (not a university)
        ("اتصالين", "041", "SAUGOV", "MARGOV", None, None),
        ("وقفة احتجاجية", "141", "MARCVL", None, None, "Oujda"),
    ]),
    (*IQ, [
        ("وهنأ", "051", "IRNGOV", "IRQGOV", None, None),
        ("ودعت", "020", "IGOUNO", "IRQGOV", None, None),
        ("رفض", "120", "IRQELI", "IRQGOV", "2025-10-29", None),           # not next Friday (a later clause's date);
        # with none of its own, the lead's Wednesday vote day (session 18, DTX)
        ("واتهم", "112", "IRQELI", "IRQPTY", None, None),
        ("وفرقت", "175", "IRQCOP", "IRQCVL", None, None),   # the crowd of the sentence before (session 21, B8AR)
        ("واعتقلت", "173", "IRQCOP", None, None, None),                 # the dateline's country (session 12)
        ("قصفت", "195", "IRQMIL", "IMGMOSISI", None, None),
        ("أقال", "172", None, None, None, None),
    ]),
    (*YE, [
        ("اتفقتا", "030", "YEMGOV", "YEMREB", "2025-11-09", None),
        ("ورحب", "051", "IGOUNO", None, None, None),
        ("ودعا", "0256", "IGOUNO", None, None, None),
        ("رحبت", "051", "SAU", None, None, None),
        ("رحبت", "051", "OMN", None, None, None),
        ("بوساطة", "045", "IGOUNO", None, "2025-04", None),
        ("قصفت", "195", "YEMREB", None, "2025-11-08", "Marib Governorate"),   # مساء السبت
        ("طالب", "1053", "YEMGOV", "YEMREB", None, None),
        ("ورفض", "120", "YEMGOV", None, None, None),
        ("دعت", "020", "NGOHRIHRW", None, None, None),
        ("وقفة", "141", None, "IGOUNO", None, "Aden"),                       # a stand before the UN office
        ("واتهمت", "112", "YEMGOV", "YEMREB", None, None),
    ]),
]


@pytest.mark.parametrize("name, date, checks", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_events(name, date, checks):
    check_article_events(article(name, date), checks)


def test_articles_word_readings():
    ma, iq, ye = article(*MA), article(*IQ), article(*YE)
    assert find(ma, "استهدفوا", "190")[6]                              # denied: negated
    assert not any(e[0] == "042" for e in iq)                           # وزارتا is no visit
    assert not any(e[3] in ("وعدن", "تعز") for e in ye)                 # Aden and Taiz are no verbs


# (a strict xfail until session 19: ARX's capital_addressee reads a state's name after 'وقالت الوزارة' + a full stop
# as the one asked when the speaker was a bare anaphor)
def test_morocco_demand_across_sentences():
    assert find(article(*MA), "وطالبت", "100")[1:3] == ("MARGOV", "DZA")


def test_morocco_saudi_calls():
    ma = article(*MA)
    assert find(ma, "اتصالين", "041", "SAUGOV") and any(e[3].startswith("اتصالين") and e[2] == "DZAGOV" for e in ma)
    assert not any(e[3] == "بحث" and {e[1], e[2]} == {"MARGOV", "DZAGOV"} for e in ma)


def test_morocco_polisario_strike():
    assert find(article(*MA), "استهدفت", "190")[1] == "DZAREB"


def test_iraq_basra_protest():
    assert any(e[0] == "141" and e[3] == "تظاهر" and e[5] == "Basrah" for e in article(*IQ))


# (a walkout from the session, انسحبوا من القاعة, is a boycott 143, no military retreat: fixed by AR6, manual_ar.tsv)
def test_iraq_walkout_is_no_retreat():
    assert not any(e[0] == "0874" for e in article(*IQ))


def test_iraq_minister_sacked_is_iraqi():
    assert find(article(*IQ), "أقال", "172")[1:3] == ("IRQGOV", "IRQGOV")


def test_yemen_accusation_after_denial():
    assert find(article(*YE), "واتهم", "112")[1:3] == ("YEMREB", "YEMMIL")


def test_yemen_stand_is_dated_the_story_day():
    # undated in its sentence: the story's day (the lead's Sunday), by the session-18 convention; until session 42
    # the "منذ سنوات" of its later clause (the sons held "for years") blocked that and left the publication day
    assert find(article(*YE), "وقفة", "141")[4] == "2025-11-09"


# (the reply's subject is the agent of its ب-attack noun and of the relative verb: fixed by AR6, coding/reply_attack.py)
def test_yemen_government_shelling():
    assert find(article(*YE), "استهدف", "190")[1] == "YEMMIL"


# 12. Found in the Yemen article, each general
def test_stand_before_a_building_is_a_protest():
    doc = marsad.code("وفي تونس، نظمت عائلات المفقودين وقفة أمام مقر وزارة الداخلية للمطالبة بكشف مصير أبنائها.",
                      published_at="2025-03-10")
    assert any(e.cameo == "141" for e in doc.events), [(e.cameo, e.source_code) for e in doc.events]


def test_a_pause_is_no_protest():
    _, evs = coded("وبعد وقفة قصيرة، استأنف الوزير كلمته.")
    assert not any(c.startswith("14") for c, *_ in evs), show(evs)


@pytest.mark.parametrize("text", [
    "وستنقل الطائرات الأسرى بين صنعاء وعدن خلال أيام.",
    "وتركزت الاشتباكات في محافظتي تعز والحديدة.",
])
def test_city_names_are_no_verbs(text):
    _, evs = coded(text)
    assert not any(tr in ("وعدن", "تعز") for c, s, t, tr, e in evs), show(evs)


def test_denial_cue_with_conjunction():
    # "ونفى …": the cue carries و; the joined accusation is still the denier's
    _, evs = coded("ونفى المتحدث باسم الحوثيين أن تكون قواتهم قد بدأت أي هجوم، واتهم القوات الحكومية بخرق التهدئة.")
    e = one(evs, "واتهم", "112")
    assert (e.source_code, e.target_code, e.negated) == ("YEMREB", "YEMMIL", False), show(evs)


def test_site_word_before_the_trigger_is_no_site():
    # "وحول مظاهرات العمال" (regarding the workers' protests): حول stands before the noun, the workers are the crowd
    _, evs = coded("وحول مظاهرات العمال، ذكرت الوكالة أن العمال تجمعوا في مظاهرة مرخصة.")
    assert has(evs, "141", "LAB", trig="مظاهرات"), show(evs)
