"""A foreign force arriving abroad (Arabic, session 26 B16AR2).

"وصلت قوات مصرية إلى الصومال ضمن بعثة حفظ السلام"، "وصلت أول دفعة من عناصر الشرطة الكينية، تضم نحو 400 عنصر، مساء
أمس إلى مطار بورت أو برنس": the 074 arrival row (manual_ar.tsv: وصل + a force or batch noun) names the force in the
phrase after the verb, the destination after إلى, at any distance in the sentence.  :func:`apply` keeps such an event
only when the batch noun (دفعة، طلائع) is followed by من + a force noun ("دفعة من المساعدات" is aid), the force phrase
(up to إلى or a comma) has a country -- an actor's, else a nationality adjective's -- (the source), and the first
إلى of the sentence leads to a place or country actor of another country (the target).  Words:
``force_arrival_ar.tsv``.  Rule marker ``:force-arrival``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import clear_side, fill_side, kind_sets, resolve_phrase

_KINDS = ("batch", "force", "to", "of", "order", "arrive")
_WORD = re.compile(r"[^\s،,.;؛:!؟?\"«»()]+|[،,.;؛:!؟?()]")
_PUNCT = frozenset("،,.;؛:!؟?()")


def _force_phrase(text: str, ev, sets):
    """(end of the force phrase, offset after the إلى word or None) when the object names a force, else None."""
    obj = normalize(ev.trigger.split()[-1])
    it = _WORD.finditer(text, ev.trigger_end, ev.sentence_end)
    if obj in sets["batch"]:
        # "طلائع القوات"، "دفعة من عناصر"، "دفعة جديدة من الجنود" (one adjective before من)
        words = [normalize(m.group()) for m in (next(it, None), next(it, None), next(it, None)) if m is not None]
        if not (words[:1] and words[0] in sets["force"] or words[1:2] and words[0] in sets["of"]
                and words[1] in sets["force"] or words[2:3] and words[1] in sets["of"] and words[2] in sets["force"]):
            return None   # "وصلت أول دفعة من المساعدات": aid, no force
        it = _WORD.finditer(text, ev.trigger_end, ev.sentence_end)
    end, to = ev.trigger_end, None
    stopped = False
    for m in it:
        w = m.group()
        if normalize(w) in sets["to"]:
            to = m.end()
            break
        if w in _PUNCT:
            stopped = True
        if not stopped:
            end = m.end()
    return end, to


def _force_country(doc, ev, end: int):
    """(actor or None, span, country) of the force phrase [trigger start, end)."""
    for a in doc.actors:
        for s, e in a.spans:
            if ev.trigger_start <= s and e <= end and a.country:
                return a, (s, e), a.country
    for m in _WORD.finditer(doc.text, ev.trigger_end, end):
        w = m.group()
        if w in _PUNCT or not normalize(w).startswith("ال"):
            continue
        r = resolve_phrase(w, doc.published_at)
        if r is not None and r.country:
            return None, (m.start(), m.end()), r.country
    return None, None, None


def _destination(doc, ev, to: int) -> str:
    """The country of the place (or country actor) right after إلى."""
    hi = min(ev.sentence_end, to + 40)
    pl = next((p for p in doc.places if to <= p.start < hi and p.country), None)
    if pl is not None:
        return pl.country
    a = next((a for a in doc.actors for (s, e) in a.spans if to <= s < hi and a.kind == "country" and a.country),
             None)
    return a.country if a is not None else ""


def _arrival(word: str, forms: frozenset) -> bool:
    """Is ``word`` a form of وصل, bare or with و / ف / ل before it ("ووصلت"، "ليصل")?"""
    return word in forms or word[:1] in ("و", "ف", "ل") and word[1:] in forms


def apply(doc, events: list) -> list:
    """The events with each force arrival kept (source the force's country, target the destination) or dropped."""
    if not any(e.lang == "ar" and e.cameo == "074" for e in events):
        return events
    sets = kind_sets("force_arrival_ar.tsv", _KINDS)
    out = []
    for ev in events:
        words = [normalize(w) for w in ev.trigger.split()]
        if not (ev.lang == "ar" and ev.cameo == "074" and _arrival(words[0], sets["arrive"])):
            out.append(ev)
            continue
        if any(w not in sets["order"] for w in words[1:-1]):
            continue   # "ليصل عدد العناصر إلى ألف": a number reaching, no force arriving
        got = _force_phrase(doc.text, ev, sets)
        if got is None or got[1] is None:
            continue
        end, to = got
        actor, span, country = _force_country(doc, ev, end)
        dest = _destination(doc, ev, to)
        if not country or not dest or dest == country:
            continue   # no force of a known country, no destination, or a force moving at home
        clear_side(ev, "source")
        if actor is not None:
            fill_side(ev, "source", actor, span)
        else:
            ev.source_code = ev.source_country = country
            ev.source_span = span
        if ev.target_country != dest or ev.target_actor_id == ev.source_actor_id:
            clear_side(ev, "target")
            ev.target_code = ev.target_country = dest
        ev.rule += ":force-arrival"
        out.append(ev)
    return out
