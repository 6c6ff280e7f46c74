"""The bare people an English passive of violence names are its civilian victims (session 46, GAPEN46).

"At least 31 people were killed in protests across the country", "Several people, including a gendarme, have been
killed in the unrest": the dead are no actor of the lexicon ("people" is no role: "people said" is no one), so the
killing had no target and dropped out of every dyad, while a reader codes the country's civilians.  A source-less or
sourced violence event (roots 18-20) with no target, whose trigger is a passive participle (a form of "be" right
before it, an adverb between allowed), takes a bare civilian target (CVL, no country, the noun as its evidence) when
a people noun (``people_victims_en.tsv``: people, residents, villagers …) stands among the eight words before the
"be" with no sentence punctuation but commas between; the domestic steps after it give the sentence's or the story's
country.  Rule marker ``:tgt-people``.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from .structure import fill_side, form_set

ACTS_ON = frozenset(("18", "19", "20"))
_BE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_WORDS_BACK = 8
_CIVILIANS = SimpleNamespace(id=None, code="CVL", country=None, role="CVL")


def apply(doc, events: list) -> None:
    nouns = form_set("people_victims_en.tsv")
    text = doc.text
    for ev in events:
        if ev.lang != "en" or ev.target_code or ev.cameo[:2] not in ACTS_ON:
            continue
        m = _BE.search(text, max(ev.sentence_start, ev.trigger_start - 24), ev.trigger_start)
        if m is None:
            continue
        before = text[ev.sentence_start:m.start()]
        words = list(re.finditer(r"[\w'-]+|[.;:!?]", before))[-_WORDS_BACK:]
        for w in reversed(words):
            if w.group() in ".;:!?":
                break
            if w.group().lower() in nouns:
                s = ev.sentence_start + w.start()
                fill_side(ev, "target", _CIVILIANS, (s, s + len(w.group())))
                ev.rule += ":tgt-people"
                break
