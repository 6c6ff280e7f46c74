"""Load the temporal lexicon and patterns (``marsad/data/time``) once per process.

``lexicon.yaml`` holds the word lists, ``patterns.yaml`` the regular-expression
templates.  Templates use ``{NAME}`` placeholders that are expanded here into
alternations of the normalised word forms (longest first), so every piece of
language knowledge stays in the data files.  The compiled result is cached with
:func:`marsad.resources.cached`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

from ..lang.normalize import normalize
from ..resources import cached, data_path

# Matching runs on the original text (so offsets need no mapping and the text is not
# normalised as a whole, which costs more than the whole recogniser): every Arabic
# letter of a (normalised) lexicon form or template word becomes the class of letters
# that normalise to it, and word-final diacritics/tatweel are allowed.  Matched words
# are looked up after marsad.lang.normalize.normalize, so lookups and the regexes agree.
S = r"(?:[^\S\n]|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff])+"
S0 = r"(?:[^\S\n]|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff])*"
E = r"(?!\w)"
DIA = "[\u0640\u064b-\u0652\u0670]*"
_VARIANTS: dict[str, str] = {}
for _src in [chr(c) for c in range(0x0600, 0x0700)] + list("\u06a9\u06cc\u06af"):
    _tgt = normalize(_src)
    if len(_tgt) == 1 and _tgt != _src:
        _VARIANTS.setdefault(_tgt, _tgt)
        _VARIANTS[_tgt] += _src


def loose_char(ch: str, latin_case: bool = False) -> str:
    v = _VARIANTS.get(ch)
    if v:
        return "[" + v + "]"
    if latin_case and ch.isalpha() and ch.isascii():
        return "[" + ch.lower() + ch.upper() + "]"
    return re.escape(ch)


def loose_word(w: str, latin_case: bool = False) -> str:
    out = "".join(loose_char(c, latin_case) for c in w)
    if w and "\u0600" <= w[-1] <= "\u06ff":
        out += DIA
    return out


def _is_ar(c: str) -> bool:
    return "\u0621" <= c <= "\u064a"


def loose_template(t: str) -> str:
    """Template text with each run of Arabic letters made variant-tolerant."""
    return re.sub(r"[\u0621-\u064a]+", lambda m: loose_word(normalize(m.group())), t)


def _n(s: str) -> str:
    return " ".join(normalize(str(s)).split())


def _alt(forms) -> str:
    """Regex for any of the forms (a variant-tolerant trie; spaces match runs of spaces).
    The trie is greedy: the longest form wins, then backtracking tries shorter ones."""
    uniq = {_n(f) for f in forms if str(f).strip()}
    return "(?:" + trie_regex(sorted(uniq), latin_case=False) + ")"


_FLAGS = re.VERBOSE | re.IGNORECASE


class Pattern:
    """One expression shape.  The regex (large: every month spelling, loosened) is
    compiled on first use, so a process pays only for the shapes its texts contain."""
    __slots__ = ("name", "family", "kind", "template", "priority", "needs", "_rx", "_first")

    def __init__(self, name: str, family: str, kind: str, template: str, priority: int = 0,
                 needs: tuple = ()):
        self.name, self.family, self.kind, self.template = name, family, kind, template
        self.priority, self.needs = priority, needs
        self._rx = None
        self._first = False

    @property
    def regex(self) -> "re.Pattern[str]":
        rx = self._rx
        if rx is None:
            try:
                rx = self._rx = re.compile(self.template, _FLAGS)
            except re.error as e:  # pragma: no cover - data error
                raise ValueError(f"pattern {self.name}: {e}") from e
        return rx

    @property
    def first(self) -> Optional[frozenset]:
        """Characters a match can begin with (None: any)."""
        if self._first is False:
            self._first = first_chars(self.regex)
        return self._first


def first_chars(rx: "re.Pattern[str]") -> Optional[frozenset]:
    """The set of characters a match of ``rx`` can start with, from its parse tree
    (None when unknown or unbounded).  Lets the recogniser skip hopeless attempts."""
    from re import _constants as C, _parser as P  # stdlib internals, stable since 3.11

    def seq(items):
        out: set = set()
        for op, av in items:
            fs, nullable = one(op, av)
            if fs is None:
                return None, False
            out |= fs
            if not nullable:
                return out, False
        return out, True

    def one(op, av):
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            chars: set = set()
            if av and av[0][0] is C.NEGATE and all(
                    iop is C.NEGATE or (iop is C.CATEGORY and iav is C.CATEGORY_NOT_SPACE)
                    or iop is C.LITERAL for iop, iav in av):
                return set(), False  # [^\S\n]: white space only, never a word start
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(chr(iav))
                elif iop is C.RANGE and iav[1] - iav[0] < 2000:
                    chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                elif iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                    chars.update("0123456789")  # the recogniser maps other digits to ASCII
                else:
                    return None, False
            return chars, False
        if op is C.SUBPATTERN:
            return seq(av[3])
        if op is C.ATOMIC_GROUP:
            return seq(av)
        if op is C.BRANCH:
            out: set = set()
            nullable = False
            for b in av[1]:
                fs, nl = seq(b)
                if fs is None:
                    return None, False
                out |= fs
                nullable = nullable or nl
            return out, nullable
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _, sub = av
            fs, nl = seq(sub)
            if fs is None:
                return None, False
            return fs, nl or lo == 0
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return set(), True
        return None, False

    try:
        tree = P.parse(rx.pattern, rx.flags)
        fs, nullable = seq(list(tree))
    except Exception:
        return None
    if fs is None or nullable:
        return None
    if rx.flags & re.IGNORECASE:
        fs = fs | {c.lower() for c in fs} | {c.upper() for c in fs}
    return frozenset(fs)


def trie_regex(words, latin_case: bool = True) -> str:
    """A compact regex matching any of ``words`` (a character trie, so the regex engine
    does not try hundreds of alternatives at every position).  Letters are
    variant-tolerant (:func:`loose_char`), a space matches any run of spaces, and
    diacritics/tatweel may follow an Arabic letter that ends a word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node) -> str:
        end = "" in node
        items = [(ch, sub) for ch, sub in node.items() if ch != ""]
        if not items:
            return ""
        alts = []
        for ch, sub in sorted(items):
            if ch == " ":
                head = S
            else:
                head = loose_char(ch, latin_case)
                if "\u0600" <= ch <= "\u06ff" and ("" in sub or " " in sub):
                    head += DIA
            alts.append(head + emit(sub))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


