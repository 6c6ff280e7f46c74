"""Train the Arabic CRF NER model (``marsad train ner`` / ``scripts/train_ner.py``).

Data split (documented in marsad/data/ner/README.md):
* ANERcorp ``train.txt``: the LAST 10% of its sentences (414 sentences, 12.3k tokens) are held out
  as our dev set; the shipped model is trained on the first 90% only.
* AQMAR: not used for training by default (measured: adding it, or the Wojood sample, lowers
  ANERcorp-dev F1); all 28 articles are the cross-domain (Wikipedia) evaluation.  With
  ``use=(..., "aqmar_train")`` every 5th article (sorted by name, i % 5 == 4) stays held out.
* Wojood sample (train + val): optional, nested layers flattened (GPE -> LOC).
Every corpus is mapped to PERS / ORG / LOC / MISC (GPE is decided after tagging from the gazetteer).
"""
from __future__ import annotations

import time
from pathlib import Path

from ..resources import clear_cache, data_path
from .ner_build import build, corpora


DEFAULTS = {"iterations": 150, "c1": 0.02, "c2": 0.1, "use": ("anercorp_train",)}


def train(shared: Path, out: Path | None = None, *, iterations: int = DEFAULTS["iterations"],
          c1: float = DEFAULTS["c1"], c2: float = DEFAULTS["c2"], use: tuple = DEFAULTS["use"],
          rebuild_data: "bool | str" = True, log=print) -> dict:
    from . import ner as nermod
    from . import tokenize as tokmod
    if rebuild_data == "wordfreq":      # only the wordfreq table (the tokeniser's files stay as committed)
        from .ner_build import build_wordfreq
        clear_cache()
        tokmod._cache.clear()
        log(f"wordfreq_ar.tsv: {build_wordfreq(data_path('ner', 'wordfreq_ar.tsv'), log=log)} stems")
    elif rebuild_data:
        log(f"building data files: {build(shared)}")
    clear_cache()
    tokmod._cache.clear()
    nermod._feat_cache.clear()
    corp = corpora(shared)
    out = Path(out or data_path("models", nermod.MODEL_NAME))
    out.parent.mkdir(parents=True, exist_ok=True)
    n_tok = train_crf((s for key in use for s in corp[key]), out, iterations=iterations, c1=c1, c2=c2, log=log)
    clear_cache()
    res = {"tokens": n_tok, "model": str(out)}
    if "aqmar_train" not in use:
        corp["aqmar_all"] = corp["aqmar_train"] + corp["aqmar_dev"]
    res.update(evaluate_dev(corp, out, log=log))
    return res


def train_crf(sentences, out: Path, *, iterations: int = DEFAULTS["iterations"], c1: float = DEFAULTS["c1"],
              c2: float = DEFAULTS["c2"], log=print) -> int:
    """Train a CRF on (tokens, tags) sentences with the shipped feature groups (training tokens get
    leave-one-out name-likeness scores), write it to ``out``; returns the number of tokens.  Used by
    :func:`train` and by the experiment scripts that need a CRF on another split."""
    import pycrfsuite
    from . import ner as nermod
    tr = pycrfsuite.Trainer(verbose=False)
    n_tok = 0
    t0 = time.time()
    nermod.NAMELIKE_LOO = True
    try:
        for toks, tags in sentences:
            tr.append(nermod.sentence_features(toks), tags)
            n_tok += len(toks)
    finally:
        nermod.NAMELIKE_LOO = False
        nermod._feat_cache.clear()
        clear_cache()
    log(f"features for {n_tok} tokens in {time.time() - t0:.1f}s (groups {sorted(nermod.FEATS)})")
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                   "feature.possible_transitions": True})
    t0 = time.time()
    out = Path(out)
    tr.train(str(out))
    log(f"trained {iterations} iterations in {time.time() - t0:.1f}s -> {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return n_tok


def evaluate_dev(corp: dict, model_path: Path, log=print) -> dict:
    from . import ner as nermod
    from ..eval.ner import score
    tg = nermod.Tagger(model_path)
    res = {}
    for key in ("anercorp_dev", "aqmar_all" if "aqmar_all" in corp else "aqmar_dev"):
        gold = corp[key]
        pred = [tg.tag(toks) for toks, _ in gold]
        s = score([t for _, t in gold], pred)
        res[key + "_sentence_only"] = s
        log(f"{key} (each sentence alone): micro F1={s['micro']['f1']:.3f}")
        pred = nermod.propagate([toks for toks, _ in gold], [list(p) for p in pred], window=20)
        s = score([t for _, t in gold], pred)
        res[key] = s
        s2 = score([t for _, t in gold], pred, exclude=("MISC",))
        res[key + "_no_misc"] = s2
        log(f"{key} without MISC: micro F1={s2['micro']['f1']:.3f}")
        log(f"{key}: micro P={s['micro']['p']:.3f} R={s['micro']['r']:.3f} F1={s['micro']['f1']:.3f} "
            + " ".join(f"{k}={v['f1']:.3f}" for k, v in sorted(s['per_type'].items())))
    return res


def train_stack(shared: Path, out: Path | None = None, *, folds: int = 2, iterations: int = DEFAULTS["iterations"],
                c1: float = DEFAULTS["c1"], c2: float = DEFAULTS["c2"], window: int = 20, log=print) -> dict:
    """Experimental second pass (measured, not shipped: +0.2 F1 with propagation for twice the tagging cost).

    Pass-1 labels for the training sentences come from ``folds`` jackknife models; pass 2 is trained on the
    usual features plus :func:`marsad.lang.ner.stack_features` (window ``window`` sentences).  Needs the
    pass-1 model (``train``) in place.  Writes ``ner_ar_s2.crfsuite``.
    """
    import pycrfsuite
    from . import ner as nermod
    corp = corpora(shared)
    train_s = corp["anercorp_train"]
    params = {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    feats = [nermod.sentence_features(t) for t, _ in train_s]
    jk: list = [None] * len(train_s)
    bounds = [round(len(train_s) * i / folds) for i in range(folds + 1)]
    import tempfile
    for f in range(folds):
        a, b = bounds[f], bounds[f + 1]
        tr = pycrfsuite.Trainer(verbose=False)
        for i in list(range(0, a)) + list(range(b, len(train_s))):
            tr.append(feats[i], train_s[i][1])
        tr.set_params(params)
        with tempfile.TemporaryDirectory() as td:
            mp = str(Path(td) / "jk.crfsuite")
            tr.train(mp)
            tg = pycrfsuite.Tagger()
            tg.open(mp)
            for i in range(a, b):
                jk[i] = list(tg.tag(feats[i]))
    sf = nermod.stack_features([t for t, _ in train_s], jk, window=window)
    tr = pycrfsuite.Trainer(verbose=False)
    for (toks, tags), bf, ef in zip(train_s, feats, sf):
        tr.append([x + y for x, y in zip(bf, ef)], tags)
    tr.set_params(params)
    out = Path(out or data_path("models", nermod.STACK_MODEL_NAME))
    tr.train(str(out))
    log(f"second pass -> {out}")
    from ..eval.ner import score
    st = nermod.StackTagger(None, out)
    gold = corp["anercorp_dev"]
    words = [t for t, _ in gold]
    pred = nermod.propagate(words, st.tag_doc(words, window=window), window=window)
    s = score([t for _, t in gold], pred)
    log(f"anercorp_dev (two passes + propagation): micro F1={s['micro']['f1']:.3f}")
    return {"anercorp_dev_stack": s}
