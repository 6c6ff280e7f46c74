"""A punishment promised in a speaker's own words is the speaker's threat (English, session 32 FIXEN).

'"All of them will be found and punished," he told reporters', '"Those responsible will be prosecuted," the minister
said': an English event of a punishment participle (``promised_punishment_en.tsv``, kind ``verb``) inside a direct
quote, passive with will / would / shall + be before it (other participles joined by "and" may stand between: "found
and punished"), with no source of its own, is a threat of that punishment by the quote's speaker (CAMEO 130; the
punished, when named, stay the target).  It is no punishment done, and with no actor the unreal-act rule would drop
it.  Rule marker ``:promised-punishment``.  A punishment told by the narrator ("the rioters will be punished, the
court said" has no direct quote) or with an agent ("will be punished by the courts") is left as it is.
"""
from __future__ import annotations

import re

from .structure import actor_of, fill_side, kind_sets

_FUTURE_PASSIVE = re.compile(r"\b(?:will|would|shall|'ll)\s+(?:(?:soon|also|all|surely|certainly)\s+)?be\s+"
                             r"(?:[a-z]+\s+(?:and|or)\s+)?$", re.I)


# the roots / codes the rule acts on: en_doc_rules calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("17",))


def apply(doc, events, recode) -> None:
    verbs = None
    for ev in events:
        if ev.lang != "en" or ev.root not in ACTS_ON or ev.source_code or ev.source_country:
            continue
        if verbs is None:
            verbs = kind_sets("promised_punishment_en.tsv", ("verb",))["verb"]
        if ev.trigger.split()[0].lower() not in verbs:
            continue
        head = doc.text[max(ev.sentence_start, ev.trigger_start - 40):ev.trigger_start]
        if not _FUTURE_PASSIVE.search(head) or doc.text[ev.trigger_end:ev.trigger_end + 4].lower().startswith(" by "):
            continue
        q = next((q for q in doc.quotes if q.direct and q.content_start <= ev.trigger_start < q.content_end
                  and q.speaker_actor_id), None)
        speaker = actor_of(doc, q.speaker_actor_id) if q is not None else None
        if speaker is None or not (speaker.code or speaker.country) or not recode(ev, "130"):
            continue
        fill_side(ev, "source", speaker, (q.speaker_start, q.speaker_end))
        ev.modality = "asserted"
        ev.rule += ":promised-punishment"
