"""A verbal noun after a verb of conveying: its genitive is the agent, the addressee the target (session 19, ARX3).

"استدعت الخارجية المصرية السفير الإثيوبي، وأبلغته رفض مصر القاطع للتصريحات": the word after "وأبلغته" (or after
"ونقل إليه") is a verbal noun -- رفض is "rejection", not the verb "rejected" -- so the actor right after it (its
genitive, مصر) is the agent, the source, not the target; the addressee (the pronoun on the verb) is the object of the
clause before, the target of the nearest earlier event of the sentence with a target (the summons).  A genitive "his
country" (``own``: بلاده، حكومته) is the main event's source.  Words in ``masdar_agent_ar.tsv``; rule marker
``:masdar-agent``.  An event with no earlier event with a target in its sentence is left alone.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, fill_side, kind_sets

_STRIP = "،,.;؛:!؟?\"«»()"
_QUOTES = "\"«»“” "


def _sets():
    return kind_sets("masdar_agent_ar.tsv", ("verb", "verb2", "pron", "own"))


def _words_before(text: str, pos: int, n: int) -> list[str]:
    return [normalize(w.strip(_STRIP)) for w in text[max(0, pos - 60):pos].split()[-n:]]


def apply(doc, events: list) -> None:
    text = doc.text
    if "أبلغ" not in text and "نقل" not in text and "سلم" not in text:
        return
    sets = None
    for ev in events:
        if ev.lang != "ar" or ":masdar-agent" in ev.rule or ev.trigger_start is None:
            continue
        p = ev.trigger_start
        while p > 0 and text[p - 1] in _QUOTES:
            p -= 1
        if sets is None:
            sets = _sets()
        before = _words_before(text, p, 2)
        if not before:
            continue
        if before[-1] in sets["verb"]:
            pass
        elif len(before) == 2 and before[-1] in sets["pron"] and before[0] in sets["verb2"]:
            pass
        else:
            continue
        main = None
        for e in events:
            if e is ev or e.sentence != ev.sentence or e.trigger_start is None or e.trigger_start >= p \
                    or not e.target_actor_id:
                continue
            if main is None or e.trigger_start > main.trigger_start:
                main = e
        if main is None:
            continue
        # the genitive: the first word after the trigger word
        end = ev.trigger_start + len(ev.trigger.split()[0]) if ev.trigger else ev.trigger_start
        rest = text[end:end + 40].split()
        if not rest:
            continue
        gen = normalize(rest[0].strip(_STRIP))
        gen_start = text.index(rest[0], end)
        agent = next((a for a in doc.actors if any(s <= gen_start < e for s, e in a.spans)), None)
        if agent is not None and agent.id != main.target_actor_id:
            span = next((s, e) for s, e in agent.spans if s <= gen_start < e)
            fill_side(ev, "source", agent, span)
        elif gen in sets["own"] and main.source_actor_id:
            copy_side(ev, "source", main, "source")
        else:
            continue
        copy_side(ev, "target", main, "target")
        ev.rule += ":masdar-agent"
