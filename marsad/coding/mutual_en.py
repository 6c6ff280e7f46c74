"""English: a mutual act whose two sides were only found after the stage (session 9 EN2).

The event stage writes a mutual verb ("met", "signed an agreement with") once per direction when it reads both sides
itself.  When a side is filled later by a document rule -- a person without a code takes the nationality before his
title, "his Saudi counterpart" its owner ("Iranian security chief Ali Shamkhani met his Saudi counterpart") -- only
the subject's direction is there.  Here such an event gets its other direction, as the stage would have written it.
An intended, refused or negated mutual act belongs to its subject alone (as in the stage): not completed.
"""
from __future__ import annotations

from .structure import reversed_copy


# cooperative roots only: a refusal recoded from a mutual verb ("refused to meet": 125) is the subject's alone
_COOP_ROOTS = frozenset(["03", "04", "05", "06", "07", "08"])


def complete(events: list) -> None:
    """Add the reverse of each asserted English ``:verb:mutual`` event with a source and a target of different codes
    whose reverse (same trigger, sides swapped) is missing."""
    def side(e, sd: str):   # the side's actor (its code when it has none: a nationality-only side)
        return getattr(e, f"{sd}_actor_id") or getattr(e, f"{sd}_code")

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
