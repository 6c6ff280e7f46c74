"""An "at X's request" adjunct is the circumstance of another act, no appeal of its own (English, session 35 GAPEN35).

"Beijing could send police and armed forces at Honiara's request to protect Chinese personnel", "prompted Australia
to deploy police and troops at Sogavare's request", "visited Tehran at the invitation of his Iranian counterpart": the
request noun (``request_adjunct_en.tsv``) right after "at" and a possessive ("at Honiara's", "at the government's")
or "at the" with "of" after it tells why the main act was done; the event stage made it an appeal (020) by whatever
stood near (the forces sent).  Such events (read as the verb or the noun) are dropped unless their source is the
actor named in the adjunct ("at the request of the United States": a US request, session 9's reading, kept).

The requester is where the forces or the aid go: a sending act (``force_destination_en.sending``) of the sentence
before the adjunct with no target takes the country of the actor or place named in the adjunct ("sent troops at the
request of the Kazakh president": KAZ; "at Honiara's request": SLB).  Marker ``:dest-requester``.
"""
from __future__ import annotations

import re

from .force_destination_en import sending
from .structure import kind_sets

# "at" + a possessive phrase of at most four words ("at Honiara's", "at the Iraqi government's") right before the noun
_POSS_BEFORE = re.compile(r"\bat\s+(?:[\w.-]+\s+){0,3}[\w.-]+['\u2019]s?\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bat\s+the\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def drop(doc, events) -> list:
    text = doc.text
    nouns = None
    out, adjuncts = [], []
    for ev in events:
        if ev.lang == "en":
            if nouns is None:
                nouns = kind_sets("request_adjunct_en.tsv", ("noun",))["noun"]
            word = text[ev.trigger_start:ev.trigger_end].split()[:1]
            if word and word[0].lower() in nouns:
                before = text[max(ev.sentence_start, ev.trigger_start - 60):ev.trigger_start]
                after = text[ev.trigger_end:ev.trigger_end + 4].lower()
                m = _POSS_BEFORE.search(before) or (_THE_BEFORE.search(before) if after.startswith(" of") else None)
                if m:
                    lo = ev.trigger_start - len(before) + m.start()
                    hi = _adjunct_end(text, ev)
                    adjuncts.append((ev.sentence_start, lo, hi))
                    if not (ev.source_span and ev.source_span[0] >= lo):   # (in the adjunct or its list of names)
                        continue   # (a requester read from the adjunct itself stays: "at the request of the United
                        # States" is a US request, test_events_en_round4)
        out.append(ev)
    for s_start, lo, hi in adjuncts:
        c = _named_country(doc, lo, hi)
        if not c:
            continue
        for ev in out:
            if ev.sentence_start == s_start and ev.trigger_start < lo and sending(ev) and not ev.target_code \
                    and ev.source_country != c:
                ev.target_country, ev.target_code = c, c
                ev.rule += ":dest-requester"
    return out


def _adjunct_end(text, ev) -> int:
    """The end of the adjunct: the noun, or its "of" phrase up to the next comma or the sentence's end."""
    if not text[ev.trigger_end:ev.trigger_end + 4].lower().startswith(" of"):
        return ev.trigger_end
    k = text.find(",", ev.trigger_end, ev.sentence_end)
    return k if k >= 0 else ev.sentence_end


def _named_country(doc, lo, hi):
    """The one country of the actors and places written in [lo, hi), or None."""
    found = {a.country for a in doc.actors if a.country for s, _ in a.spans if lo <= s < hi}
    found |= {p.country for p in doc.places if p.country and lo <= p.start < hi}
    return found.pop() if len(found) == 1 else None
