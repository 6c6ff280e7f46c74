"""The conditional particle إن right before a verb (Arabic, session 20 STR).

"وهدد الرئيس الكوبي بالرد إن فرضت واشنطن عقوبات جديدة": إن is "if" here, not the complementizer إنّ of reported
speech (قال إن الجيش …), which is followed by a noun or a pronoun, never by a finite verb.  The particle is
told by its raw text with the hamza under the alif (``if_particle_ar.tsv`` kind ``if``; normalised, إن is أن), right
before the trigger or before لم / لا and the trigger; the trigger must be a verb form with no noun reading (فرضت،
هاجمت; not قصف, which is also the verbal noun of "قال إن قصف المستشفى جريمة").  The event stage then gives the
event the conditional modality.
"""
from __future__ import annotations

from ..resources import cached, data_path, read_tsv_dicts


def _sets() -> dict:
    """{kind: raw forms} of ``if_particle_ar.tsv`` (not normalised: the hamza tells إن from أن), read once."""
    def load() -> dict:
        out: dict = {}
        for r in read_tsv_dicts(data_path("coding", "if_particle_ar.tsv")):
            if r.get("form", "").strip():
                out.setdefault(r["kind"].strip(), set()).add(r["form"].strip())
        return {k: frozenset(v) for k, v in out.items()}
    return cached(("coding.if_particle_ar",), load)


def conditional(words, i: int) -> bool:
    if i < 1:
        return False
    sets = _sets()
    j = i - 1
    if words[j].text in sets["neg"] and j > 0:
        j -= 1
    if words[j].text not in sets["if"]:
        return False
    ents = words[i].trig[1]
    return bool(ents) and all(t.kind == "verb" for t in ents) and not words[i].norm.startswith("ال")


def if_words() -> frozenset:
    """The raw forms of the particle (kind ``if``)."""
    return _sets()["if"]


def clause_words() -> frozenset:
    """The raw words that open a condition clause (kind ``clause``: إذا، لو …; session 26 B17AR)."""
    return _sets().get("clause", frozenset())
