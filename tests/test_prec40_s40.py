"""Session 40 (PREC40): Arabic extra events of the in-sample gold, our own sentences.

1. An indefinite crowd noun that is the agent of another protest verb of its sentence ("اقتحم محتجون …") is no second
   protest (`protest_sides.crowd_agent_ar`); a definite crowd keeps its protest.
2. A definite crowd after a count and من ("أوقفت الشرطة ثلاثة من المحتجين") implies no protest of its own
   (`implied._partitive`, `retold.drop_implied_crowds`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-05-01"):
    return list(_P(text, published_at=date).events)


def _codes(evs):
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in evs]


def test_indefinite_crowd_agent_of_a_riot_is_no_second_protest():
    evs = _events("وفي البلدة، هاجم متظاهرون غاضبون مركزا للشرطة مساء أمس وأحرقوا سيارتين.")
    assert any(e.cameo == "145" for e in evs), _codes(evs)
    assert not any(e.cameo == "141" and "متظاهرون" in e.trigger for e in evs), _codes(evs)


def test_attacking_crowd_told_once():
    evs = _events("كما هاجم محتجون السفارة الفرنسية في العاصمة.")
    protests = [e for e in evs if e.root == "14"]
    assert len(protests) == 1 and protests[0].cameo == "145", _codes(evs)


def test_crowd_protesting_verb_still_one_protest():
    # guard: a crowd and its own march verb are one protest (the older rule), and a bare crowd alone stays
    evs = _events("تظاهر آلاف المحتجين أمس أمام مقر الحكومة في العاصمة.")
    assert len([e for e in evs if e.root == "14"]) == 1, _codes(evs)


def test_partitive_definite_crowd_implies_no_protest():
    evs = _events("أعلن البرلمان تأجيل جلسة التصويت على الموازنة إلى الأسبوع المقبل. "
                  "وأوقفت قوى الأمن أربعة من المحتجين، ثم أفرجت عنهم في وقت لاحق، بحسب مراسلين.")
    assert any(e.cameo == "173" for e in evs), _codes(evs)
    assert not any(e.root == "14" for e in evs), _codes(evs)


# 3. An act noun that only dates the sentence's act ("بعد أسبوع على الانفجار"، "منذ اندلاع الحرب") is no event
#    (`time_anchor_ar`); an anchor with a named author, or an indefinite one with a named victim, stays.

def test_lapse_after_an_explosion_is_a_date():
    evs = _events("أعلن وزير الصحة استقالته أمس، بعد عشرة أيام على الانفجار الذي هز الميناء.")
    assert not any(e.root == "18" for e in evs), _codes(evs)


def test_since_the_outbreak_of_the_protests_is_a_date():
    evs = _events("وقالت منظمات حقوقية إن قوات الأمن اعتقلت أكثر من مئتي ناشط منذ انطلاق الاحتجاجات في مطلع الشهر.")
    assert any(e.cameo == "173" for e in evs), _codes(evs)
    assert not any(e.root == "14" for e in evs), _codes(evs)


def test_lapse_of_fighting_is_a_date():
    evs = _events("وسيطرت القوات على المدينة بعد خمسة أيام من المعارك العنيفة.")
    assert not any(e.trigger.startswith("المعارك") for e in evs), _codes(evs)


def test_anchor_with_a_named_author_stays():
    evs = _events("ويأتي الاجتماع بعد يومين من استقبال الرئيس التونسي رئيس الوزراء الإيطالي في قرطاج.")
    assert any(e.root == "04" and (e.source_code or "").startswith("TUN") for e in evs), _codes(evs)


def test_anchor_without_lapse_stays():
    # guard: "بعد الانفجار" alone is no lapse of time (only a span of time or a start noun before the noun)
    evs = _events("وقال شهود إن دوي انفجار قوي سمع في وسط المدينة صباح اليوم.")
    assert any(e.root == "18" for e in evs), _codes(evs)


# 4. "أجرى X اتصالا هاتفيا بـY": the light verb is evidence of both directions' call (announced_act kind light; the gold
#    anchors the other direction on the verb).

def test_light_verb_of_a_phone_call_joins_both_directions():
    text = "وأجرى وزير الخارجية الأردني اتصالا هاتفيا بنظيره العماني، بحثا خلاله التطورات في المنطقة."
    evs = [e for e in _events(text) if e.root == "04" and "اتصالا" in e.trigger]
    assert len(evs) == 2, _codes(evs)
    verb = (0, len("وأجرى"))
    assert all(verb in e.also_spans for e in evs), [(e.trigger, e.also_spans) for e in evs]


def test_announcing_verb_is_no_light_verb_of_a_meeting():
    # guard: "أعلن" before a meeting noun is no evidence of the meeting (only the light verbs are)
    text = "وأعلن المتحدث باسم الحكومة الأردنية اجتماعا بين الملك والرئيس العماني غدا."
    evs = [e for e in _events(text) if e.root == "04"]
    assert evs and all((0, len("وأعلن")) not in e.also_spans for e in evs), [(e.trigger, e.also_spans) for e in evs]


# 5. Topics, not acts: the plural مطالب / مطالبات (the demands' content), and the clash noun inside the name of a
#    disengagement agreement ("اتفاق فض الاشتباك": watched_act.tsv treaty اتفاق + ban فض).

def test_plural_demands_are_a_topic():
    evs = _events("ودعا الرئيس الحكومة الجديدة إلى الاستجابة لمطالب المتظاهرين في أسرع وقت.")
    assert not any(e.root == "10" and "مطالب" in e.trigger for e in evs), _codes(evs)
    evs = _events("وقال المتحدث إن هذه المطالبات الحدودية لا تستند إلى أي وثيقة.")
    assert not any(e.root == "10" for e in evs), _codes(evs)


def test_singular_demand_noun_stays():
    # guard: the act noun مطالبة keeps its trigger
    evs = _events("ورفضت الحكومة مطالبة المعارضة بإجراء انتخابات مبكرة.")
    assert any(e.root == "10" and e.trigger == "مطالبة" for e in evs), _codes(evs)


def test_disengagement_agreement_is_no_clash():
    evs = _events("واعتبرت الخارجية التوغل خرقا لاتفاق فض الاشتباك الموقع بين البلدين.")
    assert not any("الاشتباك" in e.trigger for e in evs), _codes(evs)


# 6. A verb before an act noun that carries it out, submits, begins or resumes it, or a break-out verb right after it,
#    tells the noun's act: its span joins the noun event's evidence (relative_retelling_ar, cue carry_light).

def _also_words(text, ev):
    return [text[a:b] for a, b in ev.also_spans]


def test_submitting_verb_joins_the_resignation():
    text = "وتوجه الوزير إلى القصر حيث قدم استقالته إلى رئيس الحكومة."
    evs = [e for e in _events(text) if e.cameo.startswith("083")]
    assert evs and "قدم" in _also_words(text, evs[0]), [(e.trigger, _also_words(text, e)) for e in evs]


def test_phase_verb_joins_a_background_offensive():
    text = "وكانت الفصائل المسلحة قد بدأت هجومها على المدينة في مطلع الشهر الماضي."
    evs = [e for e in _events(text) if e.root == "19"]
    assert evs and "بدأت" in _also_words(text, evs[0]), [(e.trigger, _also_words(text, e)) for e in evs]


def test_breakout_verb_after_the_noun_joins_it():
    text = "وقتل عشرة أشخاص في اشتباكات اندلعت أمس بين قوات الجيش ومسلحين قبليين."
    evs = [e for e in _events(text) if "اشتباكات" in e.trigger]
    assert evs and "اندلعت" in _also_words(text, evs[0]), [(e.trigger, _also_words(text, e)) for e in evs]


def test_verb_across_punctuation_is_no_evidence():
    # guard: a carrying verb of another clause, past a comma, tells nothing of the noun
    text = "ونفذت القوات انتشارا واسعا في الشوارع، واستقالة الحكومة باتت وشيكة بحسب مراقبين."
    evs = [e for e in _events(text) if e.cameo.startswith("083")]
    assert evs and "ونفذت" not in _also_words(text, evs[0]), [(e.trigger, _also_words(text, e)) for e in evs]


# 7. "تشعر بخيبة أمل" (felt disappointed) is disapproval (111) of the speaker.

def test_disappointment_is_disapproval():
    evs = _events("وقالت وزارة الخارجية الفرنسية إنها \"تشعر بخيبة أمل عميقة\" لقرار الحكومة المضي في الاستفتاء.")
    assert any(e.cameo == "111" and (e.source_code or "").startswith("FRA") for e in evs), _codes(evs)


def test_verbal_noun_of_resuming_joins_the_talks():
    text = "ودعا الاتحاد الأفريقي إلى الإفراج عن المعتقلين واستئناف المشاورات بين الأطراف السياسية."
    evs = [e for e in _events(text) if "المشاورات" in e.trigger]
    assert evs and "واستئناف" in _also_words(text, evs[0]), [(e.trigger, _also_words(text, e)) for e in evs]


# 8. A present-tense "تقول X إن" with no date is a standing position, no statement made on a day (standing_claim_ar).

def test_standing_claim_is_no_statement():
    evs = _events("وتقول الأمم المتحدة إن أكثر من خمسة ملايين شخص بحاجة إلى مساعدات إنسانية.")
    assert not any(e.root == "01" for e in evs), _codes(evs)


def test_dated_present_tense_statement_stays():
    evs = _events("وتقول الوزارة اليوم إن الحدود ستفتح أمام المسافرين.")
    assert any(e.root == "01" for e in evs), _codes(evs)


def test_repeated_attacks_join_the_verb():
    text = "ويخشى مراقبون أن تتجنب شركات الشحن الممر البحري إذا تكررت الهجمات."
    evs = [e for e in _events(text) if "الهجمات" in e.trigger]
    assert evs and "تكررت" in _also_words(text, evs[0]), [(e.trigger, _also_words(text, e)) for e in evs]


def test_compliance_names_a_ceasefire_told_before():
    evs = _events("وأعلنت الجبهة تمسكها بالحوار، لكنها أنهت التزامها باتفاق وقف إطلاق النار الموقع قبل ثلاثين عاما.")
    assert not any(e.cameo.startswith("087") and "وقف" in e.trigger for e in evs), _codes(evs)


def test_declared_ceasefire_stays():
    # guard: a ceasefire declared by its parties is no topic
    evs = _events("وأعلن الطرفان وقف إطلاق النار مساء أمس بعد أسبوع من المعارك.")
    assert any(e.cameo.startswith("087") for e in evs), _codes(evs)


# 9. A headline's circumstance after وسط is told again in the body (amid_title_ar): one event.

def test_headline_circumstance_after_amid_is_the_body_act():
    text = ("البرلمان يقر قانون الانتخابات وسط احتجاجات واعتقالات أمام مقره\n\n"
            "القاهرة - أقر مجلس النواب أمس الثلاثاء قانون الانتخابات الجديد بأغلبية كبيرة. "
            "وقال رئيس المجلس إن القانون يضمن نزاهة الاقتراع. "
            "وأضاف أن الحكومة ستبدأ تطبيقه الشهر المقبل. "
            "وفي الخارج، اعتقلت الشرطة عشرين ناشطا تجمعوا أمام مقر البرلمان.")
    evs = _events(text)
    arrests = [e for e in evs if e.cameo == "173"]
    assert len(arrests) == 1 and arrests[0].segment_kind == "body", _codes(arrests)
    assert any(text[a:b] == "واعتقالات" for a, b in arrests[0].also_spans), arrests[0].also_spans


# 10. An act noun after أي ("any") is generic, and so is the relative verb on it (generic_act_ar).

def test_any_threat_is_no_happening():
    evs = _events("وأصدر رئيس المجلس تعليماته للقوات بالاستعداد \"للتصدي لأي تهديد\" يستهدف العاصمة.")
    assert not any(e.root in ("13", "19") for e in evs), _codes(evs)


def test_act_noun_without_any_stays():
    # guard: the same noun with no أي before it is still coded
    evs = _events("وقال الوزير إن الحكومة لن تقبل الوساطة القطرية.")
    assert any("الوساطة" in e.trigger for e in evs), _codes(evs)
    evs = _events("وقال الوزير إن الحكومة لن تقبل أي وساطة قطرية.")
    assert not any("وساطة" in e.trigger for e in evs), _codes(evs)


# 11. A welcomed act noun names the act told before (reacted_act_ar): its span joins that event.

def test_welcomed_signing_is_the_signing_told_before():
    text = ("وقع البلدان أمس اتفاقا لترسيم الحدود في العاصمة القطرية. "
            "ورحب الرئيس الفرنسي بتوقيع الاتفاق، ووصفه بأنه تاريخي.")
    evs = _events(text)
    signings = [e for e in evs if e.cameo == "057"]
    assert signings and all(e.sentence == 0 for e in signings), _codes(signings)
    assert any(e.cameo == "051" for e in evs), _codes(evs)


def test_welcomed_mediation_alone_stays():
    # guard (as test_events_session14_oth2): nothing told before, the welcomed mediation stays an event
    evs = _events("ورحبت الحكومة بالوساطة المصرية بين الطرفين.")
    assert any(e.cameo == "045" for e in evs), _codes(evs)


def test_rejected_accusation_is_the_accusation_told_before():
    text = ("واتهم الرئيس الأميركي إيران أمس بتدبير الهجوم على السفارة. "
            "وقال المرشد الإيراني إن بلاده لا تخفي مواقفها، رافضا اتهامات الرئيس الأميركي.")
    evs = _events(text)
    accusations = [e for e in evs if e.cameo.startswith("112")]
    assert accusations and all(e.sentence == 0 for e in accusations), _codes(accusations)


# 13. A background mutual act the filter judged a report in a background sentence (historical, ":clf+") is told once.

def test_background_clash_reported_by_the_filter_told_once():
    from dataclasses import replace
    from marsad.coding import background_pair
    from marsad.coding.structure import reversed_copy
    text = ("وسبق أن قطعت الحكومة علاقاتها مع جارتها عام 1995 إثر مقتل عشرات الأشخاص في مواجهات بين مهاجرين سودانيين "
            "وقوات الأمن المصرية عند الحدود.")
    ev = next(e for e in _events(text) if e.cameo == "193")
    ev = replace(ev, rule=ev.rule.replace(":clf-", ":clf+"), historical=True)
    copy = reversed_copy(ev, "")
    assert copy.source_code == ev.target_code
    assert len(background_pair.drop_copies([ev, copy])) == 1


def test_issuing_verb_seven_words_back_joins_the_warrant():
    text = "وكان القضاء قد أصدر في شهري مارس وأبريل 2019 ثلاث مذكرات توقيف بحق الوزير السابق."
    evs = [e for e in _events(text) if e.cameo.startswith("173")]
    assert evs and "أصدر" in _also_words(text, evs[0]), [(e.trigger, _also_words(text, e)) for e in evs]


# 14. "قمة جبل" is a mountain top, no summit (manual_ar cond not_peak, cue peak_of).

def test_mountain_top_is_no_summit():
    evs = _events("وتقدمت القوات نحو المواقع المحاذية للحدود، بما فيها قمة جبل الشيخ.")
    assert not any(e.root == "04" for e in evs), _codes(evs)
    evs = _events("وعقدت قمة عربية طارئة في القاهرة أمس لبحث التطورات.")
    assert any(e.root == "04" for e in evs), _codes(evs)
