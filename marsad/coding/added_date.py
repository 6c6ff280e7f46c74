""""…, Poland will close the remaining crossings," he added (session 19, B6TH).

A quote whose speech cue continues the speaker's words of the sentence before ("he added", وأضاف; ``added_date.tsv``
kind ``add``) was spoken when those words were: an event told in it with no date of its own (dated by the publication
day or not at all) takes the date of the latest event of the two sentences before that the same speaker said or
reported (a statement of his, or an event of his quote) and that has a date of its own.  "Jablonski said after the
meeting on Wednesday … . 'If there is another incident, Poland will close the crossings,' he added": Wednesday, not
the publication day.  Marker ``:added-date``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets

_WEAK = frozenset(("publication", "unresolved"))
_BACK = 2


def apply(doc, events: list) -> None:
    todo = [e for e in events if e.quote_id and e.date_basis in _WEAK]
    if not todo or not doc.quotes:
        return
    cues = kind_sets("added_date.tsv", ("add",))["add"]
    added = {q.id: q.speaker_actor_id for q in doc.quotes if q.cue and q.speaker_actor_id
             and normalize(q.cue.split()[0].lower()) in cues}
    for ev in todo:
        who = added.get(ev.quote_id)
        if who is None:
            continue
        prev = next((p for p in reversed(events) if ev.sentence - _BACK <= p.sentence < ev.sentence
                     and p.date_basis not in _WEAK and p.date
                     and (p.reported_by_actor_id == who or (p.root == "01" and p.source_actor_id == who))), None)
        if prev is None:
            continue
        ev.date, ev.date_end, ev.date_granularity = prev.date, prev.date_end, prev.date_granularity
        ev.date_basis, ev.date_timeref_id = prev.date_basis, prev.date_timeref_id
        ev.rule += ":added-date"
