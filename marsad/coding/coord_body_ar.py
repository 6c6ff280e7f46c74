""""وأدان حزب الاستقلال وحزب الأصالة والمعاصرة، المشاركان في الائتلاف الحكومي، الخطوة الجزائرية": two subjects of one
verb, the second of the same head noun as the first (حزب … وحزب …), share the verb's object (Arabic, session 30 lead).

:func:`conjunct_end` finds the second conjunct -- "و" + the first conjunct's head word + at most :data:`WORDS` words up
to a comma -- so that ``events._object_nationality`` reads the object after the pair ("الخطوة الجزائرية": DZA) for
the first subject's event; :func:`share_object` gives that target to the other subject's event of the same trigger
and code (the stage fans the verb out to each subject; the second conjunct's event, its span inside the name, read
no object; "ورحبت الإمارات ومصر بالقرار الأردني": the first conjunct's event, the object read only after the second).  Rule marker ``:tgt-coord``.
"""
from __future__ import annotations

import re

from .structure import copy_side

WORDS = 4
_WORD = r"[^\s،,.؛;:()\"«»]+"


def conjunct_end(text: str, s0: int, s1: int) -> int:
    """The end of a second conjunct "و<head> …" right after the actor span s0..s1 whose first word is <head>, up to
    (not including) a comma; -1 when there is none."""
    head = text[s0:s1].split()[:1]
    if not head or len(head[0]) < 3:
        return -1
    m = re.match(r"\s+و" + re.escape(head[0]) + r"(?:\s+" + _WORD + r"){1,%d}(?=\s*[،,])" % WORDS, text[s1:s1 + 120])
    return s1 + m.end() if m else -1


def share_object(events: list) -> None:
    read = [e for e in events if e.lang == "ar" and ":obj-nationality" in e.rule and e.target_country]
    for ev in events if read else ():
        if ev.lang != "ar" or ev.target_code or ":verb:" not in ev.rule:
            continue
        got = next((e for e in read if e.trigger_start == ev.trigger_start and e.cameo == ev.cameo
                    and e.target_country != ev.source_country and e is not ev), None)
        if got is not None:
            copy_side(ev, "target", got)
            ev.rule += ":tgt-coord"
