""""near the Taiwan-controlled Matsu islands": the controlling country is the target (English, session 21 B8EN).

"China's coast guard carried out law enforcement patrols near the Taiwan-controlled Matsu islands": the NER took
"Taiwan-controlled Matsu" for a name with no code, so the patrols had no target.  A target-less event whose clause
goes on (at most ``_AHEAD`` words after the trigger, no clause punctuation) to a word "<Name>-<suffix>" (suffixes of
``controlled_place_en.tsv``: controlled, held, occupied …) whose name is a country or its nationality ("Taiwan",
"Russian") takes that country as its target (rule marker ``:tgt-controlled``), unless it is the source's own.
"""
from __future__ import annotations

from .english import resolve_word
from .structure import form_set

_AHEAD = 8


def apply(doc, events) -> None:
    forms = None
    for ev in events:
        if ev.lang != "en" or ev.target_code or "-" not in doc.text[ev.trigger_end:ev.sentence_end]:
            continue
        if forms is None:
            forms = form_set("controlled_place_en.tsv")
        pos = ev.trigger_end
        for w in doc.text[ev.trigger_end:ev.sentence_end].split()[:_AHEAD]:
            k = doc.text.index(w, pos)
            pos = k + len(w)
            name, _, suf = w.strip(",;:.\"'").partition("-")
            if suf.lower() in forms and name[:1].isupper():
                r = resolve_word(name)
                c = getattr(r, "country", None) if r is not None else None
                if c and getattr(r, "code", None) == c and c != ev.source_country:
                    ev.target_country = ev.target_code = c
                    ev.target_span = (k, k + len(name))
                    ev.rule += ":tgt-controlled"
                break
            if w[-1] in ",;:.":
                break   # the clause ends
