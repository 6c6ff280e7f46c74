"""An unnamed ally as target (session 16, FIX1).

"Manila said Chinese ships had fired water cannon at a supply boat.  Washington said it stood with its ally": an
event with no target whose words right after the trigger (at most ``_REACH`` characters on) hold a possessive
"its ally" / (ل)حليفتها (``ally_target.tsv``) takes as target the one country (a country or a state body of it)
other than the source's named in its sentence (before the event's words) or, if that sentence names none, in the nearest of the two body sentences before that
names one.  Two or more candidate
countries there: no target (the ally is not resolvable).  Rule marker ``:ally``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import country_level, fill_side, kind_sets

_REACH = 30
_BACK = 2   # sentences back (a quoted line between: '"…," he said.')
_CLITICS = ("و", "ف", "ل", "ب")


def _countries(doc, lo: int, hi: int, exclude):
    """{country: (actor, span)} of the country-level actors with a span inside [lo, hi), first span each; the
    country itself before a state body of it ("President Marcos said the Philippines …": the ally is the state,
    session 47)."""
    out: dict = {}
    for a in doc.actors:
        if a.country == exclude or not country_level(a):
            continue
        for sp in a.spans:
            if lo <= sp[0] < hi:
                had = out.get(a.country)
                if had is None or (a.kind == "country" and had[0].kind != "country"):
                    out[a.country] = (a, sp)
                break
    return out


_QUICK: list = [None, None]   # [the ally forms, the regex of their last words]


def _quick(forms: frozenset):
    """A regex of the forms' last words (the cheap first test of :func:`apply`), built once per forms set, not once
    per document (session 32, SPD32)."""
    if _QUICK[0] is not forms:
        _QUICK[1] = re.compile("|".join(sorted({re.escape(f.split()[-1]) for f in forms})))
        _QUICK[0] = forms
    return _QUICK[1]


def apply(doc, events) -> None:
    forms = quick = None
    for ev in events:
        if ev.target_code or not ev.source_country:
            continue
        after = doc.text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + _REACH)]
        if forms is None:
            forms = kind_sets("ally_target.tsv", ("ally",))["ally"]
            if not forms:
                return
            quick = _quick(forms)
        if not quick.search(after.lower()):
            continue   # (one regex search first: most events have no such word after them)
        words = [w.strip(".,،؛;:\"'") for w in normalize(after.lower()).split()]
        words += [w[1:] for w in words if w[:1] in _CLITICS and len(w) > 4]   # لحليفتها
        pairs = {" ".join(words[i:i + 2]) for i in range(len(words))}
        if not (forms & (set(words) | pairs)):
            continue
        found = _countries(doc, ev.sentence_start, ev.trigger_start, ev.source_country)
        back = ev.sentence - 1
        while not found and back >= max(0, ev.sentence - _BACK) and doc.sentences[back].segment_kind == "body":
            prev = doc.sentences[back]
            found = _countries(doc, prev.start, prev.end, ev.source_country)
            back -= 1
        if len(found) != 1:
            continue
        actor, span = next(iter(found.values()))
        fill_side(ev, "target", actor, span)
        ev.rule += ":ally"
