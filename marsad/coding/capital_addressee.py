"""A capital right after a joined demand verb in a reported statement is the addressee (Arabic, session 15 FIELD).

"وقالت وزارة الخارجية الجزائرية في بيان إن دورية مغربية أطلقت النار على رعاة جزائريين، وطالبت الرباط بفتح تحقيق":
the capital after "، وطالبت" is the one asked (the target), not a new demander; the demand is the statement's
speaker's.  Only a demand (root 10) joined by و / ف after a comma inside a quote with a speaker (of another country,
or a bare role: "وقالت الوزارة"), whose subject as read is a capital used for its government (the actor's basis
``metonym``) standing right after the verb and followed by the ب of the demanded act.  "وطالبت الرباط بفتح تحقيق"
opening its own sentence with no speaker before it and "وطالب الوزير المغربي بـ …" (no capital) are left alone.

(session 18, B5AC) The same verb opening the next sentence, "وقالت الوزارة إن … . وطالبت باماكو بفتح تحقيق": the
speaker of the last quote of the sentence right before is the demander (its Arabic subject dropped), under the same
conditions (``si`` given; :func:`addressee` with the sentence index).
"""
from __future__ import annotations

from .structure import actor_of, copy_side, fill_side, start_index

# the roots / CAMEO codes addressee acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("10",))


def addressee(doc, words, args, evs: list, si: int = -1) -> None:
    idx = None
    for e in evs:
        if e.root not in ACTS_ON or ":verb:" not in e.rule or not e.source_actor_id or e.target_actor_id \
                or e.trigger[:1] not in ("و", "ف"):
            continue
        if idx is None:
            idx = start_index(words)
        t = idx.get(e.trigger_start)
        speaker_id = e.reported_by_actor_id
        if t == 0 and not speaker_id and si > 0:
            # "وقالت الوزارة إن … . وطالبت باماكو بفتح تحقيق": the speaker of the sentence before (session 18)
            speaker_id = next((q.speaker_actor_id for q in reversed(doc.quotes)
                               if q.sentence == si - 1 and q.speaker_actor_id), None)
        elif t is None or t == 0 or words[t - 1].text not in ("،", ","):
            continue
        if not speaker_id:
            continue
        a = next((a for a in args if a.i0 == t + 1 and a.actor.id == e.source_actor_id), None)
        if a is None or a.i1 >= len(words) or not words[a.i1].norm.startswith("ب"):
            continue
        speaker = actor_of(doc, speaker_id)
        if speaker is None or speaker.country == a.actor.country or a.actor.id == speaker.id:
            continue
        if a.actor.basis != "metonym" and not (t == 0 and a.actor.kind == "country" and speaker.role
                                               and _anaphoric(doc, speaker, e.sentence_start)):
            # (session 19, ARX) a state's name opening the sentence after "وقالت الوزارة إن …": the state is asked
            # only when the speaker was named there by a bare anaphor (الوزارة، الوزير) -- the ministry is the
            # running subject; "وقالت وزارة الخارجية الأردنية إن … . وطالبت مصر بـ" keeps Egypt's own demand
            continue
        span = next((sp for sp in speaker.spans if e.sentence_start <= sp[0] < e.sentence_end), speaker.spans[0])
        copy_side(e, "target", e, "source")
        fill_side(e, "source", speaker, span)
        e.rule += ":capital-addressee"


def _anaphoric(doc, speaker, before: int) -> bool:
    """The speaker's last span before ``before`` is one word (a bare definite anaphor: الوزارة، الوزير)."""
    spans = [sp for sp in speaker.spans if sp[1] <= before]
    if not spans:
        return False
    s, e = max(spans)
    return " " not in doc.text[s:e].strip()
