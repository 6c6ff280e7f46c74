"""The dateline's country for the generic actors of sentences that name no country.

"PARIS, March 7 - … Prime Minister Claire Morel refused to withdraw the reform … the main unions rejected the
invitation": a wire story datelined in one country tells its domestic politics with bare roles (the government,
the unions, opposition lawmakers, police) and names the country only once, in the dateline.  A reader codes them
as that country's actors; without this step they stay country-less (GOV, LAB, OPP, COP) and drop out of every
country dyad.  The sentence-level step (``events._fill_domestic``: the one country a sentence names) comes first;
this one only reaches sentences that name no country at all, so "Israeli troops …" or "the Turkish army …" keep
their own, and a sentence naming two countries is never guessed; and only in a story that is mostly about the
dateline's country (``HOME_SHARE`` of its country mentions), so a bare "police" or "diplomats" in a story of
two countries is not given the dateline's.  International codes (IGO, NGO, regional
blocs …) are left alone, as is any side of a type the caller excludes (``ar_skip``; until session 30 Arabic ASSAULT /
PROTEST, for the GSR span gold that codes a crowd without a country -- its sentences have no dateline, so the step
never reaches them: "بغداد - … وأطلقت قوات الأمن الغاز المسيل للدموع" is IRQCOP now).  Rule names carry ``:src-home`` / ``:tgt-home``.

A bare foreign ministry (session 16 ACT; merged here in session 17): "MANILA, Aug. 6 - The Department of Foreign Affairs
said it had lodged a diplomatic protest with Beijing", "الرباط - … استدعت وزارة الخارجية أمس السفير الجزائري".  The
sentence names the country the act is aimed at, so the rules above do not reach it.  A foreign ministry acts toward
foreign states: a country-less GOV source whose words hold a ``foreign_ministry`` form of ``home_country.tsv``, with a
target of another country than the dateline's, takes the dateline's country when the story names that country at
least ``MINISTRY_HOME`` times besides the dateline (a party of the story, not only where the reporter sits); every
type, Arabic ASSAULT / PROTEST too.  Rule marker ``:src-home-ministry``.  Likewise a bare domestic ministry (kind
``domestic_ministry``: interior, health; session 19, B6AC) with no target of a country ("12 people were arrested, the
interior ministry said" in a LIMA story naming Peru and Mexico alike): ``:src-home-interior``.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ..geo.locate import dateline_place
from ..lang.normalize import normalize
from . import later_clause_en
from .later_clause_en import outside_subject_aside
from .structure import actor_of, kind_sets

# bare roles that are always a state's own, as the target of that state (session 29, ACT20)
OWN_ROLES = frozenset({"OPP"})   # (english._OWN_ROLES too)
# the bare roles a story the home country only leads gives the home country in a sentence naming none: its state
# bodies, parties and opposition (not gangs, militias, civilians)
LEAD_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"})
# the bare crowds of a protest (session 44 GAPAR44; see _own_crowd)
CROWD_ROLES = frozenset({"CVL", "LAB", "EDU", "MED", "REL", "BUS"})
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# bare roles that are a state's own politics, never a foreign side (session 33 GAPEN)
_PARTY_ROLES = frozenset({"PTY", "OPP"})


# the dateline country's least share of the document's country mentions (actor spans and places) for it to be
# the story's home: the Paris pension story names France 9 times in 12, the India-Pakistan border story India and
# Pakistan about equally
HOME_SHARE = 0.6
# or at least half of them and HOME_LEAD times the next country's: a domestic story with foreign reactions (the
# Baghdad cabinet story names Iraq 14 times, Iran and the US 5 each: Iran's congratulations, Washington's welcome)
HOME_HALF, HOME_LEAD = 0.5, 2
# a bare foreign ministry: the least number of the dateline country's mentions besides the dateline itself
MINISTRY_HOME = 2


def dominates(home: str, counts, total: int) -> bool:
    """Is ``home`` the story's own country by its mentions ``counts`` (country -> number) of ``total``: at least
    ``HOME_SHARE`` of them, or at least ``HOME_HALF`` and ``HOME_LEAD`` times any other country's?  (The bare roles
    of this module and the unknown names of the actors stage, ``_home_story_names_en``, share it.)"""
    n = counts.get(home, 0)
    return not (n < HOME_SHARE * total and (n < HOME_HALF * total or any(
        c != home and n < HOME_LEAD * k for c, k in counts.items())))


def fill(doc, events, intl, ar_skip=()) -> None:
    """Give the bare sides of ``events`` the country of the document's dateline place (see the module doc; nothing
    when the document has no dateline place): each country-less, non-international side in a sentence naming no
    country when that country is most of what the story names (not of Arabic events of a PLOVER type in
    ``ar_skip``), and a bare foreign ministry acting toward another country."""
    todo = [ev for ev in events
            if (ev.lang != "ar" or ev.plover_type not in ar_skip)
            and ((ev.source_code and not ev.source_country and ev.source_code[:3] not in intl)
                 or (ev.target_code and not ev.target_country and ev.target_code[:3] not in intl))]
    ministries = [ev for ev in events
                  if ev.source_code == "GOV" and not ev.source_country and ev.source_actor_id]
    parties = _parties_addressed(doc, events)
    if not todo and not ministries and not parties:
        return
    dl = dateline_place(doc)
    home = dl.country if dl is not None else _seat_home(doc)
    if not home:
        return
    home, named, firsts, mentions, story, lead, places_on_actors = _census(doc, events, home, dl)
    n, total = mentions[home], sum(mentions.values())
    if story and parties:
        _all_parties(parties, home, named, firsts)
    if story or lead:
        _fill_roles(doc, todo, intl, home, named, story, firsts)
    else:
        other = _duo_other(mentions, home, total)
        if other:
            _fill_duo(doc, todo, intl, home, other, named, firsts)
            if dl is not None and dl.country == home:   # (not a venue dateline's acting country, _venue_home)
                _other_on_home(doc, todo, intl, home, other, named, firsts)
            _duo_parties(doc, todo, home, named, firsts)
    if mentions[home] and mentions[home] == max(mentions.values()):
        _bare_government_target(doc, todo, home, named, firsts, events)
    if ministries and n + places_on_actors - 1 >= MINISTRY_HOME:   # (the dateline is one of the home
        # country's mentions; a place on an actor's words counts here too, session 35)
        _fill_ministries(doc, ministries, home)


def _seat_home(doc):
    """The story's country when its dateline names no place of a country ("UNITED NATIONS, July 1 (Marsad) - The U.N.
    Security Council voted … to end its … mission in Mali", a body's seat): the one country the headline names, when
    the lead sentence names it too -- the story is about that country as a dateline's would be ("the transitional
    government", "the junta" are Mali's; session 40 GAPEN40).  None otherwise (no dateline, or a dateline place)."""
    if not any(s.kind == "dateline" for s in doc.segments):
        return None
    title = next((s for s in doc.segments if s.kind == "title"), None)
    body = next((s for s in doc.sentences if s.segment_kind == "body"), None)
    if title is None or body is None:
        return None

    def countries(start, end):
        got = {a.country for a in doc.actors if a.country and any(start <= sp < end for sp, _ in a.spans)}
        return got | {p.country for p in doc.places if p.country and start <= p.start < end}
    named = countries(title.start, title.end)
    if len(named) != 1 or not named <= countries(body.start, body.end):
        return None
    return next(iter(named))


