"""A gathering noun that is only the setting of another act is no meeting event (English, session 49 PRECEN49).

"Trump abruptly left the summit", "Xi skipped the summit", "signed the accord on the sidelines of the ASEAN summit",
"26 countries pledged at a summit in Paris", "the summit's host", "as he flew to Malaysia for a summit of Southeast
Asian leaders", "the leaders are expected to close the summit": a summit is named as where and when the leaving, the
signing or the pledge happened; it was coded as a meeting of its own (040 / 036, mostly with no sides).  An English
root-04 / 036 noun event whose trigger is a gathering noun (``gathering_noun_en.tsv`` kind noun) is dropped unless a
holding verb stands right before it (kind holder, words of kind skip between: "held their first summit", "would hold
an extraordinary summit") or its parties follow it (kind partner within four words: "the first summit between the
two allies", "a three-way summit with Putin"), or it opens its sentence as the subject ("The summit opens in Cairo
next Tuesday", test_session15_lead).  "talks" and "meeting" are not gathering nouns: their bare mentions are as
often the act itself ("after four days of talks in Beijing").  They are dropped only as references with no side
(kind ref_noun, :func:`drop_references`, session 50 PRECEN50): read as the object of another predicate or preposition
(rule marker ":ref") and naming no party -- "at the start of the talks", "a source close to the talks said", "a day
after the talks were due to close", "outside the formal talks", "a basis for talks": the talks are the setting or the
topic of another act.  "after four days of talks in Beijing between Iran and Saudi Arabia" (parties) stays.
"""
from __future__ import annotations

from .structure import drop_en_nouns, kind_sets

_KINDS = ("noun", "holder", "partner", "skip", "ref_noun")
_PARTNER_REACH = 4

# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("04", "036"))


def _held_or_partnered(words, n: int, sets) -> bool:
    k = n - 1
    while k >= 0 and words[k].norm in sets["skip"]:
        k -= 1
    if k < 0:
        return True   # the sentence's subject: the meeting told as a happening ("The summit opens in Cairo on Monday")
    if not words[k].punct and words[k].norm in sets["holder"]:
        return True
    for j in range(n + 1, min(len(words), n + 1 + _PARTNER_REACH)):
        if words[j].punct:
            return False
        if words[j].norm in sets["partner"]:
            return True
    return False


def drop(doc, evs: list) -> list:
    sets = kind_sets("gathering_noun_en.tsv", _KINDS)
    return drop_en_nouns(doc, evs, ACTS_ON, sets["noun"], lambda words, n: not _held_or_partnered(words, n, sets))


def drop_references(evs: list) -> list:
    """``evs`` without the English meeting noun events (kind ref_noun) read as a reference and naming no side."""
    nouns = None
    out = []
    for e in evs:
        if e.lang == "en" and e.root == "04" and ":noun:" in e.rule and ":ref" in e.rule \
                and not e.source_code and not e.target_code:
            if nouns is None:
                nouns = kind_sets("gathering_noun_en.tsv", _KINDS)["ref_noun"]
            if e.trigger.strip().lower() in nouns:
                continue
        out.append(e)
    return out
