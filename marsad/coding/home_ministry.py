"""A foreign ministry without a country in a datelined story is the dateline country's (session 16 ACT).

"MANILA, Aug. 6 - The Department of Foreign Affairs said it had lodged a diplomatic protest with Beijing";
"الرباط - … استدعت وزارة الخارجية أمس السفير الجزائري": the sentence names another country (the one the act is aimed
at), so neither the one-country step nor the dateline step (``home_country``: sentences naming no country) gives the
ministry a country.  A foreign ministry acts toward foreign states: when the event's source is a country-less GOV whose
words hold a ``home_ministry.tsv`` form, its target is of a country other than the dateline's, and the story names the
dateline's country at least twice besides the dateline (it is a party of the story, not only where the reporter sits),
the source takes the dateline's country.  Rule marker ``:src-home-ministry``.
"""
from __future__ import annotations

from ..geo.locate import dateline_place
from ..lang.normalize import normalize
from .structure import actor_of, form_set

_UNSET = object()


def fill(doc, events) -> None:
    """Give each bare foreign ministry source of ``events`` the dateline's country (see the module doc)."""
    home = _UNSET
    forms = None
    for ev in events:
        if ev.source_code != "GOV" or ev.source_country or not ev.target_country or not ev.source_actor_id:
            continue
        if home is _UNSET:
            dl = dateline_place(doc)
            home = dl.country if dl is not None else None
            if home:
                n = sum(1 for a in doc.actors if a.country == home for _ in a.spans) \
                    + sum(1 for p in doc.places if p.country == home and p is not dl)
                if n < 2:
                    home = None
        if not home or ev.target_country == home:
            continue
        a = actor_of(doc, ev.source_actor_id)
        if a is None:
            continue
        if forms is None:
            forms = form_set("home_ministry.tsv")
        words = normalize(" ".join(doc.text[s:e] for s, e in a.spans[:1])).lower()
        if not any(f in words for f in forms):
            continue
        ev.source_country, ev.source_code = home, home + "GOV"
        ev.rule += ":src-home-ministry"
