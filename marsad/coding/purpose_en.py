"""Hoped-for and purposed acts in English (session 17, EXT).

- A hope's content is no event: "said he hoped the French government and unions would find a compromise", "Qatar
  hopes to sign a ceasefire agreement next week" -- the hope itself is the act (013, session 11 EN5); the act hoped
  for was coded (035 future, 057 asserted).  When the sentence has a 013 event on a hope verb (``purpose_en.tsv`` kind
  ``hope``), every other event whose trigger follows that verb within ``_HOPE_REACH`` words with no punctuation
  between is dropped.  "Egypt hoped for calm, but Israeli jets struck Gaza" keeps the strike (the comma ends it).
- A purpose's act is intended, not asserted (the Arabic gold lists لبحث / للمطالبة as optional rows, the purpose of a
  visit or a protest): an asserted English event whose trigger is right after "to" becomes ``intent`` when "to" follows
  a purpose word (kind ``purpose``: meant / intended / designed / aimed to, "in order to", "so as to") or an effort
  noun (kind ``effort``: operation, offensive, bid, effort, attempt …) at most ``_EFFORT_GAP`` words before it with no
  punctuation between ("launched an operation on Thursday to free the hostages"), or when it follows "to help"
  ("sent an envoy to help end the war").  "took to the streets to protest", "managed to free the hostages" and
  "helped end the war" are unchanged (no purpose word or effort noun).  The same holds for "to" after a use of force
  by verb earlier in the clause (roots 15, 18, 19, 20, no punctuation between: "raided a house to free the hostages",
  "launched an offensive to retake the town"; session 17, QUO); "agreed to free", "vowed to free" are not reached.
  Rule marker ``:purpose``.
- A justification's act is no event (session 21, B8EV): "the government says the law is needed to ensure
  transparency", "talks are necessary to end the war" -- the act after "to" right after a need word (kind ``need``:
  needed, necessary, required, essential) argues for the subject; no one does it.  The event whose trigger is right
  after that "to" is dropped.  "Egypt pledged to ensure the aid arrives" keeps its pledge (no need word).
- A protection verb as the aim of another act is no event (session 53, PREC53B): "police had acted to protect lives
  and property", "supported efforts to protect its sovereignty", "our priority is to protect the lives of our people",
  "ordered the police to maintain order and protect citizens' safety" -- the verb of kind ``aim`` (protect,
  safeguard, shield: PETRARCH2 074, every gold "protect" optional) right after "to" (or after "and" that joins it to
  a "to V" at most ``_AIM_JOIN`` words before) names what another act is for, no protection given.  A failure
  ("Russia failed to protect its citizens", kind ``failure`` before "to") keeps it: the failure (120) is read from
  it (complements._failed_to).  "troops protected the convoy" stays (no "to").
"""
from __future__ import annotations

from .structure import drop_within, has_any, kind_sets, reach_end, start_index

_KINDS = ("hope", "purpose", "effort", "help", "need", "aim", "failure")
_AIM_JOIN = 4
_HOPE_REACH = 14
_EFFORT_GAP = 5
_PAIR_FIRST = {"order": "in", "as": "so"}   # purpose words that need the word before them
_FORCE = frozenset(("15", "18", "19", "20"))


def _sets() -> dict:
    return kind_sets("purpose_en.tsv", _KINDS)


_GATE: list = [None, frozenset()]   # (kind_sets' table, the union of its gate kinds): rebuilt only with the table


def _gate() -> frozenset:
    s = _sets()
    if _GATE[0] is not s:   # (once per table, not per sentence)
        _GATE[:] = [s, s["hope"] | s["purpose"] | s["effort"] | s["help"] | s["need"] | s["aim"]]
    return _GATE[1]


