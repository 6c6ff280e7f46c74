"""Fast CRF decoding for the Arabic NER tagger: crfsuite's first-order model read into numpy.

python-crfsuite (kept for training and for :func:`marsad.lang.ner.crf_marginals`) needs every
token's attribute *strings*: building them (``ner.sentence_features``) and turning each back into an
id cost most of the NER stage.  Here the shipped model is read once into a dense state-weight
matrix ``W[attribute, label]`` (float64, as crfsuite's ``floatval_t``) and a transition matrix
``T[label, label]``; for every distinct word the summed weight vectors of its five attribute lists
(own, and as the -1 / +1 / -2 / +2 neighbour: :func:`marsad.lang.ner._word_feats`) are computed once
and kept in a bounded table.  A token's emission is then five row gathers plus the token-level
attributes that :func:`marsad.lang.ner.sentence_features` adds (``bg=`` and ``ctx=`` stem pairs,
looked up as integer pair keys; ``BOS``/``EOS``; gazetteer phrase ``mg=``; ``BIAS``), and Viterbi runs
in numpy over all sentences of a document at once.

crfsuite's CRF1d model has state features (attribute, label) and transition features (label, label)
only, no start/end transitions; its Viterbi keeps the first (lowest label id) of equal scores, as
``numpy.argmax`` does.  The only possible difference is the order in which a token's attribute
weights are summed (per list here, one by one in crfsuite): the last bit of a score can differ, which
changes a tag only on an exact float tie between two paths (none on ANERcorp dev or the bench corpus,
see ``tests/test_lang_ner_viterbi.py`` and ``bench/bench_lang.py --check``).
"""
from __future__ import annotations

import struct
import threading
from itertools import chain, compress, count, repeat
from operator import is_not
from typing import Sequence

import numpy as np

_FEAT_DT = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])

# feature groups of ner.FEATS that only change per-word attribute lists (handled through the word
# table); any other group adds token-level attributes this decoder does not build -> use crfsuite
WORD_LEVEL_GROUPS = frozenset({"CL", "CL2", "BIAS", "NM", "WF", "NG", "FX", "NOF", "WFW", "WFG", "WF2"})


def cqdb_ids(data, off: int) -> dict:
    """String -> id of one CQDB chunk of a crfsuite model (via its backward array)."""
    size, flag, order, bwd_size, bwd_off = struct.unpack_from("<5I", data, off + 4)
    offs = np.frombuffer(data, dtype="<u4", count=bwd_size, offset=off + bwd_off)
    out = {}
    unpack = struct.unpack_from
    for o in offs.tolist():
        if not o:
            continue
        kid, ks = unpack("<II", data, off + o)
        p = off + o + 8
        out[data[p: p + ks - 1].decode("utf-8")] = kid
    return out


class CRFModel:
    """A crfsuite CRF1d model as numpy arrays.

    ``labels``: label strings by crfsuite label id; ``attr``: attribute string -> id (= row of ``W``);
    ``W``: float64 [n_attributes + 1, n_labels] state weights (the extra last row is zero: "no
    attribute"); ``T``: float64 [n_labels, n_labels] transition weights (from, to)."""
    __slots__ = ("labels", "attr", "W", "T")

    def __init__(self, data: bytes) -> None:
        data = bytes(data)
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            raise ValueError("not a crfsuite CRF1d model")
        n_lab, n_att, off_f, off_l, off_a = struct.unpack_from("<5I", data, 20)
        nf = struct.unpack_from("<I", data, off_f + 8)[0]
        feats = np.frombuffer(data, dtype=_FEAT_DT, count=nf, offset=off_f + 12)
        lab_ids = cqdb_ids(data, off_l)
        self.labels = [""] * n_lab
        for s, i in lab_ids.items():
            self.labels[i] = s
        self.attr = cqdb_ids(data, off_a)
        if (feats["type"] > 1).any():
            raise ValueError("unknown crfsuite feature type in the model")
        self.W = self._dense(feats[feats["type"] == 0], n_att + 1, n_lab)
        self.T = self._dense(feats[feats["type"] == 1], n_lab, n_lab)

    @staticmethod
    def _dense(f, rows: int, cols: int) -> np.ndarray:
        """Weights by (src, dst); crfsuite stores each feature once (summed if it ever did not)."""
        out = np.zeros((rows, cols))
        flat = f["src"].astype(np.intp) * cols + f["dst"].astype(np.intp)
        if len(np.unique(flat)) == len(flat):
            out.ravel()[flat] = f["w"]
        else:
            np.add.at(out.ravel(), flat, f["w"])
        return out


