"""Find and resolve place names in a run of word tokens.

The core is shared by the place stage (over ``doc.tokens``) and by :func:`lookup` (over a
free string), so both behave the same.  Only token offsets are used: keys are built from
slices of the original text (``key_of(text[start:end])``), so the matcher does not depend on
how a tokenizer splits punctuation or clitics.

Per token: strip Arabic proclitics (و ف ب ل ك and their pairs; لل -> ال), look the first word
up in ``first_words`` and try the longest multi-word key first.  Around a hit, walk back over
venue nouns (مدينة، محافظة، the city of), nationality adjectives (السورية، Libyan — country
hints), compass words (شمال، northern, north of — lower precision) to a locative preposition
(في، ب، in, at) or a metonym cue (بين، مع، إن).  Ambiguous names are resolved by (1) an adjacent
nationality/country hint, (2) countries named in the same sentence, (3) countries named in the
document, (4) the default order (countries, capitals, population).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Optional, Sequence

from ..lang.memo import misses
from ..lang.normalize import is_arabic_char
from .gazetteer import Entry, Gazetteer, get_gazetteer, key_of

_CLITICS = ("وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_FIRST_RUN = re.compile(r"[^\W_]+")
_EN_LOWER_OK = {"of", "de", "al", "el", "the", "la", "es", "and", "ad", "an", "as", "ar", "az", "at",
                "du", "des", "le", "d.c.", "upon", "on", "am", "bin", "bint", "ibn", "-", "'"}
_DIR_NAMES = {"N": "northern", "S": "southern", "E": "eastern", "W": "western",
              "NE": "north-eastern", "NW": "north-western", "SE": "south-eastern", "SW": "south-western",
              "C": "central"}   # ("central Khartoum": a country's "C" point falls back to its centre)
_AND_WORDS = {"and", "و", "or", "،", ","}
_CONJ = ("و", "ف")   # proclitic conjunctions before a locative preposition


@dataclass(slots=True)
class Hit:
    start: int                     # span in the text (includes a compass phrase when there is one)
    end: int
    name_start: int                # span of the name itself
    entry: Entry
    key: str
    sentence: int
    token_index: int               # index (in the token list given) of the first name token
    precision: str                 # city | region | country
    lat: float
    lon: float
    direction: Optional[str] = None
    cue: Optional[str] = None      # locative | venue | direction | metonym | None
    hint: Optional[str] = None     # ISO-3 given by a nationality adjective before the name
    ambiguous: bool = False
    candidates: int = 1

    @property
    def name(self) -> str:
        if self.direction:
            return f"{_DIR_NAMES.get(self.direction, self.direction)} {self.entry.name_en}"
        return self.entry.name_en

    @property
    def geo_id(self) -> str:
        if self.direction and self.entry.kind == "country":
            return f"{self.entry.id}:{self.direction}"
        return self.entry.id


@dataclass(slots=True)
class _Raw:
    i: int
    n: int
    start: int                 # name start (after stripped clitics)
    end: int
    key: str
    prefix: str
    arabic: bool
    sentence: int
    cue: Optional[str] = None
    venue: Optional[str] = None
    direction: Optional[str] = None
    dir_start: int = -1
    hint: Optional[str] = None
    supported: bool = False    # an NER place mention or a qualifier backs it


_CLITIC_FIRST = frozenset("وفبلك")


_KEYS: dict[str, str] = {}     # raw word -> matching key (words repeat: most lookups hit)
_KEYS_MAX = 300_000


def _word_key(raw: str) -> str:
    k = _KEYS.get(raw)
    if k is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        k = _KEYS[raw] = key_of(raw)
    return k


class _Norm:
    """Matching keys of text slices (multi-word spans and clitic offsets)."""
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def key(self, s: int, e: int) -> str:
        return _word_key(self.text[s:e])

    def offset_after(self, s: int, nchars: int) -> int:
        """Offset in the text after the first ``nchars`` key characters from ``s``."""
        raw = self.text[s:s + nchars]
        if len(raw) == nchars and _word_key(raw) == raw.lower():
            return s + nchars          # no diacritics inside the clitic: the usual case
        from ..lang.normalize import normalize_with_map
        _, offs = normalize_with_map(self.text[s:s + nchars + 8])
        return s + (offs[nchars] if nchars < len(offs) else nchars)


_CLITIC2 = frozenset(p for p in _CLITICS if len(p) == 2)
_CLITIC1 = frozenset(p for p in _CLITICS if len(p) == 1)


def _variants(w: str, s: int, nm: "_Norm"):
    """(key, start offset, stripped prefix) for a token whose key is ``w``."""
    yield w, s, ""
    if w[0] not in _CLITIC_FIRST:
        return
    for p in (w[:2], w[:1]):
        if (p in _CLITIC2 or p in _CLITIC1) and len(w) - len(p) >= 2:
            rest = w[len(p):]
            if p[-1] == "ك" and not rest.startswith("ال"):
                continue        # كويتي is not ك + ويتي; only كالعاصمة-like forms
            off = nm.offset_after(s, len(p))
            if p[-1] == "ل" and rest[0] == "ل" and len(rest) >= 3:
                yield "ا" + rest, off, p + "ا"      # لل -> ال (للقاهرة)
            yield rest, off, p


def _strip_key(w: str) -> list[str]:
    if not w or w[0] not in _CLITIC_FIRST:
        return [w]
    out = [w]
    if len(w) >= 4 and w[:2] in _CLITIC2:
        out.append(w[2:])
    if len(w) >= 3:
        out.append(w[1:])
    return out


class Matcher:
    def __init__(self, gaz: Gazetteer):
        self.g = gaz
        self._water_edges = None   # (last letters of Arabic water words, first letters of English ones)
        # first alphanumeric run of each key -> max number of fine tokens in keys starting with it
        fw: dict[str, int] = {}
        fine = re.compile(r"\w+|[^\w\s]")
        for k in gaz.index:
            m = _FIRST_RUN.match(k)
            if not m:
                continue
            n = len(fine.findall(k))
            if fw.get(m.group(), 0) < n:
                fw[m.group()] = n
        self.first = fw
        # keys whose prominent candidates lie in more than one country (need document context)
        amb = set()
        for k, lst in gaz.index.items():
            if len(lst) < 2:
                continue
            es = [gaz.entries[i] for i in lst]
            top = max(10_000_000 if e.kind == "country" else e.population for e in es)
            cs = {e.country for e in es if e.kind == "country" or e.capital or e.population >= 0.05 * top}
            if len(cs) > 1:
                amb.add(k)
        self.ambiguous = amb
        self.dir_first = {k.split(" ")[0] for k in gaz.cues.direction if " " in k}
        self._cands: dict[str, list[Entry]] = {}
        self._can_start: dict[str, bool] = {}   # key -> can it begin a name (memo of spans' fast reject)
        self._vmemo: dict[str, tuple] = {}  # token text -> its variants that can begin a name (spans)
        self._dem_of: dict[str, Optional[str]] = {}  # key -> ISO-3 of the demonym it spells (memo)
        self._own_of: dict[str, tuple] = {}  # key -> (country it adds to the context,) or () (memo)
        self._cue_memo: dict[str, tuple] = {}  # key -> _cue_forms (memo)
        self._follow_first = None   # first letters of the follow cue words (resolve)
        self._acc_ar: dict[str, list] = {}  # Arabic key -> [(entry, accept class)] (memo, _accept_classes)

    def cands(self, key: str) -> list[Entry]:
        c = self._cands.get(key)
        if c is None:
            c = self._cands[key] = [self.g.entries[i] for i in self.g.index.get(key, ())]
        return c

    # -- step 1: candidate spans ------------------------------------------------------------
    def keys(self, text: str, toks: Sequence[tuple[int, int, int]],
             words: Optional[Sequence[str]] = None) -> tuple["_Norm", list[str]]:
        """``words`` (optional): ``text[s:e]`` of each token, e.g. the Token.text strings: an existing
        string hashes once for good (its hash is cached), a fresh slice is hashed at every lookup."""
        get = _KEYS.get
        if words is None:
            words = [text[t[0]:t[1]] for t in toks]
        keys = list(map(get, words))   # most words were seen before
        if None in keys:
            # (only the words missing from the memo)
            for k in misses(keys):
                keys[k] = _word_key(words[k])
        return _Norm(text), keys

    def spans(self, text: str, toks: Sequence[tuple[int, int, int]], prepared=None) -> list[_Raw]:
        """toks: (start, end, sentence) per token, in order."""
        nm, keys = prepared or self.keys(text, toks)
        out: list[_Raw] = []
        index = self.g.index
        first = self.first
        N = len(toks)
        # fast reject (memoised per key): neither the word nor the word without one or two
        # proclitics starts a name
        can = self._can_start
        flags = list(map(can.get, keys))
        if None in flags:
            startable = self._startable
            for k in misses(flags):
                flags[k] = startable(keys[k])
        vmemo = self._vmemo
        i = 0
        for c in list(compress(range(N), flags)):
            if c < i:
                continue
            i = c
            w0 = keys[i]
            s, e, sent = toks[i]
            best = None
            if w0[0] in _CLITIC_FIRST:
                # the variants that can begin a name, with their offsets from the token start: a
                # function of the token's text alone (memoised by it)
                raw = text[s:e]
                vs = vmemo.get(raw)
                if vs is None:
                    vs = self._variants_of(w0, s, e, nm, raw)
            else:
                # (a word that cannot carry a proclitic has one variant: itself)
                if w0.isalnum():
                    maxn = first.get(w0)
                else:
                    m = _FIRST_RUN.match(w0)
                    maxn = first.get(m.group()) if m else None
                if not maxn:
                    i += 1
                    continue
                vs = ((w0, 0, "", maxn),)
            for w, off, pre, maxn in vs:
                off += s
                j_hi = i
                while j_hi + 1 < N and j_hi + 1 - i < maxn and toks[j_hi + 1][2] == sent:
                    j_hi += 1
                for j in range(j_hi, i - 1, -1):
                    if j > i and not keys[j]:
                        continue        # a trailing tatweel or mark ("واشنطن ـ") is not part of the name
                    if j == i:
                        key = w
                    else:
                        key = nm.key(off, toks[j][1])
                        if pre.endswith("ا") and pre != "ا":
                            key = "ا" + key
                    if key in index:
                        n = j - i + 1
                        if best is None or n > best.n:
                            best = _Raw(i, n, off, toks[j][1], key, pre, is_arabic_char(w[0]), sent)
                        break
            if best is not None:
                out.append(best)
                i += best.n
            else:
                i += 1
        return out

    def _variants_of(self, w0: str, s: int, e: int, nm: "_Norm", raw: str) -> tuple:
        """(key, offset from the token start, stripped prefix, longest name length in tokens) of each
        variant of the token at ``s``..``e`` (text ``raw``, key ``w0``) that can begin a name, in
        _variants order (memoised by ``raw``: the variants and their offsets depend on it alone)."""
        first = self.first
        out = []
        for w, off, pre in _variants(w0, s, nm):
            if w.isalnum():
                maxn = first.get(w)
            else:
                m = _FIRST_RUN.match(w)
                maxn = first.get(m.group()) if m else None
            if maxn:
                out.append((w, off - s, pre, maxn))
        r = tuple(out)
        memo = self._vmemo
        if len(memo) > 300_000:
            memo.clear()
        memo[raw] = r
        return r

    def _inside_longer_name(self, r: _Raw, toks, keys) -> bool:
        """A one-word name read after a stripped ب sits where a longer name of the gazetteer would
        reach: a word of the same sentence up to two tokens before begins multi-word names that long
        ("بورت أو برنس", Port-au-Prince in a spelling not listed, is not ب + رنس Reims).  Its ب is then
        a letter of that name, not a locative.  Not after a definite word or a venue noun ("بمنطقة الأمير برفح": الأمير
        begins names too, but the ب of برفح is "in")."""
        first = self.first
        venue = self.g.cues.venue
        for k in range(r.i - 1, max(-1, r.i - 3), -1):
            if toks[k][2] != r.sentence:
                break
            if any(first.get(f, 0) >= r.i - k + 1 and " " not in f and not f.startswith("ال") and f not in venue
                   for f in _strip_key(keys[k])):
                return True
        return False

    def _startable(self, w0: str) -> bool:
        """Can a token with key ``w0`` begin a name (the fast-reject test of :meth:`spans`)?"""
        first = self.first
        ok = True
        if not w0:
            ok = False
        elif w0 not in first and (w0[0] not in _CLITIC_FIRST or (w0[1:] not in first and w0[2:] not in first
                                                                  and "ا" + w0[2:] not in first)):
            if w0.isalnum() or not (m0 := _FIRST_RUN.match(w0)) or m0.group() not in first:
                ok = False
        can = self._can_start
        if len(can) > 300_000:
            can.clear()
        can[w0] = ok
        return ok

    # -- step 2: context around each span -----------------------------------------------------
    def _cue_forms(self, w: str) -> tuple:
        """(demonym country, venue form, direction form, can begin a two-word compass phrase) of a
        token key, each over its clitic-stripped forms (_strip_key) as :meth:`context` tests them
        (memoised per key)."""
        g = self.g
        cues = g.cues
        forms = _strip_key(w)
        r = (next((g.demonyms[f] for f in forms if f in g.demonyms), None),
             next((f for f in forms if f in cues.venue), None),
             next((f for f in forms if f in cues.direction), None),
             any(f in self.dir_first for f in forms))
        memo = self._cue_memo
        if len(memo) > 300_000:
            memo.clear()
        memo[w] = r
        return r

    def context(self, text: str, toks: Sequence[tuple[int, int, int]], raws: list[_Raw],
                prepared=None) -> None:
        nm, keys = prepared or self.keys(text, toks)
        g = self.g
        cues = g.cues
        prev_end_tok = {r.i + r.n - 1: r for r in raws}
        cue_forms = self._cue_memo
        for r in raws:
            if r.arabic and "ب" in r.prefix:
                # ب is locative (بدمشق) unless a verb or noun governs it (يتعلق بأوكرانيا)
                pk = keys[r.i - 1] if r.i > 0 and toks[r.i - 1][2] == r.sentence else ""
                if (not any(f in cues.bverb for f in _strip_key(pk)) if pk else True) and \
                        not (r.n == 1 and self._inside_longer_name(r, toks, keys)):
                    r.cue = "locative"
            j = r.i - 1
            steps = 0
            if r.arabic and r.prefix.startswith("و"):
                j = -1      # "الغرب وقسنطينة": a coordinated name takes its cue from the name before it
            while j >= 0 and toks[j][2] == r.sentence and steps < 5 and r.cue is None:
                steps += 1
                w = keys[j]
                # (the key's demonym, venue and direction forms, and whether the key before it can
                # begin a two-word compass phrase: per-key memo, _cue_forms)
                cf = cue_forms.get(w)
                if cf is None:
                    cf = self._cue_forms(w)
                # compass phrase of two words (شمال غرب / north of)
                if (r.direction is None and j - 1 >= 0 and toks[j - 1][2] == r.sentence
                        and (cue_forms.get(keys[j - 1]) or self._cue_forms(keys[j - 1]))[3]):
                    two = nm.key(toks[j - 1][0], toks[j][1])
                    f2 = next((f for f in _strip_key(two) if f in cues.direction), None)
                    if f2 is not None:
                        r.direction = cues.direction[f2]
                        r.dir_start = toks[j - 1][0] + (len(two) - len(f2))
                        if r.arabic and "ب" in two[: len(two) - len(f2)]:
                            r.cue = "locative"
                        j -= 2
                        continue
                hit_dem = cf[0]
                if hit_dem:
                    r.hint = r.hint or hit_dem
                    j -= 1
                    continue
                ven = cf[1]
                if ven is not None:
                    if r.venue is None and cues.venue[ven]:
                        r.venue = cues.venue[ven]
                    if r.arabic and ven != w and "ب" in w[: len(w) - len(ven)]:
                        r.cue = "locative"
                    j -= 1
                    continue
                dr = cf[2]
                if dr is not None and r.direction is None:
                    r.direction = cues.direction[dr]
                    r.dir_start = toks[j][0] + (len(w) - len(dr))
                    if "ب" in w[: len(w) - len(dr)]:
                        r.cue = "locative"
                    j -= 1
                    continue
                if w in cues.locative or (r.arabic and w[:1] in _CONJ and w[1:] in cues.locative):
                    r.cue = "locative"   # (وفي بيروت / ففي بيروت: the conjunction is a proclitic of في)
                elif w in cues.metonym:
                    r.cue = "metonym"
                elif w in _AND_WORDS and (j - 1) in prev_end_tok:
                    r.cue = prev_end_tok[j - 1].cue      # "in Moscow and Washington"
                break
            # Arabic coordination: وواشنطن right after another name inherits its cue
            if r.cue is None and r.arabic and r.prefix.startswith("و") and (r.i - 1) in prev_end_tok:
                r.cue = prev_end_tok[r.i - 1].cue
            if r.cue is None and r.direction:
                r.cue = "direction"
            if r.cue is None and r.venue:
                r.cue = "venue"

        if cues.spelled:
            # عُمان: the vowel marks say which place (the matching keys drop them)
            for r in raws:
                if r.key in cues.default:
                    raw = text[r.start:r.end]
                    hit = next((c for form, c in cues.spelled.items() if form in raw), None)
                    if hit:
                        r.hint = hit

        # "Helsinki, Finland" / "حلب، سوريا": a name qualified by its country is a location
        by_i = {r.i: r for r in raws}
        for r in raws:
            if r.cue in ("locative", "venue", "direction"):
                continue
            k = r.i + r.n
            if k + 1 >= len(toks) or toks[k][2] != r.sentence or text[toks[k][0]:toks[k][1]] not in (",", "،"):
                continue
            r2 = by_i.get(k + 1)
            if r2 is None:
                continue
            c2 = g.entries[g.index[r2.key][0]]
            if c2.kind == "country" and any(g.entries[i].country == c2.country and g.entries[i].kind != "country"
                                            for i in g.index[r.key]):
                r.cue = "locative"
                r.hint = r.hint or c2.country
                r.supported = True

    def sentence_hints(self, text: str, toks: Sequence[tuple[int, int, int]], prepared=None) -> dict[int, Counter]:
        """Countries given by nationality adjectives, per sentence."""
        nm, keys = prepared or self.keys(text, toks)
        dem = self.g.demonyms
        memo = self._dem_of
        out: dict[int, Counter] = {}
        isos = list(map(memo.get, keys, repeat(False)))
        # (only the keys not in the memo yet: False marks them)
        for k in (misses(isos, False) if False in isos else ()):
            iso = isos[k]
            if iso is False:
                w = keys[k]
                iso = None
                if w:
                    for f in (w, w[1:], w[2:]) if w[0] in _CLITIC_FIRST else (w,):
                        iso = dem.get(f)
                        if iso:
                            break
                    iso = iso or None
                if len(memo) > 300_000:
                    memo.clear()
                memo[w] = isos[k] = iso
        for k in list(compress(range(len(isos)), isos)):
            c = out.get(toks[k][2])
            if c is None:
                c = out[toks[k][2]] = Counter()
            c[isos[k]] += 1
        return out

    # -- step 3: resolution ---------------------------------------------------------------------
    def weak(self, r: _Raw, e: Entry, text: str) -> bool:
        """A name that is also a common word: taken only with support (see :meth:`accept`)."""
        if r.arabic:
            if e.kind != "city" or " " in r.key:
                return False
            bare = r.key[2:] if r.key.startswith("ال") else r.key
            if len(bare) <= 3 and e.population < 200000:
                return True
            # a one-word Arabic name of a town far from the Arab world (ويتي، أنتم، لين) is more
            # likely a word or a person's name than the town
            return e.country not in self.g.cues.home and e.population < 1_000_000 and not e.capital
        # English: every word capitalised (bar particles), else it is a common word
        for wd in text[r.start:r.end].split():
            if wd[:1].islower() and wd.lower() not in _EN_LOWER_OK:
                return True
        return e.kind == "city" and " " not in r.key and e.population < 50000 and not e.capital

    def in_water_name(self, r: _Raw, text: str) -> bool:
        """The name is part of a sea's or strait's name: "South China Sea", "Sea of Japan", "Gulf of Aden",
        "بحر الصين الجنوبي", "خليج عمان" (cue water): the water, not the country or town.  (The caller, which
        runs for every accepted name, first tests the one character next to it that a water word would fill.)"""
        water = self.g.cues.water   # (keys: Arabic as written without marks, English lower-cased)
        st = r.start
        if r.arabic:
            before = text[max(0, st - 12):st].split()
            return bool(before) and before[-1] in water
        after = text[r.end:r.end + 12].split()
        if after and after[0][:1].isupper() and after[0].strip(".,;:").lower() in water:
            return True
        before = text[max(0, st - 14):st].split()
        return len(before) >= 2 and before[-1] == "of" and before[-2][:1].isupper() and before[-2].lower() in water

    def accept(self, r: _Raw, e: Entry, text: str) -> bool:
        # a nationality hint supports only a place of that country ("المقترح الإسرائيلي لوقف إطلاق النار":
        # the Israeli adjective is no support for the Egyptian town Al Waqf)
        ctx = r.venue is not None or r.direction is not None or (r.hint is not None and r.hint == e.country)
        if r.key in self.g.cues.stop:
            # never on its own: an NER tag alone is not enough either ("Reading the report")
            return ctx or (r.supported and r.cue == "locative")
        if r.key in e.weak_keys:
            # common words ("في إطار", "في الحي"): a locative alone is not enough
            return ctx or r.supported
        if not r.arabic and not ctx and r.cue != "locative" and e.kind == "city" and not e.capital \
                and e.population < 500000 and " " not in r.key and _name_word_after(text, r.end):
            # "his security chief Anderson Torres": a town's one-word name before another capitalised name word,
            # with no locative, is a person's first name, not the town (Anderson, Indiana; s33 GAPEN)
            return False
        if not r.arabic and not ctx and r.cue != "locative" and e.kind == "city" and not e.capital \
                and e.population < 500000 and " " not in r.key and _name_words_before(text, r.start):
            # "Socialist leader Pedro Nuno Santos resigned": a town's one-word name right after two capitalised name
            # words, with no locative, is a person's surname, not the town (Santos, Brazil); the twin of the
            # first-name test above (session 53)
            return False
        if not r.arabic and e.kind == "city" and not e.capital and " " not in r.key and self.g.cues.facility \
                and _facility_after(text, r.end, self.g.cues.facility):
            # "at Lancaster House in central London", "at the Imperial Palace": a one-word town name right before a
            # capitalised building noun (cue facility) names the building, not the town (session 53)
            return False
        if self.weak(r, e, text):
            if not r.arabic and text[r.start:r.start + 1].islower():
                # "in defiance of", "in response to": after a locative a lower-case English word is a
                # common word, not the town of that name (Defiance, Ohio)
                return ctx or r.supported
            return ctx or r.supported or r.cue == "locative"
        return True

    def _accept_classes(self, r: _Raw) -> list:
        """``(entry, class)`` of the candidates of an Arabic name's key: which test of :meth:`accept`
        decides it (0 none: accepted; 1 a stop key; 2 a weak key of the entry; 3 :meth:`weak`).  For an
        Arabic name these depend on the key alone (memoised per key)."""
        stop = r.key in self.g.cues.stop
        out = []
        for e in self.cands(r.key):
            if stop:
                st = 1
            elif r.key in e.weak_keys:
                st = 2
            elif self.weak(r, e, ""):
                st = 3
            else:
                st = 0
            out.append((e, st))
        if len(self._acc_ar) > 300_000:
            self._acc_ar.clear()
        self._acc_ar[r.key] = out
        return out

    def resolve(self, text: str, toks, raws: list[_Raw], sent_hints: dict[int, Counter],
                doc_hints: Counter, country_hint: Optional[str] = None) -> list[Hit]:
        g = self.g
        # context is only computed when some name has homonyms in several countries
        amb = self.ambiguous
        if not any(r.key in amb for r in raws):
            sent_hints, doc_hints = {}, Counter()
        elif callable(sent_hints):
            sent_hints = sent_hints()
        # countries named without ambiguity count as context too.  (Plain dicts of counts, as
        # _choose only reads them with .get: a Counter per sentence cost more than the counting.)
        sent_ctx: dict[int, dict] = {k: dict(v) for k, v in sent_hints.items()}
        doc_ctx = dict(doc_hints)
        for c in sent_hints.values():
            for k, v in c.items():
                doc_ctx[k] = doc_ctx.get(k, 0) + v
        own: dict[int, str] = {}   # the country each name adds to the context (not used for itself)
        cand = self.cands
        own_of = self._own_of
        for r in raws:
            oc = own_of.get(r.key)
            if oc is None:
                oc = self._own_country(r.key)
            if oc:
                c = oc[0]
                sc = sent_ctx.get(r.sentence)
                if sc is None:
                    sc = sent_ctx[r.sentence] = {}
                sc[c] = sc.get(c, 0) + 1
                doc_ctx[c] = doc_ctx.get(c, 0) + 1
                own[id(r)] = c
        hits: list[Hit] = []
        acc_of = self._acc_ar
        water = self.g.cues.water
        follow = self.g.cues.follow
        treaty = self.g.cues.treaty
        street = self.g.cues.street
        stop_time = self.g.cues.stop_time
        stop_time_names = self.g.cues.stop if stop_time else ()
        follow_first = self._follow_first   # (a one-character test first: almost no name has a follow word after it)
        if follow_first is None:
            follow_first = self._follow_first = frozenset(w[0] for w in follow)
        if water and self._water_edges is None:
            self._water_edges = ({w[-1] for w in water}, {w[0].upper() for w in water if w.isascii()})
        w_ar, w_en = self._water_edges if water else ((), ())
        for r in raws:
            if r.arabic:
                # (accept() for an Arabic name, with its per-key part memoised: _accept_classes)
                lst = acc_of.get(r.key)
                if lst is None:
                    lst = self._accept_classes(r)
                ctx = r.venue is not None or r.direction is not None
                acc = (True, ctx or (r.supported and r.cue == "locative"), ctx or r.supported,
                       ctx or r.supported or r.cue == "locative")
                hint = r.hint   # supports only a place of its own country (as in accept())
                ok = [e for e, st in lst if acc[st] or e.country == hint]
                if ok and not ctx and text[r.end - 1:r.end] == "ه":
                    # "في بيانه" (in his statement) is no Baena (بيانة): a weak name that ends in ة, written with ه,
                    # is a noun with its pronoun (the fold ة -> ه joined them); session 54
                    ok = [e for e, st in lst if e in ok and not (st >= 2 and e.name_ar.endswith("ة"))]
                if ok and text[r.end + 1:r.end + 2] in follow_first and text[r.end:r.end + 1] == " " \
                        and key_of(text[r.end + 1:r.end + 14].split(None, 1)[0]) in follow:
                    continue   # "القائم بالأعمال" (cue follow): a common word, not the town
                if ok and r.key in stop_time_names and text[r.end:r.end + 1] == " " \
                        and key_of(text[r.end + 1:r.end + 14].split(None, 1)[0].strip("،,.:;؛")) in stop_time:
                    continue   # "في ضواحي العاصمة ليل أمس" (cue stop_time): the night, not Lille, even after a venue
                if ok and street and text[r.start - 1:r.start] == " " and _street_word(text, r.start, street):
                    continue   # "ساحة النجمة"، "شارع بغداد" (cue street): a square's / street's name, not the town (s28)
            else:
                ok = [e for e in cand(r.key) if self.accept(r, e, text)]
            if not ok:
                continue
            if (text[r.start - 2:r.start - 1] in w_ar if r.arabic else text[r.end + 1:r.end + 2] in w_en
                    or text[r.start - 4:r.start] == " of ") and self.in_water_name(r, text):
                continue   # (a one-character test first: almost no name is next to a water word)
            if treaty and not r.arabic and text[r.end:r.end + 1] == " " \
                    and text[r.end + 1:r.end + 16].split(None, 1)[0].strip(".,;:'\"").lower() in treaty:
                continue   # "the Vienna Convention", "the Paris Agreement" (cue treaty): a treaty's name (s27 B19EN)
            e = self._choose(ok, r, sent_ctx.get(r.sentence), doc_ctx, country_hint, own.get(id(r)))
            prec = e.kind
            lat, lon = e.lat, e.lon
            if r.direction:
                prec = "region"
                if e.kind == "country":
                    lat, lon = g.directions.get((e.country, r.direction), (e.lat, e.lon))
            elif r.venue == "region" and e.kind == "city":
                prec = "region"
            start = r.dir_start if r.direction and r.dir_start >= 0 else r.start
            hits.append(Hit(start, r.end, r.start, e, r.key, r.sentence, r.i, prec, lat, lon,
                            r.direction, r.cue, r.hint, len(ok) > 1 and len({x.country for x in ok}) > 1, len(ok)))
        return hits

    def _own_country(self, key: str) -> tuple:
        """``(country,)`` a name adds to the context: its only country, or a country / a place far
        more populous than its homonyms elsewhere; ``()`` when ambiguous (memoised per key)."""
        cands = self.cands(key)
        cs = {e.country for e in cands}
        c0 = cands[0]
        oc: tuple = ()
        if key in self.g.cues.default and len(cs) > 1:
            pass   # a name with a declared default reading (عمان) is ambiguous whatever the populations
        elif len(cs) == 1 or c0.kind == "country" or c0.population >= 20 * max(
                (e.population for e in cands[1:] if e.country != c0.country), default=0):
            oc = (c0.country,)
        self._own_of[key] = oc
        return oc

    def own_country(self, key: str) -> Optional[str]:
        """The country a name's key stands for without context (its only country, or one whose place far outnumbers
        its homonyms elsewhere: Ontario is Canada's, not the Californian town), or None (Punjab: India or Pakistan)."""
        oc = self._own_of.get(key)
        if oc is None:
            oc = self._own_country(key)
        return oc[0] if oc else None

    def _choose(self, ok: list[Entry], r: _Raw, sent: Optional[dict], doc: dict,
                country_hint: Optional[str], own: Optional[str] = None) -> Entry:
        if len(ok) == 1:
            return ok[0]
        pool = ok
        if r.venue in ("city", "region"):
            pool = [e for e in ok if e.kind != "country"] or ok
        elif r.venue == "country":
            pool = [e for e in ok if e.kind == "country"] or ok
        for hint in (r.hint, country_hint):
            if hint:
                sel = [e for e in pool if e.country == hint]
                if sel:
                    return sel[0]
        # context may only choose between comparably prominent places: Moscow, Idaho never
        # beats Moscow, Russia however American the article is.
        top = max(10_000_000 if e.kind == "country" else e.population for e in pool)
        pool = [e for e in pool if e.kind == "country" or e.capital or e.population >= 0.05 * top] or pool
        # and only towns of the Arab world and its neighbours (or capitals) can win on context
        # alone: أثينا in an article about Washington is still Athens, Greece
        home = self.g.cues.home
        pool = [e for k, e in enumerate(pool) if k == 0 or e.kind == "country" or e.capital or e.country in home]
        countries = {e.country for e in pool}
        if len(countries) > 1:
            for ctx in (sent, doc):
                if ctx:
                    # a name does not count as its own context
                    scored = [(ctx.get(e.country, 0) - (e.country == own), -k) for k, e in enumerate(pool)]
                    best = max(scored)
                    if best[0] > 0:
                        return pool[-best[1]]
        return pool[0]


