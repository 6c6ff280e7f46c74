"""People held by a state named only by their count (session 31).

"Police detained 14 people who tried to block a main avenue", "Iraqi security forces arrested about 20 people",
"واعتقلت الشرطة الأردنية 20 شخصا": an arrest or detention (CAMEO 17x, the coercion root) by a state body of a country
(police, army, government, courts), with no target, whose object within a few words after the trigger is a count noun
of people (``people_object.tsv``: people, persons, شخصا، أشخاص …) holds that country's civilians: target XXXCVL, the
evidence the people phrase (from the count before the noun).  No actor is made: the people are unnamed.  Not the
violence roots (18-20: the span gold of the GSR codes killed people without a country).  Rule marker ``:tgt-people``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import kind_sets

_STATE_ROLES = frozenset(("COP", "MIL", "GOV", "JUD", "SPY"))
_REACH = 40   # characters after the trigger in which the noun stands ("detained about 20 people")
_STOP = re.compile(r"(?<![0-9])[,.]|[,.](?![0-9])|[;:،؛()\"«»]")   # (not the separator of "1,200", "2.5")


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("17",))


def apply(doc, events) -> None:
    sets = None
    for ev in events:
        if ev.root not in ACTS_ON or ev.target_code or not ev.source_country or ev.negated \
                or (ev.source_role or (ev.source_code or "")[3:6]) not in _STATE_ROLES:
            continue
        if sets is None:
            sets = kind_sets("people_object.tsv", ("noun_en", "noun_ar"))
            sets = {k: {normalize(f).lower() for f in v} for k, v in sets.items()}
        nouns = sets["noun_ar" if ev.lang == "ar" else "noun_en"]
        # from the verb's subject after it (VSO), else the trigger's first word: a compound trigger may hold the
        # people phrase ("وأوقف الجيش حتى مساء أمس تسعة أشخاص"; session 39)
        t0 = ev.trigger_start + len(ev.trigger.split()[0]) if ev.trigger.split() else ev.trigger_end
        if ev.source_span and ev.trigger_start < ev.source_span[0] < ev.trigger_end + _REACH:
            t0 = max(t0, ev.source_span[1])
        end = min(ev.sentence_end, max(ev.trigger_end, t0) + _REACH)
        tail = doc.text[t0:end]
        m = _STOP.search(tail)
        if m:
            tail = tail[:m.start()]
        pos = 0
        hit = None
        for w in tail.split():
            at = tail.index(w, pos)
            pos = at + len(w)
            if normalize(w).lower() in nouns:
                hit = (t0 + at, t0 + pos)
                break
        if hit is None:
            continue
        # the phrase from the first word after the trigger or subject (the count) to the noun
        first = len(doc.text[t0:hit[0]]) - len(doc.text[t0:hit[0]].lstrip())
        country = _abroad(doc, ev) or ev.source_country
        ev.target_actor_id, ev.target_code = None, country + "CVL"
        ev.target_country, ev.target_role = country, "CVL"
        ev.target_span = (t0 + first, hit[1])
        ev.rule += ":tgt-people"


def _abroad(doc, ev):
    """(session 49, gapar49) "وتوغلت قوة إسرائيلية في إحدى قرى ريف القنيطرة واعتقلت ثلاثة شبان": an army's arrest in
    a sentence whose places (a locative, not a metonym) are all of one other country holds that country's people, not
    its own: that country, else None."""
    if (ev.source_role or (ev.source_code or "")[3:6]) != "MIL":
        return None
    found = {pl.country for pl in doc.places if ev.sentence_start <= pl.start < ev.sentence_end and pl.country
             and not pl.is_metonym}
    return next(iter(found)) if len(found) == 1 and ev.source_country not in found else None
