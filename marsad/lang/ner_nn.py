"""Arabic named-entity tagger, neural: feature-bag embeddings + dilated CNN, run in plain numpy.

Experimental companion of the CRF (:mod:`marsad.lang.ner`); not wired into the pipeline.
Trained with torch by ``scripts/train_ner_nn.py``; the weights are exported to
``marsad/data/models/ner_ar_nn.npz`` and this module needs only numpy at run time.

Model (per whole word, the same words the CRF gets):

* input: the sum of learned embeddings of the word's sparse features — normalised word,
  clitic-free stem, stem without article, stem prefixes/suffixes (2-4 letters), character
  trigrams of the stem, proclitic/suffix, article, frequency band, length, gazetteer classes
  and word-cluster ids (``marsad/data/ner/gazetteer.tsv``, ``clusters.tsv``), shape — plus the
  multi-word gazetteer phrase classes of the token (``mg=B-CITY`` ...).  The per-word sum is
  cached, so a token costs one dict lookup before the network;
* three 1-D convolutions (width 3, dilations from the model file, ReLU, residual);
* a softmax over the 9 BIO labels; decoding is a BIO-constrained Viterbi over the log
  probabilities (no I-X after O or another type), batched over all sentences of a call.

Public: :class:`NeuralTagger` (``probs``, ``tag``, ``labels``), :func:`neural_tagger` (loaded
once per process through :func:`marsad.resources.cached`), :func:`bio_viterbi` (constrained
decoding of any per-token label distribution, e.g. an average with CRF marginals),
:func:`model_available`.
"""
from __future__ import annotations

import json
import math
import os
from typing import Sequence

import numpy as np

from ..resources import cached, data_path
from .normalize import normalize
from .ner import _strip_punct, clusters as _clusters, gazetteer as _gz, phrase_features  # noqa: F401 (phrase_features: public here too)
from .tokenize import analyse, lexicon

MODEL_NAME = "ner_ar_nn.npz"


def word_features(word: str, trigrams: bool = True) -> tuple[list[str], str]:
    """(sparse feature strings, stem norm) of one raw word.  Unknown strings are ignored by the model."""
    core = _strip_punct(word)
    if not core:
        return ["w=" + word, "PUNCT"], word
    c0 = core[0]
    f: list[str]
    if "\u0621" <= c0 <= "\u064a":
        a, b, snorm, art = analyse(core)
        wn = normalize(core)
        pre, suf = core[:a], core[b:]
        bare = snorm[2:] if art else snorm
        f = ["w=" + wn, "s=" + snorm, "b=" + bare, "b2=" + bare[:2], "b3=" + bare[:3], "b4=" + bare[:4],
             "e2=" + bare[-2:], "e3=" + bare[-3:], "e4=" + bare[-4:]]
        if trigrams:
            pb = "<" + bare + ">"
            f += ["t=" + pb[i:i + 3] for i in range(len(pb) - 2)]
        if pre:
            f.append("p=" + normalize(pre))
        if suf:
            f.append("x=" + normalize(suf))
        if art:
            f.append("ART")
        c = lexicon().vocab.get(wn, 0)
        f.append("f=%d" % min(int(math.log2(c + 1)), 8))
        f.append("l=%d" % min(len(bare), 8))
        gz = _gz().single
        classes = set(gz.get(snorm, ())) | set(gz.get(bare, ())) | set(gz.get(wn, ()))
        if not art and ("ال" + bare) in gz:
            classes |= {c + "+al" for c in gz["ال" + bare]}
        f += ["g=" + g for g in sorted(classes)]
        cl = _clusters().get(snorm[2:] if (len(snorm) > 4 and snorm.startswith("ال")) else snorm)
        if cl:
            f += ["c%d=%s" % (k, c) for k, c in enumerate(cl)]
        else:
            f.append("cNA")
        stem = snorm
    elif c0.isdigit() or "\u0660" <= c0 <= "\u0669":
        f = ["NUM", "nl=%d" % min(len(core), 4)]
        stem = "0"
    else:
        f = ["w=" + core.lower(), "LAT", "CAP" if core[:1].isupper() else "low"]
        if core.isupper():
            f.append("UPPER")
        stem = core.lower()
    if core != word:
        f.append("P+")
    return f, stem


def allowed_transitions(labels: Sequence[str]) -> np.ndarray:
    """[from, to] boolean matrix of BIO-legal transitions (I-X only after B-X or I-X)."""
    n = len(labels)
    ok = np.ones((n, n), dtype=bool)
    for j, t in enumerate(labels):
        if t.startswith("I-"):
            for i, s in enumerate(labels):
                ok[i, j] = s[2:] == t[2:] and s != "O"
    return ok


