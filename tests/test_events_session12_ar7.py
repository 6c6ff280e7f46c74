"""Session 12 (AR7): errors found by coding whole Arabic articles, each fixed in general and tested with sentences
written for marsad in the style of the news (never copied from ../shared), then two new articles of our own."""
import marsad


def coded(text, date="2025-03-10"):
    doc = marsad.code(text, published_at=date)
    return doc, [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e) for e in doc.events]


def show(evs):
    return [(c, s, t, tr, e.date) for c, s, t, tr, e in evs]


def one(evs, trig, cameo):
    got = [e for c, s, t, tr, e in evs if tr.startswith(trig) and c == cameo]
    assert got, show(evs)
    return got[0]


# 1. A duration (منذ سنوات، منذ عام 2023) in a later clause measures that clause's state ("المحتجزين منذ سنوات": held
# for years); it does not date the event of the clause before it (time/clauses.yaml `duration`)
def test_later_duration_does_not_date_the_event():
    _, evs = coded("وفي بغداد، نظمت عائلات المفقودين وقفة أمام مبنى البرلمان، مطالبة بالكشف عن مصير أبنائها المغيبين "
                   "منذ سنوات.", "2025-04-20")
    assert one(evs, "وقفة", "141").date == "2025-04-20"


def test_a_duration_in_the_events_own_clause_still_dates_it():
    _, evs = coded("أفرجت السلطات عن الصحفي منذ يومين بعد احتجازه في سجن المدينة.", "2025-03-10")
    assert one(evs, "أفرجت", "0841").date == "2025-03-08"


# 2. A spokesperson's title of two words before باسم ("المتحدث العسكري باسم الحوثيين", "المتحدثة الرسمية باسم
# الحكومة الإثيوبية") speaks for the actor after باسم, as the one-word title does (actors._spokesman)
def test_two_word_spokesman_title_speaks_for_the_group():
    _, evs = coded("ونفى المتحدث العسكري باسم جماعة الحوثي أن تكون قواتهم قد شنت أي هجوم، واتهم القوات الحكومية "
                   "بخرق الهدنة.")
    assert any(c == "112" and s == "YEMREB" and t == "YEMMIL" for c, s, t, _, _ in evs), show(evs)


def test_two_word_spokeswoman_title():
    _, evs = coded("ونفت المتحدثة الرسمية باسم الحكومة الإثيوبية أن تكون قوات بلادها عبرت الحدود، واتهمت مصر بتأجيج "
                   "التوتر.")
    assert any(c == "112" and s == "ETHGOV" and t == "EGY" for c, s, t, _, _ in evs), show(evs)


def test_a_title_with_its_own_country_before_bism_keeps_it():
    # guard: "السفير الأمريكي باسم بلاده" -- the ambassador is the US's own, no spokesman of بلاده
    _, evs = coded("وقع السفير الأمريكي باسم بلاده اتفاقا مع وزير المالية اللبناني.")
    assert any(c == "057" and s == "USAGOV" and t == "LBNGOV" for c, s, t, _, _ in evs), show(evs)


# 3. The dateline's country for bare roles also in a domestic story with foreign reactions: at least half the
# country mentions and twice the next country's (coding/home_country.py, HOME_HALF / HOME_LEAD)
DOMESTIC_WITH_REACTIONS = (
    "عمان - (مرصد): أقر مجلس النواب الأردني يوم الثلاثاء قانون الانتخاب الجديد بعد نقاش طويل في العاصمة عمان. "
    "وقال رئيس المجلس إن القانون يوسع تمثيل الأحزاب في البرلمان الأردني. "
    "وفي خطوة مفاجئة، أقال رئيس الوزراء وزير الداخلية بعد يومين من الجدل. "
    "ورحبت الولايات المتحدة بإقرار القانون، كما رحبت فرنسا وألمانيا بالخطوة. "
    "وتظاهر العشرات في الزرقاء والكرك احتجاجا على بعض مواد القانون.")

TWO_COUNTRY_STORY_AR = (
    "الخرطوم - (مرصد): بحث وزير الخارجية السوداني مع نظيره المصري في الخرطوم ملف سد النهضة. "
    "وقال الوزير المصري إن القاهرة والخرطوم تنسقان مواقفهما، وأكد وزير الري المصري دعم مصر للسودان. "
    "وفي خطوة مفاجئة، أقال رئيس الوزراء وزير الداخلية بعد يومين من الجدل.")


