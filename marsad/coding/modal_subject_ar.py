""""ضربات جوية يمكن أن تستهدف مطارات عسكرية إذا لم …": an attack noun that is the subject of a modal predicate (session
35, gsr35).

Arabic puts an indefinite subject before its verb in a content clause ("قال إن ضربات جوية يمكن أن تستهدف …"، "حذر من أن
هجمات جديدة ستستهدف …").  The event stage reads a trigger's modality from the words BEFORE it, so the noun came out
asserted -- a reported strike -- while its own verb, right after it, is the conditional / future / hypothetical act.
The noun and the verb tell one act: when a noun event of an attack or protest root is followed, within its
adjectives (at most ``GAP`` words, no punctuation, no other trigger), by a modal word (cue ``possible``, ``future``
or ``can`` of ``cues_ar.tsv``: يمكن، قد، سوف) and then by a verb event whose modality is not counted as an occurrence
(conditional, hypothetical, future, intent) or that is negated, the noun takes the verb's modality and negation.  A
verb whose modality is counted ("هجمات قد استهدفت": possible) leaves the noun as it is.
"""
from __future__ import annotations

from .structure import start_index

GAP = 3   # words between the noun and the modal word (its adjectives: "ضربات جوية"، "هجمات انتحارية جديدة")
_ROOTS = frozenset(("14", "18", "19", "20"))
_MODAL_CUES = ("possible", "future", "can")
_UNCOUNTED = frozenset(("conditional", "hypothetical", "future", "intent"))
ACTS_ON = _ROOTS   # the events stage skips it for a sentence with none of these roots


def apply(words, evs: list) -> None:
    """Give an attack / protest noun the modality of the modal predicate right after it (see the module doc)."""
    nouns = [e for e in evs if e.root in _ROOTS and e.rule.startswith("ar:noun:") and e.modality == "asserted"
             and not e.negated]
    if not nouns:
        return
    idx = start_index(words)
    verbs = {idx.get(e.trigger_start): e for e in evs if e.rule.startswith("ar:verb:")}
    verbs.pop(None, None)
    if not verbs:
        return
    n = len(words)
    for ev in nouns:
        i = idx.get(ev.trigger_start)
        if i is None:
            continue
        k = i + 1
        while k < n and words[k].end <= ev.trigger_end:
            k += 1   # (past the noun's own words: "ضربات جوية" may be one trigger)
        m = next((j for j in range(k, min(n, k + GAP + 1))
                  if words[j].punct or j in verbs or any(c in words[j].cue for c in _MODAL_CUES)), -1)
        if m < 0 or words[m].punct or m in verbs:
            continue
        # the verb: right after the modal word, or after its complementizer أن (يمكن أن تستهدف)
        v = next((verbs[j] for j in (m + 1, m + 2) if j in verbs and (j == m + 1 or "comp" in words[m + 1].cue
                                                                         or words[m + 1].norm == "ان")), None)
        if v is None or not (v.modality in _UNCOUNTED or v.negated):
            continue
        ev.modality, ev.negated = v.modality, v.negated
        ev.rule += ":modal-subj"