def start_allowed(labels: Sequence[str]) -> np.ndarray:
    return np.array([not t.startswith("I-") for t in labels])


def bio_viterbi(logp: np.ndarray, lengths: Sequence[int], labels: Sequence[str]) -> list[list[str]]:
    """Best BIO-legal label sequence per sentence.  ``logp``: [sum(lengths), n_labels] log scores,
    sentences concatenated.  Exact: a sentence whose per-token argmax is already BIO-legal keeps it
    (it is then the constrained optimum); the others go through a Viterbi batched over sentences."""
    lengths = list(lengths)
    total = sum(lengths)
    if total == 0:
        return [[] for _ in lengths]
    lab = list(labels)
    best = logp.argmax(1)
    ok = allowed_transitions(lab)
    st = start_allowed(lab)
    offs = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    starts = np.zeros(total, bool)
    starts[offs[:-1][np.asarray(lengths) > 0]] = True
    prev = np.concatenate([[0], best[:-1]])
    bad = np.where(starts, ~st[best], ~ok[prev, best])
    cb = np.concatenate([[0], np.cumsum(bad)])
    bad_sent = cb[offs[1:]] - cb[offs[:-1]]
    out: list = []
    redo = []
    bl = best.tolist()
    for b, n in enumerate(lengths):
        if n and bad_sent[b]:
            redo.append(b)
            out.append(None)
        else:
            out.append([lab[i] for i in bl[offs[b]:offs[b] + n]])
    if redo:
        sub = np.concatenate([logp[offs[b]:offs[b + 1]] for b in redo])
        for b, r in zip(redo, _viterbi(sub, [lengths[b] for b in redo], lab)):
            out[b] = r
    return out


def _viterbi(logp: np.ndarray, lengths: Sequence[int], labels: Sequence[str]) -> list[list[str]]:
    n_lab = len(labels)
    B = len(lengths)
    if B == 0:
        return []
    L = max(lengths) if lengths else 0
    if L == 0:
        return [[] for _ in lengths]
    NEG = -1e9
    trans = np.where(allowed_transitions(labels), 0.0, NEG).astype(np.float32)
    start = np.where(start_allowed(labels), 0.0, NEG).astype(np.float32)
    pad = np.zeros((B, L, n_lab), dtype=np.float32)
    lens = np.asarray(lengths)
    offs = np.concatenate([[0], np.cumsum(lens)])
    for b in range(B):
        pad[b, :lens[b]] = logp[offs[b]:offs[b + 1]]
    score = pad[:, 0] + start
    back = np.zeros((B, L, n_lab), dtype=np.int8)
    for t in range(1, L):
        cand = score[:, :, None] + trans[None]          # [B, from, to]
        back[:, t] = cand.argmax(1)
        new = cand.max(1) + pad[:, t]
        live = (lens > t)[:, None]
        score = np.where(live, new, score)
    # backtrace, vectorised over sentences: a sentence starts at its own last position
    path = np.zeros((B, L), dtype=np.int64)
    ar = np.arange(B)
    final = score.argmax(1)
    k = final
    last = lens - 1
    for t in range(L - 1, -1, -1):
        k = np.where(last == t, final, k)
        path[:, t] = k
        if t:
            k = np.where(last >= t, back[ar, t, k], k)
    out = []
    lab = list(labels)
    for b in range(B):
        out.append([lab[i] for i in path[b, :lens[b]].tolist()])
    return out


