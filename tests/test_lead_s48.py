"""Session 48 (lead): our own sentences.

1. An Arabic month or year right after a happening noun ("خلال زيارته إلى الرياض في مايو الماضي", "منذ إطلاق المنتدى قبل
   عشر سنوات") names that noun's time: an undated sentence after it takes the story's day, not that month or year
   (marsad.timex.dating._after_happening_noun_ar; the English twin is session 47's).
2. A definite title ("الوزير") takes no portfolio genitive: "وانتقد الوزير الضربات الإسرائيلية" is the subject and its
   object, not an Israeli minister (stages/actors.py, the portfolio branch of the phrase chunker).
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _doc(text, date):
    return _PIPE(text, published_at=date)


def _dated(doc, trigger):
    return next(e for e in doc.events if e.trigger == trigger).date


def test_arabic_month_after_a_visit_noun_dates_no_later_sentence():
    doc = _doc("عمّان - 12 مارس - استقبل العاهل الأردني الرئيس الفرنسي في قصر الحسينية أمس. وبحث الجانبان سبل توسيع "
               "التعاون الاقتصادي، بعد أن كان البلدان قد وقعا اتفاقيات عدة خلال زيارة الملك إلى باريس في يناير الماضي. "
               "وأشاد الملك بضيفه.", "2026-03-12")
    assert _dated(doc, "وأشاد") == "2026-03-11", [(e.trigger, e.date) for e in doc.events]


def test_arabic_year_after_a_since_noun_dates_no_later_sentence():
    doc = _doc("الدوحة - 5 مايو - افتتح أمير قطر أمس منتدى الدوحة الاقتصادي، في دورة هي الأكبر منذ إطلاق المنتدى قبل "
               "عشر سنوات. وأشاد الأمير بالرئيس الرواندي.", "2026-05-05")
    assert _dated(doc, "وأشاد") == "2026-05-04", [(e.trigger, e.date) for e in doc.events]


def test_arabic_month_of_the_act_itself_still_carries():
    # (a month dating the sentence's own act -- no happening noun before it -- still dates the undated sentence after)
    doc = _doc("بيروت - 3 يونيو - زار وزير الخارجية الإيراني بيروت في مايو الماضي. وانتقد الضربات على الجنوب.",
               "2026-06-03")
    assert _dated(doc, "وانتقد") == "2026-05", [(e.trigger, e.date) for e in doc.events]


def test_definite_title_takes_no_portfolio_nationality():
    doc = _doc("وانتقد الوزير الضربات الإسرائيلية على الجنوب.", "2026-06-03")
    ev = next(e for e in doc.events if e.trigger == "وانتقد")
    assert not (ev.source_code or "").startswith("ISR") and (ev.target_code or "").startswith("ISR"), \
        (ev.source_code, ev.target_code)


def test_indefinite_title_keeps_its_portfolio_nationality():
    doc = _doc("وانتقد وزير الزراعة المصري قرار الحكومة.", "2026-06-03")
    ev = next(e for e in doc.events if e.trigger == "وانتقد")
    assert (ev.source_code or "").startswith("EGY"), (ev.source_code, ev.target_code)


# 3. A light verb's subject, an aside between commas, then its act noun: "وأجرى الرئيس، خلال زيارته إلى الدوحة، اتصالا
#    هاتفيا بـ…" -- the noun's source is the light verb's subject across the aside (fronted.light_clause_before_aside);
#    an actor inside the aside is no side.

def _sides(doc, trigger):
    return [(e.source_code, e.target_code) for e in doc.events if e.trigger.startswith(trigger)]


def test_light_verb_subject_across_a_time_aside():
    doc = _doc("وأجرى الرئيس التركي، أمس، اتصالا هاتفيا بالرئيس المصري.", "2026-03-03")
    assert ("TURGOV", "EGYGOV") in _sides(doc, "اتصالا"), _sides(doc, "اتصالا")


def test_light_verb_subject_across_a_presence_aside():
    doc = _doc("وأجرى رئيس الوزراء الإسرائيلي يوم الاثنين، من البيت الأبيض وبحضور الرئيس الأميركي، اتصالا هاتفيا "
               "بأمير قطر.", "2026-03-03")
    sides = _sides(doc, "اتصالا")
    assert sides and sides[0][0] == "ISRGOV" and all("USA" not in (s or "") for pair in sides for s in pair), sides


def test_meeting_noun_after_an_adjunct_aside_takes_the_host():
    doc = _doc("وعقد وزير الخارجية الأردني، خلال زيارته إلى القاهرة، اجتماعا مع نظيره المصري.", "2026-03-03")
    sides = _sides(doc, "اجتماعا")
    assert sides and sides[0][0] == "JORGOV", sides


# 4. The pope: "البابا" alone after "البابا لاوون الرابع عشر" is that pope (the Holy See's head), not the host country's
#    clergy (cues title_anaphor البابا; actors._definite_title reads REL titles too).

def test_bare_pope_names_back_the_pope():
    doc = _doc("بيروت - 2 ديسمبر - دعا البابا لاوون الرابع عشر اليوم إلى وقف الهجمات في لبنان. والتقى البابا الرئيس "
               "اللبناني جوزيف عون.", "2025-12-02")
    ev = next(e for e in doc.events if e.trigger == "والتقى")
    assert (ev.source_code or "").startswith("VAT"), [(e.trigger, e.source_code, e.target_code) for e in doc.events]


# 5. English threats: "questioned whether …" is criticism (111); "raised the prospect of sanctions" a threat; the act a
#    threat names after "of" (or as its object) is the threat's content, no act of its own (threat_content_en).

def test_questioned_whether_is_criticism():
    doc = _doc("Trump questioned whether the Russian president wanted to end the war.", "2025-04-27")
    assert any(e.cameo == "111" and (e.source_code or "").startswith("USA") for e in doc.events), \
        [(e.trigger, e.cameo) for e in doc.events]


def test_police_questioned_a_suspect_is_no_criticism():
    doc = _doc("Police in Paris questioned the suspect for several hours on Monday.", "2025-04-27")
    assert not any(e.root == "11" for e in doc.events), [(e.trigger, e.cameo) for e in doc.events]


def test_prospect_of_sanctions_is_a_threat_not_a_sanction():
    doc = _doc("The American president raised the prospect of secondary sanctions against Moscow.", "2025-04-27")
    codes = [(e.trigger, e.cameo) for e in doc.events]
    assert any(e.root == "13" for e in doc.events) and not any(e.root == "16" for e in doc.events), codes


def test_warned_of_sanctions_is_one_threat():
    doc = _doc("The German chancellor warned of tougher sanctions on Iran.", "2025-04-27")
    codes = [(e.trigger, e.cameo) for e in doc.events]
    assert [e.cameo for e in doc.events] == ["1312"], codes


def test_warned_that_sanctions_would_follow_keeps_its_clause():
    # (a clause of its own after "that" is no "of" content: the rule leaves it to warned_that)
    doc = _doc("The German chancellor warned that sanctions on Iran would follow.", "2025-04-27")
    assert any(e.trigger.startswith("warned") for e in doc.events), [(e.trigger, e.cameo) for e in doc.events]


# 6. "declared a three-day ceasefire from May 8" on Monday: a start point after an asserted act dated before its trigger
#    opens the state declared, and dates neither the act nor the sentences after it (dating._start_points,
#    _earlier_in_paragraph; "from" may stand outside the expression).  "struck a deal" is an agreement (057).

def test_start_point_after_an_asserted_act_dates_nothing():
    doc = _doc("MOSCOW, April 30 - The president on Monday declared a three-day ceasefire from May 8 for the "
               "anniversary. Ukraine's foreign minister dismissed the offer.", "2025-04-30")
    dates = {e.trigger.split()[0]: e.date for e in doc.events}
    assert dates.get("ceasefire") == "2025-04-28" and dates.get("dismissed") == "2025-04-28", dates


def test_struck_a_trade_deal_is_an_agreement():
    doc = _doc("The European Union and Japan struck a trade deal on Sunday.", "2025-07-28")
    assert any(e.cameo == "057" for e in doc.events), [(e.trigger, e.cameo) for e in doc.events]


# 7. "القوات المسلحة التابعة للجماعة": a bare role phrase followed by تابعة / التابع and a named actor with ل belongs to
#    that actor (actors._named_owner; the pronoun form "تابعة لها" was session 11's).

def test_forces_belonging_to_a_named_group_take_its_code():
    doc = _doc("أعلنت جماعة الحوثي أمس مقتل قائدها. وقال بيان صادر عن القوات المسلحة التابعة للجماعة إن القصف "
               "استهدف السفينة. واتهم البيان إسرائيل بالوقوف وراء الهجوم.", "2025-10-17")
    ev = next(e for e in doc.events if e.trigger == "واتهم")
    assert (ev.source_code or "").startswith("YEM") and (ev.target_code or "").startswith("ISR"), \
        (ev.source_code, ev.target_code)


def test_forces_belonging_to_a_named_government_take_its_country():
    doc = _doc("وهاجمت قوات تابعة للحكومة الليبية مقر الكتيبة.", "2025-10-17")
    ev = next(e for e in doc.events if e.trigger == "وهاجمت")
    assert (ev.source_code or "").startswith("LBY"), (ev.source_code, ev.target_code)


# 8. English rows: "ended trade negotiations with X" halts talks (164); "backed down" is yielding (080; the
#    noun_compound rows that dropped it as no support are gone); a possessive day inside a gerund's clause after the
#    trigger ("of letting the ad run during Friday night's game") names that noun's day, not the accusation's.

def test_ended_negotiations_is_halting_talks():
    doc = _doc("The American president abruptly ended trade negotiations with Canada on Thursday.", "2025-10-25")
    assert any(e.cameo == "164" and (e.target_code or "").startswith("CAN") for e in doc.events), \
        [(e.trigger, e.cameo, e.target_code) for e in doc.events]


def test_backed_down_is_yielding_not_support():
    doc = _doc("Canada's prime minister backed down on Friday.", "2025-10-25")
    assert [e.cameo for e in doc.events] == ["080"], [(e.trigger, e.cameo) for e in doc.events]


def test_possessive_day_in_a_gerund_clause_dates_no_accusation():
    doc = _doc("OTTAWA, Oct 25 - Trump said on Saturday he was raising tariffs. In a post, Trump accused Canada of "
               "letting the ad run during Friday night's game.", "2025-10-25")
    ev = next(e for e in doc.events if e.trigger == "accused")
    assert ev.date == "2025-10-25", ev.date


# 9. A welcome or greeting of a named person who arrives is a host's reception (043), not praise; "welcomed the visiting
#    president" (a title) likewise; a decision welcomed stays praise (welcomed_guest_en, manual_en welcome / greet rows).

def test_welcomed_a_named_guest_at_a_place_is_hosting():
    doc = _doc("King Charles welcomed Trump at Windsor Castle on Wednesday.", "2025-09-18")
    assert [e.cameo for e in doc.events] == ["043"], [(e.trigger, e.cameo) for e in doc.events]


def test_greeted_the_president_is_hosting():
    doc = _doc("The crown prince greeted the French president at the airport.", "2025-09-18")
    assert any(e.cameo == "043" for e in doc.events), [(e.trigger, e.cameo) for e in doc.events]


def test_welcomed_a_persons_decision_stays_praise():
    doc = _doc("Egypt welcomed Trump's decision on Monday.", "2025-09-18")
    assert [e.cameo for e in doc.events] == ["051"], [(e.trigger, e.cameo) for e in doc.events]


# 10. Arabic years that date nothing: a written year opened by منذ ("منذ عام 1967": since, not ago) starts a span; a
#     year after a signed agreement with a two-word genitive ("باتفاق فض الاشتباك الموقع عام 1974") names it.

def test_year_opened_by_since_dates_no_headline_event():
    doc = _doc("الرئيس السوري ينتقد إسرائيل في أول خطاب لرئيس سوري أمام الجمعية العامة للأمم المتحدة منذ عام 1967\n\n"
               "نيويورك - 25 سبتمبر - انتقد الرئيس السوري أمس الغارات الإسرائيلية.", "2025-09-25")
    dates = [e.date for e in doc.events if e.root == "11"]
    assert dates and all(d and not d.startswith("1967") for d in dates), dates


def test_year_of_a_signed_agreement_with_a_long_genitive_dates_nothing():
    doc = _doc("نيويورك - 25 سبتمبر - وجدد الرئيس السوري أمس التزام دمشق باتفاق فض الاشتباك الموقع عام 1974، ودعا "
               "المجتمع الدولي إلى دعم سوريا.", "2025-09-25")
    dates = [e.date for e in doc.events if e.root in ("02", "03")]
    assert dates and all(d and not d.startswith("1974") for d in dates), dates


def test_english_since_point_dates_no_later_sentence():
    doc = _doc("GAZA, Oct 20 - Hamas denied any clashes in Rafah on Sunday, saying it had had no contact with its units "
               "there since March. It reaffirmed its commitment to the ceasefire.", "2025-10-20")
    ev = next(e for e in doc.events if e.trigger.startswith("reaffirmed"))
    assert ev.date == "2025-10-19", ev.date


# 11. Review of GAPEN48's longer possessive walk: it stops at "its" and at a speech verb -- "Russia's defence ministry
#     said its troops had captured …" is the pronoun's owner (Russia), through _pron_owner, as before.

def test_possessive_walk_stops_at_its():
    doc = _doc("KYIV, Nov 24 - Russian drones struck Kharkiv on Sunday. Russian troops also advanced near the river. "
               "Russia's defence ministry said its troops had captured another village in the Zaporizhzhia region.",
               "2025-11-24")
    ev = next(e for e in doc.events if e.trigger.startswith("captured"))
    assert (ev.source_code or "").startswith("RUS"), (ev.source_code, ev.rule)


# 12. Review of GAPAR48's own-agent rule: a people after the act noun is its aim too ("دعم المملكة للشعب السوري").

def test_own_agent_aim_may_be_a_people():
    doc = _doc("الرياض - 2 فبراير - وأعرب ولي العهد السعودي عن دعم المملكة للشعب السوري في هذه المرحلة.", "2025-02-03")
    assert any((e.source_code or "").startswith("SAU") and (e.target_code or "").startswith("SYR")
               for e in doc.events if e.root == "05"), [(e.trigger, e.source_code, e.target_code) for e in doc.events]


# 13. An Arabic bare title names back an international body's holder too: "وحذر المبعوث" after "المبعوث الأممي …".

def test_bare_envoy_names_back_the_un_envoy():
    doc = _doc("عرض المبعوث الأممي إلى ليبيا أمس خارطة طريق أمام مجلس الأمن. وحذر المبعوث من أن البعثة ستطلب اتخاذ "
               "تدابير بديلة.", "2025-08-22")
    ev = next(e for e in doc.events if e.trigger == "وحذر")
    assert (ev.source_code or "").startswith("IGO"), (ev.source_code, ev.rule)
