"""English "the two sides / governments / leaders" as the subject of a later act: the pair of the event before.

"Erdogan met Iraqi Prime Minister al-Sudani in Ankara, and the two governments signed an agreement": the
signing is by both, toward each other.  The actor stage reads "governments" as a country-less GOV (or the
domestic fill gives it the sentence's first country); here its event takes the two actors of the nearest
earlier event with a source and a target of different countries (same or previous sentence), one event each
way.  The words that open such a pair ("the two", "both") are the ``pair_opener`` cues of ``cues_en.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import stable_id
from . import story_dyad
from .structure import copy_side, fill_side, reversed_copy


_MUTUAL_ROOTS = frozenset(("03", "04", "05", "06", "08"))
_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+(?:also\s+)?$")
# (session 55, GAPEN55) the pair noun before an auxiliary: "… said the two leaders had (also) agreed to …",
# "the two sides would meet again" -- the reported clause's subject, whatever the speaker before it
# (the pair opening a reported clause after its speaker's verb, "X said (that) the two …", or a clause joined by
# "and", "Trump congratulated Carney, and the two leaders agreed …"; not "residents on both sides quarrelled", "if
# the two countries reach a deal")
_REPORTED_PAIR = re.compile(r"\b(?:said|says|told\s+\w+|that|and)\s+(?:the\s+two|both|each)\s+\w+\s+"
                            r"(?:(?:had|have|has|would|will|also|jointly)\s+){0,2}$", re.I)
_NOUN_AUX_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:had|have|has|would|will|also|jointly)\s+){1,2}$")


def _opens_pair(text: str, start: int, openers) -> bool:
    before = text[max(0, start - 9):start].lower().split()
    if len(before) >= 1 and (" ".join(before[-2:]) in openers or before[-1] in openers):
        return True
    # the pair word itself right before the verb, no noun after it: "…, and the two agreed to …", "both agreed"
    # (session 47)
    word = text[start:start + 5].lower().split()[:1]
    if not word or word[0] not in ("two", "both"):
        return False
    if word[0] == "both":   # (not inside a relative clause: "Kashmir, which both claim in full")
        return "both" in openers and (not before or before[-1] in ("and", "but", ",", "."))
    return bool(before) and before[-1] + " two" in openers


def _apart(text: str, end: int, apart) -> bool:
    """The trigger's object right after it (``end``) opens with a word of ``apart`` ("back opposing sides")."""
    after = text[end:end + 30].lower().split()
    return bool(after) and (after[0] in apart or (len(after) > 1 and after[0] in ("the", "a") and after[1] in apart))


def _reciprocal(text: str, end: int) -> bool:
    """The trigger's object is "the other" / "each other" ("Each side blamed the other for the first shots"): an act of
    the pair toward each other, whatever its root (session 33 GAPEN)."""
    after = text[end:end + 16].lower().split()
    return len(after) >= 2 and after[0] in ("the", "each") and after[1].strip(".,;:") == "other"


