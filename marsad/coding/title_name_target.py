"""A name right after its own title is no object (session 44, lead).

"رحب رئيس إقليم كردستان نيجيرفان بارزاني بالخطوة": the title phrase (a lexicon entry of its own) and the person's
name are two actors side by side; the verb's subject search took the title and its object search the name, so the
region's president welcomed himself.  An event whose target span begins right after its source span (only spaces
between) with the same actor code, the target a listed person's name and the source no named person, has no target from
there: the name is the subject's
apposition.  Marker ``:title-name``.
"""
from __future__ import annotations

from .structure import actor_of, clear_side


def apply(doc, events) -> None:
    text = doc.text
    for ev in events:
        s, t = ev.source_span, ev.target_span
        if not s or not t or not ev.target_code or ev.target_code != ev.source_code or s[1] > t[0] \
                or t[0] - s[1] > 2 or text[s[1]:t[0]].strip():
            continue
        tgt, src = actor_of(doc, ev.target_actor_id), actor_of(doc, ev.source_actor_id)
        if tgt is None or tgt.kind != "person" or not (tgt.entity_id or "").startswith("P.") or src is None \
                or (src.entity_id or "").startswith("P."):
            continue   # (only a listed person's name after a title that names no one: "أقال الرئيس التونسي قيس سعيد
            # رئيس الحكومة" has a named subject and a title for object)
        clear_side(ev, "target")
        ev.rule += ":title-name"
