"""A same-day anaphor dates an event by the day named before it (session 16, EVT).

"Kosovo police arrested two officials on Tuesday. … Thousands of Serbs protested in North Mitrovica later in the
day": "later in the day" / "earlier in the day" / "later that day" name no day of their own; the time stage reads
them as the publication day (deictic 0), but they mean the day last named before them in the article.  The phrases
are in ``same_day.tsv``; the day is the last resolved day-precision time expression before the phrase (the dateline's
date when nothing else is named, which is the publication day anyway).  Rule marker ``:same-day``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts


def _phrases() -> frozenset:
    def load() -> frozenset:
        return frozenset(normalize(r["form"].strip()).lower() for r in read_tsv_dicts(data_path("coding", "same_day.tsv"))
                         if r.get("form", "").strip())
    return cached(("coding.same_day",), load)


def apply(doc, events) -> None:
    refs = None
    for ev in events:
        if not ev.date_timeref_id:
            continue
        if refs is None:
            refs = {t.id: t for t in doc.timerefs}
            days = sorted((t for t in doc.timerefs if t.granularity == "day" and t.value), key=lambda t: t.start)
            phrases = _phrases()
        tr = refs.get(ev.date_timeref_id)
        if tr is None or normalize(tr.text).lower() not in phrases:
            continue
        prev = [t for t in days if t.end <= tr.start and normalize(t.text).lower() not in phrases]
        if not prev or prev[-1].value == ev.date:
            continue
        ev.date, ev.date_end, ev.date_granularity = prev[-1].value, None, "day"
        ev.rule += ":same-day"
