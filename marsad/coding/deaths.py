"""A death is no attack unless something killed (session 13, lead).

PETRARCH2 codes "die" as 190, and with a subject-verb-object frame the dead become the attacker: "Three soldiers
died in the attack" gave 190 MIL -> nobody, and an obituary's "died on Sunday after a long illness" an assault.
An event whose trigger's first word is a death verb (``deaths.tsv``, kind ``verb``: die, died, dies, dying) is

- dropped when no cause of violent death (kind ``cause``: attack, shelling, wounds, torture, gunfire …) stands in
  its sentence: illness, old age and accidents are news, not events between actors;
- otherwise kept with its subject as the victim: the actor the frame put in the source goes to the (empty) target,
  and the source stays empty unless the stage filled the target too ("died of torture in Israeli police custody":
  the custodian the stage found stays the source).

Accidents kill without an attacker too: "قتل شخصان وأصيب خمسة آخرون في حادث سير"، "Four people were killed when their
bus collided with a truck".  A material-conflict event (:data:`ROOTS`) with no source is dropped when its sentence
names an accident (kind ``accident``: accident, collision, crash, تصادم، غرق …; or kind ``mishap`` -- حادث / حوادث --
followed by kind ``traffic``: سير، مروري، تصادم).  An event with a source ("gunmen ambushed the bus after the
crash") keeps it.
"""
from __future__ import annotations

from ..resources import cached
from .structure import clear_side, copy_side, has_any_form, kind_sets, start_index

ROOTS = frozenset(("18", "19", "20"))
_KINDS = ("verb", "cause", "accident", "mishap", "traffic")


def _forms() -> dict:
    """{lang: {kind: forms}}, with ``gate``: a word of either rule (verbs, accidents)."""
    def load() -> dict:
        out = {lang: dict(v) for lang, v in kind_sets("deaths.tsv", _KINDS, by_lang=True).items()}
        for v in out.values():
            v["gate"] = v["verb"] | v["accident"] | v["mishap"]
        return out
    return cached(("coding.deaths",), load)


def gate_words(lang: str) -> frozenset:
    """The words one of which a sentence of ``lang`` must hold for the rule to act (its first test, on
    the norms and stems): the events stage tests them with its neighbours' in one set test a sentence (s42 SPD42)."""
    f = _forms().get(lang)
    return f["gate"] if f else frozenset()


def code_deaths(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) with the deaths and accidents read as above."""
    f = _forms().get(lang)
    if not f or not has_any_form(words, f["gate"]):
        return evs
    if any(e.root in ROOTS and not e.source_code for e in evs) and _accident(words, f):
        evs = [e for e in evs if e.root not in ROOTS or e.source_code]
    verbs, causes = f["verb"], f["cause"]
    idx = start_index(words)
    deaths = [e for e in evs if (i := idx.get(e.trigger_start)) is not None
              and (words[i].norm in verbs or words[i].stem in verbs)]
    if not deaths:
        return evs
    if not any(w.norm in causes or w.stem in causes for w in words):
        dead = {id(e) for e in deaths}
        return [e for e in evs if id(e) not in dead]
    for e in deaths:
        if e.source_code and not e.target_code:
            copy_side(e, "target", e, "source")
            clear_side(e, "source")
    return evs


def _accident(words, f: dict) -> bool:
    """The sentence names an accident (see the module doc)."""
    for k, w in enumerate(words):
        n = w.stem or w.norm
        if w.norm in f["accident"] or n in f["accident"]:
            return True
        if (w.norm in f["mishap"] or n in f["mishap"]) and k + 1 < len(words) \
                and (words[k + 1].stem or words[k + 1].norm) in f["traffic"]:
            return True
    return False
