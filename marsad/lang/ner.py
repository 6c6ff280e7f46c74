"""Arabic named-entity recogniser: a linear-chain CRF (python-crfsuite) over whole words.

Features come from the clitic-aware analysis (:func:`marsad.lang.tokenize.analyse`):
whole-word and stem norms, proclitic/suffix, article, stem affixes, word shape,
corpus frequency band, gazetteer classes (single words and multi-word phrases,
``marsad/data/ner/gazetteer.tsv``, incl. hand-written organisations and cue words),
distributional word clusters at three granularities (``clusters.tsv``, feature group
``CL``), and the same for neighbours at +-1 / +-2 (``CL2``: clusters at +-2 too).
Per-word feature lists are cached, so tagging costs a few list concatenations
per token plus the CRF's Viterbi in C.

The model is trained with LOC only (ANERcorp has no GPE); :func:`to_gpe` turns a
LOC whose text is a country or city in the gazetteer into GPE afterwards.
Model file: ``marsad/data/models/ner_ar.crfsuite`` (built by ``scripts/train_ner.py``).
"""
from __future__ import annotations

import math
import os
from typing import Sequence

from ..resources import cached, data_path, read_tsv
from .normalize import normalize
from .tokenize import analyse, lexicon

MODEL_NAME = "ner_ar.crfsuite"
GPE_CLASSES = frozenset({"COUNTRY", "CITY", "TOWN"})
_MAX_PHRASE = 5
# optional feature groups (the shipped model's set; training must use the same)
FEATS: set = {"CL", "CL2"}
CLUSTER_PATH = None   # default: marsad/data/ner/clusters.tsv


class Gazetteer:
    __slots__ = ("single", "phrases", "first")

    def __init__(self) -> None:
        self.single: dict[str, tuple[str, ...]] = {}
        self.phrases: dict[str, tuple[str, ...]] = {}
        self.first: set[str] = set()
        p = data_path("ner", "gazetteer.tsv")
        if not p.exists():
            return
        for row in read_tsv(p):
            if row[0] == "phrase" or len(row) < 2:
                continue
            classes = tuple(row[1].split(","))
            if " " in row[0]:
                self.phrases[row[0]] = classes
                self.first.add(row[0].split(" ", 1)[0])
            else:
                self.single[row[0]] = classes


def gazetteer() -> Gazetteer:
    return cached("lang.ner.gazetteer", Gazetteer)


def _load_clusters() -> dict:
    from pathlib import Path
    p = Path(CLUSTER_PATH) if CLUSTER_PATH else data_path("ner", "clusters.tsv")
    out: dict[str, tuple] = {}
    if not p.exists():
        return out
    head = None
    for row in read_tsv(p):
        if head is None and row[0] == "word":
            head = row[1:]
            continue
        out[row[0]] = tuple(row[1:])
    return out


def clusters() -> dict:
    return cached("lang.ner.clusters", _load_clusters)


TRAIN_DICT = None      # set while training (jackknifed); default: marsad/data/ner/train_dict.tsv


def _load_train_dict() -> dict:
    p = data_path("ner", "train_dict.tsv")
    rows = read_tsv(p) if p.exists() else iter(())
    return dict_features({r[0]: (r[1], int(r[2]), int(r[3])) for r in rows if r[0] != "stem" and len(r) >= 4})


def dict_features(d: dict) -> dict:
    """stem -> (type, n_as_type, n_total) into stem -> feature list."""
    out = {}
    for st, (typ, k, n) in d.items():
        r = k / n if n else 0.0
        out[st] = ["td=" + typ, "td=%s|%s" % (typ, "hi" if r >= 0.5 else "lo")]
    return out


def train_dict() -> dict:
    if TRAIN_DICT is not None:
        return TRAIN_DICT
    return cached("lang.ner.train_dict", _load_train_dict)


def count_dict(sentences) -> dict:
    """From labelled sentences: stem -> (majority entity type, its count, all occurrences), stems seen in an entity."""
    tot: dict = {}
    ent: dict = {}
    for toks, tags in sentences:
        for w, t in zip(toks, tags):
            s = _word_feats(w)[5]
            if len(s) < 2:
                continue
            tot[s] = tot.get(s, 0) + 1
            if t != "O":
                c = ent.setdefault(s, {})
                c[t[2:]] = c.get(t[2:], 0) + 1
    out = {}
    for s, c in ent.items():
        typ, k = max(c.items(), key=lambda x: (x[1], x[0]))
        out[s] = (typ, k, tot[s])
    return out


