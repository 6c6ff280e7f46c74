"""A country-less body named with the place it stands for (Arabic, session 17 B4AC).

"وطالب نواب عن ولاية سوسة الحكومة بـ…": the members of parliament "for" a province are of the country of that
province.  An event side with a role and no country (LEG, GOV, CVL …) whose span is followed by a preposition of
``seat_place_ar.tsv`` (عن), an optional administrative head (ولاية، محافظة …) and a place the gazetteer places in a
country takes that country.  Rule marker ``:seat-place``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets

_STRIP = "،,.;؛:!؟?\"«»()"


def apply(doc, events: list) -> None:
    text = doc.text
    if not any(p.country and "عن " in text[max(0, p.start - 14):p.start] for p in doc.places):
        return   # (most documents: no place right after عن; one pass over the few places)
    forms = kind_sets("seat_place_ar.tsv", ("prep", "head"))
    for ev in events:
        if ev.lang != "ar":
            continue
        if not ev.source_country and ev.source_code and ev.source_span and len(ev.source_code) == 3:
            _seat(doc, ev, "source", ev.source_code, ev.source_span, forms)
        if not ev.target_country and ev.target_code and ev.target_span and len(ev.target_code) == 3:
            _seat(doc, ev, "target", ev.target_code, ev.target_span, forms)


def _seat(doc, ev, side: str, code: str, span, forms) -> None:
    after = doc.text[span[1]:min(ev.sentence_end, span[1] + 40)]
    words = after.split()
    if not words or normalize(words[0].strip(_STRIP)) not in forms["prep"]:
        return
    k = after.index(words[0]) + len(words[0])
    if len(words) > 1 and normalize(words[1].strip(_STRIP)) in forms["head"]:
        k = after.index(words[1], k) + len(words[1])
    start = span[1] + k
    place = next((p for p in doc.places if p.country and start <= p.start <= start + 2), None)
    if place is None:
        return
    setattr(ev, f"{side}_country", place.country)
    setattr(ev, f"{side}_code", place.country + code)
    ev.rule += ":seat-place"
