"""Session 18, ARL: Arabic leftovers of the blind tests (our own sentences; each rule with a guard)."""
from __future__ import annotations

from events_helpers import find, full, show

# 1. "أن الجانبين اتفقا" whose event already took a target from a later word of the clause (pair_ar.pair_subjects)

_CALL = ("أجرى رئيس الوزراء الأردني مساء أمس اتصالا هاتفيا بالرئيس المصري، وبحث الجانبان ملف الغاز والتجارة. ")


def test_ar_pair_agreement_with_a_place_target_takes_the_pair():
    doc = full(_CALL + "وذكر بيان رسمي أن الجانبين اتفقا على إرسال وفد فني مصري إلى عمان الأسبوع المقبل.",
               published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "اتفقا"]
    assert {(e.source_code, e.target_code) for e in ev} == {("JORGOV", "EGYGOV"), ("EGYGOV", "JORGOV")}, show(doc)


def test_ar_agreement_with_a_named_subject_keeps_it_guard():
    doc = full(_CALL + "وذكر بيان رسمي أن الأردن اتفق على إرسال وفد فني إلى القاهرة الأسبوع المقبل.",
               published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "اتفق"]
    assert any(e.source_country == "JOR" for e in ev) and not any(":pair" in e.rule for e in ev), show(doc)


# 2. "وطالب البيان" after "وقالت الوزارة في بيان": the speaker of the statement (statement_subject.issuer_source);
#    "الوزارة" alone is the ministry named before (actors._definite_minister, cue minister_anaphor)

_SUMMONS = "استدعت وزارة الخارجية الكويتية أمس السفير الإيراني لدى الكويت، وسلمته مذكرة احتجاج.\n\n"


def test_ar_the_ministry_alone_is_the_ministry_named_before():
    doc = full(_SUMMONS + "وقالت الوزارة إن زورقا إيرانيا اقترب من منصة نفطية في الخليج.", published_at="2026-03-04")
    a = next(a for a in doc.actors if any(doc.text[s:e] == "الوزارة" for s, e in a.spans))
    assert a.code == "KWTGOV", [(x.code, x.spans) for x in doc.actors]


def test_ar_the_ministry_after_two_countries_ministries_stays_countryless_guard():
    doc = full("استدعت وزارة الخارجية الكويتية أمس السفير الإيراني، فيما استدعت وزارة الخارجية الإيرانية القائم "
               "بالأعمال الكويتي.\n\nوقالت الوزارة إن زورقا اقترب من منصة نفطية.", published_at="2026-03-04")
    a = next(a for a in doc.actors if any(doc.text[s:e] == "الوزارة" for s, e in a.spans))
    assert not a.country, [(x.code, x.spans) for x in doc.actors]


def test_ar_the_statement_demands_what_its_speaker_demands():
    doc = full(_SUMMONS + "وقالت الوزارة في بيان إن زورقا إيرانيا اقترب من منصة نفطية في الخليج.\n\n"
               "وطالب البيان الحكومة الإيرانية بوقف هذه الممارسات واحترام المياه الإقليمية.", published_at="2026-03-04")
    ev = find(doc, "100", "KWTGOV", "IRNGOV")
    assert ev and ev[0].trigger == "وطالب" and ":issuer-speaker" in ev[0].rule, show(doc)


def test_ar_the_statement_of_the_target_side_is_no_source_guard():
    doc = full("قال السفير الإيراني في بيان إن زورقا إيرانيا كان في مياه دولية.\n\n"
               "وطالب البيان الحكومة الإيرانية بوقف هذه الممارسات.", published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "وطالب"]
    assert ev and not ev[0].source_code, show(doc)


def test_ar_no_statement_named_no_speaker_source_guard():
    doc = full(_SUMMONS + "وقالت الوزارة إن زورقا إيرانيا اقترب من منصة نفطية في الخليج.\n\n"
               "وطالب البيان الحكومة الإيرانية بوقف هذه الممارسات.", published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "وطالب"]
    assert ev and ":issuer-speaker" not in ev[0].rule, show(doc)


# 3. "لكن مصدرا في وزارة الدفاع السورية قال … إن القصف …، ونفى": the body of the unnamed source speaks
#    (quotes._subject_before, cue unnamed_source), and the joined "ونفى" keeps that speaker, not the first actor
#    of the content

