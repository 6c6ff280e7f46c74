"""Arabic named-entity recogniser: a linear-chain CRF (python-crfsuite) over whole words.

Features come from the clitic-aware analysis (:func:`marsad.lang.tokenize.analyse`):
whole-word and stem norms, proclitic/suffix, article, stem affixes, word shape,
corpus frequency band, general-Arabic frequency band and article share of the stem
(``wordfreq_ar.tsv``, group ``WF``), gazetteer classes (single words and multi-word phrases,
``marsad/data/ner/gazetteer.tsv``, incl. hand-written organisations and cue words),
distributional word clusters at three granularities (``clusters.tsv``, feature group
``CL``), and the same for neighbours at +-1 / +-2 (``CL2``: clusters at +-2 too).
Per-word feature lists are cached.  Tagging uses :mod:`marsad.lang.crf_viterbi` (the model's
weights in numpy, per-word weight vectors, batched Viterbi; same tags as python-crfsuite, which
stays for training, marginals and the ``MARSAD_NER_TAGGER=crfsuite`` escape hatch).

The model is trained with LOC only (ANERcorp has no GPE); :func:`to_gpe` turns a
LOC whose text is a country or city in the gazetteer into GPE afterwards.
Model file: ``marsad/data/models/ner_ar.crfsuite`` (built by ``scripts/train_ner.py``).
"""
from __future__ import annotations

import math
import os
from functools import reduce
from itertools import compress, repeat
from operator import add, itemgetter
from typing import Sequence

from ..resources import cached, data_path, read_tsv, read_tsv_dicts
from .normalize import normalize
from .tokenize import analyse, lexicon

MODEL_NAME = "ner_ar.crfsuite"
GPE_CLASSES = frozenset({"COUNTRY", "CITY", "TOWN"})
_MAX_PHRASE = 5
# optional feature groups (the shipped model's set; training must use the same)
# CL clusters, CL2 clusters at +-2, BIAS per-label intercept (biased decoding), NG 1/5-letter stem ends and
# whole-word ends, FX transliteration cues, CUE nearest cue word within 3 before, POS position, Q inside
# quotes/parentheses, NM character n-gram name-likeness (namelike.tsv), WF wordfreq Zipf band and article
# share of the stem (wordfreq_ar.tsv; own word and +-1); experimental: CL3, TD, W3, WF2 (WF at +-2 too),
# WFG (gazetteer class x article share), WFB (previous|own wordfreq code), WFW (whole-word band; needs
# WORDFREQ_WORDS_PATH), NOF (no corpus frequency band).
# Shipped: the lean set + WF (NG/FX/CUE/POS/Q gave no inner gain at c2 0.1 and cost ~40 % more attributes
# per token; WF gained on both inner folds, WF2/WFG/WFB/WFW/NOF did not)
FEATS: set = {"CL", "CL2", "BIAS", "NM", "WF"}
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


def _load_opening_verbs() -> frozenset:
    """Normalised perfect forms (3ms, 3fs) of the Arabic event trigger verbs and speech verbs of the coding
    tables: a one-token "name" that opens a sentence with one of them is the verb (أدان وزير الخارجية …)."""
    out = set()
    for row in read_tsv(data_path("coding", "triggers_ar.tsv")):
        if len(row) > 2 and row[2] == "verb" and row[0] != "lemma":
            out.add(normalize(row[0]))
    for row in read_tsv(data_path("coding", "cues_ar.tsv")):
        if len(row) > 1 and row[1] == "speech":
            out.add(normalize(row[0]))
    out |= {v + "ت" for v in out if not v.endswith(("ا", "ى"))}
    return frozenset(v for v in out if len(v) >= 3)


def opening_verbs() -> frozenset:
    return cached("lang.ner.opening_verbs", _load_opening_verbs)


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


WORDFREQ_PATH = None   # default: marsad/data/ner/wordfreq_ar.tsv
# article-share buckets (upper bounds, %) of a stem's wordfreq frequency with the article
_WF_ART = (2, 10, 30, 60, 101)


