"""Session 37 (lead): our own sentences and pages.

1. A page's chrome above its headline: a slash breadcrumb that opens with the home item ("الرئيسية / أخبار / مصر"),
   a site menu of many items, an ad line ("إعلان") before the headline (`stages/clean`, `ingest/patterns.yaml`).
2. A dateline or its agency on a line of its own is no lead: the lead's day still dates the story's undated later
   events (`timex/dating._stamp_line`).
3. Actors named only in page chrome ("اقرأ أيضا: …") name nothing back in the article (`stages/actors.SKIP_KINDS`).
4. A one-word lexicon person (a family name) read by the tagger with another given name before it is another bearer
   of the name (`stages/actors._other_bearers`).
5. "ل + a plural of people" right after a speaker's name is the speech's addressee, not a word of the speaker's phrase.
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _doc(text, date="2021-03-11"):
    return _P(text, published_at=date)


def _kinds(doc):
    return [(s.segment_kind, doc.text[s.start:s.end]) for s in doc.sentences]


_PAGE = ("الرئيسية / أخبار / الأردن\n\n"
         "إعلان\n\n"
         "البرلمان الأردني يرفض مشروع قانون الضريبة وسط احتجاجات أمام المجلس\n\n"
         "عمان - مرصد\n\n"
         "كتب: قسم الأخبار\n\n"
         "الخميس 11 مارس 2021\n\n"
         "رفض مجلس النواب الأردني أمس الأربعاء مشروع قانون ضريبة الدخل الذي قدمته الحكومة.\n\n"
         "وانتقد رئيس المجلس عبد المنعم العودات الحكومة لأنها لم تتشاور مع الكتل النيابية.\n\n"
         "اقرأ أيضا: السعودية ترحب بزيارة الملك عبد الله\n\n"
         "وحذرت وزارة الداخلية من أي تجمع غير مرخص في محيط المجلس.\n")


def test_slash_breadcrumb_and_ad_line_are_chrome_and_the_headline_is_the_title():
    doc = _doc(_PAGE)
    kinds = _kinds(doc)
    assert kinds[0] == ("other", "الرئيسية / أخبار / الأردن"), kinds
    assert any(k == "title" and t.startswith("البرلمان الأردني يرفض") for k, t in kinds), kinds


def test_guard_a_headline_joining_two_names_with_a_slash_stays_the_title():
    doc = _doc("مصر/السودان: اتفاق على تشغيل معبر أرقين\n\nاتفقت مصر والسودان أمس الأربعاء على إعادة تشغيل المعبر.\n")
    kinds = _kinds(doc)
    assert kinds[0][0] == "title", kinds


def test_site_menu_line_of_many_items_is_chrome():
    doc = _doc("الرئيسية | سياسة | اقتصاد | رياضة | ثقافة | منوعات | فيديو\n\n"
               "الرئيسية > أخبار > الأردن\n\n"
               "الأردن يستدعي السفير الإسرائيلي\n\n"
               "استدعت وزارة الخارجية الأردنية أمس الأربعاء السفير الإسرائيلي في عمان.\n")
    kinds = _kinds(doc)
    assert kinds[0][0] == "other" and kinds[1][0] == "other", kinds
    assert kinds[2] == ("title", "الأردن يستدعي السفير الإسرائيلي"), kinds


def test_undated_later_events_take_the_lead_day_past_a_dateline_line():
    doc = _doc(_PAGE)
    crit = [e for e in doc.events if e.trigger.startswith("وانتقد")]
    assert crit and crit[0].date == "2021-03-10", [(e.trigger, e.date) for e in doc.events]


def test_actor_named_only_in_a_related_link_names_back_nothing():
    doc = _doc(_PAGE)
    warn = [e for e in doc.events if e.trigger.startswith("وحذرت")]
    assert warn and not (warn[0].source_code or "").startswith("SAU"), [(e.trigger, e.source_code) for e in doc.events]


def test_other_bearer_of_a_listed_family_name_is_not_the_listed_person():
    doc = _doc("وقال النائب هيثم الحريري إن التصويت على الاتفاقية باطل.")
    assert not any(a.country == "LBN" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_guard_the_listed_person_with_his_own_given_name_stays():
    doc = _doc("وقال رئيس الوزراء اللبناني سعد الحريري إن الحكومة ستجتمع غدا.", date="2019-10-20")
    assert any(a.country == "LBN" and a.kind == "person" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_press_after_the_speakers_name_is_no_part_of_the_speaker():
    doc = _doc("وقال النائب المصري هيثم الحريري للصحفيين إن التصويت باطل.")
    st = [e for e in doc.events if e.root == "01"]
    assert st and (st[0].source_code or "").endswith("LEG"), [(e.cameo, e.source_code) for e in doc.events]
    assert st[0].source_code.startswith("EGY")
    press = [a for a in doc.actors if a.role == "MED"]
    assert press and all("الحريري" not in doc.text[s:e] for a in press for s, e in a.spans)


def test_guard_a_singular_object_after_the_name_stays_with_the_noun():
    doc = _doc("الرباط - أثار استقبال الرئيس التونسي قيس سعيد لزعيم جبهة البوليساريو إبراهيم غالي غضب الرباط أمس.",
               date="2022-08-27")
    rec = [e for e in doc.events if e.root == "04"]
    assert rec and (rec[0].source_code or "").startswith("TUN") and (rec[0].target_code or "").startswith("DZA"), \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_press_conference_adjective_is_no_journalist():
    doc = _doc("وقال وزير الخارجية الأردني في مؤتمر صحفي عقده في عمان إن بلاده ترفض القرار.")
    assert not any(a.role == "MED" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_guard_a_journalist_subject_stays_an_actor():
    doc = _doc("وقال صحفي في المؤتمر إن الوزير غادر القاعة.")
    assert any(a.role == "MED" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_diplomatic_mission_of_a_country_is_its_government():
    doc = _doc("وأمهلت وزارة الخارجية الكويتية أعضاء البعثة الدبلوماسية الإيرانية 72 ساعة لمغادرة البلاد.")
    exp = [e for e in doc.events if e.cameo == "166"]
    assert exp and (exp[0].source_code or "").startswith("KWT") and (exp[0].target_code or "").startswith("IRN"), \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_accusative_plural_before_a_number_is_the_joined_verbs_object():
    doc = _doc("وكان وزير الخارجية الكويتي قد أعلن أمس في مؤتمر صحفي قطع العلاقات مع إيران، وأمهل الدبلوماسيين "
               "الإيرانيين 72 ساعة لمغادرة البلاد.")
    exp = [e for e in doc.events if e.cameo == "166"]
    assert exp and (exp[0].source_code or "").startswith("KWT") and (exp[0].target_code or "").startswith("IRN"), \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_name_folding_onto_a_complementizer_opens_no_clause():
    """"بان كي مون": بان folds onto بأن, and its ب is no clitic preposition of the name."""
    for text in ("دعا بان كي مون الطرفين إلى ضبط النفس.",
                 "دعا الأمين العام للأمم المتحدة بان كي مون في اتصال هاتفي إلى ضبط النفس."):
        doc = _doc(text, date="2015-06-02")
        app = [e for e in doc.events if e.root == "02"]
        assert app and app[0].source_code == "IGOUNO", [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_guard_bin_complementizer_still_opens_reported_content():
    doc = _doc("وأكد الوزير بان بلاده لن تقبل أي تدخل في شؤونها.")
    assert any(q for q in doc.quotes), doc.quotes


def test_participle_after_a_denial_is_the_speakers_own_act_not_denied():
    doc = _doc("ونفى الجيش أن يكون قد قصف المدينة، متهما المتمردين بشن الهجوم.")
    acc = [e for e in doc.events if e.cameo[:3] == "112"]
    assert acc and not acc[0].negated and (acc[0].target_code or "").endswith("REB"), \
        [(e.cameo, e.source_code, e.target_code, e.negated) for e in doc.events]
    assert any(e.cameo == "016" for e in doc.events), [(e.cameo, e.source_code) for e in doc.events]


def test_guard_a_speech_participle_after_a_statement_keeps_its_speaker():
    doc = _doc('وقال وزير الإعلام الإريتري في بيان إن "الحكومة الإثيوبية تحشد قواتها قرب الحدود"، محذرا من أن بلاده '
               '"سترد بكل حزم".')
    warn = [e for e in doc.events if e.trigger.startswith("محذرا")]
    assert warn and (warn[0].source_code or "").startswith("ERI"), \
        [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_plural_of_people_after_a_name_is_the_object():
    doc = _doc("ودعا رئيس الوزراء العراقي عادل عبد المهدي المحتجين إلى مغادرة محيط السفارة فورا.", date="2020-01-01")
    app = [e for e in doc.events if e.root == "02"]
    assert app and app[0].source_code == "IRQGOV" and (app[0].target_code or "").endswith("CVL"), \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_joined_coercive_measures_of_one_decree_are_each_an_act():
    doc = _doc("وأضاف أن الجيش علق العمل بالدستور وفرض حالة الطوارئ لثلاثة أشهر.", date="2019-04-12")
    codes = sorted(e.cameo for e in doc.events if e.root == "17")
    assert codes == ["1721", "1724"], [(e.cameo, e.trigger) for e in doc.events]


def test_welcome_of_an_agreement_targets_the_signing_parties_not_an_approver():
    doc = _doc("وقع لبنان وإسرائيل أمس الخميس اتفاق ترسيم الحدود البحرية بينهما. وفي القدس، صادقت الحكومة الإسرائيلية "
               "صباح أمس على الاتفاق. ورحب الرئيس الأميركي جو بايدن بتوقيع الاتفاق. كما رحب الأمين العام للأمم "
               "المتحدة أنطونيو غوتيريش بالاتفاق.", date="2022-10-28")
    wel = [e for e in doc.events if e.cameo == "051"]
    assert len(wel) == 2 and all((e.target_code or "")[:3] in ("LBN", "ISR") for e in wel), \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_reply_with_tear_gas_is_the_replying_forces_act():
    doc = _doc("وصباح اليوم، عاد المحتجون إلى رشق السفارة بالحجارة، وردت القوات الأميركية بإطلاق الغاز المسيل للدموع.",
               date="2020-01-01")
    gas = [e for e in doc.events if e.cameo == "175"]
    assert gas and gas[0].source_code == "USAMIL", [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_halted_budget_support_is_stopped_aid_not_support():
    doc = _doc("BRUSSELS, July 30 (Marsad) - The European Union halted its budget support to Niger on Saturday.",
               date="2023-07-31")
    codes = [e.cameo for e in doc.events]
    assert "162" in codes and "050" not in codes, codes


def test_a_week_to_comply_is_an_ultimatum():
    doc = _doc("ECOWAS gave the junta one week to reinstate the elected president.", date="2023-07-31")
    ult = [e for e in doc.events if e.cameo == "139"]
    assert ult and ult[0].source_code.startswith("IGO"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_arabic_halt_of_flights_by_a_state_is_an_embargo():
    doc = _doc("أوقفت السعودية الرحلات الجوية مع إيران.", date="2016-01-04")
    emb = [e for e in doc.events if e.cameo == "163"]
    assert emb and emb[0].source_code == "SAU" and emb[0].target_code == "IRN", \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_crowds_pouring_into_a_square_and_soldiers_joining_protesters_demonstrate():
    doc = _doc("YEREVAN, April 24 (Marsad) - Tens of thousands of people poured into Republic Square after the news "
               "broke. Earlier in the day, dozens of unarmed soldiers in uniform joined the demonstrators.",
               date="2018-04-24")
    trig = {e.trigger.split()[0]: e.cameo for e in doc.events}
    assert trig.get("poured") == "141" and trig.get("joined") == "141", trig


def test_walking_out_of_talks_is_a_rejection_and_workers_walking_out_a_strike():
    doc = _doc("The opposition leader walked out of the talks with the prime minister after three minutes.")
    assert any(e.cameo == "125" for e in doc.events), [(e.cameo, e.trigger) for e in doc.events]
    doc = _doc("Thousands of dock workers walked out on Monday over pay.")
    assert any(e.cameo == "143" for e in doc.events), [(e.cameo, e.trigger) for e in doc.events]


def test_regional_leaders_are_their_bloc():
    doc = _doc("ABUJA, July 31 (Marsad) - West African leaders on Sunday gave the junta one week to reinstate the "
               "president.", date="2023-07-31")
    assert any(e.source_code == "IGOWAFWAS" for e in doc.events), [(e.cameo, e.source_code) for e in doc.events]


def test_a_possible_cut_of_relations_is_a_threat():
    doc = _doc("وقال الرئيس التركي رجب طيب أردوغان اليوم إن بلاده قد تعلق علاقاتها الدبلوماسية مع أبوظبي.",
               date="2020-08-14")
    assert any(e.cameo == "1313" and (e.target_code or "").startswith("ARE") for e in doc.events), \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]
    doc = _doc("Turkey may suspend diplomatic relations with the UAE, Erdogan said.", date="2020-08-14")
    assert any(e.cameo == "1313" for e in doc.events), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_gold_article_under_shared_is_found_through_marsad_shared(tmp_path, monkeypatch):
    """A worktree has no ../shared beside it: the seed gold's article path falls back to $MARSAD_SHARED."""
    from pathlib import Path
    from marsad.eval.articles import _shared_fallback
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "a.txt").write_text("x", encoding="utf-8")
    monkeypatch.setenv("MARSAD_SHARED", str(tmp_path))
    assert _shared_fallback("../../shared/seed/a.txt", Path("/nowhere/a.txt")) == tmp_path / "seed" / "a.txt"
    monkeypatch.delenv("MARSAD_SHARED")
    assert _shared_fallback("../../shared/seed/a.txt", Path("/nowhere/a.txt")) == Path("/nowhere/a.txt")


