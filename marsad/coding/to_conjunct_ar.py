"""Two destinations or recipients after إلى, joined by و: one event each (Arabic, session 20 STR).

"أرسلت الصين مساعدات طبية إلى إيطاليا وإسبانيا"، "وصل وزير الخارجية الصيني إلى القاهرة والرياض": the place stage
reads the country or capital right after إلى (``to_conjunct_ar.tsv`` kind ``to``) as a direction, a place with no
actor, while the conjunct after و is an actor, so the verb frame took the second as the only target (or, for an
arrival, the visit found no place and was dropped).  An Arabic event whose target actor starts on the word right after
such a place, joined to it by و, takes the place's country as its target, and a copy keeps the second conjunct; both
count as visit places for a visit (kind ``visit``).  Only when the two countries differ from each other and from the
source's.  Rule marker ``:to-conj``.
"""
from __future__ import annotations

from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from .structure import kind_sets

_KINDS = ("to", "visit")


def apply(doc, events: list) -> list:
    sets = None
    added = []
    text = doc.text
    for ev in events:
        if ev.lang != "ar" or not ev.target_span or not ev.target_country or ev.target_span[0] < ev.trigger_end:
            continue
        t0 = ev.target_span[0]
        if text[t0 - 1:t0] != "و" and text[t0:t0 + 1] != "و":
            continue
        seg = text[max(ev.trigger_end, t0 - 40):t0]
        if "إلى" not in seg and "الى" not in seg:
            continue   # (وزير، وزارة: most actors opening with و have no إلى before them)
        pl = next((p for p in doc.places if p.sentence == ev.sentence and p.country and p.end <= t0
                   and text[p.end:t0].strip() in ("", "و")), None)
        if pl is None or pl.country in (ev.target_country, ev.source_country) or pl.start < ev.trigger_end:
            continue
        if sets is None:
            sets = kind_sets("to_conjunct_ar.tsv", _KINDS)
        before = text[max(0, pl.start - 6):pl.start].split()
        if not before or normalize(before[-1]) not in sets["to"]:
            continue
        other = replace(ev, id=stable_id(ev.id, "to-conj"), plover_context=list(ev.plover_context))
        ev.target_actor_id = ev.target_role = ev.target_span = None
        ev.target_code = ev.target_country = pl.country
        tag = ":to-conj" + (":visit-place" if ev.cameo in sets["visit"] else "")
        ev.rule += tag
        other.rule += tag
        added.append(other)
    return events + added if added else events