def _strip_punct(w: str) -> str:
    a, b = 0, len(w)
    while a < b and not w[a].isalnum():
        a += 1
    while b > a and not w[b - 1].isalnum():
        b -= 1
    return w[a:b]


_feat_cache: dict[str, tuple] = {}


def _word_feats(word: str) -> tuple:
    """(own, as_prev1, as_next1, as_prev2, as_next2, stem_norm) for one raw word, cached."""
    r = _feat_cache.get(word)
    if r is not None:
        return r
    gz = gazetteer().single
    vocab = lexicon().vocab
    core = _strip_punct(word)
    own: list[str] = []
    cid = "-"
    if not core:
        own.append("w=" + word)
        own.append("PUNCT")
        stem = word
        ctx = ["w=" + word]
    else:
        c0 = core[0]
        if "\u0621" <= c0 <= "\u064a":
            a, b, snorm, art = analyse(core)
            wn = normalize(core)
            pre, suf = core[:a], core[b:]
            bare = snorm[2:] if art else snorm
            own += ["w=" + wn, "s=" + snorm, "b=" + bare, "b2=" + bare[:2], "b3=" + bare[:3],
                    "e2=" + bare[-2:], "e3=" + bare[-3:], "b4=" + bare[:4], "e4=" + bare[-4:]]
            if pre:
                own.append("p=" + normalize(pre))
            if suf:
                own.append("x=" + normalize(suf))
            if art:
                own.append("ART")
            c = vocab.get(wn, 0)
            own.append("f=%d" % (min(int(math.log2(c + 1)), 8)))
            own.append("l=%d" % min(len(bare), 8))
            classes = set(gz.get(snorm, ())) | set(gz.get(bare, ())) | set(gz.get(wn, ()))
            if not art and ("ال" + bare) in gz:
                classes |= {c + "+al" for c in gz["ال" + bare]}
            for g in sorted(classes):
                own.append("g=" + g)
            stem = snorm
            ctx = ["w=" + wn, "s=" + snorm] + ["g=" + g for g in sorted(classes)]
            if "CL" in FEATS:
                cl = clusters().get(snorm[2:] if (len(snorm) > 4 and snorm.startswith("ال")) else snorm)   # = ner_build.cluster_key
                if cl:
                    own += ["c%d=%s" % (k, c) for k, c in enumerate(cl)]
                    cid = cl[1] if len(cl) > 1 else cl[0]
                    ctx.insert(2, "c1=" + cl[1] if len(cl) > 1 else "c0=" + cl[0])
                else:
                    own.append("cNA")
        elif c0.isdigit() or "\u0660" <= c0 <= "\u0669":
            own += ["NUM", "l=%d" % min(len(core), 4)]
            stem = "0"
            ctx = ["NUM"]
        else:
            own += ["w=" + core.lower(), "LAT", "CAP" if core[:1].isupper() else "low"]
            if core.isupper():
                own.append("UPPER")
            stem = core.lower()
            ctx = ["LAT"]
        if core != word:
            own.append("P+")
    n2 = 3 if "CL2" in FEATS else 2
    r = (own, ["-1:" + f for f in ctx], ["+1:" + f for f in ctx],
         ["-2:" + f for f in ctx[:n2]], ["+2:" + f for f in ctx[:n2]], stem, cid)
    if len(_feat_cache) > 300_000:
        _feat_cache.clear()
    _feat_cache[word] = r
    return r


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    wf = [_word_feats(w) for w in words]
    n = len(wf)
    stems = [x[5] for x in wf]
    # multi-word gazetteer phrases (longest match, on stems)
    gz = gazetteer()
    mg: dict[int, list[str]] = {}
    if gz.phrases:
        first = gz.first
        i = 0
        while i < n:
            if stems[i] in first:
                for L in range(min(_MAX_PHRASE, n - i), 1, -1):
                    cl = gz.phrases.get(" ".join(stems[i:i + L]))
                    if cl:
                        for k in range(L):
                            mg.setdefault(i + k, []).extend(("mg=%s-%s" % ("B" if k == 0 else "I", c)) for c in cl)
                        break
            i += 1
    out = []
    cl3 = "CL3" in FEATS
    td = train_dict() if "TD" in FEATS else None
    for i in range(n):
        f = list(wf[i][0])
        if i > 0:
            f += wf[i - 1][1]
            f.append("bg=" + stems[i - 1] + "|" + stems[i])
        else:
            f.append("BOS")
        if i + 1 < n:
            f += wf[i + 1][2]
        else:
            f.append("EOS")
        if 0 < i < n - 1:
            f.append("ctx=" + stems[i - 1] + "|" + stems[i + 1])
        if cl3:
            if i > 0:
                f.append("cb=" + wf[i - 1][6] + "|" + wf[i][6])
            if i + 1 < n:
                f.append("cb+=" + wf[i][6] + "|" + wf[i + 1][6])
                f.append("bg+=" + stems[i] + "|" + stems[i + 1])
        if i > 1:
            f += wf[i - 2][3]
        if i + 2 < n:
            f += wf[i + 2][4]
        m = mg.get(i)
        if m:
            f += m
        if td:
            e = td.get(stems[i])
            if e:
                f += e
        out.append(f)
    return out


