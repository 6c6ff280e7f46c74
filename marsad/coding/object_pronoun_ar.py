"""A detached object pronoun names the object of the clause before (Arabic, session 17 B4AC).

"قال الجيش إن قواته قصفت مواقع لجماعة مسلحة في شمال البلاد، متهما إياها بتهريب السلاح": the participle's (or
verb's) object is the pronoun إياها (``object_pronoun_ar.tsv``) right after its trigger; it refers to the object
of the nearest earlier event of the sentence, whose target becomes this event's target.  Only an event with no
target (a target already read stays).  Rule marker ``:tgt-pronoun``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, form_set

_STRIP = "،,.;؛:!؟?\"«»()"


def apply(doc, events: list) -> None:
    if "إيا" not in doc.text and "ايا" not in doc.text:
        return   # (most documents: no detached pronoun at all; one substring search)
    forms = None
    for ev in events:
        if ev.lang != "ar" or ev.target_code or ev.target_country or not ev.source_code:
            continue
        after = doc.text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + 16)].split(None, 1)
        if not after:
            continue
        if forms is None:
            forms = form_set("object_pronoun_ar.tsv")
        if normalize(after[0].strip(_STRIP)) not in forms:
            continue
        main = None
        for e in events:
            if e is ev or e.sentence != ev.sentence or e.trigger_start >= ev.trigger_start or not e.target_code:
                continue
            if main is None or e.trigger_start > main.trigger_start:
                main = e
        if main is None or main.target_code == ev.source_code:
            continue
        copy_side(ev, "target", main, "target")
        ev.target_span = None
        ev.rule += ":tgt-pronoun"
