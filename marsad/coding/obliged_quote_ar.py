"""A reported statement that says what someone must do (Arabic; session 42, lead).

"وقال ترامب إن على حماس أن تنزع سلاحها"، "وقال الوزير إنه يجب على إسرائيل أن تنسحب": the content opens with "(an
obligation word) على X أن" -- X must do something the speaker wants done: the statement is a demand (100) of X, as
"طالب X بـ" is.  The words are ``obliged_quote_ar.tsv``.  :func:`obliged` gives the start of the obliged one's words
(right after على), or -1.
"""
from __future__ import annotations

import re

from ..resources import cached, data_path, read_tsv_dicts
from .structure import fill_side

_REACH = 90   # characters of the content read


def _pattern():
    def load():
        rows = [r for r in read_tsv_dicts(data_path("coding", "obliged_quote_ar.tsv")) if r.get("form", "").strip()]
        must = "|".join(re.escape(r["form"].strip()) for r in rows if r["kind"].strip() == "must")
        on = "|".join(re.escape(r["form"].strip()) for r in rows if r["kind"].strip() == "on")
        # (إنه / أنه), (an obligation word), على, the obliged one (one to five words), أن
        return re.compile(r"\s*(?:[إأ]نه\s+)?(?:(?:%s)\s+)?(?:%s)\s+(?=(?:\S+\s+){1,5}?أن\s)" % (must, on))
    return cached(("coding.obliged_quote_ar",), load)


def obliged(text: str, q) -> int:
    """The start of the obliged actor's words when the quote's content is "(يجب) على X أن …", else -1."""
    if q.content_end - q.content_start < 12:
        return -1
    m = _pattern().match(text, q.content_start, min(q.content_end, q.content_start + _REACH))
    return m.end() if m else -1


def demanded_act(text: str, evs: list, arg) -> None:
    """The act after the obliged one's أن ("على إسرائيل أن تنسحب"): demanded of it, not done; its subject is the obliged
    one when no other was read."""
    end = text.find("أن", arg.end, arg.end + 40)
    if end < 0:
        return
    for ev in evs:
        if ":verb:" in ev.rule and end < ev.trigger_start <= end + 4 and ev.modality == "asserted":
            ev.modality = "demand"
            if not ev.source_code:
                fill_side(ev, "source", arg.actor, (arg.start, arg.end))
            ev.rule += ":obliged"
