"""Session 17, B4EV (own sentences): event causes of the fourth blind test.

1. Missing trigger rows: قطع + الطريق (a blockade, 144; "قطع الطريق على أي محاولة" = forestall, no event:
   ``marsad.coding.blockade_ar``), ثمن (praise, 051; a homograph of "price"), "stop deliveries / supplies"
   (162), "stood by X" without if (051, a state actor after by), "forced their way into" and the base "storm" (190),
   "declared X persona non grata" (166).
"""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline

PUB = "2025-02-05"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _evs(pipe, text, code_prefix=""):
    return [e for e in pipe(text, published_at=PUB).events if e.cameo.startswith(code_prefix)]


def _one(pipe, text, code_prefix):
    evs = _evs(pipe, text, code_prefix)
    assert len(evs) == 1, [(e.cameo, e.trigger, e.source_code, e.target_code) for e in evs]
    return evs[0]


def _show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code) for e in evs]


# ----------------------------------------------------------------------------- 1. trigger rows
def test_road_blockade_by_farmers_is_144(pipe):
    ev = _one(pipe, "وقطع عشرات المزارعين الجزائريين أمس الطريق السريع بين وهران والعاصمة احتجاجا على ارتفاع "
                    "أسعار الأسمدة.", "144")
    assert ev.source_code == "DZAAGR" and ev.date == "2025-02-04" and not ev.negated


def test_road_in_front_of_a_building_is_still_a_blockade(pipe):
    ev = _one(pipe, "وقطع المحتجون الطريق أمام مبنى وزارة الزراعة في الرباط.", "144")
    assert ev.trigger.endswith("الطريق")


def test_forestall_idiom_is_no_blockade(pipe):
    # guard: "يقطع الطريق على أي محاولة" = forestall
    evs = _evs(pipe, "وقالت الحكومة المصرية إن القرار يقطع الطريق على أي محاولة لرفع الأسعار.", "14")
    assert evs == [], _show(evs)


def test_thamman_praise(pipe):
    ev = _one(pipe, "وقال الرئيس الموريتاني إن نواكشوط تثمن دعم السنغال لمشروع خط الغاز المشترك.", "05")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("051", "MRTGOV", "SEN")


def test_thaman_price_is_no_praise(pipe):
    # guard: ثمن "price"
    evs = _evs(pipe, "ودفع المواطنون في لبنان ثمن الأزمة الاقتصادية طوال السنوات الماضية.", "05")
    assert evs == [], _show(evs)


def test_stopped_gas_deliveries_is_162(pipe):
    ev = _one(pipe, "Algerian state energy firm Sonatrach stopped gas deliveries to Morocco on Monday.", "16")
    assert (ev.cameo, ev.target_code) == ("162", "MAR")


def test_stopped_supplies_is_162(pipe):
    ev = _one(pipe, "The Turkish government stopped supplies to the Syrian town last week.", "16")
    assert (ev.cameo, ev.source_code) == ("162", "TURGOV")


def test_stopped_a_convoy_is_no_aid_cut(pipe):
    # guard: stop + another object
    assert _evs(pipe, "Pakistani police stopped the convoy at the border on Monday.", "16") == []


def test_stood_by_a_state_is_support(pipe):
    ev = _one(pipe, "The Polish government said it stood by Lithuania and would send extra border guards.", "05")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("051", "POLGOV", "LTU")


def test_stands_by_a_decision_is_no_support(pipe):
    # guard: no state actor after "by"
    assert _evs(pipe, "The Hungarian prime minister said he stands by his decision to veto the package.", "05") == []


def test_would_not_stand_by_if_is_still_a_threat(pipe):
    evs = _evs(pipe, "Serbia would not stand by if Serbs in Kosovo were attacked, the Serbian president said.")
    assert [e.cameo[:2] for e in evs if e.trigger.startswith("stand")] == ["13"], _show(evs)


def test_forced_their_way_into_is_190(pipe):
    ev = _one(pipe, "Kenyan police forced their way into the offices of an opposition newspaper in Nairobi and "
                    "seized computers.", "19")
    assert (ev.cameo, ev.source_code) == ("190", "KENCOP")


def test_forced_to_find_a_way_is_no_assault(pipe):
    # guard: "forced" + "way" not "forced one's way into"
    evs = _evs(pipe, "The strike forced the Chilean government to find a way into new talks with the unions.", "19")
    assert evs == [], _show(evs)