def get_matcher(gaz: Optional[Gazetteer] = None) -> Matcher:
    from ..resources import cached
    g = gaz or get_gazetteer()
    return cached(("geo.matcher", id(g)), lambda: Matcher(g))


# (Arabic vowel marks are no word characters for re: they stay inside the word, عُمان is one token)
_WL = "(?:[^\\W_]|[\u064b-\u065f\u0670])"
_WORD = re.compile(_WL + "+(?:['’.]" + _WL + "+)*\\.?|[^\\w\\s]")


def find_in_text(text: str, *, country_hint: Optional[str] = None, mention: bool = False,
                 gaz: Optional[Gazetteer] = None) -> list[Hit]:
    """All place hits in a free string (its own simple tokenization, one sentence)."""
    m = get_matcher(gaz)
    toks = [(x.start(), x.end(), 0) for x in _WORD.finditer(text)]
    prep = m.keys(text, toks)
    raws = m.spans(text, toks, prep)
    m.context(text, toks, raws, prep)
    if mention:
        for r in raws:
            r.supported = True
    return m.resolve(text, toks, raws, lambda: m.sentence_hints(text, toks, prep), Counter(), country_hint)


def may_begin_name(text: str, gaz: Optional[Gazetteer] = None) -> bool:
    """Can a name of the gazetteer begin at the first token of ``text`` (:func:`find_in_text`'s tokenization; the
    fast-reject test of :meth:`Matcher.spans`)?  False: no span of :func:`find_in_text` starts at that token, so no
    hit of :func:`lookup` but a compass phrase's starts at it (session 43, SPD43: the actor stage's region look-ups
    of the words after a force phrase, ~40 us each, most of them words no name begins with)."""
    first = _WORD.search(text)
    if first is None:
        return False
    m = get_matcher(gaz)
    key = _word_key(first.group())
    ok = m._can_start.get(key)
    return m._startable(key) if ok is None else ok


