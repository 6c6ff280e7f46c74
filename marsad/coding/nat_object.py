"""A verb's object named by a nationality adjective wins over a later actor (Arabic, round 15).

"رفضت الحكومة العراقية الاتهامات التركية بإيواء مسلحين"، "انتقدت الصين التصريحات الأمريكية بشأن تايوان": the object
right after the verb (or after its subject) is a definite noun with a nationality adjective -- the event is aimed
at that nation (the events stage's ``_object_nationality`` codes it when the verb has no target).  When the verb
did take a target, but one that only starts after that object phrase (an actor of the complement: بإيواء مسلحين،
بشأن تايوان), the object phrase is the target: :func:`later_target` (hook in the events stage's document pass,
next to ``_object_nationality``) replaces the target with the adjective's country.  Same roots and forms as
``_object_nationality`` (welcome, demand, criticise, reject, threaten, reduce relations, coerce); rule marker
``:obj-nationality``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import clear_side, resolve_phrase

_STOP = "،,.;؛:"
_FORCE_ROOTS = frozenset(("18", "19", "20"))


def later_target(doc, ev) -> None:
    tspan = ev.target_span
    if not tspan:
        return
    pos = ev.trigger_end
    if ev.source_span and ev.source_span[0] >= ev.trigger_start:
        pos = max(pos, ev.source_span[1])
    if tspan[0] - pos < 8:
        return   # the target is the object phrase itself (or right after the verb / its subject)
    toks = doc.text[pos:tspan[0]].split(None, 2)   # (the object phrase ends before the target)
    if ev.root in _FORCE_ROOTS and " " in ev.trigger and toks:
        toks = [ev.trigger.split()[-1]] + toks   # the object noun is the trigger's own last word ("أسقطت … قاذفة")
    if len(toks) < 2 or any(c in toks[0] for c in _STOP):
        return
    n0 = normalize(toks[0])
    adj = toks[1].rstrip(_STOP)
    n1 = normalize(adj)
    definite = n0.startswith(("ال", "بال", "وال")) and n1.startswith("ال")
    # (session 34) an attack on an indefinite object of a nation: "أسقطت مقاتلتان تركيتان قاذفة روسية قرب الحدود
    # السورية" -- the bomber's nation, not the border's (a definite one only outside the force roots, as before)
    indefinite = ev.root in _FORCE_ROOTS and not n0.startswith("ال") and not n1.startswith("ال") and len(n1) > 4
    if not (indefinite or definite and ev.root not in _FORCE_ROOTS) or not n1.endswith(("ي", "يه")):
        return
    k = doc.text.find(toks[0], pos)
    if any(s0 <= k < e0 for a in doc.actors for s0, e0 in a.spans):
        return   # the object is an actor itself (طالب المتظاهرون الحكومة التركية والأمم المتحدة: a fan-out)
    r = resolve_phrase(adj, doc.published_at)
    if r is None or not r.country or r.country == ev.source_country or r.country == ev.target_country:
        return
    clear_side(ev, "target")
    ev.target_country = r.country
    ev.target_code = r.country
    ev.rule += ":obj-nationality"
