""""Tehran vowed that it would retaliate": the subject pronoun of a "that"-clause after a vowing verb is the vower
(English, session 24 GAPE3).

A speech verb ("said that it would …") opens a quote whose speaker the events stage reads for such a pronoun; a vowing
verb (kind ``verb`` of ``vow_that_en.tsv``: vowed, pledged, warned, threatened …) opens none, and "that" ends the
clause the frame reads its subject in, so the act was left without a source (and a future threat without actors is
dropped).  :func:`vower` gives the events stage the actor of the vowing verb's subject when the trigger's clause is
"that" + it / they / he / she (+ the ``aux`` words of the file) right before the trigger: the actor ending at most
``_GAP`` words before the verb, no punctuation between, whose pronoun kind (``english.pron_kind``) is the pronoun's
("they" also for an organisation that is no country: "The Houthis vowed that they would …").
"Iran warned that they would …" after a country, "vowed that the army would …" (its own subject) are left.
"""
from __future__ import annotations

from .english import pron_kind
from .structure import kind_sets

_GAP = 3   # words between the vower's phrase and its verb ("Iran on Monday vowed", "Iran's army also vowed")
_PRONOUNS = {"it": "it", "they": "they", "he": "he", "she": "he"}


def vower(doc, words, args, i: int):
    """The actor that vowed the act whose trigger is word ``i`` ("X vowed that it would <trigger>"), or None."""
    sets = kind_sets("vow_that_en.tsv", ("verb", "aux"))
    aux = sets["aux"]
    k = i - 1
    while k > 0 and words[k].norm in aux:
        k -= 1
    if k < 2 or words[k].norm not in _PRONOUNS or words[k - 1].norm != "that":
        return None
    v = k - 2
    while v > 0 and k - 2 - v < _GAP and ("time" in words[v].cue or words[v].norm in ("on", "in", "last")):
        v -= 1   # "vowed on Monday that it …"
    if words[v].norm not in sets["verb"]:
        return None
    a = next((a for a in reversed(args) if a.i1 <= v), None)
    if a is None or a.prep or v - a.i1 > _GAP or any(words[x].punct for x in range(a.i1, v)):
        return None
    kind, want = pron_kind(doc, a.actor, (a.start, a.end)), _PRONOUNS[words[k].norm]
    if kind != want and not (want == "they" and kind == "it" and a.actor.kind != "country"):
        return None   # ("The Houthis vowed that they …": a group named in the plural, typed as an organisation)
    return a.actor
