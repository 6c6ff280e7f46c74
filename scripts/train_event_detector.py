#!/usr/bin/env python3
"""Train the report-vs-reference filter for ASSAULT / PROTEST (marsad.coding.detect) on the
arabic_event_gsr dev CSVs, report 5-fold cross-validated P/R/F1 next to the rules alone, and
write marsad/data/models/events_detect.json (re-runnable; the dev CSVs are MIT-licensed).

usage: python scripts/train_event_detector.py [--shared ../shared] [--no-write]
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from marsad.eval.detect_cv import DIM, _h, best_threshold, cross_validate, predict, train_lr  # noqa: E402
from marsad.coding.detect import STAND_RULES  # noqa: E402
from marsad.eval.events import _date_from_id, counted  # noqa: E402
from marsad.pipeline import Pipeline, PipelineConfig  # noqa: E402


def rows_of(path: Path):
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            lab = r["label"].strip().lower()
            if lab == "ambiguous":
                continue
            yield r, 1 if lab == "yes" else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--cache", help="JSON file to store/reuse the extracted features (development aid)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--epochs", type=int, default=300)
    a = ap.parse_args(argv)
    base = Path(a.shared) / "data" / "events" / "arabic_event_gsr_dev"
    pipe = Pipeline(PipelineConfig(options={"event_classifier": False, "event_features": True}))
    out = {"types": {}, "source": "arabic_event_gsr dev (MIT), scripts/train_event_detector.py", "dim": DIM}
    report = {}
    for typ, fn in (("ASSAULT", "assault_gsr.csv"), ("PROTEST", "protest_gsr.csv")):
        cache = Path(f"{a.cache}.{typ}") if a.cache else None
        if cache and cache.exists():
            texts, feats, ys, rule_pos = json.loads(cache.read_text(encoding="utf-8"))
        else:
            texts, feats, ys, rule_pos = [], [], [], []
            for r, y in rows_of(base / fn):
                doc = pipe(r["text"], published_at=_date_from_id(r["id"]))
                fs = [f for _, f in doc.meta.get("event_features", {}).get(typ, [])]
                merged = sorted({x for f in fs for x in f}) if fs else None
                texts.append(r["text"])
                feats.append(merged)
                ys.append(y)
                rule_pos.append(any(e.plover_type == typ and counted(e) for e in doc.events))
            if cache:
                cache.write_text(json.dumps([texts, feats, ys, rule_pos], ensure_ascii=False), encoding="utf-8")
        y = np.array(ys)
        res = cross_validate(texts, feats, y, np.array(rule_pos), l2=a.l2, epochs=a.epochs)
        res["hybrid"] = cross_validate(texts, feats, y, np.array(rule_pos), l2=a.l2, epochs=a.epochs, hybrid=True)["cv"]
        stand = [None if fs is None else fs + (["_stand"] if "verb_anchored" in fs or any(
            f"rule={r.split(':', 1)[-1]}" in fs for r in STAND_RULES.get(typ, ())) else []) for fs in feats]
        res["shipped"] = cross_validate(texts, stand, y, np.array(rule_pos), l2=a.l2, epochs=a.epochs,
                                        hybrid="_stand")["cv"]
        res["anchored"] = cross_validate(texts, feats, y, np.array(rule_pos), l2=a.l2, epochs=a.epochs,
                                         hybrid="verb_anchored")["cv"]
        report[typ] = res
        print(typ, json.dumps(res))
        tr = [i for i, f in enumerate(feats) if f is not None]
        w = train_lr([feats[i] for i in tr], y[tr], l2=a.l2, epochs=a.epochs)
        # threshold from out-of-fold scores on the whole dev set
        from marsad.eval.detect_cv import _inner
        import hashlib
        fold = np.array([int(hashlib.md5(t.encode('utf-8')).hexdigest(), 16) % 5 for t in texts])
        oof = _inner(tr, feats, y, fold, -1, l2=a.l2, epochs=a.epochs)
        thr = best_threshold(y[tr], oof)
        names = sorted({x for i in tr for x in feats[i]})
        weights = {x: round(float(w[_h(x)]), 5) for x in names if abs(w[_h(x)]) > 1e-4}
        out["types"][typ] = {"threshold": round(thr, 3), "weights": weights, "n_train": len(tr),
                             "cv": res["cv"], "cv_hybrid": res["hybrid"], "cv_anchored": res["anchored"],
                             "cv_shipped": res["shipped"],
                             "rules_only": res["rules"]}
    if not a.no_write:
        p = ROOT / "marsad" / "data" / "models" / "events_detect.json"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print("wrote", p, p.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
