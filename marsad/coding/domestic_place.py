"""A country-less domestic role takes the country of the place its sentence opens with (session 15, FIELD).

"In Yerevan, several hundred opposition supporters protested outside the government building …, accusing him of
giving ground to Baku": the sentence names two countries (Yerevan, Baku), so the one-country step
(``events._fill_domestic``) and the dateline step (``home_country``) give OPP nothing.  When the event's place is the
sentence's or its clause's (``place_basis`` sentence / clause), stands before the trigger and before both actor spans,
right after a locative word (kind ``locative``: in, في, مدينة …), and is in the dateline's country when the story has
a dateline ("وفي تونس، التقت المبعوثة وفدين يمثلان مجلس النواب" in a Tripoli story: Libyans abroad), and the act is
no meeting or cooperation (roots 03-06, often held abroad), a side whose role is a domestic one
(``domestic_place.tsv``: GOV, OPP, CVL, COP …; not MIL) and which has no country yet takes the place's country.  A
country read from the text is never changed; a place after the trigger ("sent aid to Gaza": the destination) gives
nothing.  Rule names carry ``:src-setting`` / ``:tgt-setting``.
"""
from __future__ import annotations

from ..geo.locate import dateline_place
from ..lang.normalize import normalize
from .structure import kind_sets

_UNSET = object()
_ABROAD_ROOTS = frozenset(("03", "04", "05", "06"))   # talks, visits, cooperation: often held abroad


def _setting(doc, pl, locative: frozenset) -> bool:
    """Is the word right before the place a locative (in, في, مدينة …)?"""
    before = doc.text[max(0, pl.start - 20):pl.start].split()
    return bool(before) and normalize(before[-1]) in locative


def fill(doc, events, intl, crowds: bool = False) -> None:
    """Give the country-less domestic sides of ``events`` the country of their fronted place (see the module doc).
    ``crowds``: the events are protests whose bare crowd (the source) alone is read, in a place of any country."""
    roles = None
    home = _UNSET
    for ev in events:
        if ev.place_basis not in ("sentence", "clause") or ev.place_id is None or ev.root in _ABROAD_ROOTS:
            continue
        need = [side for side in (("source",) if crowds else ("source", "target"))
                if getattr(ev, f"{side}_code") and not getattr(ev, f"{side}_country")
                and getattr(ev, f"{side}_code")[:3] not in intl]
        if not need:
            continue
        pl = doc.place(ev.place_id)
        if pl is None or not pl.country or pl.end > ev.trigger_start or pl.start < ev.sentence_start:
            continue
        if any(sp and sp[0] < pl.end for sp in (ev.source_span, ev.target_span)):
            continue   # the place opens the clause, before its actors ("Rebels in Mali dismissed …": the rebels' place)
        if roles is None:
            L = kind_sets("domestic_place.tsv", ("role", "locative"))
            roles, locative = L["role"], L["locative"]
        if not _setting(doc, pl, locative):
            continue
        if home is _UNSET:
            dl = dateline_place(doc)
            home = dl.country if dl is not None else None
        if home and pl.country != home and not crowds:
            continue   # "وفي تونس، التقت المبعوثة وفدين يمثلان مجلس النواب" in a Tripoli story: Libyans abroad
        for side in need:
            code = getattr(ev, f"{side}_code")
            if normalize(code) not in roles:
                continue
            setattr(ev, f"{side}_country", pl.country)
            setattr(ev, f"{side}_code", pl.country + code)
            ev.rule += ":src-setting" if side == "source" else ":tgt-setting"
