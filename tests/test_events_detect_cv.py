"""The filter's training harness (marsad.eval.detect_cv): training over the columns in use gives the
same weights as over the whole hashed space, an ineligible row (all candidates negated / intended) is
never predicted positive, and repeated CV re-assigns folds by group and restores the original ones."""
import numpy as np

from marsad.eval import detect_cv as dc


def _toy(n=60):
    feats, y, groups = [], [], []
    for i in range(n):
        pos = i % 3 == 0
        feats.append(["bias", "w=hjm" if pos else "w=ijtm", f"w=x{i % 7}"])
        y.append(1.0 if pos else 0.0)
        groups.append(f"doc{i // 2}")
    return feats, np.array(y), groups


def test_compact_training_equals_full_space():
    feats, y, _ = _toy()
    w = dc.train_lr(feats, y, epochs=50)
    # the reference: plain gradient descent over all DIM columns
    rows, cols = dc._matrix(feats)
    n = len(feats)
    ref = np.zeros(dc.DIM)
    pos = y.sum()
    sw = y * (n / (2 * pos)) + (1 - y) * (n / (2 * (n - pos)))
    for _ in range(50):
        z = np.bincount(rows, weights=ref[cols], minlength=n)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(cols, weights=((p - y) * sw)[rows], minlength=dc.DIM) / n + ref / n
        ref -= 0.5 * g
    assert np.allclose(w, ref)
    assert w[dc._h("w=hjm")] > 0 > w[dc._h("w=ijtm")]


def test_ineligible_rows_are_never_positive():
    feats, y, groups = _toy()
    elig = [i % 6 != 0 for i in range(len(y))]   # half of the positives have only negated candidates
    d = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y), eligible=elig)
    res = dc.cross_validate(d, epochs=50)
    assert res["fn"] >= sum(1 for i in range(len(y)) if y[i] == 1 and not elig[i])
    d_all = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y))
    assert dc.cross_validate(d_all, epochs=50)["tp"] > res["tp"]


def test_repeated_cv_salts_folds_and_restores_them():
    feats, y, groups = _toy()
    d = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y))
    before = d.fold.copy()
    assert not np.array_equal(dc.folds_of(groups, 5, "a"), before)
    one = dc.repeated_cv(d, groups, seeds=1, epochs=50)
    assert one["f1"] == [dc.cross_validate(d, epochs=50)["f1"]]
    three = dc.repeated_cv(d, groups, seeds=3, epochs=50)
    assert len(three["f1"]) == 3 and np.array_equal(d.fold, before)
    # rows of one group always share a fold, whatever the salt
    f = dc.folds_of(groups, 5, "b")
    assert all(f[i] == f[i + 1] for i in range(0, len(groups), 2))


def test_train_eligible_fits_on_eligible_rows_only():
    """Session 13 (PRO): with ``train_eligible`` an ineligible row (the stage never counts it) teaches the model nothing:
    a word seen only on ineligible negatives keeps weight 0, and the fit equals one on the eligible rows alone."""
    feats, y, groups = _toy()
    feats = [fs + (["w=neg_only"] if i % 5 == 1 else []) for i, fs in enumerate(feats)]
    y = np.where(np.arange(len(y)) % 5 == 1, 0.0, y)
    elig = [i % 5 != 1 for i in range(len(y))]
    d = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y), eligible=elig, train_eligible=True)
    w, _ = dc.fit(d, list(range(len(y))), epochs=50)
    assert w[dc._h("w=neg_only")] == 0.0
    keep = [i for i in range(len(y)) if elig[i]]
    ref = dc.train_lr([feats[i] for i in keep], y[keep], epochs=50, weight=np.ones(len(keep)))
    assert np.allclose(w, ref)
    d_all = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y), eligible=elig)
    w_all, _ = dc.fit(d_all, list(range(len(y))), epochs=50)
    assert w_all[dc._h("w=neg_only")] < 0
