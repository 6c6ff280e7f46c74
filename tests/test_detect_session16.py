"""Session 16, DET (issue #7): a claimed attack stands (detect.claim_lead), and a protest prevented "the day before
yesterday" is a prevented protest.  Sentences written for these tests in the style of news reports (none taken from
the dev data).

A stand is an event the event stage counts whatever the filter says: coded under a model that rejects every sentence
of the type (:func:`marsad.coding.detect.forced_model`), only the stands are counted."""
import pytest

from marsad.coding import detect
from marsad.eval.events import counted
from marsad.pipeline import Pipeline, PipelineConfig

from detect_helpers import coded, stands
from events_helpers import show





# ------------------------------------------------------------------ a claimed attack (detect.claim_lead)
@pytest.mark.parametrize("text, trig, cameo", [
    ("وتبنت الجماعة المسؤولية عن تفجير سيارة مفخخة قرب مركز للشرطة أمس.", "تفجير", "183"),
    ("وأعلنت حركة مسلحة مسؤوليتها عن عملية اغتيال ضابط كبير في المدينة مساء الأحد.", "اغتيال", "186"),
    ("إلى ذلك، تبنى تنظيم متشدد المسؤولية عن اختطاف ثلاثة مهندسين أجانب في الصحراء.", "اختطاف", "181"),
])
def test_claimed_attack_stands(text, trig, cameo):
    evs, doc = stands(text)
    assert any(e.trigger == trig and e.cameo == cameo and ":erupt" in e.rule for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # a definite noun: the attack of an earlier sentence, left to the filter
    "وأعلنت الجماعة مسؤوليتها عن الهجوم الذي استهدف دورية للجيش فجر اليوم.",
    # a negated claim
    "ولم تتبن أي جهة المسؤولية عن تفجير السيارة.",
    # an imperfect (a habit), not a claim of one attack
    "وتتبنى الجماعة عادة المسؤولية عن تفجيرات كهذه.",
    # reported speech: quote_lead's and the filter's, not this stand
    "وقالت الشرطة إن الجماعة تبنت المسؤولية عن تفجير سيارة مفخخة.",
    # a count over a period, and a vague count in a sentence without a time word (a career)
    "وأعلن التنظيم مسؤوليته عن مقتل 300 جندي خلال الأشهر الستة الماضية.",
    "وكان الرجل قد تولى قيادة التنظيم، وأعلن التنظيم مسؤوليته عن مقتل المئات من المدنيين.",
    # the responsibility noun without a claim verb
    "وحمل الوزير الحكومة المسؤولية عن اغتيال الصحفي.",
])
def test_claim_guards(text):
    evs, doc = stands(text)
    assert not evs, show(doc)


def test_claim_is_no_filter_feature():
    pipe = Pipeline(PipelineConfig(options={"event_classifier": False, "event_features": True}))
    doc = pipe("وتبنت الجماعة المسؤولية عن تفجير سيارة مفخخة قرب مركز للشرطة أمس.", published_at="2009-04-12")
    feats = [f for _, f in doc.meta["event_features"]["ASSAULT"]]
    assert feats and not any("noun_erupt" in f for f in feats)


def test_claim_flag_off(monkeypatch):
    monkeypatch.setattr(detect, "CLAIM_LEAD", False)
    evs, doc = stands("وتبنت الجماعة المسؤولية عن تفجير سيارة مفخخة قرب مركز للشرطة أمس.")
    assert not evs, show(doc)


# ------------------------------------------------------------------ a protest prevented "the day before yesterday"
@pytest.mark.parametrize("text", [
    "منعت قوات الأمن مساء أول من أمس، مسيرة احتجاجية أمام مقر الحكومة في العاصمة.",
    "ومنعت قوات الأمن أول من أمس تظاهرة للعاطلين عن العمل أمام مبنى الولاية.",
])
def test_protest_prevented_day_before_yesterday(text):
    doc = coded(text, True, "PROTEST")
    assert not [e for e in doc.events if e.plover_type == "PROTEST" and counted(e)], show(doc)
    assert any(e.plover_type == "PROTEST" and e.negated for e in doc.events), show(doc)


@pytest.mark.parametrize("text", [
    # the crowd staged it the day before yesterday: a report
    "ونظم المعلمون أول من أمس مسيرة احتجاجية أمام مقر الحكومة في العاصمة.",
    # not prevented (negated prevention)
    "ولم تمنع الشرطة أول من أمس المسيرة التي جابت شوارع العاصمة.",
])
def test_protest_day_before_yesterday_guards(text):
    doc = coded(text, True, "PROTEST")
    assert [e for e in doc.events if e.plover_type == "PROTEST" and counted(e)], show(doc)


# ------------------------------------------------------------------ "ما إن … حتى" (no sooner … than): detect._no_sooner
@pytest.mark.parametrize("text, trig", [
    ("فما إن وصل الموكب إلى مدخل البلدة، حتى هاجمه مسلحون ملثمون.", "هاجمه"),
    ("وما أن غادر الجنود الحاجز حتى انفجرت عبوة ناسفة بدوريتهم.", "انفجرت"),
])
def test_no_sooner_than_verb_stands(text, trig):
    evs, doc = stands(text)
    assert any(e.trigger == trig for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # حتى = until, without ما إن: the filter decides
    "وواصلت القوات تقدمها حتى قتلت عددا من المسلحين في أطراف المدينة.",
    # بما أن (since) is no "no sooner"
    "وبما أن الهدنة انهارت حتى قتلت القوات عددا من المسلحين.",
])
def test_no_sooner_guards(text):
    evs, doc = stands(text)
    assert not evs, show(doc)


def test_no_sooner_flag_off(monkeypatch):
    monkeypatch.setattr(detect, "NO_SOONER", False)
    evs, doc = stands("وما أن غادر الجنود الحاجز حتى انفجرت عبوة ناسفة بدوريتهم.")
    assert not evs, show(doc)
