"""A call for restraint with no addressee is a call to the two sides of the story's conflict (session 25, RECALL).

"India expelled two Pakistani diplomats on Monday.  China urged restraint.", "ودعت الصين إلى ضبط النفس": restraint
is asked of the parties of a conflict, so the appeal (roots 02 / 10) with no target whose words right after the
verb (after its subject when the subject follows: Arabic VSO) are the restraint (``restraint_pair.tsv``: kind
``restraint``, maybe after kind ``lead`` words: for, maximum, إلى، أقصى درجات، التحلي ب…) is marked ``:two-sides``
and ``:restraint``; ``conflict_sides.apply`` then gives it the one-country conflict's country or, between two
countries, one event per party of the story's pair (``:pair``; none when the caller is one of the pair).  An
addressee named before the restraint ("urged Pakistan to show restraint") keeps the event as it is.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets

_ROOTS = frozenset(("02", "10"))
_PUNCT = "،,.;:!?؛\"'()«»“”"
_WINDOW = 6


def _word(raw: str, lang: str) -> str:
    w = raw.strip(_PUNCT)
    return w.lower() if lang == "en" else normalize(w)


def _asks_restraint(doc, ev, sets) -> bool:
    start = ev.trigger_end
    if ev.source_span and ev.trigger_end <= ev.source_span[0] < ev.trigger_end + 3:
        start = ev.source_span[1]   # (Arabic VSO: "ودعا الأمين العام للأمم المتحدة إلى …")
    raw = doc.text[start:ev.sentence_end].split()[:_WINDOW]
    words = [_word(r, ev.lang) for r in raw]
    for i, w in enumerate(words):
        for cand in ((w + " " + words[i + 1]) if i + 1 < len(words) else None, w):
            if cand is None:
                continue
            bare = cand[1:] if ev.lang == "ar" and cand[:1] == "ب" else cand   # (بضبط النفس)
            if cand in sets["restraint"] or bare in sets["restraint"]:
                return True
        if w not in sets["lead"] or raw[i][-1:] in _PUNCT:
            return False
    return False


# the roots / codes ``mark`` acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def mark(doc, events: list) -> None:
    """Mark each appeal for restraint with no addressee as a call to "the two sides" (see the module docstring)."""
    by_lang = None
    for ev in events:
        if ev.root not in _ROOTS or ev.target_code or ev.negated or ev.historical or not ev.source_code \
                or ":two-sides" in ev.rule or ev.lang not in ("ar", "en"):
            continue
        if by_lang is None:
            by_lang = kind_sets("restraint_pair.tsv", ("restraint", "lead"), by_lang=True)
        sets = by_lang.get(ev.lang)
        if sets and _asks_restraint(doc, ev, sets):
            ev.rule += ":two-sides:restraint"
