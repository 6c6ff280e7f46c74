"""Cross-stage queries on a document's actors (the only way other stages read them)."""
from __future__ import annotations

from ..model import Actor, Document


def actors_in_span(doc: Document, start: int, end: int) -> list[Actor]:
    """Actors with any span overlapping [start, end), ordered by their first overlapping span."""
    hits = []
    for a in doc.actors:
        first = None
        for s, e in a.spans:
            if s < end and e > start:
                if first is None or s < first:
                    first = s
        if first is not None:
            hits.append((first, a))
    hits.sort(key=lambda x: x[0])
    return [a for _, a in hits]
