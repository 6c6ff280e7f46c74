"""Cross-stage queries on a document's actors (the only way other stages read them).

Contract: an actor's ``spans`` are written by the actors stage and only read afterwards; later
stages may add actors (the event stage splits merged names), which the queries see at once.
"""
from __future__ import annotations

from bisect import bisect_left

from ..model import Actor, Document

# One-document index of the actors' spans.  The quote and event stages ask once per sentence; a
# scan of every actor's every span per question cost ~6 us x 35 questions per article.  The index
# is rebuilt whenever the document, its actors list or the number of actors differs from when it
# was built (held for the last document only, like the other per-document caches).
_INDEX: list = [None, None, -1, None]   # doc, actors list, its length, (starts, reach, rows)


def _index(doc: Document, actors: list[Actor]):
    if _INDEX[0] is doc and _INDEX[1] is actors and _INDEX[2] == len(actors):
        return _INDEX[3]
    rows = sorted((s, e, k) for k, a in enumerate(actors) for s, e in a.spans)
    starts = [r[0] for r in rows]
    # reach[i]: the furthest end among rows[:i + 1]; walking back from the last span that starts
    # before `end`, no earlier span can overlap [start, end) once reach <= start
    reach, far = [], None
    for r in rows:
        far = r[1] if far is None or r[1] > far else far
        reach.append(far)
    built = (starts, reach, rows)
    _INDEX[:] = [doc, actors, len(actors), built]
    return built


def actors_in_span(doc: Document, start: int, end: int) -> list[Actor]:
    """Actors with any span overlapping [start, end), ordered by their first overlapping span."""
    actors = doc.actors
    if not actors:
        return []
    starts, reach, rows = _index(doc, actors)
    first: dict[int, int] = {}
    i = bisect_left(starts, end) - 1       # rows[:i + 1] start before `end`
    while i >= 0 and reach[i] > start:
        s, e, k = rows[i]
        if e > start:
            first[k] = s                   # walking back: the last write is the earliest start
        i -= 1
    if not first:
        return []
    if len(first) == 1:
        return [actors[k] for k in first]
    # by first overlapping span, ties in document-actor order (the former stable sort's order)
    return [actors[k] for _, k in sorted([(s, k) for k, s in first.items()])]
