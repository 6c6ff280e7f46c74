"""The target of rejecting or denying an accusation is the accuser (session 18, REJ).

"Sudan's army accused N'Djamena of …  Chad's government denied the accusations", "نفت الحكومة التشادية هذه
الاتهامات", "India rejected the allegations as absurd": a rejection (root 12) or a denial (016) with no target whose
object is an accusation noun (``rejected_accusation.tsv``, kind ``noun``; the first such word among the trigger's
first words, before a punctuation mark or a clause word of kind ``stop``) is aimed at the source of the latest
asserted accusation (CAMEO 112) or criticism (111) told before it, at most :data:`BACK` sentences back, whose target
is of the rejecter's country and whose source is not -- or, within one country, whose target is the rejecter itself
(its code) and whose source another side ("Opposition lawmakers accused Prime Minister X of …  X rejected the
accusation": ARMOPP, session 26 B16EN).  When there is none the target stays empty.  Rule marker
``:tgt-accuser``.

First, :func:`linked_accused`: "had credible allegations linking agents of the Indian government to the shooting":
an English accusation noun ending in a word of kind ``link`` with no target takes the first actor named after it,
before "to" or a punctuation mark (at most :data:`_LINK_CHARS` characters on).  Marker ``:tgt-linked``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import actor_of, clear_side, copy_side, fill_side, kind_sets

BACK = 10           # sentences (5 until session 28: "Rwanda denied the accusations" nine sentences after the lead that told them)
_WORDS = 8          # words read from the trigger's start
_STRIP = "،,.;؛:!؟?\"«»()'"
_PUNCT = "،,.;؛:!؟?"
_LINK_CHARS = 40
_LINK_STOP = re.compile(r"[,;:.!?()\"]|\bto\b", re.I)


def _names_accusation(doc, ev, nouns, stops) -> bool:
    start = ev.trigger_start
    if ev.source_span and ev.trigger_start < ev.source_span[0] < ev.source_span[1] <= ev.sentence_end \
            and not any(c in doc.text[ev.trigger_start:ev.source_span[0]] for c in _PUNCT):
        # (session 28 B18AR) "نفى رئيس الوفد الحكومي المفاوض يحيى كزمان هذه الاتهامات": the verb's long subject after
        # it (inside the trigger's span or not) is no part of the object; read on after it
        start = ev.source_span[1]
    for tok in doc.text[start:ev.sentence_end].split(None, _WORDS)[:_WORDS]:
        w = normalize(tok.strip(_STRIP))
        if w in nouns:
            return True
        if w in stops or tok.rstrip("\"»'").endswith(tuple(_PUNCT)):
            return False
    return False


def linked_accused(doc, events: list) -> None:
    links = None
    for ev in events:
        if ev.lang != "en" or not ev.cameo.startswith("112") or ":noun:" not in ev.rule:
            continue
        if ev.target_code and not (ev.source_span and ev.source_span[0] >= ev.trigger_end):
            continue
        if links is None:
            links = kind_sets("rejected_accusation.tsv", ("link",))["link"]
        if normalize(ev.trigger.split()[-1].strip(_STRIP)) not in links:
            continue
        hi = min(ev.sentence_end, ev.trigger_end + _LINK_CHARS)
        stop = _LINK_STOP.search(doc.text, ev.trigger_end, hi)
        hi = stop.start() if stop else hi
        if ev.source_span and ev.trigger_end <= ev.source_span[0] and ev.source_span[1] <= hi:
            _accused_not_accuser(doc, ev)
            continue
        if ev.target_code:
            continue
        best = None
        for a in doc.actors:
            if a.id == ev.source_actor_id or (a.country and a.country == ev.source_country):
                continue
            for s0, e0 in a.spans:
                if ev.trigger_end <= s0 and e0 <= hi and (best is None or s0 < best[1][0]):
                    best = (a, (s0, e0))
        if best is not None:
            fill_side(ev, "target", best[0], best[1])
            ev.rule += ":tgt-linked"


def _accused_not_accuser(doc, ev) -> None:
    """"there were allegations linking Togolese soldiers to the attack": the noun frame read the actor after "linking"
    as the accusation's author; it is the accused.  It becomes the target (unless a target is named already), and the
    source is the speaker who tells the allegations (``reported_by``), else none (session 19, ENX).  Marker
    ``:linked-accused``."""
    if not ev.target_code:
        copy_side(ev, "target", ev, "source")
    speaker = actor_of(doc, ev.reported_by_actor_id)
    if speaker is not None and speaker.country != ev.target_country:
        span = next(((s0, e0) for s0, e0 in speaker.spans if ev.sentence_start <= s0 and e0 <= ev.trigger_start),
                    None)
        fill_side(ev, "source", speaker, span)
    else:
        clear_side(ev, "source")
    ev.rule += ":linked-accused"


def apply(doc, events: list) -> None:
    linked_accused(doc, events)
    accusations = None
    for ev in events:
        if ev.target_code or ev.target_country or not ev.source_country or ev.negated \
                or not (ev.root == "12" or ev.cameo.startswith("016")):
            continue
        if accusations is None:
            accusations = [e for e in events if (e.cameo.startswith("112") or e.cameo == "111") and not e.negated
                           and e.source_code and e.target_country]
            if not accusations:
                return
        sets = kind_sets("rejected_accusation.tsv", ("noun", "stop"))
        best = None
        for e in accusations:
            # (within one country: the accused is the rejecter itself, or -- session 28 B18AR -- any side but the
            # accuser: "اتهم جعجع حزب الله … رفض رئيس كتلة الوفاء للمقاومة النائب محمد رعد الاتهامات" (LBNREB accused,
            # LBNGOVLEG rejects): a denier of an accusation is not its author)
            if e.target_country != ev.source_country or (e.source_country == ev.source_country and not (
                    e.source_code != ev.source_code)) \
                    or not (ev.sentence - BACK <= e.sentence <= ev.sentence) or e.trigger_end > ev.trigger_start:
                continue
            if best is None or e.trigger_start > best.trigger_start:
                best = e
        if best is None or not (_names_accusation(doc, ev, sets["noun"], sets["stop"]) or _denied_claim(doc, ev)):
            continue
        copy_side(ev, "target", best, "source")
        ev.target_span = None
        ev.rule += ":tgt-accuser"


_THAT = frozenset({"that", "ان", "أن", "بان", "بأن"})


def _denied_claim(doc, ev) -> bool:
    """"The ministry denied that Algeria had ever interfered in Mali's affairs": a denial (016) whose object is a
    that-clause denies the claim an accusation against the denier made (session 28, lead); a rejection (12) of a
    that-clause is no denial of a charge ("rejected that the vote be delayed")."""
    if not ev.cameo.startswith("016"):
        return False
    start = ev.source_span[1] if ev.source_span and ev.source_span[0] >= ev.trigger_start else ev.trigger_end
    nxt = doc.text[start:ev.sentence_end].split(None, 1)[:1]
    return bool(nxt) and normalize(nxt[0].strip(_STRIP)).lower() in _THAT