def drop_hoped(words, evs: list) -> list:
    """The events of a hope's content dropped (see the module docstring)."""
    hope = _sets()["hope"]
    starts = start_index(words)
    cut = []   # (first word after the hope verb, end of its reach)
    for e in evs:
        if e.cameo != "013":
            continue
        k = starts.get(e.trigger_start)
        if k is None or words[k].norm not in hope:
            continue
        cut.append((k + 1, reach_end(words, k + 1, _HOPE_REACH)))
    return drop_within(words, evs, cut, keep=lambda e: e.cameo == "013")


def drop_needed(words, evs: list) -> list:
    """The act right after "needed / necessary to" dropped (see the module docstring)."""
    need = _sets()["need"]
    starts = start_index(words)
    return [e for e in evs if not (
        (k := starts.get(e.trigger_start)) is not None and k >= 2 and words[k - 1].norm == "to"
        and words[k - 2].norm in need)]


def _aim_only(words, k: int, sets: dict) -> bool:
    """Is the word at ``k`` a verb of kind ``aim`` in a "to V" (or "to V … and V") that no failure governs?"""
    if k < 2 or words[k].norm not in sets["aim"]:
        return False
    t = k - 1
    if words[t].norm == "and":
        t = next((j for j in range(k - 2, max(-1, k - 2 - _AIM_JOIN), -1)
                  if words[j].norm == "to" or words[j].punct), -1)   # "to maintain order and protect …"
        if t < 1 or words[t].punct:
            return False
    return words[t].norm == "to" and t >= 1 and words[t - 1].norm not in sets["failure"]


def drop_aims(words, evs: list) -> list:
    """The protection verbs named as the aim of another act dropped (see the module docstring)."""
    sets = _sets()
    starts = start_index(words)
    return [e for e in evs if not ((k := starts.get(e.trigger_start)) is not None and ":verb:" in e.rule
                                   and _aim_only(words, k, sets))]


def _purposed(words, k: int, sets: dict) -> bool:
    """Is the verb at ``k`` the act of a purpose ("… to V")?"""
    if k < 2:
        return False
    if words[k - 1].norm in sets["help"] and words[k - 2].norm == "to":
        return True
    if words[k - 1].norm != "to":
        return False
    g = k - 2
    w = words[g].norm
    if w in sets["purpose"]:
        first = _PAIR_FIRST.get(w)
        return first is None or (g > 0 and words[g - 1].norm == first)
    for j in range(g, max(-1, g - _EFFORT_GAP), -1):
        if words[j].punct:
            return False
        if words[j].norm in sets["effort"]:
            return True
    return False


def _force_acts(evs: list) -> list:
    """(trigger end, trigger start) of the asserted uses of force by verb: the acts a later "to" can be the aim of."""
    return [(e.trigger_end, e.trigger_start) for e in evs
            if e.root in _FORCE and ":verb:" in e.rule and not e.negated]


def _after_force(words, k: int, e, force: list, starts: dict) -> bool:
    """Is the non-force verb at ``k`` right after a "to" that follows a use of force in its clause?"""
    if e.negated or ":verb:" not in e.rule or e.root in _FORCE or k < 1 or words[k - 1].norm != "to":
        return False
    for end, start in force:
        a = starts.get(start, -1)
        if end <= e.trigger_start and a >= 0 and not any(w.punct for w in words[a:k]):
            return True
    return False


def mark_purposed(words, evs: list, force: list) -> None:
    sets = _sets()
    starts = start_index(words)
    for e in evs:
        if e.modality != "asserted":
            continue
        k = starts.get(e.trigger_start)
        if k is not None and (_purposed(words, k, sets) or (force and _after_force(words, k, e, force, starts))):
            e.modality = "intent"
            e.rule += ":purpose"


def apply(words, evs: list) -> list:
    """Both steps; the hope and the purpose words gated on one of the module's words in the sentence, the purpose of
    a use of force on such an act in it."""
    gated = has_any(words, _gate())
    if gated and any(e.cameo == "013" for e in evs):
        evs = drop_hoped(words, evs)
    if gated:
        evs = drop_needed(words, evs)
        evs = drop_aims(words, evs)
    force = _force_acts(evs)
    if gated or force:
        mark_purposed(words, evs, force)
    return evs
