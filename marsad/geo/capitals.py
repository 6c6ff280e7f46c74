"""A capital named by its country's nationality adjective alone: "العاصمة العراقية", "بالعاصمة السودانية",
"the Chinese capital" is that country's capital city (a place of city precision).  When the capital's own
name follows ("العاصمة السورية دمشق", "the Libyan capital Tripoli") the name is the place and nothing is
added.  Nationality adjectives: ``demonyms.tsv``; capitals: the gazetteer's capital cities."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from ..lang.columns import token_starts
from ..model import Document, Place, stable_id
from ..resources import cached
from .gazetteer import Entry, Gazetteer
from .match import _word_key as _key   # (memoised per raw word)

_AR_CAPITAL = "العاصمه"
_WORD = re.compile("العاصم[ةه]|capital")
_AR_PREFIXES = ("", "و", "ب", "وب", "ف", "فب", "ل", "ول")


def _capitals(gaz: Gazetteer) -> dict[str, Entry]:
    def build():
        best: dict[str, Entry] = {}
        for e in gaz.entries:
            if e.capital and e.kind == "city" and e.country:
                b = best.get(e.country)
                if b is None or e.population > b.population:
                    best[e.country] = e
        return best
    return cached(("geo.capitals", id(gaz)), build)


def capital_phrases(doc: Document, gaz: Gazetteer, tokens, places: list[Place]) -> list[Place]:
    """The capital phrases of ``tokens`` (the stage's tokens, in order) that no place covers."""
    text = doc.text
    if not gaz.demonyms or ("العاصم" not in text and "capital" not in text):
        return []   # (most documents: one C-level scan of the text, no token loop)
    tstarts = token_starts(doc) if tokens is doc.tokens else [t.start for t in tokens]   # (the shared column)
    cand = sorted({bisect_right(tstarts, m.start()) - 1 for m in _WORD.finditer(text)} - {-1})
    taken = [(p.start, p.end) for p in places]
    starts = {p.start for p in places}
    out: list[Place] = []
    n = len(tokens)
    for k in cand:
        t = tokens[k]
        w = t.text
        if not (w.endswith("العاصمة") or w.endswith("العاصمه") or w == "capital"):
            continue
        key = _key(w)
        iso = None
        if key.endswith(_AR_CAPITAL) and key[:-len(_AR_CAPITAL)] in _AR_PREFIXES:
            if k + 1 >= n or tokens[k + 1].sentence != t.sentence:
                continue
            iso = gaz.demonyms.get(_key(tokens[k + 1].text))
            pre = len(key) - len(_AR_CAPITAL)
            a, b, after = t.start + pre, tokens[k + 1].end, k + 2
            locative = "ب" in key[:pre] or (k > 0 and _key(tokens[k - 1].text).lstrip("و") in gaz.cues.locative)
        elif key == "capital" and k >= 2 and _key(tokens[k - 2].text) == "the" and tokens[k - 1].text[:1].isupper():
            iso = gaz.demonyms.get(_key(tokens[k - 1].text).lower())
            a, b, after = tokens[k - 2].start, t.end, k + 1
            locative = k >= 3 and _key(tokens[k - 3].text).lower() in gaz.cues.locative
        if iso is None:
            continue
        if after < n and tokens[after].sentence == t.sentence and tokens[after].start in starts:
            continue   # "العاصمة السورية دمشق": the name that follows is the place
        if any(s < b and a < e for s, e in taken):
            continue
        cap: Optional[Entry] = _capitals(gaz).get(iso)
        if cap is None:
            continue
        out.append(Place(stable_id(doc.id, "place", a, b), a, b, text[a:b], cap.name_en, cap.name_ar or None,
                         cap.id, iso, round(cap.lat, 5), round(cap.lon, 5), "city", t.sentence, False,
                         "locative" if locative else "venue"))
    return out
