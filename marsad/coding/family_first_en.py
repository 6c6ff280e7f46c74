"""The word of a full English-spelled person name that the name alone stands for later (session 33, GAPEN).

Western order puts the family name last ("Joseph Wu" -> "Wu"); Chinese and Korean names put it first ("Qin Gang ...
Qin hosted Reina", "Moon Jae-in ... Moon said").  ``family_first_en.tsv`` lists those family names (kind ``family``)
and the two that are also Western given names (kind ``given_too``: "Kim Darroch", "Lee Anderson" keep their last
word; "Lee Jae-myung", "Kim Jong Un" take the first).
"""
from __future__ import annotations

from .structure import kind_sets


def surname_word(name: str) -> str:
    """The family-name word of ``name`` (its last word unless the first is a family name written first; a
    generational suffix after it is left off: "Ferdinand Marcos Jr." -> "Marcos")."""
    ws = name.split()
    sets = kind_sets("family_first_en.tsv", ("family", "given_too", "suffix"))
    while len(ws) > 2 and ws[-1].lower() in sets["suffix"]:
        ws = ws[:-1]
    if len(ws) in (2, 3) and ws[0].isascii() and ws[0][:1].isupper():
        first = ws[0].lower()
        if first in sets["family"]:
            return ws[0]
        if first in sets["given_too"] and (len(ws) == 3 or "-" in ws[1]):
            return ws[0]
    return ws[-1]
