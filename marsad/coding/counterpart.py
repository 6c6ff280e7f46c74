""""His counterpart" takes the sector of the other side (Arabic, session 10 AR3).

"التقى رئيس أركان الجيش الجزائري نظيره التونسي"، "التقى رئيس جهاز المخابرات المصرية نظيره الإسرائيلي": نظيره is
resolved by the actors stage as a government official of the adjective's country (role row نظير, GOV), since it is
most often a minister or head of state.  When the other side of the event holds another sector (MIL, SPY, COP, LEG,
JUD: ``counterpart_ar.tsv``), the counterpart holds it too: TUNMIL, ISRSPY.  The actor itself is left as it is (one
actor per referent per document); only the event side's code and role change.  Rule marker ``:counterpart``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts


def _load():
    forms, roles = set(), set()
    for r in read_tsv_dicts(data_path("coding", "counterpart_ar.tsv")):
        t, v = (r.get("type") or "").strip(), (r.get("value") or "").strip()
        if t == "form" and v:
            forms.add(normalize(v))
        elif t == "role" and v:
            roles.add(v)
    return frozenset(forms), frozenset(roles)


def table():
    return cached("coding.counterpart.ar", _load)


def _is_counterpart(doc, span, forms) -> bool:
    if not span:
        return False
    w = normalize(doc.text[span[0]:span[1]].split(None, 1)[0]) if span[1] > span[0] else ""
    return w in forms or (w[:1] in ("و", "ب", "ل") and w[1:] in forms)


def counterpart_role(doc, evs) -> None:
    """Give a counterpart side (its span opening with نظيره …, a GOV of a country) the other side's sector."""
    forms = roles = None
    for ev in evs:
        if not (ev.source_role and ev.target_role) or ev.source_role == ev.target_role:
            continue
        for side, other in (("target", "source"), ("source", "target")):
            if getattr(ev, f"{side}_role") != "GOV" or getattr(ev, f"{other}_role") == "GOV":
                continue
            if forms is None:
                forms, roles = table()
            role = getattr(ev, f"{other}_role")
            country = getattr(ev, f"{side}_country")
            if role not in roles or not country or not _is_counterpart(doc, getattr(ev, f"{side}_span"), forms):
                continue
            setattr(ev, f"{side}_role", role)
            setattr(ev, f"{side}_code", country + role)
            ev.rule += ":counterpart"


def is_side(doc, ev, side: str) -> bool:
    """Does ``ev``'s ``side`` (source / target) open with a counterpart word (نظيره، نظيرتها …)?  Its country is
    then not the other side's: "التقى الوزير نظيره الإندونيسي" does not make the minister Indonesian (session 14)."""
    return _is_counterpart(doc, getattr(ev, f"{side}_span"), table()[0])