def pair_subjects(doc, events: list, openers, apart=()) -> None:
    """Give each English event whose source phrase is "the two …" / "both …" the pair of the event before it
    (both directions).  Events are changed and added in place.  An act of the pair on "opposing / rival sides"
    (``apart``: the ``pair_apart`` cues) is no act toward each other, and names no other party: it is dropped
    ("where the two countries back opposing sides": no 050 between them; session 9 EN2)."""
    if not openers:
        return
    text = doc.text
    added = []
    gone = []
    for ev in events:
        if ev.lang != "en" or ":pair" in ev.rule or (ev.target_actor_id and ev.source_country and not (
                ev.source_span and ev.source_span[0] > ev.trigger_start)):
            continue   # (a source read after the verb is the speaker of "…, and the two leaders agreed to pull back
            # troops, Rahmon's office said", no subject: session 43)
        m = next((x for x in (_NOUN_BEFORE.search(text, max(0, ev.trigger_start - 30), ev.trigger_start),
                              _NOUN_AUX_BEFORE.search(text, max(0, ev.trigger_start - 40), ev.trigger_start))
                  if x and _opens_pair(text, x.start(1), openers)), None)
        spoken = m is not None and _REPORTED_PAIR.search(text, max(0, m.start(1) - 40), ev.trigger_start)
        if m and not (ev.source_span and ev.source_span[0] < ev.trigger_start and (
                ev.source_span[1] > m.start(1) or not spoken)):
            # (session 55, GAPEN55) "Macron said the two leaders had agreed …", "X said that the two sides had
            # agreed": the pair right before the verb is its subject; a source read before it is the speaker of
            # the reporting verb (a source span over the pair phrase is the pair's own reading)
            at = m.start(1)
        elif ev.source_span and ev.source_span[0] < ev.trigger_start:
            at = ev.source_span[0]
        else:   # "The two sides discussed the dam": no actor for "sides"; the noun right before the trigger (and
            # "…, and the two sides agreed to continue talks, the ministry said": the speaker after the verb is
            # no subject, session 34 gapen34)
            m = _NOUN_BEFORE.search(text, max(0, ev.trigger_start - 30), ev.trigger_start)
            at = m.start(1) if m else -1
        if at < 0 or not _opens_pair(text, at, openers):
            continue
        if apart and _apart(text, ev.trigger_end, apart):
            gone.append(ev)
            continue
        ante = None
        for p in events:
            if p is ev or p.trigger_start >= ev.trigger_start or not (ev.sentence - 1 <= p.sentence <= ev.sentence) \
                    or (":compound" in p.rule and not _one_pair(events, p)) or p.rule.endswith("quote-statement"):
                continue   # (a fan-out to several targets names no single pair -- "Serbia and Kosovo signed a deal"
                # is one, session 23 GAPE; a statement's "according to X" speaker and its subject are no pair of
                # parties: session 15)
            if p.source_country and p.target_country \
                    and p.source_country != p.target_country and p.source_span and p.source_span[1] <= at:
                if ante is None or p.trigger_start > ante.trigger_start:
                    ante = p
        if ante is None and ((ev.root or "") in _MUTUAL_ROOTS or _reciprocal(text, ev.trigger_end)) and not any(
                a.country and ev.sentence_start <= sp[0] < at for a in doc.actors for sp in a.spans):
            # (session 20, B7SH) a mutual act of "the two governments" with no pair in the same or the previous
            # sentence (a quote between): the nearest earlier pair of two countries, six sentences back at most, or
            # the story's dyad -- "Petro ordered tariffs on US imports. \"…,\" he said. But the two governments had
            # reached a deal"; not when the sentence names a country before the pair ("X received Y, and the two
            # sides discussed": its own pair, even when no event was coded for it)
            ante = pair_before(events, ev, 3)
            if ante is not None and ":compound" in ante.rule:
                ante = None   # (a fan-out names no single pair: "Egypt hosted Sudanese and Ethiopian officials")
            if ante is None and not ev.target_actor_id and not ev.source_country:
                # (session 46, dyad46) no event of two countries near it: the story's two countries, when it is told
                # between two ("Negotiators met behind closed doors.  The two sides agreed to exchange prisoners")
                sides = story_dyad.pair_sides(doc, ev.trigger_start)
                if sides is not None:
                    fill_side(ev, "source", *sides[0])
                    fill_side(ev, "target", *sides[1])
                    ev.rule += ":pair:dyad"
                    added.append(reversed_copy(ev, "pair"))
                    continue
        if ante is None:
            continue
        if ev.target_actor_id:
            # (session 23 GAPE) "Both countries condemned the launch by North Korea": each of the pair toward a
            # third country's target; "the two neighbours agreed to withdraw troops": a mutual act's country-less
            # object ("troops") is no party, the pair's act toward each other; anything else is left alone
            pair = (ante.source_country, ante.target_country)
            if ev.target_country and ev.target_country not in pair:
                copy_side(ev, "source", ante)
                ev.rule += ":pair"
                other = replace(ev, id=stable_id(ev.id, "pair"), plover_context=list(ev.plover_context))
                copy_side(other, "source", ante, "target")
                added.append(other)
                continue
            if ev.target_country or (ev.root or "") not in _MUTUAL_ROOTS:
                continue
        copy_side(ev, "source", ante)
        copy_side(ev, "target", ante)
        ev.rule += ":pair"
        back = reversed_copy(ev, "pair")
        added.append(back)
    if gone:
        events[:] = [e for e in events if all(e is not g for g in gone)]
    events.extend(added)


def _one_pair(events, p) -> bool:
    """Do the coordinated-subject copies of ``p`` (its trigger's ``:compound`` events) all name one pair of countries,
    as "Serbia and Kosovo signed a deal" does (each way), and no fan-out to a third ("hosted Sudanese and Ethiopian
    officials": two pairs)?"""
    key = frozenset((p.source_country, p.target_country))
    return all(frozenset((e.source_country, e.target_country)) == key for e in events
               if e.trigger_start == p.trigger_start and ":compound" in e.rule)


