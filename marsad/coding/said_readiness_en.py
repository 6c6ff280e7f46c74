"""A readiness told in reported speech runs from its speech verb (English, session 45).

"Lin said China was ready to work with Seoul": the readiness event (root 03, its trigger the readiness word) is told
by the saying -- its evidence runs from the speech verb (the word most coders anchor it on), when the speech verb, an
optional "that", a short subject and a form of "be" stand right before it, with no comma between -- and its content is
no coded act of its own ("said Tallinn was ready to close its crossings if needed": the conditional threat).
"""
from __future__ import annotations

import re

_SAID_READY = re.compile(r"\b(?:said|says|told reporters|added)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}"
                         r"(?:was|is|were|are|remained|remains|would be|stood)\s+(?:also\s+|still\s+)?\Z")
_READY = frozenset(("ready", "willing", "prepared"))
_CONTENT_GAP = 25   # characters from the readiness word to a content act's trigger ("ready to close …")


def apply(doc, events: list) -> None:
    """Run a reported readiness event's evidence from its speech verb (see _SAID_READY)."""
    text = doc.text
    for ev in events:
        if ev.lang != "en" or ev.root != "03" or not ev.trigger or ev.trigger.split()[0].lower() not in _READY:
            continue
        if any(o is not ev and o.sentence == ev.sentence and 0 < o.trigger_start - ev.trigger_end <= _CONTENT_GAP
               for o in events):
            continue   # ("said Tallinn was ready to close its crossings … if needed": the content codes the act)
        lo = max(ev.sentence_start, ev.trigger_start - 80)
        m = _SAID_READY.search(text, lo, ev.trigger_start)
        if m is not None and "," not in text[m.start():ev.trigger_start]:
            ev.trigger_start = m.start()
            ev.trigger = text[ev.trigger_start:ev.trigger_end]

