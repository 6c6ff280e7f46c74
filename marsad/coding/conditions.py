"""Fronted conditions in English: "If Iran stops enriching uranium, Washington will lift sanctions".

The event stage reads a condition word inside the trigger's own clause (``events._scope``); a fronted
"if" / "unless" clause ends at its comma, so the clause it conditions never sees it.  This module
answers that one question for the clause that follows.  Word lists are the ``cond`` cues of
``cues_en.tsv`` (data, not code).
"""
from __future__ import annotations


def fronted_condition(words, cs: int) -> bool:
    """True when the clause starting at word ``cs`` follows, after a comma, a clause that opens with a
    condition word ("If X, Y will …", "Unless X, Y …"; also after "and" / "but": "But if X, Y …")."""
    if cs < 3 or words[cs - 1].norm != ",":
        return False
    k = cs - 2
    while k > 0 and not words[k - 1].punct:
        k -= 1
    # k: the first word of the preceding stretch (sentence start or after punctuation)
    for j in (k, k + 1):
        if j >= cs - 1:
            return False
        if "cond" in words[j].cue and words[j].norm in ("if", "unless"):
            return True
        if words[j].norm not in ("and", "but", "so", "even"):
            return False
    return False


# words before a doubt word that make it none ("there is no doubt Iran will …")
_NOT_DOUBT = frozenset(["no", "little", "without", "beyond"])


def doubted(words, i: int, span: int = 7) -> bool:
    """True when a doubt word (cue ``doubt``: doubted, doubts, sceptical …) governs the verb at word ``i`` from
    at most ``span`` words before it (or "whether" does), with no punctuation or coordinator in between: "The United States said
    it doubted Iran would honour its commitments", "doubts that Tehran will comply" -- the act is not asserted
    (hypothetical).  "There is no doubt Iran will …" is no doubt.  Session 9 EN2."""
    for j in range(i - 1, max(-1, i - 1 - span), -1):
        w = words[j]
        if w.punct or w.norm in ("and", "but", "or"):
            return False
        if w.norm == "whether" and "hypo" in w.cue:
            return True   # "questioned whether China would enforce the sanctions" (the stage reads it 2 words back only)
        if "doubt" in w.cue:
            return not (j > 0 and words[j - 1].norm in _NOT_DOUBT)
    return False
