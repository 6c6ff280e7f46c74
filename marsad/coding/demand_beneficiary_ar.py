"""Whom a demand is for is not whom it is made of (session 32).

"وطالبت وزارة الخارجية المصرية في بيان بضمان سلامة الجنود": the people whose safety or protection a demand asks for
are its beneficiaries, not the party asked.  An Arabic appeal or demand (roots 02, 10) whose target is a bare role or
one of the source's own country ("بضمان سلامة الجنود الأردنيين") with, in the four words before it, a ب-word and a
beneficiary noun (``demand_beneficiary_ar.tsv``: سلامة، حماية، أمن، تأمين، إنقاذ) loses that target; a later rule
(the story's other side) may fill it.  "باستقالة الحكومة"، "بتغيير قائد الشرطة" keep theirs: the government is asked
(or made) to go.  Rule marker ``:tgt-beneficiary``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import clear_side, kind_sets

_WORD = re.compile(r"\S+")


def _bare(w: str) -> str:
    """The word without its proclitics (و، ب، ل, in that order)."""
    for c in ("و", "ب", "ل"):
        if w[:1] == c and len(w) > 3:
            w = w[1:]
    return w


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("10", "02"))


def apply(doc, events) -> None:
    nouns = None
    for ev in events:
        if ev.lang != "ar" or ev.root not in ACTS_ON or not ev.target_span or ev.target_span[0] < ev.trigger_end:
            continue
        if ev.target_country:
            if ev.target_country != ev.source_country:
                continue
        elif len(ev.target_code or "") != 3:
            continue   # (an IGO, a named body: "يطالبون بتدخل الأمم المتحدة" is asked to act)
        between = doc.text[ev.trigger_end:ev.target_span[0]]
        if "ب" not in between:
            continue
        if nouns is None:
            nouns = kind_sets("demand_beneficiary_ar.tsv", ("beneficiary_ar",))["beneficiary_ar"]
        words = [normalize(w.group()) for w in _WORD.finditer(between)][-4:]
        # a ب-word opens the phrase and a beneficiary noun stands in it ("بضمان سلامة"، "بحماية")
        if any(w[:1] == "ب" or w[:2] == "وب" for w in words) and any(_bare(w) in nouns for w in words):
            clear_side(ev, "target")
            ev.rule += ":tgt-beneficiary"
