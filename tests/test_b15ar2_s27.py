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
