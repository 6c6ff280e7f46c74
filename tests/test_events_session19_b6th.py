"""Session 19, B6TH: threats, headline copies and retold reference nouns of the sixth blind test (our own sentences;
each rule with a guard that must not fire)."""
from __future__ import annotations

from events_helpers import full, show


def _ev(doc, root=None, trigger=None):
    return [e for e in doc.events if (root is None or e.root == root)
            and (trigger is None or (e.trigger or "").startswith(trigger))]


# 1. a future act + a condition in its clause = a conditional threat (threat_cond.apply), not only under محذرا

def test_ar_will_reconsider_if_under_said_is_a_threat():
    doc = full("عمان (مرصد) - قال مسؤول أردني أمس إن بلاده ستعيد النظر في اتفاقية المياه مع سوريا إذا واصلت "
               "دمشق تجاهل مطالبها.", published_at="2026-05-10")
    ev = _ev(doc, "13")
    assert [(e.cameo, e.source_country, e.target_country, e.negated) for e in ev] == [("130", "JOR", "SYR", False)], \
        show(doc)


def test_ar_will_reconsider_without_condition_is_no_threat_guard():
    doc = full("عمان (مرصد) - قال وزير المالية الأردني أمس إن الحكومة ستعيد النظر في قانون ضريبة الدخل العام "
               "المقبل.", published_at="2026-05-10")
    assert not _ev(doc, "13"), show(doc)


_STRIKE = "قصفت طائرات تركية أمس مواقع في شمال العراق، ما أسفر عن مقتل ثلاثة مدنيين. "


def test_ar_condition_first_will_take_measures_is_a_threat_at_the_attacker():
    doc = full("بغداد (مرصد) - " + _STRIKE + "واستدعت الخارجية العراقية القائم بالأعمال التركي. "
               "وأدان البرلمان القصف. وقال الناطق باسم الحكومة العراقية إنه \"إذا استمرت الاعتداءات فإن الحكومة "
               "ستتخذ إجراءات أخرى أكثر صرامة\".", published_at="2026-05-10")
    ev = _ev(doc, "13", "ستتخذ")
    assert [(e.source_country, e.target_country) for e in ev] == [("IRQ", "TUR")], show(doc)
    # the attack word inside the condition is the condition, no event of its own
    assert not _ev(doc, trigger="الاعتداءات"), show(doc)


def test_ar_will_take_measures_without_condition_is_no_threat_guard():
    doc = full("بغداد (مرصد) - قال وزير الداخلية العراقي أمس إن الوزارة ستتخذ إجراءات جديدة لتسهيل سفر "
               "الحجاج.", published_at="2026-05-10")
    assert not _ev(doc, "13"), show(doc)


# 2. "لن يمر دون رد": a vowed retaliation, negated only in form, at the author of the act referred to

def test_ar_will_not_go_unanswered_is_a_threat_at_the_attacker():
    doc = full("بيروت (مرصد) - قصفت طائرات إسرائيلية فجر أمس موقعا للجيش اللبناني قرب الحدود، ما أدى إلى "
               "إصابة جنديين. وقال وزير الدفاع اللبناني إن \"هذا الاعتداء لن يمر دون رد\".", published_at="2026-05-10")
    ev = _ev(doc, "13")
    assert [(e.source_country, e.target_country, e.negated) for e in ev] == [("LBN", "ISR", False)], show(doc)


def test_ar_did_not_pass_without_results_is_no_threat_guard():
    doc = full("بيروت (مرصد) - قال وزير الخارجية اللبناني إن زيارة الوفد لن تمر دون نتائج، وإن الجانبين سيوقعان "
               "اتفاقا تجاريا.", published_at="2026-05-10")
    assert not _ev(doc, "13"), show(doc)


# 3. English: "Y would review all aspects of the relationship if X continued …"; "will close the crossings" after a
#    row between two countries: the border's other country

