"""A background act noun inside a short quotation is the speaker's word for an act (session 42, PREC42).

'فقد أدانت المملكة أمس "الاعتداءات الإسرائيلية السافرة" على إيران'، 'ما سماه "الهجوم الإيراني على سفينة دولية"'،
'تثبت جدية صنعاء في "معركة البحر"': a few quoted words (at most six, between "…" or «…») name an act the article
tells elsewhere, or no act at all (a figure of speech) -- the words the speaker chose, not a report of their own.  Such
a noun event that is background (``historical``: the learned filter or the reference rule judged it no current report)
is dropped (in-sample: 9 optional, 7 extra, none required); a current one ("إن القوات البحرية "نفذت عملية عسكرية""),
a verb, and a noun in a longer quotation (a statement quoted in full) stay.  Runs after the learned filter and after
the rules that read such a noun as the act a later condemnation is about ("واستنكرت مصر … الضربات": Israel's).
"""
from __future__ import annotations

import re

_SHORT = 6   # words of a quotation that only names
_QUOTATION = re.compile(r"[\"«“]([^\"«»“”]{1,120})[\"»”]")


def drop(text: str, evs: list) -> list:
    """``evs`` without the Arabic background act nouns inside a short quotation of their sentence."""
    gone = []
    for e in evs:
        if e.lang == "ar" and e.historical and ":noun:" in e.rule:
            a = e.sentence_start
            if any(a + m.start(1) <= e.trigger_start and e.trigger_end <= a + m.end(1) and len(m.group(1).split()) <= _SHORT
                   for m in _QUOTATION.finditer(text[a:e.sentence_end])):
                gone.append(id(e))
    return [e for e in evs if id(e) not in gone] if gone else evs
