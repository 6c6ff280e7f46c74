"""A demand whose that-clause opens with "he" / "she" is aimed at the person named before (session 26, B16EN).

"Opposition lawmakers accused Prime Minister X of giving away land and demanded that he put the deal to
parliament": the English demand / appeal (roots 10, 02) with no target, its trigger followed by "that" and a
singular personal pronoun (``pronoun_subject_en.tsv``, kind ``that_person``; "demanded he resign" too), names as
the one who must act the latest person actor (kind person, with a country) named before the trigger in its sentence
or the one before, other than the demand's source.  The demand takes that person as its target.  Marker
``:tgt-that-person``.  (Session 34) A demand joined by "and" to an earlier act of its source whose that-clause names
no person takes that act's target (``:tgt-joined-act``).
"""
from __future__ import annotations

from .structure import actor_of, fill_side, kind_sets

_ROOTS = frozenset(["10", "02"])


_NEG_BEFORE = frozenset(("not", "never"))


def _refused_hypothetical(doc, e) -> bool:
    """A refusal (root 12) read from a negated verb ("would not accept any government led by …")."""
    return e.root == "12" and any(
        w in _NEG_BEFORE or w.endswith(("n't", "n’t"))
        for w in doc.text[max(e.sentence_start, e.trigger_start - 20):e.trigger_start].lower().split()[-3:])


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def apply(doc, events) -> None:
    cands = [ev for ev in events if ev.lang == "en" and ev.root in _ROOTS and ":verb:" in ev.rule
             and not ev.target_code and ev.source_code]
    if not cands:
        return
    pron = kind_sets("pronoun_subject_en.tsv", ("that_person",))["that_person"]
    starts = [s.start for s in doc.sentences]
    for ev in cands:
        toks = [t.lower() for t in doc.text[ev.trigger_end:ev.sentence_end].split()[:2]]
        if toks and toks[0] == "that" and not (len(toks) > 1 and toks[1] in pron) \
                and doc.text[max(ev.sentence_start, ev.trigger_start - 5):ev.trigger_start].lower().endswith("and "):
            # "accused Sogavare of keeping the deal secret and demanded that the text be made public": a demand joined
            # to an earlier act of its source, with a that-clause naming no one, is aimed at that act's target (s34)
            prev = max((e for e in events if e is not ev and e.sentence == ev.sentence and e.trigger_end <= ev.trigger_start
                        and e.source_actor_id == ev.source_actor_id and e.target_actor_id
                        and not e.negated and e.modality == "asserted" and not _refused_hypothetical(doc, e)),
                       key=lambda e: e.trigger_start,
                       default=None)   # (not "would not accept any government led by the military and demanded
            # that …": a refused hypothetical names no one the demand is aimed at; session 40 -- nor once the
            # negated "accept" is read as a refusal, 120, session 41)
            held = actor_of(doc, prev.target_actor_id) if prev is not None else None
            if held is not None:
                fill_side(ev, "target", held, prev.target_span)
                ev.rule += ":tgt-joined-act"
            continue
        if not toks or not (toks[0] in pron or (toks[0] == "that" and len(toks) > 1 and toks[1] in pron)):
            continue
        prev = [s for s in starts if s < ev.sentence_start]
        lo = prev[-1] if prev else ev.sentence_start
        best = None
        for a in doc.actors:
            if a.kind != "person" or not a.country or a.id == ev.source_actor_id:
                continue
            for s0, e0 in a.spans:
                if lo <= s0 and e0 <= ev.trigger_start and (best is None or s0 > best[1][0]):
                    best = (a, (s0, e0))
        if best is None:
            continue
        fill_side(ev, "target", best[0], best[1])
        ev.rule += ":tgt-that-person"
