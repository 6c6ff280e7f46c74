"""A readiness told in reported speech runs from its speech verb (English, session 45).

"Lin said China was ready to work with Seoul": the readiness event (root 03, its trigger the readiness word) is told
by the saying -- its evidence runs from the speech verb (the word most coders anchor it on), when the speech verb, an
optional "that", a short subject and a form of "be" stand right before it, with no comma between -- and its content is
no coded act of its own ("said Tallinn was ready to close its crossings if needed": the conditional threat).

A readiness whose content is a coercive step ("stood ready to take further measures", "would be ready to resume nuclear
tests if …"; a word of the step within four words after "to", cue ``coercive_step`` of ``cues_en.tsv``) is a threat
(130), not an offer (session 46).
"""
from __future__ import annotations

import re

from .english import recode_event
from .structure import get_lexicon

# a speech verb, an optional "that", a short subject and a form of "be" (pledged_act_en's said-ready content too)
SAID_BE = (r"\b(?:said|says|told reporters|added)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}"
           r"(?:was|is|were|are|remained|remains|would be|stood)\s+(?:also\s+|still\s+)?")
_SAID_READY = re.compile(SAID_BE + r"\Z")
_READY = frozenset(("ready", "willing", "prepared"))
_CONTENT_GAP = 25   # characters from the readiness word to a content act's trigger ("ready to close …")
_TO_CONTENT = re.compile(r"\s+to\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")   # "to" and the content's first four words


def apply(doc, events: list) -> None:
    """Run a reported readiness event's evidence from its speech verb (see _SAID_READY)."""
    text = doc.text
    for ev in events:
        if ev.lang != "en" or ev.root != "03" or not ev.trigger or ev.trigger.split()[0].lower() not in _READY:
            continue
        if _coercive_content(text, ev):
            recode_event(ev, "130")
        if any(o is not ev and o.sentence == ev.sentence and 0 < o.trigger_start - ev.trigger_end <= _CONTENT_GAP
               for o in events):
            continue   # ("said Tallinn was ready to close its crossings … if needed": the content codes the act)
        lo = max(ev.sentence_start, ev.trigger_start - 80)
        m = _SAID_READY.search(text, lo, ev.trigger_start)
        if m is not None and "," not in text[m.start():ev.trigger_start]:
            ev.trigger_start = m.start()
            ev.trigger = text[ev.trigger_start:ev.trigger_end]



def _coercive_content(text: str, ev) -> bool:
    """Does "to" + a coercive step (cue ``coercive_step``: further, tests, force …) follow the readiness word?"""
    m = _TO_CONTENT.match(text, ev.trigger_end)
    if m is None:
        return False
    lex = get_lexicon("en")
    return any("coercive_step" in lex.cue(w.lower()) for w in re.findall(r"[\w'’-]+", m.group(1)))
