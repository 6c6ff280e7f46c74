"""Readers for PETRARCH / TABARI-format actor and agent dictionaries.

Used by scripts/build_actors.py and by ``marsad actors import-petrarch``: a user's own PETRARCH
dictionary becomes a marsad actor-entity TSV (the format of marsad/data/actors/people.tsv).
"""
from __future__ import annotations

import re
from typing import Iterable

_BRACKET = re.compile(r"\[([^\]]*)\]")


def _date(s: str) -> str:
    s = s.strip()
    if not s.isdigit():
        return ""
    if len(s) == 6:  # YYMMDD
        yy = int(s[:2])
        s = ("19" if yy > 30 else "20") + s
    if len(s) != 8:
        return ""
    y, m, d = s[:4], s[4:6], s[6:8]
    if y == "1800":  # UP placeholder for an unknown date
        return ""
    return f"{y}-{m}-{d}"


def parse_code(spec: str) -> "tuple[str, str, str] | None":
    """``"RUSGOV 041001-080531"`` -> ("RUSGOV", "2004-10-01", "2008-05-31")."""
    parts = spec.split()
    if not parts:
        return None
    code = parts[0].strip()
    if code.startswith("~"):
        return None
    start = end = ""
    if len(parts) > 1:
        d = parts[1]
        if d.startswith(">"):
            start = _date(d[1:])
        elif d.startswith("<"):
            end = _date(d[1:])
        elif "-" in d:
            a, _, b = d.partition("-")
            start, end = _date(a), _date(b)
        else:
            start = _date(d)
    return code, start, end


def _name(s: str) -> str:
    s = s.strip().lstrip("+").strip()
    s = re.sub(r"\{[^}]*\}", "", s)
    return " ".join(s.replace("_", " ").split())


def parse_petrarch_actors(text: str) -> list[dict]:
    """Entries ``{"names": [primary, aliases...], "codes": [(code, start, end), ...]}``."""
    entries: list[dict] = []
    cur: "dict | None" = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("<") or stripped.startswith("!"):
            continue
        if stripped.startswith("["):  # code line for the current entry
            if cur is not None:
                for b in _BRACKET.findall(stripped):
                    c = parse_code(b)
                    if c:
                        cur["codes"].append(c)
            continue
        if stripped.startswith("+"):
            if cur is not None:
                n = _name(stripped)
                if n:
                    cur["names"].append(n)
            continue
        # a new entry: NAME_ [CODE ...] or NAME_ alone
        head = _BRACKET.split(stripped)[0] if "[" in stripped else stripped
        n = _name(head)
        if not n:
            continue
        cur = {"names": [n], "codes": []}
        entries.append(cur)
        for b in _BRACKET.findall(stripped):
            c = parse_code(b)
            if c:
                cur["codes"].append(c)
    return [e for e in entries if e["codes"]]


def parse_petrarch_agents(text: str, arabic: bool) -> list[tuple[str, str]]:
    """(trigger, role) pairs.  Arabic UP agent lines are ``ENGLISH [~ROLE]arabic``; English
    Phoenix lines are ``PHRASE {PLURAL} [~ROLE]``."""
    out = []
    for raw in text.splitlines():
        if raw.lstrip().startswith("#") or "[~" not in raw:
            continue
        left, _, right = raw.partition("[~")
        role, _, after = right.partition("]")
        role = role.strip()
        if arabic:
            after = after.split("#", 1)[0].strip()
            if after and "?" not in after:
                out.append((after, role))
        else:
            if "!" in left:
                continue
            plural = re.findall(r"\{([^}]*)\}", left)
            base = _name(re.sub(r"\{[^}]*\}", "", left)).lower()
            if base:
                out.append((base, role))
                if plural and plural[0].strip():
                    out.append((_name(plural[0]).lower(), role))
                elif plural == [""] or not plural:
                    out.append((base + "s", role)) if not base.endswith("s") else None
    return out


def entities_to_rows(entries: Iterable[dict], lang: str, prefix: str = "U") -> list[list[str]]:
    """Rows in the actor-entity TSV format (no cleaning beyond name normalisation)."""
    rows = []
    for i, e in enumerate(entries):
        names = e["names"]
        for code, start, end in e["codes"]:
            if lang == "ar":
                rows.append([f"{prefix}.{i}", "", code, start, end, "", names[0], "", "|".join(names[1:])])
            else:
                rows.append([f"{prefix}.{i}", "", code, start, end, names[0].title(), "", "|".join(names[1:]), ""])
    return rows
