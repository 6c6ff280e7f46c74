"""Arabic attacks announced to go on or to resume (session 32 fixar).

"وأضاف أن العمليات ستستمر ما دامت هذه المعسكرات تشكل تهديدا لأمن مصر"، "إن الجيش سيستأنف القتال بعد انتهاء الهدنة":
the future of a continuation verb with the side's attacks (``manual_ar.tsv`` rows استمر / تواصل, cond ``future_obj``,
and استأنف + القتال / الغارات …; recoded 138 by their future) is that side's threat of force.  Two repairs of its sides
(``continued_attacks_ar.tsv``):

- an actor after the span's limit word (ما دامت، حتى، إذا، ما لم: kinds ``limit`` / ``limit_after_ma``) belongs to the
  condition or the goal ("لأمن مصر", "حتى القضاء على …": القضاء is no judiciary), not to the threat: it is no side;
- with no source left, a quoted threat is the speaker's (his actor, as ``threat_cond.speaker_side``).

Marker ``:continued-attacks``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import actor_of, clear_side, kind_sets

_KINDS = ("verb", "limit", "limit_after_ma")


def _bare(w: str, forms) -> str:
    return w[1:] if w not in forms and w[:1] in ("و", "ف") and w[1:] in forms else w


def _limit_at(text: str, start: int, end: int, sets) -> int:
    """The offset of the first limit word in ``text[start:end]``, else ``end``."""
    pos, prev, prev_at = start, "", start
    for tok in text[start:end].split():
        at = text.index(tok, pos)
        pos = at + len(tok)
        w = normalize(tok.strip("،,.\"«»"))
        if w in sets["limit"]:
            return at
        if w in sets["limit_after_ma"] and prev == "ما":
            return prev_at
        prev, prev_at = w, at
    return end


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("138",))


def apply(doc, events: list) -> None:
    sets = kind_sets("continued_attacks_ar.tsv", _KINDS)
    for ev in events:
        if ev.lang != "ar" or ev.cameo not in ACTS_ON or ev.modality != "future" or ":verb:" not in ev.rule:
            continue
        first = normalize(doc.text[ev.trigger_start:ev.trigger_end].split()[0])
        if _bare(first, sets["verb"]) not in sets["verb"]:
            continue
        lim = _limit_at(doc.text, ev.trigger_end, ev.sentence_end, sets)
        hit = False
        for side in ("source", "target"):
            span = getattr(ev, f"{side}_span")
            if span and span[0] >= lim:
                clear_side(ev, side)
                hit = True
        if not ev.source_code and ev.reported_by_actor_id:
            who = actor_of(doc, ev.reported_by_actor_id)
            if who is not None and who.country and (ev.target_country or "") != who.country:
                ev.source_actor_id, ev.source_code, ev.source_country = who.id, who.code or who.country, who.country
                ev.source_role, ev.source_span = who.role, None
                hit = True
        if hit:
            ev.rule += ":continued-attacks"
