"""Cross-script name matching (Arabic <-> Latin) for names that are not in the lexicon.

Both scripts are reduced to a consonant *skeleton* over shared sound classes (data:
marsad/data/actors/translit_classes.tsv, checked against the Arabic-Latin name pairs of
../shared/data/translit by ``scripts/build_actors.py --translit-check``): vowels are dropped, as
Arabic script mostly does, and letters that transliterate into each other share a class
(ق/ك/c/k/q, س/ص/ث/s, ...).  Two names match when their skeletons are equal, or differ by one
edit for skeletons of at least 5 classes.  Fast: a few dict look-ups per character.
"""
from __future__ import annotations

import functools

from typing import Optional

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts


def _load() -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    ar: dict[str, str] = {}
    lat: list[tuple[str, str]] = []
    for r in read_tsv_dicts(data_path("actors", "translit_classes.tsv")):
        cls = r["class"]
        for c in r["arabic"].split():
            ar[c] = cls
        for s in r["latin"].split():
            lat.append((s, cls))
    lat.sort(key=lambda x: -len(x[0]))  # digraphs first (kh, sh, th, ...)
    # indexed by first letter (the order within each letter is kept: longest first)
    by_first: dict[str, list[tuple[str, str]]] = {}
    for pat, cls in lat:
        by_first.setdefault(pat[0], []).append((pat, cls))
    return ar, by_first


def _tables():
    return cached(("actors", "translit"), _load)


@functools.lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """Sound-class skeleton of a name in either script (vowels and spaces dropped).  Memoised."""
    return _skeleton(name)


def _skeleton(name: str) -> str:
    ar, lat = _tables()
    s = normalize(name)
    out: list[str] = []
    if any("\u0600" <= c <= "\u06ff" for c in s):
        for raw, w in zip(name.split(), s.split()):
            if raw.startswith("ال") and len(w) > 4:
                w = w[2:]
            w = w.replace("تش", "ش")
            for c in w:
                k = ar.get(c)
                if k and (not out or out[-1] != k):
                    out.append(k)
        return "".join(out)
    s = s.lower()
    for w in s.split():
        if w.startswith("al-"):
            w = w[3:]
        i = 0
        n = len(w)
        while i < n:
            for pat, cls in lat.get(w[i], ()):
                if w.startswith(pat, i):
                    if cls and (not out or out[-1] != cls):
                        out.append(cls)
                    i += len(pat)
                    break
            else:
                i += 1
    return "".join(out)


def _edit1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


def same_name(a: str, b: str, sa: Optional[str] = None, sb: Optional[str] = None) -> bool:
    """True when two names (any scripts) plausibly transliterate each other."""
    sa = skeleton(a) if sa is None else sa
    sb = skeleton(b) if sb is None else sb
    if len(sa) < 3 or len(sb) < 3:
        return False
    if sa == sb:
        return True
    return min(len(sa), len(sb)) >= 5 and _edit1(sa, sb)
