"""Background told with a written date of an earlier year (session 16, EVT).

"وكانت عمان قد سحبت سفيرها من دمشق في يوليو 2024" in a story of May 2026, "Manila has accused Beijing since June 2024
…": an act dated explicitly (the year written) more than ``BACK_DAYS`` before publication and in an earlier calendar
year is the story's background, not its news: it is marked ``historical`` (the ten-year rule of the events stage
catches only old history).  A date counted from the publication day (أمس، "last week") or a year-less date is never
background by this rule, except a whole year counted back ("last year", "العام الماضي", session 21 STRE): its
span is an earlier calendar year like a written one, and the same ``BACK_DAYS`` bound keeps a January story's "last
year" news.  A span counted back to the publication day ("over the past two years", "خلال السنوات الثلاث
الماضية"; a word of ``background_span.tsv`` in the time expression, session 24 PREC2) that reaches back more than
``BACK_DAYS`` sums up the story's background ("attacks have killed hundreds over the past two years"): background
too ("over the past week" is news).  Arabic ASSAULT / PROTEST events are left alone: the dev span and detection gold
(``arabic_event_gsr_dev``) labels a dated past attack ("وفي نوفمبر 2005 قامت امرأة … بتفجير نفسها") as a report, and
marking those background cost 6 of its 114 ASSAULT sentences (measured, session 16).  Rule marker ``:bg-date``.
"""
from __future__ import annotations

import re

from datetime import date, timedelta

from ..lang.normalize import normalize
from .structure import kind_sets

BACK_DAYS = 90
PLUP_DAYS = 14   # (session 34) a pluperfect dated in its own sentence more than two weeks back is background: "وكانت
# السعودية قد دعت البلدين في أغسطس إلى الحوار" a month before the news (90 before, as for the other background marks)


def _end_of(iso: str):
    """The last day of an ISO date, month or year (None when it is not one)."""
    try:
        if len(iso) >= 10:
            return date.fromisoformat(iso[:10])
        if len(iso) == 7:
            y, m = int(iso[:4]), int(iso[5:7])
            return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
        if len(iso) == 4:
            return date(int(iso), 12, 31)
    except ValueError:
        return None
    return None


_GSR_TYPES = frozenset(("ASSAULT", "PROTEST"))


def _year_back(ev, timerefs) -> bool:
    """A relative date of a whole year read in the event's own sentence ("last year"; not a year inherited from
    an earlier sentence, nor a span of years)."""
    if ev.date_basis != "relative" or len(ev.date) != 4 or ev.date_end not in (None, "", ev.date):
        return False
    t = next((t for t in timerefs if t.id == ev.date_timeref_id), None)
    return t is not None and t.sentence == ev.sentence and t.granularity == "year" and not t.end_value


def _span_back(ev, timerefs, pub) -> bool:
    """A relative span of the event's own sentence told as counted back to now ("over the past two years": a word
    of ``background_span.tsv``) that ends at most a week before publication and starts more than ``BACK_DAYS``
    before it."""
    if ev.date_basis != "relative" or not ev.date_end:
        return False
    t = next((t for t in timerefs if t.id == ev.date_timeref_id), None)
    if t is None or t.sentence != ev.sentence or t.granularity != "range" or not t.end_value:
        return False
    words = kind_sets("background_span.tsv", ("back",))["back"]
    if not words.intersection(normalize(t.text).split()):
        return False
    start, end = _start_of(t.value), _end_of(t.end_value)
    return start is not None and end is not None and 0 <= (pub - end).days <= 7 and (pub - start).days > BACK_DAYS


def _start_of(iso: str):
    try:
        return date.fromisoformat(iso[:10]) if len(iso) >= 10 else None
    except ValueError:
        return None


def mark(ev, published_at, timerefs=()) -> None:
    if ev.historical or not ev.date or not published_at:
        return
    try:
        pub = date.fromisoformat(published_at[:10])
    except ValueError:
        return
    span = _span_back(ev, timerefs, pub)
    if ev.date_basis != "explicit" and not span and not _year_back(ev, timerefs):
        return
    if ev.lang == "ar" and ev.plover_type in _GSR_TYPES:
        return
    if span:
        ev.historical = True
        ev.rule += ":bg-date"
        return
    end = _end_of(ev.date_end or ev.date)
    if end is not None and end.year < pub.year and (pub - end).days > BACK_DAYS:
        ev.historical = True
        ev.rule += ":bg-date"


