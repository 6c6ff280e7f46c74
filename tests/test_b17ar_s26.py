"""Session 26, B17AR: Arabic causes of the seventeenth blind test, fixed in general (our own sentences)."""
from __future__ import annotations

import pytest

from tests.events_helpers import dump, find, full


# ----------------------------------------------------------------------------- 1. خلال اجتماع عقده A مع B
@pytest.mark.parametrize("text,src,tgt", [
    ("وقع البلدان اتفاقية للتعاون الأمني خلال لقاء أجراه الرئيس التونسي مع وزير الخارجية الجزائري أمس.",
     "TUNGOV", "DZAGOV"),
    ("واتفق البلدان على استئناف الرحلات الجوية خلال اجتماع عقده وزير الخارجية المصري مع نظيره السوداني في القاهرة.",
     "EGYGOV", "SDNGOV"),
])
def test_meeting_with_its_own_relative_clause_is_coded(text, src, tgt):
    doc = full(text)
    assert find(doc, "04", src, tgt), dump(doc)


def test_guard_bare_occasion_meeting_stays_a_setting():
    # no relative clause: the meeting is only the occasion of the condemnation
    doc = full("وأدان وزير الخارجية السعودي الغارات خلال اجتماع مع نظيره الأردني.")
    assert not find(doc, "04"), dump(doc)


# ----------------------------------------------------------------------------- 2. استقبال X Y: host and guest
@pytest.mark.parametrize("text,src,tgt", [
    ("وجاءت الزيارة بعد استقبال الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة.", "EGYGOV", "USAGOV"),
    ("وأكد الوزير خلال استقبال الرئيس التونسي وفدا جزائريا أمس أهمية التعاون.", "TUNGOV", "DZA"),
])
def test_reception_masdar_host_and_guest(text, src, tgt):
    doc = full(text)
    assert find(doc, "043", src, tgt), dump(doc)


@pytest.mark.parametrize("text", [
    "وأعلنت ألمانيا استقبال ألف لاجئ سوري.",
    "وأقامت السفارة الفرنسية حفل استقبال بمناسبة العيد الوطني.",
    "وتم استقبال الرئيس الفرنسي في المطار من قبل وزير الخارجية.",
])
def test_guard_reception_masdar_without_host_and_guest(text):
    doc = full(text)
    assert not find(doc, "043"), dump(doc)


def test_days_after_phrase_in_an_undated_sentence_counts_back_from_the_publication_day():
    doc = full("ويأتي المؤتمر بعد يومين من استقبال أمير قطر الرئيس الفرنسي في الدوحة.", published_at="2024-03-10")
    ev = find(doc, "043")
    assert ev and ev[0].date == "2024-03-08", dump(doc)


def test_guard_days_after_phrase_with_a_dated_clause_counts_from_that_date():
    doc = full("وأغلقت السلطات المعبر يوم الثلاثاء بعد يوم من اشتباكات بين حرس الحدود ومهربين.", published_at="2024-03-10")
    ev = find(doc, "19") or find(doc, "18")
    assert ev and ev[0].date == "2024-03-04", dump(doc)


# ----------------------------------------------------------------------------- 3. an unnamed official of a group
@pytest.mark.parametrize("text,src", [
    ("أعلنت حركة حماس رفضها للمقترح. وهدد مسؤول بالحركة بالانسحاب من المفاوضات.", "PSEREB"),
    ("نددت جبهة البوليساريو بالقرار. وهدد مسؤول في الجبهة بالتصعيد ضد موريتانيا.", "DZAREB"),
])
def test_unnamed_official_of_a_group_named_before(text, src):
    doc = full(text)
    assert find(doc, "13", src), dump(doc)


def test_guard_official_responsible_for_is_no_member():
    # "مسؤول عن" is "responsible for": the body after عن is not the official's
    doc = full("وانتقد مسؤول عن الملف الحكومة العراقية أمس.")
    assert not find(doc, "11", "IRQGOV", "IRQGOV"), dump(doc)


def test_military_adjective_after_a_thing_noun_is_no_actor():
    doc = full("وهددت الجماعة باعتبار السفن الأجنبية هدفا عسكريا مشروعا.")
    assert not [e for e in doc.events if (e.target_code or "").endswith("MIL")], dump(doc)


def test_guard_soldier_as_object_stays_an_actor():
    doc = full("وقتل المسلحون شرطيا وعسكريا في الهجوم.")
    assert find(doc, "19", tgt="MIL") or find(doc, "18", tgt="MIL"), dump(doc)


# ----------------------------------------------------------------------------- 4. a threat's condition holds no target
@pytest.mark.parametrize("text,tgt", [
    ("وهددت الجماعة بشن هجمات على السفن الإسرائيلية إذا لم تنسحب القوات الأجنبية من المنطقة.", "ISR"),
    ("وهددت الفصائل بتوسيع عملياتها على القواعد الأمريكية إذا لم تغادر القوات الأجنبية سوريا.", "USA"),
])
def test_threat_target_from_the_threatened_object_not_the_condition(text, tgt):
    doc = full(text)
    assert find(doc, "13", tgt=tgt), dump(doc)


def test_guard_threat_with_its_own_object_before_the_condition():
    doc = full("وهدد الرئيس الإيراني الولايات المتحدة برد حاسم إذا هاجمت القوات الأمريكية المنشآت الإيرانية.")
    assert find(doc, "13", "IRNGOV", "USA"), dump(doc)


# ----------------------------------------------------------------------------- 5. a joint committee with X
@pytest.mark.parametrize("text,src,tgt", [
    ("وشكلت الحكومة الأردنية لجنة مشتركة مع سوريا لمكافحة التهريب على الحدود.", "JORGOV", "SYR"),
    ("وقال الوزير إن بلاده شكلت لجنة ثلاثية مع مصر لمتابعة ملف المياه.", "*", "EGY"),
])
def test_forming_a_joint_committee_with_x_is_consult(text, src, tgt):
    doc = full(text)
    assert find(doc, "04", src, tgt), dump(doc)


def test_guard_committee_to_negotiate_with_is_no_joint_committee():
    doc = full("وشكلت الحكومة لجنة وزارية للتفاوض مع النقابات.")
    assert not find(doc, "040"), dump(doc)
