"""The verb of a relative clause on an Arabic act noun tells the same act (session 39).

"ثمرة مفاوضات غير مباشرة رعتها الرياض في جدة"، "الهجوم الذي نفذه مسلحون": the verb right after the noun (across الذي /
التي) whose object pronoun is the noun (a light or sponsoring verb: cues ``light`` and ``retell_light``: شنتها، نفذه،
رعتها، استضافها …) is no act of its own but the noun's telling; its words join the noun event's ``also_spans``, the
evidence of the same happening (the agent rule already reads the light verb's subject; a sponsor is left as it is).
So does an issuing verb before the noun (cue ``issue_light``: "وأصدر البيطار يوم الثلاثاء مذكرة توقيف").
"""
from __future__ import annotations

from .structure import start_index

_REACH = 4   # words from the noun to the verb (adjectives, the relative pronoun)
_BEFORE = 6  # words from an issuing verb (cue issue_light) to the noun: its subject and time between


def apply(words, evs: list) -> None:
    if not evs:
        return
    starts = None
    for ev in evs:
        if ":noun:" not in ev.rule:
            continue
        if starts is None:
            starts = start_index(words)
        i = starts.get(ev.trigger_start)
        if i is None:
            continue
        for k in range(i + 1, min(len(words), i + 1 + _REACH)):
            w = words[k]
            if w.punct:
                break
            if "light" in w.cue or "retell_light" in w.cue:
                ev.also_spans = sorted(set(ev.also_spans) | {(w.start, w.end)})
                break
        for k in range(i - 1, max(-1, i - 1 - _BEFORE), -1):
            w = words[k]
            if w.punct:
                break
            if "issue_light" in w.cue:   # "وأصدر البيطار يوم الثلاثاء مذكرة توقيف": the issuing verb tells it
                ev.also_spans = sorted(set(ev.also_spans) | {(w.start, w.end)})
                break
