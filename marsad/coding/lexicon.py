"""Trigger and cue lexicons for event coding, loaded once per process.

Everything language-specific is data (``marsad/data/coding``): ``triggers_ar.tsv`` /
``triggers_en.tsv`` (built by ``scripts/build_triggers.py``), ``cues_ar.tsv`` / ``cues_en.tsv``
and ``recode.tsv``.  Matching is dictionary lookups on normalised word forms: at load time
every entry is expanded into its surface forms (Arabic perfect/imperfect conjugation,
plural/dual/feminine nouns; English inflections); at match time a word is reduced to a handful
of candidate forms (proclitics و ف ب ل ك س ال and pronoun suffixes stripped), memoised per word.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    kind: str          # verb | noun
    cameo: str
    frame: str         # svo | gen_src | gen_tgt | mutual | none | self
    prep: frozenset    # normalised prepositions one of which must follow (empty: none needed)
    obj: frozenset     # normalised object words one of which must be near (empty: none needed)
    cond: str          # "" | quote
    source: str
    order: int         # file order (earlier wins among equals)


# ----------------------------------------------------------------------------- Arabic forms
_AR_PREFIXES = ("وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "فب", "فل", "وك",
                "وس", "فس", "و", "ف", "ب", "ل", "ك", "س")
_AR_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه")


_LEMMA_NORM: dict = {}


def _lemma_norm(lemma: str) -> str:
    got = _LEMMA_NORM.get(lemma)
    if got is None:
        got = _LEMMA_NORM[lemma] = normalize(lemma)
    return got


def _strip_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def ar_verb_forms(perfect: str, imperfects: list[str]) -> set[str]:
    P = normalize(perfect)
    out = {P}
    if P.endswith(("ي", "ا")) and len(P) >= 3:     # defective: دعا، التقى، نفى
        s = P[:-1]
        out |= {s + "ت", s + "وا", s + "يا", s + "تا", s + "يت", s + "ينا", s + "ان"}
        if P.endswith("ا"):
            out |= {s + "وت"}
    else:
        out |= {P + x for x in ("ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما")}
        if len(P) == 2:   # geminate written short (شن -> شنت)
            pass
    for imp in imperfects:
        I = normalize(imp)
        if not I or I[0] not in "يت":
            out.add(I)
            continue
        core = I[1:]
        bases = [core]
        if core.endswith(("ي", "و")):
            bases.append(core[:-1])
        for pre in "يتنا":
            out.add(pre + core)
            for b in bases:
                for suf in ("ون", "ان", "ين", "وا", "ن"):
                    out.add(pre + b + suf)
            if len(bases) > 1 and len(bases[1]) >= 2:   # jussive of a defective verb: لم يلتق، لم يدع
                out.add(pre + bases[1])
    return out


def ar_noun_forms(lemma: str, extra: list[str]) -> set[str]:
    N = normalize(lemma)
    out = {N}
    for f in [N] + [normalize(e) for e in extra]:
        out.add(f)
        if f.endswith("ه"):
            b = f[:-1]
            out |= {b + "ات", b + "تان", b + "تين", b + "ت"}
        else:
            out |= {f + "ان", f + "ين"}
    return {_strip_al(x) for x in out} | out


def _by_first(items) -> dict:
    """{first character: the items starting with it, in their order}."""
    out: dict = {}
    for x in items:
        out.setdefault(x[0], []).append(x)
    return {c: tuple(v) for c, v in out.items()}


_PREFIXES_BY_FIRST = _by_first(_AR_PREFIXES)   # (a word can only start with the prefixes of its first letter)
# the pronoun suffixes by their last letter, with their lengths, in _AR_SUFFIXES order
_SUFFIXES_BY_LAST = {c: tuple((x, len(x)) for x in _AR_SUFFIXES if x[-1] == c) for c in {x[-1] for x in _AR_SUFFIXES}}
_DOUBLE_L = frozenset(["لل", "ولل", "فلل"])


def ar_candidates(w: str) -> tuple[str, ...]:
    """Candidate lexicon forms of one normalised Arabic word (itself first): the word, then each stem (the
    proclitics of ``_AR_PREFIXES`` stripped, in that order), each with the article stripped, each with a
    pronoun suffix (``_AR_SUFFIXES`` order; a ت before it also read as ة/ه) or an accusative ا stripped."""
    c = _ar_cache.get(w)
    if c is not None:
        return c
    seen: list[str] = [w]
    stems = [w]
    for p in _PREFIXES_BY_FIRST.get(w[:1], ()):
        if w.startswith(p):
            rest = w[len(p):]
            if len(rest) < 2:
                continue
            if p[-1] == "س" and rest[0] not in "يتنا":
                continue
            if p in _DOUBLE_L:
                stems.append("ال" + rest)
            stems.append(rest)
    sufs = _SUFFIXES_BY_LAST
    for s in stems:
        x2 = _strip_al(s)
        for x in ((s,) if x2 == s else (s, x2)):   # (the same form twice adds nothing the first did not)
            if x not in seen:
                seen.append(x)
            last = x[-1:]
            for suf, n in sufs.get(last, ()):
                if x.endswith(suf) and len(x) - n >= 2:
                    b = x[:-n]
                    if b not in seen:
                        seen.append(b)
                    if b[-1:] == "ت":
                        y = b[:-1] + "ه"
                        if y not in seen:
                            seen.append(y)
                    elif b[-1:] == "ا" and len(b) >= 4:   # التقاه، استدعاها: a final-ى verb before the suffix
                        y = b[:-1] + "ي"
                        if y not in seen:
                            seen.append(y)
            if last == "ا" and len(x) >= 4 and x[:-1] not in seen:   # tanween accusative: اجتماعا
                seen.append(x[:-1])
    c = tuple(seen)
    if len(_ar_cache) < 300_000:
        _ar_cache[w] = c
    return c


_ar_cache: dict[str, tuple[str, ...]] = {}

_AR_NOUN_CLITICS = ("ب", "ك", "وب", "فب", "وك")


def _ar_noun_clitic(w: str, c: str) -> bool:
    """True when candidate ``c`` of word ``w`` was reached only by stripping the preposition ب / ك,
    which never precede a finite verb (بحذر is no حذّر, بحث is no حث)."""
    if w.startswith(c):
        return False
    for p in _AR_NOUN_CLITICS:
        if w.startswith(p) and w[len(p):].startswith(c):
            return not any(w[len(q):].startswith(c) for q in ("و", "ف") if w.startswith(q) and q != p)
    return False


def _intransitive_ar() -> frozenset:
    """Arabic verb lemmas that take no object pronoun (``intransitive_ar.tsv``), read once per process."""
    return cached(("coding.intransitive_ar",), lambda: frozenset(
        r["lemma"].strip() for r in read_tsv_dicts(data_path("coding", "intransitive_ar.tsv"))
        if r.get("lemma", "").strip()))


_OBJ_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم", "ك")


def _whole_words_ar() -> frozenset:
    """Arabic words never read as a proclitic + a trigger form (``whole_words_ar.tsv``), read once per process."""
    return cached(("coding.whole_words_ar",), lambda: frozenset(
        normalize(r["form"].strip()) for r in read_tsv_dicts(data_path("coding", "whole_words_ar.tsv"))
        if r.get("form", "").strip()))


# ----------------------------------------------------------------------------- English forms
def en_verb_forms(base: str, extra: list[str]) -> set[str]:
    b = base.lower()
    out = {b} | {e.lower() for e in extra}
    if b.endswith("e"):
        out |= {b + "s", b + "d", b[:-1] + "ing"}
    elif b.endswith("y") and len(b) > 2 and b[-2] not in "aeiou":
        out |= {b[:-1] + "ies", b[:-1] + "ied", b + "ing"}
    elif b.endswith(("s", "sh", "ch", "x", "z")):
        out |= {b + "es", b + "ed", b + "ing"}
    else:
        out |= {b + "s", b + "ed", b + "ing"}
        if b.endswith("o") and len(b) > 2 and b[-2] not in "aeiou":
            out.add(b + "es")   # vetoes, echoes (vetos stays: a harmless spelling)
        if len(b) >= 3 and b[-1] in "bdgmnprtl" and b[-2] in "aeiou" and b[-3] not in "aeiou":
            out |= {b + b[-1] + "ed", b + b[-1] + "ing"}   # (expelled, patrolled: British -ll- too)
    return out


def en_candidates(w: str) -> tuple[str, ...]:
    w = w.lower()
    if w.endswith("'s") or w.endswith("’s"):
        return (w, w[:-2])
    return (w,)


# ----------------------------------------------------------------------------- loading
class Lexicon:
    __slots__ = ("lang", "index", "cues", "recode", "n_entries", "_cue_memo", "_norm_memo", "_lookup_memo",
                 "_recode_memo", "_word_memo", "_obj_words", "_obj_memo",
                 "_recode_plain_memo")

    def __init__(self, lang: str, paths: list[str]):
        self.lang = lang
        self.index: dict[str, list[Trigger]] = {}
        self.cues: dict[str, dict[str, str]] = {}     # form -> {type: value}
        self.recode: list[tuple[str, str, str, str]] = []
        self._cue_memo: dict[str, dict] = {}
        self._norm_memo: dict[str, str] = {}
        self._lookup_memo: dict[str, list] = {}
        self._recode_memo: dict[str, tuple] = {}
        self._recode_plain_memo: dict[str, tuple] = {}
        self._word_memo: dict[tuple, tuple] = {}   # marsad.coding.structure.words_of: token -> word fields
        self._obj_memo: dict[str, frozenset] = {}   # word -> its candidate forms that are some entry's object word
        n = 0
        for path in paths:
            for r in read_tsv_dicts(path):
                lemma = (r.get("lemma") or "").strip()
                if not lemma or not (r.get("cameo") or "").strip():
                    continue
                n += 1
                forms_field = (r.get("forms") or "")
                if lang == "en" and "," not in forms_field:   # PETRARCH2 rows list forms space-separated
                    forms_field = ",".join(forms_field.split())
                forms_raw = [f.strip() for f in forms_field.split(",") if f.strip()]
                kind = (r.get("kind") or "verb").strip()
                prep = frozenset(self._norm(p) for p in (r.get("prep") or "").split(",") if p.strip())
                objs = [self._norm(o) for o in (r.get("obj") or "").split(",") if o.strip()]
                obj = set(objs)
                if lang == "ar":
                    obj |= {_strip_al(o) for o in objs}
                key_lemma = lemma
                if lang == "en" and " " in lemma:      # "hunger strike": first word + object word
                    first, rest = lemma.split(" ", 1)
                    key_lemma = first
                    obj |= {rest.split()[0].lower()}
                t = Trigger(lemma, kind, r["cameo"].strip(), (r.get("frame") or "svo").strip() or "svo",
                            prep, frozenset(obj), (r.get("cond") or "").strip(), (r.get("source") or "").strip(), n)
                passive = [f[1:] for f in forms_raw if f.startswith("~")]
                forms_raw = [f for f in forms_raw if not f.startswith("~")]
                if passive:   # "~اغتيل": passive forms; the bare actor after the verb is the patient
                    tp = Trigger(lemma, kind, t.cameo, "passive", prep, frozenset(obj), t.cond, t.source, n)
                    pforms = set()
                    for f in passive:
                        pforms |= ar_verb_forms(f, []) if lang == "ar" else {f.lower()}
                    for f in pforms:
                        self.index.setdefault(f, []).append(tp)
                if lang == "ar":
                    forms = ar_verb_forms(key_lemma, forms_raw) if kind == "verb" else ar_noun_forms(key_lemma, forms_raw)
                else:
                    forms = en_verb_forms(key_lemma, forms_raw) if kind == "verb" else \
                        {key_lemma.lower()} | {f.lower() for f in forms_raw if " " not in f}
                for f in forms:
                    lst = self.index.setdefault(f, [])
                    if t not in lst:
                        lst.append(t)
        self.n_entries = n
        # every entry's object words: a word whose candidate forms meet none of them is no entry's object
        self._obj_words = frozenset(o for lst in self.index.values() for t in lst for o in t.obj)
        cue_path = data_path("coding", f"cues_{lang}.tsv")
        for r in read_tsv_dicts(cue_path):
            f = self._norm(r["form"])
            self.cues.setdefault(f, {})[r["type"].strip()] = (r.get("value") or "").strip()
        recode_files = [data_path("coding", "recode.tsv")]
        if lang == "en":   # English rows first: the first matching row wins
            recode_files.insert(0, data_path("coding", "recode_en.tsv"))
        for r in (r for f in recode_files for r in read_tsv_dicts(f)):
            self.recode.append((r["from"].strip(), r["when"].strip(), r["to"].strip(), r.get("note", "")))

    def _norm(self, s: str) -> str:
        s = s.strip()
        return normalize(s) if self.lang == "ar" else s.lower()

    def candidates(self, w: str) -> tuple[str, ...]:
        return ar_candidates(w) if self.lang == "ar" else en_candidates(w)

    def obj_forms(self, w: str) -> frozenset:
        """The candidate forms of a normalised word that are some entry's object word (memoised; mostly
        empty): an entry's ``obj`` meets ``candidates(w)`` exactly when it meets these."""
        got = self._obj_memo.get(w)
        if got is None:
            got = self._obj_words.intersection(self.candidates(w))
            if len(self._obj_memo) < 300_000:
                self._obj_memo[w] = got
        return got

    def lookup(self, w: str) -> list[Trigger]:
        """Trigger entries for one normalised word (all candidate forms)."""
        got = self._lookup_memo.get(w)
        if got is not None:
            return got
        out = self._lookup(w)
        if len(self._lookup_memo) < 300_000:
            self._lookup_memo[w] = out
        return out

    def _lookup(self, w: str) -> list[Trigger]:
        out: list[Trigger] = []
        cands = self.candidates(w)
        if self.index.keys().isdisjoint(cands):
            return out   # (most words: no candidate form has an entry; tested in C)
        if self.lang == "ar" and not _whole_words_ar().isdisjoint(cands):
            return out   # كامل، بالكامل (full): no ك + أمل (session 17, whole_words_ar.tsv)
        for c in cands:
            hit = self.index.get(c)
            if hit:
                # a form reached only by stripping the article cannot be a verb (الفجر is not فجّر)
                verb_ok = self.lang != "ar" or (("ال" + c) not in cands and not _ar_noun_clitic(w, c))
                suffixed = self.lang == "ar" and c != w and w.startswith(c) and w[len(c):] in _OBJ_SUFFIXES
                for t in hit:
                    if t not in out and (verb_ok or t.kind != "verb") and not (
                            suffixed and t.kind == "verb" and t.lemma in _intransitive_ar()):
                        out.append(t)   # (no object pronoun on an intransitive verb: استقالته is the noun, s38)
        if self.lang == "ar" and len(out) > 1:
            # a hollow verb's generated forms include its passive, which has an entry of its own (أصاب / أصيب:
            # "وأصيب جنديان برصاص" is the passive): a verb entry whose lemma is the word wins over the other
            # verb entries of its root that only generate it
            exact = [t for t in out if t.kind == "verb" and _lemma_norm(t.lemma) in cands]
            if exact:
                roots = {t.cameo[:2] for t in exact}
                out = [t for t in out if t in exact or t.kind != "verb" or t.cameo[:2] not in roots]
        return out

    def recode_for(self, cameo: str) -> tuple:
        """The recode rows (from, when, to, note) whose ``from`` prefixes ``cameo``, in file order
        (the event stage tries them in that order; memoised per code)."""
        got = self._recode_memo.get(cameo)
        if got is None:
            got = self._recode_memo[cameo] = tuple(r for r in self.recode if cameo.startswith(r[0]))
        return got

    def recode_plain(self, cameo: str) -> tuple:
        """The rows of :meth:`recode_for` that can apply to an asserted, not negated trigger with no intent
        cue (``when`` = state_subject, state_force, legal_charge or cue:…; the others need a modality, a negation or intent), in the
        same order (memoised per code)."""
        got = self._recode_plain_memo.get(cameo)
        if got is None:
            got = self._recode_plain_memo[cameo] = tuple(r for r in self.recode_for(cameo)
                                                         if r[1] in ("state_subject", "state_force", "crowd_subject", "legal_charge")
                                                         or r[1].startswith("cue:"))
        return got

    def cue(self, w: str) -> dict[str, str]:
        """Cue types of a normalised word: the word itself first, then without proclitics."""
        d = self._cue_memo.get(w)
        if d is None:
            d = self._cue(w)
            if len(self._cue_memo) < 200_000:
                self._cue_memo[w] = d
        return d

    def _cue(self, w: str) -> dict[str, str]:
        d = self.cues.get(w)
        if d is not None:
            return d
        if self.lang == "ar":
            base = w[1:] if w[:1] in "وف" else w
            own = base in self.index   # the word is a trigger form of its own: "وبحث" = and discussed (040)
            for p in _CUE_PREFIXES_BY_FIRST.get(w[:1], ()):   # (in _CUE_PREFIXES order)
                if own and p[-1:] in ("ب", "ل") and w.startswith(p):
                    continue   # not ب + حث ("by urging": a demand cue on the discussion, s29 B20EN)
                if w.startswith(p) and len(w) - len(p) >= 2:
                    d = self.cues.get(w[len(p):])
                    if d is not None:
                        return d
        return _EMPTY


_CUE_PREFIXES = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "فال")
_CUE_PREFIXES_BY_FIRST = _by_first(_CUE_PREFIXES)


_EMPTY: dict[str, str] = {}


_LEX: dict = {}


def lexicon(lang: str, extra: tuple[str, ...] = (), replace: bool = False) -> Lexicon:
    """The trigger/cue lexicon of ``lang`` ("ar" or "en"); ``extra`` user trigger files are added
    to the shipped one (or replace it when ``replace``)."""
    lang = "ar" if lang == "ar" else "en"
    key = (lang, tuple(extra), replace)
    lx = _LEX.get(key)
    if lx is not None:
        return lx

    def load():
        shipped = [] if (replace and extra) else [str(data_path("coding", f"triggers_{lang}.tsv"))]
        return Lexicon(lang, shipped + list(extra))
    lx = cached(("coding.lexicon",) + key, load)
    _LEX[key] = lx
    return lx
