"""Entity-level NER scoring (CoNLL exact-span match): precision, recall, F1 per type and micro."""
from __future__ import annotations

from typing import Sequence

from ..lang.corpora import bio_spans


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], exclude: Sequence[str] = ()) -> dict:
    """``gold``/``pred``: per-sentence BIO tag lists (I- after another type starts an entity).

    Returns ``{"micro": {p, r, f1, ...}, "per_type": {TYPE: {...}}, "n_gold": N}``.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    tp: dict[str, int] = {}
    ng: dict[str, int] = {}
    npd: dict[str, int] = {}
    for g, p in zip(gold, pred):
        if len(g) != len(p):
            raise ValueError("sentence length mismatch between gold and prediction")
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        if exclude:
            gs = {x for x in gs if x[2] not in exclude}
            ps = {x for x in ps if x[2] not in exclude}
        for s in gs:
            ng[s[2]] = ng.get(s[2], 0) + 1
        for s in ps:
            npd[s[2]] = npd.get(s[2], 0) + 1
        for s in gs & ps:
            tp[s[2]] = tp.get(s[2], 0) + 1
    types = sorted(set(ng) | set(npd))
    per = {t: _prf(tp.get(t, 0), npd.get(t, 0), ng.get(t, 0)) for t in types}
    micro = _prf(sum(tp.values()), sum(npd.values()), sum(ng.values()))
    return {"micro": micro, "per_type": per, "n_gold": sum(ng.values())}
