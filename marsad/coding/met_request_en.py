""""X met the Kenyan commander and asked for more vehicles": the request is addressed to the partner met (English,
session 23 ENX).

An appeal (CAMEO root 02 or 10, not negated; an offer, root 03, too since session 40) with no target, whose trigger follows the word "and" (kind ``conj`` of
``met_request_en.tsv``) and is followed by a word of kind ``next`` ("asked for …", "urged him to …": no object actor of
its own), and whose subject is the source of a meeting (root 04) told before it in the same sentence, with no other
event between the two, takes the meeting's partner as its target (rule marker ``:tgt-met``).  "met X and said …" (no
appeal), "met X and urged Y to …" (an object of its own: a target) are left.

Session 26, EN2: the act before may also be a summons (a code of kind ``prior_code``: "summoned the Argentine
ambassador on Monday and demanded a public apology": the demand is put to the envoy's state), and an indefinite
object ("a", "an": kind ``next``) is no actor of its own.
"""
from __future__ import annotations

from .structure import copy_side, kind_sets

_APPEAL_ROOTS = ("02", "10")
# (session 40 GAPEN40) an offer after a meeting or a call ("spoke to Erdogan by phone and offered American help with the
# investigation") is made to the partner too; its object is the thing offered, whatever word opens it (an actor there
# would have been its target already)
_OFFER_ROOT = "03"


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(_APPEAL_ROOTS + (_OFFER_ROOT,))


def apply(doc, events) -> None:
    todo = [ev for ev in events if ev.lang == "en" and (ev.root or "") in ACTS_ON
            and not ev.target_code
            and not ev.target_country and ev.source_actor_id and not ev.negated]
    if not todo:
        return
    sets = kind_sets("met_request_en.tsv", ("conj", "next", "prior_code"))
    for ev in todo:
        before = doc.text[ev.sentence_start:ev.trigger_start].split()
        after = doc.text[ev.trigger_end:ev.sentence_end].split()
        if not before or before[-1].lower() not in sets["conj"] or not after or (
                after[0].lower() not in sets["next"] and ev.root != _OFFER_ROOT):
            continue
        prior = [e for e in events if e is not ev and e.sentence == ev.sentence and e.trigger_end <= ev.trigger_start]
        if not prior:
            continue
        last = max(e.trigger_start for e in prior)
        met = next((e for e in prior if e.trigger_start == last
                    and ((e.root or "") == "04" or e.cameo in sets["prior_code"])
                    and e.source_actor_id == ev.source_actor_id and e.target_code), None)
        if met is None:
            continue
        copy_side(ev, "target", met, "target")
        ev.rule += ":tgt-met"
