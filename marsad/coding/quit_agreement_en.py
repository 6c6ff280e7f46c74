""""Russia on Monday pulled out of the Black Sea grain deal", "withdrew from the Open Skies Treaty": an English withdrawal
(0874, read as troops leaving) whose from / of phrase names an agreement (``quit_agreement_en.tsv``) within eight words,
with no punctuation between, is quitting that agreement: reduce relations (160).  Rule marker ``:quit-agreement``
(session 33, lead); its PLOVER fields follow the new code.  A party quitting a coalition or a government ("withdrew
from the ruling coalition", "pulled out of the government"; kind ``coalition``) breaks with its partners: 161, as the
Arabic انسحب من الائتلاف (session 51 ENMISS51B).
"""
from __future__ import annotations

from .english import recode_event
from .structure import kind_sets

_REACH = 8   # words after the trigger that may hold the preposition and the agreement noun
_PHRASE_END = frozenset(["under", "in", "with", "to", "for", "on", "at", "after", "by", "as", "and", "that", "which"])


def apply(doc, events) -> None:
    """Recode each such withdrawal to 160 (see the module doc)."""
    sets = None
    text = doc.text
    for ev in events:
        if ev.lang != "en" or ev.cameo != "0874":
            continue
        if sets is None:
            sets = kind_sets("quit_agreement_en.tsv", ("agreement", "coalition", "prep"))
        after = text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + 90)].split()[:_REACH]
        # (the preposition right after the verb -- "withdrew its forces from Gaza under the agreement" withdrew
        # troops -- and the agreement noun inside its phrase: no other preposition before it)
        k = next((j for j, w in enumerate(after[:2]) if w.lower() in sets["prep"]), None)
        if k is None:
            continue
        for w in after[k + 1:]:
            x = w.rstrip(",.;:\"'").lower()
            if x in sets["agreement"]:
                _recode(ev, "160")
                break
            if x in sets["coalition"]:
                _recode(ev, "161")
                break
            if w[-1:] in ",.;:" or x in _PHRASE_END:
                break


def _recode(ev, code: str) -> None:
    if recode_event(ev, code):
        ev.rule += ":quit-agreement"
