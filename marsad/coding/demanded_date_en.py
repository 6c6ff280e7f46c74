"""A bare weekday after a demanded act is that act's, read forward (session 26, B16EN).

"The Front called on Tunisians to protest outside the Justice Ministry on Wednesday" (a story of Tuesday): the
weekday closes the demanded clause -- the protest asked for, still to come -- so it is the coming Wednesday, not the
one past, and it is not the date of the call, which is the publication's.  The time parser reads a bare weekday back
unless a future word stands in the six words before it ("will", "plans to"); an appeal's "called on X to" is further
back.  An English event of modality ``demand`` dated by a weekday expression with no relative word (last / next /
this: the time lexicon) after its trigger, that fell before the publication date, moves a week on (basis
``inferred``); the asserted appeal verb before it in the sentence, dated by the same expression, takes the
publication date.  Marker ``:demand-date``.
"""
from __future__ import annotations

import re
from datetime import date as _date, timedelta

from ..timex.lexicon import lexicon as _time_lexicon

_WORD = re.compile(r"[a-z]+\.?")


def _bare_weekday(text: str) -> bool:
    L = _time_lexicon()
    words = _WORD.findall(text.lower())
    return any(w in L.weekday for w in words) and not any(w in L.rel for w in words)


def apply(doc, events) -> None:
    pub = (doc.published_at or "")[:10]
    if len(pub) != 10:
        return
    refs = None
    for ev in events:
        if ev.lang != "en" or ev.modality != "demand" or ev.date_timeref_id is None or ev.date_granularity != "day" \
                or not ev.date or ev.date >= pub:
            continue
        if refs is None:
            refs = {r.id: r for r in doc.timerefs}
        r = refs.get(ev.date_timeref_id)
        if r is None or r.start < ev.trigger_end or r.basis != "relative" or not _bare_weekday(r.text):
            continue
        ev.date = (_date.fromisoformat(ev.date) + timedelta(days=7)).isoformat()
        ev.date_basis = "inferred"
        ev.rule += ":demand-date"
        for c in events:
            if c is not ev and c.sentence == ev.sentence and c.trigger_end <= ev.trigger_start \
                    and c.date_timeref_id == r.id and c.modality == "asserted" and c.root in ("02", "10"):
                c.date, c.date_end, c.date_granularity = pub, None, "day"
                c.date_basis, c.date_timeref_id = "publication", None
                c.rule += ":demand-date"
