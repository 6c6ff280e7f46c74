"""An Arabic act noun under the manner ب says how a headline's act came about (session 43, PREC43).

"لبنان وإسرائيل يوقعان اتفاق ترسيم الحدود البحرية بوساطة أميركية"، "وقف لإطلاق النار في السويداء بوساطة أمريكية":
in a headline the mediation names the way the agreement or the truce was reached -- the headline's act is its report,
and the body tells the mediation where it tells it (the article gold lists a mediation under ب as optional in the
body, as session 11's test pins it there -- "وقعا هدنة بوساطة أممية" is the UN's 045 --, and never in a headline: the
two in-sample headline ones were extra).  A headline noun event whose trigger word carries the prefix ب and whose stem
is listed (``manner_act_ar.tsv``) is dropped; the same noun as a subject or an object ("وقادت مصر الوساطة"، "عرضت
الوساطة"، "استعداد الجامعة للقيام بوساطة") is the act itself and stays.
"""
from __future__ import annotations

from .hazards import derived, listed
from .structure import has_any_form, kind_sets, listed_forms, start_index


def _gate(forms) -> frozenset:
    """The words one of which :func:`drop` needs in the sentence: a listed noun, also with its ب kept in the norm."""
    return listed_forms(forms) | frozenset("ب" + f for f in forms)


def _manner(w, forms) -> bool:
    """Is the word a listed noun with the prefix ب ("بوساطة"; "بوساطتها" keeps the ب in its norm)?"""
    return (w.prefix[:1] == "ب" and listed(w, forms)) or (not w.prefix and w.norm[:1] == "ب" and w.norm[1:] in forms)


def drop(words, evs: list) -> list:
    """``evs`` without the headline act nouns that are the manner of the headline's act (see the module doc)."""
    if not any(":noun:" in e.rule and e.segment_kind == "title" for e in evs):
        return evs
    forms = kind_sets("manner_act_ar.tsv", ("manner",))["manner"]
    if not has_any_form(words, derived("manner_act_ar", forms, _gate)):
        return evs   # (no listed noun in the sentence: one set test)
    at = start_index(words)
    gone = [e for e in evs if ":noun:" in e.rule and e.segment_kind == "title" and at.get(e.trigger_start) is not None
            and _manner(words[at[e.trigger_start]], forms)]
    return [e for e in evs if e not in gone] if gone else evs
