"""A verb entry read as the noun a remark or a ruling is about (session 27, PREC5).

"A ruling on Guyana's request is expected within weeks", "did not comment on the sentence", "voted on the offer": the
verb entry (request 020, sentence 173, offer 030 …) after a determiner or a possessive ('s) is a noun, and as the
object of a topic preposition (``topic_noun_en.tsv`` kind ``prep``: on, about, over …) it names an act told before or
elsewhere, no new act: the events stage codes none (as "without a credible offer", english.without_noun).  Between
the preposition and the trigger: a determiner (kind ``det``) or an owner with "'s" (at most :data:`REACH` words
before it), then at most one lower-case modifier (the noun reading).  A verb entry followed by a word of
kind ``keep`` ("agreed on the release of 40 prisoners", "talks on the exchange of detainees": the act with its
patient, the content of the talks) stays; so do acts of force and protests (the events stage reads "the raids",
"cracked down on the protest" on its own).  After a word of kind ``remark`` (a speaker commenting or speaking; one
"-ly" adverb may stand between: "has not spoken publicly about the arrest", "did not comment on the rally") the
topic is an act told before whatever its root and whether the entry is a verb or a noun (:func:`remark_topic`,
session 50 PRECEN50): a remark is about the arrest, no second arrest.
"""
from __future__ import annotations

from .structure import kind_sets

REACH = 3   # the owner before 's: "on the appeal court's sentence"
_KINDS = ("prep", "det", "keep", "remark")
_OWN_ROOTS = frozenset(("14", "18", "19", "20"))


def _sets() -> dict:
    return kind_sets("topic_noun_en.tsv", _KINDS)


def _poss(w) -> bool:
    return w.text in ("'s", "’s", "'", "’")


def _topic_prep(words, i: int, f: dict) -> int:
    """Index of the topic preposition a determiner and at most one modifier (or an owner with 's) stand after
    before the noun at ``i`` ("on the latest request", "over Guyana's request"), or -1."""
    k = i - 1
    if k >= 1 and words[k].text.isalpha() and words[k].text.islower() and words[k].norm not in f["det"] \
            and (words[k - 1].norm in f["det"] or _poss(words[k - 1])):
        k -= 1   # one modifier: "on the latest request", "on Guyana's new request"
    if k < 1:
        return -1
    if words[k].norm in f["det"]:
        return k - 1 if words[k - 1].norm in f["prep"] else -1
    if not _poss(words[k]):
        return -1
    # the owner before 's: up to REACH words, names, modifiers and determiners ("on the court's", "over Guyana's")
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        w = words[j]
        if w.norm in f["prep"]:
            return j if j < k - 1 else -1
        if not w.text.isalpha():
            return -1
    return -1


def remark_topic(words, i: int) -> bool:
    """Is the trigger at ``i`` (any root, verb or noun entry) the topic a speaker comments or speaks on ("did not
    comment on the rally", "has not spoken publicly about the arrest")?"""
    f = _sets()
    if i + 1 < len(words) and words[i + 1].norm in f["keep"]:
        return False
    p = _topic_prep(words, i, f)
    if p < 1:
        return False
    r = p - 1
    if r >= 1 and words[r].norm.endswith("ly") and words[r].norm not in f["remark"]:
        r -= 1   # "spoken publicly about"
    return words[r].norm in f["remark"]


def topic_object(words, i: int, root: str) -> bool:
    """Is the verb entry at ``i`` (an event of CAMEO root ``root``) the noun object of a topic preposition?"""
    if root in _OWN_ROOTS:
        return False
    f = _sets()
    if i + 1 < len(words) and words[i + 1].norm in f["keep"]:
        return False
    return _topic_prep(words, i, f) >= 0