def _census(doc, events, home, dl):
    """The story's country census under the dateline's country ``home`` (see :func:`fill`): (home -- the acting
    country of a venue dateline, :func:`_venue_home` --, the countries each sentence names {sentence start: set},
    their first offsets {(sentence start, country): offset}, the country mentions, whether it is a home story,
    whether the home country leads, the home country's places on actors' words)."""
    named, firsts, counted, places_on_actors = _counts(doc, home)
    mentions = Counter(counted)   # (a copy: a venue dateline changes it below)
    venue = _venue_home(doc, events, home, dl, mentions) if dl is not None else None
    if venue:   # the dateline names where the story's own country acted: the home is that country (session 26 AR2)
        for pl in doc.places:
            if pl.country == home:
                mentions[home] -= 1
        named = {k: v - {home} for k, v in named.items()}
        home = venue
    n, total = mentions[home], sum(mentions.values())
    story = dominates(home, mentions, total)
    # (not story: a story of several countries (India and Pakistan, the US and China): a bare role may be either's)
    lead = n > 0 and (all(c == home or n >= HOME_LEAD * k for c, k in mentions.items())
                      or n == max(mentions.values()) and _lead_names_home_only(doc, home, named))
    return home, named, firsts, mentions, story, lead, places_on_actors


_COUNTS: list = [None, None]   # [the document, its counts]: fill and home_story ask for one document's in a row


