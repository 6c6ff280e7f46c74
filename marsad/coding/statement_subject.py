"""A statement noun as a verb's subject speaks for its issuer (Arabic, session 15 AR11).

"وقالت الوزارة في بيان إن … .  وطالب البيان الحكومة التركية بوقف …": the verb's subject is the statement (البيان,
``statement_nouns_ar.tsv`` kind ``subject``), no actor, so the demand had no source.  The source is the speaker of the
nearest earlier event (at most :data:`BACK` sentences before) with a source whose sentence names a statement (kind
``indef``: في بيان، بيانا): its source is copied (marker ``:src-statement``).  A statement noun that is the verb's
object ("أصدرت الوزارة البيان") is not read: only the word right after the verb.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, kind_sets

BACK = 4   # sentences (a caption may stand between)


def apply(doc, events: list) -> None:
    forms = None
    for ev in events:
        if ev.lang != "ar" or ev.source_code or ":verb:" not in ev.rule or ev.sentence < 1:
            continue
        nxt = doc.text[ev.trigger_end:ev.trigger_end + 12].split()
        if not nxt:
            continue
        if forms is None:
            forms = kind_sets("statement_nouns_ar.tsv", ("subject", "indef"))
        if normalize(nxt[0].strip("،,.\"")) not in forms["subject"]:
            continue
        ante = None
        for e in events:
            if e is ev or not e.source_code or not (ev.sentence - BACK <= e.sentence < ev.sentence) \
                    or (ante is not None and e.trigger_start <= ante.trigger_start):
                continue
            s = doc.sentences[e.sentence]
            if any(normalize(w.strip("،,.\"")) in forms["indef"] for w in doc.text[s.start:s.end].split()):
                ante = e
        if ante is not None:
            copy_side(ev, "source", ante, "source")
            ev.source_span = None
            ev.rule += ":src-statement"
