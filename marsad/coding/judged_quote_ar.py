"""A statement whose quoted words judge an act is a criticism (Arabic, session 35 lead).

'وقال الغنوشي للصحفيين إن ما قام به سعيد "انقلاب على الثورة وعلى الدستور"': the statement's content opens a quotation
with a word of condemnation (``judged_quote_ar.tsv`` kind ``label``: انقلاب، جريمة، مجزرة، عدوان …) within its first
words; such a statement by its speaker is a criticism or denunciation (111), its target the content's first actor other
than the speaker (the quote stage's rule).  A label outside quotation marks ("قال إن الانقلاب فشل": the coup told as a
happening) is left alone.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import kind_sets

_OPEN = "\"«“"
_REACH = 10   # words of the content before the quoted label
_QUOTED = re.compile(r"[\"«“]\s*(\S+)")


def judged(text: str, q) -> bool:
    """Does the quote's content open, within its first :data:`_REACH` words, a quotation whose first word is a label?"""
    if q.content_end <= q.content_start:
        return False
    head = text[q.content_start:q.content_end]
    labels = kind_sets("judged_quote_ar.tsv", ("label",))["label"]
    for m in _QUOTED.finditer(head):
        if len(head[:m.start()].split()) > _REACH:
            return False
        if normalize(m.group(1).strip("\"«»“”،,.")) in labels:
            return True
    return False
