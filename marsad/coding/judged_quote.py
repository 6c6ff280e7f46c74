"""A statement whose quoted words judge an act is a criticism (Arabic, session 35 lead; English, session 45 ENMISS45).

'وقال الغنوشي للصحفيين إن ما قام به سعيد "انقلاب على الثورة وعلى الدستور"': the statement's content opens a quotation
with a word of condemnation (``judged_quote_ar.tsv`` kind ``label``: انقلاب، جريمة، مجزرة، عدوان …) within its first
words; such a statement by its speaker is a criticism or denunciation (111), its target the content's first actor other
than the speaker (the quote stage's rule).  A label outside quotation marks ("قال إن الانقلاب فشل": the coup told as a
happening) is left alone.

English (``judged_quote_en.tsv``): 'said the delay had been "a serious blow" to the bloc', 'told reporters the move
was "a big mistake"': an English label comes after its article and adjectives, so any of the quotation's first
:data:`_LABEL_WORDS` words may be it (Arabic: the first word, the label heads its phrase).
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import kind_sets

_OPEN = "\"«“"
_REACH = 10   # words of the content before the quoted label
_QUOTED = re.compile(r"[\"«“]\s*([^\"»”]*)[\"»”]?")   # (the closing mark is taken: no quotation opens at it)
_LABEL_WORDS = {"ar": 1, "en": 4}   # words of the quotation that may be its label


def judged(text: str, q, lang: str = "ar") -> bool:
    """Does the quote's content open, within its first :data:`_REACH` words, a quotation whose first word (English:
    one of its first words) is a label?"""
    if q.content_end <= q.content_start:
        return False
    head = text[q.content_start:q.content_end]
    labels = kind_sets(f"judged_quote_{lang}.tsv", ("label",))["label"]
    for m in _QUOTED.finditer(head):
        if len(head[:m.start()].split()) > _REACH:
            return False
        quoted = m.group(1).split()[:_LABEL_WORDS.get(lang, 1)]
        if any(normalize(w.strip("\"«»“”،,.!?")) in labels for w in quoted):
            return True
    return False
