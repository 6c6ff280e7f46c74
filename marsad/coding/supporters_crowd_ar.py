"""The supporters of an armed body who protest are a crowd of civilians, not the body (Arabic, session 25, B12AR2).

"تظاهر مئات من أنصار الفصائل المسلحة أمام مدخل المنطقة الخضراء في بغداد": the protest's source was read from the
genitive after أنصار ("supporters of"): the factions (REB, and named back to the factions a story called Iran-backed:
IRNREB), though the ones in the street are their followers.  A protest (root 14) whose source phrase stands right
after a supporters noun (``supporters_crowd_ar.tsv`` kind ``head``: أنصار، مناصري، مؤيدي، أتباع) and whose actor
is an armed body (kind ``role``: REB, INS, UAF, MIL, SEP …) takes civilians (CVL) as its source, named by the
supporters noun, with the rule tag ``:crowd-quant`` of the quantified crowd: the events stage gives them the country
of the protest's place (``events._crowd_country``).  Supporters of a party, a leader or a movement without arms
("أنصار التيار الصدري"، "أنصار الرئيس السابق") and the armed group's own acts ("هاجم مسلحون من أنصار الجماعة")
are left alone.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import clear_side, kind_sets, start_index


def apply(words, evs) -> None:
    """(session 38) A storming verb's (kind ``storm``: اقتحم، اجتاح) source after a supporters noun is the crowd too:
    "اقتحم آلاف من أنصار كتائب حزب الله السور الخارجي للسفارة" -- the followers in the street, not the armed body
    (:func:`riot` then codes the crowd's storming 145)."""
    sets = None
    idx = None
    for ev in evs:
        if not ev.source_span or not ev.source_role or (ev.root != "14" and not (
                ev.root in _ATTACK_ROOTS and _storming(words, ev))):
            continue
        if sets is None:
            sets = kind_sets("supporters_crowd_ar.tsv", ("head", "role"))
            idx = start_index(words)
        if ev.source_role.lower() not in sets["role"]:
            continue
        k = idx.get(ev.source_span[0])
        if k is None or k == 0:
            continue
        head = words[k - 1]
        if head.norm not in sets["head"] and head.norm[1:] not in sets["head"]:
            continue   # (with its conjunction: "وأنصار الفصائل")
        end = ev.source_span[1]
        clear_side(ev, "source")
        ev.source_code, ev.source_role, ev.source_span = "CVL", "CVL", (head.start, end)
        ev.rule += ":supporters:crowd-quant"


_ATTACK_ROOTS = frozenset(("18", "19"))


def _storming(words, ev) -> bool:
    """Is ``ev``'s trigger a storming verb (``supporters_crowd_ar.tsv`` kind ``storm``, by the lexicon's lemmas)?"""
    from .structure import get_lexicon
    storm = kind_sets("supporters_crowd_ar.tsv", ("storm",))["storm"]
    w = next((w for w in words if w.start == ev.trigger_start), None)
    return w is not None and any(t.lemma in storm for t in get_lexicon("ar").lookup(w.norm))


# the roots / codes ``riot`` acts on: the events stage calls it only for a document with one (s42 SPD42)
RIOT_ON = _ATTACK_ROOTS


def riot(doc, evs) -> None:
    """(session 35) "هجوم شنه مناصرون لحزب الله على خيم المعتصمين": an attack (18 / 19) whose source is a crowd of
    civilians named by a supporters noun (the actor stage's supporters crowd, CVL) is a riot (145), as a crowd storming
    is (session 33): the supporters are no armed force.  Rule marker ``:supporters-riot``."""
    from .english import recode_event   # (the recoding helper: the PLOVER fields follow the code)
    heads = None
    for ev in evs:
        if ev.lang != "ar" or ev.root not in _ATTACK_ROOTS or (ev.source_role or "") != "CVL" or not ev.source_span:
            continue
        if heads is None:
            heads = kind_sets("supporters_crowd_ar.tsv", ("head",))["head"] | _more_heads()
        first = doc.text[ev.source_span[0]:ev.source_span[1]].split()[:1]
        if first and normalize(first[0]).lstrip("و") in heads and recode_event(ev, "145"):
            ev.rule += ":supporters-riot"


def _more_heads() -> frozenset:
    from ..resources import data_path, read_tsv_dicts
    return frozenset(normalize(r["form"]) for r in read_tsv_dicts(data_path("actors", "supporters_ar.tsv"))
                     if r["kind"] == "head")
