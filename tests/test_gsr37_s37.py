"""Session 37, gsr37 (issue #7, the Arabic GSR dev data): our own sentences.

1. The report filter's PROTEST features carry no words around the trigger (``detect.WINDOW_TYPES``): the sentence's
   word bag holds them already, and the window's position features over-fitted 25 positive rows (grouped CV, 20 fold
   assignments: PROTEST .728 -> .747, the out-of-fold span match unchanged).  ASSAULT keeps its window.
2. A head noun between a "break out" verb and its event noun (cue ``event_head``: موجة، سلسلة، حركة): "واندلعت موجة
   احتجاجات في المدن" reports the protests as "واندلعت احتجاجات" does (``detect.erupt_lead``), whatever the filter says.
"""
import pytest

from marsad.eval.events import counted
from marsad.pipeline import Pipeline, PipelineConfig

from events_helpers import full


@pytest.fixture(scope="module")
def featurizer():
    return Pipeline(PipelineConfig(options={"event_classifier": False, "event_features": True}))


def _feats(pipe, text, typ):
    doc = pipe(text)
    return [x for _, fs in doc.meta.get("event_features", {}).get(typ, []) for x in fs]


@pytest.mark.parametrize("text", [
    "وتظاهر مئات الطلاب أمس أمام مبنى الوزارة في العاصمة احتجاجا على رفع الرسوم.",
    "وخرج آلاف العمال في مسيرة نحو البرلمان للمطالبة بزيادة الأجور.",
])
def test_protest_features_have_no_trigger_window(featurizer, text):
    fs = _feats(featurizer, text, "PROTEST")
    assert fs, "no PROTEST candidate"
    assert not [x for x in fs if x.startswith(("win=", "c-", "c+"))], fs
    assert [x for x in fs if x.startswith("trig=")], fs   # the trigger itself is still a feature
    assert "w=طلاب" in fs or "w=عمال" in fs, fs          # and so is the sentence's word bag


def test_assault_features_keep_the_trigger_window(featurizer):
    fs = _feats(featurizer, "وقتل مسلحون مجهولون أمس ثلاثة جنود في هجوم على نقطة تفتيش قرب الحدود.", "ASSAULT")
    assert fs, "no ASSAULT candidate"
    assert [x for x in fs if x.startswith("win=")], fs
    assert [x for x in fs if x.startswith(("c-1=", "c+1="))], fs


# --- 2. a wave / series / movement of the event breaks out
@pytest.mark.parametrize("text, code", [
    ("واندلعت موجة احتجاجات في المدن الجنوبية بعد رفع أسعار الخبز.", "141"),
    ("وانطلقت حركة الاحتجاجات صباح الجمعة من ساحة الجامعة نحو مقر البرلمان.", "141"),
    ("ووقعت سلسلة تفجيرات في أسواق المدينة مساء أمس.", "183"),
])
def test_event_head_after_erupt_verb_is_reported(text, code):
    doc = full(text)
    evs = [e for e in doc.events if e.cameo == code and counted(e)]
    assert evs and any(":erupt" in e.rule for e in evs), [(e.cameo, e.rule) for e in doc.events]


@pytest.mark.parametrize("text", [
    # no break-out verb before the head: the filter decides, no stand
    "وبدأت حركة الاحتجاجات تتراجع خلال الأشهر الماضية.",
    # the head with a preposition is no subject of the verb
    "وانطلقت القافلة لمواجهة موجة احتجاجات متوقعة.",
])
def test_event_head_without_erupt_lead_is_no_stand(text):
    doc = full(text)
    assert not [e for e in doc.events if e.plover_type == "PROTEST" and ":erupt" in e.rule], \
        [(e.cameo, e.rule) for e in doc.events]