_STRIP = "،,.;؛:!؟?\"«»()"
PLUPERFECT_WORDS = 12   # words of the subject between the auxiliary كان and قد (session 28 B18AR: 6 -> 12, two
# officials with full names and titles: "وكان الرئيس عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد قد اتفقا";
# no punctuation inside the subject)
PLUPERFECT_AFTER = 8   # words from قد to a verb conjoined to the pluperfect one


def _pluperfect(doc, ev) -> bool:
    """Is the trigger the past verb right after قد of a clause opened by an auxiliary كان (``pluperfect_ar.tsv``:
    "وكان غروسي قد زار طهران")?"""
    before = doc.text[max(ev.sentence_start, ev.trigger_start - 200):ev.trigger_start]
    words = [normalize(w) for w in before.split()]
    q = next((k for k in range(len(words) - 1, -1, -1) if words[k] == "قد"), -1)
    if q < 0 or (q < len(words) - 1 and not (ev.trigger[:1] == "و" and len(words) - q <= PLUPERFECT_AFTER)) \
            or any(c in w for w in words[q:] for c in _STRIP):
        return False   # (a verb conjoined to it, "… قد زار طهران والتقى الرئيس", is the same background)
    forms = kind_sets("pluperfect_ar.tsv", ("aux", "particle"))
    raw = words[:q]
    words = [w.strip(_STRIP) for w in raw]
    for k in range(len(words) - 1, max(-1, len(words) - 1 - PLUPERFECT_WORDS), -1):
        w = words[k]
        if w in forms["aux"] or (w[:1] in ("و", "ف") and w[1:] in forms["aux"]):
            return True
        if any(c in raw[k] for c in "،,.;؛:!؟?"):
            return False   # (a clause before the subject: its كان is not this one's)
    return False


def pluperfect(doc, ev) -> None:
    """An Arabic pluperfect ("وكان غروسي قد زار طهران في مارس الماضي") dated in its own sentence more than
    ``PLUP_DAYS`` before publication is background too, whatever the date's basis (a month counted back, "مارس الماضي",
    no calendar-year bound: the pluperfect itself marks the act as earlier than the news); not ASSAULT / PROTEST, as
    :func:`mark`.  Session 24, B11ARX.  Rule marker ``:bg-plup``."""
    if ev.historical or ev.lang != "ar" or not ev.date or not doc.published_at or ev.plover_type in _GSR_TYPES \
            or ev.date_basis not in ("explicit", "relative", "inferred"):
        return
    t = next((t for t in doc.timerefs if t.id == ev.date_timeref_id), None)
    if t is None or t.sentence != ev.sentence:
        return
    end = _end_of(ev.date_end or ev.date)
    try:
        pub = date.fromisoformat(doc.published_at[:10])
    except ValueError:
        return
    if end is not None and (pub - end).days > PLUP_DAYS and _pluperfect(doc, ev):
        ev.historical = True
        ev.rule += ":bg-plup"


_HAD_BEFORE = re.compile(r"\bhad(?:\s+\w+ly)?\s+$", re.I)   # "had clashed", "had repeatedly clashed"
_FOR_SPAN = re.compile(r"^\s+(?:\S+\s+){0,2}?for\s+(?:several\s+|many\s+|some\s+)?(?:weeks|months|years|decades)\b", re.I)


def durative_pluperfect_en(doc, ev) -> None:
    """English: "Yoon's ruling party and the opposition had clashed for months over the budget": a pluperfect with a
    span of weeks, months or years right after its verb tells what went on before the news -- background, whatever
    date a later clause gives the sentence ("last week").  Not ASSAULT / PROTEST (the span gold).  Session 31.  Rule
    marker ``:bg-durative``."""
    if ev.plover_type in _GSR_TYPES:
        return
    if not _HAD_BEFORE.search(doc.text, max(ev.sentence_start, ev.trigger_start - 30), ev.trigger_start):
        return
    first = doc.text[ev.trigger_start:ev.trigger_end].split()[0] if ev.trigger_end > ev.trigger_start else ""
    at = ev.trigger_start + len(first)
    if _FOR_SPAN.match(doc.text[at:min(ev.sentence_end, at + 50)]):
        ev.historical = True
        ev.rule += ":bg-durative"
