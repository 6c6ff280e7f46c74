"""The press a statement is made to is its audience, not its target (session 32).

"وحذر فؤاد حسين في تصريح للصحفيين من دهوك من أن بغداد ستلجأ …": an Arabic event whose target is a bare media actor
(MED) standing within three words after a statement noun (``press_audience.tsv``: تصريح، مؤتمر، حديث، مقابلة) is told
to the press; the target is cleared (a later rule -- the condition's side, the story's other country -- may fill it).
Rule marker ``:press-audience``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import clear_side, kind_sets

_WORD = re.compile(r"[^\s،,.؛;:\"«»()]+")


def apply(doc, events) -> None:
    nouns = None
    for ev in events:
        if ev.lang != "ar" or (ev.target_code or "") != "MED" or not ev.target_span:
            continue
        if nouns is None:
            nouns = kind_sets("press_audience.tsv", ("statement",))["statement"]
        before = [normalize(w.group()) for w in _WORD.finditer(doc.text, max(ev.sentence_start, ev.target_span[0] - 40),
                                                                ev.target_span[0])][-3:]
        if any(w in nouns or (w[:1] in "وف" and w[1:] in nouns) for w in before):
            clear_side(ev, "target")
            ev.rule += ":press-audience"
