"""A purpose infinitive after a contact verb is its subject's act (session 49, lead).

"Azerbaijani President Ilham Aliyev phoned Erdogan on Tuesday to express his sympathy": the English SVO reading gives
the act after "to" the nearest actor before it -- Erdogan, the call's object.  A purpose infinitive of a verb of
making contact (``contact_purpose_en.tsv``: phoned, met, visited …; not "urged / asked X to", whose object acts) is done
by the contact's subject: when the act right after "to" follows a contact event of its sentence (root 04, its subject
before its verb) within ``_REACH`` words and no punctuation, and the act's source is that event's object (or none),
the act takes the contact's subject as its source, and its object as the target when it has none.
"""
from __future__ import annotations

import re

from .structure import copy_side, kind_sets

_REACH = 60   # characters between the contact verb's end and "to"
_CLAUSE_MARK = re.compile(r"[.;:,!?\"“”()]")


def apply(doc, events) -> None:
    contacts = [ev for ev in events if ev.lang == "en" and ev.root == "04" and ev.source_span
                and ev.source_span[0] < ev.trigger_start]
    if not contacts:
        return
    verbs = kind_sets("contact_purpose_en.tsv", ("verb",))["verb"]
    text = doc.text
    for ev in events:
        if ev.lang != "en" or text[max(0, ev.trigger_start - 3):ev.trigger_start].lower() != "to ":
            continue
        for c in contacts:
            gap = text[c.trigger_end:ev.trigger_start - 3]
            if c is ev or c.trigger_end > ev.trigger_start or len(gap) > _REACH or _CLAUSE_MARK.search(gap) \
                    or text[c.trigger_start:c.trigger_end].split()[0].lower() not in verbs:
                continue
            if ev.source_span is not None and ev.source_span != c.target_span:
                continue   # (the act has a subject of its own)
            if ev.source_actor_id == c.source_actor_id:
                break
            copy_side(ev, "source", c)
            if ev.target_actor_id is None or ev.target_actor_id == c.source_actor_id:
                copy_side(ev, "target", c)
            ev.rule += ":contact-purpose"
            break
