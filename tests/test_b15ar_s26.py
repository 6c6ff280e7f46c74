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


# ----------------------------------------------------------------------------- 3. dateline fill past a فيما clause
_STORY = ("تونس - 5 أكتوبر (مرصد) - اعتقلت السلطات التونسية عشرات المحتجين في العاصمة تونس بعد إعلان نتائج الانتخابات "
          "الرئاسية، وقالت وزارة الداخلية التونسية إن الوضع تحت السيطرة.\n\n"
          "وشهدت مدن تونسية عدة مظاهرات ليلية.\n\n"
          "{s}\n\n"
          "ولم تشهد تونس احتجاجات بهذا الحجم منذ سنوات.")


@pytest.mark.parametrize("s,trig", [
    ("وهدد حزب معارض بمقاطعة الحوار الوطني إذا لم تفرج السلطات عن المعتقلين، فيما هنأ الرئيس الجزائري الرئيس "
     "التونسي بفوزه.", "وهدد"),
    ("واتهم حزب معارض الشرطة بتعذيب المعتقلين، بينما أعرب الاتحاد الأوروبي والحكومة الفرنسية عن القلق.", "واتهم"),
])
def test_bare_party_of_a_home_story_past_a_while_clause(s, trig):
    doc = full(_STORY.format(s=s), published_at="2024-10-05")
    ev = [e for e in doc.events if e.trigger.startswith(trig)]
    assert ev and ev[0].source_code and ev[0].source_code.startswith("TUN"), dump(doc)


def test_guard_country_before_the_while_clause_is_kept():
    # the foreign country is named before فيما: the sentence names it, no dateline guess
    doc = full(_STORY.format(s="وهدد حزب معارض بمقاطعة الحوار مع الحكومة الجزائرية، فيما تظاهر العشرات في العاصمة."),
               published_at="2024-10-05")
    ev = [e for e in doc.events if e.trigger.startswith("وهدد")]
    assert not ev or not (ev[0].source_code or "").startswith("TUN"), dump(doc)


def test_guard_as_for_is_no_clause_opener():
    from marsad.coding.later_clause_en import _cut_ar
    assert _cut_ar(" الحوار فيما يتعلق بالمعتقلين الجزائريين", 10) is None
    assert _cut_ar(" الحوار، فيما هنأ الرئيس الجزائري", 10) == 19
