#!/usr/bin/env python
"""Write a synthetic news corpus (JSONL) for the benchmarks.

Arabic and English articles of varied length with datelines, quotes, captions, photo credits,
ads and source lines, built from templates and word lists written for marsad
(:mod:`marsad.scale.synth`; no copied text).  Same seed -> same file.

    python bench/generate_corpus.py 20000 --out /tmp/corpus.jsonl
"""
from __future__ import annotations

import argparse
import os
import time

from marsad.scale.synth import write_jsonl


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--out", default="corpus.jsonl", help="output JSONL file")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--ar-share", type=float, default=0.7, help="share of Arabic articles (rest English)")
    ap.add_argument("--mean-words", type=int, default=600, help="mean article length in words")
    ap.add_argument("--bad-share", type=float, default=0.0, help="share of broken JSONL lines")
    a = ap.parse_args()
    t0 = time.perf_counter()
    words = write_jsonl(a.out, a.n, seed=a.seed, ar_share=a.ar_share, mean_words=a.mean_words,
                        bad_share=a.bad_share)
    dt = time.perf_counter() - t0
    print(f"articles: {a.n}")
    print(f"words: {words} (mean {words / max(a.n, 1):.0f} per article)")
    print(f"bytes: {os.path.getsize(a.out)}")
    print(f"file: {a.out}")
    print(f"seconds: {dt:.2f}")


if __name__ == "__main__":
    main()
