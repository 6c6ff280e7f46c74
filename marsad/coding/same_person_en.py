"""One person keeps one country over the story (English, session 21 B8EN).

'"We call on the PRC to …," spokesman Matthew Miller said.  He added that Washington's commitment to Taiwan remained
"rock-solid"': the spokesman (a title with no nationality) was given the United States in the first sentence (the
State Department's sentence before: ``english.role_subject_country``); "He added" names the same actor (the quote
stage's speaker), but its sentence names two countries, so no fill reached it (GOV).  A person actor with no country
of its own that the fills gave exactly one country on some side of the document's events gives it to its other
country-less sides (rule marker ``:same-person``).  Two countries given to one person: nothing.  A statement whose
target was the first foreign-looking country of its quote ("Washington's commitment to Taiwan": Washington, while the
speaker had no country) and is now the speaker's own takes the next actor of another country in the quote (Taiwan),
or none.  So does a reported act whose target is the speaker's own side under the same code ("Albares warned that
Madrid would take further measures if Milei …": ESPGOV -> ESPGOV; session 25 B13EN).
"""
from __future__ import annotations

from .structure import SIDE_ACTOR_ID, SIDE_CODE, SIDE_COUNTRY, actor_of, clear_side, fill_side


def apply(doc, events) -> None:
    given: dict = {}   # person actor id -> {country: the code's role part}
    bare = []
    for ev in events:
        if ev.lang != "en":
            continue
        if ev.rule == "en:quote-statement" and not ev.target_code and ev.source_country:
            _own_first(doc, ev)
        for side in ("source", "target"):
            aid = getattr(ev, SIDE_ACTOR_ID[side])
            if not aid:
                continue
            a = actor_of(doc, aid)
            if a is None or a.kind != "person" or a.country:
                continue
            c = getattr(ev, SIDE_COUNTRY[side])
            if c:
                given.setdefault(aid, set()).add(c)
            elif getattr(ev, SIDE_CODE[side]):
                bare.append((ev, side, aid))
    for ev, side, aid in bare:
        cs = given.get(aid, ())
        if len(cs) != 1:
            continue
        c, = cs
        code = getattr(ev, SIDE_CODE[side])
        setattr(ev, SIDE_COUNTRY[side], c)
        setattr(ev, SIDE_CODE[side], c + code)
        ev.rule += ":same-person"
        if side == "source" and ev.target_country == c and (
                ev.rule.startswith("en:quote-statement") or ev.target_code == ev.source_code):
            _other_target(doc, ev, c)


def _own_first(doc, ev) -> None:
    """A listed person's statement with no target whose quote names first the speaker's own country ("He added that
    Washington's commitment to Taiwan …" by spokesman Matthew Miller, listed since session 38): the next actor or
    place of another country, as for a speaker given the country by the fills (:func:`_other_target`)."""
    spk = actor_of(doc, ev.source_actor_id)
    if spk is None or spk.kind != "person" or not spk.entity_id:
        return
    q = next((q for q in doc.quotes if q.id == ev.quote_id), None)
    if q is None:
        return
    first = min(((s0, a) for a in doc.actors if a.country and a is not spk for s0, _ in a.spans
                 if q.content_start <= s0 < q.content_end), key=lambda x: x[0], default=None)
    if first is not None and first[1].country == ev.source_country:
        _other_target(doc, ev, ev.source_country)


def _other_target(doc, ev, c) -> None:
    """The first actor or place of another country than ``c`` in the statement's quote (see the module doc) -- for
    another event, in the rest of the event's sentence -- else none."""
    if ev.rule.startswith("en:quote-statement"):
        q = next((q for q in doc.quotes if q.id == ev.quote_id), None)
        if q is None:
            return
        lo, hi = q.content_start, q.content_end
    else:
        lo, hi = ev.trigger_end, ev.sentence_end     # "warned that Madrid would … if Milei …": the rest of its sentence
    best = None
    for a in doc.actors:
        if a.country and a.country != c:
            for s0, s1 in a.spans:
                if lo <= s0 < hi and (best is None or s0 < best[1]):
                    best = (a, s0, s1)
    pl = min((p for p in doc.places if p.country and p.country != c and lo <= p.start < hi),
             key=lambda p: p.start, default=None)
    if pl is not None and (best is None or pl.start < best[1]):
        clear_side(ev, "target")   # a place of a country ("to Taiwan"): the country, no actor
        ev.target_country = ev.target_code = pl.country
        ev.target_span = (pl.start, pl.end)
    elif best is None:
        clear_side(ev, "target")
    else:
        fill_side(ev, "target", best[0], (best[1], best[2]))