def test_ar_unnamed_source_in_a_ministry_and_the_joined_denial():
    doc = full("قتل خمسة أشخاص في قصف استهدف ريف حلب. ولم تعلق الحكومة السورية رسميا، لكن مصدرا في وزارة الدفاع "
               "السورية قال لوكالة سانا إن الجيش استهدف مواقع لمسلحين، ونفى أن يكون بين القتلى مدنيون.",
               published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "ونفى"]
    assert ev and ev[0].cameo == "016" and ev[0].source_code == "SYRGOV", show(doc)


def test_ar_joined_denial_after_a_vso_speaker_is_unchanged_guard():
    doc = full("وقال وزير الدفاع السوري إن الجيش استهدف مواقع لمسلحين قرب حلب، ونفى أن يكون بين القتلى مدنيون.",
               published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "ونفى"]
    assert ev and ev[0].source_code == "SYRGOV", show(doc)


# 4. "ودانت X الهجوم، ودعت Y وZ إلى …": the actors after the joined appeal are its addressees (appeal_object_ar.py)

_STRIKE = "قصفت طائرات تركية مسيرة مساء الأحد قرية قرب دهوك في شمال العراق. "


def test_ar_joined_appeal_after_a_condemnation_addresses_the_actors_after_it():
    doc = full(_STRIKE + "ودانت الحكومة العراقية القصف، ودعت أنقرة والأمم المتحدة إلى حماية المدنيين.",
               published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "ودعت"]
    assert {(e.source_code, e.target_code) for e in ev} == {("IRQGOV", "TURGOV"), ("IRQGOV", "IGOUNO")}, show(doc)


def test_ar_joined_appeal_to_a_body_in_a_city():
    doc = full("ودانت المبعوثة الأممية الاشتباكات في الزاوية، ودعت السلطات في طرابلس إلى محاسبة المسؤولين عنها.",
               published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "ودعت"]
    assert ev and ev[0].source_code == "IGOUNO" and ev[0].target_code == "LBYGOV", show(doc)


def test_ar_appeal_opening_its_own_sentence_keeps_its_subject_guard():
    doc = full(_STRIKE + "ودانت الحكومة العراقية القصف. ودعت أنقرة إلى ضبط النفس على الحدود.", published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "ودعت"]
    assert ev and ev[0].source_country == "TUR", show(doc)


def test_ar_masculine_appeal_after_a_feminine_verb_keeps_its_subject_guard():
    doc = full(_STRIKE + "ودانت الحكومة العراقية القصف، ودعا الرئيس التركي إلى ضبط النفس.", published_at="2026-03-04")
    ev = [e for e in doc.events if e.trigger == "ودعا"]
    assert ev and ev[0].source_code == "TURGOV", show(doc)


# 5. "الجانب التونسي" = Tunisia (actors._side_nationality, cues side_noun / side_locative); "الوزير" after ministers
#    of two countries = the minister of the sentence before when it names one country's (actors._definite_minister)

_TWO = ("اتفق وزيرا الداخلية التونسي والليبي أمس على فتح المعبر. "
        "وقال وزير الداخلية الليبي في مؤتمر صحفي إن حكومته لن تسمح بعودة المسلحين إلى المعبر. ")


def test_ar_the_minister_of_the_sentence_before_praises_the_tunisian_side():
    doc = full(_TWO + "وأشاد الوزير بتعاون الجانب التونسي في ضبط الحدود.", published_at="2026-03-11")
    ev = find(doc, "051", "LBYGOV", "TUN")
    assert ev and ev[0].trigger == "وأشاد", show(doc)


