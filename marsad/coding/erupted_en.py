""""Protests erupted on election day in Dar es Salaam": an English protest or attack noun (roots 14, 18, 19) right
before a verb of breaking out (``erupted_en.tsv``: erupted, broke out, flared …) is the subject of that verb, which
tells the same happening -- the verb's span joins the noun event's ``also_spans`` (its evidence; an analyst may
anchor either word).  Session 43, lead."""
from __future__ import annotations

from .structure import kind_sets

_ROOTS = frozenset(("14", "18", "19"))


def apply(doc, events) -> None:
    todo = [e for e in events if e.lang == "en" and e.root in _ROOTS and ":noun:" in e.rule]
    if not todo:
        return
    verbs = kind_sets("erupted_en.tsv", ("verb",))["verb"]
    text = doc.text
    for ev in todo:
        rest = text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + 20)]
        start = ev.trigger_end + len(rest) - len(rest.lstrip())
        words = rest.split()
        for n in (2, 1):
            said = " ".join(words[:n]).lower().rstrip(",.;:")
            if len(words) >= n and said in verbs:
                span = (start, start + len(said))
                if span not in ev.also_spans:
                    ev.also_spans.append(span)
                break
