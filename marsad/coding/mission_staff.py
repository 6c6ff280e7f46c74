"""Staff of a foreign mission take the mission's nationality (Arabic, session 16 ACT).

"طردت تونس أمس ثلاثة دبلوماسيين في القنصلية الإيطالية بصفاقس": the diplomats are Italy's; the actor stage reads
"دبلوماسيين" as a country-less GOV and the place rule gives it the host country (TUNGOV).  A target whose own actor has
no country, followed by في (or a ب glued to the mission noun) and an actor with a country whose first word is a
mission noun (``mission_staff_ar.tsv``: السفارة، القنصلية، البعثة), takes that actor's side (ITAGOV).  Rule marker
``:mission-staff``.  English "staff of the Italian consulate" needs nothing (the consulate is the object).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import actor_of, kind_sets


def apply(doc, events: list) -> None:
    """Give each Arabic target of mission staff the mission's actor (see the module doc)."""
    L = None
    for ev in events:
        if ev.lang != "ar" or not ev.target_span or not ev.target_actor_id:
            continue
        a = actor_of(doc, ev.target_actor_id)
        if a is None or a.country:
            continue
        if L is None:
            L = kind_sets("mission_staff_ar.tsv", ("mission", "prep"))
        end = ev.target_span[1]
        words = doc.text[end:end + 40].split(None, 2)
        if not words:
            continue
        if normalize(words[0]) in L["prep"] and len(words) > 1:
            head, at = words[1], doc.text.index(words[1], end)
        elif words[0][:1] == "ب" and normalize(words[0][1:]) in L["mission"]:
            head, at = words[0][1:], doc.text.index(words[0], end) + 1
        else:
            continue
        if normalize(head) not in L["mission"]:
            continue
        m = next((o for o in doc.actors if o.country and any(s == at for s, _ in o.spans)), None)
        if m is None:
            continue
        for e in events:   # (the same target in the other events of the trigger)
            if e.trigger_start == ev.trigger_start and e.target_actor_id == ev.target_actor_id:
                # (the evidence span stays the staff's words)
                e.target_actor_id, e.target_code, e.target_country, e.target_role = m.id, m.code, m.country, m.role
                if ":mission-staff" not in e.rule:
                    e.rule += ":mission-staff"


def bare_mission(doc, ev) -> bool:
    """Is the event's target a bare definite mission noun with no nationality ("تدين الهجوم على السفارة")?  The
    domestic step gives it no country of the source's own: "وقالت الخارجية الأردنية إنها تدين الهجوم على السفارة"
    is about another state's embassy (session 24 B11AR2)."""
    if not ev.target_span:
        return False
    words = doc.text[ev.target_span[0]:ev.target_span[1]].split()
    if len(words) != 1:
        return False
    w = normalize(words[0])
    return w.startswith("ال") and w in kind_sets("mission_staff_ar.tsv", ("mission", "prep"))["mission"]