def test_a_domestic_story_with_foreign_reactions_gives_bare_titles_the_home_country():
    _, evs = coded(DOMESTIC_WITH_REACTIONS, "2025-06-11")
    assert any(c == "172" and s == "JORGOV" and t == "JORGOV" for c, s, t, _, _ in evs), show(evs)


def test_a_story_of_two_countries_still_gives_no_home_country():
    # guard: Sudan and Egypt named about equally -- the bare prime minister may be either's
    _, evs = coded(TWO_COUNTRY_STORY_AR, "2025-06-11")
    sack = one(evs, "أقال", "172")
    assert not sack.source_country and ":src-home" not in sack.rule, show(evs)


# 4. A crowd named in a later clause is not the agent of a protest word of an earlier clause that has its own protest
# verb: two crowds, two protests (events._share_crowd); an indefinite crowd noun (محتجون) is a crowd of its own in
# the sentence's merge (events._dedupe), a definite one (المتظاهرون) refers back
def test_two_crowds_two_protests():
    _, evs = coded("وفي الموصل، تظاهر العشرات أمام مبنى المحافظة للمطالبة بصرف الرواتب، وقطع محتجون جسرا رئيسيا في "
                   "المدينة لساعات.", "2025-10-30")
    prot = [e for c, s, t, tr, e in evs if c.startswith("14")]
    assert len(prot) == 2 and any(tr == "تظاهر" and s == "IRQCVL" for c, s, t, tr, _ in evs), show(evs)


def test_a_definite_crowd_after_a_protest_is_the_same_crowd():
    # guard: "وتجمع المتظاهرون" refers back to the thousands; تظاهر and احتجاجا are one protest of theirs
    _, evs = coded("وفي الكوت، تظاهر الآلاف احتجاجا على قرار المحافظ، وتجمع المتظاهرون أمام مبنى المحافظة مطالبين "
                   "الحكومة المحلية بالاستقالة.", "2025-10-30")
    first = [tr for c, s, t, tr, _ in evs if c.startswith("14") and tr in ("تظاهر", "احتجاجا")]
    assert len(first) == 1 and any(tr == first[0] and s == "IRQCVL" for c, s, t, tr, _ in evs), show(evs)


def test_a_fronted_protest_adverb_still_shares_the_crowd():
    # guard: "احتجاجا على …، تظاهر آلاف الطلاب": the adverb's clause has no protest verb of its own
    _, evs = coded("احتجاجا على قرار الحكومة، تظاهر آلاف الطلاب أمام مبنى الوزارة.")
    assert all(s == "EDU" for c, s, t, tr, _ in evs if c.startswith("14")), show(evs)


# 5. A speech verb after فيما / بينما with no subject of its own goes on with the subject of the verb opening the
# sentence when the two agree in gender (quotes._opening_subject), so "أنها استهدفت" is that actor's act
def test_announcement_after_while_takes_the_opening_subject():
    _, evs = coded("رحبت حركة حماس بقرار مجلس الأمن، فيما أعلنت أنها قصفت موقعا للجيش الإسرائيلي قرب الحدود.")
    assert any(c == "195" and s == "PSEREB" and t == "ISRMIL" for c, s, t, _, _ in evs), show(evs)


def test_announcement_after_while_of_the_other_gender_does_not():
    # guard: a masculine verb opens the sentence, the feminine أعلنت is someone else's
    _, evs = coded("انتقد الرئيس التركي العملية العسكرية، بينما أعلنت أنها قصفت موقعا للجيش الإسرائيلي.")
    assert not any(c == "195" and s == "TURGOV" for c, s, t, _, _ in evs), show(evs)


# 6. Calls / talks "مع" two partners joined by و: each partner meets the first side (events, mutual pairs); a
# consultation verb right before خلاله / خلالهما (during it / them) is what was done in that meeting, one happening,
# not a second consultation between the partners (coding/during_it.py, during_ar.tsv)
def test_calls_with_two_counterparts():
    _, evs = coded("وأجرى وزير الخارجية القطري اتصالين هاتفيين مع نظيريه الإيراني والأمريكي بحث خلالهما سبل خفض "
                   "التوتر في المنطقة.")
    calls = {(s, t) for c, s, t, tr, _ in evs if tr.startswith("اتصالين")}
    assert {("QATGOV", "IRNGOV"), ("QATGOV", "USAGOV")} <= calls, show(evs)
    assert not any({s, t} == {"IRNGOV", "USAGOV"} for c, s, t, _, _ in evs), show(evs)