def _wf_code(z10: int, art: int) -> int:
    """One small int per stem: Zipf half-band (0..15) * 8 + article-share bucket (0..4; 7 = too rare to say)."""
    zb = max(0, min(15, z10 // 5))
    ab = 7 if z10 < 20 else next(k for k, u in enumerate(_WF_ART) if art < u)
    return zb * 8 + ab


def _load_wordfreq() -> dict:
    from pathlib import Path
    p = Path(WORDFREQ_PATH) if WORDFREQ_PATH else data_path("ner", "wordfreq_ar.tsv")
    out: dict[str, int] = {}
    if not p.exists():
        return out
    with open(p, encoding="utf-8") as f:
        lines = f.read().split("\n")
    memo: dict[str, int] = {}        # "zipf10\tart" -> code (a few thousand distinct pairs)
    for line in lines:
        k, _, rest = line.partition("\t")
        if not rest or k[0] == "#" or k == "stem":
            continue
        c = memo.get(rest)
        if c is None:
            z, a = rest.split("\t")[:2]
            c = memo[rest] = _wf_code(int(z), int(a))
        out[k] = c
    return out


def wordfreq_table() -> dict:
    """Clitic-free stem -> packed (Zipf band, article share) code, from ``wordfreq_ar.tsv`` (feature group ``WF``)."""
    return cached("lang.ner.wordfreq", _load_wordfreq)


WORDFREQ_WORDS_PATH = None   # experimental group WFW: a table made by ner_build.build_wordfreq_words


def _load_wordfreq_words() -> dict:
    out: dict[str, str] = {}
    if not WORDFREQ_WORDS_PATH:
        return out
    memo: dict[str, str] = {}
    with open(WORDFREQ_WORDS_PATH, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            k, _, z = line.partition("\t")
            if not z or k[0] == "#" or k == "word":
                continue
            v = memo.get(z)
            if v is None:
                v = memo[z] = "zw=%d" % min(15, int(z) // 5)
            out[k] = v
    return out


def _wf_feats(bare: str) -> tuple[list[str], str]:
    """(own attributes, neighbour attribute) of the wordfreq knowledge for a clitic-free stem."""
    c = wordfreq_table().get(bare)
    if c is None:
        return ["zs=NA"], "z=NA"
    zb, ab = c >> 3, c & 7
    return ["zs=%d" % zb, "za=%d" % ab, "zsa=%d|%d" % (zb >> 1, ab)], "z=%d|%d" % (zb >> 1, ab)


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


_FOREIGN_LETTERS = frozenset("گپڤچژکی")
_FOREIGN_ENDS = ("يف", "وف", "سكي", "فيتش", "يتش", "فيتش", "ين", "يني", "وني", "يا", "و", "ز", "س", "ر", "ت")
_LONG = frozenset("اوي")


def _foreign(bare: str) -> list[str]:
    """Transliteration cues of a clitic-free stem: non-Arabic letters, long-vowel density, endings,
    and whether it lacks a short (<= 4 consonant) Arabic root-like skeleton."""
    out = []
    if _FOREIGN_LETTERS.intersection(bare):
        out.append("fx=let")
    n = len(bare)
    if n:
        v = sum(1 for c in bare if c in _LONG)
        cons = n - v
        out.append("fx=v%d" % min(v, 4))
        out.append("fx=r%d" % int(4 * v / n))
        if cons >= 5:
            out.append("fx=c5")
        for e in ("يف", "وف", "سكي", "يتش", "نو", "يو", "وس", "يس"):
            if n > len(e) + 2 and bare.endswith(e):
                out.append("fx=e" + e)
        if "وو" in bare or "يي" in bare[1:] or bare.count("ا") >= 2:
            out.append("fx=lv")
    return out


NAMELIKE_LOO = False    # set while making training features (ner_train): leave-one-out scores
NAMELIKE_PATH = None    # default: marsad/data/ner/namelike.tsv


class NameLike:
    """Naive-Bayes name-likeness of a clitic-free word from character 2-4-grams (``namelike.tsv``):
    mean per-gram log-likelihood ratio of person-name (P) and place-name (L) words against plain corpus
    words (W).  A word that is itself in the table's training lexicon is scored leave-one-out (its own
    n-grams removed) while training (:data:`NAMELIKE_LOO`), so training tokens get the same kind of score
    as unseen words; at run time the plain score is used (no lexicon to load)."""
    __slots__ = ("cnt", "tot", "lex", "V", "logs", "grams", "memo")

    def __init__(self) -> None:
        from .ner_build import namelike_grams, namelike_lexicon
        self.grams = namelike_grams
        self.memo: dict[str, list] = {}
        self.cnt: dict[str, tuple] = {}
        self.tot = [0, 0, 0]
        from pathlib import Path
        p = Path(NAMELIKE_PATH) if NAMELIKE_PATH else data_path("ner", "namelike.tsv")
        self.lex = {}
        if not p.exists():
            return
        for row in read_tsv(p):
            if row[0] in ("gram", "_words_") or len(row) < 4:
                continue
            c = (int(row[1]), int(row[2]), int(row[3]))
            self.cnt[row[0]] = c
            for k in range(3):
                self.tot[k] += c[k]
        self.V = len(self.cnt)
        if NAMELIKE_LOO:
            self.lex = namelike_lexicon(wf_path=Path(WORDFREQ_PATH) if WORDFREQ_PATH else None)
        # per-gram log-probabilities, precomputed for the (run-time) plain score
        den = [math.log(self.tot[k] + 0.5 * self.V) for k in range(3)]
        self.logs = {g: (math.log(c[0] + 0.5) - den[0], math.log(c[1] + 0.5) - den[1], math.log(c[2] + 0.5) - den[2])
                     for g, c in self.cnt.items()}

    def feats(self, bare: str) -> list[str]:
        if not self.cnt or len(bare) < 2:
            return []
        r = self.memo.get(bare)
        if r is not None:
            return r
        grams = self.grams(bare)
        own = {"P": 0, "L": 1, "W": 2}.get(self.lex.get(bare, ""), -1) if self.lex else -1
        ll = [0.0, 0.0, 0.0]
        m = 0
        if own < 0:
            # the known grams' log-probabilities, summed left to right from 0.0 (reduce with add: the
            # same float additions in the same order as a loop, in C)
            cs = list(filter(None, map(self.logs.get, grams)))
            m = len(cs)
            if m:
                s0, s1, s2 = zip(*cs)
                ll = [reduce(add, s0, 0.0), reduce(add, s1, 0.0), reduce(add, s2, 0.0)]
        else:                       # leave-one-out (training)
            tot = list(self.tot)
            tot[own] -= len(grams)
            for g in grams:
                c = self.cnt.get(g)
                if c is None:
                    continue
                m += 1
                for k in range(3):
                    ck = c[k] - (1 if k == own else 0)
                    ll[k] += math.log((ck + 0.5) / (tot[k] + 0.5 * self.V))
        if not m:
            return ["nm=NA"]
        dp = (ll[0] - ll[2]) / m
        dl = (ll[1] - ll[2]) / m
        best = "P" if ll[0] >= ll[1] and ll[0] >= ll[2] else "L" if ll[1] >= ll[2] else "W"
        r = ["nm=" + best, "nmP=%d" % max(-4, min(4, int(round(dp * 2)))),
             "nmL=%d" % max(-4, min(4, int(round(dl * 2))))]
        if len(self.memo) > 200_000:
            self.memo.clear()
        self.memo[bare] = r
        return r


def namelike() -> NameLike:
    return cached("lang.ner.namelike", NameLike)


def _strip_punct(w: str) -> str:
    a, b = 0, len(w)
    while a < b and not w[a].isalnum():
        a += 1
    while b > a and not w[b - 1].isalnum():
        b -= 1
    return w[a:b]


class _FeatCache(dict):
    """word -> _word_feats tuple.  Clearing it (when full, or by the data builders and trainers after
    rebuilding the lexicon) also clears loc_is_gpe's memo, which is derived from the word stems."""
    __slots__ = ()

    def clear(self) -> None:
        super().clear()
        _gpe_memo.clear()


_feat_cache: dict[str, tuple] = _FeatCache()
_gpe_memo: dict[tuple, bool] = {}      # LOC entity words -> loc_is_gpe (for the gazetteer in _gpe_owner)
_gpe_owner: list = [None]


def _word_feats(word: str) -> tuple:
    """(own, as_prev1, as_next1, as_prev2, as_next2, stem_norm, cluster id, cue classes, has a quote
    or parenthesis) for one raw word, cached."""
    r = _feat_cache.get(word)
    if r is not None:
        return r
    gz = gazetteer().single
    vocab = lexicon().vocab
    core = _strip_punct(word)
    own: list[str] = []
    cid = "-"
    zc = "-"          # wordfreq band|article code of the word (feature group WFB)
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
            if "NOF" not in FEATS:      # experimental switch: without the training-corpus frequency band
                own.append("f=%d" % (min(int(math.log2(c + 1)), 8)))
            own.append("l=%d" % min(len(bare), 8))
            classes = set(gz.get(snorm, ())) | set(gz.get(bare, ())) | set(gz.get(wn, ()))
            if not art and ("ال" + bare) in gz:
                classes |= {c + "+al" for c in gz["ال" + bare]}
            for g in sorted(classes):
                own.append("g=" + g)
            if "NG" in FEATS:     # 1- and 5-letter stem ends, whole-word (with clitics) ends
                own += ["b1=" + bare[:1], "e1=" + bare[-1:], "b5=" + bare[:5], "e5=" + bare[-5:],
                        "we2=" + wn[-2:], "wb2=" + wn[:2]]
            if "FX" in FEATS:     # looks foreign / transliterated
                own += _foreign(bare)
            if "NM" in FEATS:     # character n-gram name-likeness
                own += namelike().feats(bare)
            stem = snorm
            ctx = ["w=" + wn, "s=" + snorm] + ["g=" + g for g in sorted(classes)]
            if "WF" in FEATS:     # wordfreq Zipf band and article share of the stem (own and +-1)
                wo, wc = _wf_feats(bare)
                own += wo
                ctx.append(wc)
                zc = wc[2:]
                if "WFW" in FEATS:     # whole-word (clitics included) band
                    own.append(cached("lang.ner.wordfreq_words", _load_wordfreq_words).get(wn, "zw=NA"))
                if "WFG" in FEATS and classes:    # gazetteer class x article share (a name list word that is a common noun)
                    ab = wo[1][3:] if len(wo) > 1 else "NA"
                    own += ["gz=%s|%s" % (g, ab) for g in sorted(classes)]
            if "CL" in FEATS:
                cl = clusters().get(snorm[2:] if (len(snorm) > 4 and snorm.startswith("ال")) else snorm)   # = ner_build.cluster_key
                if cl:
                    cf = _CL_FEATS.get(cl)      # (words share cluster paths: the attributes per path)
                    if cf is None:
                        if len(_CL_FEATS) > 100_000:
                            _CL_FEATS.clear()
                        cf = _CL_FEATS[cl] = ["c%d=%s" % (k, c) for k, c in enumerate(cl)]
                    own += cf
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
    # (the prefixed copies and the cue classes built in C)
    cue_cls = list(map(_AFTER2, compress(ctx, map(str.startswith, ctx, repeat("g=CUE")))))
    c2 = ctx[:n2]
    if "WF2" in FEATS and ctx[-1][:2] == "z=":
        c2 = c2 + ctx[-1:]
    r = (own, list(map("-1:".__add__, ctx)), list(map("+1:".__add__, ctx)),
         list(map("-2:".__add__, c2)), list(map("+2:".__add__, c2)), stem, cid,
         cue_cls, bool(_QUOTE_CHARS.intersection(word)), zc)
    if len(_feat_cache) > 300_000:
        _feat_cache.clear()
    _feat_cache[word] = r
    return r


_QUOTE_CHARS = frozenset("\"«»“”()")
_AFTER2 = itemgetter(slice(2, None))
_CL_FEATS: dict[tuple, list] = {}     # cluster path -> its c0= c1= ... attributes (_word_feats)
_known_cache: dict[str, tuple] = {}
_known_for: list = [None]


def _word_feats_known(word: str, known: "frozenset") -> tuple:
    """:func:`_word_feats` with the feature lists cut to the attributes the model knows (tagging only:
    crfsuite ignores unknown attributes anyway, so the output is the same, but passing fewer strings
    is much faster).  Cached per word for one ``known`` set at a time."""
    if _known_for[0] is not known:
        _known_cache.clear()
        _known_for[0] = known
    r = _known_cache.get(word)
    if r is None:
        w = _word_feats(word)
        r = tuple([x for x in lst if x in known] for lst in w[:5]) + w[5:]
        if len(_known_cache) > 300_000:
            _known_cache.clear()
        _known_cache[word] = r
    return r


def phrase_features(stems: Sequence[str]) -> dict[int, list[str]]:
    """Token index -> ``mg=B-CLASS`` / ``mg=I-CLASS`` of the longest multi-word gazetteer phrase
    starting at each token (matched on stems)."""
    gz = gazetteer()
    mg: dict[int, list[str]] = {}
    if not gz.phrases:
        return mg
    n = len(stems)
    first = gz.first
    for i, st in enumerate(stems):
        if st in first:
            for L in range(min(_MAX_PHRASE, n - i), 1, -1):
                cl = gz.phrases.get(" ".join(stems[i:i + L]))
                if cl:
                    for k in range(L):
                        mg.setdefault(i + k, []).extend("mg=%s-%s" % ("B" if k == 0 else "I", c) for c in cl)
                    break
    return mg


def sentence_features(words: Sequence[str], known: "frozenset | None" = None) -> list[list[str]]:
    """Per-token CRF attribute lists for one sentence.  ``known``: the model's attribute set (as
    :attr:`Tagger.known`) to leave out attributes it never saw; None (training) keeps every one."""
    wf = [_word_feats_known(w, known) for w in words] if known is not None else [_word_feats(w) for w in words]
    n = len(wf)
    stems = [x[5] for x in wf]
    mg = phrase_features(stems)
    out = []
    cl3 = "CL3" in FEATS
    bias = "BIAS" in FEATS
    wfb = "WFB" in FEATS
    w3 = "W3" in FEATS
    cue = "CUE" in FEATS
    pos = "POS" in FEATS
    quo = "Q" in FEATS
    if cue:
        cues = [x[7] for x in wf]
    inq = False
    inp = 0
    td = train_dict() if "TD" in FEATS else None
    for i in range(n):
        f = list(wf[i][0])
        e = []            # token-level attributes (filtered by ``known`` below)
        if i > 0:
            f += wf[i - 1][1]
            e.append("bg=" + stems[i - 1] + "|" + stems[i])
            if wfb:
                e.append("zb=" + wf[i - 1][9] + "|" + wf[i][9])
        else:
            e.append("BOS")
        if i + 1 < n:
            f += wf[i + 1][2]
        else:
            e.append("EOS")
        if 0 < i < n - 1:
            e.append("ctx=" + stems[i - 1] + "|" + stems[i + 1])
        if cl3:
            if i > 0:
                e.append("cb=" + wf[i - 1][6] + "|" + wf[i][6])
            if i + 1 < n:
                e.append("cb+=" + wf[i][6] + "|" + wf[i + 1][6])
                e.append("bg+=" + stems[i] + "|" + stems[i + 1])
        if i > 1:
            f += wf[i - 2][3]
        if i + 2 < n:
            f += wf[i + 2][4]
        m = mg.get(i)
        if m:
            e += m
        if td:
            t = td.get(stems[i])
            if t:
                e += t
        if w3:       # stems at +-3
            if i > 2:
                e.append("-3:s=" + stems[i - 3])
            if i + 3 < n:
                e.append("+3:s=" + stems[i + 3])
        if bias:
            e.append(BIAS_ATTR)
        if cue:      # nearest cue word (CUE_PER/ORG/LOC) within the 3 previous words, and its distance
            for k in range(1, 4):
                if i - k < 0:
                    break
                if cues[i - k]:
                    e += ["cue%d=%s" % (k, c) for c in cues[i - k]]
                    e += ["cue=" + c for c in cues[i - k]]
                    break
        if pos:
            e.append("pos=%d" % min(i, 3))
            if i >= n - 2:
                e.append("pos=end%d" % (n - 1 - i))
        if quo:
            if inq:
                e.append("inQ")
            if inp:
                e.append("inP")
            if wf[i][8]:
                for ch in words[i]:
                    if ch in "\"«»“”":
                        inq = (ch in "\"«“") if ch != "\"" else not inq
                    elif ch == "(":
                        inp += 1
                    elif ch == ")" and inp:
                        inp -= 1
        if known is not None:
            f += [x for x in e if x in known]
        else:
            f += e
        out.append(f)
    return out


# -- recall-biased decoding ---------------------------------------------------------------------
# Every token carries the constant attribute BIAS_ATTR (feature group "BIAS"), so the model has one
# state feature (BIAS, label) per label: a per-label intercept.  Adding ``delta`` to its weight adds
# ``delta`` to that label's score at every position, i.e. Viterbi with a label prior shift.  Patched
# in memory at load (the file keeps the trained weights).  DECODE_BIAS is the shipped setting, chosen
# on the inner split (marsad/data/ner/README.md); ``Tagger(bias={})`` decodes without it.
BIAS_ATTR = "BIAS"
DECODE_BIAS: dict = {"O": 0.0}     # chosen on two inner folds for the shipped features (README)

_FEAT_DT = [("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]


def _cqdb_ids(data, off: int) -> dict:
    """String -> id of one CQDB chunk of a crfsuite model (via its backward array)."""
    import struct
    size, flag, order, bwd_size, bwd_off = struct.unpack_from("<5I", data, off + 4)
    out = {}
    for i in range(bwd_size):
        o = struct.unpack_from("<I", data, off + bwd_off + 4 * i)[0]
        if not o:
            continue
        kid, ks = struct.unpack_from("<II", data, off + o)
        out[bytes(data[off + o + 8: off + o + 8 + ks - 1]).decode("utf-8")] = kid
    return out


def model_attributes(data: bytes) -> frozenset:
    """The attribute strings a crfsuite model knows (its attribute CQDB)."""
    import struct
    off_a = struct.unpack_from("<I", data, 36)[0]
    return frozenset(_cqdb_ids(data, off_a))


def biased_model(data: bytes, bias: dict) -> bytes:
    """A copy of a crfsuite model (bytes) whose (BIAS_ATTR, label) weights are shifted by ``bias[label]``.

    Raises ValueError if the model has no BIAS attribute or lacks the feature for a biased label."""
    import struct

    import numpy as np
    buf = bytearray(data)
    if bytes(buf[:4]) != b"lCRF" or bytes(buf[8:12]) != b"FOMC":
        raise ValueError("not a crfsuite CRF1d model")
    n_lab, n_att, off_f, off_l, off_a = struct.unpack_from("<5I", buf, 20)
    nf = struct.unpack_from("<I", buf, off_f + 8)[0]
    feats = np.frombuffer(buf, dtype=np.dtype(_FEAT_DT), count=nf, offset=off_f + 12)
    feats = feats.copy()
    labels = _cqdb_ids(buf, off_l)
    # attribute id: only the BIAS key is needed; scan the attribute CQDB for it
    key = struct.pack("<I", len(BIAS_ATTR) + 1) + BIAS_ATTR.encode() + b"\0"
    a_size = struct.unpack_from("<I", buf, off_a + 4)[0]
    k = buf.find(key, off_a, off_a + a_size)
    if k < 0:
        raise ValueError("model has no %s attribute (train with FEATS containing 'BIAS')" % BIAS_ATTR)
    aid = struct.unpack_from("<I", buf, k - 4)[0]
    for lab, d in bias.items():
        if not d:
            continue
        m = (feats["type"] == 0) & (feats["src"] == aid) & (feats["dst"] == labels[lab])
        if not m.any():
            raise ValueError("model has no (%s, %s) feature" % (BIAS_ATTR, lab))
        feats["w"][m] += d
    buf[off_f + 12: off_f + 12 + 20 * nf] = feats.tobytes()
    return bytes(buf)


TAGGER_ENV = "MARSAD_NER_TAGGER"     # "crfsuite": decode with python-crfsuite instead of the numpy decoder


def feature_signature() -> tuple:
    """What the per-word feature lists depend on besides the word (module settings and the loaded
    tables): the numpy decoder's word table is rebuilt when this changes."""
    return (frozenset(FEATS), CLUSTER_PATH, WORDFREQ_PATH, WORDFREQ_WORDS_PATH, NAMELIKE_PATH, NAMELIKE_LOO,
            id(gazetteer()), id(clusters()) if "CL" in FEATS else 0,
            id(wordfreq_table()) if "WF" in FEATS else 0, id(namelike()) if "NM" in FEATS else 0,
            id(lexicon()))


class Tagger:
    """The CRF tagger.  ``bias``: label -> score shift (default :data:`DECODE_BIAS`; ``{}`` = plain Viterbi).

    ``engine``: ``"numpy"`` (default) decodes with :class:`marsad.lang.crf_viterbi.NerDecoder` (the
    same model read into numpy, same tags, ~5x faster); ``"crfsuite"`` with python-crfsuite over
    :func:`sentence_features`.  None reads the environment variable ``MARSAD_NER_TAGGER`` (escape
    hatch: ``MARSAD_NER_TAGGER=crfsuite``).  Feature groups that add token-level attributes the numpy
    decoder does not build (experimental CL3, WFB, W3, CUE, POS, Q, TD) always use crfsuite."""

    def __init__(self, path: "str | os.PathLike | None" = None, bias: "dict | None" = None,
                 engine: "str | None" = None) -> None:
        import pycrfsuite
        self.path = str(path or data_path("models", MODEL_NAME))
        self.bias = dict(DECODE_BIAS if bias is None else bias)
        self.engine = (engine or os.environ.get(TAGGER_ENV) or "numpy").lower()
        if self.engine not in ("numpy", "crfsuite"):
            raise ValueError("engine must be numpy or crfsuite, not %r" % self.engine)
        self._t = pycrfsuite.Tagger()
        self._buf = None
        with open(self.path, "rb") as f:
            data = f.read()
        if any(self.bias.values()):
            # crfsuite reads the model from this buffer for as long as the tagger lives: keep it
            self._buf = biased_model(data, self.bias)
            self._t.open_inmemory(self._buf)
        else:
            self._t.open(self.path)
        self.decoder = None
        if self.engine == "numpy":
            from .crf_viterbi import NerDecoder
            self.decoder = NerDecoder(self._buf if self._buf is not None else data)
            self.known = frozenset(self.decoder.model.attr)
        else:
            self.known = model_attributes(data)
        self.raw_labels = list(self._t.labels())
        # a BIOES-trained model (S- single, E- end) is decoded back to BIO
        self.bioes = any(x[:2] in ("S-", "E-") for x in self.raw_labels)
        self.labels = sorted({_to_bio(x) for x in self.raw_labels}, key=lambda x: (x != "O", x[2:], x[:1]))

    def _fast(self) -> bool:
        if self.decoder is None:
            return False
        from .crf_viterbi import WORD_LEVEL_GROUPS
        return FEATS <= WORD_LEVEL_GROUPS

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        if self._fast():
            return self.tag_many([words])[0]
        if self.bioes:
            return [_to_bio(x) for x in self._t.tag(sentence_features(words, self.known))]
        return self._t.tag(sentence_features(words, self.known))

    def tag_many(self, words_list: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags of several sentences (e.g. one document's) in one batched decode; same as
        ``[self.tag(ws) for ws in words_list]``."""
        if not self._fast():
            return [list(self.tag(ws)) for ws in words_list]
        out = self.decoder.tag_many(words_list)
        if self.bioes:
            out = [[_to_bio(x) for x in tags] for tags in out]
        return out

    def tag_crfsuite(self, words: Sequence[str]) -> list[str]:
        """The python-crfsuite decode of one sentence (the reference the numpy decoder must match)."""
        if not words:
            return []
        tags = self._t.tag(sentence_features(words, self.known))
        return [_to_bio(x) for x in tags] if self.bioes else list(tags)

    def marginals(self, words: Sequence[str]):
        """numpy array [len(words), len(self.labels)] of per-token label marginals P(y_t = label | x)
        under this tagger's (possibly biased) model; columns follow ``self.labels``."""
        return crf_marginals(sentence_features(words, self.known), self)


def _to_bio(t: str) -> str:
    return ("B" if t[0] == "S" else "I" if t[0] == "E" else t[0]) + t[1:]


def to_bioes(tags: Sequence[str]) -> list[str]:
    """BIO -> BIOES (S- a one-token entity, E- the last token of a longer one)."""
    out = list(tags)
    n = len(tags)
    for i, t in enumerate(tags):
        if t == "O" or len(t) < 3:
            continue
        begins = t[0] == "B" or i == 0 or tags[i - 1][2:] != t[2:]
        cont = i + 1 < n and tags[i + 1] == "I-" + t[2:]
        if begins:
            out[i] = ("B-" if cont else "S-") + t[2:]
        elif not cont:
            out[i] = "E-" + t[2:]
    return out


def crf_marginals(tokens_features: Sequence[Sequence[str]], tg: "Tagger | None" = None):
    """Per-token label marginals of the CRF for one sentence's feature lists (as made by
    :func:`sentence_features`): numpy float array [n_tokens, n_labels], rows sum to 1; the column
    order is :func:`crf_labels` (= ``tg.labels``).  Uses the shipped tagger unless ``tg`` is given."""
    import numpy as np
    tg = tg or tagger()
    n = len(tokens_features)
    out = np.zeros((n, len(tg.labels)))
    if not n:
        return out
    t = tg._t
    t.set(tokens_features)
    col = {lab: j for j, lab in enumerate(tg.labels)}
    for lab in tg.raw_labels:      # BIOES models: B = B + S, I = I + E
        j = col[_to_bio(lab)]
        for i in range(n):
            out[i, j] += t.marginal(lab, i)
    return out


def crf_labels() -> list[str]:
    """The shipped CRF's label list (the column order of :func:`crf_marginals`)."""
    return list(tagger().labels)


def tagger() -> Tagger:
    return cached("lang.ner.tagger", Tagger)


_model_seen: list = []


def model_available() -> bool:
    if _model_seen:              # once found, the shipped model file does not go away (no stat per document)
        return True
    if data_path("models", MODEL_NAME).exists():
        _model_seen.append(True)
        return True
    return False


def to_gpe(words: Sequence[str], tags: list[str]) -> list[str]:
    """LOC entities that are countries/cities in the gazetteer become GPE (in place, returned)."""
    if "B-LOC" not in tags:
        return tags
    n = len(tags)
    for i in [k for k, t in enumerate(tags) if t == "B-LOC"]:     # (no B-LOC inside an entity)
        j = i + 1
        while j < n and tags[j] == "I-LOC":
            j += 1
        if loc_is_gpe(words[i:j]):
            tags[i] = "B-GPE"
            for k in range(i + 1, j):
                tags[k] = "I-GPE"
    return tags


def loc_is_gpe(words: Sequence[str]) -> bool:
    """Whether a LOC entity with these words is a country/city in the gazetteer (see :func:`to_gpe`)."""
    gz = gazetteer()
    memo = _gpe_memo
    if _gpe_owner[0] is not gz:
        memo.clear()
        _gpe_owner[0] = gz
    wt = tuple(words)
    r = memo.get(wt)
    if r is not None:
        return r
    fc = _feat_cache
    key = " ".join([(fc.get(w) or _word_feats(w))[5] for w in words])
    n = len(words)
    cl = gz.phrases.get(key) if n > 1 else gz.single.get(key)
    if cl is None and n == 1 and not key.startswith("ال"):
        cl = gz.single.get("ال" + key)
    r = bool(cl and GPE_CLASSES.intersection(cl))
    if len(memo) > 100_000:
        memo.clear()
    memo[wt] = r
    return r


def tag_words(words: Sequence[str], gpe: bool = True) -> list[str]:
    tags = tagger().tag(words)
    return to_gpe(words, list(tags)) if gpe else list(tags)


PROPAGATE_SINGLE = 4    # >0: one-word names propagate too when their stem has >= this many letters and is rare


PROPAGATE_RETYPE = False  # True: a one-word ORG/MISC equal to a nearby full person name's surname becomes PERS


_STEM = itemgetter(5)    # the stem in a _word_feats tuple


class _LazyStems:
    """stems[si]: the stem list of sentence si, built on first use from a word -> stem map."""
    __slots__ = ("words", "sm", "memo")

    def __init__(self, words_list, sm: dict) -> None:
        self.words, self.sm, self.memo = words_list, sm, {}

    def __getitem__(self, si: int) -> list:
        r = self.memo.get(si)
        if r is None:
            sm = self.sm
            r = self.memo[si] = [sm[w] for w in self.words[si]]
        return r


def _name_repair_sets() -> tuple:
    def load():
        heads = frozenset(normalize(r[0]) for r in read_tsv(data_path("ner", "name_repair_ar.tsv"))
                          if len(r) > 1 and r[1] == "head")
        caps = frozenset(normalize(c) for r in read_tsv_dicts(data_path("actors", "countries.tsv"))
                         for c in (r.get("capitals_ar") or "").split("|") if c.strip() and " " not in c.strip())
        return heads, caps
    return cached("lang.ner.name_repair", load)


def repair_names(words_list: Sequence[Sequence[str]], tags_list: list[list[str]]) -> None:
    """Two repairs of person names (in place; ``name_repair_ar.tsv``): a name that ends at a compound name's head
    (عبد، أبو) takes the next word when it opens with the article; a name of three words or more does not end with a
    country's capital (a metonym the tagger read on: "العقيد أمادو عبد الرحمن باريس")."""
    heads, caps = _name_repair_sets()
    for words, tags in zip(words_list, tags_list):
        n = len(tags)
        if "B-PERS" not in tags:
            continue
        for k in range(n):
            t = tags[k]
            if t not in ("B-PERS", "I-PERS"):
                continue
            end = k + 1 >= n or tags[k + 1] != "I-PERS"
            if not end:
                continue
            w = normalize(words[k])
            if (w in heads or (w[:1] == "و" and w[1:] in heads)) and k + 1 < n and tags[k + 1] in ("O", "B-PERS") \
                    and normalize(words[k + 1]).startswith("ال") and words[k + 1].isalpha():
                tags[k + 1] = "I-PERS"   # "عبد" + "العال"
                continue
            i = k
            while i > 0 and tags[i] == "I-PERS":
                i -= 1
            if k - i >= 2 and normalize(words[k]) in caps:
                tags[k] = "O"   # (the capital is its own mention: the GPE step reads it)


def split_opening_verb(words_list: Sequence[Sequence[str]], tags_list: list[list[str]], is_verb) -> None:
    """A sentence that opens with و / ف on a word the tagger read as a person's first name, followed by nothing but the
    surname of a person named in full elsewhere in the document, opens with a verb ("وطالب جعجع رئيس الجمهورية …" after
    "سمير جعجع": طالب is a first name and a verb).  News sentences open with their verb; a name carrying the
    conjunction at a sentence's start is that verb when the coding lexicon has it as one (``is_verb``; in place;
    session 39)."""
    opening = [si for si, (ws, tags) in enumerate(zip(words_list, tags_list))
               if len(tags) > 2 and tags[0] == "B-PERS" and tags[1] == "I-PERS" and tags[2] != "I-PERS"
               and ws[0][:1] in ("و", "ف")]
    if not opening:
        return
    surnames: dict[str, set[int]] = {}
    for si, (ws, tags) in enumerate(zip(words_list, tags_list)):
        n = len(tags)
        for k in range(1, n):
            if tags[k] == "I-PERS" and (k + 1 >= n or tags[k + 1] != "I-PERS") and k >= 1:
                surnames.setdefault(normalize(ws[k]), set()).add(si)
    for si in opening:
        ws, tags = words_list[si], tags_list[si]
        if (surnames.get(normalize(ws[1]), set()) - {si}) and is_verb(normalize(ws[0][1:])):
            tags[0], tags[1] = "O", "B-PERS"


def propagate(words_list: Sequence[Sequence[str]], tags_list: list[list[str]], window: int = 0,
              single: "int | None" = None, retype: "bool | None" = None) -> list[list[str]]:
    """Document-level label propagation over sentences (in place, returned).

    A multi-word PERS/ORG/LOC/GPE name tagged somewhere is tagged wherever the same stems occur
    untagged, and the last word of a multi-word PERS name (>= 4 letters) alone becomes PERS
    ("سيرغي ريابكوف" ... "ريابكوف").  ``window`` > 0 limits the evidence to sentences within
    that distance (for a stream of sentences without document boundaries); 0 = whole list.
    """
    fc = _feat_cache
    uniq = set().union(*words_list)
    try:        # every word was just featurised by the tagger: a C-level map, no per-word Python
        sm = dict(zip(uniq, map(_STEM, map(fc.__getitem__, uniq))))                   # word -> stem
    except KeyError:
        sm = {w: (fc.get(w) or _word_feats(w))[5] for w in uniq}
    stems = _LazyStems(words_list, sm)
    single = PROPAGATE_SINGLE if single is None else single
    vocab = lexicon().vocab
    found: list[tuple[int, tuple, str]] = []      # (sentence, stem tuple, type)
    surn: list[tuple[int, str]] = []              # (sentence, last word of a multi-word PERS name)
    for si, tags in enumerate(tags_list):
        n = len(tags)
        if tags.count("O") == n:
            continue
        ws = words_list[si]
        # every B- tag starts an entity (the I- tags after it are inside it, never a B-)
        for i in list(compress(range(n), map(str.startswith, tags, repeat("B-")))):    # (in C)
            typ = tags[i][2:]
            j = i + 1
            while j < n and tags[j] == "I-" + typ:
                j += 1
            if typ in ("PERS", "ORG", "LOC", "GPE"):
                if j - i >= 2:
                    found.append((si, tuple([sm[w] for w in ws[i:j]]), typ))
                    if typ == "PERS":
                        last = sm[ws[j - 1]]
                        if len(last) >= 4:
                            found.append((si, (last,), "PERS"))
                            surn.append((si, last))
                elif single:
                    st = sm[ws[i]]
                    if len(st) >= single and vocab.get(st, 0) < 50:
                        found.append((si, (st,), typ))
    if not found:
        return tags_list
    if retype is None:
        retype = PROPAGATE_RETYPE
    if retype and surn:
        # a one-word ORG/MISC that is the surname of a person named in full nearby is that person
        for si, tags in enumerate(tags_list):
            near = {st for sj, st in surn if not window or abs(sj - si) <= window}
            if not near:
                continue
            n = len(tags)
            for i, t in enumerate(tags):
                if t in ("B-ORG", "B-MISC") and (i + 1 >= n or not tags[i + 1].startswith("I-")) \
                        and stems[si][i] in near:
                    tags[i] = "B-PERS"
    every: dict[tuple, str] = {}
    for _, key, typ in found:
        every.setdefault(key, typ)
    firsts_all = {k[0] for k in every}
    fw_all = None         # words whose stem is in firsts_all
    by_s: dict[int, list] = {}
    if window:
        for item in found:
            by_s.setdefault(item[0], []).append(item)
    for si, tags in enumerate(tags_list):
        if window:
            cands: dict[tuple, str] = {}
            for sj in range(si - window, si + window + 1):      # sentence order = found order
                for _, key, typ in by_s.get(sj, ()):
                    cands.setdefault(key, typ)
            if not cands:
                continue
            firsts = {k[0] for k in cands}
        else:
            cands, firsts = every, firsts_all
            if fw_all is None:
                fw_all = set(compress(sm.keys(), map(firsts_all.__contains__, sm.values())))
        ws = words_list[si]
        if window:
            if firsts.isdisjoint(stems[si]):
                continue
            cand = [k for k, x in enumerate(stems[si]) if x in firsts]
        else:             # the same test on words: no per-token stem list
            if fw_all.isdisjoint(ws):
                continue
            cand = list(compress(range(len(ws)), map(fw_all.__contains__, ws)))
        n = len(ws)
        nxt = 0           # positions before this were relabelled by a match
        for i in cand:
            if i < nxt or tags[i] != "O":
                continue
            for L in (4, 3, 2, 1):
                if i + L <= n and all(t == "O" for t in tags[i:i + L]):
                    typ = cands.get(tuple([sm[w] for w in ws[i:i + L]]))
                    if typ:
                        tags[i] = "B-" + typ
                        for k in range(i + 1, i + L):
                            tags[k] = "I-" + typ
                        nxt = i + L
                        break
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
