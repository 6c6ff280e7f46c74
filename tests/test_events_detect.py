"""Report-vs-reference decisions for ASSAULT / PROTEST (rule anchors + learned filter) and the
protest direction rule, on sentences written for these tests."""
import pytest

from events_helpers import code, dump, find

from marsad.coding import detect
from marsad.coding.structure import get_lexicon, words_of
from marsad.eval.events import _ev_country
from marsad.model import Event


def _counted(doc, typ):
    return [e for e in doc.events if e.plover_type == typ and not e.historical and not e.negated
            and e.modality in ("asserted", "possible")]


# --- sentence-initial past verbs and verbs with numbers / time words are reports ------------------
@pytest.mark.parametrize("text", [
    "وقتل ثلاثة جنود في انفجار عبوة ناسفة أمس.",
    "واختطف مسلحون مجهولون صحفيا محليا صباح اليوم.",
    "وهاجم مسلحون نقطة تفتيش للجيش.",
    "أصيب 12 شخصا بجروح عندما فتح مسلح النار في سوق شعبي.",
])
def test_anchored_assault_report_stands(text):
    doc = code(text, {})
    assert _counted(doc, "ASSAULT"), dump(doc)


@pytest.mark.parametrize("text", [
    "ويخشى السكان من أن يهاجم المسلحون القرية مرة أخرى.",
    "وقالت الحكومة إنها لن تسمح بأي هجوم على المنشآت النفطية.",
])
def test_threat_or_negated_not_counted(text):
    doc = code(text, {})
    assert not _counted(doc, "ASSAULT"), dump(doc)


def test_anchored_report_function():
    doc = code("وهاجم مسلحون نقطة تفتيش للجيش.", {})
    sent = doc.sentences[0]
    words = words_of(doc, sent, get_lexicon("ar", None))
    evs = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert evs and detect.anchored_report(words, evs), dump(doc)
    doc2 = code("ويرى محللون أن الهجمات على نقاط التفتيش تعكس ضعف الأمن.", {})
    w2 = words_of(doc2, doc2.sentences[0], get_lexicon("ar", None))
    ev2 = [e for e in doc2.events if e.plover_type == "ASSAULT"]
    assert not detect.anchored_report(w2, ev2), dump(doc2)


def test_imperfect_is_not_perfect():
    assert detect._imperfect("يهاجم") and detect._imperfect("وتقصف")
    assert not detect._imperfect("هاجم") and not detect._imperfect("وقصف")


def test_threshold_capped_only_in_hybrid():
    t = detect.threshold("ASSAULT", capped=False)
    assert detect.threshold("ASSAULT") == min(t, detect.REJECT_BELOW)


# --- protest direction: a state actor is what the protest is directed at ----------------------------
def test_protest_against_government_is_target():
    doc = code("وخرجت مظاهرة حاشدة ضد الحكومة الصومالية في مقديشو أمس.", {"الحكومة الصومالية": "SOMGOV"})
    assert find(doc, "14", None, "SOMGOV"), dump(doc)
    assert not find(doc, "14", "SOMGOV", None), dump(doc)


def test_protest_by_students_keeps_source():
    doc = code("وتظاهر الطلاب الأتراك أمام مبنى البرلمان أمس.", {"الطلاب الأتراك": "TUREDU"})
    assert find(doc, "14", "TUREDU", None), dump(doc)


# --- span evaluation: UAF is a role, not a country -------------------------------------------------
def test_uaf_is_no_country():
    ev = Event(id="x", sentence=0, sentence_start=0, sentence_end=1, trigger_start=0, trigger_end=1,
               trigger="x", cameo="190", root="19", quad_class=4, goldstein=-10.0, plover_type="ASSAULT")
    ev.source_code, ev.source_country = "UAF", None
    ev.target_code, ev.target_country = "IGOUNO", None
    assert _ev_country(ev, "source") is None
    assert _ev_country(ev, "target") == "IGO"
