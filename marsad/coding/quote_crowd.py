"""A crowd's march or gathering in reported speech, subject first (session 27, PROT; issue #7): "وقال شهود عيان إن
الآلاف من المتظاهرين تدفقوا في شوارع المدينة"، "وذكرت الشرطة أن مئات المحتجين تجمعوا أمام البرلمان".  The verb-first
telling ("وتجمع آلاف المتظاهرين") is :func:`marsad.coding.detect.crowd_lead`'s and the pluperfect one
:mod:`marsad.coding.pluperfect_crowd`'s; after a complementizer Arabic puts the subject first, so the protester noun
(candidate ``ar:noun:self``, quoted) comes right after إن / أن (only its count between: الآلاف من) and the past march /
gathering verb (``crowd_move_ar.tsv``) closes the candidate's trigger (the self-action report "المتظاهرين … تدفقوا").
The report stands as the unquoted verb lead does (quote_lead for a verb candidate).  The dev filter scored such a row
under its threshold out of fold (p .27, labelled yes by 3 of 3).

Not: a relative clause ("إن المتظاهرين الذين تجمعوا … غادروا": the gathering is background), punctuation between the
crowd and its verb, an imperfect ("إن المتظاهرين يتجمعون"), a complementizer after a negation, modal or demand word
(``detect._comp_before``), a protest noun as the subject ("إن مظاهرات خرجت": left to the filter)."""
from __future__ import annotations

SUBJECT_GAP = 4   # words of the crowd's count between the complementizer and the protester noun (نحو ألفين من)
VERB_GAP = 9      # words of the subject after the protester noun up to its verb (من تلاميذ مرحلة الأساس وطلاب …)


def crowd_clause(words, ev, k: int, comp_before, gap_ok, moves: frozenset) -> bool:
    """Is the quoted protester noun ``words[k]`` (candidate ``ev``) the subject of a past march / gathering verb
    (``moves``) that closes ``ev``'s trigger, right after the complementizer of its reported clause
    (``comp_before(words, k)``; only count words, ``gap_ok``, between)?"""
    j = comp_before(words, k)
    if j < 0 or k - j - 1 > SUBJECT_GAP or not all(gap_ok(w) for w in words[j + 1:k]):
        return False
    for i in range(k + 1, min(len(words), k + VERB_GAP + 2)):
        w = words[i]
        if w.punct or "rel" in w.cue or "comp" in w.cue or w.start >= ev.trigger_end:
            return False
        if w.end == ev.trigger_end:
            x = w.norm[len(w.prefix):]
            return x in moves or (x[:1] in ("و", "ف") and x[1:] in moves)
    return False
