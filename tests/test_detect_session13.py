"""Session 13, PRO (issue #7): an attack noun announced by a past speech verb opening its clause stands (an override
of the learned ASSAULT filter, ``detect.announce_lead``).  Sentences written for these tests in the style of news
reports (none taken from the dev data).

A stand is an event the event stage counts whatever the filter says: coded under a model that rejects every sentence
of the type (:func:`marsad.coding.detect.forced_model`), only the stands are counted."""
import pytest

from marsad.coding import detect
from marsad.pipeline import Pipeline, PipelineConfig

from detect_helpers import stands
from events_helpers import show




@pytest.mark.parametrize("text, trig, code", [
    ("وأعلن مصدر في الشرطة مقتل ثلاثة جنود في انفجار عبوة ناسفة جنوب المدينة.", "مقتل", "190"),
    ("كما أعلنت وزارة الداخلية اغتيال ضابط كبير في الشرطة.", "اغتيال", "186"),
    ("أعلنت الشرطة أمس اختطاف مهندس أجنبي من موقع عمله.", "اختطاف", "181"),
    # a subject of several words (two sources)
    ("وأعلنت مصادر أمنية وأخرى طبية مقتل خمسة أشخاص في هجوم على سوق شعبي.", "مقتل", "190"),
    ("وأكد مسؤول أمني لوكالة الأنباء مقتل جنديين في كمين.", "مقتل", "190"),
])
def test_announced_attack_noun_stands(text, trig, code):
    evs, doc = stands(text)
    assert any(e.trigger == trig and e.cameo == code and ":erupt" in e.rule for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # a definite attack noun is the genitive of the object (the toll), not the object
    "وأعلن مصدر في وزارة الصحة ارتفاع حصيلة التفجيرين إلى 40 قتيلا.",
    # a complement clause: the noun is no object of the speech verb
    "وأعلنت السلطات أن الجماعة تقف وراء اغتيال الوزير.",
    # a claim of responsibility: the noun after عن
    "وأعلن التنظيم مسؤوليته عن مقتل المئات من الجنود.",
    # a count over a period: an aggregate
    "وأعلنت الحكومة مقتل 300 شخص خلال الأشهر الستة الماضية.",
    # an imperfect: a habit, no report
    "وتعلن الحكومة عادة مقتل المسلحين في بيانات أسبوعية.",
    # the object is a condemnation of the attack
    "وأعلنت الحكومة إدانتها اغتيال الوزير.",
    # in reported speech
    "وقال المتحدث إن الوزارة أعلنت مقتل جنديين.",
    # a speech verb that does not open its clause (a relative clause)
    "ونقلت الصحيفة عن المصادر التي أعلنت مقتل الجنديين أن التحقيق بدأ.",
])
def test_announced_attack_noun_guards(text):
    evs, doc = stands(text)
    assert not any(":erupt" in e.rule for e in evs), show(doc)


def test_announce_lead_flag_and_no_feature():
    text = "وأعلن مصدر في الشرطة مقتل ثلاثة جنود في انفجار عبوة ناسفة."
    pipe = Pipeline(PipelineConfig(options={"event_classifier": False, "event_features": True}))
    feats = [f for _, f in pipe(text, published_at="2009-04-12").meta["event_features"]["ASSAULT"]]
    assert feats and not any("noun_erupt" in f for f in feats)   # an override, no filter feature
    detect.ANNOUNCE_LEAD = False
    try:
        evs, doc = stands(text)
        assert not any(":erupt" in e.rule for e in evs), show(doc)
    finally:
        detect.ANNOUNCE_LEAD = True
    evs, doc = stands(text)
    assert any(e.trigger == "مقتل" and ":erupt" in e.rule for e in evs), show(doc)


# ------------------------------------------------------------------ a title: the rules decide (detect.title_report)
_BODY = "\n\nعمان - (وكالات) - قال وزير المالية إن الحكومة ستراجع الأسعار الشهر المقبل."


@pytest.mark.parametrize("title, typ, trig", [
    ("احتجاجات في عمان على ارتفاع أسعار الوقود", "PROTEST", "احتجاجات"),
    ("مقتل خمسة جنود في هجوم على قافلة عسكرية", "ASSAULT", "مقتل"),
])
def test_title_candidate_counts_whatever_the_filter_says(title, typ, trig):
    evs, doc = stands(title + _BODY, typ)
    assert any(e.trigger == trig and e.segment_kind == "title" and ":clf+" in e.rule for e in evs), show(doc)


def test_title_rule_guards():
    # the same protest noun in a body sentence: the (rejecting) filter decides
    evs, doc = stands("قال وزير المالية إن الحكومة ستراجع الأسعار بعد احتجاجات في عمان على ارتفاع أسعار الوقود.",
                      "PROTEST")
    assert not evs, show(doc)
    # a title whose attack is the occasion of its act: the background veto still applies
    evs, doc = stands("رفع حالة التأهب في العاصمة بعد هجوم على مركز للشرطة" + _BODY)
    assert not evs, show(doc)
    # flag off: the filter decides titles too
    detect.TITLE_RULES = False
    try:
        evs, doc = stands("احتجاجات في عمان على ارتفاع أسعار الوقود" + _BODY, "PROTEST")
        assert not evs, show(doc)
    finally:
        detect.TITLE_RULES = True
