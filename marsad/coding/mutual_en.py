"""English: a mutual act whose two sides were only found after the stage (session 9 EN2).

The event stage writes a mutual verb ("met", "signed an agreement with") once per direction when it reads both sides
itself.  When a side is filled later by a document rule -- a person without a code takes the nationality before his
title, "his Saudi counterpart" its owner ("Iranian security chief Ali Shamkhani met his Saudi counterpart") -- only
the subject's direction is there.  Here such an event gets its other direction, as the stage would have written it.
An intended, refused or negated mutual act belongs to its subject alone (as in the stage): not completed.
"""
from __future__ import annotations

from .structure import SIDE_ACTOR_ID, SIDE_CODE, reversed_copy


# cooperative roots only: a refusal recoded from a mutual verb ("refused to meet": 125) is the subject's alone
_COOP_ROOTS = frozenset(["03", "04", "05", "06", "07", "08"])


def complete(events: list) -> None:
    """Add the reverse of each asserted English ``:verb:mutual`` event with a source and a target of different codes
    whose reverse (same trigger, sides swapped) is missing."""
    def side(e, sd: str):   # the side's actor (its code when it has none: a nationality-only side)
        return getattr(e, SIDE_ACTOR_ID[sd]) or getattr(e, SIDE_CODE[sd])

    seen = {(e.trigger_start, side(e, "source"), side(e, "target")) for e in events}
    added = []
    for ev in events:
        if ev.lang != "en" or ":verb:mutual" not in ev.rule or ":compound" in ev.rule or ":pair" in ev.rule \
                or ev.negated or ev.modality != "asserted" or not ev.source_code or not ev.target_code \
                or ev.source_code == ev.target_code or (ev.root or ev.cameo[:2]) not in _COOP_ROOTS:
            continue
        if (ev.trigger_start, side(ev, "target"), side(ev, "source")) in seen:
            continue
        back = reversed_copy(ev, "mutual")
        # the inferred-side markers follow their sides: ":src-nationality" of the subject is the back event's ":tgt-…"
        back.rule = ev.rule.replace(":src-", ":\x00-").replace(":tgt-", ":src-").replace(":\x00-", ":tgt-") + ":back"
        added.append(back)
        seen.add((ev.trigger_start, side(ev, "target"), side(ev, "source")))
    events.extend(added)


def between_second(doc, events: list, lex) -> None:
    """"four days of talks in Beijing between Iran's top security official, Ali Shamkhani, and Saudi national security
    adviser Musaed al-Aiban" (session 23 B10EN3): a title or an apposition after the first side of "between" hides the
    second side from the stage, and the place took the target.  An English mutual noun whose source follows
    "between" and whose target is the place's (``:tgt-place``) takes the first actor after the next "and" of the
    phrase (no clause word, no other punctuation than commas between), of another country than the source's."""
    from .structure import actor_args, fill_side, words_of
    for ev in events:
        if ev.lang != "en" or ":noun:mutual" not in ev.rule or ":tgt-place" not in ev.rule or not ev.source_span \
                or not (0 <= ev.sentence < len(doc.sentences)):
            continue
        sent = doc.sentences[ev.sentence]
        words = words_of(doc, sent, lex)
        args = actor_args(doc, sent, words, "en")
        k = next((k for k, a in enumerate(args) if a.start == ev.source_span[0]), None)
        if k is None or args[k].i0 == 0 or words[args[k].i0 - 1].norm != "between" \
                or words[args[k].i0 - 1].start < ev.trigger_end:
            continue
        a, seen_and = args[k], False
        for j in range(a.i1, len(words)):
            w = words[j]
            if w.norm == "and":
                seen_and = True
            elif (w.punct and w.text != ",") or "clause_word" in w.cue or w.norm == "between":
                break
            b = next((b for b in args[k + 1:] if b.i0 == j), None)
            if b is not None and seen_and:
                if b.actor.country and b.actor.country != ev.source_country:
                    fill_side(ev, "target", b.actor, (b.start, b.end))
                    ev.rule = ev.rule.replace(":tgt-place", "") + ":tgt-between"
                break
