""""وفي اتصال هاتفي مع الرئيس الفلسطيني محمود عباس، أكد العاهل المغربي أن …": a meeting noun (root 04) fronted as the
setting of the sentence's main act -- the sentence opens with في / خلال (``fronted_meeting_ar.tsv``) right before the
noun, and a comma closes the phrase before the main verb -- is a call the main verb's subject made with the partner
after مع: the noun event with no source of its own takes that subject and is told as happening, not as a reference
(it was read ``:ref``, historical, with no source).  Rule marker ``:fronted-meeting`` (session 33, lead).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, form_set


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("04",))


def apply(doc, events) -> None:
    """Complete each fronted meeting noun's source from its sentence's main verb event (see the module doc)."""
    text = doc.text
    openers = None
    for ev in events:
        if ev.lang != "ar" or ev.root not in ACTS_ON or ev.source_code or not ev.target_code or ":noun:" not in ev.rule:
            continue
        head = text[ev.sentence_start:ev.trigger_start].split()
        if len(head) != 1:
            continue
        openers = openers or form_set("fronted_meeting_ar.tsv")
        if normalize(head[0]) not in openers:
            continue
        comma = text.find("،", ev.trigger_end, ev.sentence_end)
        if comma < 0:
            continue
        main = min((e for e in events if e is not ev and e.sentence == ev.sentence and e.trigger_start > comma
                    and e.source_actor_id and not e.historical and e.source_actor_id != ev.target_actor_id),
                   key=lambda e: e.trigger_start, default=None)
        if main is None or text[comma + 1:main.trigger_start].strip():
            continue   # (the main verb right after the comma)
        copy_side(ev, "source", main)
        ev.historical = False
        ev.rule += ":fronted-meeting"
