"""World regions whose English name holds a country's name: "North America", "Latin American" (session 23, GAPE).

"Exports to North America fell", "Latin American leaders met": the lexicon reads the inner "America" / "American" as
the United States.  ``spans(text)`` gives the character spans of the names of ``data/geo/world_regions.tsv`` (and
their "-n" adjectives) in a text, so that the actor and place stages drop a country read inside one.
"""
from __future__ import annotations

import re

from ..resources import cached, data_path, read_tsv_dicts


def _pattern():
    def load():
        names = [r["name"].strip() for r in read_tsv_dicts(data_path("geo", "world_regions.tsv")) if r.get("name", "").strip()]
        if not names:
            return None
        alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?:" + alts + r")(?:ns?)?(?![\w-])"), tuple({n.split()[-1] for n in names})
    return cached(("geo.world_regions",), load)


def spans(text: str) -> list:
    """[(start, end)] of the region names (and their adjectives) in ``text``."""
    got = _pattern()
    if got is None or not any(w in text for w in got[1]):
        return []
    return [m.span() for m in got[0].finditer(text)]


def inside(spans_: list, s: int, e: int) -> bool:
    """Is [s, e) a part of one of ``spans_`` shorter than it?"""
    return any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans_)


def region_words(before: str, word: str) -> bool:
    """Are the two words ``before word`` a region's name or adjective ("Latin American")?"""
    phrase = before + " " + word
    return spans(phrase) == [(0, len(phrase))]
