"""Passive arrests, detentions, deportations and expulsions: the agent from the speaker or the story (session 17,
B4EV).

"وتم توقيف ستة محتجين"، "وتم ترحيل عشرات الموقوفين"، "Police said two people were detained after scuffles": an
arrest (173), a deportation (174) or an expulsion (166) told in the passive names no agent.  Like the passive summons
(``passive_summons.py``), the agent is read from around it: the speaker who reports the passive when that speaker is a
state body (the police, a ministry, the army: ``passive_agent.tsv`` kind ``agent_role``) -- "Police said two people
were detained" -- else the country of the event's place, else the dateline's country (the state whose forces act
there; the source is that country's code; an expulsion only of another country's people).  Only events with no
source (or with only the patients' nationality as source: "Russian diplomats were expelled"); the passive is the Arabic verbal noun
right after تم / جرى or the English participle right after a form of "be" (kind ``aux_ar`` / ``aux_en``).  Rule marker
``:passive-agent-speaker`` / ``-place`` / ``-dateline``.
"""
from __future__ import annotations

from ..geo.locate import dateline_place
from .lexicon import lexicon
from .structure import actor_of, clear_side, fill_side, kind_sets

_KINDS = ("code", "aux_ar", "aux_en", "agent_role", "dest_en")
CODES = frozenset(("173", "174", "166"))   # the gate of the caller (the codes of passive_agent.tsv)


def _passive(doc, ev, sets) -> bool:
    before = doc.text[max(ev.sentence_start, ev.trigger_start - 12):ev.trigger_start].split()
    prev = before[-1] if before else ""
    if ev.lang == "ar":
        return (":noun:" in ev.rule or ":passive-verb" in ev.rule) and prev in sets["aux_ar"]
    if len(before) > 1 and (prev.lower().endswith("ly") or "be_adverb" in lexicon("en").cue(prev.lower())):
        prev = before[-2]   # "Chowdhury was also arrested overnight" (cue be_adverb of cues_en.tsv; s27 B19EN)
    return ":verb:" in ev.rule and prev.lower() in sets["aux_en"] and ev.trigger.lower().endswith("ed")


def apply(doc, events) -> None:
    sets = kind_sets("passive_agent.tsv", _KINDS)
    for ev in events:
        if ev.cameo not in sets["code"] or not _passive(doc, ev, sets):
            continue
        if ev.source_code and ":src-nationality" in ev.rule and not ev.source_actor_id:
            clear_side(ev, "source")   # "Russian diplomats were expelled": the patients' nationality is no agent
        if ev.source_code or ev.source_actor_id:
            continue
        sp = actor_of(doc, ev.reported_by_actor_id)
        if sp is not None and (sp.role or "").lower() in sets["agent_role"] and sp.id != ev.target_actor_id:
            span = next((s for s in sp.spans if ev.sentence_start <= s[0] < ev.sentence_end), None)
            fill_side(ev, "source", sp, span)
            ev.rule += ":passive-agent-speaker"
            continue
        pl = next((p for p in doc.places if p.id == ev.place_id), None) if ev.place_id else None
        if pl is not None and ev.lang == "en" and pl.start > ev.trigger_start:
            prev = [w.lower() for w in doc.text[max(ev.sentence_start, pl.start - 12):pl.start].split()]
            if prev and prev[-1] == "the":
                prev.pop()
            if prev and prev[-1] in sets["dest_en"]:
                pl = None   # "were pushed back into Belarus": the destination is no scene of the agent (s19 ENX2)
        dl = dateline_place(doc)
        for country, tag in ((pl.country if pl is not None else None, "place"),
                             (dl.country if dl is not None else None, "dateline")):
            if country and (ev.cameo != "166" or country != ev.target_country):   # (a state expels foreigners)
                ev.source_code = ev.source_country = country
                ev.rule += f":passive-agent-{tag}"
                break
