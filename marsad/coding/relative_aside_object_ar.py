"""The object of an Arabic meeting verb after a relative clause set off by commas on its subject (session 39).

"والتقت مساعدة وزير الخارجية الأميركي فيكتوريا نولاند، التي تزور بيروت، الرئيس عون ورئيس الحكومة ميقاتي أمس": the
relative clause names an act of its own (تزور: a trigger), so ``parenthetical_ar`` keeps it and the meeting verb lost
its object.  A meeting (root 04) with a source and no target whose source span is followed by "، الذي / التي / الذين …،"
takes as target the first actor that starts right after the closing comma (within a few words).  Rule marker ``:rel-aside-object``.
"""
from __future__ import annotations

import re

from .structure import fill_side, reversed_copy

_REL = re.compile(r"[^،,.؛:]{0,50}?[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين)\s")   # (the rest of the subject's
# name may stand between: "مساعدة وزير الخارجية الأميركي للشؤون السياسية فيكتوريا نولاند، التي …")
_MAX_ASIDE = 90   # characters of the relative clause
_NEAR = 25        # characters after the closing comma in which the object's first actor starts


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("04",))


def apply(doc, events: list) -> None:
    text = doc.text
    added = []
    for ev in events:
        if ev.lang != "ar" or ev.root not in ACTS_ON or ev.target_code or not ev.source_span \
                or ev.source_span[0] < ev.trigger_start:
            continue
        m = _REL.match(text, ev.source_span[1])
        if m is None:
            continue
        close = min((text.find(c, m.end(), min(ev.sentence_end, m.end() + _MAX_ASIDE)) for c in "،,"),
                    key=lambda x: (x < 0, x))
        if close < 0:
            continue
        nxt = close + 1
        while nxt < len(text) and text[nxt] == " ":
            nxt += 1
        got = min(((a, sp) for a in doc.actors for sp in a.spans
                   if nxt <= sp[0] <= nxt + _NEAR and a.id != ev.source_actor_id and (a.code or a.country)),
                  key=lambda x: x[1][0], default=None)   # (a name the tables lack may come first: "الرئيس عون ورئيس …")
        if got is None:
            continue
        fill_side(ev, "target", got[0], got[1])
        ev.rule += ":rel-aside-object"
        if ":mutual" in ev.rule:
            added.append(reversed_copy(ev, "rel-aside-back"))   # (a meeting both ways, as with no aside)
    events.extend(added)
