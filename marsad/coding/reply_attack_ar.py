"""An attack told as the means of a reply (Arabic, session 45).

"وردّ الجيش الإسرائيلي بقصف مدفعي وغارات جوية على عدد من البلدات": the attack nouns (roots 18-20) after ب are how the
subject of رد replied.  The first such noun's event runs from the reply verb (the act's evidence), takes the verb's
subject as source when it has none of a country (an actor named between the verb and ب), and the nouns joined to it
with و are the same act: dropped after giving it their target.  Run after the learned filter (its features read the
trigger as coded).  Words in ``reply_attack_ar.tsv``.  Rule marker ``:reply``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, fill_side, kind_sets

_ATTACK = frozenset(("18", "19", "20"))
ACTS_ON = _ATTACK   # (the roots the events stage gates the call on)
_REACH = 6    # words from the reply verb to the ب noun
_JOINED = 30  # characters from the first noun to a noun joined to it with و


def apply(doc, events: list) -> list:
    cands = [e for e in events if e.lang == "ar" and e.root in _ATTACK and ":noun:" in e.rule
             and doc.text[e.trigger_start:e.trigger_start + 1] == "ب"]
    if not cands:
        return events
    replies = kind_sets("reply_attack_ar.tsv", ("reply",))["reply"]
    text = doc.text
    drop: set = set()
    for ev in cands:
        if id(ev) in drop:
            continue
        lo = max(ev.sentence_start, ev.trigger_start - 80)
        before = text[lo:ev.trigger_start]
        toks = before.split()[-_REACH:]
        if any(t[-1:] in "،,.:؛" for t in toks[:-1]):
            toks = toks[max(i for i, t in enumerate(toks[:-1]) if t[-1:] in "،,.:؛") + 1:]
        k = next((i for i in range(len(toks) - 1, -1, -1) if normalize(toks[i]) in replies), None)
        if k is None:
            continue
        verb_start = ev.trigger_start - len(before) + before.rfind(toks[k], 0, len(before) - len(" ".join(toks[k + 1:])))
        if not ev.source_country:
            subj = next(((a, s, t) for a in doc.actors if a.country for s, t in a.spans
                         if verb_start < s and t <= ev.trigger_start), None)
            if subj is not None:
                fill_side(ev, "source", subj[0], (subj[1], subj[2]))
        ev.trigger_start = verb_start
        ev.trigger = text[ev.trigger_start:ev.trigger_end]
        ev.rule += ":reply"
        for other in events:
            # "بقصف مدفعي وغارات جوية": a noun joined to it with و is the same reply
            if other is not ev and other.root in _ATTACK and ":noun:" in other.rule and other.sentence == ev.sentence \
                    and 0 < other.trigger_start - ev.trigger_end <= _JOINED and text[other.trigger_start] == "و" \
                    and "،" not in text[ev.trigger_end:other.trigger_start]:
                if other.target_code and not ev.target_code:
                    copy_side(ev, "target", other)
                drop.add(id(other))
    return [e for e in events if id(e) not in drop] if drop else events
