#!/usr/bin/env python
"""Build the language-layer data files and train the Arabic NER model from ../shared.

    python scripts/train_ner.py [--shared ../shared] [--iterations 150] [--c1 0.02] [--c2 0.1]
                                [--feats CL,CL2,BIAS,NM,WF] [--no-data | --wordfreq-only]

Same as ``marsad train ner``.  Writes marsad/data/ner/{vocab,gazetteer,en_gazetteer,keep_names,clusters,wordfreq_ar,namelike}.tsv
and marsad/data/models/ner_ar.crfsuite, then prints dev scores (ANERcorp last 10%, AQMAR held-out
articles).  See marsad/data/ner/README.md for the split and sources.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from marsad.lang.ner_train import DEFAULTS, train
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--out", default=None, help="model path (default marsad/data/models/ner_ar.crfsuite)")
    ap.add_argument("--iterations", type=int, default=DEFAULTS["iterations"])
    ap.add_argument("--c1", type=float, default=DEFAULTS["c1"])
    ap.add_argument("--c2", type=float, default=DEFAULTS["c2"])
    ap.add_argument("--feats", default=None,
                    help="feature groups, comma-separated (default: marsad.lang.ner.FEATS, the shipped set; "
                         "a model trained with other groups needs the same FEATS at tagging time)")
    ap.add_argument("--no-data", action="store_true", help="do not rebuild the TSV data files")
    ap.add_argument("--wordfreq-only", action="store_true",
                    help="rebuild only wordfreq_ar.tsv (needs the wordfreq package; the other data files stay as they are)")
    a = ap.parse_args()
    if a.feats:
        from marsad.lang import ner
        ner.FEATS.clear()
        ner.FEATS.update(x for x in a.feats.split(",") if x)
    res = train(Path(a.shared), Path(a.out) if a.out else None, iterations=a.iterations,
                c1=a.c1, c2=a.c2, rebuild_data="wordfreq" if a.wordfreq_only else not a.no_data)
    print(json.dumps({k: (v["micro"] if isinstance(v, dict) and "micro" in v else v) for k, v in res.items()},
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
