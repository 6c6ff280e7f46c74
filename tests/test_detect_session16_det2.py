"""Session 16, DET2 (issue #7): a reported attack noun that is the subject of a past occurrence verb stands
(detect.quote_occur_lead: "قالت الشرطة إن انفجارا وقع …").  Sentences written for these tests in the style of news
reports (none taken from the dev data).

A stand is an event the event stage counts whatever the filter says: coded under a model that rejects every sentence
of the type (:func:`marsad.coding.detect.forced_model`), only the stands are counted."""
import pytest

from marsad.coding import detect
from marsad.eval.events import counted
from marsad.pipeline import Pipeline, PipelineConfig

from detect_helpers import coded, stands
from events_helpers import show


@pytest.mark.parametrize("text, trig, cameo", [
    ("وقالت الشرطة إن انفجارا وقع قرب مبنى البلدية صباح اليوم.", "انفجارا", "183"),
    ("وذكر شاهد عيان أن اثنين من التفجيرات وقعا في سوق مكتظ بالمتسوقين وسط المدينة.", "التفجيرات", "183"),
    ("وأفادت مصادر أمنية بأن اشتباكات عنيفة وقعت بين الجيش ومسلحين في الحي.", "اشتباكات", "193"),
    ("وقال الضابط إن هجوما انتحاريا وقع على حاجز للجيش فجر اليوم.", "هجوما", "190"),
    ("وقالت الشرطة إن ثلاثة انفجارات وقعت في العاصمة.", "انفجارات", "183"),
])
def test_reported_occurrence_stands(text, trig, cameo):
    evs, doc = stands(text)
    assert any(e.trigger == trig and e.cameo == cameo and ":erupt" in e.rule and e.quote_id for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # a definite noun without a count: the attack of an earlier sentence, left to the filter
    "وقال المحافظ إن الانفجار وقع قرب مبنى البلدية.",
    # a relative clause: the noun is the subject of another verb
    "وقال المحافظ إن الهجوم الذي وقع أمس استهدف مبنى البلدية.",
    # an imperfect after a modal: a possibility, no report
    "وقال الخبير إن انفجارا قد يقع في أي لحظة.",
    # an auxiliary between the noun and the verb
    "وقالت الشرطة إن انفجارا كان وقع قرب المبنى.",
    # a denial
    "ونفى المتحدث أن يكون انفجار وقع في المعسكر.",
    # not the clause's subject: a noun after a preposition
    "وقال الوزير إن المدينة تضررت بانفجار وقع الشهر الماضي.",
])
def test_reported_occurrence_guards(text):
    evs, doc = stands(text)
    assert not evs, show(doc)


def test_reported_protest_is_no_stand():
    """Protest nouns are left out: "إن مظاهرات اندلعت" is no lead (round 9's guard, tests/test_events_erupt_ar.py)."""
    evs, doc = stands("وقال شهود عيان إن مظاهرات حاشدة خرجت في وسط المدينة أمس.", "PROTEST")
    assert not any(":erupt" in e.rule for e in evs), show(doc)


def test_flag_off(monkeypatch):
    text = "وقالت الشرطة إن انفجارا وقع قرب مبنى البلدية صباح اليوم."
    assert stands(text)[0]
    monkeypatch.setattr(detect, "QUOTE_OCCUR", False)
    evs, doc = stands(text)
    assert not evs, show(doc)


def test_no_filter_feature():
    """The stand is an override of the event stage, no feature of the filter (erupt_lead with crowd=False)."""
    doc = coded("وقالت الشرطة إن انفجارا وقع قرب مبنى البلدية صباح اليوم.", True)
    evs = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert evs and ":erupt" in evs[0].rule
    feats = Pipeline(PipelineConfig(options={"event_classifier": False, "event_features": True}))(
        "وقالت الشرطة إن انفجارا وقع قرب مبنى البلدية صباح اليوم.", published_at="2009-04-12").meta["event_features"]
    assert "noun_erupt" not in feats["ASSAULT"][0][1], feats


# ------------------------------------------------------------------ a VSO verb's object after a fronted adverbial, a long
# subject and a comma (marsad.coding.fronted, used by events._find_obj): the sentence had no candidate at all
@pytest.mark.parametrize("text, cameo", [
    ("أطلقت بعد منتصف الليل طائرة مسيرة تابعة للجيش، صواريخ على مخزن للسلاح في القرية.", "195"),
    ("وأطلقت مساء اليوم مروحية عسكرية من طراز أباتشي، صاروخين على سيارة قرب الحدود.", "195"),
    ("وشنت في ساعة متأخرة من الليل طائرات حربية تابعة للتحالف، غارات على مواقع للمسلحين.", "190"),
])
def test_object_after_fronted_adverbial(text, cameo):
    doc = coded(text, True)
    evs = [e for e in doc.events if e.plover_type == "ASSAULT" and counted(e)]
    assert any(e.cameo == cameo and ":verb:" in e.rule for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # no fronted adverbial: the comma ends the clause
    "أطلقت الحكومة برنامجا جديدا للإسكان، صواريخ الألعاب النارية أضاءت السماء.",
    # the verb does not open the sentence (a relative / reported clause)
    "وقال المتحدث إن طائرة أطلقت بعد منتصف الليل، صواريخ على القرية.",
    # another verb between the subject and the comma
    "أطلقت بعد منتصف الليل طائرة مسيرة تابعة للجيش، ثم عادت إلى قاعدتها.",
])
def test_object_after_comma_guards(text):
    doc = coded(text, True)
    evs = [e for e in doc.events if e.plover_type == "ASSAULT" and e.cameo == "195" and ":verb:" in e.rule]
    assert not evs, show(doc)
