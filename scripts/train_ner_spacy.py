"""Measure spaCy's NER trainer (blank ``ar`` pipeline, CPU tok2vec CNN + transition-based NER) against
the shipped CRF (issue #4: "choose the learner by measurement").  Experiment only: spaCy is NOT a
marsad dependency and no spaCy weights are shipped.  Needs ../shared and ``pip install spacy``.

Split (the CRF's, marsad/data/ner/README.md, via ``marsad.lang.ner_build.corpora``):
* ANERcorp train.txt: last 10 % of sentences = DEV (scored once per configuration, never trained on);
* the first 90 % = our training part; its last 10 % = the INNER split (early stopping, choosing the
  combination with the CRF); models are trained on the other 81 % ("inner-train").
spaCy sees OUR tokens as its words (a whitespace tokenizer, ``marsad.whitespace.v1``), tags as the
CRF's trainer reads them (``read_conll(keep_gpe=False)``: PERS/ORG/LOC/MISC, I- after another type
starts an entity), so ``marsad.eval.ner.score`` compares the same tokens.  Figures are given for each
sentence alone and after ``ner.propagate(window=20)`` (as the CRF's shipped figure).

Stages (work directory --work, default /tmp/marsad_spacy):
  python scripts/train_ner_spacy.py prepare          # DocBins + one config file per CONFIGS entry
  python scripts/train_ner_spacy.py train NAME       # spacy train on inner-train, early stop on inner;
                                                     # then inner scores with marsad's scorer
  python scripts/train_ner_spacy.py inner NAME       # only the inner scores of WORK/NAME/model-best
  python scripts/train_ner_spacy.py dev NAME         # score DEV once (appends to WORK/results.jsonl)
  python scripts/train_ner_spacy.py final NAME --max-steps N   # retrain on the whole training part
                                                     # for N steps (no early stopping), DEV once
  python scripts/train_ner_spacy.py crf-inner        # the CRF (shipped features/settings) on inner-train
  python scripts/train_ner_spacy.py combine NAME     # choose a CRF+spaCy combination on inner, dev once
  python scripts/train_ner_spacy.py bench NAME       # tokens/s (one core, cold/warm), size, load time
Results: marsad/data/models/ner_spacy.md.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Sequence

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from marsad.lang.corpora import bio_spans  # noqa: E402

WINDOW = 20
TYPES = ("PERS", "ORG", "LOC", "MISC")

# Configurations tried (at most three; see marsad/data/models/ner_spacy.md).  Each starts from
# ``spacy init config --lang ar --pipeline ner --optimize efficiency`` (CPU, no vectors).
CONFIGS: dict[str, dict] = {
    # spaCy's default efficiency pipeline: hash embeddings of NORM/PREFIX/SUFFIX/SHAPE, 4 maxout
    # CNN layers of width 96, window 1.
    "eff": {"features": False},
    # the same plus marsad's language-layer features as extra hashed token attributes:
    # NORM = normalised word, LEMMA = clitic-free stem, TAG = gazetteer classes (single word and
    # multi-word phrase), MORPH = word cluster (k=256) and name-likeness class.
    "eff_feats": {"features": True},
    # wider/deeper CNN (spaCy's accuracy-optimised CPU tok2vec without vectors: width 256, depth 8)
    # with the features; tagging cost ~4-6x "eff".
    "wide_feats": {"features": True, "width": 256, "depth": 8},
}
FEAT_ATTRS = ["NORM", "LEMMA", "PREFIX", "SUFFIX", "SHAPE", "TAG", "MORPH"]
FEAT_ROWS = [5000, 5000, 1000, 2500, 2500, 1000, 1000]


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


# --- conversion helpers (tested in tests/test_lang_ner_spacy.py) -------------------------------

def bio_to_doc(vocab, words: Sequence[str], tags: Sequence[str]) -> Doc:
    """A Doc whose words are exactly ``words`` (one space between them) and whose entities are the
    BIO ``tags``' spans as read by marsad (``corpora.bio_spans``: an I- after another type starts
    an entity)."""
    doc = Doc(vocab, words=list(words), spaces=[True] * (len(words) - 1) + [False] if words else [])
    doc.ents = [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label=t)
                for a, b, t in bio_spans(tags)]
    return doc


def doc_to_bio(doc: Doc) -> list[str]:
    """The Doc's entities as BIO tags, one per token."""
    tags = ["O"] * len(doc)
    for e in doc.ents:
        tags[e.start] = "B-" + e.label_
        for k in range(e.start + 1, e.end):
            tags[k] = "I-" + e.label_
    return tags


