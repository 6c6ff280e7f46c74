""""X warned that attacks on protesters were 'unacceptable'": a warning that judges an act is a criticism (English,
session 27 B19EN).

The trigger row warn (130) reads every warning as a threat.  A warning verb (kind ``verb`` of ``warn_judged_en.tsv``)
followed by "that" whose clause says an act is or was something bad -- a form of "be" (kind ``be``) followed, across
at most ``_GAP`` quote marks and words of kind ``skip`` or other judgements ("shocking and unacceptable"), by an
evaluative predicate (kind ``judge``) -- is recoded 111 (criticize or denounce).  A clause with a modal or a
condition word (kind ``modal``) before that predicate stays a threat: "warned that it would retaliate", "warned that
any attack would be unacceptable".  The clause ends at a boundary mark or at the sentence's end, at most ``_REACH``
words after "that".  Rule marker ``:judged``.
"""
from __future__ import annotations

from .english import recode_event
from .structure import PUNCT_BOUNDARY, PUNCT_FINAL, kind_sets, start_index

_KINDS = ("verb", "be", "modal", "judge", "skip")
_REACH = 16
_GAP = 4


def _judged(words, t: int, sets) -> bool:
    """Whether the that-clause opening at word ``t`` (the "that") says something is or was bad."""
    n = len(words)
    for j in range(t + 1, min(n, t + 1 + _REACH)):
        w = words[j]
        if w.punct and (w.text in PUNCT_BOUNDARY or w.text in PUNCT_FINAL):
            return False
        if w.norm in sets["modal"]:
            return False
        if w.norm in sets["be"]:
            k, m = j + 1, 0
            while k < n and m <= _GAP:
                x = words[k]
                if x.norm in sets["judge"]:
                    return True
                if not (x.punct and x.text not in PUNCT_BOUNDARY and x.text not in PUNCT_FINAL) \
                        and x.norm not in sets["skip"]:
                    break
                k, m = k + 1, m + 1
    return False


# the roots / codes the rule acts on: the events stage calls it only for a sentence with one (s42 SPD42)
ACTS_ON = frozenset(("13", "010"))


def apply(words, evs: list) -> None:
    cands = [e for e in evs if (e.root == "13" or (e.cameo == "010" and e.rule.endswith("quote-statement")
                                                    and e.target_code)) and " " not in e.trigger]
    if not cands:
        return
    sets = kind_sets("warn_judged_en.tsv", _KINDS + ("say",))
    at = start_index(words)
    for e in cands:
        i = at.get(e.trigger_start)
        if i is None or i + 1 >= len(words):
            continue
        if e.root == "13":
            if words[i].norm not in sets["verb"] or words[i + 1].norm != "that":
                continue
            t = i + 1
        else:
            # (session 34) "Amorim said Israel's treatment of the ambassador had been 'absurd'": a statement whose
            # content judges an act of its target is a criticism of it (kind say: the speech verbs read)
            k = i if words[i].norm in sets["say"] else _and_said(words, i, sets)
            if k < 0:
                continue
            t = k + 1 if k + 1 < len(words) and words[k + 1].norm == "that" else k
            if k != i and _judged(words, t, sets) and recode_event(e, "111"):
                # "told reporters the remarks had been meant as …, and said Israel's treatment of the ambassador had
                # been 'absurd'": the second speech verb of the speaker judges; the criticism is told by it (s35)
                e.trigger_start, e.trigger_end, e.trigger = words[k].start, words[k].end, words[k].text
                e.rule += ":judged"
                continue
        if _judged(words, t, sets) and recode_event(e, "111"):
            e.rule += ":judged"


def _and_said(words, i: int, sets) -> int:
    """Index of a speech verb of kind ``say`` joined by "and" later in the clause of the statement at ``i`` (no
    sentence-final mark between), or -1."""
    for j in range(i + 1, len(words) - 1):
        w = words[j]
        if w.punct and w.text in PUNCT_FINAL:
            return -1
        if w.norm == "and" and words[j + 1].norm in sets["say"]:
            return j + 1
    return -1