_PAIR_NOUNS = r"(?:countries|governments|sides|leaders|nations|armies|neighbours|neighbors|states|allies)"
# ("urged both allies to resolve their differences": session 34 gapen34; not "parties": "the leaders of both
# parties" are political parties, the guard of session 18)
# (also "spoke by phone with the leaders of both countries": a call partner given as the pair's leaders, s18 ENL)
_PAIR_OBJECT = re.compile(r"\s+(?:with\s+the\s+(?:leaders|heads|presidents|foreign\s+ministers)\s+of\s+)?"
                          r"(?:both|the\s+two)\s+" + _PAIR_NOUNS + r"\b", re.I)
# "called on the two neighbours to settle their dispute": the pair is the directive's object, the event the content
# verb's (the appeal recoded onto it, session 20 ENA)
_APPEAL_ROOTS = frozenset(("02", "03", "04", "05", "10"))
_PAIR_TO = re.compile(r"\b(?:both|the\s+two)\s+" + _PAIR_NOUNS + r"\s+to\s+$", re.I)
# (inside a demand's evidence that runs from its verb, "called on the two neighbours to settle", session 30)
_PAIR_TO_IN = re.compile(r"\b(?:both|the\s+two)\s+" + _PAIR_NOUNS + r"\s+to\s+\S+$", re.I)
_PAIR_OF = re.compile(r"\b(?:of|from)\s+(?:both|the\s+two)\s+" + _PAIR_NOUNS + r"\s+(?:\w+\s+){0,3}$", re.I)


def pair_before(events, ev, back: int = 6, without: str = ""):
    """The nearest earlier event (at most ``back`` sentences) with a source and a target of two countries; when the
    story's earlier events name another pair of two countries more often (at least twice as often as the nearest
    event's pair, and twice at least), the nearest event of that pair: "the two countries" is the story's dyad,
    not a third country's act toward one of them ("Nicaragua said it was cutting ties with Ecuador …  urged the two
    countries": Mexico and Ecuador; session 17, B4AC).  ``without``: a country no pair may hold (the appealer's own:
    "The United States condemned the RSF offensive and urged both sides to return to talks" -- its condemnation is
    no pair it urges; session 34 gapen34)."""
    ante = None
    counts: dict = {}
    last: dict = {}
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or p.rule.endswith("quote-statement"):
            continue
        if not (p.source_country and p.target_country and p.source_country != p.target_country):
            continue
        if without and without in (p.source_country, p.target_country):
            continue
        key = frozenset((p.source_country, p.target_country))
        counts[key] = counts.get(key, 0) + 1
        if key not in last or p.trigger_start > last[key].trigger_start:
            last[key] = p
        if ev.sentence - back <= p.sentence <= ev.sentence and (ante is None or p.trigger_start > ante.trigger_start):
            ante = p
    if ante is None:
        return None
    near = counts[frozenset((ante.source_country, ante.target_country))]
    key, n = max(counts.items(), key=lambda kv: (kv[1], last[kv[0]].trigger_start))
    return last[key] if n >= 2 and n >= 2 * near else ante


def _pair_target(text: str, ev) -> bool:
    """The event's target span lies inside the pair phrase right after its trigger ("urged both governments": the
    country a fill gave "governments" is none of the pair's)."""
    m = _PAIR_OBJECT.match(text, ev.trigger_end)
    return m is not None and bool(ev.target_span) and m.start() <= ev.target_span[0] < m.end()


def pair_named(text: str, ev) -> bool:
    """A pair phrase ("both governments", "the two neighbours") inside the event's trigger words or right after
    them: the event is aimed at a pair, not one side (domestic_target_en's guard, session 35)."""
    return _PAIR_OBJECT.match(text, ev.trigger_end) is not None or _PAIR_IN.search(
        text, ev.trigger_start, ev.trigger_end) is not None


_PAIR_IN = re.compile(r"\b(?:both|the\s+two)\s+" + _PAIR_NOUNS + r"\b", re.I)


def _sides_named(text: str, ev) -> bool:
    """The pair after (or, before "to", ahead of) the trigger is "sides" (not countries, governments …)."""
    m = _PAIR_OBJECT.match(text, ev.trigger_end) or _PAIR_TO.search(text, max(0, ev.trigger_start - 50),
                                                                    ev.trigger_start)
    return m is not None and "sides" in m.group(0).lower()


