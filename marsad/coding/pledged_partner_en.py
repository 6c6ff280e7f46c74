"""A pledge about one's own country is made to the party the speaker was just dealing with (session 49, lead).

"Kobakhidze spoke by phone with Erdogan on Tuesday and pledged that Georgia would cooperate fully with Turkish
authorities", "Trump met families of the abductees at the palace and promised that the United States would stand with
them": the English SVO reading gives the pledge the subject of its that-clause as the target -- the speaker's own
country, a self-loop no reader codes.  When an English pledge's (root 03; a demand that one's own country act is
domestic: "demanded that Argentina …") target is the source's own country and stands right after "that" (the
clause's subject), the target becomes the other country the same source acted on last, in this
sentence or the one before (the call's, the meeting's); with no such act the target stays.  Marker ``:tgt-partner``.
"""
from __future__ import annotations

import re

from .structure import copy_side

_THAT_SUBJECT = re.compile(r"\s+that\s+(?:the\s+)?$", re.I)


def apply(doc, events) -> None:
    text = doc.text
    starts = [s.start for s in doc.sentences]
    for ev in events:
        if ev.lang != "en" or ev.root != "03" or not ev.target_span or not ev.source_country \
                or ev.target_country != ev.source_country:
            continue
        if ev.target_span[0] <= ev.trigger_end or not _THAT_SUBJECT.search(text[ev.trigger_end:ev.target_span[0]]):
            continue
        k = max((i for i, s in enumerate(starts) if s <= ev.sentence_start), default=0)
        lo = starts[k - 1] if k > 0 else 0   # (this sentence or the one before)
        prior = max((p for p in events if p is not ev and p.lang == "en"
                     and lo <= p.trigger_start < ev.trigger_start and p.source_country == ev.source_country
                     and p.target_country and p.target_country != ev.source_country and not p.negated),
                    key=lambda p: p.trigger_start, default=None)
        if prior is not None:
            copy_side(ev, "target", prior)
            ev.rule += ":tgt-partner"
