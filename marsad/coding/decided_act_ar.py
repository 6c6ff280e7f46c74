"""A comment on a decision named with its maker (Arabic, session 26 AR2): the maker is the target.

"وأعربت مصر والأردن عن تأييدهما للإجراءات التي اتخذها الرئيس التونسي"، "انتقد النائب القرار الذي أصدره وزير الداخلية":
a support, criticism or rejection (roots 05, 11, 12; a verb reading with a source and no target country) whose
object, within :data:`SPAN` characters after the trigger, is a decision noun of ``decided_act_ar.tsv`` (kind noun)
followed by a relative pronoun (kind rel) and a verb of making it (kind verb: اتخذها، أصدره …): the actor that starts
right after that verb is the target (not the source itself).  A later comment on the same noun with no such clause
("… ورفضت المعارضة القرار") takes the target of the nearest earlier one (:data:`BACK` sentences).  Rule marker
``:tgt-decider``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import copy_side, fill_side, kind_sets

SPAN = 90   # characters after the trigger
BACK = 6    # sentences
_ROOTS = frozenset(("05", "11", "12"))
_WORD = re.compile(r"\S+")
_STRIP = "،,.;؛:!؟?\"'«»()“”"


def _bare(form: str) -> str:
    """للإجراءات -> الاجراءات، بالقرار / والقرار -> القرار (normalised)."""
    if form.startswith("لل"):
        return "ال" + form[2:]
    while form[:1] in ("و", "ف", "ب", "ل") and form[1:3] == "ال":
        form = form[1:]
    if form[:2] in ("وب", "ول", "فب", "فل") and form[2:4] == "ال":
        form = form[2:]
    return form


def _decision(doc, ev, kinds) -> tuple:
    """(noun, maker actor or None, its span) of ``ev``'s decision object, or ("", None, None)."""
    words = list(_WORD.finditer(doc.text, ev.trigger_end, min(ev.sentence_end, ev.trigger_end + SPAN)))
    for k, m in enumerate(words):
        raw = m.group()
        noun = _bare(normalize(raw.strip(_STRIP)))
        if noun not in kinds["noun"]:
            if raw[-1:] in ".؟?!":
                break
            continue
        if k + 3 > len(words) or normalize(words[k + 1].group()) not in kinds["rel"] \
                or normalize(words[k + 2].group().strip(_STRIP)) not in kinds["verb"]:
            return noun, None, None
        at = words[k + 2].end()
        start = at + len(doc.text[at:words[k + 3].start()]) if k + 3 < len(words) else None
        for a in doc.actors:
            for s, e in a.spans:
                if s == start and a.code and a.code != ev.source_code:
                    return noun, a, (s, e)
        return noun, None, None
    return "", None, None


def _names_rel(window: str, rels) -> bool:
    """Does the normalised ``window`` hold a relative word of ``rels`` (as a substring: a superset of the word test)?"""
    norm = normalize(window)
    return any(r in norm for r in rels)


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def apply(doc, events: list) -> None:
    cands = [ev for ev in events if ev.root in _ROOTS and ev.lang == "ar" and ":verb:" in ev.rule and ev.source_code
             and not ev.target_country]
    if not cands:
        return
    kinds = kind_sets("decided_act_ar.tsv", ("noun", "rel", "verb"))
    # Nothing changes unless a relative word (kind rel) follows a decision noun inside some candidate's window
    # (_decision reads only that window; the copy to a later comment needs a maker read first), so the windows
    # are searched, not the whole text: normalising a whole article was ~2 % of the events stage (session 32, SPD32)
    if not any(_names_rel(doc.text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + SPAN)], kinds["rel"])
               for ev in cands):
        return
    made: list = []   # (event, noun) of the comments whose maker was read
    for ev in cands:
        noun, actor, span = _decision(doc, ev, kinds)
        if actor is not None:
            fill_side(ev, "target", actor, span)
            ev.rule += ":tgt-decider"
            made.append((ev, noun))
        elif noun:
            ante = [e for e, n in made if n == noun and e.sentence >= ev.sentence - BACK
                    and e.target_code != ev.source_code]
            if ante:
                copy_side(ev, "target", ante[-1], "target")
                ev.rule += ":tgt-decider"
