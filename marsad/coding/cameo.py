"""CAMEO event ontology with Goldstein scale, QuadClass and the CAMEO->PLOVER map.

Data: ``marsad/data/coding/cameo_codes.tsv`` (built by ``scripts/build_triggers.py`` from the
GDELT CAMEO lookup tables and PLOVER's CAMEO2PLOVER-2021 table).

>>> lookup("043")[0]
'Host a visit'
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from ..resources import cached, data_path, read_tsv_dicts

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


class CameoCode(NamedTuple):
    name: str
    goldstein: float
    quad_class: int
    root: str
    plover_type: Optional[str]
    plover_mode: Optional[str]
    plover_context: list


def quad_class(root: "str | int") -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def _load() -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for r in read_tsv_dicts(data_path("coding", "cameo_codes.tsv")):
        ctx = [c for c in (r.get("plover_context") or "").split(";") if c]
        out[r["code"]] = CameoCode(r["name"], float(r["goldstein"]), int(r["quad_class"]), r["root"],
                                   r["plover_type"] or None, r["plover_mode"] or None, ctx)
    return out


def codes() -> dict[str, CameoCode]:
    """All CAMEO codes (2-, 3- and 4-digit) -> :class:`CameoCode`."""
    return cached("coding.cameo", _load)


def lookup(code: str) -> CameoCode:
    """(name, goldstein, quad_class, root, plover_type, plover_mode, plover_context) of ``code``.

    Unknown 4-digit codes fall back to their 3-digit parent, then to the root; raises KeyError
    when even the root is unknown.
    """
    v = _EXACT.get(code)
    if v is not None:   # a known code asked before (the event stage asks once per event)
        return v
    c = codes()
    key = code
    code = str(code).strip()
    for k in (code, code[:3], code[:2]):
        if k in c:
            v = c[k]
            if k != code:
                return v._replace(name=v.name)
            if key == code and len(_EXACT) < 10_000:
                _EXACT[key] = v
            return v
    raise KeyError(code)


_EXACT: dict = {}   # code string -> its own CameoCode (exact hits only; fallbacks are built per call)


def is_code(code: str) -> bool:
    return str(code) in codes()
