"""An Arabic act noun under the manner ب says how the sentence's act came about (session 43, PREC43).

"لبنان وإسرائيل يوقعان اتفاق ترسيم الحدود البحرية بوساطة أميركية"، "وقف لإطلاق النار في السويداء بوساطة أمريكية"،
"أفرج عنهم بوساطتها": the mediation names the way the agreement, the truce or the release was reached -- the
sentence's act is the report, the mediator's part is told with it (the article gold lists such a mediation as optional
or not at all: in-sample 2 optional, 2 extra, none required).  A noun event whose trigger word carries the prefix ب
and whose stem is listed (``manner_act_ar.tsv``) is dropped; the same noun as a subject or an object ("وقادت مصر
الوساطة"، "عرضت الوساطة") is the act itself and stays.
"""
from __future__ import annotations

from .hazards import listed
from .structure import kind_sets, start_index


def _manner(w, forms) -> bool:
    """Is the word a listed noun with the prefix ب ("بوساطة"; "بوساطتها" keeps the ب in its norm)?"""
    return (w.prefix[:1] == "ب" and listed(w, forms)) or (not w.prefix and w.norm[:1] == "ب" and w.norm[1:] in forms)


def drop(words, evs: list) -> list:
    """``evs`` without the act nouns that are the manner of the sentence's act (see the module doc)."""
    if not any(":noun:" in e.rule for e in evs):
        return evs
    forms = kind_sets("manner_act_ar.tsv", ("manner",))["manner"]
    at = start_index(words)
    gone = [e for e in evs if ":noun:" in e.rule and at.get(e.trigger_start) is not None
            and _manner(words[at[e.trigger_start]], forms)]
    return [e for e in evs if e not in gone] if gone else evs
