""""Japan also expressed concern": a disapproval with no object is about the story's act (English, session 21 B8EN).

"China's military launched large-scale exercises around Taiwan …  Japan also expressed concern and said it had
conveyed its position to Beijing": the concern (110) names no object; a reader codes it toward the actor of the
story's act, the source of the lead's first event (the first body sentence with an event whose source has a
country).  Only a disapproval (``_CODES``), not negated, with no target, in a later sentence than the lead, whose
source's country is not the lead actor's, and with no object: the trigger is followed by at most one ``feeling``
word of ``reaction_target_en.tsv`` ("expressed concern") and then by the clause's end (punctuation or an ``end``
word); "condemned the abduction" keeps its own object.  Rule marker ``:tgt-story``.

Session 23, ENX (:func:`_decision`): "Chad closed its border crossing on Friday.  Aid groups criticised the decision.":
a disapproval (QuadClass 3; "welcomed the move" keeps the story pair of session 20, B7SH) with no target whose
object is "the decision / move / step / measures" (kind ``act``) and then the clause's end refers back to the last
material act (QuadClass 2 or 4) told in the previous sentence, else in the lead sentence (the story's act); that act's
source, of another country than the reacting side, is the target.  Rule marker ``:tgt-act``.
"""
from __future__ import annotations

from .structure import copy_side, kind_sets

_CODES = frozenset(("110", "111"))


def apply(doc, events) -> None:
    _decision(doc, events)
    todo = [ev for ev in events if ev.lang == "en" and ev.cameo in _CODES and not ev.target_code and not ev.negated
            and ev.source_country and not ev.historical]
    if not todo:
        return
    lead = min((e for e in events if e.lang == "en" and e.segment_kind == "body" and e.source_country
                and e.source_span and not e.historical), key=lambda e: (e.sentence, e.trigger_start), default=None)
    if lead is None:
        return
    sets = kind_sets("reaction_target_en.tsv", ("feeling", "end", "act"))
    for ev in todo:
        if ev.sentence <= lead.sentence or ev.source_country == lead.source_country or not _bare(doc, ev, sets):
            continue
        copy_side(ev, "target", lead, "source")
        ev.rule += ":tgt-story"


def _bare(doc, ev, sets) -> bool:
    """Does the trigger stand without an object: at most one feeling word, then the clause's end?"""
    toks = [t for t in (t.strip("\"'“”") for t in doc.text[ev.trigger_end:ev.sentence_end].split()[:3]) if t][:2]
    # (a closing quotation mark after the trigger is no object: 'said it was "deeply disappointed" and …', session 34)
    if toks and toks[0].strip(".,;:").lower() in sets["feeling"]:
        if toks[0][-1] in ".,;:":
            return True
        toks = toks[1:]
    return not toks or toks[0][0] in ".,;:" or toks[0].strip(".,;:").lower() in sets["end"]


def _decision(doc, events) -> None:
    todo = [ev for ev in events if ev.lang == "en" and not ev.target_code and not ev.target_country
            and ev.source_code and ev.quad_class == 3 and not ev.historical]
    if not todo:
        return
    sets = kind_sets("reaction_target_en.tsv", ("feeling", "end", "act"))
    acts = [e for e in events if e.lang == "en" and e.quad_class in (2, 4) and e.source_code and not e.negated
            and e.source_span and e.segment_kind == "body"]
    if not acts:
        return
    lead = min(e.sentence for e in acts)
    for ev in todo:
        toks = doc.text[ev.trigger_end:ev.sentence_end].split()[:3]
        if len(toks) < 2 or toks[0].lower() != "the" or toks[1].strip(".,;:").lower() not in sets["act"] or not (
                toks[1][-1] in ".,;:" or (len(toks) > 2 and toks[2].strip(".,;:").lower() in sets["end"])):
            continue
        own = (ev.source_country or ev.source_code)
        for si in (ev.sentence - 1, lead):
            if si < 0 or si >= ev.sentence:
                continue
            cand = [e for e in acts if e.sentence == si and (e.source_country or e.source_code) != own]
            if cand:
                copy_side(ev, "target", max(cand, key=lambda e: e.trigger_start), "source")
                ev.rule += ":tgt-act"
                break
