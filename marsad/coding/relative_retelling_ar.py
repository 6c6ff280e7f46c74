"""The verb of a relative clause on an Arabic act noun tells the same act (session 39).

"ثمرة مفاوضات غير مباشرة رعتها الرياض في جدة"، "الهجوم الذي نفذه مسلحون": the verb right after the noun (across الذي /
التي) whose object pronoun is the noun (a light or sponsoring verb: cues ``light`` and ``retell_light``: شنتها، نفذه،
رعتها، استضافها …) is no act of its own but the noun's telling; its words join the noun event's ``also_spans``, the
evidence of the same happening (the agent rule already reads the light verb's subject; a sponsor is left as it is).
So does an issuing verb before the noun (cue ``issue_light``: "وأصدر البيطار يوم الثلاثاء مذكرة توقيف"), and (session 40,
PREC40) a verb before it that carries out, submits, resumes or opens the act (cue ``carry_light``: "نفذت عملية عسكرية"،
"قدم استقالته"، "واستؤنفت الوساطة"), a phase verb ("وكانت الفصائل قد بدأت هجومها") or a break-out verb ("واندلعت
الاشتباكات"), and a break-out verb right after it ("احتجاجات اندلعت في ديسمبر"): the article gold anchors such a
happening on either word.  The verbs of these three kinds stop at another event's trigger (that verb tells its own act).
"""
from __future__ import annotations

from .structure import start_index

_REACH = 4   # words from the noun to the verb (adjectives, the relative pronoun)
_BEFORE = 8  # words from an issuing verb (cue issue_light) to the noun: its subject and time between
_CARRY = frozenset(("carry_light", "phase", "erupt"))   # verbs before the noun that tell its act (session 40)


def apply(words, evs: list) -> None:
    if not evs:
        return
    starts = None
    trig = {e.trigger_start for e in evs}   # (a verb that is a trigger itself tells its own act)
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
            if "light" in w.cue or "retell_light" in w.cue or ("erupt" in w.cue and w.start not in trig):
                ev.also_spans = sorted(set(ev.also_spans) | {(w.start, w.end)})
                break
        for k in range(i - 1, max(-1, i - 1 - _BEFORE), -1):
            w = words[k]
            if w.punct:
                break
            if "issue_light" in w.cue:   # "وأصدر البيطار يوم الثلاثاء مذكرة توقيف": the issuing verb tells it
                ev.also_spans = sorted(set(ev.also_spans) | {(w.start, w.end)})
                break
            if not _CARRY.isdisjoint(w.cue):
                if w.start not in trig:   # ("قدم استقالته", "بدأت هجومها": the verb tells the noun's act)
                    ev.also_spans = sorted(set(ev.also_spans) | {(w.start, w.end)})
                break
