"""A threat noun that only rates a thing is no threat (English, session 40 GAPEN40).

"North Korea's missile launches pose a clear threat to the region," Yoon said; "it posed no threat to national
security"; "the troop deployment was a threat to regional security": an English noun event whose trigger is a noun of
``assessed_threat_en.tsv`` (threat, danger) standing at most :data:`_GAP` plain lower-case words after one of its
verbs (pose, represent, constitute, a form of "be") is the speaker's judgement (a comment the statement carries), not
a threat made by the subject; it is dropped.  "issued a threat", "threats against the embassy" stay.
"""
from __future__ import annotations

from .structure import kind_sets

_GAP = 3


_QUOTES = "\"'\u201c\u201d\u2018\u2019"


def _rated(doc, e, sets) -> bool:
    first = doc.text[e.trigger_start:e.trigger_end].split(None, 1)
    if not first or first[0].lower() not in sets["noun"]:
        return False
    before = doc.text[e.sentence_start:e.trigger_start].lower().split()
    for n in range(1, _GAP + 2):
        if n > len(before):
            return False
        w = before[-n].strip(_QUOTES)   # ('posed "a serious threat"': the quotation marks of a quoted phrase; s41)
        if w in sets["verb"]:
            return True
        if not w.isalpha():
            return False
    return False


def drop(doc, evs: list) -> list:
    if not any(e.lang == "en" and ":noun:" in e.rule for e in evs):
        return evs
    sets = kind_sets("assessed_threat_en.tsv", ("noun", "verb"))
    return [e for e in evs if not (e.lang == "en" and ":noun:" in e.rule and _rated(doc, e, sets))]
