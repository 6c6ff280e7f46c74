"""Session 12, DET (issue #7): guards of the learned ASSAULT / PROTEST filter's override stands, a quoted attack noun
after a light verb, and the background veto.  Sentences written for these tests in the style of news reports (none
taken from the dev data).

A stand is an event the event stage counts whatever the filter says: coded under a model that rejects every sentence
of the type (:func:`marsad.coding.detect.forced_model`), only the stands are counted.  The background veto overrules a
filter that reports: coded under a model that reports every sentence, a vetoed sentence has no counted event."""
import pytest

from marsad.coding import detect
from marsad.coding.structure import get_lexicon, words_of
from marsad.eval.events import counted
from marsad.pipeline import Pipeline, PipelineConfig

from detect_helpers import coded, stands
from events_helpers import show





def reported(text, typ="ASSAULT"):
    """The counted events of ``typ`` under a filter that reports everything."""
    doc = coded(text, True, typ)
    return [e for e in doc.events if e.plover_type == typ and counted(e)], doc


# ------------------------------------------------------------------ lead_report guards (detect.LEAD_GUARDS)
@pytest.mark.parametrize("text", [
    # an imperative (a slogan) is no past lead
    "وشعار الجماعة بسيط: اقتل عدوك قبل أن يقتلك.",
    # a count of attacks over a period is an aggregate
    "وشنت الجماعة أكثر من خمسين هجوما منذ مطلع العام على مواقع الجيش.",
    "وقتل مسلحون أكثر من مئتي شرطي منذ بداية العام في هجمات متفرقة.",
])
def test_lead_guards_no_stand(text):
    evs, doc = stands(text)
    assert not evs, show(doc)


@pytest.mark.parametrize("text, trig", [
    ("وقتل مسلحون ثلاثة جنود في كمين قرب الحدود.", "وقتل"),
    ("وقتل خمسة أشخاص في انفجار عبوة ناسفة.", "وقتل"),
    # a count without a period (منذ + a time of day is no period)
    ("وشنت الجماعة ثلاث هجمات على مواقع الجيش أمس.", "هجمات"),
    ("وقتل مسلحون 12 شرطيا منذ صباح أمس في هجمات متفرقة.", "وقتل"),
])
def test_lead_guards_keep_news_leads(text, trig):
    evs, doc = stands(text)
    # (REB: a bare الجماعة is an armed group since session 25 GAPS)
    assert any(trig in e.trigger and e.source_code in ("UAF", "MIL", "REB", None) for e in evs), show(doc)


def test_first_person_reads_the_trigger_lemma():
    lex = get_lexicon("ar")
    doc = Pipeline(PipelineConfig(disabled=("mentions", "actors", "places", "quotes", "events")))(
        "اقتل عدوك. وقتل الجنود", published_at="2009-04-12")
    ws = [w for s in doc.sentences for w in words_of(doc, s, lex)]
    by = {w.text: w for w in ws}
    assert detect._first_person(by["اقتل"])
    assert not detect._first_person(by["وقتل"])   # the past with its conjunction


# ------------------------------------------------------------------ a quoted attack noun after a light verb (quote_noun_lead)
@pytest.mark.parametrize("text, trig, src", [
    ("وقال المتحدث إن مسلحين ملثمين نفذوا عملية الخطف قرب الحدود.", "الخطف", "UAF"),
    ("وقال الضابط إن العصابة قامت بخطف تاجرين من السوق.", "بخطف", "CRM"),
    ("وذكرت الشرطة أن مجهولين ارتكبوا عملية الاغتيال في وضح النهار.", "الاغتيال", "UAF"),
])
def test_quoted_light_verb_noun_stands(text, trig, src):
    evs, doc = stands(text)
    assert any(e.trigger == trig and ":erupt" in e.rule and e.source_code == src for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # an intent between the complementizer and the noun
    "وقال المتحدث إن الجماعة تنوي تنفيذ عملية خطف جديدة.",
    # a relative clause: not the reported clause's own lead
    "وقال المتحدث إن الذين نفذوا عملية الخطف سيحاكمون.",
    # a noun after a light verb outside reported speech is do_lead's / the filter's, not this stand
    "ونفذ مسلحون عملية الخطف قبل أن يفروا.",
    # a verbal noun with ل / ب (لشن، بشن) is no finite light verb
    "وقالت الصحف إن المتشددين كانوا يخططون لشن تفجيرات متزامنة في عدة مدن.",
    "وقالت الحكومة إنها تنظر بقلق إلى تهديدات الجيش بشن اعتداءات على القرى.",
])
def test_quoted_light_verb_noun_guards(text):
    evs, doc = stands(text)
    assert not any(":quote" in e.rule and ":erupt" in e.rule for e in evs), show(doc)


