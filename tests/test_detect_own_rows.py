"""Own-words training sentences for the ASSAULT / PROTEST filter (session 14, AUG): the rows of
marsad/data/training/filter_own_ar.tsv are in the training part of every fold and never scored
(detect_cv.Data ``extra``), and the train script reads and marks them."""
from pathlib import Path

import numpy as np
import pytest

from marsad.eval import detect_cv as dc

from detect_helpers import toy_rows, train_script

ROOT = Path(__file__).resolve().parents[1]
OWN = ROOT / "marsad" / "data" / "training" / "filter_own_ar.tsv"


def _script():
    return train_script("train_event_detector")


_toy = toy_rows


def _with_extra(k_extra=12):
    """The toy rows plus ``k_extra`` extra rows: a word ("w=only_extra") seen on extra positives only."""
    feats, y, groups = _toy()
    n = len(y)
    feats = feats + [["bias", "w=only_extra", "w=ijtm"] for _ in range(k_extra)]
    y = y + [1.0] * k_extra
    groups = groups + [f"own{i}" for i in range(k_extra)]
    extra = [False] * n + [True] * k_extra
    scored = [True] * n + [False] * k_extra
    return dc.Data(groups, feats, y, scored, [1.0] * len(y), extra=extra), n


def test_extra_rows_have_no_fold_in_any_assignment():
    d, n = _with_extra()
    assert (d.fold[n:] == -1).all() and (d.fold[:n] >= 0).all()
    assert np.array_equal(d.fold[:n], dc.folds_of(d.groups[:n], 5))
    groups = d.groups
    before = d.fold.copy()
    dc.repeated_cv(d, groups, seeds=3, epochs=30)
    assert np.array_equal(d.fold, before)
    for salt in ("a", "b"):
        f = d.folds(salt)
        assert (f[n:] == -1).all() and np.array_equal(f[:n], dc.folds_of(groups[:n], 5, salt))


def test_extra_rows_train_every_fold_and_are_never_scored():
    d, n = _with_extra()
    models = dc.fold_models(d, epochs=50)
    # every fold model saw the extra rows: the word found only on them has a positive weight in each
    assert all(w[dc._h("w=only_extra")] > 0 for w, _ in models)
    pred, prob = dc.oof_predict(d, epochs=50)
    assert (prob[n:] == 0).all() and (pred[n:] == 0).all()   # not scored: no out-of-fold score
    res = dc.cross_validate(d, epochs=50)
    assert res["tp"] + res["fn"] == 20                     # the 20 toy positives only, not the 12 extra
    # without the extra rows the word is unknown (weight 0)
    feats, y, groups = _toy()
    d0 = dc.Data(groups, feats, y, [True] * len(y), [1.0] * len(y))
    w0, _ = dc.fit(d0, list(range(len(y))), epochs=50)
    assert w0[dc._h("w=only_extra")] == 0.0


def test_own_rows_file_is_well_formed():
    mod = _script()
    rows = mod.own_rows(OWN)
    by = {}
    for r in rows:
        by.setdefault((r["event_type"], r["label"]), []).append(r)
        assert r["id"].startswith("OWN_ARB_") and dc.doc_group(r["id"]) != r["id"]
        assert r["text"].strip() and "\t" not in r["text"]
    for typ in ("ASSAULT", "PROTEST"):
        for lab in ("yes", "difficult no", "easy no"):
            assert len(by.get((typ, lab), [])) >= 40, (typ, lab)
    texts = [r["text"].strip() for r in rows]
    assert len(set(texts)) == len(texts)
    # ids are unique, a group's sentences share its date
    assert len({r["id"] for r in rows}) == len(rows)


def test_own_rows_reject_an_unknown_label(tmp_path):
    mod = _script()
    p = tmp_path / "bad.tsv"
    p.write_text("id\tevent_type\tlabel\ttext\nOWN_ARB_20200101.A1-1\tASSAULT\tmaybe\tقتل مسلحون حارسا.\n",
                 encoding="utf-8")
    with pytest.raises(ValueError):
        mod.own_rows(p)


def test_data_of_marks_own_rows():
    mod = _script()
    dev = [{"id": f"AAW_ARB_20070101.00{i}-1", "label": "yes" if i % 2 else "difficult no", "accept": 1, "total": 4,
            "feats": ["bias", f"w=a{i}"], "elig": True} for i in range(10)]
    own = [{"id": f"OWN_ARB_20200101.A{i}-1", "label": "easy no", "accept": 0, "total": 0,
            "feats": ["bias", "w=b"], "elig": True, "own": True} for i in range(3)]
    d = mod.data_of(dev + own, 0.5, own_weight=0.25)
    assert list(d.scored) == [True] * 10 + [False] * 3
    assert list(d.weight[10:]) == [0.25] * 3 and list(d.weight[:10]) == [1.0] * 10
    assert (d.fold[10:] == -1).all() and (d.fold[:10] >= 0).all()
    assert list(d.y[10:]) == [0.0] * 3 and d.y[0] == 0.25   # a dev "difficult no" 1 of 4 keeps its soft target
