"""Training and cross-validation of the report-vs-reference filter (:mod:`marsad.coding.detect`).

Logistic regression (L2, class-balanced) over hashed feature strings, in numpy.  Folds are grouped
by *document* (the arabic_event_gsr row id without its sentence number, :func:`doc_group`), so the
sentences of one article never straddle train and test; the decision threshold is chosen on
out-of-fold scores inside each training part, never on the test fold.

Soft labels: rows the annotators left "ambiguous" may be added to training with the share of
annotators who accepted the label as the target (``y = accept / total``) and a lower weight;
they are never scored (the detection figure counts yes / no rows only).
"""
from __future__ import annotations

import hashlib
import re
from typing import Optional, Sequence

import numpy as np

from ..coding.detect import is_marker

DIM = 1 << 18


def _h(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little") % DIM


def doc_group(row_id: str) -> str:
    """``AAW_ARB_20071026.0026-2`` -> ``AAW_ARB_20071026.0026`` (one article); ``<hash>_38`` -> ``<hash>``."""
    return re.sub(r"[-_]\d+$", "", row_id or "")


def folds_of(groups: Sequence[str], k: int = 5, salt: str = "") -> np.ndarray:
    """Fold of each row by a hash of its group; ``salt`` gives another assignment (repeated CV)."""
    return np.array([int(hashlib.md5((salt + g).encode("utf-8")).hexdigest(), 16) % k for g in groups])


def _matrix(feats: list[list[str]]):
    rows, cols = [], []
    for i, fs in enumerate(feats):
        for c in {_h(x) for x in fs if not is_marker(x)}:   # override markers are no model features
            rows.append(i)
            cols.append(c)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def train_lr(feats: list[list[str]], y: np.ndarray, l2: float = 1.0, epochs: int = 300, lr: float = 0.5,
             weight: Optional[np.ndarray] = None):
    """Full-batch gradient descent with class-balanced weights (``y`` may be soft, in [0, 1];
    ``weight`` multiplies each row's weight); returns a weight vector over DIM."""
    n = len(feats)
    y = np.asarray(y, dtype=float)
    rows, cols_h = _matrix(feats)
    used, cols = np.unique(cols_h, return_inverse=True)   # train over the columns in use only (same result, faster)
    m = len(used)
    w = np.zeros(m)
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, n - pos)
    sw = y * (n / (2 * pos)) + (1 - y) * (n / (2 * neg))
    if weight is not None:
        sw = sw * weight
    for _ in range(epochs):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g_row = (p - y) * sw
        g = np.bincount(cols, weights=g_row[rows], minlength=m) / n + l2 * w / n
        w -= lr * g
    full = np.zeros(DIM)
    full[used] = w
    return full


