"""Passive summons of an envoy: the host state summons (session 16, EVT).

"وتم استدعاء السفير العراقي لدى الكويت"، "واستُدعي القائم بالأعمال الفرنسي إلى مقر الوزارة"، "China's deputy
ambassador was summoned to the department in Manila": a summons (CAMEO 114) told in the passive names no summoner.
The summoner is the state the envoy is posted to: the country after لدى / "to" right after the envoy, else a state
actor of another country in the sentence (إلى وزارة الخارجية الكويتية, "by the foreign ministry"), else a place of
another country in the sentence ("in Manila"), else the dateline's country.  The envoy (the passive's subject, or the
verbal noun's genitive) is the target.  The words (the passive auxiliaries, the host prepositions) are in
``passive_summons.tsv``.  Rule marker ``:passive-host``.
"""
from __future__ import annotations

from ..geo.locate import dateline_place
from ..resources import cached, data_path, read_tsv_dicts
from .structure import copy_side, fill_side

_STATE_ROLES = frozenset(("GOV", "MIL", "COP", "SPY", "JUD", "LEG"))


def _words() -> dict:
    def load() -> dict:
        out: dict = {}
        for r in read_tsv_dicts(data_path("coding", "passive_summons.tsv")):
            out.setdefault(r["kind"].strip(), set()).add(r["form"].strip())
        return {k: frozenset(v) for k, v in out.items()}
    return cached(("coding.passive_summons",), load)


def _passive(doc, ev) -> bool:
    """Is the summons trigger passive?  Arabic: تم / جرى + the verbal noun, or the passive verb form (a damma after
    its first letters, or the final ya of استُدعي); English: a form of "be" right before "summoned"."""
    return passive_in(doc.text, ev)


def passive_in(text: str, ev) -> bool:
    """:func:`_passive` on the document's text (``_dedupe`` has no document): a passive summons is an act of its
    own beside the sentence's other 114 ("lodged a protest with Beijing, and China's envoy was summoned")."""
    w = _words()
    first = ev.trigger.split()[0] if ev.trigger else ""
    before = text[max(ev.sentence_start, ev.trigger_start - 12):ev.trigger_start].split()
    prev = before[-1] if before else ""
    if ev.lang == "ar":
        if first.startswith(("استدعاء", "واستدعاء")):
            return prev in w.get("aux_ar", ())
        bare = first[1:] if first[:1] in ("و", "ف") else first
        return bare in w.get("passive_ar", ()) or ("\u064f" in bare[:4] and bare.startswith("است"))
    return first.lower() in ("summoned",) and prev.lower() in w.get("aux_en", ())


def _actors_in(doc, lo, hi):
    """(start, end, actor) of the actor spans inside [lo, hi), in text order."""
    out = []
    for a in doc.actors:
        for sp in a.spans:
            s, e = sp[0], sp[1]
            if lo <= s < hi:
                out.append((s, e, a))
    out.sort(key=lambda x: x[0])
    return out


def host(doc, ev, envoy_country, envoy_end):
    """(actor or None, country or None, tag) of the state that summoned."""
    w = _words()
    preps = w.get("host_prep", frozenset())
    spans = _actors_in(doc, ev.sentence_start, ev.sentence_end)
    # the country after لدى / "to" right after the envoy
    for s, e, a in spans:
        if s < envoy_end or not a.country or a.country == envoy_country:
            continue
        gap = doc.text[envoy_end:s].split()
        if gap and len(gap) <= 2 and gap[0].lower() in preps:
            return a, (s, e), "posted"
    # another state actor of the sentence (the ministry the envoy was summoned to, the by-agent)
    for s, e, a in spans:
        if a.country and a.country != envoy_country and (a.kind == "country" or a.role in _STATE_ROLES) \
                and not (ev.target_span and s == ev.target_span[0]):
            return a, (s, e), "state"
    for pl in doc.places:
        if ev.sentence_start <= pl.start < ev.sentence_end and pl.country and pl.country != envoy_country:
            return None, pl.country, "place"
    dl = dateline_place(doc)
    if dl is not None and dl.country and dl.country != envoy_country:
        return None, dl.country, "dateline"
    return None, None, ""


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("114",))