class Tagger:
    def __init__(self, path: "str | os.PathLike | None" = None) -> None:
        import pycrfsuite
        self.path = str(path or data_path("models", MODEL_NAME))
        self._t = pycrfsuite.Tagger()
        self._t.open(self.path)

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return self._t.tag(sentence_features(words))


def tagger() -> Tagger:
    return cached("lang.ner.tagger", Tagger)


def model_available() -> bool:
    return data_path("models", MODEL_NAME).exists()


def to_gpe(words: Sequence[str], tags: list[str]) -> list[str]:
    """LOC entities that are countries/cities in the gazetteer become GPE (in place, returned)."""
    gz = gazetteer()
    n = len(tags)
    i = 0
    while i < n:
        if tags[i] == "B-LOC":
            j = i + 1
            while j < n and tags[j] == "I-LOC":
                j += 1
            stems = [_word_feats(w)[5] for w in words[i:j]]
            key = " ".join(stems)
            cl = gz.phrases.get(key) if j - i > 1 else gz.single.get(key)
            if cl is None and j - i == 1 and not key.startswith("ال"):
                cl = gz.single.get("ال" + key)
            if cl and GPE_CLASSES.intersection(cl):
                tags[i] = "B-GPE"
                for k in range(i + 1, j):
                    tags[k] = "I-GPE"
            i = j
        else:
            i += 1
    return tags


def tag_words(words: Sequence[str], gpe: bool = True) -> list[str]:
    tags = tagger().tag(words)
    return to_gpe(words, list(tags)) if gpe else list(tags)


def propagate(words_list: Sequence[Sequence[str]], tags_list: list[list[str]], window: int = 0) -> list[list[str]]:
    """Document-level label propagation over sentences (in place, returned).

    A multi-word PERS/ORG/LOC/GPE name tagged somewhere is tagged wherever the same stems occur
    untagged, and the last word of a multi-word PERS name (>= 4 letters) alone becomes PERS
    ("سيرغي ريابكوف" ... "ريابكوف").  ``window`` > 0 limits the evidence to sentences within
    that distance (for a stream of sentences without document boundaries); 0 = whole list.
    """
    stems = [[_word_feats(w)[5] for w in ws] for ws in words_list]
    found: list[tuple[int, tuple, str]] = []      # (sentence, stem tuple, type)
    for si, tags in enumerate(tags_list):
        i, n = 0, len(tags)
        while i < n:
            if tags[i].startswith("B-"):
                typ = tags[i][2:]
                j = i + 1
                while j < n and tags[j] == "I-" + typ:
                    j += 1
                if typ in ("PERS", "ORG", "LOC", "GPE"):
                    if j - i >= 2:
                        found.append((si, tuple(stems[si][i:j]), typ))
                    if typ == "PERS" and j - i >= 2 and len(stems[si][j - 1]) >= 4:
                        found.append((si, (stems[si][j - 1],), "PERS"))
                i = j
            else:
                i += 1
    if not found:
        return tags_list
    every: dict[tuple, str] = {}
    for _, key, typ in found:
        every.setdefault(key, typ)
    firsts_all = {k[0] for k in every}
    for si, tags in enumerate(tags_list):
        if window:
            cands: dict[tuple, str] = {}
            for fs, key, typ in found:
                if abs(fs - si) <= window:
                    cands.setdefault(key, typ)
            if not cands:
                continue
            firsts = {k[0] for k in cands}
        else:
            cands, firsts = every, firsts_all
        st = stems[si]
        n = len(st)
        i = 0
        while i < n:
            hit = 0
            if tags[i] == "O" and st[i] in firsts:
                for L in (4, 3, 2, 1):
                    if i + L <= n and all(t == "O" for t in tags[i:i + L]):
                        typ = cands.get(tuple(st[i:i + L]))
                        if typ:
                            tags[i] = "B-" + typ
                            for k in range(i + 1, i + L):
                                tags[k] = "I-" + typ
                            hit = L
                            break
            i += hit or 1
    return tags_list


