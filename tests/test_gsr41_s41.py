"""Session 41, gsr41 (issue #7, the Arabic GSR dev data): our own sentences.

Rule precision and recall of the ASSAULT candidates, read with the rules alone (no report filter), so each test says
what the rules propose:
- a hostage (رهينة / رهائن) is a person, no act: the bare noun proposes no hostage-taking (181); "احتجز … رهائن" does;
- a verb form right after a preposition (cue ``noun_prep``: في، على، عن، إلى) is the verbal noun, a reference unless
  anchored ("متورط في خطف طيار"), and verbs of achieving (نجح في، أقدم على، تمكن من) anchor it;
- the لـ-noun of a finite "suffer" verb (تعرضت قافلة … لهجوم) is the reported happening, however long the subject
  between them; the verbal noun "بعد تعرضه للتعذيب" and the present "تتعرض للقصف" stay references.
"""
import pytest

from marsad.eval.events import counted
from marsad.pipeline import Pipeline, PipelineConfig


@pytest.fixture(scope="module")
def rules():
    return Pipeline(PipelineConfig(options={"event_classifier": False}))


def _assaults(rules, text):
    return [e for e in rules(text, published_at="2021-03-10").events if e.plover_type == "ASSAULT"]


def _counted_codes(rules, text):
    return sorted(e.cameo for e in _assaults(rules, text) if counted(e))


# ---------------------------------------------------------------- the hostage is a person
@pytest.mark.parametrize("text", [
    "وظهر الرهينة الفرنسي في تسجيل مصور بثته الجماعة أمس.",
    "وقالت الرهينة السابقة للصحفيين إنها عوملت معاملة حسنة.",
    "وطالبت عائلات الرهائن الحكومة بالتفاوض مع الخاطفين.",
])
def test_hostage_noun_is_no_hostage_taking(rules, text):
    assert not [e for e in _assaults(rules, text) if e.cameo == "181"], _assaults(rules, text)


def test_holding_hostages_is_hostage_taking(rules):
    assert "181" in _counted_codes(rules, "واحتجز مسلحون أمس خمسة عشر موظفا رهائن داخل مبنى البلدية.")


# ---------------------------------------------------------------- a verb form after a preposition
@pytest.mark.parametrize("text", [
    "وقال المحقق إن الرجل كان متورطا في خطف طيار حربي.",
    "وتحدثت الوزيرة أمام البرلمان عن خطف السياح في الصحراء.",
])
def test_verb_form_after_preposition_is_a_reference(rules, text):
    evs = _assaults(rules, text)
    assert evs, "no candidate"
    assert not [e for e in evs if counted(e)], [(e.cameo, e.rule) for e in evs]


@pytest.mark.parametrize("text", [
    "وأقدم مسلح على قتل شرطيين عند حاجز في المدينة.",
    "وقال المتحدث إن الجيش نجح في قتل قائد الجماعة.",
    "وأسفر القصف عن قتل خمسة مدنيين في القرية.",
])
def test_anchored_verbal_noun_after_preposition_is_a_report(rules, text):
    assert "190" in _counted_codes(rules, text)


# ---------------------------------------------------------------- تعرض لـ
def test_suffered_attack_across_a_long_subject_is_a_report(rules):
    text = "وتعرضت قافلة عسكرية تقل جنودا من القوة الدولية لهجوم بسيارة مفخخة قرب المطار."
    att = [e for e in _assaults(rules, text) if e.cameo == "190"]
    assert att and counted(att[0]), [(e.cameo, e.rule, e.historical) for e in _assaults(rules, text)]


@pytest.mark.parametrize("text", [
    "وقالت الطبيبة إن الضحية توفي بعد تعرضه للتعذيب.",
    "وقالت الوزارة إن المنطقة تتعرض للقصف منذ أسابيع.",
])
def test_suffer_masdar_or_present_keeps_the_reference(rules, text):
    evs = _assaults(rules, text)
    lam = [e for e in evs if e.trigger.startswith("لل")]
    assert lam, [(e.cameo, e.trigger) for e in evs]
    assert not [e for e in lam if counted(e)], [(e.cameo, e.rule) for e in lam]


# ---------------------------------------------------------------- استهدف + an abstract aim
@pytest.mark.parametrize("text", [
    "وقال الوزير إن ما يجري عملية دموية تستهدف وجود الدولة.",
    "وحذر الخبراء من عمليات عسكرية تستهدف السيطرة على المنطقة الحدودية.",
    "وقالت الحكومة إن الحملة تستهدف زعزعة الاستقرار في البلاد.",
])
def test_targeting_an_abstract_aim_is_no_attack(rules, text):
    assert not [e for e in _assaults(rules, text) if e.trigger.endswith(("تستهدف", "يستهدف"))], \
        [(e.cameo, e.trigger) for e in _assaults(rules, text)]


@pytest.mark.parametrize("text", [
    "واستهدفت طائرات حربية وحدة عسكرية قرب الحدود أمس.",
    "واستهدف هجوم انتحاري مركزا للشرطة في المدينة أمس.",
])
def test_targeting_a_unit_or_a_post_is_an_attack(rules, text):
    assert [e for e in _assaults(rules, text) if "استهدف" in e.trigger and counted(e)], \
        [(e.cameo, e.trigger) for e in _assaults(rules, text)]
