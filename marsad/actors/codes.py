"""CAMEO actor-code helpers: split a code into 3-letter parts, find its country and sector.

A CAMEO actor code is a sequence of 3-letter parts: a country (mostly ISO-3) or a non-state
top level (IGO, NGO, IMG, MNC, INT, ...), then sector/agent parts (GOV, MIL, SPY, ...) and
further specialisations (IGOWSTNAT = NATO).  Code lists are data (marsad/data/actors/codes.tsv).
"""
from __future__ import annotations

from typing import Optional

from ..resources import cached, data_path, read_tsv_dicts


def _load() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"agent": set(), "primary": set(), "nonstate": set()}
    for r in read_tsv_dicts(data_path("actors", "codes.tsv")):
        out.setdefault(r["type"], set()).add(r["code"])
        if r["type"] == "agent" and r.get("primary") == "1":
            out["primary"].add(r["code"])
        if r.get("side"):
            out.setdefault("side:" + r["side"], set()).add(r["code"])
    return out


def _sets() -> dict[str, set[str]]:
    return cached(("actors", "codes"), _load)


class _Filled(set):
    """A _Lazy set once filled: plain set operations (``in`` in C, no Python method per test)."""

    def _fill(self):
        pass


class _Lazy(set):
    def __init__(self, key: str):
        super().__init__()
        self._key = key
        self._done = False

    def _fill(self):
        if not self._done:
            self.update(_sets()[self._key])
            self._done = True
            self.__class__ = _Filled

    def __contains__(self, x):  # type: ignore[override]
        self._fill()
        return set.__contains__(self, x)

    def __iter__(self):
        self._fill()
        return set.__iter__(self)

    def __len__(self):
        self._fill()
        return set.__len__(self)


AGENT_CODES = _Lazy("agent")       # every sector code (GOV, MIL, SPY, MOS, ...)
PRIMARY_ROLES = _Lazy("primary")   # sectors reported as an actor's role
NONSTATE_TOPS = _Lazy("nonstate")  # top-level codes that are not countries (IGO, NGO, IMG, ...)
STATE_SIDE = _Lazy("side:state")   # sectors of state office (GOV, MIL, COP, SPY, JUD, LEG)
OUT_SIDE = _Lazy("side:out")       # standings outside it (OPP, ELI, REB, INS)


def sides_conflict(a: Optional[str], b: Optional[str]) -> bool:
    """Are two sectors on opposite sides (one an office of the state, the other outside it)?"""
    if not a or not b or a == b:
        return False
    return (a in STATE_SIDE and b in OUT_SIDE) or (a in OUT_SIDE and b in STATE_SIDE)


def split_code(code: str) -> Optional[list[str]]:
    """``"RUSGOVLEG"`` -> ``["RUS", "GOV", "LEG"]``; None when malformed."""
    code = (code or "").strip().lstrip("~").upper()
    if not code or len(code) % 3 or not code.isalpha():
        return None
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def code_country(code: Optional[str]) -> Optional[str]:
    """The country (ISO-3 / CAMEO country) part of a code, or None for IGO/NGO/sector-only codes."""
    parts = split_code(code or "")
    if not parts:
        return None
    top = parts[0]
    sets = _sets()
    if top in sets["nonstate"] or top in sets["agent"]:
        return None
    return top


def code_main(code: Optional[str]) -> Optional[str]:
    """The top-level part as CAMEO data reports it (country, or IGO / NGO / IMG / INT ...)."""
    parts = split_code(code or "")
    if not parts or parts[0] in _sets()["agent"]:
        return None
    return parts[0]


def code_role(code: Optional[str]) -> Optional[str]:
    """The first primary sector in the code (``RUSSPY`` -> SPY, ``IGOWSTNAT`` -> None)."""
    parts = split_code(code or "")
    if not parts:
        return None
    sets = _sets()
    for p in parts if parts[0] in sets["agent"] else parts[1:]:
        if p in sets["primary"]:
            return p
    return None


def make_code(main: Optional[str], role: Optional[str]) -> Optional[str]:
    if main and role:
        return main + role
    return main or role


# sectors of non-state armed or political actors: the forces of such a leader share his sector
NONSTATE_ROLES = frozenset({"REB", "INS", "UAF", "SEP", "OPP", "RAD"})
