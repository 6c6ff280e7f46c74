"""English "struck what Islamabad described as hideouts": the capital is the description's speaker (session 23, GAPE).

"Turkish drones hit what Ankara called a militant base in northern Iraq", "fired missiles at what Kyiv described as
energy facilities in western Ukraine": the actor right after "what" and before a naming verb (cue ``label_verb`` of
``cues_en.tsv``: called, described, termed …; session 17) says what the object is; it is no target of the force
used (roots 15 and 17-20; "condemned what Kyiv called …" is left alone).  Such a target is cleared and the act takes
the country of the place named after it in the sentence (not the source's own), as a place phrase gives an attack its
target elsewhere; none when there is none.  Rule marker ``:tgt-described``.
"""
from __future__ import annotations

import re

from ..resources import cached
from .structure import clear_side


_FORCE_ROOTS = frozenset(("15", "17", "18", "19", "20"))


def _naming_verb(verbs):
    """The compiled " <naming verb>" pattern of the ``label_verb`` words (built once per word set, not per document)."""
    return cached(("coding.described_as_en", verbs), lambda: re.compile(
        r"\s+(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + r")\b", re.I))


def apply(doc, events: list, verbs) -> None:
    if not verbs or " what " not in doc.text:
        return
    text = doc.text
    after = _naming_verb(verbs)
    for ev in events:
        sp = ev.target_span
        if ev.lang != "en" or (ev.root or "") not in _FORCE_ROOTS or not sp or sp[0] < ev.trigger_start - 40 \
                or not text[max(0, sp[0] - 5):sp[0]].lower().endswith("what ") or not after.match(text, sp[1]):
            continue
        clear_side(ev, "target")
        ev.rule += ":tgt-described"
        end = doc.sentences[ev.sentence].end if 0 <= ev.sentence < len(doc.sentences) else len(text)
        pl = next((p for p in doc.places if sp[1] < p.start < end and p.country and not p.is_metonym
                   and p.country != ev.source_country), None)
        if pl is not None:
            ev.target_country = ev.target_code = pl.country
            ev.rule += ":tgt-place"