def test_ar_the_side_as_a_place_is_no_actor_guard():
    doc = full(_TWO + "واحتجزت الشرطة شاحنات تونسية في الجانب الليبي من الحدود.", published_at="2026-03-11")
    assert not any(a.code == "LBY" and any(doc.text[s:e].endswith("الجانب الليبي") for s, e in a.spans)
                   for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_ar_the_minister_after_a_sentence_with_two_countries_stays_countryless_guard():
    doc = full("التقى وزير الخارجية المصري نظيره الأردني في عمان أمس. وأشاد الوزير بالعلاقات الثنائية.",
               published_at="2026-03-11")
    a = next(a for a in doc.actors if any(doc.text[s:e] == "الوزير" for s, e in a.spans))
    assert not a.country, [(x.code, x.spans) for x in doc.actors]


# 6. Arabic threats: "لن نقف مكتوفي الأيدي"، "سوف نرد"، "سنرد في الوقت المناسب" (manual_ar.tsv, threat_if.apply_ar), the
#    reply's target = the author of the latest hostile act against the replier's country (threat_if.reply_target),
#    and a conditional threat's target = the subject of its condition (threat_if.condition_target_ar)

_RAID = "عنوان\n\nدمشق - 3 مارس - قصفت طائرات إسرائيلية مواقع عسكرية قرب دمشق فجر الاثنين. "


def _threats(doc):
    return [e for e in doc.events if e.root == "13"]


def test_ar_will_not_stand_idly_by_is_a_threat_at_the_attacker():
    doc = full(_RAID + "وقال وزير الخارجية السوري إن بلاده لن تقف مكتوفة الأيدي أمام هذا العدوان.", published_at="2026-03-03")
    ev = _threats(doc)
    assert ev and ev[0].source_code == "SYRGOV" and ev[0].target_country == "ISR" and not ev[0].negated, show(doc)


def test_ar_standing_idly_by_told_is_no_threat_guard():
    doc = full("عنوان\n\nدمشق - 3 مارس - ووقف المجتمع الدولي مكتوف الأيدي أمام الأزمة الإنسانية.", published_at="2026-03-03")
    assert not _threats(doc), show(doc)


def test_ar_sawfa_reply_to_this_attack_is_a_threat():
    doc = full(_RAID + "وقال وزير الدفاع السوري: سوف نرد على هذا الاعتداء.", published_at="2026-03-03")
    ev = _threats(doc)
    assert ev and ev[0].source_code == "SYRGOV" and ev[0].target_country == "ISR", show(doc)


def test_ar_reply_at_the_right_time_is_a_threat():
    doc = full(_RAID + "وقال وزير الخارجية السوري إن دمشق سترد في الوقت المناسب.", published_at="2026-03-03")
    ev = _threats(doc)
    assert ev and ev[0].source_code == "SYRGOV" and ev[0].target_country == "ISR", show(doc)


def test_ar_answering_questions_at_the_right_time_is_no_threat_guard():
    doc = full("عنوان\n\nدمشق - 3 مارس - وقال وزير الإعلام السوري إن الوزارة سترد على الاستفسارات في الوقت المناسب.",
               published_at="2026-03-03")
    assert not _threats(doc), show(doc)


def test_ar_bare_present_reply_told_is_no_threat_guard():
    doc = full(_RAID + "وقال الجيش السوري إنه يرد على مصادر النيران.", published_at="2026-03-03")
    assert not _threats(doc), show(doc)


def test_ar_conditional_threat_targets_the_subject_of_the_condition():
    doc = full("عنوان\n\nالكويت - 3 مارس - هددت الكويت أمس بعرض الخلاف على مجلس الأمن الدولي إذا لم يلتزم العراق "
               "بالاتفاقية.", published_at="2026-03-03")
    ev = _threats(doc)
    assert ev and ev[0].source_country == "KWT" and ev[0].target_country == "IRQ", show(doc)


def test_ar_threat_with_its_own_target_keeps_it_guard():
    doc = full("عنوان\n\nالكويت - 3 مارس - هددت الكويت العراق أمس بعرض الخلاف على مجلس الأمن إذا لم تنسحب القوات "
               "الإيرانية من المنطقة.", published_at="2026-03-03")
    ev = _threats(doc)
    assert ev and ev[0].target_country == "IRQ" and ":cond-target" not in ev[0].rule, show(doc)


# 7. "وزير الزراعة والصيد البحري الإسباني": one title of two portfolios (actors._portfolio_chain)

def test_ar_title_with_two_portfolios_is_one_actor():
    doc = full("عنوان\n\nمدريد - 3 مارس - ورفض وزير الزراعة والصيد البحري الإسباني مطالب الصيادين أمس.",
               published_at="2026-03-03")
    ev = find(doc, "120")
    # (the title is what this checks; session 35: a home minister's refusal naming no one now targets the home
    # country, domestic_target_en -- the fishermen are Spain's)
    assert [(e.source_code, e.target_code) for e in ev] in ([("ESPGOV", None)], [("ESPGOV", "ESP")]), show(doc)


def test_ar_title_then_a_coordinated_object_is_no_chain_guard():
    doc = full("عنوان\n\nالقاهرة - 3 مارس - والتقى وزير الزراعة المصري الصيادين والمزارعين السودانيين في أسوان.",
               published_at="2026-03-03")
    ev = find(doc, "04", "EGYGOV")
    assert ev and any(e.target_code and e.target_code.startswith("SDN") for e in ev), show(doc)