def _counts(doc, home):
    """The country mentions of the document's actors and places (one per word: a place on an actor's words is the
    actor's mention), the countries each sentence names, their first offsets and the home country's places on actors'
    words -- the part of :func:`_census` that reads no event, computed once per document (``fill`` and
    ``home_story`` run on one document in a row)."""
    got = _COUNTS[1] if _COUNTS[0] is doc else None
    if got is not None and got[0] == (len(doc.actors), len(doc.places), home):
        return got[1]
    starts = [s.start for s in doc.sentences]
    named: dict = {}   # start of a sentence that names a country (an actor's span or a place) -> those countries
    firsts: dict = {}  # (sentence start, country) -> its first mention's offset
    mentions: Counter = Counter()
    said = set()   # (start, country) of the actor mentions: a place on the same words is not a second mention
    places_on_actors = 0   # (the home country's: the foreign-ministry threshold still counts them twice)
    for a in doc.actors:
        if a.country and a.basis != "home":   # (an unknown name given the dateline's country by the actors stage,
            # _home_story_names_en, is no mention of it: its sentence still names no country)
            for sp, _ in a.spans:
                said.add((sp, a.country))
                mentions[a.country] += 1
                k = bisect_right(starts, sp) - 1
                if k >= 0:
                    named.setdefault(starts[k], set()).add(a.country)
                    _first(firsts, (starts[k], a.country), sp)
    for pl in doc.places:
        if pl.country and (pl.start, pl.country) in said:
            places_on_actors += pl.country == home
        elif pl.country:
            # ("وقال وزير الخارجية … إن واشنطن …": one mention, the actor's, not its place's too -- session 35: the
            # Colombo story's foreign reactions counted twice kept the home country under its share)
            mentions[pl.country] += 1
            k = bisect_right(starts, pl.start) - 1
            if k >= 0:
                named.setdefault(starts[k], set()).add(pl.country)
                _first(firsts, (starts[k], pl.country), pl.start)
    out = (named, firsts, mentions, places_on_actors)
    _COUNTS[0], _COUNTS[1] = doc, ((len(doc.actors), len(doc.places), home), out)
    return out


def country_mentions(doc, home) -> Counter:
    """The document's country mentions (actors and places, one per word; :func:`_counts`)."""
    return _counts(doc, home)[2]


def home_story(doc, events):
    """(home country, countries named per sentence start, first offsets) of a story mostly about its dateline's
    country (:func:`fill`'s ``story``), or None (no dateline place, or a story of several countries)."""
    dl = dateline_place(doc)
    home = dl.country if dl is not None else _seat_home(doc)
    if not home:
        return None
    home, named, firsts, _, story, _, _ = _census(doc, events, home, dl)
    return (home, named, firsts) if story else None