def warring_before(events, ev, back: int = 6):
    """The nearest earlier event (at most ``back`` sentences) between a state force and rebels of one country
    ("Sudan's army clashed with the Rapid Support Forces": SDNMIL / SDNREB, the roles of
    ``conflict_sides.conflict_country``), or None: "the two sides" of a civil war are its two parties."""
    from .conflict_sides import is_warring
    ante = None
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or not (ev.sentence - back <= p.sentence <= ev.sentence) \
                or p.rule.endswith("quote-statement"):
            continue
        if is_warring(p) and (ante is None or p.trigger_start > ante.trigger_start):
            ante = p
    return ante


def pair_phrases(doc, events: list) -> None:
    """"urged both governments to implement the ceasefire", "hours before military commanders from both countries
    were due to meet", "a truce that leaders of the two countries had agreed": a country-less side named as the
    pair ("both / the two" + countries, governments, sides, leaders …) is the two countries of the nearest earlier
    event between two countries (six sentences back at most): the object pair gives one event per country, the
    subject pair one event each way (session 13, EN7; ``pair_subjects`` reads "the two sides" right before the
    verb, with the pair of the same or the previous sentence)."""
    text = doc.text
    added = []
    drop: set = set()
    for ev in events:
        if ev.lang != "en" or ":pair" in ev.rule or (ev.root or "") == "01" or ev.historical or id(ev) in drop:
            continue
        if ev.source_code and (not ev.target_country or _pair_target(text, ev)) and (
                _PAIR_OBJECT.match(text, ev.trigger_end) or (
                ev.root in _APPEAL_ROOTS and (_PAIR_TO.search(text, max(0, ev.trigger_start - 50), ev.trigger_start)
                                              or _PAIR_TO_IN.search(text, ev.trigger_start, ev.trigger_end)))):
            # (a source-less act on "both sides" names no one: "a trade war would hurt both sides"; a target that
            # is the pair phrase itself, its country a fill, is the pair: "UNHCR in Geneva urged both governments",
            # session 34 gapen34)
            ante = pair_before(events, ev, without=ev.source_country or "")
            if ante is None and _sides_named(text, ev):
                ante = warring_before(events, ev)   # "urged the two sides" of one country's war (session 26 GAPS2)
            if ante is None or ev.source_country in (ante.source_country, ante.target_country):
                continue
            if ":mutual" in ev.rule and ev.target_actor_id:
                # "spoke with the leaders of both countries": the mutual frame's copies with the bare "leaders" go
                gone_id, at = ev.target_actor_id, ev.trigger_start
                drop.update(id(e) for e in events if e is not ev and e.trigger_start == at
                            and gone_id in (e.source_actor_id, e.target_actor_id))
            copy_side(ev, "target", ante, "source")
            ev.target_span = None
            ev.rule += ":pair"
            other = reversed_copy(ev, "pair")
            copy_side(other, "source", ev, "source")
            copy_side(other, "target", ante, "target")
            other.target_span = None
            added.append(other)
            continue
        m = _PAIR_OF.search(text, max(0, ev.trigger_start - 60), ev.trigger_start)
        if m is None:
            continue
        own = not ev.source_country and ev.source_code in (None, "GOV", "MIL", "ELI")
        if not own and ev.source_span and 0 <= m.start() - ev.source_span[1] <= 2:
            # (session 44) "Senior diplomats from the two countries met …": the head noun of the pair phrase, whose
            # country a fill gave (its actor has none), is the pair's
            a = next((a for a in doc.actors if a.id == ev.source_actor_id), None)
            if a is not None and not a.country and (a.role or "") in ("GOV", "MIL", "ELI", "DIP", ""):
                own = True
        if own or (ev.source_span and ev.source_span[1] < m.start() - 25):
            # (a source named far before the pair phrase is another clause's: "The Thai army said … a truce that
            # leaders of the two countries had agreed")
            ante = pair_before(events, ev)
            if ante is None:
                continue
            role = (ev.source_code or "")[-3:] if own and ev.source_code else ""
            for side, c in (("source", ante.source_country), ("target", ante.target_country)):
                setattr(ev, f"{side}_country", c)
                setattr(ev, f"{side}_code", c + role)
                setattr(ev, f"{side}_actor_id", None)
                setattr(ev, f"{side}_span", None)
                setattr(ev, f"{side}_role", role or None)
            ev.rule += ":pair"
            added.append(reversed_copy(ev, "pair"))
    if drop:
        events[:] = [e for e in events if id(e) not in drop]
    events.extend(added)


_RELATIONS = re.compile(r"\b(?:relations|ties)\b", re.I)
_RELATION_ROOTS = frozenset(("03", "04", "05", "06", "12", "13", "16"))
_CROSSINGS = re.compile(r"\b(?:crossings?|border|borders|frontier)\b", re.I)   # (session 19) a threat to close them
_WITH = re.compile(r"\s+with\b", re.I)


