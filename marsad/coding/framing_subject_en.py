"""An act noun that opens a framing sentence is a reference, no new act (English, session 50 PRECEN50).

"The incursion came little more than a week after Poland shot down …", "The attacks come weeks after …", "The clash
came days after Israel resumed heavy strikes": a sentence that places an act told before in time against another
names that act by a definite noun as its subject; it was coded as a second attack or clash (often historical, with
a side taken from the other clause).  An English event (noun or verb entry) whose trigger is the one word after the
sentence-opening determiner (``framing_subject_en.tsv`` kind det; one lower-case modifier may stand between) is
dropped when a framing verb (kind frame) follows it and a linking word (kind link: after, as, amid …) follows the
verb within :data:`REACH` words, no punctuation between.  "The attack killed 12 people" and "Rebels attacked …"
are unchanged.
"""
from __future__ import annotations

from .lexicon import lexicon
from .structure import kind_sets, reach_end, start_index, words_of

_KINDS = ("det", "frame", "link")
REACH = 7   # "came little more than a week after"
_OPENING = 40   # characters: a trigger further into its sentence is no second or third word (no word split needed)


def _framing(words, n: int, sets) -> bool:
    k = 1 if n == 1 else 2 if n == 2 and words[1].text.isalpha() and words[1].text.islower() else -1
    if k < 0 or words[0].norm not in sets["det"] or n + 1 >= len(words) or words[n + 1].norm not in sets["frame"]:
        return False
    return any(words[j].norm in sets["link"] for j in range(n + 2, reach_end(words, n + 2, REACH)))


def drop(doc, evs: list) -> list:
    sets = kind_sets("framing_subject_en.tsv", _KINDS)
    out = []
    for e in evs:
        if e.lang == "en" and 0 <= e.sentence < len(doc.sentences) \
                and e.trigger_start - doc.sentences[e.sentence].start < _OPENING:
            words = words_of(doc, doc.sentences[e.sentence], lexicon("en"))
            n = start_index(words).get(e.trigger_start, -1)
            if 0 < n <= 2 and e.trigger_end == words[n].end and _framing(words, n, sets):
                continue
        out.append(e)
    return out
