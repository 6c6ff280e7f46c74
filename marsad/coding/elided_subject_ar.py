"""An Arabic verb with no subject after the sentence of a speaker (session 18, B5AC).

"وقال السيسي في مؤتمر صحفي إن الزيارة تفتح صفحة جديدة. وأشاد بموقف تركيا من الحرب": Arabic drops the repeated
subject of a new sentence that goes on with the same person; the verb's subject is the speaker of the sentence
before.  An event of a verb that opens its sentence with the conjunction و / ف and found no source takes the speaker
of the last quote of the sentence right before (a person or body, ``doc.quotes``) when

- the word right after the verb is a preposition (``elided_subject_ar.tsv`` kind ``prep``), a word with a joined
  preposition (kind ``prefix``: بموقف) that is no actor, or the event's own target (the object: "ودعا الخرطوم إلى");
- the verb agrees in gender with the speaker's head word (a masculine verb, no ة on the head; a feminine verb, ة or a
  state);
- the speaker is not the event's target.

A verb followed by a noun that is no actor ("وأعلن مصدر أمني …") has a subject of its own, unknown: left alone.
Marker ``:elided``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .agreement import masc_verb
from .structure import actor_of, fill_side, kind_sets

_CONJ = ("و", "ف")


def _feminine_head(doc, q, actor) -> bool:
    w = doc.text[q.speaker_start:q.speaker_end].split()
    if not w:
        return False
    head = normalize(w[0].strip("،,.:\"«»()"))
    return head.endswith(("ة", "ه")) or actor.kind == "country"


def apply(doc, si: int, words, args, evs) -> None:
    if not evs or len(words) < 2 or words[0].norm[:1] not in _CONJ or si == 0:
        return
    ev = next((e for e in evs if e.trigger_start == words[0].start), None)
    if ev is None or ev.source_actor_id or ev.source_code or ":verb:" not in ev.rule:
        return
    L = kind_sets("elided_subject_ar.tsv", ("prep", "prefix"))
    nxt = words[1]
    if nxt.punct:
        return
    at_next = next((a for a in args if a.i0 == 1), None)
    if not (nxt.norm in L["prep"]
            or at_next is None and len(nxt.norm) > 3 and nxt.norm[:1] in L["prefix"]
            or at_next is not None and ev.target_actor_id == at_next.actor.id):
        return
    q = next((q for q in reversed(doc.quotes) if q.sentence == si - 1 and q.speaker_actor_id), None)
    if q is None or q.speaker_actor_id == ev.target_actor_id:
        return
    actor = actor_of(doc, q.speaker_actor_id)
    if actor is None or not actor.code:
        return
    if masc_verb(words[0].norm) == _feminine_head(doc, q, actor):
        return
    fill_side(ev, "source", actor, (q.speaker_start, q.speaker_end))
    ev.rule += ":elided"