def home_lead(doc, events):
    """(home country, countries named per sentence start, first offsets) of a story its dateline's country leads
    without being most of it (:func:`_census`'s ``lead``: "YANGON - Myanmar's military seized power …" with the
    foreign reactions in its second half), or None (session 36 GAPEN36: ``domestic_target_en`` reads foreign
    reactions there)."""
    dl = dateline_place(doc)
    home = dl.country if dl is not None else _seat_home(doc)
    if not home:
        return None
    home, named, firsts, _, story, lead, _ = _census(doc, events, home, dl)
    return (home, named, firsts) if lead and not story else None


def _other_role(ev) -> bool:
    """(session 35) An English bare source acting on a body of the home state with a role of its own, another role than
    the source's ("Soldiers detained Finance Minister Ignatius Chombo": MIL on ZWEGOV): a domestic dyad, no self-loop of
    one state ("the foreign ministry demanded that Russia reverse …", "warned that Lisbon would …" stay bare)."""
    src, tgt = ev.source_code or "", ev.target_code or ""
    return len(src) == 3 and not ev.source_country and len(tgt) >= 6 and tgt[3:6] != src


def _lead_names_home_only(doc, home, named) -> bool:
    """Does the first body sentence (the lead) name the dateline's country and no other ("YANGON - Myanmar's military
    seized power in a coup on Monday …")?  With the home country the story's most named, such a story is the home
    country's even when foreign reactions fill its second half (China, the US, Japan, India, Australia: session 35);
    its bare state bodies, parties and opposition in sentences naming no country are the home country's
    (``LEAD_ROLES``)."""
    body = next((s for s in doc.sentences if s.segment_kind == "body"), None)
    return body is not None and named.get(body.start) == {home}


def _duo_other(mentions, home, total):
    """The other country of a story of two (session 26 B17EN): the dateline's country and one other are the story's
    two most named and hold ``HOME_SHARE`` of its country mentions between them, the dateline's at least ``HOME_HALF``
    of the other's ("NIAMEY - Niger's junta revokes military accord with United States": NER 18, USA 20 of 46).  None
    otherwise."""
    top = [c for c, _ in mentions.most_common(2)]
    if home not in top or len(top) < 2:
        return None
    other = top[0] if top[1] == home else top[1]
    n, k = mentions[home], mentions[other]
    if n + k < HOME_SHARE * total or n < HOME_HALF * k or n - 1 < MINISTRY_HOME:
        return None   # (the dateline's country named in the story itself, not only where the reporter sits)
    return other


def _fill_duo(doc, todo, intl, home, other, named, firsts) -> None:
    """A story of the dateline's country and one other (:func:`_duo_other`): a bare English source acting on that
    other country, in a sentence naming no third country, is the dateline country's ("Colonel X accused a
    U.S. delegation of … trying to deny Nigeriens …" in a Niamey story of Niger and the US: the sentence may name the
    dateline's country too; as the bare office facing a foreign side of a story the dateline's country leads,
    session 16 EN11).  ``:src-home``."""
    for ev in todo:
        if ev.lang != "en" or ev.source_country or not ev.source_code or ev.source_code[:3] in intl \
                or ev.target_country != other:
            continue
        own = named.get(ev.sentence_start) or set()
        k = later_clause_en.cut(doc, ev, charge=False)
        if k is not None:
            own = {c for c in own if firsts[(ev.sentence_start, c)] < k}
        if own - {home} != {other}:
            continue
        ev.source_country, ev.source_code = home, home + ev.source_code
        ev.rule += ":src-home"
    _same_government(todo, home, other, named)


def _other_on_home(doc, todo, intl, home, other, named, firsts) -> None:
    """A story of the dateline's country and one other: the bare people the other country acts on, in a sentence naming
    no third country, are the dateline country's ("فيما حذر الجيش الإسرائيلي السكان من الاقتراب من قرى الشريط الحدودي"
    in a BEIRUT story of Lebanon and Israel; session 44 GAPAR44).  ``:tgt-home``."""
    for ev in todo:
        if ev.source_country != other or ev.target_country or not ev.target_code or ev.target_code[:3] in intl \
                or ev.target_code[:3] not in CROWD_ROLES:
            continue
        own = named.get(ev.sentence_start) or set()
        k = later_clause_en.cut(doc, ev)
        if k is not None:
            own = {c for c in own if firsts[(ev.sentence_start, c)] < k}
        if not own - {home} <= {other}:
            continue
        ev.target_country, ev.target_code = home, home + ev.target_code
        ev.rule += ":tgt-home"


