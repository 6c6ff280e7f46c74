"""The expectation mini-language of the structure audits (tests/test_structure_ar_s20.py, tests/test_structure_en_s21.py).

See the docstring of tests/test_structure_ar_s20.py for the row format.
"""
from __future__ import annotations

from events_helpers import dump, full


def _side(code, want):
    if want == "*":
        return True
    if want == "-":
        return not code
    return bool(code) and code.startswith(want)


def _said(e, who: str) -> bool:
    if (e.reported_by_code or "").startswith(who):
        return True
    return (e.source_code or "").startswith(who) and (e.cameo.startswith("01") or bool(e.quote_id))


def _matches(e, exp: str) -> bool:
    parts = exp.split()
    if parts[0] == "say":
        return _said(e, parts[1])
    guard = parts[0].startswith("!")
    codes = tuple(parts[0].lstrip("!").split("|"))
    src, tgt = parts[1].split(">")
    neg = "neg" in parts[2:]
    mods = "asserted"
    hist = date = None
    for p in parts[2:]:
        if p.startswith("mod="):
            mods = p[4:]
        elif p in ("hist", "nohist"):
            hist = p == "hist"
        elif p.startswith("date="):
            date = p[5:]
    if guard:
        mods = "asserted"
    if not (e.cameo.startswith(codes) and _side(e.source_code, src) and _side(e.target_code, tgt)):
        return False
    if e.negated != neg:
        return False
    if mods != "*" and e.modality not in mods.split("|"):
        return False
    if hist is not None and e.historical != hist:
        return False
    return date is None or e.date == date


def check(text, exps, pub: str = "2023-05-10"):
    doc = full(text, published_at=pub)
    for exp in exps:
        hit = any(_matches(e, exp) for e in doc.events)
        assert hit != exp.startswith("!"), (exp, dump(doc))
