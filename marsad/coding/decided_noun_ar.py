"""A verbal noun decided by a decision verb is the act taken now, whatever its root (Arabic, session 32 fixar2).

"قرر المجلس الوزاري في اجتماع طارئ عقده ليل أمس استدعاء القائم بالأعمال … وتقديم شكوى إلى مجلس الأمن":
a noun after a decision verb (cue ``decide``: قرر، قررت …) of its sentence, with no other verb trigger between
them, is a report of the decision just made, not a reference to a known act -- also past the light / announcing
verbs' roots (the coop_anchor rule of events.py keeps only roots 01-08, 15-17 there: "أعلنت الحكومة اتهام …" is
not a decision).  The decision may be set far from its object by a setting (في اجتماع طارئ عقده ليل أمس), so the
whole sentence before the noun is read, up to :data:`SPAN` words; a reference word right before the noun
(بعد / منذ / قبل: cue ``ref``) keeps it a reference ("قرر … بعد استدعاء السفير").
"""
from __future__ import annotations

SPAN = 24   # words between the decision verb and its noun


def decided(words, i: int, trigs) -> bool:
    """Is the verbal noun at ``i`` the object (or a conjoined object) of an earlier decision verb of its sentence?"""
    if i > 0 and "ref" in words[i - 1].cue:
        return False
    return decision_before(words, i, (j for (j, _, t, _) in trigs if t.kind == "verb"))


def decision_before(words, i: int, verb_at) -> bool:
    """Is word ``i`` (a verbal noun) the object, or a conjoined object, of a decision verb of its sentence with no
    other verb event between them (``verb_at``: the word indexes of the sentence's verb events, read once)?  Shared
    by :func:`decided` (trigger matches) and a caller holding events: "قرر المجلس تقديم شكوى …، ومطالبة الحكومة
    التركية بسحب قواتها" (the decided demand's genitive is the one asked; session 33, lead)."""
    for k in range(i - 1, max(-1, i - SPAN - 1), -1):
        if "decide" in words[k].cue:
            return not any(k < j < i for j in verb_at)
        if words[k].text in (".", "؟", "?", "!", ":"):
            return False
    return False