# the bare sides a story of two countries gives the dateline's country in a sentence naming none (session 30, ACT21):
# a named party only (a bare "the opposition" stays bare there: test_act20_s29's Niamey story)
DUO_ROLES = frozenset({"PTY"})


def _duo_parties(doc, todo, home, named, firsts) -> None:
    """A story of the dateline's country and one other (:func:`_duo_other`): a bare party side (a party by an
    unknown name) in a sentence naming no country (before a later clause, ``later_clause_en.cut``) is the dateline
    country's ("وانتقد حزب "…" المعارض طريقة اتخاذ القرار" in a N'Djamena story of Chad and France: a foreign
    country's party would carry its nationality).  Not a definite head alone ("the party", "الحزب": a party named
    before, of either country).  ``:src-home`` / ``:tgt-home``."""
    for ev in todo:
        own = named.get(ev.sentence_start) or set()
        if own:
            k = later_clause_en.cut(doc, ev)
            if k is not None:
                own = {c for c in own if firsts[(ev.sentence_start, c)] < k}
        if own and ev.lang == "en":
            own = outside_subject_aside(doc, ev, own)   # (a country of the subject's who-clause only; session 41)
        if own:
            continue
        for side in ("source", "target"):
            code = getattr(ev, f"{side}_code")
            if code not in DUO_ROLES or getattr(ev, f"{side}_country"):
                continue
            sp = getattr(ev, f"{side}_span")
            words = doc.text[sp[0]:sp[1]].lower().split() if sp else []
            if len(words) <= 2 and words and (
                    words[0] == "the" or doc.text[max(0, sp[0] - 4):sp[0]].lower() == "the "
                    or normalize(words[0]).startswith("ال")):
                continue   # "He warned that the party would …": the party named before, of whichever country
            setattr(ev, f"{side}_country", home)
            setattr(ev, f"{side}_code", home + code)
            ev.rule += ":src-home" if side == "source" else ":tgt-home"


def _parties_addressed(doc, events) -> list:
    """[(event, evidence span or None)] of the appeals and demands (02, 10) with no target addressed to "all parties" /
    "both sides" (``home_country.tsv`` kind ``all_parties``, within :data:`_PARTIES_REACH` characters after the
    trigger): what :func:`_all_parties` may fill (session 31)."""
    todo = [ev for ev in events if ev.root in ("02", "10") and not ev.target_code and not ev.negated]
    if not todo:
        return []
    forms = kind_sets("home_country.tsv", ("all_parties",))["all_parties"]
    out = []
    for ev in todo:
        raw = doc.text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + _PARTIES_REACH)]
        after = normalize(raw).lower()
        hits = [(after.find(f), len(f)) for f in forms if f in after]
        if hits:
            at, n = min(hits)
            # (the evidence: the words themselves, when normalisation kept the offsets)
            out.append((ev, (ev.trigger_end + at, ev.trigger_end + at + n) if len(after) == len(raw) else None))
    return out


def _all_parties(parties, home, named, firsts) -> None:
    """"ودعا التحالف الدولي بقيادة الولايات المتحدة جميع الأطراف إلى وقف العنف فورا" in a story of the dateline's
    country (its home story): an appeal to "all parties" (:func:`_parties_addressed`), in a sentence naming no country
    but the home one and the source's before the parties' words, is addressed to the home country's sides: the home
    country (session 31; a country first named in the appeal's content after them is no side: "urged both sides to
    return to talks in Jeddah", session 40 GAPEN40).  ``:tgt-home-parties``."""
    for ev, span in parties:
        end = span[1] if span else ev.trigger_end
        if any(firsts.get((ev.sentence_start, c), end) < end
               for c in (named.get(ev.sentence_start) or set()) - {home, ev.source_country}):
            continue
        ev.target_actor_id, ev.target_code, ev.target_country, ev.target_role = None, home, home, None
        ev.target_span = span
        ev.rule += ":tgt-home-parties"


