"""The country named last before a sentence for its bare state roles (English; session 49 GAPEN49).

"Ukraine's parliament is due to ratify the deal next week. … Opposition lawmakers demanded that the government
publish the full text before any vote": a story goes on telling one country's politics with bare roles -- the
government, opposition lawmakers, the party, the courts -- in sentences that name no country.  The dateline's
country fills them in a home story (``home_country``); with no dateline, or in a story of two countries, they stayed
country-less (GOV, OPP, LEG) and dropped out of every dyad, although a reader takes them as the country the text was
just speaking of.  In the in-sample gold a bare state role is almost never right as it stands.

Only a last resort, after every rule that reads a side from the sentence or the story: an English side whose code is
a bare state role of ``ROLES`` (no country, no sub-role), in a sentence that names no country at all (no actor of a
country, no place of a country), takes the country named last before that sentence.  A force (police, soldiers:
``FORCE_ROLES``) only when that country is also the story's most named: a foreign force is often the one told last
("… Azerbaijani troops shelled the village.  Police detained 14 protesters" in an Armenian story).  International
bodies are no state's.  Markers ``:src-prev-named`` / ``:tgt-prev-named``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

# the bare roles of a state's politics: its government, legislators, parties and opposition, courts
ROLES = frozenset({"GOV", "LEG", "OPP", "PTY", "JUD"})
# its forces: only when the country named last is the story's most named one
FORCE_ROLES = frozenset({"COP", "MIL"})
_INDEFINITE = frozenset(("a", "an", "another", "some"))


def apply(doc, events) -> None:
    """Give the bare state roles of ``events`` the country named last before their sentence (see the module doc)."""
    todo = [(ev, side) for ev in events if ev.lang == "en" for side in ("source", "target")
            if (getattr(ev, f"{side}_code") or "") in ROLES | FORCE_ROLES and not getattr(ev, f"{side}_country")]
    if not todo:
        return
    mentions = sorted([(sp, a.country) for a in doc.actors if a.country for sp, _ in a.spans]
                      + [(pl.start, pl.country) for pl in doc.places if pl.country])
    if not mentions:
        return
    offsets = [m[0] for m in mentions]
    top = Counter(c for _, c in mentions).most_common(1)[0][0]
    text = doc.text
    starts = [x.start for x in doc.sentences]
    for ev, side in todo:
        k = bisect_left(offsets, ev.sentence_start)
        if k == 0 or (k < len(offsets) and offsets[k] < ev.sentence_end):
            continue   # nothing named before, or the sentence names a country of its own
        at, country = mentions[k - 1]
        if "\n\n" in text[at:ev.sentence_start]:
            continue   # told in another paragraph: no side the reader carries over
        told = starts[max(0, bisect_right(starts, at) - 1)]   # the sentence that named it last: that country only
        if any(c != country for _, c in mentions[bisect_left(offsets, told):k]):
            continue   # ("Niger said the United States had ignored its concerns.  The opposition rejected …")
        code = getattr(ev, f"{side}_code")
        if code in FORCE_ROLES and country != top:
            continue
        span = getattr(ev, f"{side}_span")
        if span and _INDEFINITE.intersection(w.lower() for w in (text[max(0, span[0] - 8):span[0]].split()[-1:]
                                                                 + text[span[0]:span[1]].split()[:1])):
            continue   # "a spokesman X condemned …": someone new, no body of the country told before
        other = "target" if side == "source" else "source"
        if getattr(ev, f"{other}_code") == country + code:
            continue   # (no self-loop of one body)
        setattr(ev, f"{side}_country", country)
        setattr(ev, f"{side}_code", country + code)
        ev.rule += ":src-prev-named" if side == "source" else ":tgt-prev-named"


# A country's parties, opposition and legislators with no one named: their welcome, demand, criticism, refusal or
# warning is about their own country's politics ("The main opposition party welcomed the ruling", "House Speaker X
# demanded a full briefing for Congress"); the gold codes them X -> X (domestic_target_en does it for home stories).
PARTY_ROLES = frozenset({"OPP", "PTY", "LEG"})
PARTY_ROOTS = frozenset({"05", "10", "11", "12", "13"})
# an object pronoun stands for an act told before, maybe of another country ("Le Pen denounced it")
_PRONOUNS = frozenset(("it", "them", "this", "that", "these", "those", "him", "her"))


def party_own_target(doc, events) -> None:
    """The own country as the target of a party's, the opposition's or legislators' act that names no one (see
    ``PARTY_ROLES``): an English event of a root of ``PARTY_ROOTS``, no target, in a sentence that names no country
    but the source's and no place after the verb, with no object pronoun right after the verb.  Marker
    ``:tgt-own-party``."""
    todo = [ev for ev in events if ev.lang == "en" and ev.root in PARTY_ROOTS and not ev.target_code
            and ev.source_country and (ev.source_code or "")[3:] in PARTY_ROLES and len(ev.source_code) == 6]
    if not todo:
        return
    text = doc.text
    for ev in todo:
        if any(a.country and a.country != ev.source_country
               and any(ev.sentence_start <= sp < ev.sentence_end for sp, _ in a.spans) for a in doc.actors) or any(
                pl.country and (pl.country != ev.source_country or pl.start > ev.trigger_start)
                and ev.sentence_start <= pl.start < ev.sentence_end for pl in doc.places):
            continue   # another country, or a place after the verb: its object's, or a later clause's ("rejected
            # the plan, and they will march in Nairobi": the march's place, test_en6_s27)
        after = text[ev.trigger_end:ev.sentence_end].split()[:1]
        if after and after[0].strip(",.;:\"'").lower() in _PRONOUNS:
            continue
        ev.target_country, ev.target_code = ev.source_country, ev.source_country
        ev.rule += ":tgt-own-party"


# the state bodies an opposition, a party or legislators answer at home (their own government, president, courts)
STATE_ROLES = frozenset({"GOV", "LEG", "JUD"})


def party_state_source(doc, events) -> None:
    """"Republican lawmakers accused Biden of acting too slowly", "dozens of opposition supporters protested outside
    the government building in Yerevan": a bare party, opposition or legislature source (``PARTY_ROLES``, no country)
    acting on a state body or office holder of one country (``STATE_ROLES``) is that country's -- parties and
    legislators face their own state.  Not when the sentence names another country.  Marker ``:src-own-state``."""
    for ev in events:
        if ev.lang != "en" or ev.source_code not in PARTY_ROLES or not ev.target_country \
                or (ev.target_code or "")[3:6] not in STATE_ROLES:
            continue
        c = ev.target_country
        if _names_country(doc, ev, c):
            continue
        ev.source_country, ev.source_code = c, c + ev.source_code
        ev.rule += ":src-own-state"


# assaults, fights and mass violence by an unnamed or uncoded subject ("officers had beaten demonstrators",
# "gunmen opened fire"): no voice of the state
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# the least number of the dominating country's mentions before the act's sentence
_TOLD_BEFORE = 3
# speech verbs before the trigger: the act is a content someone reports, its subject not read
_SAYING = frozenset(("said", "says", "say", "told", "according"))


def _country_mentions(doc) -> tuple:
    """The story's countries by their mentions (each actor span and each place of a country) and the most named one
    (None when it names none)."""
    counts = Counter([a.country for a in doc.actors if a.country for _ in a.spans]
                     + [pl.country for pl in doc.places if pl.country])
    return counts, counts.most_common(1)[0][0] if counts else None


def _told_offsets(doc, country: str) -> list:
    """The sorted start offsets of the mentions of ``country`` (its actors' spans and its places)."""
    return sorted([sp for a in doc.actors if a.country == country for sp, _ in a.spans]
                  + [pl.start for pl in doc.places if pl.country == country])


def _names_country(doc, ev, but=None) -> bool:
    """Does the sentence of ``ev`` name a country (an actor or a place of one) other than ``but``?"""
    return any(a.country and a.country != but and any(ev.sentence_start <= sp < ev.sentence_end for sp, _ in a.spans)
               for a in doc.actors) or any(pl.country and pl.country != but
                                           and ev.sentence_start <= pl.start < ev.sentence_end for pl in doc.places)


# the auxiliaries of a passive right before its participle (an adverb may stand between)
_PASSIVE_AUX = frozenset(("was", "were", "been", "being", "be", "is", "are", "got", "get"))


def home_voice_source(doc, events) -> None:
    """"The Socialists urged Macron to turn to the left", "Lawyers for some of the men accused the government of
    ignoring court orders", "Critics in Bangkok accused the government": in a story one country dominates
    (``home_country.dominates`` of its actor and place mentions), an act on that country's state -- the country
    itself or one of its bodies and office holders -- whose subject the actor stage could not code (a party, a
    group, a person of no known country) is the act of a voice at home: the country's own.  Not when the sentence
    names another country (a foreign critic is often named by a nationality or a place), not a passive's unnamed
    agent, no assault, fight or mass violence (``_VIOLENCE_ROOTS``), not a content a speech verb before it reports,
    and only with the country named ``_TOLD_BEFORE`` times before the sentence.  Marker ``:src-home-voice``."""
    todo = [ev for ev in events if ev.lang == "en" and ev.root not in _VIOLENCE_ROOTS and not ev.source_code
            and ev.target_country]
    if not todo:
        return
    from .home_country import dominates
    counts, top = _country_mentions(doc)
    if not top or not dominates(top, counts, sum(counts.values())):
        return
    text = doc.text
    told = _told_offsets(doc, top)
    for ev in todo:
        c = ev.target_country
        if c != top or bisect_left(told, ev.sentence_start) < _TOLD_BEFORE:
            continue   # the story's country told before the sentence, not only by the act's own target
        before = [w.strip(",;:\"'").lower() for w in text[ev.sentence_start:ev.trigger_start].split()]
        if _SAYING.intersection(before):
            continue   # "the ministry said officers had arrested 30 people": a reported act's unread subject
        if (ev.target_code or "")[3:] not in FORCE_ROLES and _PASSIVE_AUX.intersection(before[-3:]):
            continue   # "protesters were beaten": a passive's unnamed agent, no voice ("police have been deployed":
            # a state's own force, its state the agent)
        if _names_country(doc, ev, c):
            continue
        ev.source_country, ev.source_code = c, c
        ev.rule += ":src-home-voice"


# the bare state roles an act of a country's own actor aims at: its government, legislators, courts, forces and parties
OWN_TARGET_ROLES = ROLES | FORCE_ROLES


def own_state_target(doc, events) -> None:
    """"The opposition Patriotic Front accused the government of …", "called on Parliament to …", "urged the troops to
    stay loyal": a bare state role as the target (``OWN_TARGET_ROLES``, no country) of an actor of country X, in a
    sentence that names no other country, is X's own body when X is the story's most named country, named
    ``_TOLD_BEFORE`` times before the sentence -- a reader takes "the government" of a Zambian party in a Zambian story
    as Zambia's (session 52 GAPEN52; ``apply`` leaves a sentence naming the source's country).  Not a mutual act's
    sides.  Marker ``:tgt-own-state``."""
    todo = [ev for ev in events if ev.lang == "en" and ev.source_country and not ev.target_country
            and (ev.target_code or "") in OWN_TARGET_ROLES]
    if not todo:
        return
    top = _country_mentions(doc)[1]
    told = _told_offsets(doc, top) if top else []
    for ev in todo:
        c = ev.source_country
        if c != top or ":mutual" in ev.rule or bisect_left(told, ev.sentence_start) < _TOLD_BEFORE \
                or _names_country(doc, ev, c) or ev.source_code == c + ev.target_code:
            continue   # (a meeting's two sides are as they were named: "The prime minister met the Kenyan
            # commander" names no prime minister of Kenya; a story of one sentence has no home told before)
        ev.target_country, ev.target_code = c, c + ev.target_code
        ev.rule += ":tgt-own-state"
