"""A war on corruption is a policy, not an attack (session 12, lead).

"شنت الحكومة حربا على الفساد"، "أعلن الرئيس الحرب على المخدرات"، "launched a war on drugs", "a campaign against
graft": the attack noun (``abstract_war.tsv``, kind ``war``) followed within two words by على / ضد / on / against
(kind ``prep``) and an abstract foe (kind ``foe``: الفساد، التضخم، corruption, drugs …) is no assault.  Such
events of the roots in :data:`ROOTS` are dropped; "حرب على غزة" (a place), "an offensive against the rebels"
(an actor) are not foes and stay.  Session 22 (OTH3): the war noun may also be the trigger's object at most
:data:`OBJECT_REACH` words after it ("is fighting a losing battle against overcrowding", "waging a war on drugs"); a
determiner (kind ``det``: the, a …) may stand before the foe, and a foe may be two words ("an attack on the right to
criticise": ``right_to``; "the right flank" is no foe).

The same holds for contests won at the ballot box or in a debate: "The ruling party crushed the opposition in
Sunday's election", "defeated his rival in the runoff", "هزم منافسه في الانتخابات": an attack trigger followed
within :data:`ARENA_REACH` words, without punctuation, by في / in / at and (within four words) an arena noun
(kind ``arena``: الانتخابات، الاستفتاء، election, runoff, debate …) is no assault.  The reading loses a real attack
whose setting is named that way ("gunmen attacked voters in the election"); the electoral metaphor is the commoner
sentence in the news.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .hazards import stem_of
from .structure import has_any

ROOTS = frozenset(("18", "19", "20"))

# the roots / CAMEO codes drop_policy_wars acts on: the events stage skips it for a sentence with none
ACTS_ON = ROOTS
REACH = 2   # words between the war noun and the preposition (an adjective: "حربا شاملة على", "an all-out war on")
OBJECT_REACH = 3   # words from the trigger to its war-noun object ("fighting a losing battle against")
ARENA_REACH = 8   # words from the trigger to "in / في" + the arena noun (an object between: "crushed the opposition in")


def _forms() -> dict:
    def load() -> dict:
        out: dict = {}
        for r in read_tsv_dicts(data_path("coding", "abstract_war.tsv")):
            out.setdefault(r["lang"].strip(), {"war": set(), "prep": set(), "foe": set(), "arena": set(), "in": set(),
                                               "det": set()})[
                r["kind"].strip()].add(
                normalize(r["form"].strip()))
        return {k: {kk: frozenset(vv) for kk, vv in v.items()} for k, v in out.items()}
    return cached(("coding.abstract_war",), load)


def _policy(words, k: int, f: dict) -> bool:
    """words[k] is a war noun followed by a preposition and an abstract foe."""
    if stem_of(words[k]) not in f["war"]:
        return False
    for j in range(k + 1, min(len(words) - 1, k + 2 + REACH)):
        w = words[j]
        if w.punct:
            return False
        if w.norm in f["prep"]:
            return _foe(words, j + 1, f)
    return False


def _foe(words, j: int, f: dict) -> bool:
    """An abstract foe at words[j], after at most one determiner; a one-word or a two-word form ("right_to")."""
    if j < len(words) - 1 and words[j].norm in f["det"]:
        j += 1
    nxt = stem_of(words[j + 1]) if j + 1 < len(words) else ""
    return stem_of(words[j]) in f["foe"] or f"{stem_of(words[j])}_{nxt}" in f["foe"]


def _policy_object(words, k: int, f: dict) -> bool:
    """words[k] (the trigger) or its object, a war noun at most OBJECT_REACH words after it, wages a war on an
    abstract foe."""
    if _policy(words, k, f):
        return True
    for j in range(k + 1, min(len(words) - 1, k + 1 + OBJECT_REACH)):
        if words[j].punct:
            return False
        if stem_of(words[j]) in f["war"]:
            return _policy(words, j, f)
    return False


def _arena(words, k: int, f: dict) -> bool:
    """words[k] (the trigger's last word) is followed by في / in / at + an arena noun within ARENA_REACH words."""
    n = len(words)
    for j in range(k + 1, min(n - 1, k + 1 + ARENA_REACH)):
        w = words[j]
        if w.punct:
            return False
        if w.norm in f["in"]:
            if any(stem_of(x) in f["arena"] or x.norm in f["arena"] for x in words[j + 1:j + 5] if not x.punct):
                return True
    return False


def drop_policy_wars(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) without the wars on abstract foes and the contests of an election or a debate
    (see the module doc)."""
    f = _forms().get(lang)
    if not f or not any(e.root in ROOTS for e in evs):
        return evs
    foes = has_any(words, f["prep"])   # (the sentence's norm set, built once for all its gates: session 21 SPD)
    arenas = has_any(words, f["in"])
    if not foes and not arenas:
        return evs
    ends = {w.end: k for k, w in enumerate(words)}
    out = []
    for e in evs:
        if e.root in ROOTS:
            k = ends.get(e.trigger_end)
            if k is not None and ((foes and _policy_object(words, k, f)) or (arenas and _arena(words, k, f))):
                continue
        out.append(e)
    return out