_PARTIES_REACH = 80


def _bare_government_target(doc, todo, home, named, firsts, events) -> None:
    """"The Organization of American States urged the government to stop its persecution of the Church" in a MANAGUA
    story, "called on the electoral authorities to publish the results" in a CARACAS one: a bare government target
    (GOV: "the government", "the authorities"), in a story whose most named country is the dateline's, is that
    country's government when its sentence names no country but the dateline's and the source's own (before a later
    clause) -- whatever the story's share (a story of several countries too: the bare roles of sources are left to
    the rules above).  ``:tgt-home-gov`` (session 31)."""
    words = None
    for ev in todo:
        if ev.target_code != "GOV" or ev.target_country or not ev.target_span or \
                (ev.source_code == "GOV" and not ev.source_country):
            continue
        if words is None:
            words = {normalize(f).lower() for f in kind_sets("home_country.tsv", ("government_word",))["government_word"]}
        said = normalize(doc.text[ev.target_span[0]:ev.target_span[1]]).lower().split()
        if not said or said[-1] not in words:
            continue   # ("ordered diplomats from seven countries to leave": an envoy of any state)
        own = named.get(ev.sentence_start) or set()
        if own:
            k = later_clause_en.cut(doc, ev)
            if k is not None:
                own = {c for c in own if firsts[(ev.sentence_start, c)] < k}
        # (coordinated sources of one appeal, "Blinken and EU foreign policy chief Josep Borrell called on …": each
        # source's country is named)
        sources = {e.source_country for e in events if e.trigger_start == ev.trigger_start and e.source_country}
        if own - {home, ev.source_country} - sources:
            continue
        ev.target_country, ev.target_code = home, home + "GOV"
        ev.rule += ":tgt-home-gov"


def _same_government(todo, home, other, named) -> None:
    """One sentence, one government (session 26 COSTS): a bare English GOV source with no target, in a sentence of a
    two-country story whose other event has the dateline country's government as a side ("Kyrgyz lawmakers demanded
    that the government expel the Tajik ambassador, but the foreign ministry said it had no such plans": the
    government asked is KGZGOV, the ministry answering it too), is that government; the sentence names no third
    country.  ``:src-home-gov``."""
    govs = {ev.sentence_start for ev in todo if home + "GOV" in (ev.source_code, ev.target_code)}
    for ev in todo:
        if ev.lang != "en" or ev.source_code != "GOV" or ev.source_country or ev.target_code \
                or ev.sentence_start not in govs or (named.get(ev.sentence_start) or set()) - {home, other}:
            continue
        ev.source_country, ev.source_code = home, home + "GOV"
        ev.rule += ":src-home-gov"


def _venue_home(doc, events, home, dl, mentions):
    """"الدوحة - … وقعت الحكومة الانتقالية في تشاد في العاصمة القطرية الدوحة اتفاق سلام مع فصائل مسلحة": the
    dateline gives the venue, not the story's country.  When the first event after the dateline has a source of
    another country, named in the story at least as often as the dateline's (actors and places), and the lead
    sentence names the dateline's country as a place after في (where it happened), that source's country is the home; the
    venue country's place mentions are then no share of the story and no country its sentences name (the bare
    roles of the lead and after are the acting country's).  Arabic only (English datelines were not checked).  None
    otherwise."""
    body = [ev for ev in events if ev.source_country and not ev.negated and ev.trigger_start >= dl.end]
    if not body:
        return None
    first = min(body, key=lambda ev: ev.trigger_start)
    c = first.source_country
    if first.lang != "ar" or c == home or mentions[c] < mentions[home]:
        return None
    text = doc.text
    if not any(pl.country == home and pl.start != dl.start and first.sentence_start <= pl.start < first.sentence_end
               and "في " in text[max(first.sentence_start, pl.start - 25):pl.start] for pl in doc.places):
        return None
    return c