# -- second pass ("stacking"): the first pass's labels over the document as features ---------------
STACK_MODEL_NAME = "ner_ar_s2.crfsuite"


def _typ(t: str) -> str:
    return t[2:] if len(t) > 2 else "O"


def stack_features(words_list: Sequence[Sequence[str]], tags_list: Sequence[Sequence[str]], window: int = 0) -> list[list[list[str]]]:
    """Per-token features from first-pass labels: the token's own and its neighbours' labels, and the
    label the same stem gets elsewhere in the document (``window`` sentences around, 0 = all)."""
    stems = [[_word_feats(w)[5] for w in ws] for ws in words_list]
    per: list[dict] = []
    for st, tags in zip(stems, tags_list):
        d: dict[str, dict] = {}
        for s, t in zip(st, tags):
            if len(s) >= 2:
                c = d.setdefault(s, {})
                ty = _typ(t)
                c[ty] = c.get(ty, 0) + 1
        per.append(d)
    n_s = len(per)
    if not window:
        tot: dict[str, dict] = {}
        for d in per:
            for s, c in d.items():
                tc = tot.setdefault(s, {})
                for k, v in c.items():
                    tc[k] = tc.get(k, 0) + v
    out = []
    for si, (st, tags) in enumerate(zip(stems, tags_list)):
        if window:
            tot = {}
            for sj in range(max(0, si - window), min(n_s, si + window + 1)):
                for s, c in per[sj].items():
                    tc = tot.setdefault(s, {})
                    for k, v in c.items():
                        tc[k] = tc.get(k, 0) + v
        n = len(st)
        feats = []
        for i in range(n):
            t = tags[i]
            f = ["p1=" + t]
            f.append("p1-1=" + (tags[i - 1] if i > 0 else "BOS"))
            f.append("p1+1=" + (tags[i + 1] if i + 1 < n else "EOS"))
            s = st[i]
            c = tot.get(s) if len(s) >= 2 else None
            if c:
                own = _typ(t)
                best, bv, tot_n = None, 0, 0
                for k, v in c.items():
                    v2 = v - (1 if k == own else 0)
                    tot_n += v2
                    if k != "O" and v2 > bv:
                        best, bv = k, v2
                if best:
                    f.append("dl=" + best)
                    if bv * 2 >= tot_n:
                        f.append("dlm=" + best)
                elif tot_n:
                    f.append("dlO")
            feats.append(f)
        out.append(feats)
    return out


class StackTagger:
    """Two CRF passes over a document: pass 1 (:class:`Tagger`), then pass 2 with :func:`stack_features`."""

    def __init__(self, path1=None, path2=None) -> None:
        import pycrfsuite
        self.first = Tagger(path1)
        self.path2 = str(path2 or data_path("models", STACK_MODEL_NAME))
        self._t2 = pycrfsuite.Tagger()
        self._t2.open(self.path2)

    def tag_doc(self, words_list: Sequence[Sequence[str]], window: int = 0) -> list[list[str]]:
        p1 = [list(self.first.tag(ws)) for ws in words_list]
        sf = stack_features(words_list, p1, window)
        out = []
        for ws, extra in zip(words_list, sf):
            if not ws:
                out.append([])
                continue
            base = sentence_features(ws)
            out.append(list(self._t2.tag([b + e for b, e in zip(base, extra)])))
        return out


def stack_available() -> bool:
    return data_path("models", STACK_MODEL_NAME).exists()


def stack_tagger() -> StackTagger:
    return cached("lang.ner.stack_tagger", StackTagger)
