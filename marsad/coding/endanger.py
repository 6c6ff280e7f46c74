"""An actor-less "threatens" that only means "endangers" (Arabic, session 12 AR7).

"محذرة من أن استمرار الاشتباكات يهدد العملية السياسية برمتها"، "التي تواجه عجزا في التمويل يهدد بانسحاب بعض قواتها":
the imperfect يهدد / تهدد (``endanger_ar.tsv``) with a thing for its subject names a risk; coded as a threat (13) it
has no source at all.  Such an event (the generic 130, a verb trigger of those forms, with no source after every subject rule
of the document) is dropped.  "هدد الجيش بالرد" keeps its actor and its event, "وتهدد الحركة بشن هجمات" its code (138).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import form_set


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("130",))


def drop(events: list) -> list:
    forms = None
    out = []
    for ev in events:
        if ev.cameo in ACTS_ON and ev.lang == "ar" and not ev.source_code and not ev.source_actor_id \
                and ":verb:" in ev.rule:
            if forms is None:
                forms = form_set("endanger_ar.tsv")
            w = normalize(ev.trigger.split()[0]) if ev.trigger else ""
            if w in forms or (w[:1] in ("و", "ف") and w[1:] in forms):
                continue
        out.append(ev)
    return out
