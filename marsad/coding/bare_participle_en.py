"""Headline passives: "Three soldiers killed in ambush near border" (session 13, lead).

English headlines and reduced relative clauses drop the auxiliary of a passive: "Former minister jailed for 12
years", "Opposition leader arrested after rally", "the soldiers killed in the ambush were buried".  Without "was"
the subject-verb-object frame made the victims the attackers (190 MIL -> nobody).  A trigger verb of
``bare_participle_en.tsv`` (kind ``verb``: transitive verbs done to someone — killed, arrested, jailed, expelled …;
an intransitive "rallied in Cairo" is never one) is read as a passive when

- no form of "be" or "have" stands right before it (or before an adverb before it),
- its source is the actor right before it (the noun it follows), and
- the next word ends the clause (punctuation, the end) or is a preposition (kind ``prep``: in, for, after, near …)
  that is not the start of a count ("arrested at least 20 people", "killed over 30 militants": kinds ``count_prep``
  and ``count`` or a number; "jailed for 12 years" is no count): an active verb would have its object there.

The actor becomes the target; the source is the "by" agent after the verb, if any (the event stage's own
reduced-passive rule reads "talks mediated by Qatar" already), else no one.  A target the stage drew from a place
("arrested … in Kampala" -> UGA) gives way to the victim.
"""
from __future__ import annotations

from .structure import clear_side, copy_side, fill_side, has_any, kind_sets, start_index


def _forms() -> dict:
    return kind_sets("bare_participle_en.tsv", ("verb", "prep", "count", "count_prep", "aux", "stative", "finite"))


def _count(w, f) -> bool:
    return w.norm in f["count"] or w.norm[:1].isdigit()


def _clause_ends(words, k: int, f: dict) -> bool:
    """words[k] (after the participle) ends the clause or opens a prepositional phrase that is no count."""
    if k >= len(words) or words[k].punct:
        return True
    if words[k].norm not in f["prep"]:
        return False
    # "arrested at least 20", "killed over 30 militants" (a count: the object); "jailed for 12 years" is no count
    return k + 1 >= len(words) or words[k].norm not in f["count_prep"] or not _count(words[k + 1], f)


def _auxiliary_before(words, i: int, f: dict) -> bool:
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        if words[j].norm in f["aux"]:
            return True
        if not words[j].norm.endswith("ly"):
            return False
    return False


# the words (data file, kind) one of which a sentence must hold for ``headline_passive`` to act:
# the events stage tests them with its neighbours' in one set test a sentence (s42 SPD42)
HEADLINE_PASSIVE_WORDS = ("bare_participle_en.tsv", "verb")


def headline_passive(words, args, evs: list) -> None:
    """Read the bare participles of the sentence's events as passives (see the module doc); in place."""
    f = _forms()
    if not has_any(words, f["verb"]):
        return
    idx = start_index(words)
    for e in evs:
        i = idx.get(e.trigger_start)
        if i is None or i == 0 or words[i].norm not in f["verb"] or not e.source_span:
            continue
        if e.trigger_end != words[i].end or _auxiliary_before(words, i, f) or not _clause_ends(words, i + 1, f):
            continue
        subj = next((a for a in args if a.i1 == i and a.start == e.source_span[0]), None)
        if subj is None:
            continue
        if e.target_code and "tgt-place" not in e.rule:
            continue
        copy_side(e, "target", e, "source")
        clear_side(e, "source")
        agent = next((a for a in args if a.prep == "by" and a.i0 > i and a.i0 - i <= 4), None)
        if agent is not None:
            fill_side(e, "source", agent.actor, (agent.start, agent.end))


# the words (data file, kind) one of which a sentence must hold for ``stative_relative`` to act:
# the events stage tests them with its neighbours' in one set test a sentence (s42 SPD42)
STATIVE_WORDS = ("bare_participle_en.tsv", "stative")


def stative_relative(words, args, evs: list) -> list:
    """"Russian peacekeepers deployed in the region did not intervene": a stative participle (kind ``stative``:
    deployed, stationed) right after its actor, with no auxiliary before it, followed by a prepositional phrase and
    then, before any punctuation, a finite word of the clause's own verb (kind ``finite`` or ``aux``: did, were,
    would …) is a reduced relative naming where the actor is, no deployment of the time (session 22, B9EN): dropped.
    "Turkish troops deployed in northern Syria on Monday" (the clause's verb) stays."""
    f = _forms()
    if not evs or not has_any(words, f["stative"]):
        return evs
    idx = start_index(words)
    drop = set()
    for e in evs:
        i = idx.get(e.trigger_start)
        if i is None or i == 0 or words[i].norm not in f["stative"] or e.trigger_end != words[i].end \
                or _auxiliary_before(words, i, f) or i + 1 >= len(words) or words[i + 1].norm not in f["prep"]:
            continue
        prev = words[i - 1].norm
        if not any(a.i1 == i for a in args) and not (len(prev) > 3 and prev.isalpha() and prev.endswith("s")):
            continue   # the participle follows its actor or a plural head ("Russian peacekeepers deployed …")
        for k in range(i + 2, min(len(words), i + 10)):
            if words[k].punct or words[k].norm in ("and", "but", "or"):
                break   # "Chad deployed in the region and would stay": a verb of its own, coordinated
            if words[k].norm in f["finite"] or words[k].norm in f["aux"]:
                drop.add(id(e))
                break
    return [e for e in evs if id(e) not in drop] if drop else evs
