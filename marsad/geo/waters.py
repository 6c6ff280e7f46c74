"""Seas, gulfs and straits as event places (session 40, lead).

"استولت جماعة الحوثي على سفينة الشحن في جنوب البحر الأحمر", "a tanker was seized in the Strait of Hormuz": an act at
sea happened at sea, not in the country of its actors (without this the Red Sea seizure took "Israel", its target's
country, as its place).  The gazetteer holds towns, regions and countries only; ``waters.tsv`` lists the seas, gulfs
and straits news names, and :func:`water_places` reads them when a locative introduces them (a preposition, the
proclitic ب, a word of coast or waters, or a compass word: "في جنوب البحر الأحمر", "off the coast … in the southern
Red Sea").  A bare name is a topic, not a place ("أمن البحر الأحمر", "the Black Sea grain deal").  The places have
precision ``water`` and no country.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from ..model import Document, Place
from ..resources import data_path, read_tsv_dicts

# words that introduce a place at sea (the place stage's locatives and a few sea words)
_LOC_AR = frozenset({"في", "داخل", "قرب", "قبالة", "عبر", "مياه", "سواحل", "ساحل", "شواطئ", "بمياه", "وفي", "بالقرب",
                     "منطقة", "بمنطقة", "مدخل", "وسط"})
_COMPASS_AR = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "أقصى", "اقصى"})
_LOC_EN = frozenset({"in", "off", "through", "across", "near", "into", "over", "crossing", "transiting", "entering"})
_COMPASS_EN = frozenset({"southern", "northern", "eastern", "western", "central", "lower", "upper"})
_AR_CLASS = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ة": "[ةه]", "ه": "[ةه]", "ى": "[ىي]",
             "ي": "[ىي]"}
_WORD = re.compile(r"\w+", re.UNICODE)


def _ar_pattern(name: str) -> str:
    return "".join(_AR_CLASS.get(c, re.escape(c)) for c in name)


@lru_cache(maxsize=1)
def _table():
    """(Arabic regex, English regex, rows): the names, longest first ("مضيق باب المندب" before "باب المندب").  The
    English names are matched as written (capitalised: "the Red Sea", not "red sea"), which keeps the scan cheap."""
    rows = list(read_tsv_dicts(data_path("geo", "waters.tsv")))
    ar, en = [], []
    for r in rows:
        for n in (r.get("names_ar") or "").split("|"):
            if n.strip():
                ar.append((len(n), _ar_pattern(n.strip())))
        for n in (r.get("names_en") or "").split("|"):
            if n.strip():
                en.append((len(n), re.escape(n.strip())))
    ar.sort(key=lambda x: -x[0])
    en.sort(key=lambda x: -x[0])
    pat_ar = re.compile(r"(?<!\w)[وف]?[بل]?(?:" + "|".join(a for _, a in ar) + r")(?!\w)")
    pat_en = re.compile(r"(?<!\w)(?:" + "|".join(a for _, a in en) + r")(?!\w)")
    return pat_ar, pat_en, rows


# words one of which every name holds: the scan runs only on a text that has one (C-level substring tests)
_HINTS_AR = ("بحر", "خليج", "مضيق", "المندب", "المحيط", "المانش", "القنال")
_HINTS_EN = ("Sea", "Gulf", "Strait", "Mandeb", "Mandab", "Ocean", "Channel", "Bospor", "Bosphor", "Mediterranean",
             "Aegean", "Baltic")


def _split(found: str, rows) -> "tuple[Optional[dict], str]":
    """(the row the matched text names, its Arabic proclitics: "" / و / ب / وب …)."""
    f = found.casefold()
    for r in rows:
        for n in (r.get("names_en") or "").split("|"):
            if n.strip() and n.strip().casefold() == f:
                return r, ""
    for k in range(0, 3):
        lead, rest = found[:k], found[k:]
        if k and not re.fullmatch(r"[وف]?[بل]?", lead):
            break
        for r in rows:
            if any(n.strip() and re.fullmatch(_ar_pattern(n.strip()), rest) for n in (r.get("names_ar") or "").split("|")):
                return r, lead
    return None, ""


def _introduced(text: str, start: int, lead: str) -> bool:
    """A locative (or the proclitic ب) before the name, with at most a compass word (and "the") between."""
    if "ب" in lead:
        return True   # "بالبحر الأحمر"
    before = _WORD.findall(text[max(0, start - 60):start])[-3:]
    before = [w.casefold() for w in before]
    if before and before[-1] == "the":
        before = before[:-1]
    if before and (before[-1] in _COMPASS_AR or before[-1] in _COMPASS_EN):
        if before[-1] in _COMPASS_AR:
            return True   # "جنوبي البحر الأحمر": a compass word is a locative of its own in Arabic
        before = before[:-1]
        if before and before[-1] == "the":
            before = before[:-1]
    return bool(before) and (before[-1] in _LOC_AR or before[-1] in _LOC_EN)


# (session 53) an English water name before a settlement noun is an attributive ("the Black Sea city of Batumi", "the
# Red Sea port of Suakin", "a Baltic Sea resort"): no event there took place at sea
_ATTRIBUTIVE_EN = re.compile(r"\s+(?:port\s+|coastal\s+|resort\s+)?(?:city|cities|port|ports|town|towns|resort|village|"
                             r"island)\b")


def water_places(doc: Document, skip_sentences=frozenset()) -> list[Place]:
    """The water places of ``doc`` (sentences in ``skip_sentences``, page furniture, left out)."""
    text = doc.text
    pat_ar, pat_en, rows = _table()
    pats = [p for p, hints in ((pat_ar, _HINTS_AR), (pat_en, _HINTS_EN)) if any(h in text for h in hints)]
    if not pats:
        return []
    starts = [s.start for s in doc.sentences]
    out: list[Place] = []
    prefix = f"{doc.id}\x1fplace\x1f"
    for m in (m for p in pats for m in p.finditer(text)):
        found = m.group(0)
        si = bisect_right(starts, m.start()) - 1
        if si < 0 or si in skip_sentences:
            continue
        row, lead = _split(found, rows)
        if row is None or not _introduced(text, m.start(), lead):
            continue
        if _ATTRIBUTIVE_EN.match(text, m.end()):
            continue   # "in the Black Sea city of Batumi": the water names the town's kind; the town is the place
        s, e = m.start() + len(lead), m.end()   # (the proclitics stay outside the place's span)
        pid = hashlib.sha1(f"{prefix}{s}\x1f{e}".encode("utf-8")).hexdigest()[:16]
        out.append(Place(pid, s, e, text[s:e], row["name_en"], (row.get("names_ar") or "").split("|")[0] or None,
                         row["id"], None, float(row["lat"]), float(row["lon"]), "water", si, False, "locative"))
    return out
