"""An Arabic headline's circumstance after وسط ("amid") is told again in the body (session 40, PREC40).

"البرلمان يقر الاتفاقية وسط انسحاب نواب معارضين واعتقالات أمام النقابة"، "إسرائيل تتوغل في الجنوب وسط تنديد عربي":
the act nouns after وسط (and those joined to them by و) are the circumstances of the headline's act, which the body
tells in full further down -- often beyond the lead's window in which :func:`.retold.merge` joins a headline's event to
its telling, and with the headline's subject wrongly read as their source (the parliament arrests no one).  Such a
headline noun event (kind ``amid`` of ``amid_title_ar.tsv`` right before it, or before the noun phrase it is joined to)
is the body's current event of the same root told again when the body has one whose target country, if both name one,
is the same: its span joins that event's ``also_spans`` (marker ``:retold``) and it is no event of its own.  Without
such a body event it stays.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .retold import _retell
from .structure import kind_sets

_REACH = 4   # words from وسط to a later noun joined by و ("وسط انسحاب نواب معارضين واعتقالات")


def _after_amid(text: str, ev, amid: frozenset) -> bool:
    head = text[max(ev.sentence_start, ev.trigger_start - 80):ev.trigger_start].split()
    if not head:
        return False
    if normalize(head[-1]) in amid:
        return True
    first = normalize(ev.trigger.split()[0]) if ev.trigger else ""
    return first[:1] == "و" and any(normalize(w) in amid for w in head[-(_REACH + 1):])


def apply(doc, events: list) -> list:
    titles = [e for e in events if e.lang == "ar" and e.segment_kind == "title" and ":noun:" in e.rule]
    if not titles:
        return events
    amid = kind_sets("amid_title_ar.tsv", ("amid",))["amid"]
    drop = set()
    for e in titles:
        if not _after_amid(doc.text, e, amid):
            continue
        body = next((b for b in events if b.segment_kind == "body" and b.root == e.root and not b.historical
                     and (not b.target_country or not e.target_country or b.target_country == e.target_country)), None)
        if body is not None:
            _retell(body, e)
            drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events
