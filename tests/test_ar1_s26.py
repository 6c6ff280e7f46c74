"""Session 26, AR1: Arabic leftovers of the thirteenth blind test (blind_s26), general causes, with our own sentences:
a call-up of reservists (154), a denial of "the existence of" an intention (016), "البلدين" as the addressee of a call
several sentences after the story's pair."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-05-02"


# 1. استدعى + reservists: mobilisation (154); 2. نفى وجود …: a denial (016)
@pytest.mark.parametrize("text, cameo, source", [
    ("وقالت مصادر أمنية إن السودان استدعت جنود الاحتياط في ولايتين خلال الأسبوع الجاري.", "154", "SDN"),
    ("استدعت الحكومة الإسرائيلية آلاف الجنود من قوات الاحتياط.", "154", "ISRGOV"),
    ("في المقابل، نفت وزارة الخارجية الكينية أمس وجود أي خطة لإرسال قوات إلى الصومال.", "016", "KENGOV"),
    ("ونفى الجيش السوداني وجود قوات أجنبية في الخرطوم.", "016", "SDNMIL"),
])
def test_reservists_called_up_and_existence_denied(text, cameo, source):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, source), dump(doc)


# guards: the monetary reserve is no mobilisation; a summoned ambassador stays 114
@pytest.mark.parametrize("text, absent, present", [
    ("استدعى البنك المركزي جزءا من الاحتياطي النقدي.", "15", None),
    ("استدعت وزارة الخارجية السفير الإيطالي.", "154", "114"),
])
def test_guard_other_summons(text, absent, present):
    doc = full(text, published_at=PUB)
    assert not find(doc, absent) and (present is None or find(doc, present)), dump(doc)


# 3. "البلدين" addressed five sentences after the story's pair: one call per country; "الطرفين" keeps its short reach
_STORY = ("اتهمت الحكومة الصومالية كينيا بدعم جماعات مسلحة في إقليم جوبالاند. وقال وزير الإعلام الصومالي إن بلاده سترد "
          "على أي تدخل. وأكد المتحدث أن الحكومة لن تسمح بذلك. وأفادت مصادر محلية بأن التوتر يتصاعد في المنطقة. وكان "
          "الرئيس قد قال أمام البرلمان إن الأمن أولوية. ")


def test_two_countries_addressed_far_after_the_pair():
    doc = full(_STORY + "ودعا رئيس مفوضية الاتحاد الأفريقي البلدين إلى ضبط النفس.", published_at=PUB)
    assert find(doc, "020", "*", "SOM") and find(doc, "020", "*", "KEN"), dump(doc)


def test_guard_two_sides_keep_the_short_reach():
    doc = full(_STORY + "ودعا رئيس مفوضية الاتحاد الأفريقي الطرفين إلى ضبط النفس.", published_at=PUB)
    assert not find(doc, "020", "*", "SOM") and not find(doc, "020", "*", "KEN"), dump(doc)


# guard: "ذلك لا ينفي وجود …" (that does not rule out the existence of …) is no denial, with وجود now an object word
def test_guard_this_does_not_rule_out_the_existence_of():
    doc = full("وقال المتحدث إن الاتفاق صامد، لكن هذا لا ينفي وجود تجاوزات في الجنوب.", published_at=PUB)
    assert not find(doc, "016"), dump(doc)
