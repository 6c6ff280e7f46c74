""""Seoul said North Korea would «pay a price» for it", "وقال إن إسرائيل ستدفع الثمن غاليا": a threat (session 34, lead).

In reported speech, "X will pay a (heavy) price" / "X ستدفع الثمن" is the speaker's threat against X: the trigger row
(pay / دفع with price / الثمن, CAMEO 130) reads X as the verb's subject, i.e. the source; here the speaker (the quote's
reporter) becomes the source and X the target.  Outside reported speech (no reporter) the row's event is dropped: "the
farmers paid a high price for the drought" is no threat.  Rule marker ``:price-threat``.
"""
from __future__ import annotations

import re
from copy import copy

from ..lang.normalize import normalize
from .structure import actor_of, clear_side, copy_side, fill_side, form_set


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("130",))


def apply(doc, events: list) -> list:
    objects = None
    drop = set()
    for ev in events:
        if ev.cameo not in ACTS_ON or ":price-threat" in ev.rule or " " not in ev.trigger:
            continue
        if objects is None:
            objects = form_set("price_threat.tsv")
        if normalize(ev.trigger.split()[-1].strip("\"'«»“”")).lower() not in objects:
            continue
        warn = next((w for w in events if w is not ev and w.root == "13" and w.sentence == ev.sentence
                     and w.trigger_end <= ev.trigger_start and ":verb:" in w.rule and w.source_code), None)
        if warn is not None:
            # "Iraq warned that Syria would pay a price": the threat verb tells it; its target is the payer
            if not warn.target_code and ev.source_code:
                copy_side(warn, "target", ev, "source")
            drop.add(id(ev))
            continue
        speaker = actor_of(doc, ev.reported_by_actor_id) if ev.reported_by_actor_id else _joined_speaker(doc, ev, events)
        if speaker is None:
            speaker = _vow_speaker(doc, ev)   # "the president vowed that the attackers would pay a heavy price"
        if speaker is None:
            drop.add(id(ev))   # (no reported speech, or no speaker: no threat; "paid a high price for the drought")
            continue
        if ev.source_actor_id and ev.source_actor_id == getattr(speaker, "id", None):
            # (review34) the payer read is the speaker himself (a subject carried over from the quote's cue when the
            # real payer, "المزارعين", is no actor): no threat against oneself
            drop.add(id(ev))
            continue
        saved = copy(ev)
        copy_side(ev, "target", saved, "source")
        clear_side(ev, "source")
        fill_side(ev, "source", speaker, None)
        ev.rule += ":price-threat"
    return [e for e in events if id(e) not in drop] if drop else events


# "vowed / swore / promised (on Monday) that": the vower's that-clause, told as his own threat (session 54, blinden54)
_VOW_THAT = re.compile(r"\b(?:vow(?:ed|s)?|sw(?:ore|ears?)|promised|promises)\s+(?:\w+\s+){0,2}?that\s", re.I)


def _vow_speaker(doc, ev):
    """The vower of "X vowed that Y would pay a (heavy) price": the nearest actor of the sentence before the vow verb
    (the payer's clause after it); None without such a verb before the trigger in its sentence."""
    if not (0 <= ev.sentence < len(doc.sentences)):
        return None
    s = doc.sentences[ev.sentence]
    m = None
    for m in _VOW_THAT.finditer(doc.text, s.start, ev.trigger_start):
        pass
    if m is None:
        return None
    best = None
    for a in doc.actors:
        if a.id == ev.source_actor_id:
            continue
        for st, en in a.spans:
            if s.start <= st and en <= m.start() and (best is None or en > best[0]):
                best = (en, a)
    return best[1] if best else None


def _joined_speaker(doc, ev, events):
    """The speaker of a quote whose cue is joined to an earlier verb of its sentence with no subject of its own ("Seoul
    condemned the launch … and said North Korea would …"): the source of the nearest earlier event of the sentence
    before the cue; None outside a quote."""
    q = next((q for q in doc.quotes if q.id == ev.quote_id), None) if ev.quote_id else None
    if q is None:
        return None
    prev = max((e for e in events if e is not ev and e.sentence == ev.sentence and e.trigger_end <= q.cue_start
                and e.source_actor_id and not e.quote_id), key=lambda e: e.trigger_start, default=None)
    return actor_of(doc, prev.source_actor_id) if prev is not None else None

