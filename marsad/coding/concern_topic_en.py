"""A conflict noun that is only the topic of a concern is no event (session 19, ENX).

"India's prime minister raised his concerns about Sikh protests in Canada with his Canadian counterpart": the
protests are what the speaker is worried about, not a protest told here (it was coded 141 with the speaker's country
as the protesters).  An English noun event (rule ``:noun:``) of the roots 13-20 whose noun stands at most
:data:`_GAP` words after a preposition of kind ``prep`` (about, over) that follows a head of kind ``head`` (concern,
concerns, fears …, ``concern_topic_en.tsv``), no punctuation between, is dropped.  The concern itself (110 on
"expressed concern") is unchanged; "expressed concern after protests erupted" (no topic preposition) keeps the protest.
"""
from __future__ import annotations

from .structure import kind_sets

_ROOTS = frozenset(("13", "14", "15", "16", "17", "18", "19", "20"))
_GAP = 3   # words between the preposition and the noun ("about Sikh protests", "over renewed attacks")
_PUNCT = ",;:.!?()\""


def _topic(doc, e, sets) -> bool:
    before = doc.text[e.sentence_start:e.trigger_start].split()[-(_GAP + 2):]
    for k in range(len(before) - 1, 0, -1):
        w = before[k]
        if any(c in w for c in _PUNCT):
            return False
        if w.lower() in sets["prep"]:
            return before[k - 1].lower() in sets["head"]
    return False


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def drop(doc, evs: list) -> list:
    if not any(e.lang == "en" and e.root in _ROOTS and ":noun:" in e.rule for e in evs):
        return evs
    sets = kind_sets("concern_topic_en.tsv", ("head", "prep"))
    return [e for e in evs if not (e.lang == "en" and e.root in _ROOTS and ":noun:" in e.rule and _topic(doc, e, sets))]
