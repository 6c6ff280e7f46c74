"""A headline's bare past participle after its subject is a passive (English, session 38 GAPEN38).

"Peru's Castillo ousted and arrested after trying to dissolve Congress", "Opposition leader detained in Minsk":
headline style drops the auxiliary of a passive ("was ousted") and tells acts done in the present tense ("Congress
ousts Castillo"), so a bare -ed form right after the headline's subject, with no object actor after it, tells what was
done to that subject.  The event stage read the subject as the agent (Castillo ousting somebody).  In a title
sentence, an English verb event whose one-word trigger ends in -ed (kind ``participle_end`` of
``headline_passive_en.tsv``) and stands right after its source's words (or after "and" + another such participle of
the same subject: "ousted and arrested"), with no target actor, takes the source as its target and no source; the
lead's telling then supplies the agent (``retold``).  Marker ``:headline-passive``.
"""
from __future__ import annotations

import re

from .structure import copy_side, clear_side

# between the subject and the participle: nothing, or another bare participle and "and" ("ousted and arrested")
_JOIN = re.compile(r"\s*(?:\w+ed\s*(?:,|and)\s*)?")


def apply(doc, events) -> None:
    for ev in events:
        if ev.lang != "en" or ":verb:" not in ev.rule or ev.target_actor_id or not ev.source_span \
                or doc.sentences[ev.sentence].segment_kind != "title":
            continue
        trig = doc.text[ev.trigger_start:ev.trigger_end]
        if " " in trig or not trig.lower().endswith("ed") or len(trig) < 5:
            continue
        s1 = ev.source_span[1]
        if s1 > ev.trigger_start or not _JOIN.fullmatch(doc.text, s1, ev.trigger_start):
            continue
        copy_side(ev, "target", ev, "source")
        clear_side(ev, "source")
        ev.rule += ":headline-passive"
