"""Session 24, PREC: extra events of the older gold files, general causes, with our own sentences: a word that modifies
a noun or is an adjective read as an act ("murder cases", "dating back", "percent funded", "ethnically targeted"), the
anonymity formula "not authorised to speak" read as a rejection, the talks an anonymous source is "familiar with" /
"مطلع على" read as a meeting, and the summit of "البيان الختامي لقمتهم" read as a meeting beside the call it issued.
Guards: the real acts of the same shape stay."""
from __future__ import annotations

from events_helpers import full


def _trig(doc) -> set:
    return {(e.cameo, e.trigger.lower()) for e in doc.events}


def _words(doc) -> set:
    return {e.trigger.lower() for e in doc.events}


# --- 1. a noun modifier or an adjective (noun_compound_en.tsv rows)

def test_murder_cases_dating_back_is_no_act():
    doc = full("Police in Lille detained 12 men on Tuesday in operations that prosecutors said were linked to murder "
               "cases dating back more than 15 years.")
    assert not {"murder", "back"} & _words(doc)
    assert any(e.cameo.startswith("17") and e.trigger == "detained" for e in doc.events)


def test_guard_murder_as_a_verb_stays():
    doc = full("Prosecutors said the brothers had planned to murder the judge.")
    assert "murder" in _words(doc)


def test_guard_back_a_resolution_stays():
    doc = full("Washington said it would back the resolution on Gaza.")
    assert "back" in _words(doc)


def test_percent_funded_is_no_aid():
    doc = full("The United Nations appealed for $400 million for Sudan, an appeal that is less than 20 percent funded.")
    assert "funded" not in _words(doc)
    assert any(e.root == "02" for e in doc.events)


def test_guard_funded_the_militia_stays():
    doc = full("Iran funded the militia for years, the report said.")
    assert "funded" in _words(doc)


def test_ethnically_targeted_is_an_adjective():
    doc = full('The foreign ministry described the arrests as "ethnically targeted".')
    assert ("190", "targeted") not in _trig(doc)


def test_guard_deliberately_targeted_stays():
    doc = full("Russian drones deliberately targeted the power station in Kharkiv, Ukraine said.")
    assert "targeted" in _words(doc)


# --- 2. the anonymity formula "not authorised to speak" (anonymity.tsv rows)

def test_not_authorised_to_speak_is_no_rejection():
    doc = full("A senior official, who was not authorised to speak publicly, said the negotiations had stalled.")
    assert "authorised" not in _words(doc)


def test_guard_not_authorised_to_sign_stays():
    doc = full("The official said he was not authorised to sign the agreement.")
    assert "authorised" in _words(doc)


# --- 3. the talks a source knows of (setting.py kind familiar)

def test_source_familiar_with_the_talks_is_no_meeting():
    doc = full("Tariq Saleh, a source familiar with the talks, said the sides were close to a deal.")
    assert not any(e.root == "04" for e in doc.events)


def test_arabic_source_familiar_with_the_talks_is_no_meeting():
    doc = full("وقال مصدر مطلع على المحادثات إن الطرفين رفضا المقترح.")
    assert not any(e.root == "04" for e in doc.events)
    assert any(e.root == "12" for e in doc.events)


def test_guard_talks_held_stay():
    doc = full("The two foreign ministers held talks in Geneva on Monday.")
    assert any(e.cameo == "046" for e in doc.events)
    doc = full("وأجرى الوزيران محادثات في جنيف يوم الاثنين.")
    assert any(e.root == "04" for e in doc.events)


# --- 4. the summit of a final statement (setting_ar_en.tsv occasion الختامي)

def test_summit_of_a_final_statement_is_the_setting_of_the_call():
    doc = full("دعا القادة الأفارقة في البيان الختامي لقمتهم في أديس أبابا رواندا إلى سحب قواتها من الحدود.")
    assert not any(e.cameo == "040" for e in doc.events)
    assert any(e.root == "02" and e.trigger == "دعا" for e in doc.events)


def test_guard_final_statement_of_the_summit_alone_keeps_the_summit():
    doc = full("واختتمت في أديس أبابا أمس قمة القادة الأفارقة.")
    assert any(e.root == "04" for e in doc.events)
