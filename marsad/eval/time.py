"""Evaluate temporal normalisation against a gold file.

Gold lines: ``anchor<TAB>text<TAB>expected`` (UTF-8; ``#`` comments and an optional
``anchor text expected`` header are skipped).  ``anchor`` is an ISO date (or
datetime) or empty/``NONE``; ``expected`` is an ISO value ("2022-11-14", "2022-11",
"2022"), a range "start/end", or ``UNRESOLVED`` / empty when no value should be given.

The system value for a line is the first temporal expression found in the text
(when two expressions are joined — "... هـ الموافق 2 ديسمبر 2022" — the more specific
of the adjacent pair).  A line is correct when that value (or "value/end_value" for
ranges) equals the expected one; ``UNRESOLVED``/empty are correct when the system
gives no value.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from ..timex.parse import find, to_date

_GRAN_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "vague": 4}
NONE_VALUES = {"", "UNRESOLVED", "NONE", "NULL", "-"}


def read_gold(path: "str | Path") -> list[tuple[Optional[str], str, str]]:
    rows = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            anchor, text = parts[0].strip(), parts[1]
            expected = parts[2].strip() if len(parts) > 2 else ""
            if anchor.lower() == "anchor" and text.strip().lower() == "text":
                continue
            rows.append((None if anchor.upper() in NONE_VALUES else anchor, text, expected))
    return rows


def ref_value(value: Optional[str], end_value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    return f"{value}/{end_value}" if end_value else value


def system_value(text: str, anchor: Optional[str], lang: Optional[str] = None) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(value, family, matched text) of the first temporal expression in ``text``."""
    hits = find(text, to_date(anchor), lang)
    if not hits:
        return None, None, None
    s, e, name, family, res = hits[0]
    # an adjacent second expression joined by "/", "،" or "الموافق" names the same time
    if len(hits) > 1:
        s2, e2, name2, family2, res2 = hits[1]
        gap = text[e:s2].strip(" \t,،()-/")
        if len(gap) <= 8 and _GRAN_RANK.get(res2[2], 9) < _GRAN_RANK.get(res[2], 9) and res2[0]:
            s, e, name, family, res = hits[1]
    return ref_value(res[0], res[1]), family, text[s:e]


def _norm_expected(x: str) -> Optional[str]:
    return None if x.strip().upper() in NONE_VALUES else x.strip()


def evaluate(rows: Iterable[tuple[Optional[str], str, str]]) -> dict:
    n = correct = 0
    fam_n: Counter = Counter()
    fam_ok: Counter = Counter()
    errors = []
    for anchor, text, expected in rows:
        want = _norm_expected(expected)
        got, family, span = system_value(text, anchor)
        ok = got == want
        fam = family or "none"
        n += 1
        fam_n[fam] += 1
        if ok:
            correct += 1
            fam_ok[fam] += 1
        else:
            errors.append({"anchor": anchor, "text": text, "expected": want, "got": got, "span": span,
                           "family": fam})
    fams = {f: {"n": fam_n[f], "correct": fam_ok[f], "accuracy": round(fam_ok[f] / fam_n[f], 4)}
            for f in sorted(fam_n)}
    return {"accuracy": round(correct / n, 4) if n else 0.0, "n": n, "correct": correct,
            "families": fams, "errors": errors}
