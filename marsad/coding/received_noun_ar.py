"""A message received: its sender is the act's source, the receiver its target (Arabic; session 42, lead).

"ونفى أن تكون الدوحة تلقت إنذارا مسبقا"، "تلقى الرئيس دعوة من نظيره الفرنسي": a verbal noun of an act told to
someone (a warning, an invitation, a threat, a demand) right after a receive verb (cue ``receive`` of cues_ar.tsv:
تلقى، تلقت …) is the sender's act; the noun's source read from the actor before the verb is the receiver -- it becomes
the target, and the sender is the actor of a من-phrase right after the noun (else none).  Mutual nouns (a call, talks)
are the events stage's (``_mutual_parts``: the من-phrase is the partner).  Rule marker ``:received``.
"""
from __future__ import annotations

import re
from itertools import islice

from ..lang.normalize import normalize
from .structure import clear_side, copy_side, fill_side

_GAP = 2        # words between the receive verb and the noun ("تلقت أمس إنذارا")
_WORD = re.compile(r"\S+")
_FROM_REACH = 4  # words after the noun where its من-phrase may stand ("إنذارا مسبقا من واشنطن")


def apply(doc, events: list, lex) -> None:
    cands = [ev for ev in events if ev.lang == "ar" and ":noun:" in ev.rule and ":mutual" not in ev.rule
             and ev.source_span and ev.source_span[1] <= ev.trigger_start]
    if not cands:
        return
    text = doc.text
    for ev in cands:
        before = text[max(ev.sentence_start, ev.trigger_start - 40):ev.trigger_start].split()[-(_GAP + 1):]
        if not any("receive" in lex.cue(normalize(w)) for w in before):
            continue
        sender = place = None
        for m in islice(_WORD.finditer(text, ev.trigger_end, min(ev.sentence_end, ev.trigger_end + 60)), _FROM_REACH):
            if normalize(m.group()) in ("من", "منه", "منها"):
                nxt = m.end()   # (the word's own offset: "إنذارا أمنيا من" holds من inside أمنيا too)
                sender = next((a for a in doc.actors for s, e in a.spans if nxt < s <= nxt + 2), None)
                if sender is not None:
                    span = next((s, e) for s, e in sender.spans if nxt < s <= nxt + 2)
                else:   # ("إنذارا من الولايات المتحدة": a country after من is read as a place of origin, no actor)
                    place = next((p for p in doc.places if nxt < p.start <= nxt + 2 and p.country
                                  and p.precision in ("country", "city")), None)
                break
        copy_side(ev, "target", ev, "source")
        clear_side(ev, "source")
        if sender is not None and sender.id != ev.target_actor_id:
            fill_side(ev, "source", sender, span)
        elif place is not None and place.country != ev.target_country:
            ev.source_country = ev.source_code = place.country   # (the sending state named by its country or capital)
        ev.rule += ":received"
