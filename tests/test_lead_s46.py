"""Session 46 (lead): our own sentences.

1. In Arabic reported speech, a verb joined by و after a comma that agrees with the speech verb and not with the
   reported clause's subject is the speaker's next act: its subject is the speaker, the phrase after it its object,
   and it takes no date of the reported clause (marsad/coding/speaker_goes_on_ar.py, timex/dating.py).
"""
from events_helpers import codes as _codes, sentence_events, with_trigger as _with


def _events(text, date="2025-05-13"):
    return sentence_events(text, date)


def test_feminine_speaker_goes_on_after_a_masculine_reported_subject():
    evs = _events("قالت وزيرة الخارجية الألمانية يوم الثلاثاء إن الوضع في غزة تدهور بشدة بعد السابع من أكتوبر "
                  "2023، وانتقدت الحكومة الإسرائيلية بسبب منع المساعدات.")
    ev = _with(evs, "وانتقدت")
    assert (ev.source_code or "").startswith("DEU") and (ev.target_code or "").startswith("ISR"), _codes(evs)
    assert ev.date == "2025-05-13" and not ev.historical, (ev.date, ev.historical)


def test_masculine_speaker_goes_on_after_a_feminine_reported_subject():
    evs = _events("قال وزير الخارجية التركي أمس إن الحكومة الإسرائيلية ارتكبت مجازر في غزة، وطالب مجلس الأمن "
                  "بفرض عقوبات على إسرائيل.")
    ev = _with(evs, "وطالب")
    assert (ev.source_code or "").startswith("TUR") and (ev.target_code or "").startswith("IGO"), _codes(evs)


def test_joined_verb_of_the_reported_subject_stays_reported():
    # same gender: the destroying is the forces' (the reported subject), not the ministry's own act
    evs = _events("قالت وزارة الدفاع السورية إن القوات الحكومية قصفت مواقع للمسلحين قرب إدلب، ودمرت مخازن أسلحة لهم.")
    ev = _with(evs, "ودمرت")
    assert ":speaker-on" not in ev.rule and ":quote" in ev.rule, ev.rule


# 2. "وصف X بأنه …": the actor right before بأنه is the described (the target), an actor inside the description is no
#    side; a regrettable / hateful description is a criticism; the described act noun names the act told before, whose
#    author the criticism targets (events._described_sides, condemned_act._told_act_author, reacted_act_ar).

def test_described_actor_is_the_target_not_the_actor_inside_the_description():
    evs = _events("ووصف وزير الخارجية الأمريكي السفير الجنوب أفريقي بأنه \"سياسي يكره أمريكا\".", "2025-03-15")
    ev = _with(evs, "ووصف")
    assert ev.cameo == "111" and (ev.source_code or "").startswith("USA"), _codes(evs)
    assert (ev.target_code or "").startswith("ZAF"), _codes(evs)


def test_described_actor_after_a_joined_verb_keeps_the_earlier_subject():
    evs = _events("وكتب وزير الخارجية الأمريكي أن السفير لم يعد مرحبا به، ووصف السفير الجنوب أفريقي بأنه "
                  "\"سياسي يكره أمريكا\".", "2025-03-15")
    ev = _with(evs, "ووصف")
    assert (ev.source_code or "").startswith("USA") and (ev.target_code or "").startswith("ZAF"), _codes(evs)


def test_one_phrase_before_a_described_thing_is_the_subject():
    evs = _events("ووصف وزير الخارجية الإيراني العقوبات الأمريكية بأنها \"جائرة\".", "2025-03-15")
    ev = _with(evs, "ووصف")
    assert (ev.source_code or "").startswith("IRN") and not (ev.target_code or "").startswith("IRN"), _codes(evs)


def test_regrettable_description_of_a_told_expulsion_targets_its_author():
    evs = _events("أعلنت الولايات المتحدة أمس طرد سفير جنوب أفريقيا لديها. وفي بريتوريا، وصفت الرئاسة الجنوب "
                  "أفريقية اليوم السبت طرد السفير بأنه \"مؤسف\".", "2025-03-15")
    ev = _with(evs, "وصفت")
    assert ev.cameo == "111" and (ev.source_code or "").startswith("ZAF"), _codes(evs)
    assert (ev.target_code or "").startswith("USA"), _codes(evs)
    assert [e.cameo for e in evs if e.root == "16"] == ["166"], _codes(evs)   # the expulsion told once


# 3. A country with a clitic ب right after a verb whose object follows ب (its subject between) is that object, an actor,
#    not a place (marsad/data/coding/bi_object_verbs_ar.tsv, actors._bi_object).

