"""The host country of a recalled ambassador (Arabic, session 13 AR8).

"استدعت الجزائر سفيرها لدى مالي"، "وردت الجزائر باستدعاء سفيريها لدى مالي والنيجر": a recall (CAMEO 161: the
pronoun form of سفير after استدعى / استدعاء, ``manual_ar.tsv``) is aimed at the state the ambassador is accredited to,
named after لدى within a few words of the trigger, or right after it by من ("يستدعي سفيره من أديس أبابا", session 17
B15: the country it is recalled from) or by في ("استدعى المغرب سفيره في ألمانيا للتشاور", session 24 B11AR: his post's
country); two hosts joined by و are two events.  Rule marker ``:host``.  With no host named, the state's own envoy
is no target ("استدعت الجزائر سفيرها في خطوة احتجاجية": DZA -> none, ``:no-host``; session 24 B11AR2).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import stable_id
from .structure import clear_side, copy_side, fill_side, kind_sets, last_word, start_index

_FROM_IN = ("من", "في")   # right after the envoy: the state he is recalled from / posted in
_HOST_PREPS = ("لدي", "لدى", "من", "في")   # after an envoy named with his nationality: his post's state


def host_target(words, args, evs, places=()) -> list:
    starts = None
    added = []
    for ev in evs:
        if ev.cameo != "161" or ev.lang != "ar" or ":own-envoy" in ev.rule or ":topic" in ev.rule:
            continue   # (a reference, "لم تعلق الخارجية الفرنسية على سحب السفير", names no recaller: session 40)
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None:
            continue
        last = last_word(words, k, ev.trigger_end)
        if ev.source_span and ev.trigger_start <= ev.source_span[0] < ev.trigger_end and not any(
                a.start == ev.source_span[0] and a.i1 <= last for a in args):
            # (not a verb's subject inside the trigger before the envoy: "استدعت الأردن سفيرها من طهران")
            # "استدعاء سفيرها لدى فرنسا" read as one actor of the host's country (FRAGOV): the ambassador is the
            # object; the host is the target, the clause's subject before the noun the source
            amb = next((a for a in args if a.start == ev.source_span[0]), None)
            subj = next((a for a in reversed(args) if a.i1 <= k and a.prep == "" and k - a.i1 <= 4
                         and not any(words[j].punct for j in range(a.i1, k))), None)   # (not across a comma)
            if subj is not None and _joined_after_object(words, k, subj, evs, ev):
                subj = None
            if amb is not None and not amb.actor.country:
                # "استدعاء سفراء الدول الثلاث لدى الجزائر للتشاور" (session 14): country-less ambassadors; the host
                # after لدى is the target, the source is left to the clause's subject rules
                host = next((a for a in args if amb.i1 <= a.i0 <= amb.i1 + 3 and a.actor.country and (
                    words[a.i0 - 1].norm in ("لدي", "لدى") or a.prep in ("لدي", "لدى"))), None)
                if host is not None:
                    ev.source_actor_id = ev.source_code = ev.source_country = ev.source_role = ev.source_span = None
                    if subj is not None:
                        fill_side(ev, "source", subj.actor, (subj.start, subj.end))
                    fill_side(ev, "target", host.actor, (host.start, host.end))
                    ev.rule += ":host"
                    continue
            host = _posted_in(words, args, places, amb) if amb is not None and amb.actor.country else None
            if host is not None and (subj is None or subj.actor.country == amb.actor.country):
                # "قرر المجلس استدعاء القائم بالأعمال العراقي في أنقرة للتشاور" (session 32 fixar2): the envoy's own
                # state (his nationality adjective) recalls him from the state he is posted in
                ev.source_actor_id = ev.source_code = ev.source_country = ev.source_role = ev.source_span = None
                side = subj or amb
                fill_side(ev, "source", side.actor, (side.start, side.end))
                if host[0] is not None:
                    fill_side(ev, "target", host[0], host[1])
                else:
                    ev.target_actor_id, ev.target_code, ev.target_country = None, host[2], host[2]
                    ev.target_role, ev.target_span = None, host[1]
                ev.rule += ":host"
                continue
            if amb is not None and subj is not None:
                fill_side(ev, "target", amb.actor, (amb.start, amb.end))
                fill_side(ev, "source", subj.actor, (subj.start, subj.end))
                ev.rule += ":host"
            elif amb is not None and amb.actor.country:
                # "أعلنت الخارجية التونسية طرد …، كما قررت استدعاء سفيرها لدى ليبيا" (session 16): no subject before the
                # noun; the subject carried from the sentence's act before it, of another country than the host
                prev = max((e for e in evs if e is not ev and e.trigger_start < ev.trigger_start and e.source_country
                            and e.source_country != amb.actor.country), key=lambda e: e.trigger_start, default=None)
                if prev is not None:
                    fill_side(ev, "target", amb.actor, (amb.start, amb.end))
                    copy_side(ev, "source", prev)
                    ev.rule += ":host:carried"
            continue
        # (one describing word may stand before من / في: "دبلوماسييها العاملين في نيروبي", session 31)
        near = last + 3 if last + 1 < len(words) and words[last + 1].norm in kind_sets(
            "recall_ar.tsv", ("envoy_adjective",))["envoy_adjective"] else last + 2
        hosts = [a for a in args if last < a.i0 <= last + 6 and a.actor.country and (
            words[a.i0 - 1].norm in ("لدي", "لدى") or a.prep in ("لدي", "لدى")
            or (a.i0 <= near and (words[a.i0 - 1].norm in _FROM_IN or a.prep in _FROM_IN)))]
        if not hosts and places:
            # a city after من / في is a place, no actor ("دبلوماسييها العاملين في نيروبي"): its country is the host
            # (session 31), not the sender's own
            x = next((x for x in range(last + 1, min(near, len(words) - 1)) if words[x].norm in _FROM_IN), None)
            pl = None if x is None else next((p for p in places if p.start == words[x + 1].start and p.country
                                              and p.country != ev.source_country), None)
            if pl is not None and not ev.target_code:
                ev.target_actor_id, ev.target_code, ev.target_country = None, pl.country, pl.country
                ev.target_role, ev.target_span = None, (pl.start, pl.end)
                ev.rule += ":host-place"
            continue
        if not hosts:
            continue
        h = hosts[0]
        tail = [a for a in args if a.i0 > h.i0 and a.actor.country and a.i0 <= h.i1 + 1
                and words[a.i0].norm[:1] == "و" and a.actor.country != h.actor.country]
        if ev.target_country == h.actor.country and not tail:
            continue
        if ev.source_actor_id == h.actor.id:
            # "قررت الحكومة المغربية استدعاء سفيرها لدى فرنسا": the host read as the noun's genitive agent; the
            # agent is the clause's subject before the noun
            subj = next((a for a in reversed(args) if a.i1 <= k and a.prep == "" and k - a.i1 <= 4), None)
            if subj is None:
                continue
            fill_side(ev, "source", subj.actor, (subj.start, subj.end))
        elif ev.source_country == h.actor.country and ":src-" not in ev.rule:
            continue
        fill_side(ev, "target", h.actor, (h.start, h.end))
        ev.rule += ":host"
        for a in tail[:1]:
            other = replace(ev, id=stable_id(ev.id, "host"))
            other.plover_context = list(ev.plover_context)
            fill_side(other, "target", a.actor, (a.start, a.end))
            added.append(other)
    for ev in evs:
        if ev.cameo == "161" and ev.lang == "ar" and ev.target_country and ev.target_country == ev.source_country:
            # "استدعت الجزائر سفيرها في خطوة احتجاجية": no host named; the state's own envoy is no target (s24 B11AR2)
            clear_side(ev, "target")
            ev.rule += ":no-host"
    return evs + added if added else evs



def _posted_in(words, args, places, amb):
    """(actor or None, span, country) of the state named right after an envoy with his nationality (لدى / في / من +
    an actor or a place of another country: "القائم بالأعمال العراقي في أنقرة"), or None."""
    j = amb.i1   # (the word after the envoy's span)
    if j + 1 >= len(words) or words[j].norm not in _HOST_PREPS:
        return None
    a = next((a for a in args if a.i0 in (j, j + 1) and a.actor.country and a.actor.country != amb.actor.country), None)
    if a is not None:
        return a.actor, (a.start, a.end), a.actor.country
    p = next((p for p in places if p.start == words[j + 1].start and p.country and p.country != amb.actor.country), None)
    return None if p is None else (None, (p.start, p.end), p.country)


def own_envoy_from(doc, words, args, evs) -> None:
    """"واستدعاء السفير السوداني من أبوظبي" (session 20, B7EV): the 114 row (استدعاء + السفير, a summons) read the envoy
    named by a nationality adjective as the summoned; an envoy called back *from* another state (من right after the
    envoy, then an actor or a place of another country) is his own state's recall (161): the envoy's state the source,
    the state it is recalled from the target.  A summons names the host after لدى ("استدعاء السفير العراقي لدى الكويت")
    and stays 114; so does "من قبل" (by).  Rule marker ``:own-envoy``."""
    from .english import recode_event
    for ev in evs:
        if ev.cameo != "114" or ev.lang != "ar" or not ev.target_span or not ev.target_country:
            continue
        amb = next((a for a in args if a.start == ev.target_span[0]), None)
        if amb is None or amb.i1 + 1 >= len(words) or (ev.source_country and ev.source_country != amb.actor.country):
            continue
        host = next((a for a in args if a.actor.country and a.actor.country != amb.actor.country and (
            (a.i0 == amb.i1 and a.prep == "من") or (a.i0 == amb.i1 + 1 and words[amb.i1].norm == "من"))), None)
        place = None
        if host is None and words[amb.i1].norm == "من":
            at = words[amb.i1 + 1].start
            place = next((p for p in doc.places if p.start == at and p.country
                          and p.country != amb.actor.country), None)
            if place is None:
                continue
        if host is None and place is None:
            continue
        if recode_event(ev, "161"):
            fill_side(ev, "source", amb.actor, (amb.start, amb.end))
            if host is not None:
                fill_side(ev, "target", host.actor, (host.start, host.end))
            else:
                ev.target_actor_id, ev.target_code, ev.target_country = None, place.country, place.country
                ev.target_role, ev.target_span = None, (place.start, place.end)
            ev.rule += ":own-envoy"


# the roots / codes ``story_host`` acts on: the events stage calls it only for a document with one (s42 SPD42)
HOST_ON = frozenset(("161",))


def story_host(doc, events) -> None:
    """(Session 34) "أعلنت مالي طرد السفير الفرنسي …  وأعلنت [الخارجية الفرنسية] استدعاء سفيرها إلى باريس": a recall with
    no host named (no target) answers the act of the state that acted against the recaller just before -- the source
    of the latest earlier expulsion, recall or summons (16x, 114) in the article whose target is of the recaller's
    country and whose source is another country's.  That state is the host.  Rule marker ``:host-story``."""
    for ev in events:
        if ev.cameo != "161" or ev.lang != "ar" or ev.target_code or not ev.source_country:
            continue
        prior = max((e for e in events if e is not ev and e.trigger_start < ev.trigger_start and e.negated is False
                     and (e.root == "16" or e.cameo == "114") and e.target_country == ev.source_country
                     and e.source_country and e.source_country != ev.source_country),
                    key=lambda e: e.trigger_start, default=None)
        if prior is None:
            continue
        copy_side(ev, "target", prior, "source")
        ev.target_span = None
        ev.rule += ":host-story"


def _joined_after_object(words, k, subj, evs, ev) -> bool:
    """A verbal noun joined by و right after another act's object: that object is no subject of it.

    "أعلنت الخارجية طرد دبلوماسيين جزائريين واستدعاء سفيرها لدى الجزائر": the Algerian diplomats are what طرد acts
    on; the recall is the ministry's, carried from the act before (session 45).
    """
    w = words[k]
    if not w.norm.startswith("و") or w.start != ev.trigger_start:
        return False
    return any(e is not ev and e.trigger_start < subj.start and e.trigger_end <= subj.start
               and (e.target_span or (None,))[0] == subj.start for e in evs)

