"""An English verbal noun with neither actor is no event record (session 52, PRECEN52).

"called for an independent investigation into the deaths", "ending a two-month ceasefire", "The protests began in
mid-May", "No arrests were reported", "demanded a judicial inquiry": a noun trigger whose sentence names no one who
acts and no one acted on is the content of another act (a demand, an accusation), a reference to a happening told
elsewhere, a setting, or a negated mention -- the gold conventions make such mentions optional at best (the act a
demand is about, background and negated happenings).  Left standing it is a record with no dyad: nothing the relations
series, the dyad counts or an analyst reading "who did what to whom" can use.  So, last of the events stage (after
every rule that fills a side from the context: the repeats, the retellings, the home country), an English event
triggered by a noun (rule ``:noun:``) with no source and no target is dropped.  Verb triggers stay ("were killed",
"clashes erupted" as a verb): a verb report is a telling of its own even with its actors unnamed -- unless the verb
row's word stands as a noun, right after a determiner or a possessive (actorless_noun_en.tsv: "demanded a new election
after the defeat", "During Tuesday's debate", "the fighting did not pause"), where it is a verbal noun as well.

A noun read as a background reference (historical, ``:ref``) that names one side only is dropped as well: a mutual
noun (talks, a meeting, a ceasefire: frame ``mutual``, two parties) with one of its two parties ("blamed Kinshasa for
the collapse of regional peace talks", "urged Bangkok to respect the ceasefire agreed in Malaysia") is half a dyad of
a happening told elsewhere or not at all, and any other noun with its agent and no one it was done to ("accused
Israel of fabricating pretexts to resume its attacks", "backed the complaint") names no one acted on.  A current noun
with one party named stays ("Putin declared a three-day ceasefire"), and so does a reference that names the victim
("two weeks after the assassination of a mayor": what was done to whom).

Measured on the article gold (224 files, session 52): 115 actor-less noun events in the complete English articles,
none a strict match of a required gold event (64 optional, 50 extra, 1 a required event coded wrong); 48 actor-less
verb-row triggers after a determiner or a possessive, none strict (36 optional, 12 extra); 26 one-sided mutual
references and 16 other references with the agent only, none strict (15 + 8 optional, 11 + 8 extra).
"""
from __future__ import annotations

import re

from .structure import kind_sets

_LAST_WORD = re.compile(r"([A-Za-z]+)('s|\u2019s)?$")


def _actorless(ev) -> bool:
    return ev.lang == "en" and not (ev.source_code or ev.source_actor_id) and not (ev.target_code or ev.target_actor_id)


def _nominal(text: str, ev) -> bool:
    """The trigger stands right after a determiner or a possessive ("the defeat", "Tuesday's debate")."""
    m = _LAST_WORD.search(text[max(ev.sentence_start, ev.trigger_start - 40):ev.trigger_start].rstrip())
    if m is None:
        return False
    words = kind_sets("actorless_noun_en.tsv", ("det", "contraction"))
    word = m.group(1).lower()
    return word not in words["contraction"] if m.group(2) else word in words["det"]


def _actorless_noun(text: str, ev) -> bool:
    return _actorless(ev) and (":noun:" in ev.rule or (":verb:" in ev.rule and _nominal(text, ev)))


def _one_sided_reference(ev) -> bool:
    if ev.lang != "en" or ":noun:" not in ev.rule or not ev.historical or ":ref" not in ev.rule:
        return False
    source, target = bool(ev.source_code or ev.source_actor_id), bool(ev.target_code or ev.target_actor_id)
    return source != target if ":noun:mutual" in ev.rule else source and not target


def drop(text: str, events: list) -> list:
    """``events`` without the English noun events that name neither actor and the one-sided references."""
    return [ev for ev in events if not (_actorless_noun(text, ev) or _one_sided_reference(ev))]
