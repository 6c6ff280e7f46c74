"""Session 17, LFT: leftovers of ARG and DSN -- the denied meeting's sides, a past "لم توقع" is the negated act, the
partner of "بحث معه", an English denial's content ends at "and" + a new verb of the same subject.  Own sentences;
each rule has a near-miss guard."""
from __future__ import annotations

from tests.events_helpers import find, full


def _codes(doc):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.negated, e.modality) for e in doc.events]


# 1. "نفى أن يكون قد التقى نظيره": the copula / pronoun before the mutual verb is its subject (the speaker); the
#    counterpart after the verb is the one met (the svo rule of the reported clause, now for mutual verbs too)

def test_denied_meeting_with_counterpart_speaker_is_source():
    doc = full("ونفى وزير الخارجية الأردني أن يكون قد التقى نظيره الإسرائيلي في باريس.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger == "التقى"]
    assert evs and all(e.negated for e in evs), _codes(doc)
    assert [(e.source_code, e.target_code) for e in evs] == [("JORGOV", "ISRGOV")], _codes(doc)


def test_denied_meeting_after_pronoun_that():
    doc = full("نفى رئيس الوزراء العراقي أنه التقى نظيره التركي خلال زيارته الأخيرة.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger == "التقى"]
    assert [(e.source_code, e.target_code, e.negated) for e in evs] == [("IRQGOV", "TURGOV", True)], _codes(doc)


def test_reported_meeting_with_counterpart_after_pronoun():
    doc = full("وقال وزير الخارجية المغربي إنه سيلتقي نظيره الإسباني في مدريد.", published_at="2025-04-02")
    assert find(doc, "036", "MARGOV", "ESPGOV"), _codes(doc)
    assert not find(doc, "036", "ESPGOV", None), _codes(doc)


def test_named_subject_before_the_verb_in_denied_clause_guard():
    # the subject is named between the copula and the verb: it meets, the speaker does not
    doc = full("ونفى وزير الخارجية الأردني أن يكون نظيره الإسرائيلي قد التقى الرئيس السوري.",
               published_at="2025-04-02")
    assert find(doc, "040", "ISRGOV", "SYRGOV", negated=True), _codes(doc)
    assert not find(doc, "040", "JORGOV", "*"), _codes(doc)


# 2. a past act negated by لم is the act, negated (not a refusal, 12x): the `neg` rows of recode.tsv read only a
#    refusal stated now (لن، لا + imperfect) -- لم carries the cue value `past` (cues_ar.tsv)

def test_past_unsigned_agreement_is_a_negated_agreement():
    doc = full("ولم توقع الحكومة العراقية أي اتفاق مع تركيا بشأن تقاسم المياه.", published_at="2025-04-02")
    assert find(doc, "057", "IRQGOV", "TUR", negated=True), _codes(doc)
    assert not any(e.cameo.startswith("12") for e in doc.events), _codes(doc)


def test_past_meeting_that_did_not_happen_is_a_negated_meeting():
    doc = full("ولم يلتق الرئيس التونسي نظيره الجزائري خلال القمة.", published_at="2025-04-02")
    assert find(doc, "040", "TUNGOV", "DZAGOV", negated=True), _codes(doc)
    assert not any(e.cameo.startswith("12") for e in doc.events), _codes(doc)


def test_past_release_not_made_is_a_negated_release():
    doc = full("ولم تفرج السلطات الإيرانية عن الصحفي الفرنسي حتى الآن.", published_at="2025-04-02")
    assert find(doc, "0841", "IRNGOV", "FRAMED", negated=True), _codes(doc)


def test_refusal_stated_with_lan_stays_a_refusal_guard():
    doc = full("ولن تفرج السلطات الإيرانية عن الصحفي الفرنسي.", published_at="2025-04-02")
    assert find(doc, "1243", "IRNGOV", "FRAMED", negated=False), _codes(doc)
    doc = full("وقال رئيس الوزراء العراقي إن بلاده لن توقع أي اتفاق مع تركيا.", published_at="2025-04-02")
    assert find(doc, "120", "IRQGOV", "TUR", negated=False), _codes(doc)


# 3. the partner of "وبحث معه": the person or body named before (discuss_topic_ar.partner)

def test_discussed_with_him_partner_in_the_sentence_before():
    doc = full("ووصل الرئيس الفلسطيني إلى القاهرة مساء أمس. وبحث معه الرئيس المصري جهود التهدئة في غزة.",
               published_at="2025-04-02")
    assert find(doc, "040", "EGYGOV", "PSEGOV") and find(doc, "040", "PSEGOV", "EGYGOV"), _codes(doc)
    ev = find(doc, "040", "EGYGOV", "PSEGOV")[0]
    assert doc.text[ev.target_span[0]:ev.target_span[1]] == "الرئيس الفلسطيني", ev.target_span


def test_discussed_with_him_after_hosting_the_visitor():
    doc = full("واستقبل ولي العهد السعودي رئيس الوزراء الباكستاني في الرياض. وبحث معه العلاقات الثنائية.",
               published_at="2025-04-02")
    assert find(doc, "040", "SAUGOV", "PAKGOV") and find(doc, "040", "PAKGOV", "SAUGOV"), _codes(doc)


def test_discussed_with_him_joined_to_a_meeting_takes_the_meeting_subject():
    doc = full("والتقى وزير الخارجية السعودي نظيره البريطاني في لندن، وبحث معه التطورات في اليمن.",
               published_at="2025-04-02")
    assert not any(e.source_code is None or e.target_code is None for e in doc.events), _codes(doc)
    assert find(doc, "040", "SAUGOV", "GBRGOV") and find(doc, "040", "GBRGOV", "SAUGOV"), _codes(doc)


def test_subject_before_discussed_with_him_is_no_partner_guard():
    # no conjunction: the actor right before بحث is its subject, not the one the pronoun stands for
    doc = full("وقال مصدر مطلع إن الوزير بحث معه ملف الأسرى.", published_at="2025-04-02")
    assert not any(e.cameo.startswith("04") and e.target_code == "GOV" for e in doc.events), _codes(doc)


def test_topic_after_with_him_is_no_subject_guard():
    # "أمن الحدود" after معه is a topic (no person): the subject stays the meeting's, the topics are no parties
    doc = full("والتقى العاهل الأردني الرئيس الفرنسي في عمان، وبحث معه أمن الحدود وعودة اللاجئين.",
               published_at="2025-04-02")
    assert not any("COP" in (e.source_code or "", e.target_code or "") for e in doc.events), _codes(doc)
    assert find(doc, "040", "JORGOV", "FRAGOV") and find(doc, "040", "FRAGOV", "JORGOV"), _codes(doc)


# 4. English: a denied object with no clause of its own ends at "and" + a new verb (stages/quotes._english_quote,
#    coding/denied_reports): the denier's next act is not denied

def test_denied_charges_and_was_fined_is_not_negated():
    doc = full("The driver denied the charges and was fined 500 dollars by the court.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger == "fined"]
    assert evs and not any(e.negated for e in evs), _codes(doc)


def test_denied_accusations_and_resigned_is_not_negated():
    doc = full("The police chief denied the accusations and resigned on Friday.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger == "resigned"]
    assert evs and not any(e.negated for e in evs), _codes(doc)


def test_denied_clause_with_a_second_verb_stays_denied_guard():
    # a that-clause: "and killed" may be the troops' act, inside the denial (unchanged)
    doc = full("The army denied that its troops attacked the village and killed civilians.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger == "attacked"]
    assert evs and all(e.negated for e in evs), _codes(doc)


def test_denied_nouns_joined_by_and_stay_denied_guard():
    doc = full("The group denied the attacks and killings in the north.", published_at="2025-04-02")
    evs = [e for e in doc.events if e.trigger == "attacks"]
    assert evs and all(e.negated for e in evs), _codes(doc)


# 3b. "وصل X إلى …، والتقى Y، وبحث معه": the meeting verb joined after a comma with no object pronoun goes on with
#     the first verb's subject; Y is met (conj_clause.opening_subject), and the discussion with him is the same meeting

def test_joined_meeting_after_arrival_is_the_visitor_meeting():
    doc = full("ووصل وزير الخارجية المصري إلى الرياض أمس في زيارة رسمية، والتقى ولي العهد السعودي، وبحث معه الأوضاع "
               "في السودان.", published_at="2025-04-02")
    assert find(doc, "040", "EGYGOV", "SAUGOV") and find(doc, "040", "SAUGOV", "EGYGOV"), _codes(doc)
    assert len([e for e in doc.events if e.cameo == "040"]) == 2, _codes(doc)
    assert find(doc, "042", "EGYGOV"), _codes(doc)   # the visit stays an event of its own


def test_joined_meeting_with_object_pronoun_guard():
    # "والتقاه": the pronoun is the visitor, the actor after the verb is the subject -- not read as the object
    doc = full("ووصل وزير الخارجية المصري إلى الرياض أمس في زيارة رسمية، والتقاه ولي العهد السعودي في قصر اليمامة.",
               published_at="2025-04-02")
    assert not find(doc, "040", "EGYGOV", "SAUGOV"), _codes(doc)


def test_subject_of_the_opening_verb_is_no_partner_guard():
    # the minister hosts and discusses; the delegation is no actor here, so no partner is named: no event rather than
    # the minister meeting himself
    doc = full("كما استقبل وزير الداخلية المغربي وفدا من رجال الأعمال، وبحث معه سبل تسهيل الاستثمار.",
               published_at="2025-04-02")
    assert not any(e.trigger == "وبحث" for e in doc.events), _codes(doc)


def test_past_negation_then_refusal_stated_now_guard():
    # "لم تسع … ولن تقبل": the nearest particle (لن) states a refusal now -- still a rejection
    doc = full('وأضاف المتحدث أن فرنسا "لم تسع إلى التصعيد ولن تقبل بتهديد موظفيها".', published_at="2025-04-02")
    assert any(e.cameo == "120" and e.trigger == "تقبل" and not e.negated for e in doc.events), _codes(doc)
