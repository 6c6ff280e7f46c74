"""The country a reduced relation runs to, after the verb's object (session 32).

"وعلقت وزارة التعليم السعودية برامج الابتعاث والتدريب إلى كندا", "وتجمد التعاملات التجارية الجديدة مع أوتاوا": an
Arabic reduction of relations (CAMEO root 16) with no target, or a statement of support (05) with none or its own
country's ("أعرب السيسي عن تضامن مصر الكامل مع السودان"), whose clause, within a few words after the trigger and
before any comma, sentence mark or the next event's trigger, has a preposition of ``prep_country_target.tsv`` (إلى، مع، لدى) followed at once
by a country or a state body of a country other than the source's takes that actor as target (a country read as
a destination place, "إلى كندا", gives the country code).  The verb's own
frame finds "مع X" / "إلى X" only right after the verb; here the object noun phrase stands between.  Rule marker
``:prep-country``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import country_level, fill_side, kind_sets

_ROOTS = frozenset(("16", "05"))   # reduced relations; support / solidarity (session 32)
_EASED = frozenset(("081", "085", "163"))   # restrictions eased: "السعودية تعيد فتح حدودها مع قطر" (session 34);
# an embargo on flights: "وعلقت رحلاتها الجوية إلى بغداد" (session 35)
_REACH = 90   # characters after the trigger ("برامج الابتعاث والتدريب والزمالة إلى كندا")
_STOP = re.compile(r"[,.;:،؛()\"«»!?؟]")
_WORD = re.compile(r"\S+")


def _actor_at(doc, pos: int, exclude: str):
    """The country-level actor (a country or a state body) with a span starting at ``pos``, and that span."""
    for a in doc.actors:
        if a.country == exclude or not country_level(a):
            continue
        for sp in a.spans:
            if sp[0] == pos:
                return a, sp
    return None


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS | _EASED


def apply(doc, events) -> None:
    preps = None
    for ev in events:
        if ev.lang != "ar" or (ev.root not in _ROOTS and ev.cameo not in _EASED) or not ev.source_country:
            continue
        if ev.target_code and not (ev.root == "05" and ev.target_country == ev.source_country):
            continue   # ("أعرب السيسي عن تضامن مصر الكامل مع السودان": the genitive مصر is the source's own)
        if preps is None:
            preps = kind_sets("prep_country_target.tsv", ("prep_ar",))["prep_ar"]
        end = min(ev.sentence_end, ev.trigger_end + _REACH)
        tail = doc.text[ev.trigger_end:end]
        m = _STOP.search(tail)
        if m:
            tail = tail[:m.start()]
        nxt = min((e.trigger_start for e in events if ev.trigger_end <= e.trigger_start < ev.trigger_end + len(tail)),
                  default=None)
        if nxt is not None:
            tail = tail[:nxt - ev.trigger_end]   # (not into a joined verb's clause: "تستدعي سفيرها وتجمد … مع X")
        words = list(_WORD.finditer(tail))
        for k, w in enumerate(words[:-1]):
            if normalize(w.group()) not in preps:
                continue
            at = ev.trigger_end + words[k + 1].start()
            got = _actor_at(doc, at, ev.source_country)
            if got is not None:
                fill_side(ev, "target", *got)
                ev.rule += ":prep-country"
                break
            # "إلى كندا" read as a destination place: the country itself (no actor was made of it)
            pl = next((p for p in doc.places if p.start == at and (p.precision == "country" or ev.cameo == "163")
                       and p.country and p.country != ev.source_country), None)   # (a metonym with no actor made of
            # it too, s34; a flight embargo's destination city names its country, "رحلاتها الجوية إلى بغداد", s35)
            if pl is not None:
                ev.target_code = ev.target_country = pl.country
                ev.target_span = (pl.start, pl.end)
                ev.rule += ":prep-country"
            break
