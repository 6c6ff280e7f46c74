"""A bare weekday after a demanded act is that act's, read forward (session 26, B16EN).

"The Front called on Tunisians to protest outside the Justice Ministry on Wednesday" (a story of Tuesday): the
weekday closes the demanded clause -- the protest asked for, still to come -- so it is the coming Wednesday, not the
one past, and it is not the date of the call, which is the publication's.  The time parser reads a bare weekday back
unless a future word stands in the six words before it ("will", "plans to"); an appeal's "called on X to" is further
back.  An English event of modality ``demand`` dated by a weekday expression with no relative word (last / next /
this: the time lexicon) after its trigger, that fell before the publication date, moves a week on (basis
``inferred``); the asserted appeal verb before it in the sentence, dated by the same expression, takes the
publication date (since session 27 EN6: the sentence's time expression before the appeal's trigger when there is one).  Marker ``:demand-date``.

:func:`content_date` (session 27 EN6): "Opposition leaders called for a nationwide shutdown on Sunday", "Pakistan
accused India of the arson attack on Thursday": an asserted appeal (02, 10) or accusation (112) dated by a time
expression after its trigger, when the words between hold the verb's content word (``content_date_en.tsv`` kind
``prep``: for, of), then a dated act noun (kind ``act``: shutdown, strike, attack …) and no punctuation, clause word
or frame noun (kind ``frame``: "in a statement on Thursday"), is dated by the time expression of its sentence before
its trigger ("on Monday called for …"), else by the publication.  Marker ``:content-date``.
"""
from __future__ import annotations

import re
from datetime import date as _date, timedelta

from ..timex.lexicon import lexicon as _time_lexicon
from ..resources import cached, data_path, read_tsv_dicts

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
                _own_date(doc, c, pub)
                c.rule += ":demand-date"


def _content_rows() -> tuple:
    return cached(("content_date_en",), _load_rows)


def _load_rows() -> tuple:
    prep, act, frame = {}, set(), set()
    for r in read_tsv_dicts(data_path("coding", "content_date_en.tsv")):
        if r["kind"] == "prep":
            prep[r["form"]] = tuple((r.get("value") or "").split())
        elif r["kind"] == "act":
            act.add(r["form"])
        elif r["kind"] == "frame":
            frame.add(r["form"])
    return prep, frozenset(act), frozenset(frame)


def _holds_content(gap: str, cameo: str) -> bool:
    if any(c in gap for c in ",;:\"“”()"):
        return False
    prep, act, frame = _content_rows()
    words = [w.strip(".'").lower() for w in gap.split()]
    k = next((k for k, w in enumerate(words) if cameo.startswith(prep.get(w, ("#",)))), None)
    if k is None or len(words) > 12:
        return False
    rest = words[k + 1:]
    return any(w in act for w in rest) and not any(w in frame or w in ("that", "which", "who", "after", "when")
                                                   for w in rest)


def content_date(doc, events) -> None:
    pub = (doc.published_at or "")[:10]
    if len(pub) != 10:
        return
    refs = None
    for ev in events:
        if ev.lang != "en" or ev.modality != "asserted" or ev.negated or ev.date_timeref_id is None \
                or not ev.cameo.startswith(("02", "10", "112")):
            continue
        if refs is None:
            refs = {r.id: r for r in doc.timerefs}
        r = refs.get(ev.date_timeref_id)
        if r is None or r.start < ev.trigger_end or r.start >= ev.sentence_end \
                or not _holds_content(doc.text[ev.trigger_end:r.start], ev.cameo):
            continue
        c = _conjunct_before(doc, ev, events)
        if c is not None and c.date_timeref_id != r.id:
            # "a day after Prague expelled 18 Russian staff and accused Moscow of the 2014 blast": the verb coordinated
            # with an earlier dated act of the same side is of its time (session 34 gapen34)
            ev.date, ev.date_end, ev.date_granularity = c.date, c.date_end, c.date_granularity
            ev.date_basis, ev.date_timeref_id = c.date_basis, c.date_timeref_id
        else:
            _own_date(doc, ev, pub)
        ev.rule += ":content-date"


_CONJ_GAP = re.compile(r"[^,;:\"“”()]{1,120}\band\s+$")


def _conjunct_before(doc, ev, events):
    """The event whose verb ``ev``'s verb is coordinated with by "and" in its sentence (no punctuation between, the
    same source country, asserted and dated), or None."""
    best = None
    for c in events:
        if c is ev or c.sentence != ev.sentence or c.trigger_end > ev.trigger_start or not c.date \
                or c.modality != "asserted" or c.negated or not ev.source_country \
                or c.source_country != ev.source_country or (best is not None and c.trigger_end <= best.trigger_end):
            continue
        best = c
    if best is None or not _CONJ_GAP.fullmatch(doc.text, best.trigger_end, ev.trigger_start):
        return None
    return best


def _own_date(doc, ev, pub: str) -> None:
    """Date ``ev`` by the last time expression of its sentence before its trigger ("The opposition on Monday called
    for …"), else by the publication."""
    own = max((t for t in doc.timerefs if ev.sentence_start <= t.start and t.end <= ev.trigger_start and t.value),
              key=lambda t: t.start, default=None)
    if own is not None:
        ev.date, ev.date_end, ev.date_granularity = own.value, own.end_value, own.granularity
        ev.date_basis, ev.date_timeref_id = own.basis, own.id
    else:
        ev.date, ev.date_end, ev.date_granularity = pub, None, "day"
        ev.date_basis, ev.date_timeref_id = "publication", None
