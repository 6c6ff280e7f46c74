"""English headlines that join two countries with a comma: "Iran, Saudi Arabia agree to reopen embassies".

Headline style drops "and": the comma between two country names right before the verb coordinates them.  The
actor stage may read only the first name as an actor (the second then stands as a place, as in "Kharkiv,
Ukraine"), so the event has the first country or a nationality guess as its source and no partner.  Here a
title sentence that opens with "<country>, <country> <trigger>" gives the event both countries as its subject: a
cooperative act (roots 03-08) becomes the pair both ways (as "Iran and Saudi Arabia agreed" is coded); another act
gets one event per subject (its target kept).  A city before a country ("Kharkiv, Ukraine") is no pair: both
names must be whole countries.  Session 9 EN2.
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from ..model import stable_id
from .structure import clear_side, copy_side

_COOP_ROOTS = frozenset(["03", "04", "05", "06", "07", "08"])


def _country_at(doc, start: int, end_max: int) -> Optional[tuple]:
    """(actor id or None, code, end) of a whole-country actor or country place starting at ``start``."""
    for a in doc.actors:
        if a.code and a.country and a.code == a.country:
            for s0, e0 in a.spans:
                if s0 == start and e0 <= end_max:
                    return a.id, a.code, e0
    for pl in doc.places:
        if pl.start == start and pl.country and pl.precision == "country" and pl.end <= end_max:
            return None, pl.country, pl.end
    return None


def _set(ev, side: str, aid, code: str, span) -> None:
    setattr(ev, f"{side}_actor_id", aid)
    setattr(ev, f"{side}_code", code)
    setattr(ev, f"{side}_country", code)
    setattr(ev, f"{side}_role", None)
    setattr(ev, f"{side}_span", span)


def comma_subjects(doc, events: list) -> None:
    """Rewrite the events of title sentences whose subject is "<country>, <country>" (see the module)."""
    text = doc.text
    added = []
    for si, sent in enumerate(doc.sentences):
        if sent.segment_kind != "title" or sent.lang != "en":
            continue
        a = _country_at(doc, sent.start, sent.end)
        if a is None or text[a[2]:a[2] + 2] != ", ":
            continue
        b = _country_at(doc, a[2] + 2, sent.end)
        if b is None or b[1] == a[1] or text[b[2]:b[2] + 1] != " ":
            continue
        verb_at = b[2] + 1
        for ev in events:
            if ev.lang != "en" or ev.sentence != si or ev.trigger_start != verb_at:
                continue
            _set(ev, "source", a[0], a[1], (sent.start, a[2]))
            ev.rule += ":headline-pair"
            root = ev.root or ev.cameo[:2]
            back = dataclasses.replace(ev, id=stable_id(ev.id, "headline"))
            back.plover_context = list(ev.plover_context)
            _set(back, "source", b[0], b[1], (a[2] + 2, b[2]))
            if root in _COOP_ROOTS and not (ev.target_country and ev.target_country not in (a[1], b[1])):
                # (a target with no country of its own, "agree to restore ambassadors": GOV, is no third party)
                _set(ev, "target", b[0], b[1], (a[2] + 2, b[2]))
                _set(back, "target", a[0], a[1], (sent.start, a[2]))
            ev.rule = ev.rule.replace(":src-nationality", "")
            back.rule = ev.rule
            added.append(back)
    events.extend(added)


_AS_CLAUSE = " as "


def comma_verbs(doc, events: list) -> None:
    """"India expels Canadian diplomat, suspends visas as row over activist's killing deepens": headline style joins
    two verbs of one subject with a comma.  A title event with no source whose trigger stands right after ", " takes
    the source of the sentence's first event whose source opens the headline (session 19, ENX); and a target named
    only after a clause "as" behind the trigger ("as row over activist's killing deepens") is the as-clause's, not
    the act's: it goes.  Rule marker ``:headline-comma``."""
    text = doc.text
    for si, sent in enumerate(doc.sentences):
        if sent.segment_kind != "title" or sent.lang != "en":
            continue
        mine = [ev for ev in events if ev.sentence == si and ev.lang == "en"]
        first = next((ev for ev in mine if ev.source_span and ev.source_span[0] == sent.start), None)
        if first is None:
            continue
        for ev in mine:
            if ev.source_code or ev.trigger_start <= first.trigger_end or text[ev.trigger_start - 2:ev.trigger_start] != ", ":
                continue
            copy_side(ev, "source", first)
            if ev.target_span and _AS_CLAUSE in text[ev.trigger_end:ev.target_span[0]]:
                clear_side(ev, "target")
            ev.rule += ":headline-comma"
