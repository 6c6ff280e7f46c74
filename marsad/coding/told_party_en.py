""""Iraq informed Sweden it would cut relations if …": the party told is the target of the teller's reported act (English,
session 23 B10EN2).

A telling verb (kind ``verb`` of ``told_party_en.tsv``: told, informed, notified …) has its addressee between the verb
and the reported clause (``marsad.stages.quotes._after_addressee``).  An event of that clause with no target of its
own, whose source is the teller (the quote's speaker's country), is aimed at the addressee: the actor that starts right
after the verb (at most ``_GAP`` characters of determiners) and ends before the content, of another country.  "told
reporters it would …" names no actor; "told Sweden it would expel the Swedish ambassador" keeps its own object; an
act inside the condition ("if the talks failed", hypothetical) is left.  Rule marker ``:tgt-told``.
"""
from __future__ import annotations

from .structure import actor_of, fill_side, kind_sets

_GAP = 5   # characters between the verb and its addressee ("the ")


def apply(doc, events) -> None:
    verbs = kind_sets("told_party_en.tsv", ("verb",))["verb"]
    fill_told(doc, events, "en", lambda q: q.cue.lower() in verbs and q.content_start > q.cue_end,
              lambda doc, q, spk: _addressee(doc, q))


def fill_told(doc, events, lang: str, telling, addressee, evidence: bool = False) -> None:
    """The loop both languages share (the Arabic twin is :mod:`marsad.coding.told_party_ar`): each event of ``lang``
    in reported speech with no target, whose source is of the speaker's country (not a hypothetical), whose quote's
    cue passes ``telling(quote)``, gets the addressee ``addressee(doc, quote, speaker)`` -- (actor, span) or None --
    as its target when of another country; with ``evidence`` the telling verb joins the event's ``also_spans``."""
    todo = [ev for ev in events if ev.lang == lang and ev.quote_id and not ev.target_code and ev.source_country
            and ev.modality != "hypothetical"]
    if not todo:
        return
    quotes = {q.id: q for q in doc.quotes}
    for ev in todo:
        q = quotes.get(ev.quote_id)
        if q is None or not q.cue or not telling(q):
            continue
        spk = actor_of(doc, q.speaker_actor_id)
        if spk is None or spk.country != ev.source_country:
            continue
        got = addressee(doc, q, spk)
        if got is None or got[0].country == ev.source_country:
            continue
        fill_side(ev, "target", got[0], got[1])
        if evidence and (q.cue_start, q.cue_end) not in ev.also_spans:
            ev.also_spans.append((q.cue_start, q.cue_end))
        ev.rule += ":tgt-told"


def _addressee(doc, q):
    """(actor, span) of the actor named right after the telling verb, ending before the reported clause."""
    best = None
    for a in doc.actors:
        if not a.country:
            continue
        for s, e in a.spans:
            if q.cue_end < s <= q.cue_end + 1 + _GAP and e <= q.content_start \
                    and doc.text[q.cue_end:s].strip().lower() in ("", "the") and (best is None or s < best[1][0]):
                best = (a, (s, e))
    return best