def viterbi_many(E: np.ndarray, starts: np.ndarray, lengths: np.ndarray, T: np.ndarray,
                 names: "np.ndarray | None" = None) -> list[list]:
    """Best label-id path of each sequence: ``E`` [M, L] emission scores, sequence k at rows
    ``starts[k] .. starts[k] + lengths[k]`` (lengths >= 1); ``T`` [L, L] transitions (from, to).
    ``names``: an object array of label names to return names instead of ids.

    All sequences advance together, longest first, with the sequences as the innermost (contiguous)
    axis.  Scores are the same float operations as crfsuite's ``crf1d_viterbi``
    (``alpha_t[j] = max_i(alpha_{t-1}[i] + T[i, j]) + state_t[j]``); back-pointers are recomputed
    while tracing back, from the stored alphas, with the first (lowest-id) maximum as crfsuite keeps."""
    B = len(starts)
    if not B:
        return []
    L = T.shape[0]
    order = np.argsort(-lengths, kind="stable")
    ln = lengths[order]
    st = starts[order]
    Tmax = int(ln[0])
    # active sequences at step t: the first k[t] (sorted by length, longest first)
    k = np.searchsorted(-ln, -np.arange(Tmax), side="left").tolist()    # lanes with length > t
    idx = st[None, :] + np.minimum(np.arange(Tmax)[:, None], ln[None, :] - 1)   # [Tmax, B]
    Em = E[idx].transpose(0, 2, 1).copy()                                      # [Tmax, L, B]
    A = np.empty((Tmax, L, B))
    A[0] = Em[0]
    Tb = np.empty((L, L, B))
    Tb[...] = T[:, :, None]                 # T[i, j] for every lane (no broadcasting in the loop)
    s = np.empty((L, L, B))
    add, red = np.add, np.maximum.reduce
    # The forward pass runs every lane at every step: a finished lane's alphas go on over repeats of
    # its last emission row and are never read (its trace-back starts at its own last position).
    # Three ufunc calls a step on views made up front (list(...) of an array: one view per step,
    # built in C) cost less than slicing the active lanes at each step.
    Ap, Av, Ev = list(A[:, :, None, :]), list(A), list(Em)
    for t in range(1, Tmax):
        add(Ap[t - 1], Tb, out=s)
        at = Av[t]
        red(s, axis=0, out=at)
        at += Ev[t]
    AT = A.transpose(0, 2, 1).copy()       # [Tmax, B, L]: argmax over the contiguous axis
    ATv = list(AT)
    TT = np.ascontiguousarray(T.T)         # TT[j] = T[:, j]
    cur = AT[ln - 1, np.arange(B)].argmax(1)     # label at each sequence's last position
    lab = np.zeros((Tmax, B), dtype=np.intp)
    for t in range(Tmax - 1, 0, -1):
        kt = k[t]
        if kt == B:
            lab[t] = cur
            cur = (ATv[t - 1] + TT[cur]).argmax(1)
        else:
            c = cur[:kt]
            lab[t, :kt] = c
            cur[:kt] = (ATv[t - 1][:kt] + TT[c]).argmax(1)
    lab[0] = cur
    labT = (names[lab.T] if names is not None else lab.T).tolist()
    out: list = [None] * B
    for b, (o, n) in enumerate(zip(order.tolist(), ln.tolist())):
        out[o] = labT[b][:n]
    return out


_MARK = "\x00group\x00"     # no attribute: leads each feature group in _add_words (its zero row)
_MARKS = (_MARK,)


# the padding "word" between sentences: never a token (tokens have no spaces)
PAD = " \x00pad\x00 "
_PADS = (PAD, PAD)


