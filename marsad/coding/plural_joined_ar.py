"""A plural verb joined by و goes on with the crowd that opened its sentence (Arabic, session 44, lead).

"وردد المحتجون هتافات ضد الحكومة والمجموعات المسلحة، وطالبوا بإجراء انتخابات عامة": the second verb's subject is the
first verb's, dropped and shown only by the plural ending (وا); when the first verb codes no event (ردد, chanted), no
joined-verb rule carried its subject over.  A source-less Arabic verb event whose trigger opens with و and ends with
the plural وا takes the group actor (a crowd, a plural body) standing right after the sentence's first word (the
opening verb: VSO), when no other actor stands between that group and the trigger.  Marker ``:plural-joined``.
"""
from __future__ import annotations

from .structure import fill_side


def apply(doc, events) -> None:
    text = doc.text
    for ev in events:
        if ev.lang != "ar" or ev.source_code or ev.source_country or ":verb:" not in ev.rule:
            continue
        first = text[ev.trigger_start:ev.trigger_end].split(None, 1)[0]
        if first[:1] != "و" or not first.endswith("وا") or len(first) < 5:
            continue
        head = text[ev.sentence_start:ev.trigger_start]
        lead = len(head) - len(head.lstrip())
        words = head.split()
        if len(words) < 3:
            continue
        second = ev.sentence_start + lead + len(words[0]) + 1   # where the word after the opening verb starts
        group = next(((a, sp) for a in doc.actors if a.kind == "group" and a.code for sp in a.spans
                      if abs(sp[0] - second) <= 1), None)
        if group is None or group[0].id == ev.target_actor_id or any(
                group[1][1] <= s0 < ev.trigger_start for a in doc.actors if a.id != group[0].id for s0, _ in a.spans
                if a.kind in ("group", "person", "country")):
            continue
        fill_side(ev, "source", group[0], group[1])
        ev.rule += ":plural-joined"
