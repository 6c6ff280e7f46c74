"""Session 27, B15AR2: Arabic leftovers of the fifteenth blind test, fixed in general (our own sentences)."""
from __future__ import annotations

import pytest

from tests.events_helpers import dump, find, full


# ----------------------------------------------------------------------------- 1. قدم / رفع X شكوى ضد Y (114)
@pytest.mark.parametrize("text,src,tgt", [
    ("وقدم لبنان شكوى إلى مجلس الأمن الدولي ضد إسرائيل.", "LBN", "ISR"),
    ("ورفعت مصر شكوى ضد إثيوبيا إلى مجلس الأمن.", "EGY", "ETH"),
    ("وتقدمت الجزائر بشكوى رسمية ضد المغرب.", "DZA", "MAR"),
    ("وقررت الحكومة الأردنية تقديم شكوى إلى مجلس الأمن ضد إسرائيل.", "JORGOV", "ISR"),
])
def test_complaint_filed_against_a_state(text, src, tgt):
    doc = full(text)
    assert find(doc, "114", src, tgt), dump(doc)


def test_complaint_to_the_police_takes_no_body_as_target():
    # the body the complaint goes to (after إلى) is no side
    doc = full("وقدم المواطن شكوى إلى الشرطة بعد سرقة سيارته.")
    assert find(doc, "114", "CVL", None), dump(doc)


@pytest.mark.parametrize("text", [
    "وتلقت الشرطة مئات الشكاوى من السكان.",
    "وقدم الوزير استقالته إلى رئيس الحكومة.",
])
def test_guard_no_complaint_without_a_filing(text):
    doc = full(text)
    assert not find(doc, "114"), dump(doc)


def test_guard_lawsuit_row_unchanged():
    doc = full("ورفعت جنوب أفريقيا دعوى ضد إسرائيل أمام محكمة العدل الدولية.")
    assert find(doc, "115", "ZAF", "ISR"), dump(doc)


# ----------------------------------------------------------------------------- 2a. V S …، واتهمت X بـ (112 S -> X)
@pytest.mark.parametrize("text,src,tgt", [
    ("وأعلنت الحكومة السورية الحداد، واتهمت تركيا بدعم الإرهاب.", "SYRGOV", "TUR"),
    ("وأكدت وزارة الخارجية الروسية مقتل الدبلوماسي، واتهمت أوكرانيا بتنفيذ الهجوم.", "RUSGOV", "UKR"),
])
def test_joined_accusation_one_actor_before_charge_is_accused(text, src, tgt):
    doc = full(text)
    assert find(doc, "112", src, tgt), dump(doc)


def test_guard_joined_accusation_with_two_actors_keeps_its_subject():
    doc = full("وأعلنت الحكومة السورية الحداد، واتهمت إيران الولايات المتحدة بدعم الإرهاب.")
    assert find(doc, "112", "IRN", "USA"), dump(doc)


# ----------------------------------------------------------------------------- 2b. ودان رئيس الحكومة اللبنانية الغارة
_STRIKE = "قصفت طائرات إسرائيلية بلدة في جنوب لبنان. "


@pytest.mark.parametrize("text", [
    _STRIKE + "ودان رئيس الحكومة اللبنانية الغارة.",
    _STRIKE + "ودان رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي الغارة، واصفا إياها بأنها جريمة.",
])
def test_condemned_raid_takes_its_author_not_the_condemners_army(text):
    doc = full(text)
    assert find(doc, "111", "LBNGOV", "ISRMIL"), dump(doc)


def test_guard_condemned_raid_of_own_army_unchanged():
    doc = full("قصف الجيش اللبناني مواقع للمسلحين قرب الحدود. ودان رئيس الحكومة اللبنانية الغارة.")
    assert not find(doc, "111", "*", "ISRMIL"), dump(doc)


def test_caretaker_government_is_one_actor():
    doc = full("وقالت حكومة تصريف الأعمال العراقية إنها تدين الهجوم على السفارة.")
    assert any(a.code == "IRQGOV" and any(doc.text[s:e].startswith("حكومة تصريف") for s, e in a.spans)
               for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


# ----------------------------------------------------------------------------- 2c. توعد X بأن الاغتيال "لن يمر دون رد"
def test_vow_that_act_will_not_pass_is_one_threat_at_the_attacker():
    doc = full("قصفت طائرات إسرائيلية منزلا في جنوب لبنان وقتلت قياديا في الحزب. "
               "وتوعد حزب الله بأن الاغتيال \"لن يمر دون رد\".")
    got = [e for e in doc.events if e.root == "13"]
    assert len(got) == 1 and got[0].source_country == "LBN" and got[0].target_country == "ISR", dump(doc)


def test_guard_bare_will_not_pass_stays():
    doc = full("وقال المتحدث إن هذا الاعتداء لن يمر دون رد.")
    assert find(doc, "13"), dump(doc)


# ----------------------------------------------------------------------------- 2d. البحرين و X: two states, no sea
@pytest.mark.parametrize("text,a,b", [
    ("اتفقت البحرين وإيران على بدء محادثات.", "BHR", "IRN"),
    ("واتفقت البحرين وقطر اليوم على إعادة فتح السفارتين.", "BHR", "QAT"),
])
def test_bahrain_and_a_state_are_both_parties(text, a, b):
    doc = full(text)
    assert find(doc, "03", a, b) and find(doc, "03", b, a), dump(doc)


def test_guard_sea_name_stays_a_place():
    doc = full("وأبحرت السفينة الإيرانية في بحر العرب.")
    assert not any(a.code == "ARB" or (a.country and a.country != "IRN") for a in doc.actors), \
        [(a.code, a.spans) for a in doc.actors]
