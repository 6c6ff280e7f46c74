"""Cross-stage queries on a document's actors (the only way other stages read them)."""
from __future__ import annotations

from operator import itemgetter

from ..model import Actor, Document

_first = itemgetter(0)


def actors_in_span(doc: Document, start: int, end: int) -> list[Actor]:
    """Actors with any span overlapping [start, end), ordered by their first overlapping span."""
    hits = []
    for a in doc.actors:
        spans = a.spans
        if len(spans) == 1:   # most actors are named once: no inner loop
            s, e = spans[0]
            if s < end and e > start:
                hits.append((s, a))
            continue
        first = None
        for s, e in spans:
            if s < end and e > start:
                if first is None or s < first:
                    first = s
        if first is not None:
            hits.append((first, a))
    hits.sort(key=_first)   # stable: ties keep the document's actor order
    return [a for _, a in hits]
