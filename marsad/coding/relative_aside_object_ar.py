"""The object of an Arabic meeting verb after a relative clause set off by commas on its subject (session 39).

"والتقت مساعدة وزير الخارجية الأميركي فيكتوريا نولاند، التي تزور بيروت، الرئيس عون ورئيس الحكومة ميقاتي أمس": the
relative clause names an act of its own (تزور: a trigger), so ``parenthetical_ar`` keeps it and the meeting verb lost
its object.  A meeting (root 04) with a source and no target whose source span is followed by "، الذي / التي / الذين …،"
takes as target the first actor that starts right after the closing comma (within a few words).  Rule marker ``:rel-aside-object``.

Session 47 (gapar47), :func:`subject_aside`: any other Arabic VSO verb too -- "وطالبت حركة النهضة، التي يشارك أعضاؤها
في الاعتصام، السلطات التونسية بـ …"، "واتهم مسؤول في الحركة، طلب عدم ذكر اسمه، الولايات المتحدة بـ …"، "وانتقد حزب
العمال، أكبر أحزاب المعارضة، الحكومة البريطانية": an aside on the subject set off by two commas (a relative clause, an
anonymity clause or an apposition: its first word of ``subject_aside.tsv``; at most :data:`_ASIDE_WORDS` words, no
complementiser, no sentence end) ends no clause of the verb; the actor on the first word after the closing comma (no
preposition on it: its span starts there) is the verb's object.  Stricter than the meeting rule (no name between):
an appeal's or a charge's object stands right there.  Marker ``:aside-object``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import fill_side, form_set, reversed_copy

_REL = re.compile(r"[^،,.؛:]{0,50}?[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين)\s")   # (the rest of the subject's
# name may stand between: "مساعدة وزير الخارجية الأميركي للشؤون السياسية فيكتوريا نولاند، التي …")
_MAX_ASIDE = 90   # characters of the relative clause
_NEAR = 25        # characters after the closing comma in which the object's first actor starts


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("04",))


def apply(doc, events: list) -> None:
    text = doc.text
    added = []
    for ev in events:
        if ev.lang != "ar" or ev.root not in ACTS_ON or ev.target_code or not ev.source_span \
                or ev.source_span[0] < ev.trigger_start:
            continue
        m = _REL.match(text, ev.source_span[1])
        if m is None:
            continue
        close = min((text.find(c, m.end(), min(ev.sentence_end, m.end() + _MAX_ASIDE)) for c in "،,"),
                    key=lambda x: (x < 0, x))
        if close < 0:
            continue
        nxt = close + 1
        while nxt < len(text) and text[nxt] == " ":
            nxt += 1
        got = min(((a, sp) for a in doc.actors for sp in a.spans
                   if nxt <= sp[0] <= nxt + _NEAR and a.id != ev.source_actor_id and (a.code or a.country)),
                  key=lambda x: x[1][0], default=None)   # (a name the tables lack may come first: "الرئيس عون ورئيس …")
        if got is None:
            continue
        fill_side(ev, "target", got[0], got[1])
        ev.rule += ":rel-aside-object"
        if ":mutual" in ev.rule:
            added.append(reversed_copy(ev, "rel-aside-back"))   # (a meeting both ways, as with no aside)
    events.extend(added)


_ASIDE_WORDS = 14
_COMPS = frozenset(("ان", "انه", "انها", "بان", "لان"))
_WORD = re.compile(r"\S+")


def _aside_end(text: str, pos: int, opens: frozenset) -> int:
    """The offset right after the closing comma of an aside whose comma is right at ``pos`` and whose first word is
    one of ``opens``, else -1."""
    rest = text[pos:pos + 240]
    lead = len(rest) - len(rest.lstrip())
    if rest[lead:lead + 1] not in ("،", ","):
        return -1
    words = list(_WORD.finditer(rest, lead + 1))
    if len(words) < 2 or normalize(words[0].group().strip("\"«»()")) not in opens:
        return -1
    for k, m in enumerate(words[:_ASIDE_WORDS + 1]):
        w = m.group()
        if normalize(w.strip("\"«»()“”")) in _COMPS or w[-1:] in ".؟?!:؛;":
            return -1
        if w[-1:] in ("،", ","):
            return pos + m.end() if k > 0 else -1
    return -1


def subject_aside(doc, events: list) -> None:
    cands = [ev for ev in events if ev.lang == "ar" and ":verb:" in ev.rule and not ev.target_code
             and ev.source_span and ev.source_span[0] > ev.trigger_start]
    if not cands:
        return
    opens = form_set("subject_aside.tsv")
    text = doc.text
    for ev in cands:
        end = _aside_end(text, ev.source_span[1], opens)
        if end < 0:
            continue
        m = _WORD.search(text, end, min(len(text), end + 3))
        if m is None:
            continue
        got = next(((a, sp) for a in doc.actors if a.id != ev.source_actor_id for sp in a.spans
                    if sp[0] == m.start() and sp[1] <= ev.sentence_end), None)
        if got is None or (got[0].code or got[0].country) == ev.source_code:
            continue
        fill_side(ev, "target", got[0], got[1])
        ev.rule += ":aside-object"
