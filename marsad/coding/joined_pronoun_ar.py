"""An object pronoun on a joined verb names back the earlier act's object (Arabic, session 36).

(object_pronoun_ar.py reads the detached إياها after a participle; this module the attached pronoun of a joined verb.)

"زار رئيس هيئة الأركان الأمير حمزة السبت، وطلب منه التوقف عن …"، "واتهم الإطار التنسيقي أنصار التيار بمهاجمة مؤسسات
الدولة، ودعاهم إلى الحوار": Arabic drops the repeated subject of the joined verb (the events stage gives it the
earlier verb's) and names the repeated object by a pronoun, on the verb (ودعاهم) or on its preposition (منه، معه، إليه).
A verb event joined by و / ف with no target, whose word carries such a pronoun (joined_pronoun_ar.tsv, kind suffix) or
is followed right away by a preposition with one (kind prep), takes the target of the nearest earlier verb event of
the sentence that has the same source and a target (rule marker ``:joined-pronoun``).  Not across a complementizer:
the earlier act must be one of the subject's own, not a reported one (same quote), and the object no side of the
subject itself.
"""
from __future__ import annotations

import functools

from ..lang.normalize import normalize
from .structure import copy_side, kind_sets, start_index

_LEFT_SUFFIXES = ("ها", "هم", "هما")   # object pronouns read off a verb the tokenizer did not split (s47)
# (the roots object_pronoun acts on: verbal acts directed at someone; the events stage skips it for a sentence with none)
ACTS_ON = frozenset(("02", "03", "04", "05", "06", "10", "11", "12", "13", "17"))


def apply(doc, words, evs: list) -> None:
    sets = None
    idx = None
    drop = []
    for ev in evs:
        if ev.root not in ACTS_ON or ":verb:" not in ev.rule:
            continue
        if sets is None:
            sets = _sets()
            idx = start_index(words)
        k = idx.get(ev.trigger_start)
        if k is None:
            continue
        if ev.target_actor_id or ev.target_code:
            continue
        needs = ev.root == "02" and words[k].norm.lstrip("وف") in sets["needs"] and k + 1 < len(words) \
            and words[k + 1].norm in sets["prep"]
        if not ev.source_code or ev.trigger[:1] not in ("و", "ف"):
            if needs:
                drop.append(ev)   # ("قال إن الطبيب طلب منه الراحة": no earlier object named back)
            continue
        tok = doc.tokens[words[k].ti] if 0 <= words[k].ti < len(doc.tokens) else None
        pron = (tok is not None and tok.suffix in sets["suffix"]) or (
            # "وحثها على …": a short verb whose suffix the tokenizer left on it (a two-letter stem); only the
            # two-letter suffixes, a final ه being the root's own too often (session 47)
            tok is not None and not tok.suffix and len(words[k].norm.lstrip("وف")) >= 4
            and words[k].norm.endswith(_LEFT_SUFFIXES)) or (
            k + 1 < len(words) and words[k + 1].norm in sets["prep"]) or (
            # "واعتقلت عددا منهم": a count of them (session 36)
            k + 2 < len(words) and "quant" in words[k + 1].cue and words[k + 2].norm in sets["prep"])
        if not pron or (k + 1 < len(words) and words[k + 1].norm in sets["not_next"]):
            continue
        prev = max((e for e in evs if e is not ev and ":verb:" in e.rule and e.trigger_start < ev.trigger_start
                    and e.target_actor_id and e.quote_id == ev.quote_id and not e.negated
                    and (e.source_actor_id == ev.source_actor_id or e.source_code == ev.source_code)
                    and e.target_actor_id != ev.source_actor_id), key=lambda e: e.trigger_start, default=None)
        if prev is not None and prev.target_code == "CVL" and not prev.target_country and ev.root == "17":
            continue   # (a country-less crowd the police acted on: crowd_police_ar reads its country and partitive)
        if prev is None:
            if needs:
                drop.append(ev)
            continue
        copy_side(ev, "target", prev)
        ev.rule += ":joined-pronoun"
    if drop:
        evs[:] = [e for e in evs if all(e is not d for d in drop)]


@functools.lru_cache(maxsize=1)
def _sets() -> dict:
    """This module's word sets; the pronoun suffixes are verb_object_pronoun_ar.tsv's (one table for the suffixes)."""
    sets = dict(kind_sets("joined_pronoun_ar.tsv", ("prep", "needs", "not_next")))
    sets["suffix"] = kind_sets("verb_object_pronoun_ar.tsv", ("suffix", "rel"))["suffix"]
    return sets


def is_description(text: str, ev) -> bool:
    """Is the Arabic verb event a description of what was named before: a joined verb with an object pronoun, then
    بأنه / بأنها (kind ``not_next``): "أدان الهجوم، ووصفه بأنه عمل جبان"؟  The events stage's _dedupe drops it after
    an act of the same code (and subject): that act told again (session 36)."""
    if ev.trigger[:1] not in ("و", "ف"):
        return False
    ws = text[ev.trigger_start:ev.trigger_start + 40].split()[:2]
    if len(ws) < 2:
        return False
    sets = _sets()
    first, nxt = normalize(ws[0]), normalize(ws[1].strip("،,.؛:\"«»"))
    return nxt in sets["not_next"] and any(first.endswith(x) for x in sets["suffix"])
