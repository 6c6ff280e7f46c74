"""The shipped gazetteer, loaded once per process.

``marsad/data/geo/gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py``) holds countries,
cities (GeoNames cities >= 15k inhabitants with their Arabic names) and hand-written regions.
This module turns it into flat dict indexes keyed by the *matching form* of each name:

* Arabic names: :func:`marsad.lang.normalize.normalize` with whitespace collapsed;
* English names: lower-cased, whitespace collapsed.

``first_words`` maps the first word of every key to the longest key length (in words) starting
with it, so the matcher only tries multi-word spans when they can exist.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts

KIND_RANK = {"country": 3, "region": 2, "city": 1}
PRECISION_RANK = {"city": 3, "region": 2, "country": 1, "water": 1}   # (water: a sea or strait, geo/waters.py)


@dataclass(slots=True)
class Entry:
    idx: int
    id: str
    kind: str                 # city | region | country
    country: str              # ISO-3
    lat: float
    lon: float
    population: int
    name_en: str
    name_ar: str
    capital: bool = False
    hand: bool = False
    weak_keys: frozenset = frozenset()   # matching keys that are also common words
    building: bool = False    # a seat of government ("the White House"): a venue, no evidence of the story's country


@dataclass
class Cues:
    locative: set = field(default_factory=set)      # normalised words (ar+en)
    venue: dict = field(default_factory=dict)       # word -> "city" | "region" | "country" | ""
    direction: dict = field(default_factory=dict)   # word or 2-word phrase -> N/S/...
    metonym: set = field(default_factory=set)
    clause: set = field(default_factory=set)        # words and 2-word phrases
    stop: set = field(default_factory=set)
    function: set = field(default_factory=set)      # function words: names starting with one are not indexed
    bverb: set = field(default_factory=set)         # words after which ب is not locative
    home: set = field(default_factory=set)          # ISO-3 codes whose small towns are trusted by Arabic name
    default: dict = field(default_factory=dict)     # ambiguous name -> ISO-3 read when the context does not decide
    spelled: dict = field(default_factory=dict)     # written form with vowel marks (raw) -> ISO-3 it decides
    water: set = field(default_factory=set)         # sea / strait words around a name: South China Sea, بحر الصين
    opener: set = field(default_factory=set)        # words that may open a sentence before its fronted place
    mission: set = field(default_factory=set)       # nouns a country name before them modifies: the US embassy
    follow: set = field(default_factory=set)        # Arabic words after which a name is a common word: القائم بالأعمال
    trailing: set = field(default_factory=set)      # adjectives between a fronted place and its comma: الحدودية
    earlier: set = field(default_factory=set)       # clause openers of an earlier happening told as a time: after
    treaty: set = field(default_factory=set)        # English nouns a place names a treaty with: the Vienna Convention
    street: set = field(default_factory=set)        # Arabic nouns before a name that make it a street's: ساحة النجمة
    attached: set = field(default_factory=set)      # English words before "in <place>" that take the place: war in
    stop_time: set = field(default_factory=set)     # Arabic day words after a stop name that make it a time noun
    facility: set = field(default_factory=set)      # English nouns after a town name that make it a building's


@dataclass
class Gazetteer:
    entries: list[Entry]
    index: dict[str, list[int]]          # key -> entry indexes (best default first)
    first_words: dict[str, int]          # first word of a key -> max words in such keys
    countries: dict[str, Entry]
    directions: dict[tuple[str, str], tuple[float, float]]
    demonyms: dict[str, str]             # normalised demonym form -> ISO-3
    cues: Cues

    def candidates(self, key: str) -> list[Entry]:
        return [self.entries[i] for i in self.index.get(key, ())]


def key_of(s: str) -> str:
    """Matching key of a name: normalised, lower-cased, whitespace collapsed."""
    k = normalize(s)
    if " " in k or "\t" in k or "\n" in k:
        k = " ".join(k.split())
    return k


def _default_rank(e: Entry) -> tuple:
    # countries before places of the same name (عمان -> Oman, تونس -> Tunisia); then capitals,
    # hand-written entries and population.
    return (-KIND_RANK.get(e.kind, 0) if e.kind == "country" else 0, not e.capital,
            -(e.population + (1 if e.hand else 0)))


def _read_rows(path: Path) -> Iterable[dict]:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            row = line.rstrip("\n").split("\t")
            if header is None:
                header = row
                continue
            row += [""] * (len(header) - len(row))
            yield dict(zip(header, row))


_SET_CUES = ("locative", "metonym", "clause", "stop", "function", "bverb", "water", "opener", "mission", "follow",
             "trailing", "treaty", "street", "earlier", "attached", "stop_time",
             "facility")


def _load_cues(path: Path) -> Cues:
    c = Cues()
    for r in read_tsv_dicts(path):
        t, w, v = r["type"], key_of(r["word"]), r["value"].strip()
        if not w:
            continue
        if t == "spelled" and v:
            c.spelled[r["word"].strip()] = v.upper()
        elif t in _SET_CUES:
            getattr(c, t).add(w)   # (the word lists: one set field per cue type)
        elif t == "venue":
            c.venue[w] = v
        elif t == "direction":
            c.direction[w] = v
        elif t == "home":
            c.home.add(r["word"].strip().upper())
        elif t == "default" and v:
            c.default[w] = v.upper()
    return c


def build(files: Iterable[Path], cues_path: Path, directions_path: Path, demonyms_path: Path) -> Gazetteer:
    entries: list[Entry] = []
    index: dict[str, list[int]] = {}
    cues = _load_cues(cues_path)
    reserved = set(cues.direction) | set(cues.venue) | cues.locative | cues.clause
    for path in files:
        for r in _read_rows(Path(path)):
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
            except ValueError:
                continue
            flags = r.get("flags", "")
            e = Entry(len(entries), r["id"], r["kind"] or "city", r["country"], lat, lon,
                      int(r.get("population") or 0), r["name_en"], r["name_ar"],
                      capital="c" in flags, hand="h" in flags, building="b" in flags,
                      weak_keys=frozenset(k for k in r.get("weak_names", "").split("|") if k))
            entries.append(e)
            names = [n for n in r.get("names_ar", "").split("|") if n]
            names += [n for n in r.get("names_en", "").split("|") if n]
            for n in (r["name_en"], r["name_ar"]):
                if n:
                    names.append(n)
            seen = set()
            for n in names:
                k = key_of(n)
                if not k or k in seen or k in reserved:
                    continue
                if " " in k and k.split(" ", 1)[0] in cues.function and e.kind != "country":
                    # ("the hague": keyed by its name without the article -- "THE HAGUE, June 3 -", "in The Hague" --
                    # for a large city only: "The Valley" is a word; session 46)
                    rest = k.split(" ", 1)[1]
                    if k.startswith("the ") and e.population >= _BARE_ARTICLE_POP and len(rest) >= 4 and rest not in seen \
                            and rest not in reserved:
                        for key in (k, rest):
                            seen.add(key)
                            index.setdefault(key, []).append(e.idx)
                    continue
                if len(k) < 3 and not e.hand and e.kind != "country":
                    continue    # two-letter names (شط) are words, not towns
                seen.add(k)
                index.setdefault(k, []).append(e.idx)
    for k, lst in index.items():
        lst.sort(key=lambda i: _default_rank(entries[i]))
        dc = cues.default.get(k)
        if dc:
            # a name with a declared default reading (cues.tsv default: عمان -> Amman, الكونغو -> DRC)
            lst.sort(key=lambda i: entries[i].country != dc)
    first_words: dict[str, int] = {}
    for k in index:
        ws = k.split(" ")
        if first_words.get(ws[0], 0) < len(ws):
            first_words[ws[0]] = len(ws)
    countries = {e.country: e for e in entries if e.kind == "country"}
    directions = {}
    for r in read_tsv_dicts(directions_path):
        directions[(r["iso3"], r["dir"])] = (float(r["lat"]), float(r["lon"]))
    demonyms: dict[str, str] = {}
    for r in read_tsv_dicts(demonyms_path):
        for stem in r["stems_ar"].split("|"):
            s = key_of(stem)
            if s:
                for form in ("ال" + s, "ال" + s + "ه"):
                    demonyms[form] = r["iso3"]
        for en in r["en"].split("|"):
            if en:
                demonyms[key_of(en)] = r["iso3"]
    return Gazetteer(entries, index, first_words, countries, directions, demonyms, cues)


DEFAULT_FILES = ("gazetteer.tsv.gz",)
_BARE_ARTICLE_POP = 100_000   # a city named with the article ("The Hague") also keyed without it


_DEFAULT_PATHS: Optional[tuple] = None


def get_gazetteer(extra: Optional[Iterable[str]] = None, replace: bool = False) -> Gazetteer:
    """The process-wide gazetteer (shipped files, plus user files in the same TSV format).

    ``extra``: paths to more gazetteer TSV files (columns as in gazetteer.tsv.gz; ``names_ar``,
    ``names_en``, ``flags``, ``weak_names`` optional).  ``replace``: use only ``extra``.
    """
    global _DEFAULT_PATHS
    extra = tuple(str(p) for p in (extra or ())) if extra else ()
    if _DEFAULT_PATHS is None:   # (Path arithmetic costs microseconds; callers ask per event)
        _DEFAULT_PATHS = tuple(str(data_path("geo", f)) for f in DEFAULT_FILES)
    files = extra if (replace and extra) else _DEFAULT_PATHS + extra
    return cached(("geo.gazetteer", files), lambda: build(
        [Path(f) for f in files], data_path("geo", "cues.tsv"), data_path("geo", "directions.tsv"),
        data_path("geo", "demonyms.tsv")))
