"""Session 26, AR1B: the rest of the Arabic leftovers of the thirteenth blind test (blind_s26), general causes, with our
own sentences: a verb's preposition after an adjunct aside between commas ("، في ختام …،")."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-05-02"


# 1. an adjunct or time aside between commas does not end the search for the verb's preposition
@pytest.mark.parametrize("text, cameo, source", [
    ("اتفق ممثلو الحكومة السودانية وقوات الدعم السريع أمس الأحد، في ختام ثلاثة أيام من المحادثات في مدينة جدة برعاية "
     "سعودية وأمريكية، على هدنة إنسانية جديدة.", "03", "SDNGOV"),
    ("اتفق وزيرا خارجية مصر والسودان، على هامش اجتماعات الجامعة العربية في القاهرة، على تنسيق المواقف بشأن سد النهضة.",
     "03", "EGYGOV"),
    ("دعا وزير الخارجية الفرنسي، خلال مؤتمر صحفي مشترك مع نظيره الألماني في باريس، إلى وقف فوري للقتال في السودان.",
     "02", "FRAGOV"),
    ("دعا الرئيس التونسي، اليوم الأحد، إلى حوار وطني شامل.", "02", "TUNGOV"),
])
def test_preposition_after_an_aside(text, cameo, source):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, source), dump(doc)


# guards: a comma that opens no aside, or an aside followed by a conjoined clause, still ends the search
@pytest.mark.parametrize("text, absent", [
    ("اتفق وزيرا خارجية مصر والسودان، على هامش اجتماعات الجامعة العربية، وعلى تنسيق المواقف.", "03"),
    ("دعا الرئيس التونسي نظيره الجزائري، وتوجه الوفد إلى القاهرة.", "02"),
])
def test_guard_no_aside(text, absent):
    doc = full(text, published_at=PUB)
    assert not find(doc, absent), dump(doc)


# 3. "the two delegations" received / met: the two parties of the story's nearest earlier event between two actors
# (one country's two sides too)
@pytest.mark.parametrize("text, source, targets", [
    ("اتفق وفدا الحكومة السودانية وقوات الدعم السريع في جدة على هدنة إنسانية جديدة. واستقبل وزير الخارجية السعودي "
     "فيصل بن فرحان الوفدين في مستهل المحادثات.", "SAUGOV", {"SDNGOV", "SDNREB"}),
    ("بدأت في الدوحة محادثات بين الحكومة الأفغانية وحركة طالبان. واستقبل أمير قطر الوفدين في الديوان الأميري.",
     "QATGOV", {"AFGGOV", "AFGREB"}),
])
def test_two_delegations_received(text, source, targets):
    doc = full(text, published_at=PUB)
    got = {e.target_code for e in find(doc, "04", source)}
    assert got == targets, dump(doc)


# guards: "the two sides" received, and the delegations with no earlier pair, keep no target
@pytest.mark.parametrize("text", [
    "اتفقت مصر والسودان على تنسيق المواقف. واستقبل الرئيس الإريتري الطرفين في أسمرة.",
    "وصل وفدا الحكومة اليمنية والحوثيين إلى مسقط أمس. وقال مسؤول عماني إن الوزير التقى الوفدين في مقر الوزارة.",
])
def test_guard_guests_without_pair(text):
    doc = full(text, published_at=PUB)
    assert all(not e.target_code for e in find(doc, "04")), dump(doc)


# 2. "قادة" + a country's name are the state's leaders (GOV); "القادة / الزعماء الثلاثة" after three states named
# together are the three, a mutual act among them one event per pair
def test_leaders_of_three_states_agree():
    doc = full("عقد قادة الكويت وقطر والبحرين أمس الاثنين في الكويت قمة ثلاثية. واتفق القادة الثلاثة في ختام القمة على "
               "تشكيل لجنة مشتركة للتعاون الاقتصادي.", published_at=PUB)
    assert find(doc, "04", "KWTGOV"), dump(doc)
    pairs = {(e.source_code, e.target_code) for e in find(doc, "03")}
    assert pairs == {("KWT", "QAT"), ("QAT", "BHR"), ("BHR", "KWT")}, dump(doc)


def test_three_leaders_meet_a_host():
    doc = full("وصل رؤساء فرنسا وألمانيا وإيطاليا إلى كييف أمس. واجتمع الزعماء الثلاثة مع الرئيس الأوكراني.",
               published_at=PUB)
    assert {e.source_code for e in find(doc, "04", tgt="UKRGOV")} == {"FRA", "DEU", "ITA"}, dump(doc)


# guards: the army's commanders and military commanders stay MIL
@pytest.mark.parametrize("text, source", [
    ("اجتمع قادة الجيش العراقي في بغداد لبحث خطط الانتشار.", "IRQMIL"),
    ("التقى قادة عسكريون عراقيون بنظرائهم الأتراك في أنقرة.", "IRQMIL"),
])
def test_guard_military_leaders(text, source):
    doc = full(text, published_at=PUB)
    assert find(doc, "04", source), dump(doc)
