""""Its commander" after a named body (session 17, ENG; the English of FIX2's "قائدها").

"KFOR, the NATO-led mission in Kosovo, stepped up patrols on Monday.  Its commander met Serb leaders": a source-less
English event whose sentence opens with "Its / Their" + a head-of-body noun (``possessive_body_en.tsv`` kind
``head``: commander, chief, spokesman …; one adjective may stand between: "Its new commander") and whose trigger
follows within three words takes as source the named body that opens the sentence before (an organisation of the
actor tables -- not a country or a person -- whose span starts within the first two words of that sentence); after
", and" inside a sentence ("KFOR … stepped up patrols, and its commander met …") the body opening that sentence.
Nothing else is guessed: a country or a person before, no body at the head of that sentence, a possessive inside
the sentence (``english.possessive_subject``'s case) -- unchanged.  Rule marker ``:poss-body``.
"""
from __future__ import annotations

from .structure import fill_side, kind_sets

_KINDS = ("pron", "head", "conj")
_GAP = 3


def _opening_body(doc, sent):
    """(actor, span) of a named body whose span opens ``sent`` (first two words), else None."""
    head = doc.text[sent.start:sent.end]
    first = len(head) - len(head.lstrip())
    second = head.find(" ", first)
    second = len(head) if second < 0 else second + 1
    best = None
    for a in doc.actors:
        for sp in a.spans:
            if sent.start <= sp[0] < sent.end and (best is None or sp[0] < best[1][0]):
                best = (a, sp)
    if best is None or best[1][0] - sent.start > second:
        return None
    a = best[0]
    if a.kind != "organisation" or not a.code or a.code == a.country:
        return None
    return best


def apply(doc, events) -> None:
    sets = None
    for ev in events:
        if ev.lang != "en" or ev.source_code or ev.source_country or ev.sentence < 0:
            continue
        sent = doc.sentences[ev.sentence]
        toks = doc.text[sent.start:ev.trigger_start].split()
        if not toks:
            continue
        if sets is None:
            sets = kind_sets("possessive_body_en.tsv", _KINDS)
        # the pronoun: at most _GAP + 2 words before the trigger, opening the sentence or a clause after "and"
        p = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 4 - _GAP), -1)
                  if toks[k].lower() in sets["pron"]), None)
        if p is None or not (p == 0 or toks[p - 1].lower() in sets["conj"]):
            continue
        h = next((k for k in (p + 1, p + 2) if k < len(toks) and toks[k].lower() in sets["head"]), None)
        if h is None or len(toks) - 1 - h > _GAP or any(t[-1:] in ",;:" for t in toks[p:]):
            continue
        if p == 0 and ev.sentence == 0:
            continue
        body = _opening_body(doc, doc.sentences[ev.sentence - 1] if p == 0 else sent)
        if body is None:
            continue
        fill_side(ev, "source", body[0], None)
        ev.rule += ":poss-body"
