"""An Arabic standing claim: a present-tense speech verb with no date is no statement made on a day (session 40, PREC40).

"وتقول الأمم المتحدة إن أكثر من خمسة ملايين شخص بحاجة إلى مساعدات"، "فيما تقول منظمات إنسانية إن …": the imperfect
تقول / يقول (cue ``standing_speech``) of a body sentence that names no time reports a standing position, as English
"Egypt says …" (``english.standing_claim``): its bare statement (010 with no target, rule ``ar:quote-statement``) is
dropped.  A headline's "X يقول", a dated sentence ("وتقول الوزارة اليوم"), a relative clause ("المواقع التي يقول الجيش
إنها تابعة للمسلحين": session 29 keeps it), a statement with a target, or an act inside the quotation (coded by its own
trigger) keep theirs.  Run after the learned filter, whose PROTEST model reads the kinds of a sentence's other events.

Session 43 (PREC43): a time word of another clause does not date the claim ("ولم تصدر السلطات أي أرقام رسمية عن عدد
المرحلين هذا العام، فيما تقول منظمات إنسانية إن …": the time is before the comma or the clause opener فيما / بينما
that opens the claim's clause), nor does one of the content after إن ("… نقلوا إلى الحدود منذ يناير الماضي": what is
claimed).  And a standing role (:func:`drop_roles`): an act noun that a present-tense leading or
sponsoring verb of a relative clause has for object ("تجمع المهنيين، الذي يقود الاحتجاجات، رفض …"، "الدولة التي
تقود مع مصر والولايات المتحدة الوساطة"، "سلفا كير، الذي ترعى بلاده الوساطة منذ 2019": cue ``standing_lead``)
describes the antecedent, no act reported there (in-sample 2 optional, 2 extra, none required).
"""
from __future__ import annotations

from bisect import bisect_left

from .structure import start_index


# the roots / codes the rule acts on: the events stage calls it only for a sentence with one (s42 SPD42)
ACTS_ON = frozenset(("010",))


def drop(sent, words, evs: list, time_starts) -> list:
    if not any(e.rule == "ar:quote-statement" and e.cameo in ACTS_ON for e in evs) or sent.segment_kind != "body":
        return evs
    at = start_index(words)
    return [e for e in evs if not (e.rule == "ar:quote-statement" and e.cameo == "010" and not e.target_code
                                   and at.get(e.trigger_start) is not None and _standing(words, at[e.trigger_start])
                                   and not _dated(words, at[e.trigger_start], sent, time_starts))]


def _dated(words, k: int, sent, time_starts) -> bool:
    """Does a time word of the claim's own clause (from the last comma or clause opener before words[k] to its
    complementizer إن: a time in the content dates what is claimed) date it?"""
    if not time_starts:
        return False
    start = sent.start
    for j in range(k - 1, -1, -1):
        if words[j].text in ("،", ",", "؛", ";") or "claim_clause" in words[j].cue:
            start = words[j].start
            break
    end = next((w.start for w in words[k + 1:] if "comp" in w.cue), sent.end)
    i = bisect_left(time_starts, start)
    return i < len(time_starts) and time_starts[i] < end


def _standing(words, k: int) -> bool:
    """A standing-speech verb that opens no relative clause ("المواقع التي يقول الجيش إنها …" keeps its statement by a
    named speaker, session 29)."""
    return "standing_speech" in words[k].cue and not (k > 0 and "rel" in words[k - 1].cue)


_OBJ_PRONOUN = ("ه", "ها", "هم", "هما")   # a resumptive object pronoun on the relative verb
_ROLE_REACH = 6   # words from the relative pronoun's verb to its object noun (its subject between: "مع مصر والولايات المتحدة")


def drop_roles(words, evs: list) -> list:
    """``evs`` without the act nouns that a standing role of a relative clause has for object (see the module doc)."""
    at = start_index(words)
    gone = []
    for e in evs:
        k = at.get(e.trigger_start)
        if k is None or ":noun:" not in e.rule:
            continue
        for j in range(k - 1, max(0, k - 1 - _ROLE_REACH), -1):
            if words[j].punct:
                break
            if "standing_lead" in words[j].cue:
                if "rel" in words[j - 1].cue and not words[j].norm.endswith(_OBJ_PRONOUN):
                    gone.append(e)   # (not "التحالف الذي تقوده السعودية": its object is the antecedent)
                break
    return [e for e in evs if e not in gone] if gone else evs
