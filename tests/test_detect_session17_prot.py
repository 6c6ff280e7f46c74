"""Session 17, PROT: the filter's threshold chosen for the event stage's decision.

The grouped CV (and the shipped model) count a row with an override stand positive whatever the model says
(session 10, CVX); the threshold inside each fold was chosen on the model's scores alone, as if the stand rows were
decided by the model too.  ``detect_cv.Data(stand_threshold=True)`` chooses it on the decision the stage makes: the
stand rows are counted whatever the score.  The trainer's ``--stand-threshold TYPES`` turns it on; the default is off
(``STAND_THRESHOLD``: ASSAULT detection CV rises, its out-of-fold span figure falls; README "Session 17, PROT").
Toy rows only (hashed-feature strings; no sentence of the dev data)."""

import numpy as np
import pytest

from marsad.coding import detect
from marsad.eval import detect_cv as dc

from detect_helpers import toy_rows, train_script


@pytest.fixture(scope="module")
def script():
    return train_script("_train_event_detector_s17")


def test_best_threshold_counts_the_fixed_rows():
    # two stand rows with low scores are positives; one non-stand negative scores .3, the non-stand positive .7
    y = np.array([1, 1, 0, 1, 0])
    p = np.array([0.25, 0.25, 0.3, 0.7, 0.1])
    fixed = np.array([True, True, False, False, False])
    # on scores alone the grid's floor is best (it takes the low stand positives and the .3 negative with them)
    assert dc.best_threshold(y, p) == pytest.approx(0.2)
    # for the decision, the stand rows count anyway: a threshold above .3 drops the negative and keeps every positive
    t = dc.best_threshold(y, p, fixed)
    assert t == pytest.approx(0.325)
    assert dc.prf(y, ((p >= t) | fixed).astype(int))["f1"] == 1.0
    assert dc.prf(y, ((p >= 0.2) | fixed).astype(int))["f1"] == pytest.approx(0.8571)
    # no fixed rows: the same as before
    assert dc.best_threshold(y, p, np.zeros(5, dtype=bool)) == dc.best_threshold(y, p)


def _toy_with_stands(k: int = 12):
    """Toy rows plus ``k`` stand rows labelled "no" whose words look like the positives and ``k`` stand rows labelled
    "yes" whose words look like the negatives (both counted whatever the model says)."""
    feats, y, groups = toy_rows(60)
    for i in range(k):
        feats.append(["bias", "w=hjm", f"w=x{i % 7}", detect.STAND_MARK + "ar:verb"])
        y.append(0.0)
        groups.append(f"docS{i // 2}")
    for i in range(k):
        feats.append(["bias", "w=ijtm", f"w=x{i % 5}", detect.STAND_MARK + "ar:verb"])
        y.append(1.0)
        groups.append(f"docT{i // 2}")
    return feats, np.array(y), groups


def test_stand_threshold_changes_the_threshold_not_the_model(script):
    feats, y, groups = _toy_with_stands()
    plain = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y))
    aware = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y), stand_threshold=True)
    idx = list(range(len(y)))
    w0, _ = dc.fit(plain, idx, stand=script.STAND, epochs=60)
    w1, _ = dc.fit(aware, idx, stand=script.STAND, epochs=60)
    assert np.array_equal(w0, w1)          # the same model
    # the grouped CV of the stage's decision: the fold thresholds chosen with the stands counted do better
    assert dc.cross_validate(plain, stand=script.STAND, epochs=60)["f1"] == pytest.approx(0.7529)
    assert dc.cross_validate(aware, stand=script.STAND, epochs=60)["f1"] == pytest.approx(0.8421)
    # without ``stand`` (the CV figure "cv", the model alone) the flag changes nothing
    assert dc.cross_validate(aware, epochs=60) == dc.cross_validate(plain, epochs=60)


def test_pooled_threshold_restores_the_folds(script):
    feats, y, groups = _toy_with_stands()
    aware = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y), stand_threshold=True)
    t = dc.pooled_threshold(aware, groups, 2, stand=script.STAND, epochs=60)
    assert 0.2 <= t < 0.9
    assert np.array_equal(aware.fold, dc.folds_of(groups))


def test_trainer_sets_the_flag_per_type(script):
    assert script.STAND_THRESHOLD == ()   # measured, not the default (README "Session 17, PROT": the span figure falls)
    rows = [{"id": f"D{i}-1", "label": "yes" if i % 2 else "easy no", "accept": 0, "total": 0,
             "feats": ["bias", f"w=x{i}"], "elig": True} for i in range(6)]
    assert script.data_of(rows, 0.5, stand_threshold=True).stand_threshold is True
    assert script.data_of(rows, 0.5).stand_threshold is False
