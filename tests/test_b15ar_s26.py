"""Session 26, B15AR: Arabic causes of the fifteenth blind test, fixed in general (our own sentences)."""
from __future__ import annotations

import pytest

from tests.events_helpers import dump, find, full


# ----------------------------------------------------------------------------- 1. قطع الإنترنت / منع الصحفيين (1721)
@pytest.mark.parametrize("text,src", [
    ("وقطعت الحكومة الموريتانية خدمة الإنترنت عبر الهواتف المحمولة منذ مساء الأحد.", "MRTGOV"),
    ("وقطعت السلطات السودانية الإنترنت في العاصمة قبل المظاهرات.", "SDNGOV"),
    ("منعت الشرطة الجزائرية صحفيين من الوصول إلى مدينة وهران.", "DZACOP"),
    ("ومنعت السلطات الإيرانية المراسلين من تغطية الجنازة.", "IRNGOV"),
])
def test_internet_cut_and_journalists_barred_are_restrictions(text, src):
    doc = full(text)
    assert find(doc, "1721", src), dump(doc)


@pytest.mark.parametrize("text,code", [
    ("قطعت الحكومة العراقية العلاقات مع السويد.", "161"),
    ("منعت السلطات الإسرائيلية دخول الشاحنات إلى القطاع.", "191"),
])
def test_guard_other_cut_and_bar_rows_unchanged(text, code):
    doc = full(text)
    assert find(doc, code), dump(doc)
    assert not find(doc, "1721"), dump(doc)


def test_guard_power_cut_is_no_restriction():
    doc = full("وقطعت الشركة الكهرباء عن الحي بسبب أعطال.")
    assert not find(doc, "1721"), dump(doc)


# ----------------------------------------------------------------------------- 2. …، فيما هنأ X Y (051)
@pytest.mark.parametrize("text,src,tgt", [
    ("وهدد حزب معارض بمقاطعة الحوار، فيما هنأ رئيس السنغال الرئيس الموريتاني بفوزه في اتصال هاتفي.",
     "SENGOV", "MRTGOV"),
    ("وتظاهر آلاف في العاصمة، بينما هنأ الملك المغربي الرئيس التونسي بفوزه.", "MARGOV", "TUNGOV"),
])
def test_congratulation_after_while_opener(text, src, tgt):
    doc = full(text)
    assert find(doc, "051", src, tgt), dump(doc)


def test_guard_here_after_while_stays_here():
    # هنا "here" after فيما with no object actor after its subject
    doc = full("وقال الوزير إن الوفد سيبقى فيما هنا الرئيس الفرنسي يتابع.")
    assert not find(doc, "051"), dump(doc)
