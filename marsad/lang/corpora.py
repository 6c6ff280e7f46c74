"""Readers for the NER training/evaluation formats (used by training and ``marsad eval ner``).

* CoNLL two-column: ``token TAG`` per line, blank line between sentences (ANERcorp, AQMAR);
* Wojood multi-column: ``token TAG1 TAG2 ...`` (nested layers, outermost first).

Tag sets are mapped to marsad's flat set PERS / ORG / LOC / GPE / MISC (see ``map_tag``).
"""
from __future__ import annotations

from typing import Sequence

import re
from pathlib import Path
from typing import Iterator

# AQMAR uses PER, MIS0..3, plus typos; ANERcorp uses PERS/LOC/ORG/MISC.
_TYPE_MAP = {
    "PER": "PERS", "PERS": "PERS", "PERSON": "PERS",
    "ORG": "ORG", "-ORG": "ORG",
    "LOC": "LOC", "GPE": "GPE", "FAC": None,
    "MISC": "MISC", "MIS": "MISC", "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC", "MIS3": "MISC",
    "MIS-1": "MISC", "MIS-2": "MISC", "MISS1": "MISC", "MIS1`": "MISC",
    "EVENT": "MISC",
}


def map_type(t: str, keep_gpe: bool = True) -> str | None:
    t = _TYPE_MAP.get(t.strip().upper().lstrip("-"), _TYPE_MAP.get(t.strip().upper()))
    if t == "GPE" and not keep_gpe:
        return "LOC"
    return t


def map_tag(tag: str, keep_gpe: bool = True) -> str:
    """One BIO tag into the flat marsad set (unknown types -> O)."""
    if not tag or tag in ("O", "OO", "IO") or len(tag) < 3 or tag[1] != "-":
        return "O"
    bi, t = tag[0], tag[2:]
    if bi not in "BI":
        return "O"
    m = map_type(t, keep_gpe)
    return f"{bi}-{m}" if m else "O"


def read_conll(path: "str | Path", keep_gpe: bool = True) -> Iterator[tuple[list[str], list[str]]]:
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if toks:
                    yield toks, _fix_bio(tags)
                toks, tags = [], []
                continue
            toks.append(parts[0])
            tags.append(map_tag(parts[1] if len(parts) > 1 else "O", keep_gpe))
    if toks:
        yield toks, _fix_bio(tags)


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities of a BIO tag sequence as (start, end, type), end exclusive.  An I- tag that does
    not continue an entity of its type starts a new one (CoNLL convention); malformed tags are O."""
    out = []
    i, n = 0, len(tags)
    while i < n:
        t = tags[i]
        if t == "O" or len(t) < 3:
            i += 1
            continue
        typ = t[2:]
        j = i + 1
        while j < n and tags[j] == "I-" + typ:
            j += 1
        out.append((i, j, typ))
        i = j
    return out


def _fix_bio(tags: list[str]) -> list[str]:
    """I- without a preceding same-type tag starts a new entity (CoNLL convention)."""
    out = list(tags)
    prev = "O"
    for i, t in enumerate(out):
        if t.startswith("I-") and prev[2:] != t[2:]:
            out[i] = "B-" + t[2:]
        prev = out[i]
    return out


def read_wojood(path: "str | Path", keep_gpe: bool = True,
                types: tuple = ("PERS", "ORG", "GPE", "LOC", "MISC")) -> Iterator[tuple[list[str], list[str]]]:
    """Flatten Wojood's nested layers: outermost mapped entity wins; NORP/OCC/DATE... are dropped."""
    rows: list[list[str]] = []

    def flush():
        toks = [r[0] for r in rows]
        layers = max((len(r) - 1 for r in rows), default=0)
        flat = ["O"] * len(toks)
        for li in range(layers):
            col = [map_tag(r[1 + li], keep_gpe) if len(r) > 1 + li else "O" for r in rows]
            for a, b, typ in bio_spans(_fix_bio(col)):
                if typ not in types or any(flat[k] != "O" for k in range(a, b)):
                    continue
                flat[a] = "B-" + typ
                for k in range(a + 1, b):
                    flat[k] = "I-" + typ
        return toks, flat

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if rows:
                    yield flush()
                rows = []
                continue
            rows.append(parts)
    if rows:
        yield flush()


def read_gold(path: "str | Path", scheme: str = "conll", keep_gpe: bool = True):
    if scheme == "wojood":
        return list(read_wojood(path, keep_gpe))
    return list(read_conll(path, keep_gpe))


fix_bio = _fix_bio
_WS = re.compile(r"\s+")