def test_headline_storm_is_190(pipe):
    ev = _one(pipe, "Police storm Kenyan opposition offices", "19")
    assert ev.cameo == "190" and ev.source_code == "KENCOP"


def test_a_storm_is_weather(pipe):
    # guard: the noun after a determiner
    assert _evs(pipe, "A storm hit the Philippine coast on Monday, cutting power to thousands.", "19") == []


def test_declared_persona_non_grata_is_166(pipe):
    ev = _one(pipe, "Poland declared a Belarusian diplomat persona non grata on Tuesday.", "16")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("166", "POL", "BLRGOV")


def test_declared_a_state_of_emergency_is_no_expulsion(pipe):
    # guard: declared without persona
    assert _evs(pipe, "Peru declared a state of emergency in the southern region of Puno on Tuesday.", "166") == []


# ----------------------------------------------------------------------------- 2. threats
def test_hal_participle_warning_is_a_threat(pipe):
    ev = _one(pipe, "وقال وزير الداخلية الجزائري إن حكومته لن تسمح بعودة المهربين إلى المنطقة، محذرا من أن الجيش "
                    "سيغلق الحدود إذا تكررت الهجمات.", "13")
    assert (ev.cameo, ev.source_code, ev.trigger) == ("130", "DZAGOV", "محذرا")


def test_feminine_participle_without_comma_is_no_warning(pipe):
    # guard: an adjective, not the hal
    assert _evs(pipe, "وأكدت الحكومة أن الفيضانات كانت محذرة للجميع.", "13") == []


def test_continue_operations_if_is_a_conditional_threat(pipe):
    ev = _one(pipe, "وقال الحرس الثوري الإيراني إنه سيواصل هجماته على مواقع الجماعات المسلحة في شمال العراق إذا لم "
                    "تسلمها بغداد.", "13")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("138", "IRNMIL", "IRQGOV")


def test_continue_operations_without_condition_is_no_threat(pipe):
    # guard: no إذا
    evs = _evs(pipe, "وواصل الجيش السوري عملياته في ريف إدلب أمس.", "13")
    assert evs == [], _show(evs)


def test_would_respond_in_kind_after_an_expulsion_is_a_threat_at_the_expeller(pipe):
    doc = pipe("WARSAW, Feb. 4 - Poland expelled two Belarusian diplomats on Tuesday, accusing Minsk of organising "
               "illegal border crossings. Belarus's foreign ministry said Minsk would respond in kind.",
               published_at=PUB)
    evs = [e for e in doc.events if e.root == "13"]
    assert [(e.cameo, e.source_country, e.target_country) for e in evs] == [("130", "BLR", "POL")], _show(doc.events)
    assert ":vowed-reply" in evs[0].rule and ":reply-to" in evs[0].rule


def test_responded_in_kind_is_no_threat(pipe):
    # guard: a past reply is the act itself, told by its own verb
    evs = _evs(pipe, "Russia responded to the sanctions in kind on Friday, expelling ten Polish diplomats.", "13")
    assert evs == [], _show(evs)


def test_will_respond_to_a_case_in_due_time_is_no_threat(pipe):
    # guard: no manner word, no if
    assert _evs(pipe, "Beijing will respond to the report in due time, the spokesman said.", "13") == []


def test_would_respond_if_still_a_threat(pipe):
    ev = _one(pipe, "India would respond forcefully if Pakistan did not stop the attacks, the minister said.", "13")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("130", "IND", "PAK")
    assert ":vowed-reply" not in ev.rule


# ----------------------------------------------------------------------------- 6. extras
def test_appropriate_manner_is_no_seizure(pipe):
    evs = _evs(pipe, "Moscow would respond in an appropriate manner, the Russian spokeswoman said.", "17")
    assert evs == [], _show(evs)


def test_appropriated_land_is_still_171(pipe):
    ev = _one(pipe, "Israeli authorities appropriated Palestinian land near Nablus on Monday.", "17")
    assert ev.cameo == "171"


