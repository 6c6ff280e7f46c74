"""An Arabic act noun's own agent read as the target (session 48, gapar48).

"وجدد ولي العهد دعم المملكة لأمن لبنان"، "وتعهد ولي العهد برفع الاستثمارات السعودية في الولايات المتحدة"، "وجدد
الملك رفض المملكة أي محاولات للتهجير": the verb's object is an act noun whose genitive or nisba adjective names the
subject's own country -- the act's agent said again, not the party it is aimed at.  The VSO reading takes that
country as the target (SAU -> SAU).  Here the target becomes the first actor of another country after it in the
same clause (the aim of the act, often behind a preposition: "لأمن لبنان"، "في الولايات المتحدة"), else none.

Only when the target is the bare country (no body: a state body of one's own country is a real domestic target,
"ودعا الملك الحكومة …") and one or two words stand between the verb (or its subject after it) and the country,
no preposition among them (the act noun, and "برفع الاستثمارات" its own object).  Rule marker ``:own-agent``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import clear_side, country_level, fill_side

# the prepositions that put a country outside the act noun's phrase ("دعم المملكة" is the noun's agent; "ودعا الملك
# إلى حماية المملكة" / "في المملكة" are not read here)
_PREPS = frozenset(normalize(w) for w in ("في", "على", "إلى", "من", "عن", "مع", "ضد", "لدى", "حول", "بشأن"))
_STOP = "،,.;؛:!؟?"
_AFTER = 80   # characters after the own country in which the aim is looked for


def _own_agent(doc, ev) -> bool:
    """Is ``ev``'s target the source's own country named as the genitive or nisba of the act noun after the verb?"""
    if ev.lang != "ar" or not ev.source_country or ev.target_country != ev.source_country or not ev.target_span \
            or ev.target_code != ev.target_country or not ev.trigger_start < ev.target_span[0]:
        return False
    start = ev.trigger_end
    if ev.source_span and ev.trigger_end <= ev.source_span[0] < ev.target_span[0]:
        start = ev.source_span[1]
    between = doc.text[start:ev.target_span[0]]
    words = between.split()
    # (a trigger of the verb and its noun, "وجدد ولي العهد دعم", ends on the act noun itself: no word between)
    least = 0 if " " in ev.trigger and not (ev.source_span and ev.source_span[1] >= ev.trigger_end) else 1
    if not least <= len(words) <= 2 or any(c in between for c in _STOP + "\"«»"):
        return False
    return not any(normalize(w) in _PREPS for w in words)


def _aim(doc, ev):
    """(actor, span) of the first actor of another country after the target in its clause -- or (None, span, country)
    of a country named there as a place ("في الولايات المتحدة") -- or None."""
    end = ev.target_span[1]
    limit = min(ev.sentence_end, end + _AFTER)
    cut = next((end + k for k, c in enumerate(doc.text[end:limit]) if c in _STOP), limit)
    best = None
    for a in doc.actors:
        if not a.country or a.country == ev.source_country or not (country_level(a) or a.role == "CVL"):
            # (a people is an aim too: "دعم المملكة للشعب السوري"; session 48, lead's review)
            continue
        for s, e in a.spans:
            if end <= s < cut and (best is None or s < best[1][0]):
                best = (a, (s, e))
    for p in doc.places:
        if p.precision == "country" and p.country and p.country != ev.source_country and end <= p.start < cut \
                and (best is None or p.start < best[1][0]):
            best = (None, (p.start, p.end), p.country)
    return best


def apply(doc, events) -> None:
    for ev in events:
        if not _own_agent(doc, ev):
            continue
        hit = _aim(doc, ev)
        clear_side(ev, "target")
        if hit is not None and hit[0] is not None:
            fill_side(ev, "target", *hit)
        elif hit is not None:
            ev.target_code = ev.target_country = hit[2]
            ev.target_span = hit[1]
        ev.rule += ":own-agent"