def test_en_would_review_the_relationship_if_is_a_threat_at_the_condition_subject():
    doc = full("ANKARA, May 9 - Erdogan said on Monday that if Athens continued to arm the islands, Turkey would "
               "review all aspects of the relationship.", published_at="2024-05-09")
    ev = _ev(doc, "13")
    assert [(e.source_country, e.target_country) for e in ev] == [("TUR", "GRC")], show(doc)


def test_en_ministers_reviewed_relations_is_no_threat_guard():
    doc = full("ANKARA, May 9 - The Turkish and Greek foreign ministers reviewed bilateral relations and trade on "
               "Tuesday.", published_at="2024-05-09")
    assert not _ev(doc, "13"), show(doc)


_ROW = ("VILNIUS, Aug 3 - Lithuania summoned Russia's charge d'affaires on Tuesday after a Russian drone crashed "
        "near the border. Lithuania also accused Russia of jamming navigation signals. ")


def test_en_threat_to_close_the_crossings_targets_the_other_country():
    doc = full(_ROW + "\"If there is another incident of this kind, Lithuania will close the remaining crossings,\" "
               "Foreign Minister Gabrielius Landsbergis said on Tuesday.", published_at="2023-08-03")
    ev = [e for e in _ev(doc, "13") if "crossings" in e.trigger]
    assert [(e.source_country, e.target_country) for e in ev] == [("LTU", "RUS")], show(doc)


def test_en_closing_crossings_without_a_dyad_keeps_no_target_guard():
    doc = full("VILNIUS, Aug 3 - \"If the storm gets worse, Lithuania will close the remaining crossings,\" the "
               "interior minister said on Tuesday.", published_at="2023-08-03")
    assert all(not e.target_country for e in _ev(doc, "13")), show(doc)


# 4. "لن تقبل" + a verbal noun: a refusal of the clause's subject (refusal_ar.py)

def test_ar_will_not_accept_settling_migrants_is_a_refusal_of_the_subject():
    doc = full("الرباط (مرصد) - وقال الوزير في كلمة أمس إن المغرب \"لن يكون دركيا لأوروبا ولن يقبل توطين "
               "المهاجرين على أراضيه\".", published_at="2026-05-10")
    ev = _ev(doc, "12")
    assert [(e.cameo, e.source_code, e.negated) for e in ev] == [("120", "MAR", False)], show(doc)


def test_ar_accepts_a_resignation_is_no_event_guard():
    doc = full("الرباط (مرصد) - وقال المتحدث باسم الحكومة المغربية إن رئيس الحكومة يقبل استقالة الوزير.",
               published_at="2026-05-10")
    assert not [e for e in doc.events if e.root in ("03", "12")], show(doc)


# 5. a headline's second clause opened by و + an event noun (headline_clause_ar.py)

def test_ar_headline_second_clause_is_no_second_signer():
    doc = full("الصومال وكينيا توقعان اتفاقا حدوديا وغارة أمريكية تقتل قياديا في حركة الشباب\n\n"
               "نيروبي (مرصد) - وقع الصومال وكينيا أمس في نيروبي اتفاقا لترسيم الحدود البحرية.",
               published_at="2026-05-10")
    signed = [e for e in doc.events if e.root == "05"]
    assert signed and not any("USA" in (e.source_code or "") + (e.target_code or "") for e in signed), show(doc)
    killed = [e for e in doc.events if e.root in ("18", "19") and e.segment_kind == "title" and e.source_code]
    assert [e.source_country for e in killed] == ["USA"], show(doc)


def test_ar_headline_with_one_clause_keeps_both_signers_guard():
    doc = full("الصومال وكينيا توقعان اتفاقا حدوديا في نيروبي\n\nنيروبي (مرصد) - أعلنت الحكومة الصومالية أمس "
               "أنها ستفتح سفارة جديدة في أوغندا.", published_at="2026-05-10")
    signed = [e for e in doc.events if e.root == "05"]
    assert {(e.source_country, e.target_country) for e in signed} == {("SOM", "KEN"), ("KEN", "SOM")}, show(doc)


