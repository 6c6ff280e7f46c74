"""An order to one's own force: the orderer's coercive move (English, session 47).

"President Ruto ordered police to shoot anyone caught looting", "ordered the police and military to act firmly against
rioters", "ordered the Department of War to prepare for possible action": the order verb's row codes a demand (100) on
its addressee, but the addressee is the orderer's own force and the order announces the orderer's own use of force or
posture.
When the words between the order verb and "to" hold a force word (``ordered_force_en.tsv``, kind force: police, army,
commanders …, no comma between) and the words after "to" open with a move of the table (kind move), the order event
takes the move's code: force to be used on whoever defies it is a threat of force (138, announced, not yet done), a
readiness or a build-up a military posture (150).  An ordered operation or movement ("ordered the army to attack rebel
positions", "ordered troops to withdraw") has no row: it stays the demand and the force's demanded act (session 16).
Its target is an actor of a country right after the move, else the orderer's own country (an order to shoot "anyone
caught looting" acts at home).  The content's own event on the move word (the force's act, demanded) is the same order
told again and is dropped.  The Arabic counterpart, with no order verb in the lexicon, is ``ordered_force_ar``.  Marker
``:ordered-force-en``.
"""
from __future__ import annotations

import re

from ..resources import cached, data_path, read_tsv_dicts
from .cameo import lookup

ACTS_ON = frozenset(("10",))   # the order verb's demand root
_ADDR_MAX_WORDS = 12   # the addressee phrase ("the police and the military", "his generals on Friday")
_TARGET_REACH = 30   # characters after the move in which its object stands ("drive out Ukrainian troops")
_CLAUSE_END = re.compile(r"[.;:!?]|,\s")
_SKIP = frozenset(("immediately", "quickly", "also", "urgently", "swiftly"))


def _table() -> tuple:
    def load():
        force, moves = [], []
        for r in read_tsv_dicts(data_path("coding", "ordered_force_en.tsv")):
            words = tuple(r.get("words", "").lower().split())
            if not words:
                continue
            if r.get("kind") == "force":
                force.append(words)
            elif r.get("kind") == "move" and r.get("cameo", "").strip():
                moves.append((words, r["cameo"].strip()))
        moves.sort(key=lambda m: -len(m[0]))   # the longest move first ("use lethal force" before "use force")
        return tuple(force), tuple(moves)
    return cached(("coding.ordered_force_en",), load)


def _has_phrase(words: list, phrase: tuple) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


_WORD = re.compile(r"[\w'’-]+")


def _move(doc, ev, force, moves):
    """(code, move start, move end, clause end) of the order ``ev`` to a force, or None."""
    text = doc.text
    end = ev.sentence_end
    m = _CLAUSE_END.search(text, ev.trigger_end, end)
    clause_end = m.start() if m else end
    toks = [(w.group().lower(), w.start(), w.end()) for w in _WORD.finditer(text, ev.trigger_end, clause_end)]
    k = next((i for i, t in enumerate(toks[:_ADDR_MAX_WORDS + 1]) if t[0] == "to"), None)
    if not k:
        return None
    addr = [t[0] for t in toks[:k]]
    if not any(_has_phrase(addr, f) for f in force):
        return None
    rest = toks[k + 1:]
    while rest and rest[0][0] in _SKIP:
        rest = rest[1:]
    words = [t[0] for t in rest]
    for phrase, code in moves:
        if tuple(words[:len(phrase)]) == phrase:
            return code, rest[0][1], rest[len(phrase) - 1][2], clause_end
    return None


def apply(doc, events: list) -> list:
    """``events`` with the English orders to one's own force recoded to the ordered move (see the module doc)."""
    orders = [e for e in events if e.lang == "en" and e.root == "10" and e.trigger
              and e.trigger.lower().startswith("order")]
    if not orders:
        return events
    force, moves = _table()
    drop = set()
    for ev in orders:
        found = _move(doc, ev, force, moves)
        if found is None:
            continue
        code, m0, m1, clause_end = found
        info = lookup(code)
        ev.cameo, ev.root, ev.quad_class, ev.goldstein = code, info.root, info.quad_class, info.goldstein
        ev.plover_type, ev.plover_mode = info.plover_type, info.plover_mode
        ev.plover_context = list(info.plover_context)
        ev.also_spans = list(ev.also_spans) + [(m0, m1)]
        reach = min(clause_end, m1 + _TARGET_REACH)
        tgt = min(((a, sp) for a in doc.actors if a.id != ev.source_actor_id and a.country
                   for sp in a.spans if m1 <= sp[0] < reach), key=lambda x: x[1][0], default=None)
        ev.target_actor_id = ev.target_role = None
        if tgt is not None:
            a, sp = tgt
            ev.target_actor_id, ev.target_code, ev.target_country = a.id, a.code or a.country, a.country
            ev.target_role, ev.target_span = a.role, tuple(sp)
        else:   # no named target: the orderer's own country (whoever loots, riots …)
            ev.target_code = ev.target_country = ev.source_country
            ev.target_span = None
        ev.rule += ":ordered-force-en"
        drop.update(id(o) for o in events if o is not ev and o.sentence_start == ev.sentence_start
                    and m0 <= o.trigger_start < m1 and o.modality == "demand")
    if not drop:
        return events
    return [e for e in events if id(e) not in drop]
