"""A judgement on an agreement noun: its target is the agreement's parties (session 19, B6AC).

"وقعت حركتا فتح وحماس … إعلانا للمصالحة … ورحبت جامعة الدول العربية ومصر بإعلان الجزائر"، "وقعت تونس والاتحاد الأوروبي
مذكرة تفاهم … وانتقد نواب في البرلمان الأوروبي المذكرة": a welcome, praise, criticism or rejection (roots 05, 11, 12; a
verb) with no target whose object -- after the verb and its subject (actor words, و and a member's preposition), with or without ب -- is an
agreement noun of ``agreement_object.tsv`` names the agreement signed earlier in the story (the nearest earlier
signing, CAMEO 057).  The judgement's target is each party of that signing (its sources and targets) other than the
judge itself: one event per party (a copy for each after the first).  No earlier signing, or a noun after other
words, leaves the reading unchanged.  Rule marker ``:tgt-parties``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from .structure import copy_side, kind_sets

_ROOTS = frozenset(("05", "11", "12"))
_WORD = re.compile(r"\S+")
_STRIP = "،,.;؛:!؟?\"'«»()“”"
SPAN = 80
# the words that may join the subject's actor words: و, and the preposition of a member of a body ("نواب في البرلمان
# الأوروبي", "lawmakers in the European Parliament"; the next word must again be an actor's or the noun)
_GLUE = frozenset(("و", "في", "عن", "من", "in", "of", "from", "and"))


def _noun_after(doc, ev, nouns: frozenset, spans: list) -> bool:
    text = doc.text
    en = ev.lang == "en"
    for m in _WORD.finditer(text, ev.trigger_end, min(ev.sentence_end, ev.trigger_end + SPAN)):
        raw = m.group()
        word = raw.strip(_STRIP)
        form = word.lower() if en else normalize(word)
        if en and form in ("the", "this", "that", "its"):
            continue
        if form in nouns or (not en and form[:1] in ("ب", "و") and form[1:] in nouns):
            return True
        if not any(s < m.end() and m.start() < e for s, e in spans) and form not in _GLUE:
            return False
        if raw[-1:] in _STRIP and raw[-1:] not in "\"'«»“”":
            return False
    return False


def _party_key(e, side):
    return getattr(e, f"{side}_country") or getattr(e, f"{side}_code")


def apply(doc, events: list) -> None:
    cands = [ev for ev in events if ev.root in _ROOTS and not ev.target_code and ev.source_code
             and ":verb:" in ev.rule and ev.lang in ("ar", "en")]
    if not cands or not any(e.cameo == "057" for e in events):
        return
    kinds = kind_sets("agreement_object.tsv", ("noun",), by_lang=True)
    added = []
    for ev in cands:
        nouns = kinds.get(ev.lang, {}).get("noun")
        if not nouns:
            continue
        spans = [(s, e) for a in doc.actors for s, e in a.spans if ev.trigger_end <= s < ev.trigger_end + SPAN]
        if not _noun_after(doc, ev, nouns, spans):
            continue
        signings = [e for e in events if e.cameo == "057" and e.trigger_start < ev.trigger_start and not e.negated
                    and (e.source_code or e.target_code)]   # (a bare "قبل توقيع المذكرة" names no party)
        if not signings:
            continue
        last = max(e.trigger_start for e in signings)
        own = {ev.source_country, ev.source_code} - {None}
        parties: list = []   # (event, side) of each party, in order
        seen: set = set()
        for e in signings:
            if e.trigger_start != last:
                continue
            for side in ("source", "target"):
                k = _party_key(e, side)
                if k and k not in seen and k not in own:
                    seen.add(k)
                    parties.append((e, side))
        for n, (e, side) in enumerate(parties):
            dst = ev
            if n:
                dst = replace(ev, id=stable_id(ev.id, "parties", str(n)))
                dst.plover_context = list(ev.plover_context)
                added.append(dst)
            copy_side(dst, "target", e, side)
            dst.rule = ev.rule.replace(":tgt-parties", "") + ":tgt-parties"
    events.extend(added)
