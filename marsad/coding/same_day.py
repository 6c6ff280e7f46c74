"""A same-day anaphor dates an event by the day named before it (session 16, EVT).

"Kosovo police arrested two officials on Tuesday. … Thousands of Serbs protested in North Mitrovica later in the
day": "later in the day" / "earlier in the day" / "later that day" name no day of their own; the time stage reads
them as the publication day (deictic 0), but they mean the day last named before them in the article; "في اليوم
التالي" / "the next day" (offset 1) mean the day after it, not the day after publication.  The phrases
are in ``same_day.tsv``; the day is the last resolved day-precision time expression before the phrase (the dateline's
date when nothing else is named, which is the publication day anyway).  Rule marker ``:same-day``.
"""
from __future__ import annotations

from datetime import date, timedelta

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts


def _phrases() -> dict:
    """{normalised phrase: days after the day named before it}."""
    def load() -> dict:
        return {normalize(r["form"].strip()).lower(): int((r.get("offset") or "0").strip() or 0)
                for r in read_tsv_dicts(data_path("coding", "same_day.tsv")) if r.get("form", "").strip()}
    return cached(("coding.same_day",), load)


_MISS = object()


def _offset(offs: dict, phrases: dict, text: str):
    """``phrases.get(normalize(text).lower())``, memoised in ``offs`` (one dict a document): the same time
    expressions are asked about for every event, and normalize was ~0.4 % of the pipeline here (session 17, SPD)."""
    got = offs.get(text, _MISS)
    if got is _MISS:
        got = offs[text] = phrases.get(normalize(text).lower())
    return got


def fix(doc, ev, ctx: list) -> None:
    """Re-date ``ev`` when its date comes from a same-day / next-day phrase (see the module doc).  ``ctx``: an empty
    list the caller keeps per document (the document's time expressions, indexed at the first call)."""
    if not ev.date_timeref_id:
        return
    if not ctx:
        phrases = _phrases()
        offs: dict = {}   # time expression text -> its offset (None: no phrase), kept for the document
        ctx[:] = [{t.id: t for t in doc.timerefs},
                  [t for t in sorted(doc.timerefs, key=lambda t: t.start) if t.granularity == "day" and t.value
                   and _offset(offs, phrases, t.text) is None], phrases, offs]
    refs, days, phrases, offs = ctx
    tr = refs.get(ev.date_timeref_id)
    off = _offset(offs, phrases, tr.text) if tr is not None else None
    if off is None and tr is not None and not ev.sentence_start <= tr.start < ev.sentence_end:
        # the phrase was passed over (a date after a past verb that looks forward: "في اليوم التالي") and the
        # event took an earlier sentence's date: the phrase of its own sentence, when it is the only one there
        own = [t for t in doc.timerefs if ev.sentence_start <= t.start < ev.sentence_end]
        if len(own) == 1 and _offset(offs, phrases, own[0].text) is not None:
            tr = own[0]
            off = _offset(offs, phrases, tr.text)
    if off is None:
        return
    prev = [t for t in days if t.end <= tr.start]
    if not prev:
        return
    try:
        day = (date.fromisoformat(prev[-1].value[:10]) + timedelta(days=off)).isoformat()
    except ValueError:
        return
    if day == ev.date:
        return
    ev.date, ev.date_end, ev.date_granularity, ev.date_timeref_id = day, None, "day", tr.id
    ev.rule += ":same-day"