def token_attrs(words: Sequence[str]) -> list[tuple[str, str, str, str]]:
    """(NORM, LEMMA, TAG, MORPH) strings per word from marsad's CRF word features (read-only use of
    ``marsad.lang.ner``): normalised word, clitic-free stem, gazetteer classes of the word and of the
    longest multi-word gazetteer phrase covering it, k=256 word cluster and name-likeness class."""
    from marsad.lang import ner
    wf = [ner._word_feats(w) for w in words]
    mg = ner.phrase_features([x[5] for x in wf])
    out = []
    for i, w in enumerate(wf):
        norm = lemma = None
        gz: list[str] = []
        cl, nm = "NA", "X"
        for f in w[0]:
            k, _, v = f.partition("=")
            if k == "w":
                norm = v
            elif k == "b":
                lemma = v
            elif k == "g":
                gz.append(v)
            elif k == "c1":
                cl = v
            elif k == "nm":
                nm = v
        gz += sorted({x[3:] for x in mg.get(i, ())})          # "mg=B-CLASS" -> "B-CLASS"
        out.append((norm or w[5], lemma or w[5], "+".join(gz) or "O", f"Cl={cl}|Nm={nm}"))
    return out


class WhitespaceTokenizer:
    """spaCy tokenizer: words = the text split on whitespace (marsad's tokens, joined by spaces);
    with ``features`` it also sets NORM/LEMMA/TAG/MORPH from :func:`token_attrs`."""

    def __init__(self, vocab, features: bool = False) -> None:
        self.vocab = vocab
        self.features = features

    def __call__(self, text: str) -> Doc:
        words = text.split()
        doc = Doc(self.vocab, words=words, spaces=[True] * (len(words) - 1) + [False] if words else [])
        if self.features and words:
            for tok, (norm, lemma, tag, morph) in zip(doc, token_attrs(words)):
                tok.norm_ = norm
                tok.lemma_ = lemma
                tok.tag_ = tag
                tok.set_morph(morph)
        return doc

    # nothing to serialise
    def to_bytes(self, **kw) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kw) -> "WhitespaceTokenizer":
        return self

    def to_disk(self, path, **kw) -> None:
        Path(path).write_text("")

    def from_disk(self, path, **kw) -> "WhitespaceTokenizer":
        return self


@spacy.registry.tokenizers("marsad.whitespace.v1")
def make_whitespace_tokenizer(features: bool = False):
    def create(nlp):
        return WhitespaceTokenizer(nlp.vocab, features)
    return create


def make_config(name: str, train: str = "", dev: str = "", max_steps: int = 6000, patience: int = 1600,
                eval_frequency: int = 200):
    """The spaCy config for ``CONFIGS[name]`` (a ``confection.Config``)."""
    from spacy.cli.init_config import init_config
    spec = CONFIGS[name]
    cfg = init_config(lang="ar", pipeline=["ner"], optimize="efficiency", gpu=False, pretraining=False, silent=True)
    cfg["nlp"]["tokenizer"] = {"@tokenizers": "marsad.whitespace.v1", "features": bool(spec.get("features"))}
    cfg["paths"]["train"] = train or None
    cfg["paths"]["dev"] = dev or None
    t = cfg["training"]
    t["max_steps"], t["patience"], t["eval_frequency"], t["max_epochs"] = max_steps, patience, eval_frequency, 0
    enc = cfg["components"]["tok2vec"]["model"]["encode"]
    enc["width"] = spec.get("width", enc["width"])
    enc["depth"] = spec.get("depth", enc["depth"])
    if spec.get("features"):
        emb = cfg["components"]["tok2vec"]["model"]["embed"]
        emb["attrs"], emb["rows"] = list(FEAT_ATTRS), list(FEAT_ROWS)
    return cfg


