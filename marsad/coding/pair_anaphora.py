"""English "the two sides / governments / leaders" as the subject of a later act: the pair of the event before.

"Erdogan met Iraqi Prime Minister al-Sudani in Ankara, and the two governments signed an agreement": the
signing is by both, toward each other.  The actor stage reads "governments" as a country-less GOV (or the
domestic fill gives it the sentence's first country); here its event takes the two actors of the nearest
earlier event with a source and a target of different countries (same or previous sentence), one event each
way.  The words that open such a pair ("the two", "both") are the ``pair_opener`` cues of ``cues_en.tsv``.
"""
from __future__ import annotations

import re

from .structure import copy_side, reversed_copy


_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+(?:also\s+)?$")


def _opens_pair(text: str, start: int, openers) -> bool:
    before = text[max(0, start - 9):start].lower().split()
    return len(before) >= 1 and (" ".join(before[-2:]) in openers or before[-1] in openers)


def _apart(text: str, end: int, apart) -> bool:
    """The trigger's object right after it (``end``) opens with a word of ``apart`` ("back opposing sides")."""
    after = text[end:end + 30].lower().split()
    return bool(after) and (after[0] in apart or (len(after) > 1 and after[0] in ("the", "a") and after[1] in apart))


def pair_subjects(doc, events: list, openers, apart=()) -> None:
    """Give each English event whose source phrase is "the two …" / "both …" the pair of the event before it
    (both directions).  Events are changed and added in place.  An act of the pair on "opposing / rival sides"
    (``apart``: the ``pair_apart`` cues) is no act toward each other, and names no other party: it is dropped
    ("where the two countries back opposing sides": no 050 between them; session 9 EN2)."""
    if not openers:
        return
    text = doc.text
    added = []
    gone = []
    for ev in events:
        if ev.lang != "en" or ev.target_actor_id or ":pair" in ev.rule:
            continue
        if ev.source_span:
            at = ev.source_span[0]
        else:   # "The two sides discussed the dam": no actor for "sides"; the noun right before the trigger
            m = _NOUN_BEFORE.search(text, max(0, ev.trigger_start - 30), ev.trigger_start)
            at = m.start(1) if m else -1
        if at < 0 or not _opens_pair(text, at, openers):
            continue
        if apart and _apart(text, ev.trigger_end, apart):
            gone.append(ev)
            continue
        ante = None
        for p in events:
            if p is ev or p.trigger_start >= ev.trigger_start or not (ev.sentence - 1 <= p.sentence <= ev.sentence) \
                    or ":compound" in p.rule:
                continue   # (a fan-out to several targets names no single pair)
            if p.source_actor_id and p.target_actor_id and p.source_country and p.target_country \
                    and p.source_country != p.target_country and p.source_span and p.source_span[1] <= at:
                if ante is None or p.trigger_start > ante.trigger_start:
                    ante = p
        if ante is None:
            continue
        copy_side(ev, "source", ante)
        copy_side(ev, "target", ante)
        ev.rule += ":pair"
        back = reversed_copy(ev, "pair")
        added.append(back)
    if gone:
        events[:] = [e for e in events if all(e is not g for g in gone)]
    events.extend(added)