_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.I)


def _border_with(doc, ev):
    """The country of a place named right after "border with" later in the event's sentence, other than the source's
    own, or None."""
    for pl in doc.places:
        if pl.sentence == ev.sentence and pl.country and pl.country != ev.source_country \
                and ev.trigger_end <= pl.start < ev.sentence_end \
                and _BORDER_WITH.search(doc.text[max(ev.trigger_end, pl.start - 30):pl.start]):
            return pl.country
    return None


def relations_partner(events: list, doc=None) -> None:
    """"She said Mexico would not restore relations until …": relations named without "with X" are those of the
    source's country with the other country of the story's dyad (the pair of countries the earlier events name most
    often, at least twice), not an actor of the clause after ("until the former official …" -> MEXELI).  Only an
    English event of roots 03-06 / 12 / 16 whose trigger holds "relations" / "ties", with no target or one of the
    source's own country (session 17, B4AC).  Session 19 (B6TH): also a threat (13) to close the crossings / the
    border ("Poland will close the remaining crossings"): the border's other country.  Rule marker
    ``:tgt-relations``."""
    for ev in events:
        if ev.lang != "en" or not ev.source_country or (ev.root or "") not in _RELATION_ROOTS \
                or (ev.target_country and ev.target_country != ev.source_country) \
                or not (_RELATIONS.search(ev.trigger) or (ev.root == "13" and _CROSSINGS.search(ev.trigger))):
            continue
        named = _border_with(doc, ev) if doc is not None and ev.root == "13" else None
        if named:
            # (session 25 B12EN) "ready to close its own crossings if … on its border with Russia": the country named
            # after "border with" is the border's other side, whatever the story's dyad
            ev.target_actor_id = ev.target_span = ev.target_role = None
            ev.target_country = ev.target_code = named
            ev.rule += ":tgt-relations"
            continue
        counts: dict = {}
        for p in events:
            if p.trigger_start < ev.trigger_start and p.source_country and p.target_country \
                    and p.source_country != p.target_country and ev.source_country in (p.source_country, p.target_country) \
                    and not p.rule.endswith("quote-statement"):
                other = p.target_country if p.source_country == ev.source_country else p.source_country
                counts[other] = counts.get(other, 0) + 1
        if not counts:
            continue
        other, n = max(counts.items(), key=lambda kv: kv[1])
        if n < 2 or sum(1 for v in counts.values() if v == n) > 1:
            continue
        ev.target_actor_id = ev.target_span = ev.target_role = None
        ev.target_country = ev.target_code = other
        ev.rule += ":tgt-relations"


_PERSON_PAIR = re.compile(r"\s+(?:both|the\s+two)\s+(?:men|women|leaders|officials)\b")
_PERSON_PAIR_BACK = 2   # sentences before the event's


def pair_persons(doc, events: list) -> None:
    """"Trump wrote that Milei was doing a wonderful job.  Treasury Secretary Scott Bessent also praised the result.
    Milei thanked both men for their support": "both men" / "the two leaders" right after a target-less act is the
    two persons named last before it (its sentence up to the trigger and the two sentences before), the act's own
    subject left out.  When the two are of one country (or one has none), that country's actor (the later one named)
    is the target; two countries are left (session 47)."""
    persons = [(s0, a) for a in doc.actors if a.kind == "person" and a.code for s0, _ in a.spans]
    if len(persons) < 2:
        return
    persons.sort(key=lambda x: x[0])
    for ev in events:
        if ev.lang != "en" or ev.target_code or not ev.source_code or not _PERSON_PAIR.match(doc.text, ev.trigger_end):
            continue
        lo = doc.sentences[max(0, ev.sentence - _PERSON_PAIR_BACK)].start
        last: list = []   # the persons named last, most recent first, one entry each
        for s0, a in reversed(persons):
            if s0 >= ev.trigger_start or s0 < lo:
                continue
            if a.id != ev.source_actor_id and a.code != ev.source_code and all(a.id != b.id for b in last):
                last.append(a)
            if len(last) == 2:
                break
        countries = {a.country for a in last if a.country}
        if len(last) == 2 and len(countries) == 1:
            a = next(a for a in last if a.country)   # (a titled name of no country goes with the other: "Treasury
            # Secretary X" after "Trump")
            span = next(sp for sp in reversed(a.spans) if sp[0] < ev.trigger_start)
            fill_side(ev, "target", a, span)
            ev.target_span = None
            ev.rule += ":pair-persons"
