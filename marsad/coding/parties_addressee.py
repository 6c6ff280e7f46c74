"""An appeal addressed to "all parties" has no target inside its content (session 39).

"دعت فرنسا جميع الأطراف إلى ضبط النفس والسماح للقضاء بالعمل", "urged all sides to let the courts work": the addressees
are the parties named right after the trigger (``home_country.tsv`` kind ``all_parties``); an actor read as the
target after them stands inside the appeal's content (what the parties are asked to do), not among the addressees.
An appeal or demand (roots 02, 10) whose target begins after such words is cleared; the story's home country may then
fill it as the addressed sides (``home_country._all_parties``).  Rule marker ``:parties-addressed``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import clear_side, kind_sets

# the words between the trigger and "all parties" (the subject and a little more)
_REACH = 60


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("02", "10"))


def apply(doc, events) -> None:
    forms = None
    for ev in events:
        if ev.root not in ACTS_ON or not ev.target_span or ev.target_span[0] <= ev.trigger_end:
            continue
        if forms is None:
            forms = kind_sets("home_country.tsv", ("all_parties",))["all_parties"]
        between = doc.text[ev.trigger_end:ev.target_span[0]]
        if len(between) > _REACH + 40:
            continue
        low = normalize(between).lower()
        if any(f in low for f in forms):
            clear_side(ev, "target")
            ev.rule += ":parties-addressed"