def apply(doc, events) -> None:
    """Give each passive summons of an envoy its summoner (the host state) as source, the envoy as target."""
    for ev in events:
        if ev.cameo not in ACTS_ON or not _passive(doc, ev):
            continue
        verb_ar = ev.lang == "ar" and ":verb:" in ev.rule
        if verb_ar and ev.source_span and ev.target_span and ev.source_span[0] < ev.trigger_start <= ev.target_span[0]:
            continue   # (the envoy after the verb read as its object, a state named before it as the summoner)
        if verb_ar and ev.source_country and ev.target_country and ev.source_country != ev.target_country:
            # "واستُدعي السفير الإيراني إلى وزارة الخارجية في الرباط": the passive's subject read as the summoner,
            # the host read as the target: the two sides swapped
            src = ev.source_actor_id, ev.source_code, ev.source_country, ev.source_role, ev.source_span
            copy_side(ev, "source", ev, "target")
            ev.target_actor_id, ev.target_code, ev.target_country, ev.target_role, ev.target_span = src
            ev.rule += ":passive-host-swap"
            continue
        if ev.target_code and ev.target_country and not verb_ar:
            envoy_side = "target"
        elif ev.source_code and ev.source_country and not ev.target_code:
            envoy_side = "source"   # (the passive's subject read as the verb's subject: واستُدعي السفير الإيراني)
        else:
            continue
        envoy_country = getattr(ev, f"{envoy_side}_country")
        if envoy_side == "target" and ev.source_country and ev.source_country != envoy_country:
            continue   # a summoner of its own (a by-agent, the ministry read as the subject)
        span = getattr(ev, f"{envoy_side}_span")
        envoy_end = span[1] if span else ev.trigger_end
        actor, where, tag = host(doc, ev, envoy_country, max(envoy_end, ev.trigger_end))
        if envoy_side == "source":
            copy_side(ev, "target", ev, "source")
            ev.source_actor_id = ev.source_code = ev.source_country = ev.source_role = ev.source_span = None
        if not tag:
            if envoy_side == "source":
                ev.rule += ":passive-envoy"   # the envoy is the one summoned, by no state named
            continue
        fill_source(ev, actor, where)
        ev.rule += f":passive-host-{tag}"


def fill_source(ev, actor, where) -> None:
    """The host found by :func:`host` as the event's source: the actor at ``where`` (a span), else the country
    ``where`` alone (also the subject-diplomat expulsion, ``envoy_leave_en``)."""
    if actor is not None:
        fill_side(ev, "source", actor, where)
    else:
        ev.source_actor_id = ev.source_span = ev.source_role = None
        ev.source_code = ev.source_country = where


def summons_verb(ev) -> bool:
    """An English active summons ("summoned China's deputy ambassador"): its own act beside a protest or complaint
    (114) of its sentence, as the passive one (session 17, ENG).  Words: ``passive_summons.tsv`` kind ``verb_en``."""
    first = ev.trigger.split()[0].lower() if ev.trigger and ev.lang == "en" else ""
    return first in _words().get("verb_en", ())


def own_act(ev, first) -> bool:
    """"Manila lodged a protest with Beijing, and China's deputy ambassador was summoned": a passive summons
    (``:passive-host``) in the sentence of an earlier 114 of the same pair on another trigger is a second act,
    not the protest told again (``merge_repeats``); in a later sentence it stays a retelling (session 16, FIX1)."""
    return (":passive-host" in ev.rule or summons_verb(ev)) and ev.sentence == first.sentence \
        and ev.trigger_start != first.trigger_start