def _first(firsts: dict, key, pos) -> None:
    if pos < firsts.get(key, pos + 1):
        firsts[key] = pos


def _fill_roles(doc, todo, intl, home, named, story, firsts) -> None:
    """The bare roles of a home story (``story``) or of a story the home country leads (see :func:`fill`)."""
    for ev in todo:
        sides = ("source", "target")
        own = named.get(ev.sentence_start)
        if own:   # (Arabic too since session 26 B15AR: "…، فيما هنأ رئيس السنغال …")
            k = later_clause_en.cut(doc, ev)   # "… and said … a repeat of Ukraine's uprising": the reported words'
            if k is not None:                  # country is no side's (session 21 B8EN)
                own = {c for c in own if firsts[(ev.sentence_start, c)] < k}
        if own and ev.lang == "en":
            own = outside_subject_aside(doc, ev, own)   # (a country of the subject's who-clause only; session 41)
        if own:
            if ev.source_country and ev.source_country != home and (story or own - {home} == {ev.source_country}):
                # "The United States and Portugal … urged the government and the opposition to start a dialogue": a
                # foreign country's act on a bare role of a story of the dateline's country is on that country's
                # (session 13, EN7; the target only; Arabic too since session 14: "التقى الموفد الفرنسي … رئيس الحكومة");
                # in a story the home country only leads, a sentence naming no other country than the source's and
                # the home one (before session 25 GAPS: English only, and the home country not named)
                sides = ("target",)
            elif ev.lang == "en" and not ev.source_country and ev.target_country \
                    and ev.target_country != home and own == {ev.target_country}:
                # "Prime Minister X met the Kenyan commander" in a Port-au-Prince story (HTI 17 of 37 country
                # mentions, KEN 5: no home story, but the dateline's country leads every other HOME_LEAD times): the
                # bare office facing the one foreign side its sentence names is the home country's (session 16
                # EN11; English only)
                sides = ("source",)
            elif story and own == {home} and ev.lang == "en" and ":speaker-act" in ev.rule:
                # "The army said … and accused the RSF of …" in a KHARTOUM story: the sentence names only the home
                # country (the RSF's), and the bare speaker set by a later clause step (english._speaker_act, after
                # the sentence fill) is the home country's; only that source (other bare sources of such sentences
                # are left to the steps after, same_person_en: "Rangel warned that Lisbon would …") (session 26 B17EN)
                sides = ("source",)
            elif story and own == {home} and ev.lang == "ar" and ev.source_code and not ev.source_country \
                    and ev.target_country == home and ev.target_code != home:   # (a citizen, not the state)
                # "وأوقفت السلطات الأمنية اليوم مدونا كويتيا" in a KUWAIT story: the sentence names only the home
                # country, as the target's nationality (which _fill_domestic does not give the agent): the bare
                # authority acting on its own citizen in a home story is the home country's (session 26 AR2)
                sides = ("source",)
            elif story and own == {home} and ev.lang == "en" and (ev.source_code or "")[:3] in _PARTY_ROLES \
                    and not ev.source_country and ev.target_country == home:
                # "Its leader warned that the party would begin impeachment proceedings if Yoon did not step down" in
                # a SEOUL story: a bare party or opposition acting on the home state is the home country's own
                # (session 33 GAPEN)
                sides = ("source",)
            elif own == {home} and (story and ev.lang == "ar" or ev.lang == "en" and ev.target_country == home
                                    and _other_role(ev)) and any(
                    ((getattr(ev, f"{x}_code") or "")[:3] in LEAD_ROLES or _own_crowd(ev, x))
                    and not getattr(ev, f"{x}_country") for x in sides):
                # "ورحب المجلس العسكري في بيان بالمبادرة …، وأبدى استعداده للتفاوض مع قوى الحرية والتغيير" in a
                # KHARTOUM story: the sentence names only the home country; its bare state bodies, parties and
                # opposition are the home country's (session 35; crowds and gangs stay bare; English in a story the
                # home country leads too when the act is on the home country: "Soldiers detained Finance Minister
                # Ignatius Chombo" in a HARARE story)
                sides = tuple(x for x in sides if (getattr(ev, f"{x}_code") or "")[:3] in LEAD_ROLES
                              or _own_crowd(ev, x))
            elif ev.source_country == home and ev.target_code in OWN_ROLES:
                # "Maduro accused the opposition of attempting a coup with the backing of Washington" in a CARACAS
                # story: a bare opposition the home country's own state acts on is its own, whatever country the
                # sentence names besides (session 29, ACT20)
                sides = ("target",)
            else:
                continue
        # (not story: a story the home country leads, named HOME_LEAD times any other: a sentence naming no country
        # is the home country's too; before session 29 ACT20 only a home story's: "Opposition leader X rejected the
        # result" in a CARACAS story naming Venezuela 18 times of 41, the US 5)
        for side in sides:
            code = getattr(ev, f"{side}_code")
            if not story and not own and (code or "")[:3] not in LEAD_ROLES:
                continue   # ("Police blamed the 400 Mawozo gang": the gang stays CRM, as the articles_en gold codes it)
            if code and not getattr(ev, f"{side}_country") and code[:3] not in intl:
                setattr(ev, f"{side}_country", home)
                setattr(ev, f"{side}_code", home + code)
                ev.rule += ":src-home" if side == "source" else ":tgt-home"


