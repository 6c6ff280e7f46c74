"""An act verb whose object is a thing: a release of water, a standard met (session 18, B5EV).

"Japan began the release of treated water", "the operator plans to release the water" gave 0841 / 0353 (release of
persons); "the IAEA said the release met international safety standards" gave 040 (a meeting).  An event whose
trigger is one word listed in ``thing_objects.tsv`` (kind ``release`` / ``meet``) is dropped when a noun of the
matching kind ``release_thing`` / ``meet_thing`` follows within :data:`WINDOW` words, before punctuation or a word
of kind ``stop`` (and, for "meet" and "host", ``meet_stop``: "of").  "released 30 prisoners", "the release of the
hostages", "met the ambassador", "met with water ministry officials", "met officials of the standards agency" stay.
"the release met …" (``ref_det`` before the noun, no word of kind ``release_of`` after it) refers back to a release
told before: no new act.
(Session 19 COVEN) kind ``host`` / ``host_thing``: "the museum hosted an exhibition", "hosted the World Cup" is no
hosting of a visit (043); "hosted the Jordanian king", "hosted Iranian officials at the festival" stay.  Kind
``execute`` / ``execute_thing``: "executed the plan / an order / a search warrant" is no execution (170); kind
``capture`` / ``capture_thing``: "captured the title / the imagination" is no seizure (171).
(Session 27 PREC5) kind ``offer`` / ``offer_thing``: "the coast offers beaches", "offered cheap flights" is no offer
(030); kind ``ban`` / ``ban_thing``: "has banned new hotels", "bans electric scooters" is no sanction (172).
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index

WINDOW = 4   # "the release of the treated water", "met international safety standards"
# (verb kind, thing kind): a verb whose thing object is the head of its noun phrase ("of" ends the phrase)
_HEADED = (("meet", "meet_thing"), ("host", "host_thing"), ("execute", "execute_thing"), ("capture", "capture_thing"),
           ("offer", "offer_thing"), ("ban", "ban_thing"))
_KINDS = ("release", "release_thing", "stop", "meet_stop", "ref_det", "release_of") + tuple(
    k for pair in _HEADED for k in pair)


def _sets() -> dict:
    return kind_sets("thing_objects.tsv", _KINDS, by_lang=True)


def _thing_after(words, i: int, things: frozenset, stops: frozenset, more_stops: frozenset) -> bool:
    for j in range(i + 1, min(len(words), i + 1 + WINDOW)):
        w = words[j]
        if w.punct or w.norm in stops or w.norm in more_stops:
            return False
        if w.norm in things:
            nxt = words[j + 1] if j + 1 < len(words) else None
            # the head of the object: "met international standards officials" is a meeting of officials
            return nxt is None or nxt.punct or nxt.norm in stops or nxt.norm in more_stops
    return False


def _back_reference(words, i: int, f: dict) -> bool:
    """"the release met …", "said the release was safe": the noun after "the" / "this" with no "of" after it names a
    release told before (its object is in an earlier sentence), no new act."""
    if i == 0 or words[i - 1].norm not in f["ref_det"]:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is not None and not nxt.punct and nxt.norm not in f["release_of"]


_GATE: dict = {}   # id of a language's sets -> (the sets, the union of the word lists of drop's first test)


def _gate_words(f: dict) -> frozenset:
    """A release word, a released thing or a headed thing of ``f`` (one language's sets): :func:`drop` acts only on a
    sentence holding one -- one set test instead of one a list (s42 SPD42)."""
    got = _GATE.get(id(f))
    if got is None or got[0] is not f:
        got = _GATE[id(f)] = (f, frozenset().union(f["release_thing"], f["release"], *(f[t] for _, t in _HEADED)))
    return got[1]


def drop(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) without the acts whose object is a thing (see the module doc)."""
    f = _sets().get(lang)
    if not f or not has_any(words, _gate_words(f)):
        return evs
    idx = start_index(words)
    out = []
    for e in evs:
        i = idx.get(e.trigger_start)
        if i is not None and e.trigger_end == words[i].end:
            nm = words[i].norm
            if nm in f["release"] and (_thing_after(words, i, f["release_thing"], f["stop"], frozenset())
                                       or _back_reference(words, i, f)):
                continue
            if any(nm in f[verb] and _thing_after(words, i, f[thing], f["stop"], f["meet_stop"])
                   for verb, thing in _HEADED):
                continue
        out.append(e)
    return out
