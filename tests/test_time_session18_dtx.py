"""Session 18, DTX: event dates.  The lead's day for undated events after the lead; a re-anchored English result
participle dated on its main verb; "last <weekday>" on the day the story calls "yesterday" is a week earlier.
Own sentences; each rule has a near-miss guard."""
from __future__ import annotations

from tests.events_helpers import full

# 2025-04-16 is a Wednesday: "أمس الثلاثاء" / "on Tuesday" is 2025-04-15.
_PUB = "2025-04-16"


def _dates(doc, trigger_part):
    return {e.date for e in doc.events if trigger_part in e.trigger}


def _show(doc):
    return [(e.cameo, e.trigger, e.date, e.date_basis, e.sentence) for e in doc.events]


def test_undated_body_event_takes_the_lead_day_arabic():
    doc = full("الرباط - 16 أبريل -\n\n"
               "اتفق وزيرا الخارجية المغربي والموريتاني أمس الثلاثاء على فتح معبر حدودي جديد.\n\n"
               "وقالت الخارجية المغربية في بيان إن الوزيرين عقدا اجتماعا في مدينة الداخلة.\n\n"
               "وأشاد الوزير الموريتاني بتعاون الجانب المغربي في تأمين الحدود.", published_at=_PUB)
    assert _dates(doc, "اجتماع") == {"2025-04-15"}, _show(doc)
    assert _dates(doc, "وأشاد") == {"2025-04-15"}, _show(doc)


def test_undated_body_event_takes_the_lead_day_english():
    doc = full("Kenya's foreign minister met his Somali counterpart in Nairobi on Tuesday to discuss border security.\n\n"
               "The Somali minister praised Kenya's help in training border police.", published_at=_PUB)
    assert _dates(doc, "praised") == {"2025-04-15"}, _show(doc)


def test_lead_dated_long_before_publication_is_not_spread_guard():
    # the lead's date is a month before publication: no story day, the undated event keeps the publication day
    doc = full("Kenya's foreign minister met his Somali counterpart in Nairobi on March 3 to discuss border security.\n\n"
               "The Somali minister praised Kenya's help in training border police.", published_at=_PUB)
    assert _dates(doc, "praised") == {_PUB}, _show(doc)


def test_sentence_with_a_date_of_its_own_keeps_it_guard():
    doc = full("اتفق وزيرا الخارجية المغربي والموريتاني أمس الثلاثاء على فتح معبر حدودي جديد.\n\n"
               "وأشاد الوزير الموريتاني اليوم بتعاون الجانب المغربي في تأمين الحدود.", published_at=_PUB)
    assert _dates(doc, "وأشاد") == {_PUB}, _show(doc)


def test_result_participle_re_anchored_is_dated_on_its_verb():
    # (the participle stands far from "a day after": only the main verb's date is counted back)
    doc = full("Ghana closed its border with Togo on Wednesday, a day after soldiers from the two countries exchanged "
               "fire near a disputed cocoa farm on the edge of the northern Volta district, killing a Ghanaian soldier "
               "and a Togolese farmer.", published_at=_PUB)
    assert _dates(doc, "exchanged") == {"2025-04-15"}, _show(doc)
    assert _dates(doc, "closed") == {_PUB}, _show(doc)


def test_result_participle_without_days_after_keeps_the_clause_date_guard():
    doc = full("Ghana closed its border with Togo on Wednesday after soldiers from the two countries exchanged "
               "fire near a disputed cocoa farm on the edge of the northern Volta district, killing a Ghanaian soldier "
               "and a Togolese farmer.", published_at=_PUB)
    assert _dates(doc, "exchanged") == {_PUB}, _show(doc)


_RULING = ("وكانت المحكمة العليا قد قضت الثلاثاء الماضي ببطلان قرار الحكومة. "
           "وتم استدعاء السفير في اليوم التالي، وسلم مذكرة احتجاج.")


def test_last_weekday_is_the_week_before_when_the_story_calls_that_day_yesterday():
    doc = full("هددت الحكومة أمس الثلاثاء باللجوء إلى مجلس الأمن بعد الحكم.\n\n" + _RULING, published_at=_PUB)
    refs = {r.text: r.value for r in doc.timerefs}
    assert refs.get("الثلاثاء الماضي") == "2025-04-08", refs
    assert refs.get("في اليوم التالي") == "2025-04-09", refs


def test_last_weekday_without_yesterday_is_yesterday_guard():
    doc = full("هددت الحكومة باللجوء إلى مجلس الأمن بعد الحكم.\n\n" + _RULING, published_at=_PUB)
    refs = {r.text: r.value for r in doc.timerefs}
    assert refs.get("الثلاثاء الماضي") == "2025-04-15", refs


def test_date_in_a_closed_arabic_relative_clause_is_not_the_main_verbs():
    doc = full("أعربت قطر، التي استضافت العام الماضي محادثات بين الطرفين، عن قلقها ودعت إلى وقف القتال.",
               published_at=_PUB)
    assert _dates(doc, "ودعت") == {_PUB}, _show(doc)


def test_open_arabic_relative_clause_keeps_its_date_for_the_saying_guard():
    doc = full("وقال رئيس الحكومة الذي يرأس التحالف أمس إن بلاده ترفض الاتفاق.", published_at=_PUB)
    assert _dates(doc, "ترفض") == {"2025-04-15"}, _show(doc)


def test_headline_agreement_is_the_bodys_signing():
    doc = full("Kenya and Ethiopia agree to expand cross-border trade\n\n"
               "NAIROBI, April 16 -\n\n"
               "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday, and the two "
               "governments signed an agreement to expand trade across their shared border.", published_at=_PUB)
    rows = [(e.cameo, e.source_country, e.target_country, e.segment_kind) for e in doc.events]
    assert not [r for r in rows if r[0] == "030"], rows
    signed = [e for e in doc.events if e.cameo == "057"]
    assert {(e.source_country, e.target_country) for e in signed} == {("KEN", "ETH"), ("ETH", "KEN")}, rows
    assert all(":retold" in e.rule for e in signed), rows


def test_headline_agreement_of_another_pair_stays_guard():
    doc = full("Kenya and Somalia agree to reopen border crossings\n\n"
               "NAIROBI, April 16 -\n\n"
               "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday, and the two "
               "governments signed an agreement to expand trade across their shared border.", published_at=_PUB)
    rows = [(e.cameo, e.source_country, e.target_country, e.segment_kind) for e in doc.events]
    assert [r for r in rows if r[0] == "030" and r[3] == "title"], rows
