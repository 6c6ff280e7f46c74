"""A self-immolation in protest (session 27, PROT; issue #7): "وأحرق رجل نفسه أمام البرلمان احتجاجا على البطالة"،
"وأضرم بائع متجول النار في نفسه أمس احتجاجا على مصادرة عربته"، "وأقدم شاب على إحراق نفسه احتجاجا على …"، "ولم يتورع
أحد العمال عن إحراق نفسه احتجاجا على فصله".  The protest purpose noun (cue ``protest_purpose``: احتجاجا) is the only
protest candidate of such a sentence and a purpose adverbial, which the filter scores low; the act it explains is a
past burning of oneself (``self_immolation_ar.tsv``) whose verb, or whose light verb (أقدم على؛ لم يتورع عن), opens
its clause: the protest is reported, as a verb lead.  The dev annotators label such a sentence yes (5 of 5).

Not: a verbal noun after a preposition or a noun ("عبر إحراق الفرد نفسه احتجاجا": a manner of protest in general),
an imperfect ("يحرق نفسه"), punctuation, a complementizer or a relative between the act and the purpose noun, a
light verb that does not open its clause ("الذي أقدم على إحراق نفسه")."""
from __future__ import annotations

from .structure import kind_sets

PURPOSE_GAP = 7   # words after the reflexive before the purpose noun (أمام مقر الولاية أمس)
SUBJECT_GAP = 6   # words of the subject between the verb (or light verb) and what follows it


def _forms() -> dict:
    return kind_sets("self_immolation_ar.tsv", ("burn", "burn_noun", "self", "light", "neg_light", "prep"))


def _bare(w) -> str:
    return w.norm[len(w.prefix):]


def _in(w, forms: frozenset) -> bool:
    x = _bare(w)
    return x in forms or (x[:1] in ("و", "ف") and x[1:] in forms) or w.norm in forms


def _stop(w) -> bool:
    return w.punct or "comp" in w.cue or "rel" in w.cue or "boundary" in w.cue


def _back(words, j: int, limit: int, f: dict, kinds: tuple):
    """(index, kind) of the nearest word of one of ``kinds`` at ``words[j]`` or before it, at most ``limit`` words
    back and no stop word (punctuation, complementizer, relative, boundary) on the way; (-1, None) if none."""
    for i in range(j, max(-1, j - limit), -1):
        if _stop(words[i]):
            break
        kind = next((x for x in kinds if _in(words[i], f[x])), None)
        if kind:
            return i, kind
    return -1, None


def purpose_of_burning(words, k: int, opens) -> bool:
    """Is the protest purpose noun ``words[k]`` the purpose of a reported self-immolation (``opens(words, j)``: the
    verb ``words[j]`` opens its clause)?"""
    f = _forms()
    s, _ = _back(words, k - 1, PURPOSE_GAP + 1, f, ("self",))
    j, kind = _back(words, s - 1, SUBJECT_GAP + 3, f, ("burn", "burn_noun")) if s > 0 else (-1, None)
    if kind == "burn":
        return opens(words, j)
    if kind != "burn_noun" or j < 1 or _bare(words[j - 1]) not in f["prep"]:
        return False
    v, kind = _back(words, j - 2, SUBJECT_GAP + 1, f, ("light", "neg_light"))   # أقدم شاب على؛ لم يتورع أحد عن
    if kind == "light":
        return opens(words, v)
    return kind == "neg_light" and v > 0 and words[v - 1].norm in ("لم", "ولم", "فلم") and opens(words, v - 1)
