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
