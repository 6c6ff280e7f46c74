"""A pledged act runs from its pledge verb (English, session 46).

"He pledged to restore full diplomatic relations with Peru", "offered to expand the programme": the intended act
(root 03, the content verb recoded by the intent of "pledged / vowed / promised / offered to") is the pledge itself --
its evidence runs from the pledge verb, the word most coders anchor it on, when the verb, an optional short adverb or
time phrase, and "to" stand right before the content's trigger ("offered on Monday to mediate"), with no comma between.
The pledge verb's own bare row (030) would otherwise tell the same pledge again; the content says what was pledged.
A readiness in reported speech ("said his party was ready to negotiate") takes the speech verb into its evidence
(``also_spans``, session 47; the trigger stays on the content word: moved to the speech verb it cost "the two sides
agreed" of the next sentence its parties), and the bare readiness word's own 03 event inside is dropped.
A threat told as a readiness ("was prepared to take further action if necessary", root 13) takes the readiness
word into its evidence (session 51).
"""
from __future__ import annotations

import re

from .said_readiness_en import SAID_BE

_PLEDGED_TO = re.compile(r"\b(?:pledged|pledges|pledging|vowed|vows|vowing|promised|promises|promising|offered|offers"
                         r"|offering)\s+(?:(?:also|again|on|to|later|publicly|\w+day)\s+){0,2}to\s+"
                         r"(?:(?:also|further|fully|immediately|quickly)\s+)?\Z", re.IGNORECASE)
# "He said his party was ready to negotiate", "said Kyiv remained willing to meet": a readiness told in reported speech
# whose content is itself coded (the intended 03 act) runs from the speech verb, as said_readiness_en's bare readiness
# does (session 47)
_SAID_READY_TO = re.compile(SAID_BE + r"(?:ready|willing|prepared)\s+to\s+"
                            r"(?:(?:also|further|fully|immediately)\s+)?\Z", re.IGNORECASE)
# "Washington was prepared to take further action if necessary": a threat told as a readiness is anchored by coders on
# the readiness word, which joins the threat's evidence (session 51 ENMISS51B)
_READY_TO = re.compile(r"\b(?:ready|willing|prepared)\s+to\s+(?:(?:also|further|fully|immediately)\s+)?\Z",
                       re.IGNORECASE)
_LOOK_BACK = 60   # characters before the content's trigger searched for the pledge verb
_SAID_LOOK_BACK = 100   # … and for the speech verb of a readiness


def apply(doc, events: list) -> list:
    """Run a pledged act's evidence from its pledge verb (see _PLEDGED_TO); the pledge verb's own bare event (root
    03 on the verb alone), or the bare readiness word inside a said-ready span, is then the same pledge told twice
    and is dropped."""
    text = doc.text
    starts = set()
    spans = []
    for ev in events:
        if ev.lang == "en" and ev.root == "13" and ev.trigger:
            r = _READY_TO.search(text, max(ev.sentence_start, ev.trigger_start - 30), ev.trigger_start)
            if r is not None:
                ev.also_spans = list(ev.also_spans) + [(r.start(), r.start() + len(r.group().split()[0]))]
            continue
        if ev.lang != "en" or ev.root != "03" or ev.modality != "intent" or not ev.trigger:
            continue
        lo = max(ev.sentence_start, ev.trigger_start - _LOOK_BACK)
        m = _PLEDGED_TO.search(text, lo, ev.trigger_start)
        if m is None:
            said_lo = max(ev.sentence_start, ev.trigger_start - _SAID_LOOK_BACK)
            r = _SAID_READY_TO.search(text, said_lo, ev.trigger_start)
            if r is not None and "," not in text[r.start():ev.trigger_start]:
                # (the speech verb joins the evidence; the trigger stays the content's word, whose subject and the
                # story's parties later rules read from its place)
                ev.also_spans = list(ev.also_spans) + [(r.start(), r.start() + len(r.group().split()[0]))]
                spans.append((r.start(), ev.trigger_start))
            continue
        if m is not None and "," not in text[m.start():ev.trigger_start] and not any(
                o.trigger_start == m.start() and o.trigger_end >= ev.trigger_start for o in events):
            # (a pledge row with its own object, "offered to send observers" = 033, already tells it)
            ev.trigger_start = m.start()
            ev.trigger = text[ev.trigger_start:ev.trigger_end]
            starts.add(ev.trigger_start)
    if not starts and not spans:
        return events
    return [e for e in events if not (e.root == "03" and e.modality != "intent" and " " not in e.trigger and (
        e.trigger_start in starts or any(lo < e.trigger_start < hi for lo, hi in spans)))]
