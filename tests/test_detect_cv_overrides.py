"""Session 10, CVX: the grouped CV of the report-vs-reference filter (scripts/train_event_detector.py) applies the event
stage's override rules exactly, read off the stage itself: each row is coded under a model that rejects every sentence
(detect.forced_model), the events still counted there are the stands, marked ``stand:<rule>`` in the row's features;
the CV counts such a row positive whatever the model says, and the model fitting ignores the marker.  Sentences
written for these tests in the style of news reports (none taken from the dev data)."""

import numpy as np
import pytest

from marsad.coding import detect
from marsad.eval import detect_cv as dc
from marsad.eval.events import counted
from marsad.pipeline import Pipeline, PipelineConfig

from detect_helpers import toy_rows, train_script


@pytest.fixture(scope="module")
def script():
    return train_script()


def _toy(n=60):
    feats, y, groups = toy_rows(n)
    return feats, np.array(y), groups


# ------------------------------------------------------------------ the marker is no model feature
def test_marker_is_not_a_model_feature():
    feats, y, _ = _toy()
    marked = [f + ([detect.STAND_MARK + "ar:verb"] if i % 4 == 0 else []) for i, f in enumerate(feats)]
    w0 = dc.train_lr(feats, y, epochs=40)
    w1 = dc.train_lr(marked, y, epochs=40)
    assert np.array_equal(w0, w1)
    assert np.array_equal(dc.predict(w0, feats), dc.predict(w1, marked))
    # a marker whose hash column holds a weight (a collision) is still never written to the model file
    m = detect.STAND_MARK + "ar:noun:erupt"
    w = np.zeros(dc.DIM)
    w[dc._h(m)] = 1.5
    w[dc._h("bias")] = -0.5
    assert dc.weights_dict(w, ["bias", m]) == {"bias": -0.5}
    assert detect.is_marker(m) and not detect.is_marker("verb_lead")


# ------------------------------------------------------------------ a row with an override stands in the CV
def test_override_row_stands_in_cv_predictions(script):
    feats, y, groups = _toy()
    # a "yes" row whose words look like the negatives: the model rejects it unless an override marks it
    feats.append(["bias", "w=ijtm", "w=x3", detect.STAND_MARK + "ar:verb"])
    y = np.append(y, 1.0)
    groups.append("docX")
    d = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y))
    i = len(y) - 1
    with_stand, _ = dc.oof_predict(d, stand=script.STAND, epochs=60)
    without, _ = dc.oof_predict(d, epochs=60)
    assert with_stand[i] == 1 and without[i] == 0
    # other rows are the model's
    assert np.array_equal(np.delete(with_stand, i), np.delete(without, i))
    # an ineligible row (no candidate counted when the model reports) is not made positive by a high score
    assert dc.decide(0.9, 0.5, False, ["bias"], script.STAND) == 0
    assert dc.decide(0.1, 0.5, False, ["bias", detect.STAND_MARK + "x"], script.STAND) == 1


def test_forced_model_fixes_the_decision():
    fs = ["bias", "w=x"]
    for typ in detect.TYPES:
        acc, rej = detect.forced_model(typ, True), detect.forced_model(typ, False)
        p = detect.score(fs, typ, acc)
        assert p >= detect.threshold(typ, capped=False, m=acc)
        assert detect.score(fs, typ, rej) < detect.threshold(typ, capped=False, m=rej)
        other = [t for t in detect.TYPES if t != typ][0]
        if detect.model():
            assert acc["types"][other] == detect.model()["types"][other]


# ------------------------------------------------------------------ the CV and the pipeline agree, override by override
# (type, text, an override of the stage fires); the reference sentences have none
CASES = [
    ("ASSAULT", "وقتل مسلحون مجهولون ثلاثة جنود في هجوم على حاجز للجيش شمال المدينة.", True),     # lead_report
    ("ASSAULT", "وذكرت مصادر أمنية أن مسلحين اغتالوا ضابطا في الشرطة مساء أمس.", True),           # quote_lead
    ("ASSAULT", "وقام مسلحون مجهولون بخطف طبيب من عيادته في وسط المدينة.", True),                 # do_lead
    ("PROTEST", "وجاب مئات المحتجين شوارع المدينة مطالبين بالإفراج عن المعتقلين.", True),          # crowd_lead
    ("PROTEST", "واندلعت في المدينة مظاهرات غاضبة احتجاجا على رفع أسعار الوقود.", True),           # erupt_lead
    ("ASSAULT", "وأدان الوزير الاعتداءات التي تتعرض لها الكنائس منذ سنوات.", False),
    ("PROTEST", "ويتوقع مراقبون أن تشهد العاصمة مظاهرات حاشدة الأسبوع المقبل.", False),
]


def _pipeline_counts(text, typ, m):
    doc = Pipeline(PipelineConfig(options={"event_detect_model": m}))(text, published_at="2010-03-14")
    return any(e.plover_type == typ and counted(e) for e in doc.events)


def _row(script, typ, text):
    return script.row_of(script.pipelines(typ), typ, {"id": "X_1", "text": text, "label": "yes", "accept": "3",
                                                       "total": "3"})


@pytest.mark.parametrize("typ, text, fires", CASES)
def test_cv_decision_equals_pipeline(script, typ, text, fires):
    row = _row(script, typ, text)
    assert row["feats"] is not None and row["n_sent"] == 1
    stand = dc.stands(row["feats"], script.STAND)
    assert stand == fires, row["feats"]
    # a filter that rejects everything: only the overrides count, in the pipeline and in the CV
    rej = detect.forced_model(typ, False)
    assert _pipeline_counts(text, typ, rej) == fires
    # the CV's decision for this row under a given model, as oof_predict makes it, against the pipeline run with that
    # model (the shipped one, one that rejects all, one that reports all)
    for m in filter(None, (detect.model(), rej, detect.forced_model(typ, True))):
        if typ not in m.get("types", {}):
            continue
        p = detect.score(row["feats"], typ, m)
        t = detect.threshold(typ, capped=False, m=m)
        assert dc.decide(p, t, row["elig"], row["feats"], script.STAND) == int(_pipeline_counts(text, typ, m))


def test_old_feature_stands_missed_an_override(script):
    # the script's stand set before (the features verb_lead / noun_erupt) did not see quote_lead: the CV then counted
    # the quoted report as the model's, while the stage lets it stand
    typ, text, _ = CASES[1]
    row = _row(script, typ, text)
    assert dc.stands(row["feats"], script.STAND)
    assert not dc.stands(row["feats"], ("verb_lead", "noun_erupt"))
