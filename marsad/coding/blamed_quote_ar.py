"""A reported statement that names who is to blame (Arabic; session 40, lead).

"وقال إن إسرائيل هي المسؤولة الوحيدة عن الكارثة الإنسانية في القطاع": the content opens with an actor and calls it
responsible ("هي / هو / هم المسؤول(ة) … عن"): the statement is an accusation (112) of that actor, as "حمّل X
المسؤولية" is.  :func:`blamed` gives the start of the blamed actor's words (the content's first word), or -1.
"""
from __future__ import annotations

import re

# the blamed one (one to four words), a pronoun of reference (optional), "responsible", an adjective (optional), عن
_BLAME = re.compile(r"\s*(?:\S+\s+){0,3}?(?:(?:هي|هو|هم)\s+)?(?:ال)?مسؤول(?:ة|ون|ين)?\s+(?:(?:ال)?(?:وحيد|وحيدة|أول|أولى|"
                    r"كامل|كاملة|مباشر|مباشرة)\s+)?عن\s")


def blamed(text: str, q) -> int:
    """The start of the blamed actor's words when the quote's content is "X (هي) المسؤولة عن …", else -1."""
    if q.content_end - q.content_start < 12:
        return -1
    m = _BLAME.match(text, q.content_start, min(q.content_end, q.content_start + 90))
    return q.content_start if m else -1
