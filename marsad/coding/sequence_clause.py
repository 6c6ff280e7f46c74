"""An act told in a "قبل أن / بعد أن" clause of a report is part of the story (session 16, EVT).

"وتجمع مئات المحتجين أمام مقر المحافظة أمس، قبل أن تفرقهم قوات الأمن بالقوة": the dispersal is the next step of the
reported happening, dated with it; the learned filter, which reads a verb after قبل أن as a reference, marked it
background.  A verb trigger right after قبل أن / بعد أن (the words in ``sequence_clause.tsv``) stands as the filter's
lead reports do (``events.EventStage._classify``) -- not after a prevention in the sentence before it (kind ``prevent``,
or a ``repel`` cue: "تمكنت القوات من اكتشافها قبل أن تنفجر": the bombs did not explode).
"""
from __future__ import annotations

from .structure import kind_sets, start_index

_KINDS = ("opener", "prevent")


def opens_sequence(words, ev) -> bool:
    if ":verb:" not in ev.rule:
        return False
    k = start_index(words).get(ev.trigger_start)
    if k is None or k < 2:
        return False
    sets = kind_sets("sequence_clause.tsv", _KINDS)
    if not (words[k - 1].norm in ("ان", "أن") and words[k - 2].norm in sets["opener"]):
        return False
    # "تمكنت القوات من اكتشافها قبل أن تنفجر": after a prevention (managed to, foiled, stopped) the act after قبل أن
    # did not happen
    return not any(w.norm in sets["prevent"] or "repel" in w.cue for w in words[:k - 2])