def context_countries(text: str, toks: Sequence[tuple[int, int, int]], words: Optional[Sequence[str]] = None,
                      exclude: Sequence[tuple[int, int]] = (), gaz: Optional[Gazetteer] = None
                      ) -> tuple[Counter, list[frozenset]]:
    """The countries a text names by place names and nationality adjectives (document context for
    the actors stage): (count per country of the names with one reading, the country sets of the
    names with several).  Names overlapping an ``exclude`` span are left out (an ambiguous actor is
    no context for itself).  ``toks``: (start, end, sentence) per token, as for the place stage."""
    m = get_matcher(gaz)
    prep = m.keys(text, toks, words)
    raws = m.spans(text, toks, prep)
    if exclude and raws:
        raws = [r for r in raws if not any(s < r.end and r.start < e for s, e in exclude)]
    single: Counter = Counter()
    for c in m.sentence_hints(text, toks, prep).values():
        single.update(c)
    multi: list[frozenset] = []
    if raws:
        m.context(text, toks, raws, prep)
        for h in m.resolve(text, toks, raws, {}, Counter()):
            if h.ambiguous:
                multi.append(frozenset(e.country for e in m.cands(h.key)))
            elif h.entry.building:
                continue   # "at a White House meeting": where a visitor was received, not what the story is about
            else:
                single[h.entry.country] += 1
    return single, multi


