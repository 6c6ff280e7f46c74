"""A verbal noun after a verb of conveying: its genitive is the agent, the addressee the target (session 19, ARX3).

"استدعت الخارجية المصرية السفير الإثيوبي، وأبلغته رفض مصر القاطع للتصريحات": the word after "وأبلغته" (or after
"ونقل إليه") is a verbal noun -- رفض is "rejection", not the verb "rejected" -- so the actor right after it (its
genitive, مصر) is the agent, the source, not the target; the addressee (the pronoun on the verb) is the object of the
clause before, the target of the nearest earlier event of the sentence with a target (the summons).  A genitive "his
country" (``own``: بلاده، حكومته) is the main event's source.  Words in ``masdar_agent_ar.tsv``; rule marker
``:masdar-agent``.  An event with no earlier event with a target in its sentence is left alone.

(session 23 GAPA) The addressee as a noun phrase and the agent as a possessive pronoun: "أن طهران أبلغت الدبلوماسي
الإماراتي رفضها القاطع للبيان، محذرا من …": a trigger word ending in a pronoun (``suffix``) right after an actor right
after a conveying verb (``verb3``) is the verbal noun "its rejection": the conveyor (the actor ending right before the
verb, or right after it when the addressee follows) is the source, the addressee the target; a circumstantial
participle after it in the sentence (``:hal``) that took the addressee (or the verb's misread subject) as its main
subject takes the conveyor instead, and the addressee as its target when it has none (the warning is conveyed too).  Rule marker ``:masdar-pron``.
(session 23 GAPA2) A stem of three letters counts ("أبلغ الوزير نظيره الفرنسي رفضه"), and a bare verbal noun takes
its genitive as the agent: "أبلغ وزير الخارجية المصري نظيره الإثيوبي رفض بلاده / رفض مصر" (بلاده: the conveyor).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import actor_span, copy_side, fill_side, kind_sets

_STRIP = "،,.;؛:!؟?\"«»()"
_QUOTES = "\"«»“” "


def _sets():
    return kind_sets("masdar_agent_ar.tsv", ("verb", "verb2", "pron", "own", "verb3", "suffix"))


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
        elif _possessive(doc, events, ev, p, sets):
            continue
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


def _actor_ending(doc, pos: int):
    """(actor, span) of an actor span ending at ``pos`` (blanks between allowed), else (None, None)."""
    text = doc.text
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return actor_span(doc, lambda s, e: e == pos)


def _possessive(doc, events, ev, p: int, sets) -> bool:
    """"أبلغت الدبلوماسي الإماراتي رفضها" / "… رفض بلاده": see the module doc (session 23 GAPA, GAPA2); True when
    ``ev`` was recoded."""
    text = doc.text
    word = normalize(ev.trigger.split()[0]) if ev.trigger else ""
    # (a stem of three letters at least: "رفضه" is رفض + ه; or the bare noun before its genitive: "رفض بلاده",
    # "رفض مصر" -- session 23 GAPA2)
    pron = any(word.endswith(x) and len(word) - len(x) >= 3 for x in sets["suffix"])
    if not pron and len(ev.trigger.split()) > 1:
        return False
    addr, aspan = _actor_ending(doc, p)
    if addr is None:
        return False
    before = _words_before(text, aspan[0], 1)
    conveyor = None
    if before and before[-1] in sets["verb3"]:
        # SVO: "أن طهران أبلغت الدبلوماسي": the actor ending right before the verb
        vstart = text.rindex(" ", 0, aspan[0] - 1) + 1 if " " in text[:aspan[0] - 1] else 0
        conveyor, cspan = _actor_ending(doc, vstart)
    else:
        # VSO: "أبلغت طهران الدبلوماسي رفضها": the addressee follows the conveyor right after the verb
        conveyor, cspan = _actor_ending(doc, aspan[0])
        if conveyor is not None:
            b2 = _words_before(text, cspan[0], 1)
            if not b2 or b2[-1] not in sets["verb3"]:
                conveyor = None
    if conveyor is None or conveyor.id == addr.id:
        return False
    agent, gspan = conveyor, cspan
    if not pron:
        # "أبلغ الوزير المصري نظيره الإثيوبي رفض بلاده / رفض مصر": the genitive after the noun is the agent
        agent, gspan = _genitive(doc, ev, sets, conveyor, cspan)
        if agent is None or agent.id == addr.id:
            return False
    wrong = ev.source_actor_id
    fill_side(ev, "source", agent, gspan)
    fill_side(ev, "target", addr, aspan)
    ev.rule += ":masdar-pron"
    hal = [e for e in events if e is not ev and e.sentence == ev.sentence and ":hal" in e.rule
           and e.trigger_start > ev.trigger_start]
    if hal:
        e = min(hal, key=lambda x: x.trigger_start)   # (the participle right after the conveyed noun)
        if e.source_actor_id in (wrong, addr.id, None):
            fill_side(e, "source", agent, gspan)
        if not e.target_actor_id or e.target_actor_id == e.source_actor_id:
            fill_side(e, "target", addr, aspan)
        e.rule += ":masdar-pron"
    return True


def _genitive(doc, ev, sets, conveyor, cspan):
    """(actor, span) of the genitive right after a bare verbal noun: an actor (مصر), or the conveyor for "his
    country" (بلاده); (None, None) otherwise."""
    text = doc.text
    rest = text[ev.trigger_end:ev.trigger_end + 40].split()
    if not rest:
        return None, None
    gen_start = text.index(rest[0], ev.trigger_end)
    agent, span = actor_span(doc, lambda s, e: s == gen_start)
    if agent is not None:
        return agent, span
    if normalize(rest[0].strip(_STRIP)) in sets["own"] and conveyor.country:
        return conveyor, cspan   # (a country-less conveyor, "إن السفير أبلغ …": the later steps find his country)
    return None, None
