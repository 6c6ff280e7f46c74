"""A visit noun whose agent is named in a relative clause (Arabic, session 19 B6TR).

"وقعت تونس والاتحاد … خلال زيارة قامت بها رئيسة وزراء إيطاليا … ورئيسة المفوضية الأوروبية … إلى العاصمة التونسية":
the visit noun (042) has no genitive agent; its agents follow "قامت بها" / "الذي قام به" / "يقوم بها" (the words of
``visit_agent_ar.tsv``).  :func:`apply` makes the first actor after the resumptive pronoun the visit's source and each
further visitor joined by و the source of a copy (an actor right after another, with nothing between, is the same
visitor named twice: a title, then the name); a visitor read as the target is no target; the country of the place
(or the country actor) after إلى is the destination, the target.  Rule marker ``:visit-agent``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from .structure import clear_side, fill_side, insert_after, kind_sets

_KINDS = ("rel", "do", "resumptive", "to")
_WORD = re.compile(r"[^\s،,.;؛:!؟?\"«»()]+|[،,.;؛:!؟?()]")
_PUNCT = frozenset("،,.;؛:!؟?()")


def _agent_phrase(text: str, pos: int, end: int, sets) -> tuple:
    """(start, end) offsets of the agent phrase after a visit noun ending at ``pos`` ("قامت بها X و Y" up to إلى /
    punctuation), or None."""
    it = _WORD.finditer(text, pos, end)
    m = next(it, None)
    if m is not None and normalize(m.group()) in sets["rel"]:
        m = next(it, None)
    if m is None or normalize(m.group()) not in sets["do"]:
        return None
    m = next(it, None)
    if m is None or normalize(m.group()) not in sets["resumptive"]:
        return None
    a0 = m.end()
    for m in it:
        if m.group() in _PUNCT or normalize(m.group()) in sets["to"]:
            return a0, m.start()
    return a0, end


def _visitors(doc, text: str, a0: int, a1: int) -> list:
    """[(actor, span)]: one per visitor in the agent phrase."""
    spans = sorted(((s, e, a) for a in doc.actors for (s, e) in a.spans if a0 <= s and e <= a1), key=lambda x: x[0])
    out = []
    prev_end = -1
    for s, e, a in spans:
        if not out:
            if text[a0:s].strip():
                break   # the phrase must open with the visitor
            out.append((a, (s, e)))
        else:
            between = text[prev_end:s].strip()
            if not between and not text[s:e].startswith("و"):
                prev_end = e
                continue   # the same visitor named again (a title, then the name)
            if between not in ("", "و") or (not between and not text[s:e].startswith("و")):
                break
            out.append((a, (s, e)))
        prev_end = e
    return out


def _destination(doc, ev, a1: int, sent_end: int, sets):
    """The country after إلى right after the agent phrase: a place's, else a country actor's."""
    text = doc.text
    m = _WORD.search(text, a1, sent_end)
    if m is None or normalize(m.group()) not in sets["to"]:
        return None
    lo, hi = m.end(), min(sent_end, m.end() + 40)
    pl = next((p for p in doc.places if lo <= p.start < hi and p.country), None)
    if pl is not None:
        return pl.country
    a = next((a for a in doc.actors for (s, e) in a.spans if lo <= s < hi and a.kind == "country" and a.country), None)
    return a.country if a is not None else None


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("042",))


def apply(doc, events: list) -> None:
    visits = [e for e in events if e.lang == "ar" and e.cameo in ACTS_ON and ":noun:" in e.rule]
    if not visits:
        return
    sets = kind_sets("visit_agent_ar.tsv", _KINDS)
    text = doc.text
    added: dict = {}
    for ev in visits:
        sent_end = ev.sentence_end
        got = _agent_phrase(text, ev.trigger_end, sent_end, sets)
        if got is None:
            continue
        a0, a1 = got
        vis = _visitors(doc, text, a0, a1)
        if not vis:
            continue
        ids = {a.id for a, _ in vis}
        dest = _destination(doc, ev, a1, sent_end, sets)
        if ev.target_actor_id in ids or dest is not None:
            clear_side(ev, "target")
            if dest is not None:
                ev.target_code = ev.target_country = dest
        a, span = vis[0]
        fill_side(ev, "source", a, span)
        ev.rule += ":visit-agent"
        for a, span in vis[1:]:
            if a.code == ev.source_code:
                continue
            new = replace(ev, id=stable_id(ev.id, "visit-agent", a.id))
            new.plover_context = list(ev.plover_context)
            fill_side(new, "source", a, span)
            added.setdefault(id(ev), []).append(new)
    insert_after(events, added)
