"""An Arabic act noun that is the genitive of a noun naming its content, outcome or deadline (session 50, prec50).

"وقال إن إسرائيل لن تنتظر نتائج المفاوضات"، "واتفقا على عدم الكشف عن مضمون المحادثات"، "رغم انقضاء مهلة الانسحاب"،
"ولم يحدد موعد لقمة": the sentence tells of the head -- results awaited, contents kept secret, a deadline passed, a
date not set --, and the act noun after it only names whose they are: a meeting told before, a withdrawal not done,
a summit not held.  A noun event whose first word stands right after a head noun (``content_head_ar.tsv`` kind
``head``; the act noun may carry ل: "موعد لقمة") is dropped.  The negation or the future of the sentence's verb
belonged to the head (read on the noun it made a refused negotiation, 125).
Session 51 (prec51): a noun of the dead (kind ``dead``: القتلى) right after a toll or remains noun (kind ``count``:
حصيلة، رفات، جثث: "وارتفعت حصيلة القتلى إلى 40"، "تسليم رفات القتلى") names people counted or returned, no killing;
an attack noun after a toll ("حصيلة تفجير سيارة مفخخة") is the attack, kept.
"""
from __future__ import annotations

from .hazards import derived, listed
from .structure import has_any_form, kind_sets, listed_forms, start_index

_KINDS = ("head", "count", "dead")


def _gate(sets: dict) -> frozenset:
    """The words one of which :func:`drop` needs in the sentence: a head or count noun, as listed."""
    return listed_forms(sets["head"] | sets["count"])


def _owned(words, k: int, heads: frozenset) -> bool:
    """Is words[k], an act noun's first word, the genitive of a head noun right before it (no punctuation between)?"""
    return k > 0 and not words[k - 1].punct and listed(words[k - 1], heads)


def drop(words, evs: list) -> list:
    """``evs`` without the act nouns named only as the owner of a content, outcome or deadline noun."""
    if not any(":noun:" in e.rule for e in evs):
        return evs
    sets = kind_sets("content_head_ar.tsv", _KINDS)
    if not has_any_form(words, derived("content_head_ar", sets, _gate)):
        return evs   # (no head noun in the sentence: one set test)
    at = start_index(words)
    gone = [e for e in evs if ":noun:" in e.rule and at.get(e.trigger_start) is not None
            and (_owned(words, at[e.trigger_start], sets["head"])
                 or (listed(words[at[e.trigger_start]], sets["dead"])
                     and _owned(words, at[e.trigger_start], sets["count"])))]
    return [e for e in evs if e not in gone] if gone else evs