def test_country_with_bi_after_a_praise_verb_is_the_target():
    evs = _events("أشاد الرئيس التركي أمس بقطر ومصر لجهودهما في الوساطة.", "2025-05-15")
    got = {(e.target_code or "")[:3] for e in evs if e.root == "05"}
    assert {"QAT", "EGY"} <= got, _codes(evs)


def test_country_with_bi_after_a_condemnation_is_the_target_not_the_source():
    evs = _events("ونددت جامعة الدول العربية بإسرائيل بعد الغارات على غزة.", "2025-05-15")
    ev = _with(evs, "ونددت")
    assert (ev.source_code or "").startswith("IGO") and (ev.target_code or "").startswith("ISR"), _codes(evs)


def test_country_with_bi_elsewhere_stays_a_place():
    evs = _events("يقيم آلاف اللاجئين السودانيين بمصر منذ اندلاع الحرب.", "2025-05-15")
    assert not any((e.target_code or e.source_code or "").startswith("EGY") for e in evs), _codes(evs)


# 4. "، في بيان …،" between a verb's subject and its preposition is an aside passed over (statement_aside_ar.tsv,
#    fronted.adjunct_aside); "…، لكنها رفضت" after such an aside goes on with the first verb's subject.

def test_statement_aside_before_the_calls_preposition():
    evs = _events("دعت مصر والأردن، في بيان مشترك صدر يوم الجمعة عن وزيري خارجيتهما، إلى وقف فوري لإطلاق النار "
                  "في غزة.", "2025-09-14")
    calls = [e for e in evs if e.root == "02"]
    assert {(e.source_code or "")[:3] for e in calls} >= {"EGY", "JOR"}, _codes(evs)


def test_statement_aside_before_the_welcomes_object_and_but_it_rejected():
    evs = _events("رحبت وزارة الخارجية الليبية، في بيان أصدرته أمس السبت، بأي جهود دولية لإنهاء الأزمة، لكنها رفضت "
                  "أي دور لتركيا في مسار الحل.", "2025-09-14")
    welcome = _with(evs, "رحبت")
    assert welcome.cameo[:2] == "05" and (welcome.source_code or "").startswith("LBY"), _codes(evs)
    rejection = _with(evs, "رفضت")
    assert (rejection.source_code or "").startswith("LBY"), _codes(evs)


def test_statement_noun_right_after_the_verb_is_still_its_subject():
    evs = _events("أصدرت وزارة الخارجية العراقية بيانا أمس. وطالب البيان الحكومة التركية بوقف الاعتداءات على "
                  "الأراضي العراقية.", "2025-09-09")
    ev = _with(evs, "وطالب")
    assert not (ev.source_code or "").startswith("TUR"), _codes(evs)


# 5. Small data rows: adopting / approving sanctions and suspending purchases are sanctions (163); an airline is a
#    business of its country; أبرم + a deal is signing an agreement (057).

def test_adopted_a_sanctions_package_is_a_sanction():
    evs = _events("EU foreign ministers on Monday adopted a new package of sanctions against Belarus.", "2025-10-20")
    ev = _with(evs, "adopted")
    assert ev.cameo == "163" and (ev.target_code or "").startswith("BLR"), _codes(evs)


def test_suspended_purchases_is_a_sanction():
    evs = _events("Indian state refiners have suspended purchases of Iranian crude, trade sources said.", "2025-10-20")
    ev = _with(evs, "suspended")
    assert ev.cameo == "163" and (ev.source_code or "").startswith("IND"), _codes(evs)


def test_national_airline_concluding_a_deal():
    evs = _events("وأبرمت الخطوط الجوية الإماراتية أمس صفقة مع شركة إيرباص الأوروبية لشراء طائرات.", "2025-10-20")
    ev = _with(evs, "وأبرمت")
    assert ev.cameo == "057" and (ev.source_code or "").startswith("ARE"), _codes(evs)


# 6. Page chrome before the headline: a menu or breadcrumb whose items hold an abbreviation's full stop, a "you are
#    here" breadcrumb, a site's name above its menu, and a leading "Skip to content" that opens no related-links list
#    (marsad/stages/clean.py _breadcrumb and the title line).

def _segments(text):
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)(text, published_at="2025-06-11")
    return [(s.kind, text[s.start:s.end]) for s in doc.segments]


_BODY_EN = ("PHOENIX, June 11 - The governor of Arizona declared a state of emergency on Tuesday after wildfires "
            "forced thousands of residents to flee, officials said.\n\nFirefighters battled the blaze overnight.\n")


def test_menu_and_breadcrumb_with_an_abbreviation_are_chrome():
    text = ("Skip to content\nThe Desert Courier | U.S. | World | Politics | Video | Subscribe\n\n"
            "Home > U.S. > Arizona\n\nArizona governor declares emergency as wildfires spread\n\n"
            "By Courier staff\n\n" + _BODY_EN)
    segs = _segments(text)
    assert ("title", "Arizona governor declares emergency as wildfires spread") in segs, segs[:6]
    assert ("other", "Home > U.S. > Arizona") in segs, segs[:6]