def test_deepens_crisis_and_bid_are_no_events(pipe):
    evs = _evs(pipe, "Fuel shortage deepens Lebanese crisis")
    assert [e for e in evs if e.trigger == "deepens"] == [], _show(evs)
    evs = _evs(pipe, "Thousands rallied in Belgrade in support of Serbia's bid to join the European Union.")
    assert [e for e in evs if e.trigger == "bid"] == [], _show(evs)


def test_asked_not_to_be_named_is_no_appeal(pipe):
    evs = _evs(pipe, "A Turkish official, who asked not to be named, said Ankara would reopen the border.", "02")
    assert evs == [], _show(evs)
    evs = _evs(pipe, "A Syrian official, who requested anonymity, said the talks had failed.", "02")
    assert evs == [], _show(evs)


def test_asked_a_country_not_to_is_still_an_appeal(pipe):
    # guard: the addressee between the verb and "not to"
    ev = _one(pipe, "Turkey asked Greece not to send more ships to the island.", "02")
    assert (ev.source_code, ev.target_code) == ("TUR", "GRC")


def test_kamil_full_is_no_optimism(pipe):
    evs = _evs(pipe, "وقال وزير الداخلية الأردني إن الشرطة تعاملت مع المحتجين باحترام كامل للقانون.", "01")
    assert [e for e in evs if e.cameo == "013"] == [], _show(evs)


def test_amal_hope_still_013(pipe):
    ev = _one(pipe, "وقال الوزير الأردني إن هناك أملا كبيرا في التوصل إلى اتفاق.", "013")
    assert ev.trigger == "أملا"


_CAPTION_DOC = ("وزيرا خارجية الأردن ومصر يتفقان على تنسيق المواقف\n\n"
                "عمان - 4 فبراير - اتفق وزيرا خارجية الأردن ومصر أمس على تنسيق المواقف إزاء الأزمة في المنطقة.\n\n"
                "وزيرا الخارجية خلال توقيع مذكرة التفاهم في عمان {tail}\n\n"
                "وقال الوزير الأردني إن البلدين يعملان معا.\n")


def test_short_bracketed_credit_closes_a_caption(pipe):
    doc = pipe(_CAPTION_DOC.format(tail="(مرصد)"), published_at=PUB)
    assert not [e for e in doc.events if "توقيع" in e.trigger], _show(doc.events)
    assert "caption" in {s.kind for s in doc.segments}


def test_body_line_ending_in_a_bracket_with_a_period_stays_body(pipe):
    # guard: a sentence that ends with a period after the bracket is body
    doc = pipe(_CAPTION_DOC.format(tail="(مرصد)").replace("في عمان (مرصد)", "في عمان (مرصد)."), published_at=PUB)
    assert "caption" not in {s.kind for s in doc.segments}


def test_forestall_with_ala_and_a_noun_is_no_blockade(pipe):
    # guard: "لقطع الطريق على الفتنة"
    evs = _evs(pipe, "وطالب الشيخ الحكومة بملاقاة المعارضة لقطع الطريق على الفتنة.", "14")
    assert evs == [], _show(evs)


# ----------------------------------------------------------------------------- 3. passives with a known agent
def test_passive_arrest_noun_takes_the_dateline_state(pipe):
    doc = pipe("تونس - 11 مارس - وقطع مئات المزارعين الطريق قرب مدينة القصرين يوم الخميس. وتم توقيف سبعة محتجين "
               "قبل أن يفرج عنهم مساء اليوم نفسه، بحسب ناشطين محليين.", published_at=PUB)
    ev = [e for e in doc.events if e.cameo == "173"]
    assert [(e.trigger, e.source_code) for e in ev] == [("توقيف", "TUN")], _show(doc.events)
    assert ":passive-agent-" in ev[0].rule


def test_passive_deportation_reported_by_police_takes_the_police(pipe):
    ev = _one(pipe, "وقالت الشرطة المغربية إنه تم ترحيل عشرات المهاجرين إلى الجنوب.", "174")
    assert ev.source_code == "MARCOP" and ":passive-agent-speaker" in ev.rule


def test_passive_detained_reported_by_police(pipe):
    doc = pipe("CHISINAU, Feb. 5 - A smaller crowd of opposition supporters protested outside the presidency. "
               "Police said two people were detained after scuffles.", published_at=PUB)
    ev = [e for e in doc.events if e.cameo == "173"]
    assert [(e.source_code, e.source_role) for e in ev] == [("MDACOP", "COP")], _show(doc.events)