# 6. a definite violence noun set as background after the article told the violence: told again (retold.drop_references)

_RAID = ("نابلس (مرصد) - قتل ثلاثة فلسطينيين برصاص القوات الإسرائيلية خلال اقتحام البلدة القديمة في نابلس فجر "
         "أمس الاثنين، بحسب وزارة الصحة الفلسطينية. ")


def test_ar_march_against_the_raid_is_the_raid_told_again():
    doc = full(_RAID + "وخرج مئات الفلسطينيين أمس في مسيرة ضد الاقتحام في رام الله.", published_at="2026-05-12")
    assert not _ev(doc, trigger="الاقتحام"), show(doc)
    killing = [e for e in doc.events if e.root == "19" and e.target_country == "PSE" and not e.historical]
    assert killing and any(":retold" in e.rule for e in killing), show(doc)


def test_ar_reference_noun_without_earlier_violence_stays_guard():
    doc = full("رام الله (مرصد) - خرج مئات الفلسطينيين أمس في مسيرة ضد الاقتحام في رام الله.",
               published_at="2026-05-12")
    assert _ev(doc, trigger="الاقتحام"), show(doc)


# 7. "ready to close … if needed": the readiness is the threat's frame (threat_cond.drop_ready_frames)

def test_en_ready_to_close_is_one_threat():
    doc = full(_ROW + "Estonia's interior minister said Tallinn was ready to close its own crossings with Russia "
               "\"within days\" if needed.", published_at="2023-08-03")
    est = [e for e in doc.events if e.source_country == "EST" and e.root != "01"]
    assert [(e.root, e.target_country) for e in est] == [("13", "RUS")], show(doc)


def test_en_ready_to_talk_stays_guard():
    doc = full("TALLINN, Aug 3 - Estonia's prime minister said on Tuesday that Tallinn was ready to hold talks with "
               "Latvia on the new ferry line.", published_at="2023-08-03")
    assert not _ev(doc, "13") and [e for e in doc.events if e.root == "03"], show(doc)


# 8. '"…," he added' after the speaker's dated words: the day he spoke (added_date.py)

_MEETING = ("Lithuania summons Russian envoy after drone crash\n\nVILNIUS, Aug 3 - Lithuania summoned Russia's charge "
            "d'affaires on Wednesday after a Russian military drone crashed near the border village of Medininkai.\n\n"
            "The drone crossed the border on Tuesday evening and fell near a farm, the Lithuanian defence ministry "
            "said. Russia's defence ministry denied that its aircraft had entered Lithuanian airspace.\n\n\"This was a "
            "reckless act. We will not let Moscow test our patience,\" Deputy Foreign Minister Arnoldas Pranckevicius "
            "said after the meeting with the envoy. ")


def test_en_threat_after_he_added_is_dated_the_day_he_spoke():
    doc = full(_MEETING + "\"If there is another incident of this kind, Lithuania will close the remaining "
               "crossings,\" he added.", published_at="2023-08-03")
    ev = [e for e in _ev(doc, "13") if "crossings" in e.trigger]
    assert [e.date for e in ev] == ["2023-08-02"], show(doc)


def test_en_threat_after_a_new_speaker_is_not_dated_as_added_guard():
    doc = full(_MEETING + "\"If there is another incident of this kind, Lithuania will close the remaining "
               "crossings,\" a spokeswoman for the interior ministry said.", published_at="2023-08-03")
    ev = [e for e in _ev(doc, "13") if "crossings" in e.trigger]
    assert ev and all(":added-date" not in e.rule for e in ev), show(doc)


def test_ar_strike_under_a_negated_comment_is_the_strike_told_again():
    doc = full("دمشق (مرصد) - قتل خمسة أشخاص في غارة جوية استهدفت مزرعة قرب الحدود السورية الأردنية فجر أمس. "
               "ولم يعلق الجيش الأردني على الغارة.", published_at="2026-05-12")
    assert not _ev(doc, trigger="الغارة"), show(doc)
