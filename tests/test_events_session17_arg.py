"""Session 17, ARG: Arabic coding gaps left by session 16 -- a denied agreement is a negated agreement, not a
refusal; the topics of "بحث معه" are no parties; "يمكن أن + verb" is a possibility; a body's name ending
with its nationality ends the actor phrase.  Own sentences; each rule has a near-miss guard."""
from __future__ import annotations

from tests.events_helpers import find, full


def _codes(doc):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.negated, e.modality) for e in doc.events]


# 1. a denial's content is a negated act (the gold convention: "the act a denial is about" is an optional, negated
#    event); a refusal stated now (لن توقع، لا يمكن أن تقبل) stays a rejection (12x), as before

def test_denied_signing_is_a_negated_agreement_not_a_rejection():
    doc = full("ونفت الحكومة الأردنية أنها وقعت اتفاقا مع إسرائيل لتقاسم المياه.", published_at="2025-04-02")
    assert find(doc, "057", "JORGOV", "ISR", negated=True), _codes(doc)
    assert not any(e.cameo.startswith("12") for e in doc.events), _codes(doc)
    assert find(doc, "016", "JORGOV"), _codes(doc)


def test_denied_agreement_noun_after_the_denial_verb():
    doc = full("نفى وزير الخارجية المصري التوصل إلى اتفاق مع إثيوبيا بشأن تشغيل السد.", published_at="2025-04-02")
    assert find(doc, "030", "EGYGOV", "ETH", negated=True), _codes(doc)
    assert not any(e.cameo.startswith("12") for e in doc.events), _codes(doc)


def test_no_agreement_was_reached_is_a_negated_agreement():
    doc = full("وقال المتحدث إنه لم يتم التوصل إلى اتفاق مع الحكومة السودانية حتى الآن.", published_at="2025-04-02")
    assert find(doc, "030", tgt="SDNGOV", negated=True), _codes(doc)
    assert not any(e.cameo.startswith("12") for e in doc.events), _codes(doc)


def test_agreement_noun_as_a_condition_is_no_event_guard():
    # the noun is an event only where a report names it (تم، نفى، أعلن): "before reaching", "the need to reach" are not
    doc = full("وقال الوزير الإثيوبي إن بلاده لن تبدأ ملء السد قبل التوصل إلى اتفاق مع مصر.", published_at="2025-04-02")
    assert not any(e.cameo.startswith("03") for e in doc.events), _codes(doc)
    doc = full("وأكد وزير الخارجية المصري ضرورة التوصل إلى اتفاق مع إثيوبيا.", published_at="2025-04-02")
    assert not any(e.cameo.startswith("03") for e in doc.events), _codes(doc)


def test_announced_agreement_noun_is_asserted():
    doc = full("أعلن وزير الخارجية المصري التوصل إلى اتفاق مع إثيوبيا بشأن تشغيل السد.", published_at="2025-04-02")
    assert find(doc, "030", "EGYGOV", "ETH", negated=False), _codes(doc)