def test_a_second_discussion_with_its_own_sides_stays():
    # guard: "وبحث الوزيران الأردني والعراقي" is its own meeting (no خلاله)
    _, evs = coded("التقى الرئيس المصري نظيره الفرنسي في القاهرة، وبحث الوزيران الأردني والعراقي التعاون الاقتصادي.")
    assert any(tr == "وبحث" and {s, t} == {"JORGOV", "IRQGOV"} for c, s, t, tr, _ in evs), show(evs)


# 7. دمر (destroyed) with a military object is an attack (manual_ar.tsv); a natural disaster's is not
def test_destroyed_military_things_is_an_attack():
    _, evs = coded("دمرت الغارات الإسرائيلية مواقع لحزب الله في جنوب لبنان.")
    assert any(c == "190" and tr.startswith("دمرت") and s == "ISRMIL" for c, s, t, tr, _ in evs), show(evs)


def test_an_earthquake_destroying_homes_is_no_event():
    _, evs = coded("دمر الزلزال مئات المنازل في القرى الجبلية.")
    assert not evs, show(evs)


# 8. "أعلن الجيش أنه صد هجوما شنه X …، وقتل العشرات من عناصرها": the defender is the speaker of أنه, and the attack
# verb joined after it with no sides is the defender's blow against the attacker (coding/repelled_attack.py)
def test_repelled_attack_defender_is_the_speaker_and_strikes_back():
    _, evs = coded("أعلنت الشرطة العراقية أنها صدت هجوما شنه مسلحون من تنظيم الدولة على حاجز أمني قرب كركوك، "
                   "وقتلت ثلاثة منهم.")
    att = one(evs, "هجوما", "190")
    assert att.target_code == "IRQCOP" and att.source_code, show(evs)
    assert any(tr == "وقتلت" and s == "IRQCOP" and t == att.source_code for c, s, t, tr, _ in evs), show(evs)


def test_a_joined_killing_with_its_own_victims_keeps_them():
    # guard: "وقتل ثلاثة مدنيين" names its own victims: not the attacker
    _, evs = coded("صد الجيش هجوما للمسلحين، وقتل ثلاثة مدنيين في قصف على القرية.")
    assert not any(":after-repel" in e.rule for c, s, t, tr, e in evs), show(evs)


# 9. A state force that a country-less spokesman of that force reports as the attacker, in a story of one country's
# army against its rebels, is that country's (conflict_sides.apply, :own-force)
def test_the_spokesmans_own_air_force():
    _, evs = coded("اتهم الجيش السوداني قوات الدعم السريع بقصف مخيم للنازحين. وقال المتحدث باسم الجيش إن الطيران "
                   "الحربي دمر عددا من المركبات القتالية شرقي المدينة.", "2025-05-18")
    assert any(tr.startswith("دمر") and s == "SDNMIL" for c, s, t, tr, _ in evs), show(evs)


# 10. One attack told in the lead by its victims and in the body by its attacker is one event (coding/lead_body.py)
def test_lead_victims_and_body_attacker_are_one_event():
    _, evs = coded("الخرطوم - قتل عشرة مدنيين يوم الجمعة في قصف استهدف حيا سكنيا في مدينة نيالا، بحسب مصادر طبية. "
                   "وقال شهود إن قوات الدعم السريع قصفت الحي بالمدفعية.", "2025-05-18")
    att = [e for c, s, t, tr, e in evs if c[:2] == "19"]
    assert len(att) == 1 and att[0].source_code == "SDNREB" and att[0].target_country == "SDN" or \
        len(att) == 1 and att[0].source_code == "SDNREB" and att[0].target_code == "CVL", show(evs)
    assert att[0].date == "2025-05-16", show(evs)


def test_a_body_attack_with_its_own_place_stays_apart():
    # guard: the body's shelling has a place of its own (Kassala): another attack
    _, evs = coded("الخرطوم - قتل عشرة مدنيين يوم الجمعة في قصف استهدف حيا سكنيا في مدينة نيالا. وفي كسلا، قال "
                   "شهود إن قوات الدعم السريع قصفت السوق الرئيسي.", "2025-05-18")
    att = [e for c, s, t, tr, e in evs if c[:2] == "19"]
    assert len(att) == 2, show(evs)


# 11. A nested report "قال X إن Y أكد أن …": the outer statement is only the attribution of Y's (merge_repeats); it no
# longer codes a statement of X to Y
def test_nested_report_codes_the_inner_statement_only():
    _, evs = coded("قال وزير الخارجية المصري إن نظيره الإثيوبي أكد أن بلاده لن تبدأ ملء السد قبل التوصل إلى اتفاق.")
    assert not any(c == "010" and s == "EGYGOV" for c, s, t, _, _ in evs), show(evs)
    assert any(c == "010" and s == "ETHGOV" for c, s, t, _, _ in evs), show(evs)


