"""A verb trigger that is the first noun of a compound, or a court's appeal (session 13, lead).

English trigger verbs double as nouns that modify the next noun: "a network of shell companies" (shell 194), "attack
ads" (attack 190), "a fire sale"; and "appeal" is a court's word as often as a plea: "his lawyer said he would
appeal", "will appeal the verdict" (appeal 020, a request to someone); "by presidential decree" is a noun too
(decree 100).  ``noun_compound_en.tsv`` lists, per trigger word form, the next words that make it no event (``.`` =
the clause ends right after it: punctuation or the end; articles and possessives may stand between) and the words
before it that make it a noun (``prev``).  An event whose trigger is that single word with one of its listed
neighbours is dropped (``#`` in ``prev``: a number; ``^``: the sentence's first word).  "shelled the
companies' offices" (another form), "appealed for calm", "appealed to the UN" stay.  ``verb_next`` (session 16):
the words one of which must follow a form for it to be the verb ("guards the palace", "guard against"); "guards
opened fire", "two Kyrgyz guards were killed" are the noun.  A ``next`` entry of two words joined by "+" ("of+interest",
session 50 PRECEN50) names a two-word continuation: "a conflict of interest" is no fighting, "the conflict of the
1990s" stays; session 53 (PREC53): three words too ("on+the+constitution": "a grave assault on the constitution" is a
figure of speech, "an assault on the town" stays).  ``keep_prev`` (session 54, PRECEN54): the words right before
the form that keep it the verb whatever follows (a form of "be", an adverb in -ly, the sentence's start): "candidates
backed by the ruling party" is a reduced relative clause -- a standing description, no act of support now -- while
"the plan was backed by 20 states" and "Backed by the army, …" are left to the other rows.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .structure import has_any, start_index

_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "this", "that", "our",
                          "your", "my"))   # "unable to meet your hopes" (s55): a possessive as "our"


def _forms() -> dict:
    def load() -> dict:
        out: dict = {}
        early: set = set()
        for r in read_tsv_dicts(data_path("coding", "noun_compound_en.tsv")):
            if (r.get("early") or "").strip() == "yes":
                early.add(normalize(r["form"].strip()))
            nxt, prev, verb_next, keep_prev = out.setdefault(normalize(r["form"].strip()), (set(), set(), set(), set()))
            nxt.update(normalize(x) if x != "." else "." for x in (r.get("next") or "").split())
            prev.update(normalize(x) for x in (r.get("prev") or "").split())
            verb_next.update(normalize(x) for x in (r.get("verb_next") or "").split())
            keep_prev.update(normalize(x) for x in (r.get("keep_prev") or "").split())
        return {k: tuple(frozenset(x) for x in v) for k, v in out.items()}, frozenset(out), frozenset(early)
    return cached(("coding.noun_compound_en",), load)


def _compound(words, i: int, lists) -> bool:
    """The word ``i`` (a listed form with its ``lists``) is a noun or a court's appeal by its neighbours."""
    nxt, prev, verb_next, keep_prev = lists
    if i > 0 and (words[i - 1].norm in prev or ("#" in prev and words[i - 1].norm.replace(",", "").isdigit())):
        return True   # "by presidential decree", "a decree", "200 monitors" (# = a number): the noun
    if i == 0 and "^" in prev:
        return True   # "Ousted president X has been accused …" (^ = the sentence's first word; session 38)
    after = words[i + 1] if i + 1 < len(words) else None
    if (after is None or after.punct) and "." in nxt:
        return True
    if verb_next and (after is None or after.norm not in verb_next):
        return True   # "after guards trade fire", "two Kyrgyz guards were killed": no object, the noun
    if keep_prev and (i == 0 or words[i - 1].norm in keep_prev or words[i - 1].norm.endswith("ly")):
        return False   # "was backed by the party" (a passive clause: the act); "candidates backed by the party" (s54)
    j = i + 1
    while j < len(words) and words[j].norm in _DETERMINERS and j < i + 3:
        j += 1   # "will appeal the verdict", "appealed his conviction"
    return j < len(words) and (words[j].norm in nxt or (
        j + 1 < len(words) and f"{words[j].norm}+{words[j + 1].norm}" in nxt) or (   # "shell companies"; two words:
        # "a conflict of interest" (s50); three: "an assault on the constitution" (s53)
        j + 2 < len(words) and f"{words[j].norm}+{words[j + 1].norm}+{words[j + 2].norm}" in nxt))


def drop_compound_triggers(words, trigs: list) -> list:
    """``trigs`` (``_find_triggers`` tuples, word index first) without the compounds of the forms marked ``early``
    (session 52): "sent relief …, and followed it with an 80-member rescue team" -- dropped only after coding, the
    compound's act took the place of the sentence's real act of its root in the dedupe ("sent" went with it)."""
    f, _, early = _forms()
    if not has_any(words, early):
        return trigs
    return [tr for tr in trigs if not (words[tr[0]].norm in early and _compound(words, tr[0], f[words[tr[0]].norm]))]


def drop_compounds(words, evs: list) -> list:
    """``evs`` (one English sentence's events) without the compound nouns and court appeals (see the module doc)."""
    f, listed_forms, _ = _forms()
    if not has_any(words, listed_forms):
        return evs
    idx = start_index(words)
    out = []
    for e in evs:
        i = idx.get(e.trigger_start)
        lists = f.get(words[i].norm) if i is not None and e.trigger_end == words[i].end else None
        if lists is not None and _compound(words, i, lists):
            continue
        out.append(e)
    return out