def test_denied_meeting_is_a_negated_meeting():
    doc = full("ونفى وزير الخارجية الأردني أن يكون قد التقى مسؤولين إسرائيليين في باريس.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger == "التقى"]
    assert evs and all(e.cameo.startswith("04") and e.negated for e in evs), _codes(doc)


def test_denied_future_meeting_is_a_negated_intent():
    doc = full("ونفى وزير الخارجية الأردني أنه سيلتقي نظيره الإيراني في الدوحة.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger == "سيلتقي"]
    assert evs and all(e.cameo == "036" and e.negated for e in evs), _codes(doc)


def test_refusal_stated_now_stays_a_rejection_guard():
    doc = full("وأكد رئيس الوزراء العراقي أن بلاده لن توقع أي اتفاق مع تركيا قبل حل أزمة المياه.",
               published_at="2025-04-02")
    assert find(doc, "120", "IRQGOV", "TUR", negated=False), _codes(doc)


def test_cannot_accept_inside_a_denial_free_clause_stays_a_rejection_guard():
    doc = full("وقال وزير الخارجية المصري إن بلاده لا يمكن أن توافق على أي اتفاق لا يضمن حصتها من المياه.",
               published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger.startswith("توافق")]
    assert evs and all(e.cameo.startswith("12") and not e.negated for e in evs), _codes(doc)


def test_verb_outcome_not_reached_unchanged_guard():
    doc = full("ولم تتوصل مصر وإثيوبيا إلى اتفاق خلال الجولة الأخيرة.", published_at="2025-04-02")
    assert find(doc, "030", "EGY", "ETH", negated=True), _codes(doc)


def test_inquiry_reaching_no_result_is_no_agreement_guard():
    doc = full("وقالت الشرطة المصرية إن التحقيقات لم تتوصل إلى نتيجة بعد.", published_at="2025-04-02")
    assert not any(e.cameo.startswith("03") or e.cameo.startswith("12") for e in doc.events), _codes(doc)


# 3. the topics after "بحث / ناقش معه" are no parties of the discussion (coding/discuss_topic_ar.py)

def test_topics_after_discussed_with_him_are_no_parties():
    doc = full("والتقى العاهل الأردني الرئيس الفرنسي في عمان، وبحث معه أمن الحدود وعودة اللاجئين.",
               published_at="2025-04-02")
    assert not any(e.source_code in ("COP", "REF") or e.target_code in ("COP", "REF") for e in doc.events), _codes(doc)
    assert find(doc, "04", "JORGOV", "FRAGOV"), _codes(doc)


def test_topics_after_discussed_with_them_in_a_new_sentence():
    doc = full("واستقبل رئيس الوزراء العراقي وفدا من البرلمان الأوروبي. وناقش معهم أوضاع اللاجئين السوريين.",
               published_at="2025-04-02")
    assert not any(e.trigger == "وناقش" and "REF" in ((e.source_code or "") + (e.target_code or ""))
                   for e in doc.events), _codes(doc)


def test_partner_after_with_is_still_a_party_guard():
    doc = full("وبحث الرئيس المصري مع رئيس الوزراء الإسرائيلي أمن الحدود وعودة اللاجئين.", published_at="2025-04-02")
    assert find(doc, "040", "EGYGOV", "ISRGOV") and find(doc, "040", "ISRGOV", "EGYGOV"), _codes(doc)


def test_with_him_after_another_verb_guard():
    # "اجتمع معه": a meeting verb is not in the list; its مع-pronoun partner rule is unchanged
    doc = full("ووصل الرئيس الفرنسي إلى بيروت، واجتمع معه قائد الجيش اللبناني.", published_at="2025-04-02")
    assert any(e.cameo.startswith("04") and "LBNMIL" in (e.source_code, e.target_code) for e in doc.events), _codes(doc)


# 4. a body's name ending with its nationality ends the phrase: the definite body after it is the object
#    (stages/actors._chunks)

def test_parliament_speaker_then_a_foreign_government_are_two_actors():
    doc = full("انتقد رئيس البرلمان الإيراني الحكومة الأميركية بسبب العقوبات الجديدة.", published_at="2025-04-02")
    assert find(doc, "111", "IRNLEG", "USAGOV"), _codes(doc)


def test_parliament_speaker_then_a_foreign_army_are_two_actors():
    doc = full("وانتقد رئيس البرلمان الإيراني الجيش الإسرائيلي في كلمة أمام النواب.", published_at="2025-04-02")
    assert find(doc, "111", "IRNLEG", "ISRMIL"), _codes(doc)


def test_title_chain_with_a_nationality_alone_guard():
    doc = full("وقال رئيس البرلمان الإيراني إن بلاده لن تتراجع.", published_at="2025-04-02")
    assert any(a.code == "IRNLEG" and any(doc.text[s:e] == "رئيس البرلمان الإيراني" for s, e in a.spans)
               for a in doc.actors), [(a.code, [doc.text[s:e] for s, e in a.spans]) for a in doc.actors]


def test_body_name_without_a_nationality_keeps_its_genitive_guard():
    # "مجلس النواب" is a role, not a named body ending with a nationality: the chain reads as before
    doc = full("وانتقد رئيس مجلس النواب الأمريكي الحكومة الصينية.", published_at="2025-04-02")
    assert find(doc, "111", "USALEG", "CHNGOV"), _codes(doc)


# 2. "يمكن أن / يحتمل أن + verb": a possibility, as "قد + imperfect" already was

def test_can_that_plus_imperfect_is_possible():
    doc = full("وقال مسؤول أمريكي إنه يمكن أن تفرض الولايات المتحدة عقوبات جديدة على إيران.", published_at="2025-04-02")
    # (session 37: a sanction its own state's official holds out as possible is that state's threat of it, 1312)
    evs = find(doc, "1312", "USA", "IRN")
    assert evs and all(e.modality == "possible" and not e.negated for e in evs), _codes(doc)


def test_likely_that_plus_imperfect_is_possible():
    doc = full("وقال الخبير إنه يحتمل أن تطرد فرنسا السفير الجزائري.", published_at="2025-04-02")
    evs = find(doc, "166", "FRA", "DZAGOV")
    assert evs and all(e.modality == "possible" for e in evs), _codes(doc)


def test_cannot_that_stays_a_rejection_not_a_possibility_guard():
    doc = full("وقال رئيس الوزراء العراقي إن بلاده لا يمكن أن تقبل بأي وجود عسكري تركي.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger.startswith("تقبل")]
    assert evs and all(e.cameo.startswith("12") and e.modality == "asserted" for e in evs), _codes(doc)


def test_qad_before_a_past_verb_stays_asserted_guard():
    doc = full("وقد التقى الرئيس المصري نظيره الفرنسي أمس في القاهرة.", published_at="2025-04-02")
    assert find(doc, "04", "EGYGOV", "FRAGOV", modality="asserted"), _codes(doc)


# 5. a headline that fits two body events is merged into the one it matches best (coding/retold.py)

_MALI = ("مقتل ثلاثة جنود ماليين في هجوم شمال البلاد\n\n"
         "باماكو - هاجم مسلحون مالي أمس في منطقة موبتي. وقال الجيش المالي إن مسلحين قتلوا ثلاثة جنود ماليين في "
         "كمين قرب مدينة غاو.")


def test_headline_victims_merge_into_the_body_event_with_the_same_victims():
    doc = full(_MALI, published_at="2025-04-02")
    told = {e.trigger: [doc.text[a:b] for a, b in e.also_spans] for e in doc.events if e.root in ("18", "19", "20")}
    assert told.get("قتلوا") == ["مقتل"] and told.get("هاجم") == [], told
    assert not any(e.segment_kind == "title" and e.root in ("18", "19", "20") for e in doc.events), told


def test_headline_fitting_two_equal_body_events_still_joins_both_guard():
    doc = full("الأردن يدين الاعتداء على السفارة الأردنية\n\n"
               "عمان - أدان الأردن اليوم الاعتداء. كما أدانت وزارة الخارجية الأردنية الهجوم على سفارة الأردن في "
               "الخرطوم.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.root == "11"]
    assert len(evs) == 1 and sorted(doc.text[a:b] for a, b in evs[0].also_spans) == ["أدان", "أدانت"], \
        [(e.cameo, e.trigger, e.also_spans) for e in evs]
