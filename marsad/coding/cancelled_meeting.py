"""A meeting called off is no meeting (session 41, lead).

"أعلن وزير الخارجية العماني إلغاء الجولة السادسة من المحادثات غير المباشرة بين الولايات المتحدة وإيران": the
cancellation (125, ``manual_ar.tsv`` rows of ألغى / إلغاء / أرجأ / تأجيل with a meeting word as object) is the happening;
the talks noun after it in the same phrase names what was called off, no consultation of the two sides (it had given
two 046 events, one each way).  A consultation noun event (root 04) whose trigger follows a 125 event's trigger in
its sentence within :data:`_REACH` characters, with no clause punctuation between, joins that event's evidence
(``also_spans``) and is dropped.  Arabic and English alike ("cancelled Sunday's round of talks" holds its noun in the
trigger already).

(Session 41, gapen41) English passive: a meeting noun (root 04) whose own verb is a passive of calling off ("a
summit between Tshisekedi and Kagame in Luanda was called off in December"; participles in
``cancelled_passive_en.tsv``) within :data:`_PASSIVE_REACH` characters after it, no full stop between and no other
was / were first, tells a meeting that did not take place: the noun event is dropped.

(Session 43, PREC43) Arabic passive: an act noun with a passive of putting off or calling off right after its phrase
("وكان توقيع الاتفاق النهائي قد أرجئ مرتين"، "وتأجل الاجتماع الوزاري إلى الأسبوع المقبل" read the other way round:
the passive right before the noun; ``cancelled_passive_ar.tsv``) tells an act that did not take place (yet): the
noun event is dropped.  At most :data:`_AR_PHRASE` words (its genitive, adjectives, its parties after بين) and قد
between, no punctuation and no relative pronoun or clause opener (kind ``stop``: "الاجتماع الذي تأجل مرتين" is held).
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import kind_sets

_REACH = 60   # characters: "إلغاء الجولة السادسة من المحادثات" (a round and its ordinal between)
_STOPS = ".،,؛;:!؟?"
_PASSIVE_REACH = 90   # characters: "between Tshisekedi and Kagame in Luanda was called off"
_BE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?", re.I)


def apply(doc, events: list) -> list:
    events = _called_off_en(doc, events)
    events = _called_off_ar(doc, events)
    cancels = [c for c in events if c.cameo == "125" and not c.negated]
    if not cancels:
        return events
    text = doc.text
    drop = set()
    for c in cancels:
        for e in events:
            if e.root != "04" or ":noun:" not in e.rule or e.sentence != c.sentence \
                    or not 0 <= e.trigger_start - c.trigger_end <= _REACH \
                    or any(ch in text[c.trigger_end:e.trigger_start] for ch in _STOPS):
                continue
            c.also_spans = sorted(set(c.also_spans) | {(e.trigger_start, e.trigger_end)})
            drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


def _called_off_en(doc, events: list) -> list:
    """The English meeting nouns told as called off in the passive (see the module doc) are dropped."""
    if not any(e.lang == "en" and e.root == "04" for e in events):
        return events
    parts = kind_sets("cancelled_passive_en.tsv", ("participle",))["participle"]
    off = re.compile(r"(?:" + "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)) + r")\b", re.I)

    def called_off(e) -> bool:
        after = re.split(r"[.;:!?]", doc.text[e.trigger_end:min(e.sentence_end, e.trigger_end + _PASSIVE_REACH)], 1)[0]
        m = _BE.search(after)
        return m is not None and off.match(after, m.end()) is not None

    return [e for e in events if not (e.lang == "en" and e.root == "04" and ":noun:" in e.rule and called_off(e))]


_AR_PHRASE = 5   # words of the noun's phrase before its passive ("توقيع الاتفاق النهائي بين الحكومة والحركة قد أرجئ")


def _called_off_ar(doc, events: list) -> list:
    """The Arabic act nouns told as put off or called off in the passive (see the module doc) are dropped."""
    if not any(e.lang == "ar" and ":noun:" in e.rule for e in events):
        return events
    sets = kind_sets("cancelled_passive_ar.tsv", ("passive", "stop"))

    def bare(w: str) -> str:
        n = normalize(w)
        return n[1:] if n[:1] in ("و", "ف") and n[1:] in sets["passive"] else n

    def called_off(e) -> bool:
        before = doc.text[e.sentence_start:e.trigger_start].split()
        if before and bare(before[-1]) in sets["passive"]:
            return True   # ("وأرجئت زيارة الرئيس": the passive before its subject)
        after = doc.text[e.trigger_end:e.sentence_end].split()
        for w in after[:_AR_PHRASE + 2]:
            if w[-1:] in _STOPS or w[:1] in _STOPS:
                return False
            n = bare(w)
            if n in sets["passive"]:
                return True
            if n in sets["stop"]:
                return False   # ("الاجتماع الذي تأجل مرتين": a relative clause describes a meeting that is held)
        return False

    return [e for e in events if not (e.lang == "ar" and ":noun:" in e.rule and called_off(e))]