def test_active_arrest_keeps_its_subject(pipe):
    # guard: an active verb names its agent
    ev = _one(pipe, "Iraqi police arrested two men in Basra on Monday.", "173")
    assert ev.source_code == "IRQCOP" and ":passive-agent" not in ev.rule


def test_passive_expulsion_is_not_by_the_patients_country(pipe):
    doc = pipe("CHISINAU, Feb. 5 - In July 2023, two Russian diplomats were expelled after reports of spying.",
               published_at=PUB)
    ev = [e for e in doc.events if e.cameo == "166"]
    assert [(e.source_code, e.target_country) for e in ev] == [("MDA", "RUS")], _show(doc.events)


def test_arrest_noun_without_passive_or_anchor_is_a_reference(pipe):
    # guard: توقيف as a reference noun (no تم, no date) is no new arrest
    evs = _evs(pipe, "وطالبت منظمات حقوقية بالتحقيق في ظروف توقيف الصحفيين.", "173")
    assert [e for e in evs if not e.historical and e.modality == "asserted"] == [], _show(evs)


# ----------------------------------------------------------------------------- 4. denial with a clause complement
def test_hal_denial_is_016_of_the_subject_and_negates_the_content(pipe):
    evs = _evs(pipe, "وقال الجيش اللبناني إنه اعتقل ثلاثة مسلحين، نافيا أن يكون قد قصف القرية.")
    assert [(e.cameo, e.source_code) for e in evs if e.root == "01"] == [("016", "LBNMIL")], _show(evs)
    shell = [e for e in evs if e.trigger == "قصف"]
    assert shell and all(e.negated for e in shell), _show(evs)


def test_hal_denial_wins_over_the_bare_statement(pipe):
    ev = _one(pipe, "وذكر الحزب الكردي أن طائرتين أصابتا مقرا له، نافيا أن تكون لديه أي قواعد عسكرية في المنطقة.",
              "01")
    assert (ev.cameo, ev.trigger) == ("016", "نافيا")


def test_hal_adding_stays_010(pipe):
    # guard: مضيفا is a plain statement
    ev = _one(pipe, "وذكر الحزب الكردي أن طائرتين أصابتا مقرا له، مضيفا أن مقاتليه سيبقون في المنطقة.", "01")
    assert ev.cameo == "010"


def test_and_denied_that_after_said_is_a_denial_and_negates(pipe):
    evs = _evs(pipe, "A Bolivian government official, who asked not to be named, said La Paz would answer the "
                     "complaint \"in due time\" and denied that the consul had been assaulted.")
    assert [(e.cameo, e.source_code) for e in evs if e.root == "01"] == [("016", "BOLGOV")], _show(evs)
    assault = [e for e in evs if e.trigger == "assaulted"]
    assert assault and all(e.negated for e in assault), _show(evs)


def test_and_confirmed_that_keeps_the_content_asserted(pipe):
    # guard: a joined speech verb that is no denial
    evs = _evs(pipe, "A Bolivian official said La Paz would answer the complaint \"in due time\" and confirmed that "
                     "the consul had been assaulted.")
    assault = [e for e in evs if e.trigger == "assaulted"]
    assert assault and not any(e.negated for e in assault), _show(evs)


# ----------------------------------------------------------------------------- 5. frames
def test_foiled_crossing_attempt_is_the_foilers_act(pipe):
    ev = _one(pipe, "وأحبط خفر السواحل التونسي فجر اليوم محاولة مئات المهاجرين عبور البحر نحو إيطاليا.", "17")
    assert (ev.cameo, ev.source_code, ev.negated) == ("170", "TUNMIL", False)


def test_foiled_assassination_attempt_keeps_only_the_negated_attack(pipe):
    # guard: an attempted attack stays the foiled (negated) attack, no 170
    evs = _evs(pipe, "وأحبطت الشرطة المصرية محاولة اغتيال وزير الداخلية.")
    assert [e.cameo for e in evs if e.root == "17"] == [], _show(evs)
    assert [e.negated for e in evs if e.root == "18"] == [True], _show(evs)


def test_participle_with_by_agent_is_outside_the_refusal(pipe):
    evs = _evs(pipe, "The Abkhaz leader said the region would not accept gas offered by Georgia.")
    refusal = [e for e in evs if e.root == "12"]
    assert [(e.trigger, e.target_code) for e in refusal] == [("accept", "GEO")], _show(evs)


