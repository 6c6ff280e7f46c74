""""The three countries" after three countries named together (Arabic, session 24 B11AR2).

"وكانت فرنسا وبريطانيا وألمانيا قد أعلنت …. وطالبت الدول الثلاث في بيان مشترك إيران بالتعاون": "الدول الثلاث" (also
"الدول الأوروبية الثلاث"، "العواصم الثلاث"، "البلدان الثلاثة": ``three_states_ar.tsv``) names the three countries of
the nearest coordination of exactly three countries before it (in its sentence or the three before; else in the
next sentence: "متهما … الدول الأوروبية الثلاث … وقال إن فرنسا وبريطانيا وألمانيا …").  An event whose side is the
phrase (its actor span overlaps it; or, with no such side, the phrase right after a verb trigger as its subject, or
right after the subject as its object) becomes one event per country, the other side's country left out.  The
session-23 extension of "البلدين" (``conflict_sides``) to three.  Rule marker ``:three-states``.
"""
from __future__ import annotations

from dataclasses import replace
from operator import attrgetter

from ..model import stable_id
from .structure import kind_sets

_NORM = attrgetter("norm")
_GLUE = "و،, \n"
_BACK = 3   # sentences before the phrase searched for the three


def _phrases(doc) -> list:
    """(start, end, sentence) of each "الدول (الأوروبية) الثلاث" in an Arabic text."""
    L = kind_sets("three_states_ar.tsv", ("head", "number"))
    toks = doc.tokens
    if L["head"].isdisjoint(map(_NORM, toks)):
        return []   # (most documents have no head word: one set test in C instead of a Python step per token)
    out = []
    for i, t in enumerate(toks):
        if t.norm not in L["head"] or t.prefix not in ("", "و") or t.suffix:
            continue
        j = i + 1
        if j < len(toks) and toks[j].norm.startswith("ال") and toks[j].norm.endswith("يه") \
                and toks[j].norm not in L["number"] and not toks[j].prefix:
            j += 1   # (a region adjective: الأوروبية، الغربية)
        if j < len(toks) and toks[j].norm in L["number"] and not toks[j].prefix and not toks[j].suffix:
            out.append((t.stem_start, toks[j].end, t.sentence))
    return out


def _triples(doc) -> list:
    """(start, end, sentence, [(country, actor), ×3]) of each coordination of exactly three countries (bare, or
    their governments: "وزراء خارجية مصر والأردن والعراق")."""
    named = sorted((s, e, a) for a in doc.actors if a.country and (a.code or a.country) in (a.country, a.country + "GOV")
                   for s, e in a.spans)
    runs, run = [], []
    for s, e, a in named:
        if run and not doc.text[run[-1][1]:s].strip(_GLUE):
            run.append((s, e, a))
        else:
            runs.append(run)
            run = [(s, e, a)]
    runs.append(run)
    out = []
    for r in runs:
        if len(r) == 3 and len({a.country for _, _, a in r}) == 3:
            out.append((r[0][0], r[-1][1], _sentence_at(doc, r[0][0]), [(a.country, a) for _, _, a in r]))
    return out


def _sentence_at(doc, pos: int) -> int:
    for k, s in enumerate(doc.sentences):
        if s.start <= pos < s.end:
            return k
    return -1


def _antecedent(triples, start: int, sent: int):
    before = [t for t in triples if t[1] <= start and sent - _BACK <= t[2] <= sent]
    if before:
        return before[-1]
    after = [t for t in triples if t[0] >= start and t[2] in (sent, sent + 1)]
    return after[0] if after else None


def _side(doc, ev, p0: int, p1: int) -> "str | None":
    for side in ("source", "target"):
        span = getattr(ev, f"{side}_span")
        if span and span[0] < p1 and p0 < span[1]:
            return side
    if ":verb:" not in ev.rule:
        return None
    if not ev.source_code and ev.trigger_end <= p0 and not doc.text[ev.trigger_end:p0].strip():
        return "source"   # "وطالبت الدول الثلاث …"
    if not ev.target_code and ev.source_span and ev.trigger_start < p0 and ev.source_span[1] <= p0 \
            and not doc.text[ev.source_span[1]:p0].strip():
        return "target"   # "واتهمت إيران الدول الثلاث …"
    return None


def apply(doc, events: list) -> list:
    """Document step: each event whose side is "the three countries" -> one event per country (see the module)."""
    if not any(ev.lang == "ar" for ev in events):
        return events
    phrases = _phrases(doc)
    if not phrases:
        return events
    triples = _triples(doc)
    if not triples:
        return events
    out = []
    for ev in events:
        out.append(ev)
        if ev.lang != "ar" or ":three-states" in ev.rule:
            continue
        for p0, p1, sent in phrases:
            if not (ev.sentence_start <= p0 < ev.sentence_end):
                continue
            side = _side(doc, ev, p0, p1)
            ante = _antecedent(triples, p0, sent) if side else None
            if ante is None:
                continue
            other = "target" if side == "source" else "source"
            members = [(c, a) for c, a in ante[3] if c != getattr(ev, f"{other}_country")]
            copies = [replace(ev, id=stable_id(ev.id, "three", c)) for c, _ in members[1:]]
            ring = ":mutual" in ev.rule and not getattr(ev, f"{other}_code") and len(members) > 2
            for k, (e, (c, a)) in enumerate(zip([ev] + copies, members)):
                if ring:
                    # "واتفق القادة الثلاثة": a mutual act among the three, each with the next as its partner (the
                    # three pairs once each; session 26 AR1B)
                    c2, a2 = members[(k + 1) % len(members)]
                    setattr(e, f"{other}_actor_id", a2.id)
                    setattr(e, f"{other}_code", c2)
                    setattr(e, f"{other}_country", c2)
                    setattr(e, f"{other}_role", None)
                if e is not ev:
                    e.plover_context = list(ev.plover_context)
                    out.append(e)
                setattr(e, f"{side}_actor_id", a.id)
                setattr(e, f"{side}_code", c)
                setattr(e, f"{side}_country", c)
                setattr(e, f"{side}_role", None)
                setattr(e, f"{side}_span", (p0, p1))
                e.rule += ":three-states"
            break
    return out
