""""ورحب التحالف بإعلان الهدنة"، "كما رحب الرئيس الأمريكي بالإعلان": a welcome of an announcement is aimed at the one who
announced it (session 34, lead).

An Arabic welcome or praise (root 05) with no target with an announcement with ب among the words after the trigger
(``welcomed_announcement_ar.tsv`` kind ``object``, among the words after the verb and its subject, before a comma) takes
as its target the subject of the nearest announcing verb (kind ``cue``: أعلن …) of an earlier sentence, when that
subject is another actor than the welcomer.
Rule marker ``:tgt-announcer``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import fill_side, kind_sets


_REACH = 8    # words after the welcome verb (its subject first) where the ب-announcement may stand
_SUBJECT = 40  # characters after an announcing verb where its subject's span starts


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("05",))


def apply(doc, events) -> None:
    todo = [ev for ev in events if ev.lang == "ar" and ev.root in ACTS_ON and not ev.target_code and ev.source_actor_id]
    if not todo:
        return
    sets = kind_sets("welcomed_announcement_ar.tsv", ("object", "cue"))
    text = doc.text
    for ev in todo:
        after = re.split(r"[،,.؛:]", text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + 160)])[0].split()[:_REACH]
        if not any(normalize(w.strip("\"«»")) in sets["object"] for w in after):
            continue
        who = _announcer(doc, ev, sets["cue"])
        if who is None:
            continue
        fill_side(ev, "target", *who)
        ev.rule += ":tgt-announcer"


def _announcer(doc, ev, cues):
    """(actor, span) of the subject of the nearest announcing verb before ``ev`` in the article (the actor whose span
    starts first within :data:`_SUBJECT` characters after it), another actor than the welcomer; None if none."""
    text = doc.text
    best = None
    for m in _WORD.finditer(text, 0, ev.sentence_start):
        if normalize(m.group()) in cues:
            best = m
    if best is None:
        return None
    got = None
    for a in doc.actors:
        if a.id == ev.source_actor_id:
            continue
        for s0, e0 in a.spans:
            if best.end() <= s0 <= best.end() + _SUBJECT and (got is None or s0 < got[1][0]):
                got = (a, (s0, e0))
    return got


_WORD = re.compile(r"\S+")
