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

import re

from .structure import fill_side, kind_sets

_KINDS = ("pron", "head", "conj", "envoy")
_GAP = 3


_FRONTED = re.compile(r"(?:In|At|From|On)\s+(?:[A-Z][\w'-]*\s*){1,3},\s+")


def _opening_body(doc, sent):
    """(actor, span) of a named body whose span opens ``sent`` (first two words), else None."""
    head = doc.text[sent.start:sent.end]
    first = len(head) - len(head.lstrip())
    m = _FRONTED.match(head, first)
    if m:   # "In Minsk, the Belarusian foreign ministry …": the body after a fronted place (session 31)
        first = m.end()
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


def _opening_country(doc, sent):
    """The country actor whose span opens ``sent`` (its first word), else None."""
    for a in doc.actors:
        if a.kind == "country" and a.country and a.code == a.country and any(
                sp[0] == sent.start + len(doc.text[sent.start:sent.end]) - len(doc.text[sent.start:sent.end].lstrip())
                for sp in a.spans):
            return a
    return None


_TO_HOST = re.compile(r"\s+to\s+(?:the\s+)?")


def envoy_owner(doc, events, sets) -> None:
    """"China, whose state-owned CNPC built the pipeline, has tried to mediate.  Its ambassador to Benin, Peng Jingtao,
    met Talon in Cotonou": an English event whose sentence opens with "Its / Their" + an envoy noun (kind ``envoy``)
    that is its source (or has none, or only the teller of "…, according to X" after it) takes the country opening the sentence before as source -- the host after "to"
    is not the envoy's (before: BENGOV); with no target, the host is the target (the envoy acts in the host country).
    Marker ``:poss-envoy`` (session 25, B12X)."""
    for ev in events:
        if ev.lang != "en" or ev.sentence <= 0:
            continue
        sent = doc.sentences[ev.sentence]
        toks = doc.text[sent.start:ev.trigger_start].split()
        if len(toks) < 2 or toks[0].lower() not in sets["pron"] or toks[1].lower().rstrip(",") not in sets["envoy"] \
                or len(toks) > 9 or any(t[-1:] in ";:" for t in toks):
            continue
        head = sent.start + len(doc.text[sent.start:sent.end]) - len(doc.text[sent.start:sent.end].lstrip())
        head = doc.text.index(toks[1], head + len(toks[0]))
        if ev.source_span and not (head <= ev.source_span[0] < head + len(toks[1]) + 1) \
                and not (ev.quote_id and ev.source_span[0] >= ev.trigger_end):
            continue   # (an envoy subject, or none; "…, according to the Beninese presidency": the teller is no actor of it)
        owner = _opening_country(doc, doc.sentences[ev.sentence - 1])
        if owner is None:
            continue
        fill_side(ev, "source", owner, None)
        ev.rule += ":poss-envoy"
        m = _TO_HOST.match(doc.text, head + len(toks[1].rstrip(",")))
        if m is None or ev.target_code or ev.target_country:
            continue
        # the host: a country named right after "to" (an actor, or a country place: "to Benin")
        host = next((p for p in doc.places if p.start == m.end() and p.precision == "country" and p.country
                     and p.country != owner.country), None)
        if host is not None:
            ev.target_actor_id, ev.target_code, ev.target_country = None, host.country, host.country
            ev.target_role, ev.target_span = None, (host.start, host.end)
            ev.rule += ":tgt-host"


_JOINED = re.compile(r"\s(?:but|and)\s+$")
_FRONTED_OPENERS = frozenset(("At", "In", "On", "During", "After", "Speaking", "Later", "Earlier"))
_APPOSITION_MAX = 4


def _without_apposition(toks: list[str]) -> list[str]:
    """The words before a trigger without a closing name apposition: "its chief observer, Gabriel Mato, praised" reads
    as "its chief observer praised" (a comma-closed run of at most four capitalised words right before the trigger,
    opened by a word ending in a comma; session 52, lead)."""
    if len(toks) < 3 or not toks[-1].endswith(","):
        return toks
    k = len(toks) - 1
    while k > 0 and len(toks) - k <= _APPOSITION_MAX and toks[k][:1].isupper() and not toks[k - 1].endswith(","):
        k -= 1
    if k < 1 or len(toks) - k > _APPOSITION_MAX or not toks[k][:1].isupper() or not toks[k - 1].endswith(","):
        return toks
    return toks[:k - 1] + [toks[k - 1][:-1]]


def _after_fronted(toks: list[str], p: int) -> bool:
    """Does the pronoun at ``p`` follow a fronted phrase closed by a comma that opens the sentence ("At a news
    conference in Quito on Monday, its chief observer praised …"): the pronoun still opens the clause (session 52,
    lead)?"""
    return p >= 2 and toks[p - 1].endswith(",") and toks[0] in _FRONTED_OPENERS \
        and not any(t[-1:] in ",;:" for t in toks[:p - 1])


def apply(doc, events) -> None:
    sets = None
    if any(ev.lang == "en" for ev in events):
        sets = kind_sets("possessive_body_en.tsv", _KINDS)
        envoy_owner(doc, events, sets)
    home = {a.id for a in doc.actors if a.basis == "home"} if sets is not None else set()
    for ev in events:
        if ev.lang != "en" or ev.sentence < 0:
            continue
        if ev.source_code or ev.source_country:
            if ev.source_actor_id not in home:
                continue   # (a name of no known country given the story's home country is no real source: "its chief
                # observer, Gabriel Mato, praised" -- the apposition's name, the body's officer; session 52, lead)
        sent = doc.sentences[ev.sentence]
        toks = doc.text[sent.start:ev.trigger_start].split()
        if not toks:
            continue
        if sets is None:
            sets = kind_sets("possessive_body_en.tsv", _KINDS)
        # the pronoun: at most _GAP + 2 words before the trigger, opening the sentence or a clause after "and"
        toks = _without_apposition(toks)
        p = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 4 - _GAP), -1)
                  if toks[k].lower() in sets["pron"]), None)
        fronted = p is not None and _after_fronted(toks, p)
        if p is None or not (p == 0 or toks[p - 1].lower() in sets["conj"] or fronted):
            continue
        h = next((k for k in (p + 1, p + 2) if k < len(toks) and toks[k].lower() in sets["head"]), None)
        if h is None or len(toks) - 1 - h > _GAP or any(t[-1:] in ",;:" for t in toks[p:]):
            continue
        if (p == 0 or fronted) and ev.sentence == 0:
            continue
        body = _opening_body(doc, doc.sentences[ev.sentence - 1] if p == 0 or fronted else sent)
        if body is None:
            continue
        fill_side(ev, "source", body[0], None)
        ev.rule += ":poss-body"
        for other in events:
            # "its chief observer praised the staff but criticised Noboa": the verb joined right after "but / and"
            # shares the subject (session 52, lead)
            if other.sentence == ev.sentence and other.trigger_start > ev.trigger_end and other.lang == "en" \
                    and (not (other.source_code or other.source_country) or other.source_actor_id in home) \
                    and _JOINED.search(doc.text, ev.trigger_end, other.trigger_start) is not None \
                    and not any(c in doc.text[ev.trigger_end:other.trigger_start] for c in ";:\""):
                fill_side(other, "source", body[0], None)
                other.rule += ":poss-body"
