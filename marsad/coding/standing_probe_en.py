"""An inquiry noun told as a standing state is no investigating act (English, session 50 PRECEN50).

"a businessman under investigation for tax fraud", "was suspended pending an investigation", "resigned in 2023 amid
an influence-peddling investigation", "is the subject of several criminal investigations": the noun says what state a
person or a case is in, the setting of another act (the suspension, the resignation, the conviction); it was coded as
an investigation (090) of its own, mostly with no investigator.  An English noun event whose trigger is a word of
kind noun of ``standing_probe_en.tsv`` is dropped when a word of kind state stands before it, or "of" after a word
of kind subject -- a determiner and at most two lower-case modifiers between ("pending an ethics investigation").
"Police opened an investigation into the deaths", "called for an independent investigation" are unchanged, and so
is a placing verb before the state word (kind placer: "has been put under investigation" is the opening of one).
"""
from __future__ import annotations

from .structure import drop_en_nouns, kind_sets

_KINDS = ("noun", "state", "subject", "placer")
_MODIFIERS = 3   # a determiner and two modifiers: "amid an influence-peddling investigation", "of several criminal …"

# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("09",))


def _standing(words, n: int, sets) -> bool:
    k = n - 1
    while k >= 0 and n - k <= _MODIFIERS and words[k].text[:1].islower() and not words[k].punct \
            and words[k].norm not in sets["state"] and words[k].norm != "of":
        k -= 1
    if k < 0 or n - k > _MODIFIERS + 1:
        return False
    if words[k].norm in sets["state"]:
        return not (k > 0 and words[k - 1].norm in sets["placer"])   # "was put under investigation": the act
    return words[k].norm == "of" and k > 0 and words[k - 1].norm in sets["subject"]


def drop(doc, evs: list) -> list:
    sets = kind_sets("standing_probe_en.tsv", _KINDS)
    return drop_en_nouns(doc, evs, ACTS_ON, sets["noun"], lambda words, n: _standing(words, n, sets))