def test_a_plain_report_keeps_its_statement():
    # guard: the content opens with no speaker of its own
    _, evs = coded("قال وزير الخارجية الأردني إن الحكومة ملتزمة بالحوار مع جميع الأطراف.")
    assert any(c == "010" and s == "JORGOV" for c, s, t, _, _ in evs), show(evs)


# 12. دان / دانت (condemned, without the hamza of أدان) is a condemnation (manual_ar.tsv); an actor-less generic
# "يهدد" / "تهدد" (it endangers) is no threat (coding/endanger.py, endanger_ar.tsv)
def test_dan_without_hamza_condemns():
    _, evs = coded("ودانت وزارة الخارجية القطرية الهجوم على القافلة الإنسانية.")
    assert any(c == "111" and s == "QATGOV" for c, s, t, _, _ in evs), show(evs)


def test_the_name_dan_is_no_condemnation():
    # guard: the bare دان opening no clause with an actor after it is the name Dan
    _, evs = coded("ورأى المحلل السياسي في الصحيفة دان مرغليت أن المفاوضات ستطول.")
    assert not any(c == "111" for c, s, t, _, _ in evs), show(evs)


def test_a_thing_that_endangers_is_no_threat():
    _, evs = coded("وحذر المبعوث من أن استمرار القتال يهدد العملية السياسية برمتها.")
    assert not any(c.startswith("13") and tr == "يهدد" for c, s, t, tr, _ in evs), show(evs)   # (وحذر: 130)


def test_an_actor_that_threatens_still_threatens():
    # guard: a named subject keeps the threat
    _, evs = coded("هدد الجيش بالرد على أي هجوم يستهدف مواقعه.")
    assert any(c.startswith("13") and s == "MIL" for c, s, t, _, _ in evs), show(evs)


# the two articles of this session (tests/data/articles_ar/), each coded as one document; the events below were read
# and verified by hand.  Known errors not fixed are strict xfails with their reasons.
import pytest  # noqa: E402

from events_helpers import article_events as article  # noqa: E402
from events_helpers import check_article_events, find_article_event as find  # noqa: E402

LY, SO = ("libya_tripoli_clashes.txt", "2025-11-25"), ("somalia_base_attack.txt", "2025-10-14")

ARTICLES = [
    (*LY, [
        ("اشتباكات", "193", None, None, "2025-11-23", "Abu Salim"),     # ليل الأحد
        ("ودانت", "111", "LBYGOV", None, None, None),                   # دانت (no hamza)
        ("اتهم", "112", "LBYGOV", None, None, None),
        ("ودعا", "020", "LBYGOV", None, None, None),
        ("التقت", "040", "IGOUNO", None, "2025-11-24", "Tunisia"),      # يوم الاثنين; وفي تونس
        ("وحثت", "020", "IGOUNO", None, None, None),                    # تيتيه: the envoy (people.tsv)
        ("رفض", "120", "LBYLEG", None, None, None),
        ("رفضه", "120", "LBYLEG", None, "2025-10", None),               # الشهر الماضي
        ("ورحبت", "051", "USAGOV", None, None, None),
        ("وطالبت", "100", "USAGOV", None, None, None),
        ("أعربت", "012", "ITA", None, None, None),
        ("تظاهر", "141", "LBYCVL", None, None, "Misratah"),
    ]),
    (*SO, [
        ("قتل", "190", "SOMREB", "SOMMIL", "2025-10-13", "Jawhar"),     # the lead: al-Shabaab's attack on Monday
        ("سيطرت", "192", "SOMREB", None, None, None),                   # the claimed capture of the base
        ("نفذت", "190", "USAMIL", None, None, None),
        ("اشتبكت", "193", None, None, "2025-10-12", "Kismayo"),         # يوم الأحد
        ("ودان", "111", "SOMGOV", None, None, None),                    # دان (no hamza)
        ("أدانت", "111", "USA", None, None, None),
        ("أدانت", "111", "GBR", None, None, None),
        ("دعا", "020", "IGOAFRAFU", None, None, None),
        ("تجمع", "141", None, None, None, "Mogadishu"),
        ("اعتقلت", "173", "SOMCOP", "SOMMED", None, "Bosaso"),
        ("وطالبت", "1053", "SOMLAB", None, None, None),
    ]),
]


