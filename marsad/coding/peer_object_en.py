"""A politician's domestic peers as the object of his act are his own country (English; session 52 GAPEN52).

"Trzaskowski … congratulated his rival in a post on X", "Prime Minister X thanked coalition partners for their
support", "Y accused political rivals of orchestrating a smear campaign": rivals, opponents and coalition partners
are the other players of the source's own country's politics.  No actor stands for them (a bare noun, no name), so
the act stayed target-less and out of every dyad, where the gold codes it X -> X.

An English event whose source has a country and which has no target, of a root of ``ROOTS`` (a word, an appeal, a
meeting, a welcome, a demand, a criticism, a refusal, a threat), whose object right after the verb (a preposition and a
determiner of ``peer_object_en.tsv`` allowed before it) is a peer phrase of that table, takes the source's country
as its target.  Marker ``:tgt-peer``.
"""
from __future__ import annotations

from .structure import kind_sets

ROOTS = frozenset({"02", "03", "04", "05", "10", "11", "12", "13"})
_KINDS = ("head", "prep", "det")
# the longest peer phrase in words
_MAX_WORDS = 2


def apply(doc, events) -> None:
    """Give the target-less acts on a politician's peers the source's country (see the module doc)."""
    todo = [ev for ev in events if ev.lang == "en" and ev.root in ROOTS and ev.source_country
            and not ev.target_code and not ev.negated]
    if not todo:
        return
    sets = kind_sets("peer_object_en.tsv", _KINDS)
    text = doc.text
    for ev in todo:
        words = [w.lower() for w in text[ev.trigger_end:ev.sentence_end].split()[:_MAX_WORDS + 2]]
        if words and words[0] in sets["prep"]:
            words = words[1:]
        if words and words[0] in sets["det"]:
            words = words[1:]
        if not any(" ".join(w.strip(",.;:\"'") for w in words[:n]) in sets["head"] and
                   not any(w.endswith((",", ".", ";", ":")) for w in words[:n - 1])
                   for n in range(1, _MAX_WORDS + 1)):
            continue
        ev.target_country, ev.target_code = ev.source_country, ev.source_country
        ev.rule += ":tgt-peer"
