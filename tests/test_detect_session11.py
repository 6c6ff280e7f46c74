"""Session 11, DET (issue #7): the learned ASSAULT / PROTEST filter's override leads and helpers.  Sentences written for
these tests in the style of news reports (none taken from the dev data)."""
import pytest

import marsad
from marsad.coding import detect
from marsad.coding.structure import get_lexicon, words_of
from marsad.eval.events import counted
from marsad.pipeline import Pipeline, PipelineConfig

from events_helpers import of_type, show


def code(text, date="2009-04-12"):
    return marsad.code(text, published_at=date)


# ------------------------------------------------------------------ a chronology line (detect.chrono_lead)
# "* 3 مارس 2005: اغتيال قاض …": a dated entry whose predicate is the attack noun reports its event; it stands
# whatever the learned filter says (the ":erupt" tag of the stage's override leads).
@pytest.mark.parametrize("text, trig", [
    ("* 3 مارس 2005: اغتيال قاض بارز في انفجار عبوة ناسفة قرب منزله في بغداد.", "اغتيال"),
    ("- 14 يوليو (تموز) 2006: تفجير سيارة مفخخة أمام مركز للشرطة في كركوك.", "تفجير"),
    ("2004: اختطاف مهندسين أجنبيين على طريق المطار.", "اختطاف"),
])
def test_chronology_line_stands(text, trig):
    doc = code(text)
    evs = [e for e in of_type(doc, "ASSAULT") if trig in e.trigger]
    assert evs and all(":erupt" in e.rule and counted(e) for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # a speaker's colon, no date before it
    "وقال الوزير: اغتيال القاضي جريمة لن تمر دون عقاب.",
    # a date without its year
    "* 3 مارس: اغتيال قاض بارز في انفجار عبوة ناسفة.",
    # the noun is not right after the colon
    "* 3 مارس 2005: ذكرت تقارير أن قاضيا نجا من محاولة اغتيال.",
])
def test_chronology_line_needs_date_colon_noun(text):
    doc = code(text)
    assert not any(":erupt" in e.rule for e in of_type(doc, "ASSAULT")), show(doc)


def test_chronology_line_is_no_filter_feature():
    # the override is no model feature: noun_erupt (erupt_lead with crowd=False) does not fire on it
    pipe = Pipeline(PipelineConfig(options={"event_classifier": False, "event_features": True}))
    doc = pipe("* 3 مارس 2005: اغتيال قاض بارز في بغداد.", published_at="2009-04-12")
    feats = [f for _, f in doc.meta["event_features"]["ASSAULT"]]
    assert feats and not any("noun_erupt" in f for f in feats)


# ------------------------------------------------------------------ "أول من أمس" is a time phrase (detect._day_before)
@pytest.mark.parametrize("text", [
    "وخرج مساء أول من أمس مئات من العمال احتجاجا على تأخر صرف رواتبهم.",
    "وجابت صباح أول من أمس حشود من الطلاب شوارع المدينة احتجاجا على رفع الرسوم.",
    "وخرج أول من أمس آلاف من العمال احتجاجا على تسريح زملائهم.",
])
def test_day_before_yesterday_in_the_crowd_gap(text):
    doc = code(text)
    evs = of_type(doc, "PROTEST")
    assert evs and any(":erupt" in e.rule and counted(e) for e in evs), show(doc)


def test_day_before_yesterday_before_a_lead_verb():
    words = _words("وأول من أمس، قتل مسلحون حارسين")
    assert detect._day_before(words, 2)
    assert detect._before_lead(words, 4) == 3   # the comma: the verb opens its clause
    assert detect._before_lead(_words("أول من أمس قتل مسلحون"), 3) == -1


def test_day_before_needs_the_whole_phrase():
    assert not detect._day_before(_words("من أمس"), 1)
    assert not detect._day_before(_words("أكثر من أمس"), 2)
    # "أول" alone is no time word: the march verb is not found across it
    doc = code("وخرج أول المحتجين من المسجد بعد الصلاة.")
    assert not any(":erupt" in e.rule and ":noun:self" in e.rule for e in of_type(doc, "PROTEST")), show(doc)


def _words(text):
    doc = marsad.code(text, published_at="2009-04-12")
    return words_of(doc, doc.sentences[0], get_lexicon("ar"))


# ------------------------------------------------------------------ the ت-form past (detect._impf, IMPF_FIX)
def test_impf_flag(monkeypatch):
    w = next(w for w in _coded_words("وتجمع المتظاهرون أمام مبنى البلدية.") if w.norm.endswith("تجمع"))
    monkeypatch.setattr(detect, "IMPF_FIX", False)
    assert detect._impf(w)            # the shipped reading: ت- looks like an imperfect prefix
    monkeypatch.setattr(detect, "IMPF_FIX", True)
    assert not detect._impf(w)        # read by its trigger lemma: the past تجمع
    v = next(w for w in _coded_words("ويتجمع المتظاهرون أمام مبنى البلدية.") if w.norm.endswith("تجمع"))
    assert detect._impf(v)            # a true imperfect stays one


def _coded_words(text):
    return _words(text)