# lexicon section -> trigger class
_TRIGGER_SECTIONS = {
    "months": "month", "hijri_months": "hmonth", "weekdays": "weekday", "deictic_days": "deictic",
    "units_definite": "unitdef", "units": "unit", "units_definite_plural": "unitdp",
    "decades": "decade", "centuries": "century", "vague": "vague", "weekend": "weekend",
    "anaphor_triggers": "deictic",   # (session 19) the word of an anaphoric day no other section lists: في المساء
}


@dataclass
class Lexicon:
    month: dict[str, int] = field(default_factory=dict)
    ambiguous_months: set[str] = field(default_factory=set)
    hmonth: dict[str, int] = field(default_factory=dict)
    weekday: dict[str, int] = field(default_factory=dict)
    rel: dict[str, str] = field(default_factory=dict)        # form -> past|next|this|recent|future_pl
    deictic: dict[str, int] = field(default_factory=dict)
    anaphor: dict[str, int] = field(default_factory=dict)   # anaphoric day phrase -> days after the day named before
    unit: dict[str, tuple[str, Optional[int]]] = field(default_factory=dict)
    unit_def: dict[str, str] = field(default_factory=dict)
    unit_dp: dict[str, tuple[str, Optional[int]]] = field(default_factory=dict)
    number: dict[str, int] = field(default_factory=dict)
    few: set[str] = field(default_factory=set)
    quantity: set[str] = field(default_factory=set)   # words before a number that make it a count
    wd_block_before: set[str] = field(default_factory=set)
    wd_block_after: set[str] = field(default_factory=set)
    date_name_cues: set[str] = field(default_factory=set)
    date_name_cues_after: tuple = ()
    future_markers: list[str] = field(default_factory=list)
    future_prefixes: tuple[str, ...] = ()
    future_exceptions: set[str] = field(default_factory=set)
    future_blockers: tuple = ()
    future_noun_after: frozenset = frozenset()
    ordinal: dict[str, int] = field(default_factory=dict)
    decade: dict[str, int] = field(default_factory=dict)
    century: dict[str, int] = field(default_factory=dict)
    vague: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    patterns: list[Pattern] = field(default_factory=list)
    starters: set[str] = field(default_factory=set)   # normalised first words that can begin a match
    pattern_by_name: dict[str, Pattern] = field(default_factory=dict)
    trigger: dict[str, frozenset] = field(default_factory=dict)  # word -> trigger classes
    trigger_re: "Optional[re.Pattern[str]]" = None
    by_class: dict[str, list[Pattern]] = field(default_factory=dict)
    _pcache: dict = field(default_factory=dict)

    def patterns_for(self, classes: frozenset) -> list[Pattern]:
        """Patterns needing any of ``classes``, in file order (memoised)."""
        r = self._pcache.get(classes)
        if r is None:
            r = [P for P in self.patterns if any(c in classes for c in P.needs)]
            self._pcache[classes] = r
        return r
    safe_wd_re: str = ""                                # weekday forms usable without a cue
    spans: dict[str, int] = field(default_factory=dict)  # vague spans per unit