@pytest.mark.parametrize("name, date, checks", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_events(name, date, checks):
    check_article_events(article(name, date), checks)


def test_articles_word_readings():
    ly, so = article(*LY), article(*SO)
    # يهدد with a thing for subject: no threat (the UN envoy's hal warning "…، محذرة من أن" is a 130 since session 17,
    # an optional entry of articles_ar.yaml)
    assert not any(e[0] == "130" and e[3] != "محذرة" for e in ly + so)
    assert [e[1] for e in ly if e[0] == "130"] == ["IGOUNO"]
    assert not any(e[0] == "010" and e[3] == "وقال" and e[1] is None for e in ly)


# fixed in session 13 (AR8; the xfail reason of session 12 is in marsad/data/coding/README.md)
def test_libya_blame_after_a_long_subject():
    assert find(article(*LY), "حمل", "112")[1:3] == ("LBYGOV", "LBYGOV")


# fixed in session 18 (DET: detect.adjunct_occur_lead, marsad/coding/dated_occurrence.py; the xfail reason was "the
# learned filter judges the clash noun historical (:clf-), though its own clause dates it")
def test_libya_clashes_are_current():
    import marsad
    from events_helpers import ARTICLES_AR
    doc = marsad.code((ARTICLES_AR / LY[0]).read_text(encoding="utf-8"), published_at=LY[1])
    assert not next(e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "اشتباكات").historical


# fixed in session 13 (AR8; the xfail reason of session 12 is in marsad/data/coding/README.md)
def test_libya_agreement_of_the_two_chambers():
    # the two sides are the two chambers met before (coding/pair_ar._met_pair), not the UN speaker; "مجلس النواب"
    # itself stays country-less (LEG) in this sentence that names Tunisia and Libya (left: see the README)
    ly = article(*LY)
    sides = {(e[1], e[2]) for e in ly if e[3] == "اتفقا" and e[0] == "030"}
    assert sides == {("LEG", "LBYLEG"), ("LBYLEG", "LEG")}, sides


# fixed in session 13 (AR8; the xfail reason of session 12 is in marsad/data/coding/README.md)
def test_libya_haftar_receives_the_ambassador():
    assert find(article(*LY), "استقبل", "043")[1] == "LBYMIL"


# fixed in session 13 (AR8; the xfail reason of session 12 is in marsad/data/coding/README.md)
def test_libya_envoy_meets_the_chambers():
    # "وفدين يمثلان مجلس النواب والمجلس الأعلى للدولة": each chamber represented is a side (events._represented)
    ly = article(*LY)
    met = {e[2] for e in ly if e[3] == "التقت" and e[0] == "040" and e[1] == "IGOUNO"}
    assert met == {"LEG", "LBYLEG"}, met


# fixed in session 13 (AR8; the xfail reason of session 12 is in marsad/data/coding/README.md)
def test_somalia_army_kills_attackers():
    assert find(article(*SO), "وقتلت", "190")[1:3] == ("SOMMIL", "SOMREB")


# fixed in session 13 (AR8; the xfail reason of session 12 is in marsad/data/coding/README.md)
def test_somalia_strike_target_is_al_shabaab():
    assert find(article(*SO), "نفذت", "190")[2] == "SOMREB"


# fixed in session 14 (AR9): "من أسر" (families, after the preposition) is a civilian head above the soldiers' MIL
def test_somalia_families_are_civilians():
    assert find(article(*SO), "تجمع", "141")[1] in ("SOMCVL", "CVL")


# fixed in session 14 (AR9): "وأكدت إثيوبيا استعدادها لإرسال قوات" -- a readiness stated with أكد (cue readiness_verb)
# before the sending of troops (074) is the intent to provide peacekeeping (0334); the xfail of session 12 asked only for
# an event anchored on وأكدت, the trigger is the intended act لإرسال قوات (as أعربت عن استعدادها للتوسط gives للتوسط)
def test_somalia_missed_events():
    so = article(*SO)
    assert any(e[0] == "0334" and e[1] == "ETH" and e[3].startswith("لإرسال") for e in so)


# fixed in session 13 (AR8): "قررت الحكومة الكينية إغلاق معبرين حدوديين" (the closure noun, 172) and "وفرقت الشرطة
# التجمع" (a gathering dispersed, 175)
def test_somalia_closure_and_dispersal():
    so = article(*SO)
    assert any(e[0] == "172" and e[1] == "KENGOV" for e in so)
    assert any(e[0] == "175" and e[3].startswith("وفرقت") for e in so)
