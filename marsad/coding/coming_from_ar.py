"""The country aircraft or travellers come from, as the target of a sanction (Arabic, session 29 B20AR).

"قررت الجزائر غلق المجال الجوي أمام الطائرات القادمة من مالي": the preposition's object الطائرات is a country-less
military role (the domestic fill then gives it the closer's own country, DZAMIL); the closure is aimed at the country
after the motion participle (``coming_from_ar.tsv``: القادمة من، المتجهة إلى): MLI.  A 16x Arabic event whose target
actor has no country of its own (or only the domestic fill's) and is followed right away by such a participle, its
preposition and a country name (the actor table's country entry: the place stage leaves "مالي" after من unread) takes
that country as its target.  Rule marker ``:tgt-coming``.
"""
from __future__ import annotations

from ..actors.lexicon import get_lexicon
from ..lang.normalize import normalize
from .structure import kind_sets

_STRIP = "،,.;؛:!؟?\"'«»()“”"


def _country(name: str):
    """The country code of a country name (the actor table's country entry), or None."""
    for en in get_lexicon().lookup(name):
        if en.kind == "country" and en.country:
            return en.country
    return None


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("16",))


def apply(doc, events: list) -> None:
    sets = None
    for ev in events:
        if ev.lang != "ar" or ev.root not in ACTS_ON or not ev.target_span:
            continue
        if ev.target_country and ":tgt-domestic" not in ev.rule:
            continue   # (a target of its own country: الطائرات الجزائرية)
        if sets is None:
            sets = kind_sets("coming_from_ar.tsv", ("come", "prep"))
        end = ev.target_span[1]
        toks = doc.text[end:end + 60].split()[:3]
        if len(toks) < 3 or normalize(toks[0]) not in sets["come"] or normalize(toks[1]) not in sets["prep"]:
            continue
        name = toks[2].strip(_STRIP)
        c = _country(name)
        if c is None or c == ev.source_country:
            continue
        s = doc.text.find(name, end)
        ev.target_actor_id, ev.target_code, ev.target_country, ev.target_role = None, c, c, None
        ev.target_span = (s, s + len(name))
        ev.rule += ":tgt-coming"
