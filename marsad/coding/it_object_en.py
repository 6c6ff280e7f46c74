""""Bolivia broke off relations with Israel on Tuesday, accusing it of crimes in the Gaza Strip": the pronoun object
of a participle clause names the main clause's target (English, session 30 lead).

A participle trigger ("accusing", "urging", "warning") right after a comma, followed by "it" / "them", has the
subject of the clause before it; its object pronoun names back that clause's target, the nearest earlier verb event
of the sentence with the same source and a target of a country.  The participle's own target -- none, or an actor
read further on ("the Gaza Strip", a place in the accusation's content) -- gives way to it.  Rule marker
``:tgt-it``.  Nothing when the clause before has no such event.

Session 32 FIXEN2: a finite verb coordinated by "and" does the same ("the spokesman blamed Lithuania for the damage
and urged it to correct its mistake": it is Lithuania).
"""
from __future__ import annotations

from .structure import copy_side

_PRONOUNS = ("it", "them")


def apply(doc, events) -> None:
    text = doc.text
    for ev in events:
        if ev.lang != "en" or ":verb:" not in ev.rule or not ev.source_code or ":tgt-it" in ev.rule:
            continue
        trig = text[ev.trigger_start:ev.trigger_end]
        before = text[max(ev.sentence_start, ev.trigger_start - 5):ev.trigger_start]
        if not ((trig.endswith("ing") and before.endswith(", ")) or before.lower().endswith(" and ")):
            continue
        nxt = text[ev.trigger_end:ev.trigger_end + 6].split()
        if not nxt or nxt[0].lower() not in _PRONOUNS:
            continue
        main = max((e for e in events if e is not ev and e.sentence == ev.sentence and ":verb:" in e.rule
                    and e.trigger_end <= ev.trigger_start and e.source_code == ev.source_code and e.target_country
                    and e.target_country != ev.source_country), key=lambda e: e.trigger_start, default=None)
        if main is None or main.target_code == ev.target_code:
            continue
        copy_side(ev, "target", main)
        ev.rule += ":tgt-it"