_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")


def _forms_of(d) -> list[str]:
    out: list[str] = []
    if isinstance(d, dict):
        for v in d.values():
            out.extend(_forms_of(v))
    elif isinstance(d, list):
        for v in d:
            if isinstance(v, dict):
                out.extend(_forms_of(v.get("forms", v.get("form", []))))
            else:
                out.append(str(v))
    elif d is not None:
        out.append(str(d))
    return out


def _no_bools(x, where: str) -> None:
    """YAML 1.1 reads bare on/off/yes/no as booleans: refuse them in word lists."""
    if isinstance(x, bool):
        raise ValueError(f"{where}: a bare yes/no/on/off was read as a boolean; quote it")
    if isinstance(x, dict):
        for v in x.values():
            _no_bools(v, where)
    elif isinstance(x, list):
        for v in x:
            _no_bools(v, where)


def build(lex_path: Optional[Path] = None, pat_path: Optional[Path] = None) -> Lexicon:
    raw = yaml.safe_load(open(lex_path or data_path("time", "lexicon.yaml"), encoding="utf-8"))
    pat = yaml.safe_load(open(pat_path or data_path("time", "patterns.yaml"), encoding="utf-8"))
    _no_bools(raw, "lexicon.yaml")
    _no_bools({k: v for k, v in pat.items() if k != "patterns"}, "patterns.yaml")
    L = Lexicon()
    for k, forms in raw["months"].items():
        for f in forms:
            L.month[_n(f)] = int(k)
    L.ambiguous_months = {_n(f) for f in raw.get("ambiguous_months", [])}
    for k, forms in raw["hijri_months"].items():
        for f in forms:
            L.hmonth[_n(f)] = int(k)
    for k, forms in raw["weekdays"].items():
        for f in forms:
            L.weekday[_n(f)] = int(k)
    amb_wd = {_n(f) for f in raw.get("ambiguous_weekdays", [])}
    for k, forms in raw["relative"].items():
        for f in forms:
            L.rel.setdefault(_n(f), k)
    for k, forms in raw["deictic_days"].items():
        for f in forms:
            L.deictic[_n(f)] = int(k)
    for k, forms in (raw.get("anaphoric_days") or {}).items():
        for f in forms:
            L.anaphor[_n(f)] = int(k)
    for k, forms in raw["units_definite"].items():
        for f in forms:
            L.unit_def[_n(f)] = k
    for e in raw["units"]:
        L.unit[_n(e["form"])] = (e["unit"], e.get("count"))
    for e in raw["units_definite_plural"]:
        L.unit_dp[_n(e["form"])] = (e["unit"], e.get("count"))
    for k, forms in raw["numbers"].items():
        for f in forms:
            L.number[_n(f)] = int(k)
    L.few = {_n(f) for f in raw.get("few", [])}
    L.quantity = {_n(f) for f in raw.get("approx", []) + raw.get("quantity_words", [])}
    L.wd_block_before = {_n(f) for f in raw.get("weekday_block_before", [])}
    L.wd_block_after = {_n(f) for f in raw.get("weekday_block_after", [])}
    L.future_markers = [_n(f) for f in raw.get("future_markers", [])]
    L.date_name_cues = {_n(f) for f in raw.get("date_name_cues", [])}
    L.date_name_cues_after = tuple(_n(f).lower() for f in raw.get("date_name_cues_after", []))
    L.future_prefixes = tuple(_n(f) for f in raw.get("future_prefixes", []))
    L.future_exceptions = {_n(f) for f in raw.get("future_prefix_exceptions", [])}
    L.future_blockers = tuple(f" {_n(f)} " for f in raw.get("future_blockers", []))
    L.future_noun_after = frozenset(_n(f) for f in raw.get("future_prefix_noun_after", []))
    for k, forms in raw["ordinals"].items():
        for f in forms:
            L.ordinal[_n(f)] = int(k)
    for k, forms in raw["decades"].items():
        for f in forms:
            L.decade[_n(f)] = int(k)
    for k, forms in raw["centuries"].items():
        for f in forms:
            L.century[_n(f)] = int(k)
    for e in raw["vague"]:
        for f in e["forms"]:
            L.vague[_n(f)] = (e["unit"], int(e["span"]), e["direction"])

    L.safe_wd_re = _alt([f for f in _forms_of(raw["weekdays"]) if _n(f) not in amb_wd])
    L.spans = {k: int(v) for k, v in (raw.get("vague_spans") or {}).items()}
    rel = raw["relative"]
    month_forms = _forms_of(raw["months"])
    wd_forms = _forms_of(raw["weekdays"])
    ph: dict[str, str] = {
        "S": S, "S0": S0, "E": E,
        "MONTH": _alt(month_forms),
        "MONTH_SAFE": _alt([f for f in month_forms if _n(f) not in L.ambiguous_months]),
        # Arabic-script month names: the second of a paired name written with a space only ("أبريل نيسان 2024")
        "AMONTH": _alt([f for f in month_forms if "\u0600" <= f[:1] <= "\u06ff"]),
        "HMONTH": _alt(_forms_of(raw["hijri_months"])),
        "HMONTH_ALONE": _alt(raw["hijri_months_alone"]),
        "HMARK": _alt(raw["hijri_markers"]),
        "GMARK": _alt(raw["gregorian_markers"]),
        "WEEKDAY": _alt(wd_forms),
        "WEEKDAY_SAFE": _alt([f for f in wd_forms if _n(f) not in amb_wd]),
        "PAST2": _alt(rel.get("past2", [])), "PAST": _alt(rel["past"]), "NEXT": _alt(rel["next"]), "THIS": _alt(rel["this"]),
        "RECENT": _alt(rel["recent"]), "FUTPL": _alt(rel["future_pl"]),
        "DEICTIC": _alt(_forms_of(raw["deictic_days"])),
        "ANAPHOR": _alt(_forms_of(raw.get("anaphoric_days") or {})),
        "WEEKEND": _alt(raw.get("weekend", [])),
        "TOD": _alt(raw["times_of_day"]), "TOD_EN": _alt(raw["times_of_day_en"]),
        "UNITDEF": _alt(_forms_of(raw["units_definite"])),
        "UNIT": _alt([e["form"] for e in raw["units"]]),
        "UNITDP": _alt([e["form"] for e in raw["units_definite_plural"]]),
        "NUMW": _alt(_forms_of(raw["numbers"])),
        "FEW": _alt(raw["few"]), "APPROX": _alt(raw["approx"]),
        "ORD": _alt(_forms_of(raw["ordinals"])),
        "DECADE": _alt(_forms_of(raw["decades"])),
        "CENTURY": _alt(_forms_of(raw["centuries"])),
        "VAGUE": _alt(_forms_of(raw["vague"])),
        "PPREP": _alt(raw["period_preps"]),
        "YPREP": _alt(raw["year_preps"]),
        "YWORD": _alt(raw["year_words"]),
        "PART": _alt(raw["period_parts"]),
        "JOIN": _alt(raw["paired_joiners"]),
    }
    # a month, or a paired name (Gregorian and Levantine): "أبريل/نيسان", "أبريل (نيسان)", and with a space alone
    # between two Arabic-script names, "أبريل نيسان" (session 15, lead: the year after it was lost)
    ph["MONTHP"] = loose_template(r"(?P<month>{MONTH})(?:{S0}[/\-–(]{S0}(?P<month2>{MONTH}){S0}\)?"
                                  r"|(?<=[\u0600-\u06ff]){S}(?P<month3>{AMONTH})(?![\u0600-\u06ff]))?").format(**ph)
    ph["WDPRE"] = loose_template(r"(?:(?:(?:يوم|on){S})?(?P<wd>{WEEKDAY}){S0}[,،]?{S0})?").format(**ph)
    ph["DAYW"] = loose_template(r"(?:(?:ال)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)|(?P<ord>{ORD})(?={S}(?:من|of){S}))").format(**ph)
    ph["DAYEN"] = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    ph["YEARPART"] = loose_template(r"(?:(?:من{S})?(?:عام|العام|سنة|السنة){S0})?(?P<year>\d{{4}})(?!\d)"
                      r"(?!{S0}{HMARK}(?!\w))(?:{S0}{GMARK})?{E}").format(**ph)
    names = set(re.findall(r"\{([A-Z_0-9]+)\}", "".join(p["regex"] for p in pat["patterns"])))
    missing = names - set(ph)
    if missing:
        raise ValueError(f"patterns.yaml uses unknown placeholders {sorted(missing)}")
    for i, p in enumerate(pat["patterns"]):
        tmpl = re.sub(r"\{([A-Z_0-9]+)\}", lambda m: ph[m.group(1)], loose_template(p["regex"]))
        P = Pattern(p["name"], p.get("family", p["kind"]), p["kind"], tmpl, int(p.get("priority", 0)),
                    tuple(p.get("needs") or ()))
        if not P.needs:
            raise ValueError(f"pattern {P.name}: `needs` is required")
        L.patterns.append(P)
        L.pattern_by_name[P.name] = P
        for c in P.needs:
            L.by_class.setdefault(c, []).append(P)

    # trigger words: every word of the forms of the trigger sections, minus common words
    weak = {_n(w) for w in pat.get("not_triggers", [])}
    weak |= {_n(w) for k in ("relative",) for v in raw[k].values() for f in v for w in _n(f).split(" ")}
    weak |= {w for f in _forms_of(raw["numbers"]) + _forms_of(raw["ordinals"]) for w in _n(f).split(" ")}
    trig: dict[str, set] = {}
    for sec, cls in _TRIGGER_SECTIONS.items():
        for f in _forms_of(raw.get(sec) or []):
            for w in _n(f).split(" "):
                w = w.strip(".")
                if w and w not in weak and not w.isdigit() and re.fullmatch(r"\w+", w):
                    trig.setdefault(w, set()).add(cls)
    L.trigger = {w: frozenset(c) for w, c in trig.items()}
    L.trigger_re = re.compile(
        r"(?<!\w)[وفبلك]{0,2}(?:(?P<w>" + trie_regex(sorted(trig)) + r")" + DIA + r"(?!\w)|(?P<d>\d))")

    # words that may begin a match: first word of every lexicon form + pattern starters
    # (first words only: the recogniser backs up from a trigger over these words)
    for f in _forms_of(raw) + list(pat.get("starters", [])):
        w = _n(f).split(" ")[0] if _n(f) else ""
        if w:
            L.starters.add(w.rstrip("."))
    return L


def lexicon() -> Lexicon:
    return cached(("timex", "lexicon"), build)


CLITICS = _CLITICS
