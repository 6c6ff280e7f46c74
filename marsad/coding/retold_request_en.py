"""A request or demand noun after a pointing determiner names an appeal told before, no new one (English, session 38
GAPEN38).

"President Tokayev asked the alliance for help. … Tokayev made the request late on Wednesday", "The judge granted the
request on Thursday", "China also voiced support for Bamako's request", "warned they could use force if the demand was
not met": the noun (``retold_request_en.tsv`` kind ``noun``) right after a determiner that points back (kind ``det``:
the, its, your …, or a possessive "Bamako's", "the protesters'") and with nothing after it that gives it content
(kind ``complement``: for, that, to, of …) refers to a request the story told, or to the act of another verb of the
sentence (granted, backed); the event stage read it as a new appeal (020 / 100) by whoever stood near.  Such events
are dropped.  A noun with content of its own within a few words stays ("renewed its demand for early elections", "its demand
today that Israel ease …", "the request of the United States"; "at X's request" is :mod:`request_adjunct_en`'s), and so
does one after a verb of renewing (kind ``renew``: "reiterated its demand", the appeal made again).
"""
from __future__ import annotations

from .structure import kind_sets

_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
_REACH = 3   # words after the noun that may still open its content ("its demand on Monday that …")


def drop(doc, events) -> list:
    """``events`` without the English request / demand nouns that point back (see the module doc)."""
    text = doc.text
    kinds = None
    out = []
    for ev in events:
        if ev.lang == "en" and " " not in text[ev.trigger_start:ev.trigger_end]:
            if kinds is None:
                kinds = kind_sets("retold_request_en.tsv", ("noun", "det", "complement", "renew"))
            if text[ev.trigger_start:ev.trigger_end].lower() in kinds["noun"] and _points_back(text, ev, kinds):
                continue
        out.append(ev)
    return out


def _points_back(text, ev, kinds) -> bool:
    before = text[max(ev.sentence_start, ev.trigger_start - 40):ev.trigger_start].split()
    if not before:
        return False
    prev = before[-1].lower()
    if prev not in kinds["det"] and not (prev.endswith(_POSSESSIVE) and len(prev) > 2):
        return False
    if len(before) > 1 and before[-2].lower() in kinds["renew"]:
        return False   # "reiterated its demand …": the appeal made again, an event of its own
    for w in text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + 40)].split()[:_REACH]:
        if w.lower().strip(",.;:\"'") in kinds["complement"]:
            return False   # ("its demand today that Israel ease …": a time word may stand before the content)
        if w[-1:] in ",.;:" or w[:1] in ",.;:":
            break
    return True
