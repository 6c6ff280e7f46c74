"""A crowd's march or gathering told in the pluperfect (session 18, DET; issue #7): "وكان آلاف المتظاهرين قد تجمعوا
أمس أمام البرلمان"، "وكان محتجون غاضبون قد خرجوا إلى الشوارع يوم الجمعة".  The verb-first telling ("وتجمع آلاف
المتظاهرين") is :func:`marsad.coding.detect.crowd_lead`'s; here the subject stands between an auxiliary كان that opens
the clause and the particle قد, and the march / gathering verb (``crowd_move_ar.tsv``) follows قد.  The dev annotators
label both such rows "yes"; the filter scored them just under its threshold (p .45 / .46, out of fold).

Words: ``pluperfect_ar.tsv`` (kind ``aux``: كان، كانت، كانوا …; kind ``particle``: قد).  Not: a protest noun as the
subject ("وكانت مظاهرات قد انطلقت": left to the filter, as the verb-first rule leaves "إن مظاهرات اندلعت"), a relative
clause between subject and قد ("المتظاهرون الذين كانوا قد تجمعوا"), an auxiliary after its subject ("إن المتظاهرين
كانوا قد تجمعوا"), an imperfect after قد ("قد يخرجون": a possibility)."""
from __future__ import annotations

from .structure import kind_sets

AFTER_GAP = 3   # words of the subject after the crowd word before قد (فلسطينيون؛ من النيباليين؛ من طلاب الجامعة)


def _forms() -> dict:
    return kind_sets("pluperfect_ar.tsv", ("aux", "particle"))


def _in(w, forms: frozenset) -> bool:
    x = w.norm[len(w.prefix):]
    return x in forms or (x[:1] in ("و", "ف") and x[1:] in forms)


def crowd_subject(words, c: int, gap_ok, moves: frozenset, opens) -> bool:
    """Is the crowd word ``words[c]`` the subject of a pluperfect march verb: an auxiliary كان before it (only the
    crowd's count / time words between, ``gap_ok``) that opens its clause (``opens(words, j)``), then within
    :data:`AFTER_GAP` words قد and a past march / gathering verb (``moves``)?"""
    forms = _forms()
    j, used = c - 1, 0
    while j >= 0 and used < 5 and gap_ok(words[j]):
        j, used = j - 1, used + 1
    if j < 0 or not _in(words[j], forms["aux"]) or not opens(words, j):
        return False
    i = c + 1
    while i < len(words) and i - c <= AFTER_GAP + 1:
        w = words[i]
        if w.punct or "rel" in w.cue or "comp" in w.cue:
            return False
        if w.norm in forms["particle"]:
            return i + 1 < len(words) and _in(words[i + 1], moves)
        i += 1
    return False


def crowd_verb(words, k: int, crowd_word, gap_ok, moves: frozenset, opens) -> bool:
    """Is ``words[k]`` a march / gathering verb (``moves``) right after قد whose subject, within :data:`AFTER_GAP` + 1
    words before قد, is a crowd word (``crowd_word``) of :func:`crowd_subject`'s pluperfect?"""
    if k < 1 or not _in(words[k], moves) or words[k - 1].norm not in _forms()["particle"]:
        return False
    for c in range(k - 2, max(-1, k - 3 - AFTER_GAP), -1):
        if words[c].punct:
            return False
        if crowd_word(words[c]) and crowd_subject(words, c, gap_ok, moves, opens):
            return True
    return False
