"""The partner of a joined mutual act named by "معه / معهما" is the object of the clause before (session 19, ARX2).

"استقبل الرئيس الجزائري نظيره التونسي، حيث عقد معه جلسة محادثات": the joined verb took the main verb's subject
(``events._conjoined_subject``, marker ``:conj-subj``); its partner is the pronoun after مع (``with_pronoun_ar.tsv``),
which refers to the object of that main verb.  Only a mutual event with no target whose trigger holds the pronoun,
and a main verb (the nearest earlier event of the sentence with a target and the same source); with a dual or plural
pronoun (معهما، معهم) one event per object of the main verb ("استقبل … نظيره التونسي ورئيس الوزراء الليبي").
Rule marker ``:with-pron``.  A clause with its own actor after مع ("حيث اجتمع مع نظيره") is read as before.
"""
from __future__ import annotations

from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from .structure import copy_side, form_set

_STRIP = "،,.;؛:!؟?\"«»()"
_ONE = frozenset(("معه", "معها"))


def apply(doc, events: list) -> None:
    if "مع" not in doc.text:
        return
    forms = None
    added = []
    for ev in events:
        if ev.lang != "ar" or ":mutual" not in ev.rule or ":conj-subj" not in ev.rule or ev.target_code \
                or ev.target_actor_id or not ev.source_actor_id:
            continue
        if forms is None:
            forms = form_set("with_pronoun_ar.tsv")
        pron = next((w for w in (normalize(x.strip(_STRIP)) for x in ev.trigger.split()[1:]) if w in forms), None)
        if pron is None:
            # "واتفق معهم على تسليم المطلوبين": the pronoun right after a one-word trigger (session 27 AR5)
            nxt = doc.text[ev.trigger_end:ev.trigger_end + 12].split()
            pron = normalize(nxt[0].strip(_STRIP)) if nxt and doc.text[ev.trigger_end:ev.trigger_end + 1].isspace() \
                else None
            pron = pron if pron in forms else None
        if pron is None:
            continue
        main = None
        for e in events:
            if e is ev or e.sentence != ev.sentence or e.trigger_start >= ev.trigger_start or not e.target_actor_id \
                    or e.source_actor_id != ev.source_actor_id or e.target_actor_id == ev.source_actor_id:
                continue
            if main is None or e.trigger_start > main.trigger_start:
                main = e
        if main is None:
            continue
        partners = [main] if pron in _ONE else [
            e for e in events if e.sentence == ev.sentence and e.trigger_start == main.trigger_start
            and e.source_actor_id == ev.source_actor_id and e.target_actor_id
            and e.target_actor_id != ev.source_actor_id]
        for n, p in enumerate(partners):
            tgt = ev if n == 0 else replace(ev, id=stable_id(ev.id, "with-pron", n), plover_context=list(ev.plover_context))
            copy_side(tgt, "target", p, "target")
            tgt.target_span = None
            if n == 0:
                ev.rule += ":with-pron"
                continue
            added.append(tgt)
    events.extend(added)