# --- combination with the CRF ------------------------------------------------------------------

COMBOS = ("crf", "spacy", "union_crf", "union_spacy", "inter")


def combine(crf: Sequence[str], sp: Sequence[str], mode: str) -> list[str]:
    """Combine two BIO tag sequences of one sentence.  ``union_crf``: every CRF entity plus the spaCy
    entities that overlap no CRF entity (``union_spacy`` the other way round); ``inter``: entities
    both found with the same span and type."""
    if mode == "crf":
        return list(crf)
    if mode == "spacy":
        return list(sp)
    a, b = bio_spans(crf), bio_spans(sp)
    if mode == "union_spacy":
        a, b = b, a
    if mode in ("union_crf", "union_spacy"):
        used = set()
        for s, e, _ in a:
            used.update(range(s, e))
        spans = a + [x for x in b if not used.intersection(range(x[0], x[1]))]
    elif mode == "inter":
        spans = sorted(set(a) & set(b))
    else:
        raise ValueError(mode)
    tags = ["O"] * len(crf)
    for s, e, t in spans:
        tags[s] = "B-" + t
        for k in range(s + 1, e):
            tags[k] = "I-" + t
    return tags


# --- experiment stages -------------------------------------------------------------------------

def splits(shared: Path) -> dict:
    from marsad.lang.ner_build import corpora
    corp = corpora(shared)
    tr = corp["anercorp_train"]
    n_in = int(round(len(tr) * 0.1))
    return {"train": tr, "inner_train": tr[:-n_in], "inner": tr[-n_in:], "dev": corp["anercorp_dev"]}


def score_tags(sents, pred, window: int = WINDOW) -> tuple[dict, dict]:
    from marsad.eval.ner import score
    from marsad.lang import ner
    words = [t for t, _ in sents]
    gold = [g for _, g in sents]
    return score(gold, pred), score(gold, ner.propagate(words, [list(p) for p in pred], window=window))


def brief(s: dict) -> str:
    m = s["micro"]
    return "P %.3f R %.3f F1 %.3f | " % (m["p"], m["r"], m["f1"]) + " ".join(
        "%s %.3f/%.3f/%.3f" % (k, v["p"], v["r"], v["f1"]) for k, v in sorted(s["per_type"].items()))


def spacy_tag(nlp, sents_words: Sequence[Sequence[str]]) -> list[list[str]]:
    out = []
    for words, doc in zip(sents_words, nlp.pipe((" ".join(w) for w in sents_words), batch_size=256)):
        assert len(doc) == len(words), "whitespace tokenizer changed the tokens"
        out.append(doc_to_bio(doc))
    return out


def prepare(work: Path, data: dict) -> None:
    work.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("ar").vocab
    for key in ("inner_train", "inner", "train"):
        db = DocBin(attrs=["ENT_IOB", "ENT_TYPE"])
        for words, tags in data[key]:
            db.add(bio_to_doc(vocab, words, tags))
        db.to_disk(work / f"{key}.spacy")
        log(f"{key}: {len(data[key])} sentences, {sum(len(w) for w, _ in data[key])} tokens")
    for name in CONFIGS:
        make_config(name, str(work / "inner_train.spacy"), str(work / "inner.spacy")).to_disk(work / f"{name}.cfg")
    log(f"configs: {', '.join(CONFIGS)} -> {work}")


