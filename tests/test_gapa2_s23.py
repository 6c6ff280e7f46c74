"""Session 23 GAPA2: a dateline with the place's country in brackets, a tribe named like the plural of a rank, a call to
"the two countries" after a sentence naming them, a conveyed verbal noun after a counterpart (our own sentences; see
marsad/data/coding/README.md, "Session 23, GAPA2")."""
from __future__ import annotations

import pytest

from tests.events_helpers import dump, full

# 1. "دير الزور (سوريا) -": a place, its country in brackets, a dash -- a dateline

@pytest.mark.parametrize("text,place,src", [
    ("شيوخ العشائر يطالبون بالإفراج عن المعتقلين\nالحسكة (سوريا) - طالب شيوخ العشائر الحكومة بالإفراج عن المعتقلين "
     "خلال اجتماع عقد أمس.", "الحسكة", "SYRCVL"),
    ("وجهاء الموصل يطالبون بالإفراج عن المعتقلين\nالموصل (العراق) - طالب شيوخ العشائر الحكومة بالإفراج عن المعتقلين "
     "قبل حلول العيد.", "الموصل", "IRQCVL"),
])
def test_dateline_with_bracketed_country(text, place, src):
    doc = full(text)
    assert (doc.meta.get("dateline") or {}).get("place") == place, dump(doc)
    ev = [e for e in doc.events if e.trigger == "طالب"]
    assert ev and ev[0].source_code == src, dump(doc)


@pytest.mark.parametrize("text,agency", [
    # guards: a person's name (not a place) before a bracketed country; a place of another country; an agency
    ("نتائج البطولة\nمحمد صلاح (مصر) - قال المدرب إن الفريق جاهز للمباراة.", None),
    ("شيوخ العشائر يطالبون\nحلب (العراق) - طالب شيوخ العشائر الحكومة بالإفراج عن المعتقلين.", None),
    ("شيوخ العشائر يطالبون\nعمان (رويترز) - طالب شيوخ العشائر الحكومة بالإفراج عن المعتقلين.", "Reuters"),
])
def test_guard_bracket_after_a_line_start(text, agency):
    doc = full(text)
    dl = doc.meta.get("dateline")
    if agency is None:
        assert dl is None, dump(doc)
    else:
        assert dl and dl.get("agency") == agency and "country" not in dl, dump(doc)


# 2. "العقيدات" (a tribe) is no plural of عقيد "colonel"

@pytest.mark.parametrize("text", [
    "اشتبك مسلحون من عشيرة العقيدات مع قوات سوريا الديمقراطية في ريف دير الزور.",
    "وهاجم أبناء العقيدات مقرا لقوات سوريا الديمقراطية في بلدة ذيبان.",
    "عقد شيوخ العقيدات اجتماعا مع قائد التحالف الدولي.",
])
def test_tribe_named_like_a_rank_plural_is_no_army(text):
    doc = full(text)
    at = text.index("العقيدات")
    assert not [a for a in doc.actors if a.role == "MIL" and any(s <= at < e for s, e in a.spans)], dump(doc)


@pytest.mark.parametrize("text,word", [
    ("قال العقيد أحمد السالم إن القوات تقدمت نحو المدينة.", "العقيد"),
    ("اعتقلت الشرطة العقيد المتقاعد في دمشق.", "العقيد"),
])
def test_guard_the_colonel_stays_military(text, word):
    doc = full(text)
    at = text.index(word)
    assert [a for a in doc.actors if a.role == "MIL" and any(s <= at < e for s, e in a.spans)], dump(doc)


# 3. "ودعت قطر البلدين إلى …" after a sentence naming the two countries: one call to each

@pytest.mark.parametrize("text,src,targets", [
    ("وقعت مصر والسودان اتفاقا للتعاون العسكري. ودعت الجامعة العربية البلدين إلى تنفيذه.", "IGOARBAGL",
     {"EGY", "SDN"}),
    ("اندلعت اشتباكات بين الجيش الأرمني والقوات الأذربيجانية على الحدود. ودعت روسيا البلدين إلى ضبط النفس.", "RUS",
     {"ARM", "AZE"}),
])
def test_call_to_the_two_countries(text, src, targets):
    doc = full(text)
    got = {e.target_code for e in doc.events if e.root == "02" and e.source_code == src}
    assert got == targets, dump(doc)


def test_guard_the_two_countries_with_no_pair_before_have_no_target():
    doc = full("ودعت قطر البلدين إلى تنفيذ الاتفاق.")
    assert [e.target_code for e in doc.events if e.root == "02"] == [None], dump(doc)


# 4. "أبلغ الوزير نظيره الفرنسي رفضه": the conveyed rejection is the conveyor's

@pytest.mark.parametrize("text,noun,src,tgt", [
    ("أبلغ وزير الخارجية الجزائري نظيره الفرنسي رفضه للتصريحات الأخيرة.", "رفضه", "DZAGOV", "FRAGOV"),
    ("وأبلغ وزير الخارجية المصري نظيره الإثيوبي رفض بلاده للتصريحات.", "رفض", "EGYGOV", "ETHGOV"),
])
def test_conveyed_rejection_to_a_counterpart(text, noun, src, tgt):
    doc = full(text)
    ev = [e for e in doc.events if e.trigger == noun and e.root == "12"]
    assert ev and (ev[0].source_code, ev[0].target_code) == (src, tgt), dump(doc)


def test_conveyed_rejection_and_warning_to_a_counterpart():
    doc = full("أبلغ وزير الخارجية القطري نظيره الإيراني رفض الدوحة للهجوم، محذرا من التصعيد.")
    got = {(e.trigger, e.source_code, e.target_code) for e in doc.events if e.trigger in ("رفض", "محذرا")}
    assert got == {("رفض", "QATGOV", "IRNGOV"), ("محذرا", "QATGOV", "IRNGOV")}, dump(doc)


@pytest.mark.parametrize("text,trigger,src", [
    # guards: a finite verb with a pronoun object keeps its subject; a reported verb after أن keeps the speaker's
    ("رفضه البرلمان الأردني بالإجماع.", "رفضه", "JORLEG"),
    ("أبلغ وزير الخارجية المصري نظيره الإثيوبي أن بلاده ترفض التصريحات.", "ترفض", "EGYGOV"),
])
def test_guard_verbs_keep_their_subject(text, trigger, src):
    doc = full(text)
    ev = [e for e in doc.events if e.trigger == trigger]
    assert ev and ev[0].source_code == src and ":masdar-pron" not in ev[0].rule, dump(doc)
