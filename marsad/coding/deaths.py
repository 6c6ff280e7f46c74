"""A death is no attack unless something killed (session 13, lead).

PETRARCH2 codes "die" as 190, and with a subject-verb-object frame the dead become the attacker: "Three soldiers
died in the attack" gave 190 MIL -> nobody, and an obituary's "died on Sunday after a long illness" an assault.
An event whose trigger's first word is a death verb (``deaths.tsv``, kind ``verb``: die, died, dies, dying) is

- dropped when no cause of violent death (kind ``cause``: attack, shelling, wounds, torture, gunfire …) stands in
  its sentence: illness, old age and accidents are news, not events between actors;
- otherwise kept with its subject as the victim: the actor the frame put in the source goes to the (empty) target,
  and the source stays empty unless the stage filled the target too ("died of torture in Israeli police custody":
  the custodian the stage found stays the source).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .structure import clear_side, copy_side, start_index


def _forms() -> dict:
    """{lang: (death verbs, violent causes)}."""
    def load() -> dict:
        out: dict = {}
        for r in read_tsv_dicts(data_path("coding", "deaths.tsv")):
            out.setdefault(r["lang"].strip(), {"verb": set(), "cause": set()})[r["kind"].strip()].add(
                normalize(r["form"].strip()))
        return {k: (frozenset(v["verb"]), frozenset(v["cause"])) for k, v in out.items()}
    return cached(("coding.deaths",), load)


def code_deaths(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) with the deaths read as above."""
    forms = _forms().get(lang)
    if not forms:
        return evs
    verbs, causes = forms
    idx = start_index(words)
    deaths = [e for e in evs if (i := idx.get(e.trigger_start)) is not None and words[i].norm in verbs]
    if not deaths:
        return evs
    if not any(w.norm in causes for w in words):
        return [e for e in evs if e not in deaths]
    for e in deaths:
        if e.source_code and not e.target_code:
            copy_side(e, "target", e, "source")
            clear_side(e, "source")
    return evs