def train(work: Path, name: str, data: dict, max_steps: int, patience: int) -> None:
    from spacy.cli.train import train as spacy_train
    from marsad.lang import ner
    out = work / name
    ner.NAMELIKE_LOO = True      # as the CRF's trainer: training words are scored leave-one-out
    ner._feat_cache.clear()
    t0 = time.time()
    try:
        spacy_train(work / f"{name}.cfg", out, use_gpu=-1,
                    overrides={"training.max_steps": max_steps, "training.patience": patience})
    finally:
        ner.NAMELIKE_LOO = False
        ner._feat_cache.clear()
    log(f"{name}: trained in {time.time() - t0:.0f}s")
    inner(work, name, data)


def inner(work: Path, name: str, data: dict) -> None:
    """Score the inner split with marsad's scorer (also for a run stopped early: spaCy writes
    model-best at every improving evaluation)."""
    nlp = spacy.load(work / name / "model-best")
    a, p = score_tags(data["inner"], spacy_tag(nlp, [w for w, _ in data["inner"]]))
    log(f"inner {name} alone: {brief(a)}")
    log(f"inner {name} prop : {brief(p)}")
    with open(work / "results.jsonl", "a") as f:
        f.write(json.dumps({"set": "inner", "name": name, "alone": a, "prop": p}) + "\n")


def dev(work: Path, name: str, data: dict, model: str = "model-best") -> None:
    nlp = spacy.load(work / name / model)
    a, p = score_tags(data["dev"], spacy_tag(nlp, [w for w, _ in data["dev"]]))
    log(f"DEV {name}/{model} alone: {brief(a)}")
    log(f"DEV {name}/{model} prop : {brief(p)}")
    with open(work / "results.jsonl", "a") as f:
        f.write(json.dumps({"set": "dev", "name": f"{name}/{model}", "alone": a, "prop": p}) + "\n")