def test_budget_support_suspended_is_no_backing():
    doc = _doc("Paris suspended all development aid and budget support to Niger on Saturday.", date="2023-07-31")
    codes = [e.cameo for e in doc.events]
    assert "162" in codes and "050" not in codes, codes


def test_generic_participle_after_a_specific_act_tells_it_again():
    doc = _doc("YEREVAN, April 24 (Marsad) - Armenian Prime Minister Serzh Sargsyan resigned on Monday, bowing to mass "
               "protests led by opposition lawmaker Nikol Pashinyan.", date="2018-04-24")
    codes = [e.cameo for e in doc.events if e.root == "08"]
    assert codes == ["0831"], [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_his_spokesman_speaks_for_the_person_named_before():
    doc = _doc("UNITED NATIONS, July 1 (Marsad) - U.N. Secretary-General Antonio Guterres will not seek to keep any part "
               "of the force in the country, his spokesman Stephane Dujarric said on Friday. Dujarric urged the Malian "
               "authorities to guarantee the safety of the departing peacekeepers.", date="2023-07-01")
    urge = [e for e in doc.events if e.trigger == "urged"]
    assert urge and urge[0].source_code == "IGOUNO", [(e.trigger, e.cameo, e.source_code) for e in doc.events]
    assert not any(e.trigger == "departing" for e in doc.events), [(e.trigger, e.cameo) for e in doc.events]


def test_a_mediator_of_a_country_is_its_official():
    doc = _doc("واستقبل الرئيس اللبناني ميشال عون الوسيط الأميركي صباح أمس في قصر بعبدا.", date="2022-10-28")
    rec = [e for e in doc.events if e.root == "04"]
    assert rec and (rec[0].target_code or "").startswith("USA"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_a_town_seized_in_a_civil_war_is_its_countrys():
    doc = _doc("وسيطرت قوات حفتر أمس على مدينة غريان الواقعة جنوب العاصمة طرابلس.", date="2019-04-05")
    seize = [e for e in doc.events if e.cameo == "192"]
    assert seize and seize[0].target_code == "LBY", [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_a_deposed_president_named_later_by_surname_is_his_country_not_the_callers():
    doc = _doc("NIAMEY, July 31 (Marsad) - Soldiers detained President Mohamed Bazoum on Wednesday.  U.S. Secretary of "
               "State Antony Blinken spoke to Bazoum by phone on Saturday.", date="2023-07-31")
    call = [e for e in doc.events if e.root == "04"]
    assert any((e.source_code or "").startswith("USA") and (e.target_code or "").startswith("NER") for e in call) \
        and not any((e.source_code or "")[:3] == (e.target_code or "")[:3] == "USA" for e in call), \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]