def test_negated_passive_with_by_agent_is_not_a_reduced_relative(pipe):
    # guard: "were not attended by Russia" is the clause's own passive (an auxiliary before it)
    from marsad.coding.english import reduced_relative
    from marsad.coding.structure import Word
    ws = [Word(0, 0, 1, t, t.lower(), "", False, {}) for t in ("talks", "were", "attended", "by", "Russia")]
    assert not reduced_relative(ws, 2)
    ws = [Word(0, 0, 1, t, t.lower(), "", False, {}) for t in ("gas", "offered", "by", "Georgia")]
    assert reduced_relative(ws, 1)


def test_what_it_called_ends_the_appeal_object(pipe):
    evs = _evs(pipe, "Georgia also expressed support for Yerevan and called on Baku to stop what it called "
                     "\"economic blackmail\".")
    appeal = [e for e in evs if e.trigger == "called" and e.root == "02"]
    assert [(e.source_code, e.target_code) for e in appeal] == [("GEO", "AZEGOV")], _show(evs)
    support = [e for e in evs if e.root == "05"]
    assert [(e.cameo, e.target_country) for e in support] == [("051", "ARM")], _show(evs)


def test_called_the_raid_a_crime_still_111(pipe):
    # guard: no free relative
    ev = _one(pipe, "The Chilean foreign ministry called the raid a crime.", "11")
    assert ev.trigger.startswith("called")


def test_defended_the_raid_is_052_and_no_new_raid(pipe):
    evs = _evs(pipe, "Peru's foreign ministry defended the raid, saying the former minister had been convicted of fraud.")
    assert [(e.cameo, e.source_code) for e in evs if e.root == "05"] == [("052", "PERGOV")], _show(evs)
    assert [e for e in evs if e.root == "19"] == [], _show(evs)


def test_defended_the_town_against_an_attack_is_no_052(pipe):
    # guard: a military defence
    evs = _evs(pipe, "Peruvian troops defended the town against an attack by rebels.", "05")
    assert evs == [], _show(evs)


def test_fronted_weekday_before_comma_keeps_the_subject_country(pipe):
    # "On Thursday, X declared …": the weekday before the comma is no place list (actors._locative)
    ev = _one(pipe, "On Thursday, Poland declared the Belarusian ambassador persona non grata.", "16")
    assert (ev.source_code, ev.target_code) == ("POL", "BLRGOV")
    ev = _one(pipe, "On Monday, Poland condemned the attack on the border post.", "11")
    assert ev.source_code == "POL"


def test_place_list_after_a_capitalised_name_stays_a_place(pipe):
    # guard: "Mantyniemi, Helsinki," is a place list, no Finnish actor
    doc = pipe("The two presidents met at Mantyniemi, Helsinki, on Tuesday.", published_at=PUB)
    assert not any(a.code == "FIN" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_free_relative_right_after_the_verb_is_its_object(pipe):
    # guard: "struck what the military called hideouts" keeps its object
    ev = _one(pipe, "Pakistani warplanes struck what the military called hideouts of militants in Khost.", "19")
    assert "hideouts" in ev.trigger


def test_floods_cutting_roads_is_no_blockade(pipe):
    # guard: a natural force cuts the roads (hazards.CODES)
    evs = _evs(pipe, "وفي الجزائر، اجتاحت عاصفة قوية مدن الساحل، وأغرقت السيول أحياء في مدينة عنابة، وقطعت الطرق بين "
                     "قسنطينة وسكيكدة.", "14")
    assert evs == [], _show(evs)


def test_storm_at_headline_start_is_weather(pipe):
    # guard: a thing noun with no subject before it
    evs = _evs(pipe, "Storm batters Vietnamese coast as floods hit Laos", "19")
    assert evs == [], _show(evs)


def test_experts_warning_participle_is_no_threat(pipe):
    # guard: the hal warning of a subject that is no actor
    evs = _evs(pipe, "ويرى خبراء أن الاقتصادات العربية ستتأثر بارتفاع الأسعار، محذرين من أن موجة الغلاء قد تضرب "
                     "القدرة الشرائية للأسر.", "13")
    assert evs == [], _show(evs)
