"""Benchmark the language layer (sentences + tokens + NER mentions) on one core.

Usage: python bench/bench_lang.py [--shared ../shared] [--docs 200] [--engine numpy|crfsuite] [--check]

Builds ~600-word pseudo-articles from ANERcorp sentences (one pass, so the word
caches warm up as they would on a real stream) and prints tokens/s, articles/s,
model load time and peak RSS.  Without ../shared it uses the seed-like text in
this file repeated (optimistic: caches stay hot).

``--engine`` picks the CRF decoder (default: numpy, :mod:`marsad.lang.crf_viterbi`; crfsuite is
python-crfsuite over the attribute strings, the ``MARSAD_NER_TAGGER=crfsuite`` escape hatch).
``--check`` compares the two decoders' tags on every sentence of the ANERcorp dev part (last 10 % of
train.txt) and of the benchmark articles, batched per article as the mentions stage does, and prints
the number of differing sentences (expected 0).
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
    ap.add_argument("--engine", choices=("numpy", "crfsuite"), default=None,
                    help="CRF decoder (default: $MARSAD_NER_TAGGER or numpy)")
    ap.add_argument("--check", action="store_true", help="numpy vs crfsuite tags on ANERcorp dev and the bench articles")
    a = ap.parse_args()
    if a.engine:
        os.environ["MARSAD_NER_TAGGER"] = a.engine
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
    tg = ner.tagger()
    print(f"engine: {tg.engine}")
    print(f"model+lexicon load: {load:.2f}s  model size: {os.path.getsize(tg.path) / 1e6:.1f} MB")
    if tg.decoder is not None:
        dec = tg.decoder
        print(f"numpy decoder: W {dec.W.shape[0]}x{dec.W.shape[1]} ({dec.W.nbytes / 1e6:.1f} MB), word table "
              f"{dec.n} words ({(dec.V.nbytes + dec.pid.nbytes) / 1e6:.1f} MB allocated, bound {dec.MAX_WORDS})")
    print(f"peak RSS: {rss:.0f} MB")
    if a.check:
        check(a, texts, p)


def check(a, texts, anercorp) -> None:
    """Tags of the numpy decoder == python-crfsuite's, sentence by sentence."""
    from marsad.lang import ner
    tg = ner.Tagger(engine="numpy")
    sets = []
    if anercorp.exists():
        from marsad.lang.corpora import read_conll
        sents = list(read_conll(anercorp, keep_gpe=False))
        dev = [w for w, _ in sents[len(sents) - int(round(len(sents) * 0.1)):]]
        sets.append(("ANERcorp dev (one batch)", [dev]))
        sets.append(("ANERcorp dev (batches of 40)", [dev[k:k + 40] for k in range(0, len(dev), 40)]))
    sets.append(("bench articles (one batch each)", [[x.split() for x in t.split("\n")] for t in texts]))
    for name, batches in sets:
        n = diff = 0
        for b in batches:
            got = tg.tag_many(b)
            for w, g in zip(b, got):
                n += 1
                diff += g != tg.tag_crfsuite(w)
        print(f"check {name}: {n} sentences, {diff} differ from python-crfsuite")


if __name__ == "__main__":
    main()