class NeuralTagger:
    """Numpy inference of the exported model.  Input: sentences as lists of whole-word token texts
    (``Token.text`` of the sentences stage; the same words :meth:`marsad.lang.ner.Tagger.tag` takes)."""

    def __init__(self, path: "str | os.PathLike | None" = None) -> None:
        self.path = str(path or data_path("models", MODEL_NAME))
        z = np.load(self.path, allow_pickle=False)
        cfg = json.loads(str(z["config"]))
        self.config = cfg
        self.labels: list[str] = list(cfg["labels"])
        self.trigrams = bool(cfg.get("trigrams", True))
        self.dilations: list[int] = list(cfg["dilations"])
        self.residual = bool(cfg.get("residual", True))
        feats = str(z["features"]).split("\n")
        self.fidx = {f: i for i, f in enumerate(feats)}
        self.emb = z["emb"].astype(np.float32)
        self.emb_b = z["emb_b"].astype(np.float32)
        self.convs = [(z["conv%d_w" % i].astype(np.float32), z["conv%d_b" % i].astype(np.float32))
                      for i in range(len(self.dilations))]
        self.out_w = z["out_w"].astype(np.float32)
        self.out_b = z["out_b"].astype(np.float32)
        self.dim = self.emb.shape[1]
        self._gap = max(self.dilations)
        self._reset_words()

    def _reset_words(self) -> None:
        # word -> (row in self._store, stem); row 0 is the zero vector
        self._wcache: dict[str, tuple] = {}
        self._store = np.zeros((4096, self.dim), np.float32)
        self._n = 1

    def _word(self, w: str) -> tuple:
        r = self._wcache.get(w)
        if r is None:
            feats, stem = word_features(w, self.trigrams)
            idx = [self.fidx[f] for f in feats if f in self.fidx]
            if self._n >= len(self._store):
                self._store = np.concatenate([self._store, np.zeros_like(self._store)])
            self._store[self._n] = self.emb[idx].sum(0) if idx else 0.0
            r = (self._n, stem)
            self._n += 1
            self._wcache[w] = r
        return r

    def probs(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence an array [n_tokens, n_labels] of label probabilities (rows sum to 1);
        columns in the order of :attr:`labels`.  All sentences go through the network together."""
        lens = [len(s) for s in sentences]
        total = sum(lens)
        if total == 0:
            return [np.zeros((0, len(self.labels)), np.float32) for _ in sentences]
        if self._n >= 300_000:       # bound the per-word cache (only between calls)
            self._reset_words()
        g = self._gap
        # flat layout: g zero rows, sentence 1, g zero rows, sentence 2, ..., g zero rows
        N = total + g * (len(sentences) + 1)
        wids = np.zeros(N, np.int64)            # 0 = zero row (gaps)
        rows = np.empty(total, np.int64)
        extra: list[tuple[int, int]] = []       # (flat row, feature id) of phrase features
        pos = g
        k = 0
        fidx = self.fidx
        wc = self._wcache
        word = self._word
        for s in sentences:
            n = len(s)
            if n:
                rs = [wc.get(w) or word(w) for w in s]
                wids[pos:pos + n] = [r[0] for r in rs]
                for j, fl in phrase_features([r[1] for r in rs]).items():
                    for f in fl:
                        i = fidx.get(f)
                        if i is not None:
                            extra.append((pos + j, i))
                rows[k:k + n] = np.arange(pos, pos + n)
                k += n
            pos += n + g
        x = self._store[wids]
        for r, i in extra:
            x[r] += self.emb[i]
        mask = (wids > 0).astype(np.float32)[:, None]
        mask[rows] = 1.0
        h = np.maximum(x + self.emb_b, 0.0) * mask
        for (w, b), d in zip(self.convs, self.dilations):
            z = np.empty((N, 3 * h.shape[1]), np.float32)
            H = h.shape[1]
            z[:, H:2 * H] = h
            z[:d, :H] = 0.0
            z[d:, :H] = h[:-d]
            z[-d:, 2 * H:] = 0.0
            z[:-d, 2 * H:] = h[d:]
            y = np.maximum(z @ w + b, 0.0)
            h = (y + h if self.residual and y.shape[1] == h.shape[1] else y) * mask
        logits = h[rows] @ self.out_w + self.out_b
        logits -= logits.max(1, keepdims=True)
        e = np.exp(logits)
        p = e / e.sum(1, keepdims=True)
        out = []
        k = 0
        for n in lens:
            out.append(p[k:k + n])
            k += n
        return out

    def tag(self, sentences: Sequence[Sequence[str]], probs: "list[np.ndarray] | None" = None) -> list[list[str]]:
        """BIO labels per sentence (BIO-constrained Viterbi over the log probabilities)."""
        if probs is None:
            probs = self.probs(sentences)
        if not probs:
            return []
        lens = [len(p) for p in probs]
        if sum(lens) == 0:
            return [[] for _ in probs]
        logp = np.log(np.concatenate(probs) + 1e-9)
        return bio_viterbi(logp, lens, self.labels)

    def tag_with_probs(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[np.ndarray]]:
        p = self.probs(sentences)
        return self.tag(sentences, p), p


def model_available() -> bool:
    return data_path("models", MODEL_NAME).exists()


def neural_tagger() -> NeuralTagger:
    return cached("lang.ner_nn.tagger", NeuralTagger)