class _Pairs:
    """Stem pairs of one kind (``bg=`` previous|own, ``ctx=`` previous|next, gazetteer phrase
    first|second word) as integer keys: left id * (n_right + 1) + right id, where a stem that is never
    a left (right) part gets the id n_left (n_right), so a pair with such a stem matches no key."""
    __slots__ = ("left", "right", "pairs")

    def __init__(self) -> None:
        self.left: dict[str, int] = {}
        self.right: dict[str, int] = {}
        self.pairs: dict[tuple, int] = {}

    def add(self, l: str, r: str, value: int) -> None:
        k = (self.left.setdefault(l, len(self.left)), self.right.setdefault(r, len(self.right)))
        self.pairs.setdefault(k, value)

    @property
    def mult(self) -> int:
        return len(self.right) + 1

    @property
    def size(self) -> int:
        return (len(self.left) + 1) * (len(self.right) + 1)


class NerDecoder:
    """Emission scores of :func:`marsad.lang.ner.sentence_features` without building its strings,
    and batched Viterbi.  Built from the (possibly bias-patched) model bytes the crfsuite tagger uses."""

    MAX_WORDS = 100_000       # word table bound (cleared when full, like ner._feat_cache)
    MAX_MEMO = 200_000        # phrase-window memo bound

    def __init__(self, data: bytes) -> None:
        m = CRFModel(data)
        self.model = m
        self.labels = m.labels
        self._names = np.array(m.labels, dtype=object)
        self.W, self.T = m.W, m.T
        self.L = len(m.labels)
        self.zero_row = self.W.shape[0] - 1
        self._aget = None       # attr.get with _MARK -> the zero row (built on first use, _add_words)
        a = m.attr
        self.bos = a.get("BOS")
        self.eos = a.get("EOS")
        self.bias_row = a.get("BIAS")
        # bg=A|B and ctx=A|B as stem pairs.  Every split at a "|" is registered (a stem may itself
        # contain "|"): "bg=" + a + "|" + b equals the attribute iff (a, b) is one of its splits, so
        # the map (a, b) -> attribute is exact
        self.bg, self.ctx = _Pairs(), _Pairs()
        for s, i in a.items():
            if s.startswith("bg="):
                x, P = s[3:], self.bg
            elif s.startswith("ctx="):
                x, P = s[4:], self.ctx
            else:
                continue
            p = x.find("|")
            while p >= 0:
                P.add(x[:p], x[p + 1:], i)
                p = x.find("|", p + 1)
        self._lock = threading.Lock()
        self._sig = None
        self._gz = None
        self.ph = _Pairs()
        self._tables()
        from . import ner
        self._sig = ner.feature_signature()

    def _tables(self) -> None:
        """Gazetteer phrase two-word prefixes (only a position whose two stems begin a phrase is
        matched, as :func:`marsad.lang.ner.phrase_features` would) and the combined sorted key table
        of the three pair kinds (offsets keep them apart); resets the word table."""
        from . import ner
        gz = ner.gazetteer()
        ph = _Pairs()
        for k in gz.phrases:
            w = k.split(" ")
            if len(w) >= 2:
                ph.add(w[0], w[1], -1)
        self._gz, self.ph = gz, ph
        kinds = (self.bg, self.ctx, self.ph)
        self.offs = [0, self.bg.size, self.bg.size + self.ctx.size]
        keys, rows = [], []
        for P, off in zip(kinds, self.offs):
            mu = P.mult
            for (l, r), v in P.pairs.items():
                keys.append(off + l * mu + r)
                rows.append(v)
        keys_a = np.array(keys, dtype=np.int64)
        o = np.argsort(keys_a)
        self.keys = keys_a[o]
        self.key_rows = np.array(rows, dtype=np.intp)[o]
        self._reset()

    # -- the word table ----------------------------------------------------------------------
    def _reset(self) -> None:
        cap = 1024
        self.wid: dict[str, int] = {PAD: 0}     # row 0: padding (zero vectors, no stem)
        self.stems: list[str] = [""]
        self.n = 1
        self.V = np.zeros((cap, 5, self.L))     # own, as -1, as +1, as -2, as +2
        self._none_ids = [len(d) for P in (self.bg, self.ctx, self.ph) for d in (P.left, P.right)]
        self._none_arr = np.array(self._none_ids, dtype=np.int64)
        # per word: left/right ids of the stem for bg, ctx and phrase pairs
        self.pid = np.tile(np.array(self._none_ids, dtype=np.int64), (cap, 1))
        self._mg_memo: dict = {}

    def _grow(self, need: int) -> None:
        cap = self.V.shape[0]
        if need <= cap:
            return
        new = max(need, cap * 2)
        V = np.zeros((new, 5, self.L))
        V[:cap] = self.V
        pid = np.tile(np.array(self._none_ids, dtype=np.int64), (new, 1))
        pid[:cap] = self.pid
        self.V, self.pid = V, pid

    def _add_words(self, words: list[str]) -> None:
        from . import ner
        a = self.model.attr
        zr = self.zero_row
        base = self.n
        self._grow(base + len(words))
        # the five feature groups of every word, one after another, each led by a mark: the attribute
        # rows of the known features, each group's segment starting with the zero row (the mark's
        # value: the zero row is no attribute's), all looked up and filtered in C
        groups: list = []
        ext = groups.extend
        for w in words:
            wf = ner._word_feats(w)
            ext(wf[:5])
            self.stems.append(wf[5])
        aget = self._aget
        if aget is None:
            aget = self._aget = {**a, _MARK: zr}.get
        got = list(map(aget, chain.from_iterable(map(chain, repeat(_MARKS), groups))))
        rows = list(compress(got, map(is_not, got, repeat(None))))
        seg = list(compress(count(), map(zr.__eq__, rows)))
        dicts = [d for P in (self.bg, self.ctx, self.ph) for d in (P.left, P.right)]
        none = self._none_ids
        pids = [list(map(dict.get, dicts, repeat(st), none)) for st in self.stems[base:]]
        sums = np.add.reduceat(self.W[np.asarray(rows, dtype=np.intp)], np.asarray(seg, dtype=np.intp), axis=0)
        nw = len(words)
        self.V[base:base + nw] = sums.reshape(nw, 5, self.L)
        self.pid[base:base + nw] = pids
        self.wid.update(zip(words, range(base, base + nw)))     # visible once their rows are filled
        self.n = base + nw

    def _mg(self, ids: list[int], starts: list, lengths: list, cand: np.ndarray, E: np.ndarray) -> None:
        """Add the ``mg=`` phrase attributes (as :func:`marsad.lang.ner.phrase_features`) at the
        candidate flat positions (whose two stems begin a phrase).  Memoised on the word rows of the
        window (the longest phrase that fits in the sentence, at most ner._MAX_PHRASE words)."""
        from . import ner
        memo = self._mg_memo
        pos: list[int] = []
        blocks: list = []
        sents = np.searchsorted(starts, cand, side="right") - 1
        mx = ner._MAX_PHRASE
        for p, si in zip(cand.tolist(), sents.tolist()):
            key = tuple(ids[p:p + min(mx, starts[si] + lengths[si] - p)])
            r = memo.get(key)
            if r is None:
                if len(memo) >= self.MAX_MEMO:
                    memo.clear()
                r = memo[key] = self._mg_block(key)
            if r is not False:
                pos.append(p)
                blocks.append(r)
        if len(pos) == 1:
            E[pos[0]:pos[0] + len(blocks[0])] += blocks[0]
        elif pos:
            at = np.concatenate([np.arange(p, p + len(b)) for p, b in zip(pos, blocks)])
            np.add.at(E, at, np.concatenate(blocks))

    def _mg_block(self, key: tuple):
        """[len, L] summed ``mg=`` weights of the longest phrase starting the window, or False."""
        phrases = self._gz.phrases
        attr = self.model.attr
        stems = self.stems
        st = [stems[x] for x in key]
        for n in range(len(st), 1, -1):
            cl = phrases.get(" ".join(st[:n]))
            if cl:
                out = np.zeros((n, self.L))
                for k in range(n):
                    for c in cl:
                        r = attr.get("mg=%s-%s" % ("B" if k == 0 else "I", c))
                        if r is not None:
                            out[k] += self.W[r]
                return out
        return False

    # -- decoding ----------------------------------------------------------------------------
    def emissions(self, words_list: Sequence[Sequence[str]]):
        """(E [M, L], starts, lengths) for the non-empty sentences of ``words_list`` laid out one
        after another in E's rows, with two padding rows before, between and after them."""
        from . import ner
        sig = ner.feature_signature()
        if sig != self._sig:
            self._tables()
            self._sig = sig
        flat: list[str] = list(_PADS)
        starts: list[int] = []
        lengths: list[int] = []
        for ws in words_list:
            n = len(ws)
            if n:
                starts.append(len(flat))
                lengths.append(n)
                flat += ws
                flat += _PADS
        try:                        # (a KeyError is cheaper than testing every id for None)
            ids = list(map(self.wid.__getitem__, flat))
        except KeyError:            # new words: add them (clear the table first if it would overflow)
            wid = self.wid
            new = [w for w in dict.fromkeys(flat) if w not in wid]     # (in order of first appearance)
            if self.n > 1 and self.n + len(new) > self.MAX_WORDS:
                self._reset()
                new = list(dict.fromkeys([w for w in flat if w != PAD]))
            self._add_words(new)
            ids = list(map(self.wid.__getitem__, flat))
        X = np.array(ids, dtype=np.intp)
        G = self.V[X]                   # [M, 5, L]
        E = G[:, 0].copy()
        E[1:] += G[:-1, 1]
        E[:-1] += G[1:, 2]
        E[2:] += G[:-2, 3]
        E[:-2] += G[2:, 4]
        starts_a = np.asarray(starts, dtype=np.intp)
        lengths_a = np.asarray(lengths, dtype=np.intp)
        W = self.W
        # bg=stem[i-1]|stem[i], ctx=stem[i-1]|stem[i+1], phrase first|second: one sorted-key search
        M = len(ids)
        P = self.pid[X]
        o1, o2 = self.offs[1], self.offs[2]
        q = np.concatenate((P[:-1, 0] * self.bg.mult + P[1:, 1],
                            P[:-2, 2] * self.ctx.mult + P[2:, 3] + o1,
                            P[:-1, 4] * self.ph.mult + P[1:, 5] + o2))
        keys = self.keys
        if len(keys):
            # only pairs whose two stems both take part in that pair kind can match a key (a stem that
            # never does has the "none" id, whose keys are never registered): ~13% of the pairs of
            # news text, so the binary search runs on those alone (same hits, ~5x less searching)
            K = P != self._none_arr
            cand = np.flatnonzero(np.concatenate((K[:-1, 0] & K[1:, 1], K[:-2, 2] & K[2:, 3],
                                                  K[:-1, 4] & K[1:, 5])))
            qc = q[cand]
            j = np.searchsorted(keys, qc)
            np.minimum(j, len(keys) - 1, out=j)
            f = np.flatnonzero(keys[j] == qc)
            hit = cand[f]
            hr = self.key_rows[j[f]]
            nb = np.searchsorted(hit, [M - 1, 2 * M - 3])
            E[hit[:nb[0]] + 1] += W[hr[:nb[0]]]
        if self.bos is not None:
            E[starts_a] += W[self.bos]
        if self.eos is not None:
            E[starts_a + lengths_a - 1] += W[self.eos]
        if len(keys):
            E[hit[nb[0]:nb[1]] - (M - 2)] += W[hr[nb[0]:nb[1]]]
            if nb[1] < len(hit):                     # mg= gazetteer phrases
                self._mg(ids, starts, lengths, hit[nb[1]:] - (2 * M - 3), E)
        if self.bias_row is not None and "BIAS" in ner.FEATS:
            E += W[self.bias_row]
        return E, starts_a, lengths_a

    def tag_ids(self, words_list: Sequence[Sequence[str]]) -> list[list[int]]:
        """Label ids (crfsuite's) per sentence; empty sentences give []."""
        with self._lock:            # the word table is shared: one batch at a time per process
            E, starts, lengths = self.emissions(words_list)
        paths = iter(viterbi_many(E, starts, lengths, self.T))
        return [next(paths) if len(ws) else [] for ws in words_list]

    def tag_many(self, words_list: Sequence[Sequence[str]]) -> list[list[str]]:
        """Raw model labels per sentence."""
        with self._lock:
            E, starts, lengths = self.emissions(words_list)
        paths = iter(viterbi_many(E, starts, lengths, self.T, self._names))
        return [next(paths) if len(ws) else [] for ws in words_list]
