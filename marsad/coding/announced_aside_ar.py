"""An Arabic announcing verb and the verbal nouns it announces across a comma-closed aside (session 34, lead).

"وأعلن قائد القوات الخاصة المقدم مامادي دومبويا، في كلمة بثها التلفزيون الرسمي، حل الحكومة وتعليق العمل بالدستور
وإغلاق الحدود": the aside of the circumstance (opened by a preposition, ``announced_aside_ar.tsv``) stands between the
verb with its subject and the decree's verbal nouns.  Its words do not count toward the reach of the announcing verb
(:func:`window`, the events stage's anchor test), and the announcer is the agent of the nouns the clause after the aside
leaves without one (:func:`subject`).  :func:`listed_owner` tells an actor that is the genitive of an earlier verbal
noun of the list ("حل الحكومة وتعليق …": the government is what was dissolved, not who suspended the constitution).
"""
from __future__ import annotations

from .structure import kind_sets

_REACH = 8     # words before a verbal noun (the aside passed over) where its announcing verb may stand
_ASIDE = 16    # words of an aside at most
_COMMAS = ("،", ",")


def _aside(words, i: int):
    """(opening comma, closing comma) of the aside closed right before the clause of word ``i``, or None."""
    c = next((k for k in range(i - 1, max(-1, i - _REACH - 2), -1) if words[k].punct), -1)
    if c <= 0 or words[c].text not in _COMMAS:
        return None
    c2 = next((k for k in range(c - 1, max(0, c - _ASIDE) - 1, -1) if words[k].punct), -1)
    if c2 <= 0 or words[c2].text not in _COMMAS or words[c2 + 1].norm not in kind_sets(
            "announced_aside_ar.tsv", ("opener",))["opener"]:
        return None
    return c2, c


def window(words, i: int, cs: int):
    """Indices of the words before ``i`` where an announcing or light verb of a verbal noun may stand: the 8 before it
    in its clause (from ``cs``), or, across an aside, the 8 before the aside and those between the aside and ``i``."""
    got = _aside(words, i)
    if got is None:
        return range(max(cs, i - _REACH), i)
    c2, c = got
    return list(range(max(0, c2 - _REACH), c2)) + list(range(c + 1, i))


def subject(words, args, i: int, cs: int):
    """The announcer of a verbal noun whose clause (from ``cs``) follows an aside: the last actor before the aside,
    with no preposition, after an announcing verb (cue ``coop_anchor`` or ``speech``) of at most 8 words before it."""
    got = _aside(words, i)
    if got is None or got[1] + 1 != cs:
        return None
    c2 = got[0]
    v = next((k for k in range(c2 - 1, max(-1, c2 - _REACH - 1), -1)
              if "coop_anchor" in words[k].cue or "speech" in words[k].cue or words[k].punct), -1)
    if v < 0 or words[v].punct:
        return None
    return next((a for a in reversed(args) if v < a.i0 and a.i1 <= c2 and a.prep == ""), None)


def listed_owner(words, a, noun_idx) -> bool:
    """Is actor ``a`` the genitive of a verbal noun (a noun trigger at one of ``noun_idx``) right before it ("حل
    الحكومة", "وقف الحرب")?  Such an actor is what that noun acted on, not the agent of a later noun of its list."""
    if a.i0 > 0 and (a.i0 - 1) in noun_idx:
        return True
    # (session 35) one construct noun between: "تجميد أعمال مجلس النواب" -- the body whose work is frozen
    return a.i0 > 1 and (a.i0 - 2) in noun_idx and not words[a.i0 - 1].punct and not words[a.i0 - 1].prefix \
        and not words[a.i0 - 1].norm.startswith("ال")


_ADJUNCTS = 14   # words of time and place adjuncts at most between an announcer and its verbal noun


def subject_across_adjuncts(words, args, i: int, cs: int, trig_idx=()):
    """"قرر وزراء الخارجية العرب أمس الأحد في اجتماع طارئ بمقر جامعة الدول العربية في القاهرة استئناف مشاركة …": the
    announcer (the bare actor right after an announcing or deciding verb, cue ``coop_anchor``) of a verbal noun that
    follows the verb's subject after time words and prepositional adjuncts only -- no comma, no other trigger between
    (session 35).  None otherwise."""
    v = next((k for k in range(i - 1, max(cs, i - _ADJUNCTS - 6) - 1, -1) if "coop_anchor" in words[k].cue
              or words[k].punct), -1)
    if v < 0 or words[v].punct:
        return None
    g = next((a for a in args if a.i0 > v and a.i0 - v <= 2 and a.prep == "" and a.i1 <= i), None)
    if g is None or i - g.i1 > _ADJUNCTS or any(words[k].punct for k in range(g.i1, i)) or any(
            k in trig_idx and not (words[k - 1].norm in _PREPS or words[k].prefix[-1:] in ("ب", "ل"))
            for k in range(g.i1, i)):
        return None   # (a trigger inside a prepositional adjunct -- "في اجتماع طارئ" -- is the setting)
    return g


_PREPS = frozenset(("في", "خلال", "عقب", "بعد", "اثناء"))
