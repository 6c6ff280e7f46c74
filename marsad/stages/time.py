"""Time stage: temporal expressions -> ``doc.timerefs``.

The document text is scanned once by :func:`marsad.timex.parse` (one call is cheaper
than one per sentence, and an expression a sentence splitter cut — "Sept. 11" — is still
seen whole); each TimeRef gets the index of the sentence it starts in, and expressions
outside every sentence (ads, furniture without sentences) are dropped.  The anchor is the
date part of ``doc.published_at`` (None when unknown: relative expressions are then left
unresolved, never guessed).  Caption and photo-credit sentences keep only explicit dates.
An anaphoric day ("later in the day", "the next day", "في اليوم التالي", "في اليوم نفسه") is the day
named last before it among the kept expressions (plus one for "the next day"), not the
publication day (:func:`marsad.timex.parse.resolve_anaphors`).
A "last" weekday that falls on the day before publication ("قضت المحكمة الثلاثاء الماضي" in a story of a Wednesday)
is the week before when the same story names that day "yesterday" ("أمس الثلاثاء"): a writer who calls yesterday
"أمس" means another Tuesday by "الثلاثاء الماضي" (session 18, DTX; :func:`_last_week`).
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import timedelta

from ..model import Document
from ..timex.dating import _UNTIL_AR, _UNTIL_EN, caption_kinds
from ..timex.lexicon import _n, lexicon
from ..timex.parse import parse, resolve_anaphors, to_date


def _forms(text: str) -> set:
    out = set()
    for w in _n(text).lower().split():
        out.add(w)
        if len(w) > 3 and w[0] in "وفب":
            out.add(w[1:])
    return out


def _last_week(refs: list, anchor) -> None:
    """Move a "last <weekday>" expression that the parser put on the day before publication a week back when another
    expression of the document names that day with a "yesterday" word (lexicon.yaml deictic_days -1) or with its bare
    weekday (:func:`_bare_weekday`)."""
    if anchor is None or len(refs) < 2:
        return
    yday = (anchor - timedelta(days=1)).isoformat()
    day_refs = [r for r in refs if r.granularity == "day" and r.value == yday]
    if len(day_refs) < 2:
        return
    L = lexicon()
    yesterday = {f for f, k in L.deictic.items() if k == -1 and " " not in f}
    named = [r for r in day_refs if _forms(r.text) & yesterday or _bare_weekday(_forms(r.text), L)]
    if not named:
        return
    for r in day_refs:
        f = _forms(r.text)
        if r in named or not any(w in L.weekday for w in f) or not any(L.rel.get(w) == "past" for w in f):
            continue
        r.value = (anchor - timedelta(days=8)).isoformat()


def _bare_weekday(forms: set, L) -> bool:
    """A weekday named with no relative word ("on Thursday"): in a Friday story it is the day before, so "last
    Thursday" in the same story is the week before (session 40 GAPEN40: "summoned the ambassador on Thursday" … "began
    pumping … last Thursday"; English only: an Arabic "الخميس الماضي" may be the day before)."""
    return any(w in L.weekday and w.isascii() for w in forms) and not any(w in L.rel for w in forms)


def _antecedent_day(doc: Document):
    """Can a kept expression be the day an anaphoric day ("في اليوم نفسه", "later that day") names back?  Not a deictic
    inside quoted speech ("وكتب الوزير: \"اليوم نعود\"": the speaker's day) nor the end of a state through until /
    حتى ("لم تعلق … حتى صباح اليوم"): neither tells when a happening of the story took place (session 48)."""
    text, sents, until = doc.text, doc.sentences, _UNTIL_EN | _UNTIL_AR

    def ok(r) -> bool:
        before = text[sents[r.sentence].start:r.start] if r.sentence is not None else ""
        if r.basis == "relative" and (before.count('"') % 2 == 1 or before.count("«") > before.count("»")):
            return False
        words = text[max(0, r.start - 8):r.start].split()[-1:] + r.text.split()[:1]
        return not {w.lower().lstrip("و") for w in words} & until
    return ok


class TimeStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        anchor = to_date(doc.published_at)
        anaphors: dict = {}
        refs = parse(doc.text, anchor, doc.lang, 0, doc_id=doc.id, anaphors=anaphors)
        sents = doc.sentences
        if not sents:
            resolve_anaphors(refs, anaphors)
            doc.timerefs = refs
            return doc
        starts = [s.start for s in sents]
        caps = caption_kinds()
        out = []
        for r in refs:
            k = bisect_right(starts, r.start) - 1
            if k < 0 or r.start >= sents[k].end:
                continue
            if sents[k].segment_kind in caps and r.basis != "explicit":
                continue
            r.sentence = k
            out.append(r)
        _last_week(out, anchor)
        resolve_anaphors(out, anaphors, _antecedent_day(doc))
        doc.timerefs = out
        return doc
