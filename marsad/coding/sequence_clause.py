"""An act told in a "قبل أن / بعد أن" clause of a report is part of the story (session 16, EVT).

"وتجمع مئات المحتجين أمام مقر المحافظة أمس، قبل أن تفرقهم قوات الأمن بالقوة": the dispersal is the next step of the
reported happening, dated with it; the learned filter, which reads a verb after قبل أن as a reference, marked it
background.  A verb trigger right after قبل أن / بعد أن (the words in ``sequence_clause.tsv``) stands as the filter's
lead reports do (``events.EventStage._classify``).
"""
from __future__ import annotations

from .structure import form_set, start_index


def opens_sequence(words, ev) -> bool:
    if ":verb:" not in ev.rule:
        return False
    k = start_index(words).get(ev.trigger_start)
    if k is None or k < 2:
        return False
    forms = form_set("sequence_clause.tsv")
    return words[k - 1].norm in ("ان", "أن") and words[k - 2].norm in forms
