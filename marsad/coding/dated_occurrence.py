"""An attack noun in a background adjunct whose own clause dates it (session 18, DET; issue #7): "أعلنت المفوضية
تأجيل الانتخابات بعد اشتباكات عنيفة اندلعت ليل الأحد"، "أغلقت السلطات السوق إثر انفجار وقع صباح اليوم".  The noun
after بعد / إثر / عقب (cue ``background``) is the occasion of the sentence's own act, which the filter and the
background veto (:func:`marsad.coding.detect.background_only`) leave as background; but an occurrence verb (cue
``erupt``: وقع، اندلع، دار) right after the indefinite noun, followed by a time word (cue ``time``: أمس، الأحد،
صباح), reports the attack itself and dates it: the event stage lets it stand (the ``:erupt`` family of overrides,
:func:`marsad.coding.detect.erupt_lead`), as :func:`marsad.coding.detect.quote_occur_lead` does for "قال إن انفجارا وقع".

Not: a definite noun (بعد الهجوم الذي وقع أمس: a relative clause, the attack of an earlier sentence), a noun after a
preposition of its own (بعد بانفجار), an imperfect (بعد هجوم يقع), an occurrence verb without a time word after it
(بعد اشتباكات اندلعت بين الطرفين), a year in the time phrase (a dated past: بعد هجوم وقع عام 2005), a protest noun
(a protest noun and its verb are no lead: tests/test_events_erupt_ar.py, round 9)."""
from __future__ import annotations

ADJ = 2        # words (adjectives) between the noun and the occurrence verb (اشتباكات عنيفة؛ هجوم انتحاري مزدوج)
TIME_GAP = 3   # words between the verb and its time word (وقع في السوق صباح اليوم؛ اندلعت ليل الأحد)


def _year(w) -> bool:
    return w.norm.isdigit() and len(w.norm) == 4


def dated_in_adjunct(words, k: int, occur_stop, imperfect) -> bool:
    """Is the attack noun ``words[k]`` the indefinite subject, right after a background preposition, of a past
    occurrence verb followed by a time word?  ``occur_stop(w)``: another event word between the noun and the verb
    (:func:`marsad.coding.detect._occur_stop`); ``imperfect(norm)``: an imperfect verb form."""
    if k < 1 or words[k].prefix or words[k].norm.startswith("ال") or "background" not in words[k - 1].cue:
        return False
    v = next((j for j in range(k + 1, min(len(words), k + 2 + ADJ))
              if words[j].punct or words[j].cue or occur_stop(words[j])), -1)
    if v < 0 or "erupt" not in words[v].cue or imperfect(words[v].norm) or words[v].prefix:
        return False
    for j in range(v + 1, min(len(words), v + 2 + TIME_GAP)):
        w = words[j]
        if w.punct or _year(w):
            return False
        if "time" in w.cue:
            return not any(_year(x) for x in words[j + 1:j + 3])
    return False
