"""The speaker of a speech participle's content (Arabic).

"وأقر الجيش الأمريكي بأنه نفذ غارات، مشيرا إلى أنها استهدفت عناصر من حركة طالبان": a quote opened by a
participle (مشيرا، مضيفا، مؤكدا … : ``participles_ar.tsv``) has no speaker of its own in the quotes stage; its
subject is the main clause's subject.  A verb event of such a quote whose subject is the pronoun right before it
(أنه، أنها، أنهم: cue ``pron_speaker``, so the noun phrase after the verb was made its object) and that has no
source takes that subject: the first actor of the sentence, not under a preposition, within the first four
words and before the participle.  Rule marker ``:participle``.  Runs after the learned filter (as staged.py): run
before it, the filter's ``has_src`` moved one detection row, grouped CV ASSAULT .683 -> .679.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import fill_side, form_set, start_index

_SUBJECT_WITHIN = 4   # words from the sentence start: "وأقر الجيش …"، "الجيش الأمريكي أكد …"


def participles() -> frozenset:
    return form_set("participles_ar.tsv")


def participle_source(doc, words, args, quotes, evs) -> None:
    if not args or not quotes:
        return
    parts = None
    starts = None
    for ev in evs:
        if ev.source_actor_id is not None or not ev.quote_id or ":verb:" not in ev.rule:
            continue
        q = next((q for q in quotes if q.id == ev.quote_id), None)
        if q is None or q.speaker_actor_id is not None:
            continue
        if parts is None:
            parts = participles()
        if normalize(q.cue) not in parts:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or k == 0 or "pron_speaker" not in words[k - 1].cue:
            continue
        subj = next((a for a in args if not a.prep and a.i0 < _SUBJECT_WITHIN and a.end <= q.cue_start), None)
        if subj is None or subj.actor.id == ev.target_actor_id:
            continue
        fill_side(ev, "source", subj.actor, (subj.start, subj.end))
        ev.rule += ":participle"