def lookup(name: str, lang: Optional[str] = None, country_hint: Optional[str] = None,
           gaz: Optional[Gazetteer] = None) -> Optional[Hit]:
    """Resolve one place expression ("بالعاصمة السورية دمشق", "شمالي سوريا", "Tripoli").

    ``lang`` is accepted for symmetry (the script of each word decides); ``country_hint`` is an
    ISO-3 code that decides between homonyms.  Returns the best :class:`Hit` (the most precise,
    then the longest) or None.
    """
    hits = find_in_text(name, country_hint=country_hint, mention=True, gaz=gaz)
    if not hits:
        return None
    from .gazetteer import PRECISION_RANK
    return max(hits, key=lambda h: (PRECISION_RANK.get(h.precision, 0) if not h.direction else 2,
                                    h.end - h.start))


def _name_word_after(text: str, end: int) -> bool:
    """Is the word right after ``end`` (one space between) a capitalised name word ("Torres")?"""
    if text[end:end + 1] != " ":
        return False
    nxt = text[end + 1:end + 24].split(None, 1)
    w = nxt[0] if nxt else ""
    return len(w) > 1 and w.isalpha() and w[:1].isupper() and w[1:].islower()


def _name_words_before(text: str, start: int) -> bool:
    """(session 53) Are the two words right before ``start`` (single spaces) capitalised name words ("Pedro Nuno")?"""
    if text[start - 1:start] != " ":
        return False
    prev = text[max(0, start - 40):start - 1].split(" ")
    if len(prev) < 2:
        return False
    return all(len(w) > 1 and w.isalpha() and w[:1].isupper() and w[1:].islower() for w in prev[-2:])


def _facility_after(text: str, end: int, facility) -> bool:
    """(session 53) Is the word right after ``end`` (one space) a capitalised building noun (cues.tsv facility)?"""
    if text[end:end + 1] != " ":
        return False
    nxt = text[end + 1:end + 16].split(None, 1)
    w = nxt[0].rstrip(".,;:'’") if nxt else ""
    return w[:1].isupper() and key_of(w) in facility


def _street_word(text: str, start: int, street) -> bool:
    """(session 28 B18AR) Is the word right before ``start`` a street / square noun (cues.tsv ``street``: ساحة، شارع،
    ميدان …), maybe with و / ب / ف / ل before it ("بساحة النجمة")?  The name after it is the street's, not a town's."""
    prev = text[max(0, start - 16):start].split()
    if not prev:
        return False
    w = key_of(prev[-1])
    return w in street or (w[:1] in ("و", "ب", "ف", "ل") and w[1:] in street) or (w[:2] in ("وب", "وف") and w[2:] in street)
