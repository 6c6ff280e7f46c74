"""Session 18, B5AC: actor causes of the fifth blind test (our own sentences; each rule with a guard)."""
from __future__ import annotations

from events_helpers import find, full, show


# 1. a definite country-less title / body = the one country's actor named before with the same words (actors.py)

def test_en_the_foreign_minister_after_a_named_one_is_of_that_country():
    doc = full("Brazil's foreign minister summoned Paraguay's ambassador on Monday over the seizure of a cargo ship. "
               "\"This is unacceptable,\" the foreign minister told reporters after the meeting. "
               "The ambassador rejected the complaint.", published_at="2025-04-08")
    assert find(doc, "114", "BRAGOV", "PRYGOV"), show(doc)
    ev = find(doc, "120")
    assert ev and ev[0].source_code == "PRYGOV", show(doc)


def test_en_the_ministry_after_a_named_ministry_is_of_that_country():
    doc = full("Peru's foreign ministry condemned the arrest of two fishermen in a statement on Friday. "
               "On Saturday the ministry summoned Ecuador's charge d'affaires in Lima.", published_at="2025-04-13")
    ev = find(doc, "114")
    assert ev and ev[0].source_code == "PERGOV" and ev[0].target_country == "ECU", show(doc)


def test_en_the_ambassador_after_ambassadors_of_two_countries_stays_countryless_guard():
    doc = full("Brazil's ambassador and Paraguay's ambassador met in Asuncion on Monday. "
               "The ambassador rejected the complaint.", published_at="2025-04-08")
    cut = doc.text.index("The ambassador")
    bare = [a for a in doc.actors if any(s >= cut for s, _ in a.spans)]
    assert bare and all(a.country is None for a in bare), [(a.code, a.spans) for a in doc.actors]
    assert all(":src-prev-country" in e.rule for e in find(doc, "120") if e.source_code)   # (not the anaphora)


# 2a. '"…. …," he told reporters on the sidelines of …': the sentence that opened the quotation is the speaker's too

def test_en_quote_opened_in_the_sentence_before_its_speaker_takes_that_speaker():
    doc = full("The Kenyan president said on Friday that Nairobi would not back down. "
               "\"We are asking the government of Uganda to withdraw its troops from the island. We want a fair "
               "solution,\" he told reporters on the sidelines of a meeting with farmers in Kisumu.",
               published_at="2025-05-10")
    ev = find(doc, "020")
    assert ev and ev[0].source_code == "KENGOV" and ev[0].target_code == "UGAGOV", show(doc)


def test_en_quote_opened_and_closed_by_the_writer_sentence_takes_no_speaker_guard():
    doc = full("The Kenyan president said on Friday that Nairobi would not back down. "
               "\"We are asking the government of Uganda to withdraw its troops from the island. "
               "Traders in Kisumu closed their shops on Saturday.", published_at="2025-05-10")
    ev = find(doc, "020")
    assert ev and ev[0].source_code is None, show(doc)


# 2b. an Arabic sentence-opening joined verb with no subject = the speaker of the sentence before (elided_subject_ar)

def test_ar_elided_subject_after_the_speaker_sentence():
    doc = full("وقال الرئيس الجزائري عبد المجيد تبون في مؤتمر صحفي إن العلاقات مع تونس \"متينة\". "
               "وأشاد بموقف تونس من الأزمة في ليبيا.", published_at="2025-03-02")
    ev = find(doc, "051")
    assert ev and ev[0].source_code == "DZAGOV" and ":elided" in ev[0].rule, show(doc)


def test_ar_elided_subject_with_the_object_right_after_the_verb():
    doc = full("وقال المتحدث باسم الحكومة الإثيوبية في مؤتمر صحفي إن بلاده لن تقبل التهديد. "
               "ودعا القاهرة إلى الحوار.", published_at="2025-03-02")
    ev = find(doc, "020")
    assert ev and ev[0].source_country == "ETH" and ev[0].target_country == "EGY", show(doc)


def test_ar_verb_with_an_unknown_subject_noun_keeps_no_source_guard():
    doc = full("وقال الرئيس الجزائري عبد المجيد تبون في مؤتمر صحفي إن العلاقات مع تونس \"متينة\". "
               "وأشاد مراقبون بموقف تونس من الأزمة في ليبيا.", published_at="2025-03-02")
    assert not any(":elided" in e.rule for e in doc.events), show(doc)


