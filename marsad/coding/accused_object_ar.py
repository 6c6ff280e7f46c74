""""وقالت وزارة الخارجية في بيان إن …، واتهمت الحكومة الكينية بالتواطؤ مع …": an accusation verb joined by و to the
speaker's saying, with its subject elided, reads its object as its subject (Arabic, session 30 lead).

"اتهم X بـ…": the accused comes right after the verb and the charge after ب; a subject would stand between the verb
and the accused.  So a و-verb of root 11 (an accusation, 112) whose VSO subject is followed right away by a ب-word
(بالتواطؤ، بـ"التواطؤ"، بدعم …) has no subject of its own: that actor is the accused (the target), and the source is
the speaker of the saying before it in the sentence (``doc.quotes``), when the verb agrees with the speaker's head
in gender (as ``elided_subject_ar``).  Rule marker ``:accused-object``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .agreement import masc_verb
from .elided_subject_ar import _feminine_head
from .structure import actor_of, fill_side

_CHARGE = re.compile(r"\s*[«\"]?ب\S")


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("11",))


def apply(doc, events) -> None:
    text = doc.text
    for ev in events:
        if ev.lang != "ar" or ev.cameo[:3] != "112" or ":verb:" not in ev.rule or not ev.source_span \
                or ev.trigger[:1] not in ("و", "ف") or ":accused-object" in ev.rule:
            continue
        s0, s1 = ev.source_span
        if s0 < ev.trigger_end or text[ev.trigger_end:s0].strip() or not _CHARGE.match(text, s1):
            continue
        b = len(text) - len(text[s1:].lstrip(" \t\n«\""))
        if any(s <= b < e for a in doc.actors for s, e in a.spans):
            continue   # (session 53 gapar53) a name whose own first letter is ب is no charge: "واتهمت الوزارة بروكسل
            # بنشر …" has its accused after the subject
        q = next((q for q in reversed(doc.quotes) if q.sentence == ev.sentence and q.speaker_actor_id
                  and q.speaker_end <= ev.trigger_start and q.speaker_actor_id != ev.source_actor_id), None)
        if q is None and ev.sentence > 0 and not text[ev.sentence_start:ev.trigger_start].strip():
            # (session 53 gapar53) the verb opening its sentence: "قال الدبيبة إنه لن يسلم السلطة. واتهم مجلس النواب
            # بعرقلة …" -- the speaker of the sentence before goes on (the last quote there with a speaker)
            q = next((q for q in reversed(doc.quotes) if q.sentence == ev.sentence - 1 and q.speaker_actor_id
                      and q.speaker_actor_id != ev.source_actor_id), None)
        if q is None:
            continue
        speaker, accused = actor_of(doc, q.speaker_actor_id), actor_of(doc, ev.source_actor_id)
        if speaker is None or accused is None or not speaker.code \
                or masc_verb(normalize(ev.trigger.split()[0])) == _feminine_head(doc, q, speaker):
            continue
        fill_side(ev, "target", accused, (s0, s1))
        fill_side(ev, "source", speaker, (q.speaker_start, q.speaker_end))
        ev.rule += ":accused-object"
