"""The home country as the target of a domestic warning, criticism, demand or refusal that names no one (English,
session 35 GAPEN35; Arabic too since the session's lead merged it: "وحذر من أن من يطلق رصاصة …" in a TUNIS story, the
in-sample Arabic gold codes these X -> X as well).

"QUITO, Jan 9 - … Interior Minister X warned that anyone who attacked police or soldiers would be treated as a
military target", "the military warned that any further attack on army installations would meet a severe reaction",
"Y told supporters the judges were crooks and warned that he would fix the judiciary": in a story about the
dateline's country, a home-country official warning, condemning or demanding of no named side speaks to and about his
own country's people -- the gold (blind_s38 .. blind_s49) codes them X -> X.  Before, such an event kept no target
and fell out of every dyad.  Likewise an international body speaking of the home country's affairs ("the UN rights
chief warned that attacks on peaceful protesters were unacceptable" in a DHAKA story: IGO -> BGD).

Only a last resort, after every rule that reads a target from the sentence or the story (condemned acts, captors,
the conditional's actor): an English event of a root of ``ROOTS`` with no target, whose source is the home
country's (or international), in a home story (``home_country.home_story``), in a sentence that names no country
but the home one.  Marker ``:tgt-home-domestic``.
"""
from __future__ import annotations

from . import home_country, pair_anaphora
from .english import next_clause
from .later_clause_en import outside_subject_aside
from .structure import actor_of

