"""A summit that speaks (Arabic, session 10 AR4).

"القمة العربية تدعو إلى وقف فوري للحرب"، "ودعت القمة الخليجية إيران إلى …": a summit of a named body as the subject of
a speech / appeal / stance verb (roots 01-05, 10-13) is that body (``summit_ar.tsv``: the summit phrase and the
body's Arabic name, resolved by the actors layer: القمة العربية -> ARBGOV, قمة مجلس التعاون -> IGOARBGCC …).  The
phrase must touch the verb: right before it (a headline's SVO, adjectives allowed between: القمة العربية الطارئة
تدعو) or right after it (VSO: دعت القمة العربية).  The summit noun's own meeting event inside the phrase is dropped
(there the summit is the actor); as an event noun elsewhere (عقدت القمة العربية، على هامش القمة) it stays a 040.  A
joined verb of the same kind right after (… وتحذر من) with no source of its own takes the body too; after a VSO
verb an actor right after the summit phrase is the verb's object (ودعت القمة الخليجية إيران إلى: IRN, not the
summit noun's partner).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..model import Actor, stable_id
from ..resources import cached, data_path, read_tsv_dicts
from .structure import fill_side, has_any, resolve_phrase

ROOTS = frozenset(("01", "02", "03", "04", "05", "10", "11", "12", "13"))   # speech, appeal, intent, stance
_MAX_ADJ = 2   # adjectives between the summit phrase and an SVO verb (الطارئة، الثالثة والثلاثين …)
_AUX = frozenset(("قد",))   # وكانت القمة الخليجية قد دعت: the pluperfect particle before the verb
_AT = frozenset(("في",))   # the summit's venue between the phrase and an SVO verb


def _load() -> dict:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for r in read_tsv_dicts(data_path("coding", "summit_ar.tsv")):
        s, b = (r.get("summit") or "").strip(), (r.get("body") or "").strip()
        if s and b:
            ws = tuple(normalize(w) for w in s.split())
            out.setdefault(ws[0], []).append((ws, b))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


def table() -> dict:
    return cached("coding.summit_ar", _load)


def _keys() -> frozenset:
    """The first words of the summit phrases, bare and with و / ف (one C-level test per sentence)."""
    def load():
        t = table()
        return frozenset(t) | frozenset(p + k for k in t for p in ("و", "ف"))
    return cached("coding.summit_ar.keys", load)


def _bare(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def _phrases(words, tab):
    """[(first index, end index, body)] of the summit phrases of a sentence."""
    out = []
    for k, w in enumerate(words):
        cands = tab.get(w.norm) or tab.get(_bare(w.norm))
        if not cands:
            continue
        for ws, body in cands:
            if k + len(ws) <= len(words) and all(words[k + j].norm == ws[j] for j in range(1, len(ws))):
                out.append((k, k + len(ws), body))
                break
    return out


def _adjectives(words, lo, hi) -> bool:
    """words[lo:hi] are at most _MAX_ADJ definite adjectives (ال… no punctuation), then maybe the summit's venue (في
    and one or two words: "القمة العربية في المنامة تدعو", session 26 PREC4), then maybe قد."""
    if hi > lo and words[hi - 1].norm in _AUX:
        hi -= 1
    site = next((j for j in range(max(lo, hi - 3), hi - 1) if words[j].norm in _AT), -1)
    if site >= 0 and all(not words[j].punct for j in range(site, hi)):
        hi = site
    return hi - lo <= _MAX_ADJ and all(not words[j].punct and words[j].norm.startswith("ال") for j in range(lo, hi))


def summit_subject(doc, words, args, evs):
    """Give the sourceless speech / appeal / stance verbs whose subject is a summit phrase the summit's body;
    returns ``evs`` without the summit noun's own meeting event inside such a phrase."""
    if not has_any(words, _keys()):   # (the sentence's shared norm set: session 21 SPD)
        return evs
    tab = table()
    phrases = _phrases(words, tab)
    if not phrases:
        return evs
    at = {w.start: k for k, w in enumerate(words)}
    drop: set[int] = set()
    done = None   # (event, body actor, span, word index) of the last event given a body
    for ev in sorted(evs, key=lambda e: e.trigger_start):
        k = at.get(ev.trigger_start)
        if k is None or (ev.root or ev.cameo[:2]) not in ROOTS or ":noun:" in ev.rule:
            continue
        # a source after the verb is its object misread when a summit phrase is the SVO subject before the verb
        # ("القمة العربية في المنامة تدعو إريتريا إلى": ERI is the appeal's target, session 26 PREC4)
        late = bool(ev.source_code and ev.source_span and ev.source_span[0] >= ev.trigger_end)
        if ev.source_code and not late:
            continue
        hit = None
        for i0, i1, body in phrases:
            if i1 <= k and _adjectives(words, i1, k) or (i0 == k + 1 and not late):
                hit = (i0, i1, body)
                break
        if hit is None:
            if done is not None and words[k].norm[:1] == "و" and k > done[3]:
                fill_side(ev, "source", done[1], done[2])
                ev.rule += ":summit-conj"
            continue
        i0, i1, body = hit
        r = resolve_phrase(body, doc.published_at)
        if r is None or not (r.code or r.country):
            continue
        span = (words[i0].start, words[i1 - 1].end)
        actor = next((a for a in doc.actors if a.code == r.code and a.kind == r.kind), None)
        if actor is None:
            actor = Actor(id=stable_id(doc.id, "actor-summit", *span), code=r.code, country=r.country, role=r.role,
                          kind=r.kind, name_ar=r.name_ar, name_en=r.name_en, entity_id=r.entity_id, spans=[span],
                          basis="summit")
            doc.actors.append(actor)
        elif span not in actor.spans:
            actor.spans.append(span)
        if late:
            ev.target_actor_id, ev.target_code, ev.target_country = ev.source_actor_id, ev.source_code, ev.source_country
            ev.target_role, ev.target_span = ev.source_role, ev.source_span
        fill_side(ev, "source", actor, span)
        ev.rule += ":summit"
        if i0 == k + 1:   # VSO: an actor right after the summit phrase is the verb's object (ودعت القمة الخليجية إيران)
            obj = next((a for a in (args or ()) if a.i0 == i1 and not a.prep), None)
            if obj is not None and obj.actor.code and obj.actor.code != actor.code:
                fill_side(ev, "target", obj.actor, (obj.start, obj.end))
        done = (ev, actor, span, k)
        for e2 in evs:   # the summit noun inside the phrase is the actor here, no meeting of its own
            if e2 is not ev and ":noun:" in e2.rule and span[0] <= e2.trigger_start < span[1]:
                drop.add(id(e2))
    return [e for e in evs if id(e) not in drop] if drop else evs
