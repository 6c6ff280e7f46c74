"""Evaluation of actor resolution against the Arabic event gold spans.

Also reads the English PLOVER gold records (``PLOVER_GSR_CAMEO.txt``: actorText + code/sector).
For every gold span of ``*_spans.json`` (openeventdata/arabic_event_gsr), the source and target
actor token lists are joined and resolved with :func:`marsad.actors.resolve.resolve_text`; the
resolved top-level code (country, or IGO/NGO/IMG...) is compared with ``*_role.main`` ("None" = no
country) and the sector with ``*_role.role``.  Empty spans and spans without a gold code are skipped.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Optional

from ..actors.resolve import resolve_text


def _gold(v: Optional[str]) -> Optional[str]:
    if v is None:
        return None
    v = str(v).strip()
    return None if v in ("", "None", "none", "null") else v


def eval_plover(data: list, path, errors: int = 0) -> dict:
    """English PLOVER gold records (``source``/``target`` lists of {actorText, code, sector}):
    the resolved top-level code against ``code`` (CAMEO's legacy JAP/ITL etc. count as misses)."""
    n = ok = role_n = role_ok = 0
    errs = []
    for rec in data:
        for side in ("source", "target"):
            for a in rec.get(side) or []:
                if not isinstance(a, dict) or not a.get("actorText") or not a.get("code"):
                    continue
                r = resolve_text(a["actorText"], date=rec.get("date"))
                main = r.main if r else None
                n += 1
                ok += main == a["code"]
                if a.get("sector") and len(a["sector"]) == 3 and a["sector"].isupper():
                    role_n += 1
                    role_ok += (r.role if r else None) == a["sector"]
                if main != a["code"] and len(errs) < errors:
                    errs.append({"text": a["actorText"], "gold": [a["code"], a.get("sector")],
                                 "got": [main, r.role if r else None]})
    out = {"file": str(path), "n": n, "country_accuracy": round(ok / n, 4) if n else None,
           "role_n": role_n, "role_accuracy": round(role_ok / role_n, 4) if role_n else None,
           "both_accuracy": None, "format": "plover-en"}
    if errors:
        out["errors"] = errs
    return out


def eval_file(path: "str | Path", date: Optional[str] = None, errors: int = 0) -> dict:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data and isinstance(data, list) and any(isinstance(r, dict) and isinstance(r.get("source"), list)
                                               for r in data[:5]):
        return eval_plover(data, path, errors)
    n = country_ok = role_ok = both_ok = 0
    errs = []
    for rec in data:
        for sp in rec.get("spans", []):
            for side in ("source", "target"):
                toks = sp.get(f"{side}_actor") or []
                gold = sp.get(f"{side}_role") or {}
                if not toks or "main" not in gold:
                    continue
                text = " ".join(toks)
                r = resolve_text(text, date=date)
                main = r.main if r else None
                role = r.role if r else None
                gm, gr = _gold(gold.get("main")), _gold(gold.get("role"))
                n += 1
                c_ok, r_ok = main == gm, role == gr
                country_ok += c_ok
                role_ok += r_ok
                both_ok += c_ok and r_ok
                if (not c_ok or not r_ok) and len(errs) < errors:
                    errs.append({"text": text, "gold": [gm, gr], "got": [main, role],
                                 "basis": r.basis if r else None})
    out = {"file": str(path), "n": n,
           "country_accuracy": round(country_ok / n, 4) if n else None,
           "role_accuracy": round(role_ok / n, 4) if n else None,
           "both_accuracy": round(both_ok / n, 4) if n else None}
    if errors:
        out["errors"] = errs
    return out


def eval_files(paths: Iterable["str | Path"], errors: int = 0) -> dict:
    files = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += sorted(p.glob("*_spans.json"))
        else:
            files.append(p)
    res = [eval_file(f, errors=errors) for f in files]
    res_ar = [r for r in res if r.get("format") != "plover-en"]
    tot = sum(r["n"] for r in res_ar)
    agg = {}
    if tot:
        for k in ("country_accuracy", "role_accuracy", "both_accuracy"):
            agg[k] = round(sum((r[k] or 0) * r["n"] for r in res_ar) / tot, 4)
    return {"files": res, "n": tot, **agg}
