"""Training and cross-validation of the report-vs-reference filter (:mod:`marsad.coding.detect`).

Logistic regression (L2, class-balanced) over hashed feature strings, in numpy; folds are grouped
by sentence text so duplicates never straddle train and test.
"""
from __future__ import annotations

import hashlib
from typing import Optional

import numpy as np

DIM = 1 << 18


def _h(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little") % DIM


def _matrix(feats: list[list[str]]):
    rows, cols = [], []
    for i, fs in enumerate(feats):
        for c in {_h(x) for x in fs}:
            rows.append(i)
            cols.append(c)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def train_lr(feats: list[list[str]], y: np.ndarray, l2: float = 1.0, epochs: int = 300, lr: float = 0.5):
    """Full-batch gradient descent with class-balanced weights; returns a weight vector over DIM."""
    n = len(feats)
    rows, cols = _matrix(feats)
    w = np.zeros(DIM)
    pos = max(1, int(y.sum()))
    neg = max(1, n - pos)
    sw = np.where(y == 1, n / (2 * pos), n / (2 * neg))
    for _ in range(epochs):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g_row = (p - y) * sw
        g = np.bincount(cols, weights=g_row[rows], minlength=DIM) / n + l2 * w / n
        w -= lr * g
    return w


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


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    best, bt = -1.0, 0.5
    for t in np.arange(0.2, 0.9, 0.025):
        f = prf(y, (p >= t).astype(int))["f1"]
        if f > best:
            best, bt = f, float(t)
    return bt


def cross_validate(texts: list[str], feats: list[Optional[list[str]]], y: np.ndarray, rule_pos: np.ndarray,
                   k: int = 5, hybrid: "bool | str" = False, **kw) -> dict:
    """``feats[i]`` is None when the rules propose no candidate (then the prediction is negative).
    The threshold is chosen on each training part (inner fit), never on the test fold."""
    fold = np.array([int(hashlib.md5(t.encode("utf-8")).hexdigest(), 16) % k for t in texts])
    pred = np.zeros(len(y), dtype=int)
    for f in range(k):
        tr = [i for i in range(len(y)) if fold[i] != f and feats[i] is not None]
        te = [i for i in range(len(y)) if fold[i] == f and feats[i] is not None]
        if not tr or not te:
            continue
        w = train_lr([feats[i] for i in tr], y[tr], **kw)
        t = best_threshold(y[tr], predict(w, [feats[i] for i in tr]) * 0 + _inner(tr, feats, y, fold, f, **kw))
        p = predict(w, [feats[i] for i in te])
        pred[te] = (p >= t).astype(int)
        if hybrid:   # candidates with this rule feature stand; the model decides the rest
            stand = hybrid if isinstance(hybrid, str) else "verb_report"
            for i in te:
                if stand in feats[i]:
                    pred[i] = 1
    return {"cv": prf(y, pred), "rules": prf(y, rule_pos.astype(int))}


def _inner(tr, feats, y, fold, f, **kw) -> np.ndarray:
    """Out-of-fold scores inside the training part (for an honest threshold)."""
    out = np.zeros(len(tr))
    idx = np.array(tr)
    sub = fold[idx]
    for g in set(sub.tolist()):
        a = [k for k, i in enumerate(tr) if fold[i] != g]
        b = [k for k, i in enumerate(tr) if fold[i] == g]
        w = train_lr([feats[tr[k]] for k in a], y[[tr[k] for k in a]], **kw)
        out[b] = predict(w, [feats[tr[k]] for k in b])
    return out
