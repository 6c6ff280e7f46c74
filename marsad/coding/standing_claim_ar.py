"""An Arabic standing claim: a present-tense speech verb with no date is no statement made on a day (session 40, PREC40).

"وتقول الأمم المتحدة إن أكثر من خمسة ملايين شخص بحاجة إلى مساعدات"، "فيما تقول منظمات إنسانية إن …": the imperfect
تقول / يقول (cue ``standing_speech``) of a body sentence that names no time reports a standing position, as English
"Egypt says …" (``english.standing_claim``): its bare statement (010 with no target, rule ``ar:quote-statement``) is
dropped.  A headline's "X يقول", a dated sentence ("وتقول الوزارة اليوم"), a relative clause ("المواقع التي يقول الجيش
إنها تابعة للمسلحين": session 29 keeps it), a statement with a target, or an act inside the quotation (coded by its own
trigger) keep theirs.  Run after the learned filter, whose PROTEST model reads the kinds of a sentence's other events.
"""
from __future__ import annotations

from bisect import bisect_left

from .structure import start_index


# the roots / codes the rule acts on: the events stage calls it only for a sentence with one (s42 SPD42)
ACTS_ON = frozenset(("010",))


def drop(sent, words, evs: list, time_starts) -> list:
    if not any(e.rule == "ar:quote-statement" and e.cameo in ACTS_ON for e in evs) or sent.segment_kind != "body":
        return evs
    if time_starts:
        j = bisect_left(time_starts, sent.start)
        if j < len(time_starts) and time_starts[j] < sent.end:
            return evs   # (a dated sentence: the statement was made on that day)
    at = start_index(words)
    return [e for e in evs if not (e.rule == "ar:quote-statement" and e.cameo == "010" and not e.target_code
                                   and at.get(e.trigger_start) is not None and _standing(words, at[e.trigger_start]))]


def _standing(words, k: int) -> bool:
    """A standing-speech verb that opens no relative clause ("المواقع التي يقول الجيش إنها …" keeps its statement by a
    named speaker, session 29)."""
    return "standing_speech" in words[k].cue and not (k > 0 and "rel" in words[k - 1].cue)
