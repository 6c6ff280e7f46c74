""""لو جلست الأطراف إلى طاولة المفاوضات لما قتل آلاف المدنيين": a counterfactual, not a report (session 13, lead).

An Arabic counterfactual opens with لو / لولا and answers with a ل-clause (لما، لكان، لكانت …: ``counterfactual_ar.tsv``,
kinds ``if`` and ``then``).  The negotiations of the لو clause did not take place, and the killings of the answer
are told as what would not have happened.  The event stage reads a condition word inside the trigger's own clause
only, and "لو أن" puts a complementizer between the condition and its verb, so the talks came out asserted.
When the sentence opens with an ``if`` word (within its first two words: "لو أن"، "ولولا"; concessive "ولو أن"
"even though" is not one, it has no ``then`` answer) and a ``then`` word follows it, the events before the answer
are hypothetical and those from it on conditional, as English "if" clauses are (``conditions.fronted_condition``).
"""
from __future__ import annotations

from .structure import kind_sets

OPEN = 2   # the if word among the sentence's first OPEN words


def _forms() -> dict:
    return kind_sets("counterfactual_ar.tsv", ("if", "then"))


def counterfactual(words, evs: list) -> None:
    """Set the modality of the events of a counterfactual sentence (see the module doc); in place."""
    f = _forms()
    if not words or (words[0].norm not in f["if"] and (len(words) < 2 or words[1].norm not in f["if"])
                     and (len(words) < 3 or not words[0].punct or words[2].norm not in f["if"])):
        return   # (no if word among the first words: the common case, without building the opening list)
    opening = [k for k, w in enumerate(words[:OPEN + 2]) if not w.punct][:OPEN]
    if not any(words[k].norm in f["if"] for k in opening):
        return
    start = next(k for k in opening if words[k].norm in f["if"])
    answer = next((words[k].start for k in range(start + 2, len(words)) if words[k].norm in f["then"]), None)
    if answer is None:
        return
    for e in evs:
        if e.modality == "asserted":
            e.modality = "hypothetical" if e.trigger_start < answer else "conditional"