def _own_crowd(ev, side) -> bool:
    """Is ``side`` the bare crowd that stages an Arabic protest, or that a force hits ("إذ تجمع مئات المتظاهرين قرب
    مجلس النواب في وسط بيروت" in a BEIRUT story)?  A home story's protesters in a sentence naming only the home
    country are its own people, as a reader codes them (session 44 GAPAR44); so is the crowd a verb of force (roots
    17-20) of the home state or of a side of a country hits ("فيما أطلقت قوات الأمن الرصاص الحي على متظاهرين").  A
    crowd noun standing for its protest ("أغلق محتجون الطريق") stays bare: the retelling steps match such crowds by
    country."""
    if ev.lang != "ar" or ":verb:" not in ev.rule or (getattr(ev, f"{side}_code") or "")[:3] not in CROWD_ROLES:
        return False
    if side == "source":
        return ev.plover_type == "PROTEST"
    return ev.root in _FORCE_ROOTS and bool(ev.source_country or (ev.source_code or "")[:3] in LEAD_ROLES)


def _fill_ministries(doc, events, home) -> None:
    """The dateline's country for each bare foreign ministry source acting toward another country (see the module doc)."""
    forms = None
    for ev in events:
        if ev.source_country:
            continue
        a = actor_of(doc, ev.source_actor_id)
        if a is None:
            continue
        if forms is None:
            forms = kind_sets("home_country.tsv", ("foreign_ministry", "national_body", "domestic_ministry"))
        words = normalize(" ".join(doc.text[s:e] for s, e in a.spans[:1])).lower()
        if ev.target_country and ev.target_country != home and any(
                f in words for kind in ("foreign_ministry", "national_body") for f in forms[kind]):
            ev.rule += ":src-home-ministry"
        elif ev.target_country in (None, home) and any(f in words for f in forms["domestic_ministry"]):
            # (session 19, B6AC) "at least 12 people were arrested, the interior ministry said" in a Lima story of
            # Peru and Mexico: a domestic ministry (interior, police, health) speaks of its own country's affairs;
            # so does one acting on the home country's own people ("The Interior Ministry also dismissed the head of
            # the Catalan regional police" in a MADRID story, session 37 GAPEN37)
            ev.rule += ":src-home-interior"
        else:
            continue
        ev.source_country, ev.source_code = home, home + "GOV"
