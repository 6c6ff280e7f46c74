"""Benchmark the language layer (sentences + tokens + NER mentions) on one core.

Usage: python bench/bench_lang.py [--shared ../shared] [--docs 200]

Builds ~600-word pseudo-articles from ANERcorp sentences (one pass, so the word
caches warm up as they would on a real stream) and prints tokens/s, articles/s,
model load time and peak RSS.  Without ../shared it uses the seed-like text in
this file repeated (optimistic: caches stay hot).
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FALLBACK = ("قال وزير الخارجية المصري في القاهرة اليوم الأحد إن بلاده مستعدة لاستضافة جولة جديدة من "
            "المحادثات بين الوفدين، وأضاف أن الرئيس سيلتقي نظيره الفرنسي في باريس الأسبوع المقبل. ") * 40


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--docs", type=int, default=300)
    a = ap.parse_args()
    from marsad.model import Document, Segment
    from marsad.pipeline import PipelineConfig
    from marsad.stages.sentences import SentenceStage
    from marsad.stages.mentions import MentionStage
    from marsad.lang import ner

    texts = []
    p = Path(a.shared) / "data" / "ner" / "anercorp" / "train.txt"
    if p.exists():
        from marsad.lang.corpora import read_conll
        buf, n = [], 0
        for toks, _ in read_conll(p):
            buf.append(" ".join(toks))
            n += len(toks)
            if n >= 600:
                texts.append("\n".join(buf))
                buf, n = [], 0
                if len(texts) >= a.docs:
                    break
    else:
        texts = [FALLBACK] * a.docs

    t0 = time.perf_counter()
    ner.tagger()
    ner.gazetteer()
    ner.clusters()
    if "NM" in ner.FEATS:
        ner.namelike()
    if "WF" in ner.FEATS:
        ner.wordfreq_table()
    from marsad.lang.tokenize import lexicon
    lexicon()
    load = time.perf_counter() - t0

    cfg = PipelineConfig()
    ss, ms = SentenceStage(cfg), MentionStage(cfg)
    for label in ("cold pass (caches fill)", "warm pass (same docs again)"):
        ntok = nment = 0
        t0 = time.perf_counter()
        c0 = time.process_time()
        t_sent = 0.0
        for i, t in enumerate(texts):
            d = Document.from_text(t)
            d.segments = [Segment(id=f"s{i}", kind="body", start=0, end=len(t), lang="ar")]
            s0 = time.process_time()
            ss(d)
            t_sent += time.process_time() - s0
            ms(d)
            ntok += len(d.tokens)
            nment += len(d.mentions)
        el = time.perf_counter() - t0
        cpu = time.process_time() - c0
        print(f"{label}: docs={len(texts)} tokens={ntok} mentions={nment}")
        print(f"  tokens/s per CPU-second (sentences+tokens+NER): {ntok / cpu:,.0f}   wall: {ntok / el:,.0f}")
        print(f"  tokens/s per CPU-second (sentences+tokens only): {ntok / t_sent:,.0f}")
        print(f"  articles/CPU-second: {len(texts) / cpu:,.1f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model+lexicon load: {load:.2f}s  model size: {os.path.getsize(ner.tagger().path) / 1e6:.1f} MB")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