def test_site_name_above_its_menu_is_no_headline():
    text = ("شبكة الوادي الإخبارية\n\nالرئيسية | أخبار | اقتصاد | رياضة | فيديو\n\nالرئيسية > أخبار > مصر\n\n"
            "الحكومة المصرية تعلن خطة لدعم المزارعين\n\n"
            "القاهرة - أعلنت الحكومة المصرية أمس خطة لدعم المزارعين المتضررين من موجة الحر.\n")
    segs = _segments(text)
    assert ("title", "الحكومة المصرية تعلن خطة لدعم المزارعين") in segs, segs[:6]
    assert not any(k == "title" and s == "شبكة الوادي الإخبارية" for k, s in segs), segs[:6]


def test_you_are_here_breadcrumb_is_chrome():
    text = ("الصفحة الرئيسية | محليات | خليجي | عربي ودولي\nأنت هنا: الرئيسية / خليجي / الكويت\n"
            "الكويت تستضيف اجتماعا لوزراء خارجية الخليج\n"
            "الكويت - استضافت الكويت أمس اجتماعا لوزراء خارجية دول مجلس التعاون الخليجي.\n")
    segs = _segments(text)
    assert ("title", "الكويت تستضيف اجتماعا لوزراء خارجية الخليج") in segs, segs[:5]


# 7. A large city whose English name holds the article ("The Hague") is a place with or without it, in a dateline in
#    capitals too (marsad/geo/gazetteer.py).

def test_the_hague_dateline_is_a_dutch_place():
    from marsad.pipeline import default_pipeline
    text = "THE HAGUE, June 3 (Marsad) - The Dutch cabinet resigned on Tuesday after the coalition collapsed."
    doc = default_pipeline(True)(text, published_at="2025-06-03")
    assert [(text[p.start:p.end], p.country) for p in doc.places][:1] == [("THE HAGUE", "NLD")], doc.places


# 8. A home story's unknown politician followed, after a verb, by a party's bracketed abbreviation is no long name of
#    that party: he takes the story's country (actors._home_story_names_en, expanded).

def test_politician_before_a_verb_and_a_bracketed_party_is_home():
    text = ("THE HAGUE, June 3 (Marsad) - Populist leader Jan Verhoeven pulled his Citizens Party (BVP) out of the Dutch "
            "coalition on Tuesday. Verhoeven accused his partners of blocking reforms.")
    evs = _events(text, "2025-06-03")
    ev = _with(evs, "accused")
    assert (ev.source_code or "").startswith("NLD"), _codes(evs)


def test_sealed_a_pact_is_signing_and_sealed_the_border_is_not():
    evs = _events("France and Germany sealed a new defence pact on Monday. Hungary sealed its border with Serbia on "
                  "Tuesday.", "2025-05-19")
    pact = _with(evs, "sealed a new")
    assert pact.cameo == "057" and {(pact.source_code or "")[:3], (pact.target_code or "")[:3]} == {"FRA", "DEU"}, \
        _codes(evs)
    border = _with(evs, "sealed its border")
    assert border.cameo == "172", _codes(evs)


def test_renewed_support_is_praise():
    evs = _events("وجدد وزير الخارجية القطري دعم بلاده للحكومة اللبنانية في جهودها لبسط سلطة الدولة.", "2025-03-04")
    ev = _with(evs, "وجدد")
    assert ev.cameo == "051" and (ev.source_code or "").startswith("QAT"), _codes(evs)


def test_the_maghreb_is_no_morocco():
    from marsad.pipeline import default_pipeline
    text = "وتسعى دول المغرب العربي إلى تعزيز التعاون الأمني في ما بينها لمواجهة الهجرة غير النظامية."
    doc = default_pipeline(True)(text, published_at="2025-06-14")
    assert not [p for p in doc.places if p.country == "MAR"], [(text[p.start:p.end], p.country) for p in doc.places]


# 9. A year or month after a preposition's gerund ("suspected of blowing up a plane in 1988") dates the gerund's act,
#    not the verb before it (timex/dating.py _GERUND_ACT).

def test_a_year_after_a_gerund_dates_the_gerund_not_the_offer():
    evs = _events("Tripoli has offered to hand over two men suspected of bombing an airliner in 1989, a newspaper said on "
                  "Monday.", "2025-06-04")
    offer = next(e for e in evs if e.root == "03")
    assert offer.date and not offer.date.startswith("1989") and not offer.historical, (offer.date, _codes(evs))
