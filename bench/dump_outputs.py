#!/usr/bin/env python
"""Dump the full pipeline output of a fixed article set, to check that a speed change changes nothing.

The articles: the bundled examples (``marsad/examples``), the seed article (``../shared/seed``), 300
generated articles (:mod:`marsad.scale.synth`, seed 0, the same set as ``bench/bench_stages.py``) and
the sentence texts of ``../shared/data/events/arabic_event_gsr_dev/*_gsr.csv`` (the first 300 rows of
each file, published_at taken from the date in the row id, so relative expressions resolve).  Every
document's full serialisation (:func:`marsad.model.to_dict`, one JSON line per document, sorted keys;
``source`` and ``meta.origin`` reduced to the file name, since the generated corpus lives in a temporary directory) is
written to OUT.

    python bench/dump_outputs.py /tmp/before.jsonl
    python bench/dump_outputs.py /tmp/after.jsonl --compare /tmp/before.jsonl
    python bench/dump_outputs.py /tmp/after.jsonl --compare /tmp/before.jsonl --layers tokens,mentions

``--compare`` prints, per document layer (segments, tokens, mentions, ...), how many documents differ
and the first difference, and exits 1 when anything differs.  Nothing from ``../shared`` is written
anywhere but OUT.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))   # (as bench_stages.SHARED: a worktree has no ../shared)
SEED_DIR = SHARED / "seed"
GSR_DIR = SHARED / "data" / "events" / "arabic_event_gsr_dev"


def documents(n_gen: int, gsr_rows: int):
    """(label, Document) pairs of the fixed article set."""
    from marsad.examples import EXAMPLES_DIR
    from marsad.io.read import ReadFailure, read_paths
    from marsad.model import Document
    from marsad.scale.synth import write_jsonl

    paths = sorted(str(p) for p in EXAMPLES_DIR.glob("*.txt"))
    if SEED_DIR.exists():
        paths += sorted(str(p) for p in SEED_DIR.glob("*.txt"))
    tmp = tempfile.mkdtemp(prefix="marsad-dump-")
    if n_gen:
        corpus = os.path.join(tmp, "corpus.jsonl")
        write_jsonl(corpus, n_gen, seed=0, mean_words=600)
        paths.append(corpus)
    for k, d in enumerate(read_paths(paths)):
        if isinstance(d, ReadFailure):
            continue
        yield f"read:{k}", d
    if GSR_DIR.exists() and gsr_rows:
        for f in sorted(GSR_DIR.glob("*_gsr.csv")):
            with open(f, encoding="utf-8", newline="") as fh:
                for i, row in enumerate(csv.DictReader(fh)):
                    if i >= gsr_rows:
                        break
                    m = re.search(r"_(\d{4})(\d{2})(\d{2})", row["id"])
                    pub = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
                    yield f"gsr:{f.stem}:{i}", Document.from_text(row["text"], published_at=pub)


def dump(out: str, n_gen: int, gsr_rows: int) -> int:
    from marsad.model import to_dict
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    n = 0
    c0 = time.process_time()
    with open(out, "w", encoding="utf-8") as fh:
        for label, doc in documents(n_gen, gsr_rows):
            doc = pipe.run(doc) if hasattr(pipe, "run") else pipe(doc)
            d = to_dict(doc)
            if d.get("source"):
                d["source"] = os.path.basename(str(d["source"]))
            if isinstance(d.get("meta"), dict) and d["meta"].get("origin"):
                d["meta"]["origin"] = os.path.basename(str(d["meta"]["origin"]))
            d["_label"] = label
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} documents -> {out} ({time.process_time() - c0:.1f} CPU s)")
    return n


def compare(a_path: str, b_path: str, layers: list[str] | None) -> int:
    """Differences between two dumps, per layer.  Returns the number of differing (document, layer)s."""
    with open(a_path, encoding="utf-8") as fa, open(b_path, encoding="utf-8") as fb:
        a_lines, b_lines = fa.readlines(), fb.readlines()
    if len(a_lines) != len(b_lines):
        print(f"document count differs: {len(a_lines)} vs {len(b_lines)}")
        return 1
    diffs: dict[str, int] = {}
    first: dict[str, str] = {}
    for la, lb in zip(a_lines, b_lines):
        if la == lb:
            continue
        da, db = json.loads(la), json.loads(lb)
        for k in sorted(set(da) | set(db)):
            if layers and k not in layers:
                continue
            va, vb = da.get(k), db.get(k)
            if va == vb:
                continue
            diffs[k] = diffs.get(k, 0) + 1
            if k not in first:
                detail = ""
                if isinstance(va, list) and isinstance(vb, list):
                    for i, (x, y) in enumerate(zip(va, vb)):
                        if x != y:
                            detail = f"item {i}: {json.dumps(x, ensure_ascii=False)[:400]}\n   vs {json.dumps(y, ensure_ascii=False)[:400]}"
                            break
                    else:
                        detail = f"lengths {len(va)} vs {len(vb)}"
                else:
                    detail = f"{json.dumps(va, ensure_ascii=False)[:300]} vs {json.dumps(vb, ensure_ascii=False)[:300]}"
                first[k] = f"{da.get('_label')}: {detail}"
    if not diffs:
        print(f"identical: {len(a_lines)} documents")
        return 0
    for k, c in sorted(diffs.items()):
        print(f"{k}: {c} documents differ; first {first[k]}")
    return sum(diffs.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="output JSONL")
    ap.add_argument("--n", type=int, default=300, help="generated articles (default 300)")
    ap.add_argument("--gsr-rows", type=int, default=300, help="rows per GSR csv (default 300)")
    ap.add_argument("--compare", metavar="REF", help="compare OUT with an earlier dump REF")
    ap.add_argument("--layers", help="comma-separated document keys to compare (default: all)")
    ap.add_argument("--no-run", action="store_true", help="only compare (OUT exists)")
    a = ap.parse_args()
    if not a.no_run:
        dump(a.out, a.n, a.gsr_rows)
    if a.compare:
        return 1 if compare(a.compare, a.out, a.layers.split(",") if a.layers else None) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