def test_ar_feminine_verb_after_a_male_speaker_keeps_no_source_guard():
    doc = full("وقال الرئيس الجزائري عبد المجيد تبون في مؤتمر صحفي إن العلاقات مع تونس \"متينة\". "
               "وأشادت بموقف تونس من الأزمة في ليبيا.", published_at="2025-03-02")
    assert not any(":elided" in e.rule for e in doc.events), show(doc)


# 4. "وقالت الوزارة إن … . وطالبت باماكو بفتح تحقيق": the capital is the addressee (capital_addressee.py)

def test_ar_capital_after_sentence_opening_demand_is_the_addressee():
    doc = full("وقالت وزارة الخارجية النيجرية إن جنودا تشاديين أطلقوا النار على رعاة قرب الحدود. "
               "وطالبت نجامينا بفتح تحقيق عاجل.", published_at="2025-03-02")
    ev = find(doc, "10")
    assert ev and ev[0].source_country == "NER" and ev[0].target_country == "TCD", show(doc)


def test_ar_capital_demand_opening_the_first_sentence_is_unchanged_guard():
    doc = full("وطالبت نجامينا بفتح تحقيق عاجل في الهجوم على الرعاة.", published_at="2025-03-02")
    ev = find(doc, "10")
    assert ev and ev[0].source_country == "TCD", show(doc)


# 3. "بعد ساعات" between a clash verb's subject and its مع partner is a time adverb, no clause (events._boundaries)

def test_ar_clash_partner_after_a_time_lapse_adverb():
    doc = full("واشتبكت قوات من الجيش الليبي بعد ساعات مع مسلحين من تنظيم الدولة قرب مدينة سبها.", published_at="2025-03-02")
    ev = find(doc, "19")
    assert ev and any(e.source_country == "LBY" and e.target_code for e in ev), show(doc)


def test_ar_lapse_before_min_still_opens_a_clause_guard():
    doc = full("وقد أطلق سراح السائق بعد ساعتين من الاختطاف.", published_at="2025-03-02")
    assert not any(e.cameo.startswith("18") and e.source_code for e in doc.events), show(doc)


# 2c. "X, speaking to reporters …, accused Y": the subject before a participle parenthetical (cues_en.tsv appos)

def test_en_subject_before_speaking_parenthetical_keeps_its_verb_not_the_inner_actor():
    doc = full("Peru's interior minister, speaking after talks with Bolivia's president, accused Chile of arming "
               "smugglers.", published_at="2025-03-02")
    ev = find(doc, "112")
    assert ev and ev[0].source_code == "PERGOV" and ev[0].target_country == "CHL", show(doc)


# 3b. the partner after مع in a threatened clause is the threat's target (threat_partner_ar.py)

def test_ar_threat_to_review_cooperation_with_a_capital_targets_it():
    doc = full("وحذر وزير الخارجية الجزائري من أن بلاده ستراجع اتفاقيات التعاون مع مدريد إذا استمرت الحملة.",
               published_at="2025-03-02")
    ev = find(doc, "13")
    assert ev and ev[0].source_country == "DZA" and ev[0].target_country == "ESP", show(doc)


def test_ar_threat_with_no_actor_after_ma_keeps_no_target_guard():
    doc = full("وحذر وزير الخارجية الجزائري من أن التعاون مع الجيران سيتراجع إذا استمرت الحملة على الجزائر.",
               published_at="2025-03-02")
    ev = find(doc, "13")
    assert ev and ev[0].target_code is None, show(doc)


# 4b. "انتقد نائب عن حزب X": the MP speaks for the party (member_of_ar.py)

def test_ar_mp_for_a_party_is_the_party():
    doc = full("وانتقد نائب عن حزب الشعب الجمهوري المعارض الحكومة التركية بسبب الاتفاق.", published_at="2025-03-02")
    ev = find(doc, "111")
    assert ev and ev[0].source_country == "TUR" and ":member-of" in ev[0].rule, show(doc)


def test_ar_deputy_head_of_a_party_without_preposition_is_not_read_guard():
    doc = full("وانتقد نائب رئيس حزب الشعب الجمهوري الحكومة التركية بسبب الاتفاق.", published_at="2025-03-02")
    assert not any(":member-of" in e.rule for e in doc.events), show(doc)