def final(work: Path, name: str, data: dict, steps: int) -> None:
    """Retrain ``name`` on the whole training part (inner-train + inner, as the shipped CRF) for a fixed
    number of steps (the inner run's best step scaled by the data size; no early stopping), then score
    DEV once with the last model.  Written to WORK/NAME_final."""
    from spacy.cli.train import train as spacy_train
    from marsad.lang import ner
    ner.NAMELIKE_LOO = True
    ner._feat_cache.clear()
    t0 = time.time()
    try:
        spacy_train(work / f"{name}.cfg", work / f"{name}_final", use_gpu=-1,
                    overrides={"paths.train": str(work / "train.spacy"), "training.max_steps": steps,
                               "training.patience": 0, "training.eval_frequency": max(steps // 2, 1)})
    finally:
        ner.NAMELIKE_LOO = False
        ner._feat_cache.clear()
    log(f"{name}_final: trained {steps} steps in {time.time() - t0:.0f}s")
    dev(work, f"{name}_final", data, "model-last")


def crf_inner(work: Path, data: dict) -> Path:
    """The CRF with the shipped features and settings, trained on inner-train (for the combination and
    for a same-data comparison on dev)."""
    from marsad.lang.ner_train import train_crf
    path = work / "crf_inner.crfsuite"
    train_crf(data["inner_train"], path, log=log)
    return path


def combine_stage(work: Path, name: str, data: dict) -> None:
    from marsad.lang import ner
    from marsad.resources import data_path
    nlp = spacy.load(work / name / "model-best")
    cp = work / "crf_inner.crfsuite"
    if not cp.exists():
        crf_inner(work, data)
    res = {}
    for key, crf_path in (("inner", cp), ("dev_same_data", cp), ("dev", data_path("models", ner.MODEL_NAME))):
        sents = data["inner" if key == "inner" else "dev"]
        words = [w for w, _ in sents]
        tg = ner.Tagger(crf_path)
        ct = [list(tg.tag(w)) for w in words]
        st = spacy_tag(nlp, words)
        modes = COMBOS if key == "inner" else sorted({"crf", "spacy", res["chosen"]})
        for m in modes:
            a, p = score_tags(sents, [combine(c, s, m) for c, s in zip(ct, st)])
            res[f"{key}/{m}"] = {"alone": a, "prop": p}
            log(f"{key:13s} {m:11s} alone F1 {a['micro']['f1']:.3f} | prop {brief(p)}")
        if key == "inner":
            res["chosen"] = max(COMBOS, key=lambda m: res[f"inner/{m}"]["prop"]["micro"]["f1"])
            log(f"chosen on inner: {res['chosen']}")
    with open(work / "results.jsonl", "a") as f:
        f.write(json.dumps({"set": "combine", "name": name, **res}) + "\n")


def bench(work: Path, name: str, data: dict, doc_tokens: int = 700) -> None:
    """Tagging speed on pseudo-articles of ~700 tokens (all our ANERcorp sentences), CPU time, one thread:
    spaCy (tokenizer incl. features + tok2vec + ner, one Doc per sentence via nlp.pipe) and the shipped CRF
    (``Tagger.tag``: features + Viterbi), each cold (first pass) and warm (same docs again)."""
    import resource
    from marsad.lang import ner
    from marsad.resources import data_path
    sents = [w for w, _ in data["train"] + data["dev"]]
    t0 = time.perf_counter()
    nlp = spacy.load(work / name / "model-best")
    load = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in (work / name / "model-best").rglob("*") if p.is_file())
    ntok = sum(len(w) for w in sents)
    log(f"{name}: model-best {size / 1e6:.1f} MB on disk, spacy.load {load:.2f}s; {len(sents)} sentences, "
        f"{ntok} tokens (~{ntok // doc_tokens} articles of {doc_tokens})")
    texts = [" ".join(w) for w in sents]
    for label in ("cold", "warm"):
        c0 = time.process_time()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        cpu = time.process_time() - c0
        log(f"spaCy {name} {label}: {ntok / cpu:,.0f} tokens/s ({1e6 * cpu / ntok:.1f} us/token)")
    t0 = time.perf_counter()
    tg = ner.Tagger()
    ner.gazetteer(), ner.clusters(), ner.namelike()
    load_crf = time.perf_counter() - t0
    ner._feat_cache.clear()
    ner._known_cache.clear()
    for label in ("cold", "warm"):
        c0 = time.process_time()
        for w in sents:
            tg.tag(w)
        cpu = time.process_time() - c0
        log(f"CRF (shipped) {label}: {ntok / cpu:,.0f} tokens/s ({1e6 * cpu / ntok:.1f} us/token)")
    log(f"CRF load incl. gazetteer/clusters/name-likeness {load_crf:.2f}s, model "
        f"{os.path.getsize(data_path('models', ner.MODEL_NAME)) / 1e6:.1f} MB; "
        f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("stage", choices=["prepare", "train", "inner", "dev", "final", "crf-inner", "combine", "bench"])
    ap.add_argument("name", nargs="?", default="eff", choices=list(CONFIGS))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--work", default="/tmp/marsad_spacy")
    ap.add_argument("--max-steps", type=int, default=6000)
    ap.add_argument("--patience", type=int, default=1600)
    a = ap.parse_args()
    work = Path(a.work)
    data = splits(Path(a.shared))
    if a.stage == "prepare":
        prepare(work, data)
    elif a.stage == "train":
        train(work, a.name, data, a.max_steps, a.patience)
    elif a.stage == "inner":
        inner(work, a.name, data)
    elif a.stage == "dev":
        dev(work, a.name, data)
    elif a.stage == "final":
        final(work, a.name, data, a.max_steps)
    elif a.stage == "crf-inner":
        crf_inner(work, data)
    elif a.stage == "combine":
        combine_stage(work, a.name, data)
    else:
        bench(work, a.name, data)


if __name__ == "__main__":
    main()