# the home country's own sources: agree (03: "the president then agreed to call fresh elections", a concession to his
# own country's people; session 40), yield (08: "the army suspended offensive operations there"), warn / threaten (13),
# criticise / accuse (11), demand (10), reject (12), investigate
# (09), coerce (17: police firing tear gas at no named crowd), protest (14: "the labour federation declared a general
# strike", "tens of thousands of Israelis poured into the streets" in a JERUSALEM story: X -> X, as the gold codes
# domestic protests; session 40); appeal (02: an opposition leader "called for early parliamentary elections"), attack
# (18 / 19: "rebels captured the towns", "police killed at least 40 people", "gunmen had taken 130 guards hostage":
# a domestic fight; session 40 GAPEN40, in-sample gold +5; 15 posture and 16 / 20 measured no better, left out),
# consult (04, English only: "the army chief held talks with representatives of the protest movement" in a KATHMANDU
# story, a partner that is no actor; session 42 GAPEN42)
OWN_ROOTS = frozenset({"02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "17", "18", "19"})
# a visit, a host's reception, a meeting at a third place: the guests of a home source are foreign (session 42)
_HOSTING = frozenset(("042", "043", "044"))
# a home source's appeals for cooperation, aid or mediation ("its request for help had been sent") look abroad
_AID_APPEALS = frozenset(("021", "022", "023", "028"))
# a foreign state's: appeal (02: "Washington urged calm"), welcome (05), criticise (11), reject (12)
FOREIGN_ROOTS = frozenset({"02", "05", "11", "12"})
ROOTS = OWN_ROOTS | FOREIGN_ROOTS   # (an international body's: any of them)
# a foreign state's visit or attendance (042: "Cuba's and Nicaragua's presidents attended the inauguration" in a
# CARACAS story) and sanctions (163: "Britain announced sanctions on officials") with no one named: the home country
# is the host / the sanctioned (session 40)
_FOREIGN_CODES = frozenset(("042", "163", "170"))
# a foreign state's or body's concern or hope about the home country's affairs (012 / 013: "أعربت الخارجية التركية عن
# قلق عميق إزاء التطورات" in a TUNIS story; session 35)
_CONCERN = frozenset(("012", "013"))
_LANGS = frozenset(("en", "ar"))   # (Arabic too since session 35, lead: "وحذر من أن …" in a TUNIS story)


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = ROOTS | _CONCERN | _FOREIGN_CODES


def apply(doc, events, intl) -> None:
    todo = [ev for ev in events
            if ev.lang in _LANGS and (ev.root in ROOTS or ev.cameo in _CONCERN or ev.cameo in _FOREIGN_CODES)
            and not ev.target_code and ev.source_code
            and (ev.source_country or ev.source_code[:3] in intl)]
    if not todo:
        return
    found = home_country.home_story(doc, events)
    lead_only = found is None
    if lead_only:
        # a story the home country only leads (session 36 GAPEN36: "YANGON - Myanmar's military seized power …",
        # then "Guterres strongly condemned the detentions", "China … urged all sides to …"): a foreign state's or
        # body's reaction naming no other side is about the home country; the home country's own acts are left alone
        # (a bare role there may face one of the foreign sides)
        found = home_country.home_lead(doc, events)
        if found is None:
            return
    home, named, _ = found
    for ev in todo:
        if lead_only and ev.lang != "en":
            continue   # (English only: blind_s17's RABAT story tells Spain's own rejection "ورفض" with no side)
        if ev.source_country == home and (ev.root not in OWN_ROOTS or ev.cameo[:3] in _AID_APPEALS):
            continue   # (a home source's visit or sanctions go on unguessed; so does its call for help from abroad)
        if ev.cameo in _CONCERN and ev.source_country == home:
            continue
        if ev.root == "04" and ev.cameo not in _FOREIGN_CODES and (
                ev.lang != "en" or ev.source_country != home or ev.cameo in _HOSTING):
            continue   # (the consultations of OWN_ROOTS: a home source's, in English, as measured on the gold; a
            # host's guests come from abroad: "received the two visiting ministers", test_gapen41)
        if ev.source_country and ev.source_country != home and ev.root not in FOREIGN_ROOTS \
                and ev.cameo not in _CONCERN and ev.cameo not in _FOREIGN_CODES:
            continue   # (a foreign state's threat or demand: its target is not guessed)
        if pair_anaphora.pair_named(doc.text, ev):
            continue   # ("called on the two neighbours to settle their dispute": a pair, test_events_session20_ena)
        if ev.cameo in _FOREIGN_CODES:
            # (the visitors' or sanctioners' own countries stand before the verb: only a country after it is a side)
            after = {a.country for a in doc.actors if a.country and any(ev.trigger_end <= sp < ev.sentence_end
                                                                        for sp, _ in a.spans)}
            after |= {p.country for p in doc.places if p.country and ev.trigger_end <= p.start < ev.sentence_end}
            if after - {home, ev.source_country}:
                continue
        elif _clause_named(doc, ev, named.get(ev.sentence_start) or set()) - {home, ev.source_country}:
            continue   # ("warned that Colombia could break relations if Israel did not stop …": a foreign side)
        if ev.source_country == home and (_state_itself(doc, ev) or _names_own_state(doc, ev, home)):
            continue   # ("Rangel warned that Lisbon would take further measures", "Lithuania will close the remaining
            # crossings": the state acting as a state faces another one, test_b13en_s25 / test_events_session19_b6th)
        ev.target_country, ev.target_code = home, home
        ev.rule += ":tgt-home-domestic"


def _clause_named(doc, ev, named: set) -> set:
    """The countries of ``named`` (those the event's sentence names) still named from the event's own clause on: an
    English clause joined by ", and" or ";" before the event's source leaves out the countries named only before it
    ("Japan and India said they were deeply concerned, and Australia called for the release of the detained leaders":
    Japan and India are the first clause's speakers, no side of Australia's appeal; session 36 GAPEN36)."""
    if ev.lang != "en" or not ev.source_span:
        return named
    text = doc.text
    # ("Opposition candidate X, who lives in exile in Spain and claims to have won the vote, called the ceremony a
    # coup": a country named only in the subject's comma-set who-clause is no side of the act; session 41)
    named = outside_subject_aside(doc, ev, named)
    if len(named) < 2:
        return named
    cut = max(text.rfind(", and ", ev.sentence_start, ev.source_span[0]),
              text.rfind("; ", ev.sentence_start, ev.source_span[0]))
    end = next_clause(text, ev.trigger_end, ev.sentence_end)
    if cut < 0 and end == ev.sentence_end:
        return named
    later = {a.country for a in doc.actors if a.country in named
             and any(cut <= sp < end for sp, _ in a.spans)}
    later |= {p.country for p in doc.places if p.country in named and cut <= p.start < end}
    return later


def _names_own_state(doc, ev, home) -> bool:
    """Does the event's sentence, after its trigger, name the home state itself (its name or its capital as the
    government: an actor of kind country; not its people, "urged Kenyans to keep the peace")?"""
    return any(a.kind == "country" and a.country == home and any(ev.trigger_end <= sp < ev.sentence_end
                                                                 for sp, _ in a.spans) for a in doc.actors)


def _state_itself(doc, ev) -> bool:
    """Is the event's source the state itself (an actor of kind country: "Lithuania will close the crossings"), not a
    person or body of it (a leader coded with the bare country is a person)?"""
    a = actor_of(doc, ev.source_actor_id) if ev.source_actor_id else None
    return a is not None and a.kind == "country"
