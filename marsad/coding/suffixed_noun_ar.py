""""تطلق الشركة هاتفها الجديد": a verb form with a pronoun suffix followed by an adjective is a noun with a possessive
(Arabic, session 24 OTH7).

هاتف is "phoned" (هاتفه الرئيس: the president phoned him) and "phone" (هاتفها: her phone); a trigger row of kind verb
matched the noun with its possessive suffix, and "هاتفها الجديد" (her new phone) was a phone call (041).  A verb with an
object pronoun is followed by its subject, an object, a time or a preposition; a definite adjective of the noun
(kind ``adj`` of ``suffixed_noun_ar.tsv``: الجديد، الذكي، الأخير …) right after it shows the noun.  :func:`drop` takes
such verb triggers out of a sentence's trigger list.
"""
from __future__ import annotations

from .structure import has_any, kind_sets

_ADJ_FORMS: list = [None, None]   # [the adj set of the data file, its forms with and without و]


def _adj_forms(adj: frozenset) -> frozenset:
    """The norms a word right after the verb must have to be dropped (an adjective of the file, or it with و): the
    sentence's gate, one set test (session 39, SPD39)."""
    if _ADJ_FORMS[0] is not adj:
        _ADJ_FORMS[:] = [adj, frozenset(adj) | frozenset("و" + a for a in adj)]
    return _ADJ_FORMS[1]


def drop(trigs, words, doc):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without the verb triggers whose word carries a pronoun
    suffix and is followed right away by an adjective of the file."""
    if not trigs:
        return trigs
    adj = kind_sets("suffixed_noun_ar.tsv", ("adj",))["adj"]
    if not has_any(words, _adj_forms(adj)):
        return trigs   # (no word of the sentence can be the adjective: nothing dropped)
    out = []
    for t in trigs:
        i = t[0]
        if getattr(t[2], "kind", "") == "verb" and i + 1 < len(words) and doc.tokens[words[i].ti].suffix:
            nxt = words[i + 1].norm
            if nxt in adj or (nxt[:1] == "و" and nxt[1:] in adj):
                continue
        out.append(t)
    return out
