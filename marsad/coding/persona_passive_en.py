""""Lula declared persona non grata by Israel", "Brazil recalls ambassador after Lula declared persona non grata": a
reduced passive headline (session 34, lead).

"declared X persona non grata" names the one declared unwelcome between the verb and "persona"; when "persona" follows
the verb at once, nobody stands there: the clause is a passive with its auxiliary dropped (headline style, or "was
declared persona non grata"), and its subject is the one declared, not the declarer.  The event (CAMEO 166) takes its
subject as the target; its source is the agent after "by" when one was read as the target, else none (the story's other
party is for the retelling to supply: the body's "Israel declared President Lula persona non grata" is the same
happening).  Rule marker ``:persona-passive``.
"""
from __future__ import annotations

import re
from copy import copy

from .structure import clear_side, copy_side

_PASSIVE = re.compile(r"^declared\s+persona$", re.I)
_BY = re.compile(r"\s*non\s+grata\s+by\b", re.I)


def apply(doc, events: list) -> None:
    for ev in events:
        if ev.lang != "en" or ev.cameo != "166" or not _PASSIVE.match(ev.trigger) or not ev.source_code:
            continue
        if ev.source_span and ev.source_span[0] >= ev.trigger_end:
            # (review34) the source already stands after the verb -- the "by" agent of a full passive ("Lula was
            # declared persona non grata by Israel" is read right by the passive stage); swapping would reverse it
            continue
        by_agent = bool(ev.target_code) and _BY.match(doc.text, ev.trigger_end) is not None
        saved = copy(ev)
        copy_side(ev, "target", saved, "source")
        if by_agent:
            copy_side(ev, "source", saved, "target")
        else:
            clear_side(ev, "source")
        ev.rule += ":persona-passive"
