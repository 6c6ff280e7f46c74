"""A wish whose content is an act names that act, intended (English, session 45).

"Ishiba told reporters he hoped to meet the new president soon": the meeting after "to" is coded with the intent
modality (the wish verbs carry the cue ``intent`` before "to", ``cues_en.tsv``: 036), so the wish verb's own trigger
(013, "said he hoped the two sides would find a compromise") is dropped when "to" and another trigger follow it
within three words.  Words in ``wish_content_en.tsv``.
"""
from __future__ import annotations

from .structure import kind_sets

_REACH = 3   # words from "to" to the content's trigger


def drop(trigs, words):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without a wish verb whose content is a trigger."""
    wishes = kind_sets("wish_content_en.tsv", ("wish",))["wish"]
    at = {t[0] for t in trigs}
    return [t for t in trigs if not (words[t[0]].norm in wishes and t[0] + 1 < len(words)
                                     and words[t[0] + 1].norm == "to"
                                     and any(k in at for k in range(t[0] + 2, t[0] + 2 + _REACH)))]


def is_wish(word) -> bool:
    """Is the word a wish verb (``wish_content_en.tsv``)?"""
    return word.norm in kind_sets("wish_content_en.tsv", ("wish",))["wish"]

