"""Elided subjects of a clause that continues the one before (Arabic, session 17 B4AC).

1. ``visit_meeting``: "زيارة رئيس الوزراء الكندي إلى عمّان، حيث التقى نظيره الأردني": the verb after حيث has no subject
   of its own (the actor after it opens with نظيره، a counterpart word of ``counterpart_ar.tsv``, so it is the object);
   its subject is the visitor, the source of the visit noun (042 / 043) told before it in the sentence.  The
   counterpart becomes the target.  Rule marker ``:visit-subject``.  Also a mutual verb (التقى، اجتمع، بحث) whose
   actor after it is of the visit's destination country ("وصل وزير الخارجية الفرنسي إلى الجزائر، حيث التقى الرئيس
   الجزائري": the host's official, session 20 ARB).
2. ``dual_subjects``: a dual verb (feminine "ودعتا"، "وطالبتا"; masculine "واتفقا"، "وبحثا" of four letters or more,
   not the plural -وا) continues the clause before it: its subject is the pair that is the subject of the nearest
   earlier event of the sentence (the coordinated subject "وأدانت ألمانيا وهولندا الهجمات، ودعتا …" or the two sides
   of a mutual act "إن الوزيرين عقدا اجتماعا … واتفقا").  A feminine dual's actor read after the verb ("ودعتا
   دمشق إلى …") is its object: the target.  One event per subject (a mutual act of roots 03-06: one each way).  The
   masculine dual needs no actor of its own right after the verb ("ودعا" is singular: three letters).  Rule marker
   ``:dual-subject``.
"""
from __future__ import annotations

from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from . import counterpart
from .structure import clear_side, copy_side

_MUTUAL = frozenset(("03", "04", "05", "06"))
_VISIT = frozenset(("042", "043"))
_STRIP = "،,.;؛:!؟?\"«»()"


# the roots / codes ``visit_meeting`` acts on: the events stage calls it only for a document with one (s42 SPD42)
VISIT_ON = _VISIT


def visit_meeting(doc, events: list) -> None:
    visits = [e for e in events if e.lang == "ar" and e.cameo in _VISIT and e.source_country]
    if not visits:
        return
    for ev in events:
        if ev.lang != "ar" or ":verb:" not in ev.rule or ev.target_code or not ev.source_span \
                or ev.source_span[0] < ev.trigger_end:
            continue
        before = doc.text[max(ev.sentence_start, ev.trigger_start - 12):ev.trigger_start].split()
        if not before or normalize(before[-1].strip(_STRIP)) != "حيث":
            continue
        host = ":mutual" in ev.rule and ev.source_country is not None
        if not host and not counterpart.is_side(doc, ev, "source"):
            continue
        visit = next((v for v in reversed(visits) if v.sentence == ev.sentence and v.trigger_end <= ev.trigger_start
                      and v.source_country != ev.source_country), None)
        if visit is not None and host and not counterpart.is_side(doc, ev, "source") \
                and visit.target_country != ev.source_country:
            continue   # "وصل الوزير إلى الجزائر، حيث التقى الرئيس الجزائري": an official of the host country (s20 ARB)
        if visit is None:
            continue
        copy_side(ev, "target", ev, "source")
        copy_side(ev, "source", visit, "source")
        ev.rule += ":visit-subject"


def _dual(word: str) -> str:
    """'f' (feminine dual past), 'm' (masculine), '' (no dual)."""
    n = normalize(word.strip(_STRIP))
    if len(n) >= 4 and n.endswith("تا"):
        return "f"
    if len(n) >= 4 and n.endswith("ا") and not n.endswith("وا"):
        return "m"
    return ""


def _hal_participle(text: str, start: int, word: str) -> bool:
    """"…، واصفا الخطوة بأنها …"، "…، مؤكدا أن …": an accusative active participle after a comma (the فاعلا pattern, or
    the م of the derived forms) is a circumstantial clause of the verb before, no masculine dual verb (session 34)."""
    if not text[max(0, start - 3):start].rstrip().endswith(("،", ",")):
        return False
    n = normalize(word.strip(_STRIP))
    return (len(n) == 5 and n[1] == "ا") or (n[:1] == "م" and len(n) >= 5)


def dual_subjects(doc, events: list) -> None:
    added, drop = [], set()
    for ev in events:
        t = ev.trigger
        first = t.split(None, 1)[0] if " " in t else t
        if not first.endswith("ا") or ev.lang != "ar" or ":verb:" not in ev.rule or ":pair" in ev.rule \
                or ":dual-subject" in ev.rule:
            continue   # (the suffix first: most triggers end otherwise)
        kind = _dual(first)
        if not kind or (kind == "m" and _hal_participle(doc.text, ev.trigger_start, first)):
            continue
        own = ev.source_span is not None and ev.source_span[0] >= ev.trigger_end
        if kind == "m" and own:
            continue
        prev = [e for e in events if e is not ev and e.sentence == ev.sentence and e.trigger_start < ev.trigger_start
                and e.source_code and id(e) not in drop]
        if not prev:
            continue
        start = max(e.trigger_start for e in prev)
        group = [e for e in prev if e.trigger_start == start]
        subjects = []
        for e in group:
            if e.source_code not in {s.source_code for s in subjects}:
                subjects.append(e)
        if len(subjects) != 2:
            continue
        base = replace(ev)
        base.plover_context = list(ev.plover_context)
        if own:
            copy_side(base, "target", ev, "source")
            base.target_span = ev.source_span
        # (not toward a named third country: "وأكدتا تضامنهما مع الكويت", session 30)
        mutual = ev.root in _MUTUAL and not (base.target_country
                                             and base.target_country not in {s.source_country for s in subjects})
        for k, s in enumerate(subjects):
            c = replace(base, id=stable_id(ev.id, "dual", str(k)))
            c.plover_context = list(base.plover_context)
            copy_side(c, "source", s, "source")
            if mutual:
                copy_side(c, "target", subjects[1 - k], "source")
            elif c.target_code and c.target_code == c.source_code:
                clear_side(c, "target")
            c.rule = ev.rule + ":dual-subject"
            added.append(c)
        drop.add(id(ev))
    if drop:
        events[:] = [e for e in events if id(e) not in drop] + added