def test_quoted_noun_is_no_filter_feature():
    pipe = Pipeline(PipelineConfig(options={"event_classifier": False, "event_features": True}))
    doc = pipe("وقال المتحدث إن مسلحين ملثمين نفذوا عملية الخطف قرب الحدود.", published_at="2009-04-12")
    feats = [f for _, f in doc.meta["event_features"]["ASSAULT"]]
    assert feats and not any("noun_erupt" in f for f in feats)


# ------------------------------------------------------------------ the background veto (detect.background_only)
@pytest.mark.parametrize("text, typ", [
    ("ورفعت السلطات حالة التأهب في العاصمة منذ هجوم انتحاري استهدف مركزا للشرطة.", "ASSAULT"),
    ("وألغت شركات الطيران رحلاتها إلى المدينة بسبب هجوم صاروخي على المطار.", "ASSAULT"),
    ("وتراجعت أسهم الشركة في أعقاب اغتيال رئيسها.", "ASSAULT"),
    ("وتوقفت حركة المرور في وسط المدينة لساعات بسبب مظاهرة نظمها الطلاب.", "PROTEST"),
    # an aggregate: a count of attacks over a period, its relative clause included
    ("وسجلت الهيئة 199 هجوما للقراصنة خلال الأشهر التسعة الأولى من العام الحالي.", "ASSAULT"),
    ("وشن مقاتلو الحركة حوالي مائة هجوم انتحاري منذ بداية العام الحالي استهدف معظمها قوات الأمن.", "ASSAULT"),
])
def test_background_adjunct_is_vetoed(text, typ):
    evs, doc = reported(text, typ)
    assert not evs, show(doc)
    assert any(e.plover_type == typ and ":clf-" in e.rule for e in doc.events), show(doc)


@pytest.mark.parametrize("text, typ, trig", [
    # a recent time word inside the adjunct: the filter decides (reported here)
    ("ورفعت السلطات حالة التأهب بعد هجوم انتحاري أمس على مركز للشرطة.", "ASSAULT", "هجوم"),
    # ... or right before its preposition: the time is the attack's too
    ("وشهدت المدينة أسوأ موجة عنف أمس إثر سلسلة تفجيرات بسيارات ملغومة.", "ASSAULT", "تفجيرات"),
    # a count without a period
    ("وشن المسلحون ثلاثة هجمات على مواقع الجيش أمس.", "ASSAULT", "هجمات"),
    # the main verb is itself an attack: no veto
    ("وأصيب ثلاثة جنود بجروح بعد هجوم على قافلتهم.", "ASSAULT", "هجوم"),
    # the attack noun is no adjunct's
    ("وأسفر هجوم انتحاري على مركز للشرطة عن مقتل خمسة أشخاص.", "ASSAULT", "هجوم"),
    ("وخرجت مظاهرة حاشدة في وسط المدينة بسبب غلاء الأسعار.", "PROTEST", "مظاهرة"),
])
def test_background_veto_guards(text, typ, trig):
    evs, doc = reported(text, typ)
    assert any(trig in e.trigger for e in evs), show(doc)
