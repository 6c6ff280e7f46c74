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
    if not doc.places:
        return
    forms = None
    for ev in events:
        if ev.lang != "ar":
            continue
        for side in ("source", "target"):
            code, country, span = (getattr(ev, f"{side}_{f}") for f in ("code", "country", "span"))
            if country or not code or not span or len(code) != 3:
                continue
            if forms is None:
                forms = kind_sets("seat_place_ar.tsv", ("prep", "head"))
            after = doc.text[span[1]:min(ev.sentence_end, span[1] + 40)]
            words = after.split()
            if not words or normalize(words[0].strip(_STRIP)) not in forms["prep"]:
                continue
            k = after.index(words[0]) + len(words[0])
            if len(words) > 1 and normalize(words[1].strip(_STRIP)) in forms["head"]:
                k = after.index(words[1], k) + len(words[1])
            start = span[1] + k
            place = next((p for p in doc.places if p.country and start <= p.start <= start + 2), None)
            if place is None:
                continue
            setattr(ev, f"{side}_country", place.country)
            setattr(ev, f"{side}_code", place.country + code)
            ev.rule += ":seat-place"
