"""Tribal fighters and tribal leaders take the country of the place they act in (Arabic, session 23 GAPA).

"وهاجم مسلحون من العشائر حاجزا لقوات الأمن في ريف درعا"، "اشتبك مقاتلو العشائر مع قسد في بلدة ذيبان": a tribe or a
clan is a people of the land it lives in, so its fighters, sheikhs and notables are that country's actors (SYRUAF,
SYRCVL) -- unlike a bare "مسلحون", who may come from anywhere and stay country-less in an attack (the span gold's
convention, see ``events._target_from_place``).  An Arabic event side with a code and no country (not an
international one) whose own words hold a ``tribe`` form of ``tribal_country_ar.tsv`` (مقاتلو العشائر، شيخ قبيلة)
or whose span is followed by ``of`` (+ an optional ``kin`` word) and a tribe form ("مسلحون من قبيلة العكيدات")
takes the country of the event's place (located in its clause or sentence, the dateline's, or the country of the other side
when that side acts at home: a rebel group, the police, a government -- not an army).  Every type,
ASSAULT and PROTEST too.  Rule marker ``:tribal-place``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets

_STRIP = "،,.;؛:!؟?\"«»()"
_BASES = ("clause", "sentence", "dateline", "actors")
# a place only inferred from the other side's country ("actors") counts when that side is a body that acts at home
# (قسد SYRREB, the police, a government), not an army that may be abroad ("مسلحين من القبائل يطلقون النار على
# الطائرات الأميركية": not USA)
_HOME_ROLES = frozenset(["GOV", "COP", "REB", "INS", "OPP", "CVL", "UAF", "LEG", "JUD", "PTY"])


def apply(doc, events: list, intl) -> None:
    todo = [ev for ev in events if ev.lang == "ar" and ev.place_id is not None and ev.place_basis in _BASES and (
        (ev.source_code and not ev.source_country and ev.source_span and ev.source_code[:3] not in intl) or
        (ev.target_code and not ev.target_country and ev.target_span and ev.target_code[:3] not in intl))]
    if not todo:
        return
    forms = kind_sets("tribal_country_ar.tsv", ("tribe", "of", "kin"))
    for ev in todo:
        pl = doc.place(ev.place_id)
        if pl is None or not pl.country:
            continue
        for side in ("source", "target"):
            code, span = getattr(ev, f"{side}_code"), getattr(ev, f"{side}_span")
            if not code or getattr(ev, f"{side}_country") or not span or code[:3] in intl:
                continue
            other = "target" if side == "source" else "source"
            if ev.place_basis == "actors" and (getattr(ev, f"{other}_country") != pl.country or
                                               getattr(ev, f"{other}_role") not in _HOME_ROLES):
                continue
            if _tribal(doc, span, ev.sentence_end, forms):
                setattr(ev, f"{side}_country", pl.country)
                setattr(ev, f"{side}_code", pl.country + code)
                ev.rule += ":tribal-place"


def _tribal(doc, span, end: int, forms) -> bool:
    """Does the side's phrase name a tribe (in its words, or in "من [أبناء] <tribe>" right after it)?"""
    words = [normalize(w.strip(_STRIP)) for w in doc.text[span[0]:span[1]].split()]
    if any(w in forms["tribe"] for w in words):
        return True
    after = [normalize(w.strip(_STRIP)) for w in doc.text[span[1]:min(end, span[1] + 40)].split()[:3]]
    if not after or after[0] not in forms["of"]:
        return False
    k = 2 if len(after) > 2 and after[1] in forms["kin"] else 1
    return len(after) > k and after[k] in forms["tribe"]