def predict(w: np.ndarray, feats: list[list[str]]) -> np.ndarray:
    n = len(feats)
    rows, cols = _matrix(feats)
    z = np.bincount(rows, weights=w[cols], minlength=n)
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def prf(y: np.ndarray, yhat: np.ndarray) -> dict:
    tp = int(((y == 1) & (yhat == 1)).sum())
    fp = int(((y == 0) & (yhat == 1)).sum())
    fn = int(((y == 1) & (yhat == 0)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def best_threshold(y: np.ndarray, p: np.ndarray, fixed: Optional[np.ndarray] = None) -> float:
    """The threshold of the best F1 on a grid; ``fixed``: rows counted whatever the score (the event stage's override
    stands), so the threshold is chosen for the decision the stage makes, not for the model's scores alone."""
    best, bt = -1.0, 0.5
    fx = np.zeros(len(y), dtype=bool) if fixed is None else np.asarray(fixed, dtype=bool)
    for t in np.arange(0.2, 0.9, 0.025):
        f = prf(y, ((p >= t) | fx).astype(int))["f1"]
        if f > best:
            best, bt = f, float(t)
    return bt


class Data:
    """One type's rows: ``feats[i]`` (None when the rules propose no candidate: then negative),
    target ``y`` (soft for ambiguous rows), ``scored`` (a yes / no row), row ``weight``, ``fold``."""

    def __init__(self, groups, feats, y, scored, weight, k: int = 5, eligible=None, train_eligible: bool = False,
                 extra=None, stand_threshold: bool = False):
        self.feats = feats
        # ``stand_threshold``: thresholds are chosen for the stage's decision, the override-stand rows counted whatever
        # the score (:func:`fit`, :func:`pooled_threshold`; session 17, PROT)
        self.stand_threshold = stand_threshold
        # ``extra``: rows that are in the training part of every fold and never scored (own-words training sentences,
        # marsad/data/training/; session 14, AUG): their fold is -1, which no test fold takes
        self.extra = np.zeros(len(y), dtype=bool) if extra is None else np.asarray(extra, dtype=bool)
        self.groups = list(groups)
        # a row whose candidates are all negated / intended / conditional is never counted by the event
        # stage, whatever the model says (the stage only filters asserted / possible candidates)
        self.eligible = np.ones(len(y), dtype=bool) if eligible is None else np.asarray(eligible, dtype=bool)
        # ``train_eligible``: models are fitted on eligible rows only (a row the stage never counts, whatever the model
        # says -- negated, background-vetoed, historical candidates -- is no decision of the model; session 13, PRO)
        self.trainable = self.eligible.copy() if train_eligible else np.ones(len(y), dtype=bool)
        self.y = np.asarray(y, dtype=float)
        self.scored = np.asarray(scored, dtype=bool)
        self.weight = np.asarray(weight, dtype=float)
        self.k = k
        self.fold = self.folds("")

    def folds(self, salt: str = "") -> np.ndarray:
        """The fold of each row for one assignment (:func:`folds_of`); -1 for the ``extra`` rows (always trained on)."""
        return np.where(self.extra, -1, folds_of(self.groups, self.k, salt))

    def gold(self) -> np.ndarray:
        return (self.y >= 1.0).astype(int)


def _fixed(d: Data, rows, stand) -> Optional[np.ndarray]:
    """Rows among ``rows`` counted whatever the model says (``stand``, :func:`stands`), or None."""
    if not (stand and d.stand_threshold):
        return None
    return np.array([stands(d.feats[i] or (), stand) for i in rows], dtype=bool)


def fit(d: Data, idx: list[int], stand=None, **kw) -> tuple[np.ndarray, float]:
    """A model on rows ``idx`` and its threshold, chosen on out-of-fold scores inside ``idx``
    (grouped folds) over the scored rows.  ``stand``: the override stands (:func:`oof_predict`); with
    ``d.stand_threshold`` the threshold is the best for the decision with those rows counted whatever the score."""
    idx = [i for i in idx if d.feats[i] is not None and d.trainable[i]]
    w = train_lr([d.feats[i] for i in idx], d.y[idx], weight=d.weight[idx], **kw)
    oof = np.zeros(len(idx))
    sub = d.fold[idx]
    for g in sorted(set(sub.tolist()) - {-1}):
        a = [j for j, i in enumerate(idx) if d.fold[i] != g]
        b = [j for j, i in enumerate(idx) if d.fold[i] == g]
        if not a or not b:
            continue
        wg = train_lr([d.feats[idx[j]] for j in a], d.y[[idx[j] for j in a]], weight=d.weight[[idx[j] for j in a]], **kw)
        oof[b] = predict(wg, [d.feats[idx[j]] for j in b])
    sc = [j for j, i in enumerate(idx) if d.scored[i]]
    oof = np.where(d.eligible[idx], oof, 0.0)
    t = best_threshold((d.y[[idx[j] for j in sc]] >= 1.0).astype(int), oof[sc], _fixed(d, [idx[j] for j in sc], stand))
    return w, t


def pooled_threshold(d: Data, groups: Sequence[str], seeds: int = 3, stand=None, **kw) -> float:
    """The shipped model's threshold: the best of the mean out-of-fold F1 curve over ``seeds`` fold
    assignments (salts "", "a", "b", as :func:`repeated_cv`).  One assignment's curve moves by a
    sentence or two (PROTEST has 25 positives: 0.325 on one, 0.375 on another), so the shipped
    threshold is taken from their mean instead of from one of them."""
    keep = d.fold
    ts = np.arange(0.2, 0.9, 0.025)
    curves = []
    try:
        for n in range(seeds):
            d.fold = d.folds("" if n == 0 else chr(ord("a") + n - 1))
            idx = [i for i in range(len(d.y)) if d.feats[i] is not None and d.trainable[i]]
            oof = np.zeros(len(d.y))
            for g in range(d.k):
                a = [i for i in idx if d.fold[i] != g]
                b = [i for i in idx if d.fold[i] == g]
                if a and b:
                    w = train_lr([d.feats[i] for i in a], d.y[a], weight=d.weight[a], **kw)
                    oof[b] = predict(w, [d.feats[i] for i in b])
            oof = np.where(d.eligible, oof, 0.0)
            m = d.scored
            fx = _fixed(d, np.flatnonzero(m), stand)
            fx = np.zeros(int(m.sum()), dtype=bool) if fx is None else fx
            curves.append([prf(d.gold()[m], ((oof[m] >= t) | fx).astype(int))["f1"] for t in ts])
    finally:
        d.fold = keep
    return float(ts[int(np.argmax(np.mean(curves, axis=0)))])


def stands(feats: Sequence[str], stand) -> bool:
    """Does a row with ``feats`` stand whatever the model says?  ``stand``: a feature string or a tuple of them; one that
    ends with ":" is a prefix (``STAND_MARK``: any override marker of :func:`marsad.coding.detect.forced_model`'s rows)."""
    for s in ((stand,) if isinstance(stand, str) else stand or ()):
        if s.endswith(":"):
            if any(x.startswith(s) for x in feats):
                return True
        elif s in feats:
            return True
    return False


def decide(p: float, t: float, eligible: bool, feats: Sequence[str], stand=None) -> int:
    """The event stage's outcome for one row, as the CV counts it: an override stands (``stand``), else the model's
    "report" (``p >= t``) counts when a candidate would then be counted (``eligible``)."""
    return int(bool(stand) and stands(feats, stand) or (p >= t and bool(eligible)))


def oof_predict(d: Data, stand: Optional[str] = None, **kw) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold decisions and scores of every scored row (0 / 0.0 for rows without a candidate):
    each fold's rows judged by the model (and threshold) trained on the other folds.  ``stand``:
    rows whose features contain this string (or one of these; a prefix when it ends with ":", e.g.
    ``STAND_MARK``: the event stage's override stands) are positive whatever the model says."""
    pred = np.zeros(len(d.y), dtype=int)
    prob = np.zeros(len(d.y), dtype=float)
    for f in range(d.k):
        tr = [i for i in range(len(d.y)) if d.fold[i] != f and d.feats[i] is not None]
        te = [i for i in range(len(d.y)) if d.fold[i] == f and d.feats[i] is not None and d.scored[i]]
        if not tr or not te:
            continue
        w, t = fit(d, tr, stand=stand, **kw)
        p = predict(w, [d.feats[i] for i in te])
        prob[te] = p
        pred[te] = [decide(float(p[j]), t, d.eligible[i], d.feats[i], stand) for j, i in enumerate(te)]
    return pred, prob


def cross_validate(d: Data, stand: Optional[str] = None, **kw) -> dict:
    """Grouped k-fold P/R/F1 on the scored rows (decisions of :func:`oof_predict`)."""
    pred, _ = oof_predict(d, stand=stand, **kw)
    m = d.scored
    return prf(d.gold()[m], pred[m])


def repeated_cv(d: Data, groups: Sequence[str], seeds: int = 3, stand: Optional[str] = None, **kw) -> dict:
    """Mean F1 of the grouped CV over ``seeds`` fold assignments (salts "", "a", "b", …): with 25 to
    114 positives one assignment moves by a sentence or two, so settings are compared on the mean."""
    keep = d.fold
    f1s = []
    try:
        for n in range(seeds):
            d.fold = d.folds("" if n == 0 else chr(ord("a") + n - 1))
            f1s.append(cross_validate(d, stand=stand, **kw)["f1"])
    finally:
        d.fold = keep
    return {"f1_mean": round(float(np.mean(f1s)), 4), "f1": f1s}


def fold_models(d: Data, stand=None, **kw) -> list[tuple[np.ndarray, float]]:
    """One (weights, threshold) per fold, trained without that fold (for out-of-fold evaluation
    of downstream figures, e.g. the span gold)."""
    return [fit(d, [i for i in range(len(d.y)) if d.fold[i] != f], stand=stand, **kw) for f in range(d.k)]


def weights_dict(w: np.ndarray, names) -> dict:
    return {x: round(float(w[_h(x)]), 5) for x in sorted(set(names)) if abs(w[_h(x)]) > 1e-4 and not is_marker(x)}
