"""Where an event happened: ``locate_event(doc, ev)`` sets ``ev.place_id`` and ``ev.place_basis``.

Rules, in order (the basis is recorded on the event):

1. ``clause`` — a place in the event's own clause (clauses are cut at the words and marks of
   type ``clause`` in ``marsad/data/geo/cues.tsv``: ، ; وهو، منذ، في حين، while ...).  Metonyms
   (``واشنطن ترفض``) and names that are the event's source or target actor are never locations
   unless a locative introduces them.  A country is only taken when a locative, venue or compass
   word introduces it (``في سوريا``, ``شمالي سوريا``), since bare country names are actors.
   Ranking: introduced by في/ب/in/at first, then the more precise, then the nearest to the trigger.
   A comma followed by a place name does not end a clause ("Mantyniemi, Helsinki, Finland").
   For material conflict (``quad_class == 4``), a bare country in the clause that is not the
   source's (nor inside the trigger) is the attacked country: "شنت روسيا الحرب على جارتها أوكرانيا".
2. Material conflict (``quad_class == 4``) with a target country and no place in its clause
   ("شنت روسيا الحرب على أوكرانيا"): the target's country, at country precision (basis ``actors``)
   — or the dateline place when it lies in that country (basis ``dateline``).  Fighting happens
   where the target is, not where the attacker's capital or the dateline is.
   ``sentence`` — a place phrase that opens the sentence before a comma ("وفي بيروت، تظاهر …",
   "Meanwhile in Baghdad, gunmen attacked …") is the place of every clause of the sentence that
   names none; for reported content only when the place is inside the content (the speaker's place
   is not the reported event's).
3. ``dateline`` — the place of the document's dateline segment.
4. ``actors`` — the country the source and target actors share, at country precision.

Never a place from another sentence (other than the dateline).  Country places made by rules
2 and 4 have ``start == end == -1`` and ``text == ""`` and are appended to ``doc.places`` once
per country (stable id).
"""
from __future__ import annotations

import re
from itertools import compress
from typing import Optional

from ..lang.columns import token_texts
from ..lang.normalize import normalize
from ..model import Document, Event, Place, stable_id
from ..resources import cached, data_path, read_tsv_dicts
from .gazetteer import PRECISION_RANK, get_gazetteer
from .match import _CONJ, _KEYS, _word_key

_CUED = ("locative", "venue", "direction")


def _fights_at_target(ev: Event) -> bool:
    """Material conflict done where its target is (a use of force, a show of force, a seizure): the rules that
    place it in the target's country.  (session 55) Reducing relations (16: "recalled its ambassador to Israel",
    "broke off relations with Mexico") and the administrative acts of 17 -- sanctions, expulsions and deportations
    (172 / 174: "رحلت السلطات آلاف المهاجرين الأفغان") -- are done at home, under the acting state's jurisdiction: the
    target's country is its nationality, not the place.  An arrest (173) keeps the rule: forces may seize a person
    abroad ("قوات أمريكية قبضت على الرئيس الفنزويلي"; with 173 in, blind_s266 and s199 lost one each)."""
    return ev.quad_class == 4 and ev.root != "16" and (ev.cameo or "")[:3] not in ("172", "174")


_COMMAS = (",", "،")


_PREFIXES: dict[int, tuple[set, frozenset]] = {}


def _clause_prefixes(clause: set) -> frozenset:
    """Every prefix of every clause key (and ""): a two-token key can only be a clause key when
    the first token's key is one of these (key_of works character by character), so the
    two-token key is built only then."""
    got = _PREFIXES.get(id(clause))
    if got is None or got[0] is not clause:
        pre = {""}
        for c in clause:
            pre.update(c[:i] for i in range(1, len(c) + 1))
        got = _PREFIXES[id(clause)] = (clause, frozenset(pre))
    return got[1]


class _DocState:
    """What locate_event reads from a document, computed once per document instead of once per
    event: the places of each sentence, the clause cuts of each sentence, the dateline place."""
    __slots__ = ("doc", "places", "n_places", "sentences", "tokens", "segments", "by_sent", "cuts", "dateline",
                 "datelines", "live", "clause", "fronted", "placed")

    def __init__(self, doc: Document):
        self.doc, self.places, self.n_places = doc, doc.places, len(doc.places)
        self.sentences, self.tokens, self.segments = doc.sentences, doc.tokens, doc.segments
        by_sent: dict[int, list[Place]] = {}
        mission = None
        for p in doc.places:   # doc order, as the per-event scans saw them
            if p.precision == "country" and p.end > p.start and doc.text[p.end:p.end + 1] == " " and p.text.isascii():
                # "outside the US embassy": the mission's state, not where it happened
                if mission is None:
                    mission = get_gazetteer().cues.mission
                nxt = doc.text[p.end + 1:p.end + 20].split(" ", 1)[0].rstrip(".,;:").lower()
                if nxt in mission:
                    continue
            by_sent.setdefault(p.sentence, []).append(p)
        self.by_sent = by_sent
        self.cuts: dict[tuple, list[int]] = {}
        self.dateline = _UNSET
        self.datelines = _UNSET   # every place of the dateline ("KYIV/ISTANBUL, June 2 -": two)
        self.live: dict[int, list[Place]] = {}   # sentence -> its places with a span (end > start)
        self.clause = None
        self.fronted: dict[int, Optional[Place]] = {}   # sentence -> its fronted place (or None)
        self.placed: dict[int, list] = {}   # sentence -> [(trigger start, place id)] of its events placed by it

    def valid_for(self, doc: Document) -> bool:
        # the event stage adds country places (rule 2/4) between events: a new length rebuilds
        return (self.doc is doc and self.places is doc.places and self.n_places == len(doc.places)
                and self.sentences is doc.sentences and self.tokens is doc.tokens
                and self.segments is doc.segments)


_UNSET = object()
_STATE: list = [None]   # the last document's _DocState (one document at a time per process)


def _state(doc: Document) -> _DocState:
    st = _STATE[0]
    if st is None or not st.valid_for(doc):
        st = _STATE[0] = _DocState(doc)
    return st


def _clause_bounds(doc: Document, sent_idx: int, pos: int, st: "Optional[_DocState]" = None) -> tuple[int, int]:
    s = doc.sentences[sent_idx]
    if st is None:
        st = _state(doc)
    clause = st.clause
    if clause is None:   # (the gazetteer's clause cues, read once per document state, not per event)
        clause = st.clause = get_gazetteer().cues.clause
    key = (sent_idx, id(clause))
    got = st.cuts.get(key)
    if got is None or got[0] is not clause:
        got = st.cuts[key] = (clause, _clause_cuts(doc, s, sent_idx, clause, st))
    lo, hi = s.start, s.end
    for c in got[1]:
        if c <= pos:
            lo = max(lo, c)
        else:
            hi = min(hi, c)
    return lo, hi


def _clause_cuts(doc: Document, s, sent_idx: int, clause: set, st: _DocState) -> list[int]:
    """Offsets where the sentence's clauses are cut (the same for every event of the sentence)."""
    prefixes = _clause_prefixes(clause)
    toks = doc.tokens[s.token_start:s.token_end]
    text = doc.text
    place_starts = None   # built when a comma needs it (most clauses have none)
    cuts = []
    n = len(toks)
    # (the place stage saw these words; a token's text is text[start:end]); the texts from the shared column and
    # the keys and the positions of the prefix keys picked in C, not by comprehensions (session 32, SPD32)
    keys = list(map(_KEYS.get, token_texts(doc)[s.token_start:s.token_end]))
    if None in keys:
        keys = [w if w is not None else _word_key(text[t.start:t.end]) for w, t in zip(keys, toks)]
    # (every clause key is one of its own prefixes: other tokens neither cut nor start a cut)
    for k in compress(range(n), map(prefixes.__contains__, keys)):
        t, w = toks[k], keys[k]
        if w in clause:
            # a comma inside a list of places ("Mantyniemi, Helsinki, Finland") does not end the clause
            if w in _COMMAS and k + 1 < n:
                if place_starts is None:
                    place_starts = {p.start for p in st.by_sent.get(sent_idx, ())}
                if toks[k + 1].start in place_starts:
                    continue
            cuts.append(t.start)
        elif k + 1 < n and _word_key(text[t.start:toks[k + 1].end]) in clause:
            cuts.append(t.start)
    return cuts


_TRAILING_MAX = 2   # "وفي مدينة النعمة الحدودية الشرقية، …"


def fronted_place(doc: Document, sent_idx: int, places: list[Place]) -> Optional[Place]:
    """The place phrase that opens the sentence and ends at a comma ("وفي بيروت، …", "Meanwhile in
    Baghdad, …"), or None.  Only opener words (``opener`` in cues.tsv), place cue words and time
    expressions may stand before it; the place must be introduced by a cue word."""
    p = min(places, key=lambda q: q.start)
    if getattr(p, "cue", None) not in _CUED:
        return None
    s = doc.sentences[sent_idx]
    cues = get_gazetteer().cues
    times = [(t.start, t.end) for t in doc.timerefs if s.start <= t.start < p.start]
    for k in range(s.token_start, s.token_end):
        t = doc.tokens[k]
        if t.start >= p.start:
            break
        if any(a <= t.start < b for a, b in times):
            continue
        w = _word_key(t.text)
        if not any(f in cues.opener or f in cues.locative or f in cues.venue or f in cues.direction
                   for f in ((w, w[1:]) if w[:1] in _CONJ and len(w) > 2 else (w,))):
            return None
    after = 0
    times = [(t.start, t.end) for t in doc.timerefs if p.end <= t.start < s.end]
    for k in range(s.token_start, s.token_end):
        t = doc.tokens[k]
        if t.start >= p.end:
            if t.text in _COMMAS:
                return p
            if any(a <= t.start < b for a, b in times):
                continue   # "In Istanbul on Monday, delegations held talks": the day after the place (session 46)
            # "وفي مدينة عدل بكرو الحدودية، …": an adjective of the place before the comma (session 18, B5EV)
            after += 1
            if after > _TRAILING_MAX or _word_key(t.text) not in cues.trailing:
                return None
    return None


def _in_content(doc: Document, quote_id: str, p: Place) -> bool:
    """Is the place inside the content of the quote (not in the speaker's part: "In Washington, a
    spokesman said …" places the statement, not what it reports)?"""
    q = next((q for q in doc.quotes if q.id == quote_id), None)
    return q is not None and q.content_start <= p.start < q.content_end


def _in_content_at(doc: Document, quote_id: str, pos: int) -> bool:
    """Is ``pos`` inside the content of the quote?  A speech verb outside its content ("وفي القاهرة، أعلنت الوزارة أن
    …", "In Cairo, the ministry said …") is the speaker's act, placed where the speaker is (session 47)."""
    q = next((q for q in doc.quotes if q.id == quote_id), None)
    return q is not None and q.content_start <= pos < q.content_end


_AND_BEFORE = re.compile(r"(?:[,،]\s*|\band\s+)\Z")
_PREP_BEFORE = re.compile(r"\b(?:for|to|of|in|on|with|by|against|from|at|about)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _speaker_coordinated(doc: Document, ev: Event) -> bool:
    """(session 52) "وفي لشبونة، قال رئيس الوزراء إن التقرير …، وطالب مدريد بـ…", "In Phnom Penh, a spokesman said the
    verdict was an internal matter and urged Bangkok to …": a verb joined by "و" after a comma, or by "and", whose
    source is the quote's speaker is the speaker's next act, not reported content: the sentence's fronted place is
    where it happened, though the quote's content is read to the end of the sentence."""
    q = next((q for q in doc.quotes if q.id == ev.quote_id), None)
    sp = ev.source_span
    # (no source yet: the pro-drop verb's subject is the sentence's, the speaker's; nor an English source after a
    # preposition, no subject: "said the verdict was an internal matter for Thailand and urged Bangkok" -- s52)
    if sp and ev.lang == "en" and _PREP_BEFORE.search(doc.text, max(0, sp[0] - 12), sp[0]):
        sp = None
    if q is None or (sp and not (sp[0] < q.speaker_end and q.speaker_start < sp[1])):
        return False
    before = doc.text[max(0, ev.trigger_start - 6):ev.trigger_start]
    if ev.lang == "ar":
        return ev.trigger[:1] == "و" and bool(re.search(r"[,،]\s*\Z", before))
    return _AND_BEFORE.search(before) is not None


def _is_actor_span(p: Place, ev: Event) -> bool:
    for sp in (ev.source_span, ev.target_span):
        if sp and sp[0] < p.end and p.start < sp[1]:
            return True
    return False


def _eligible(p: Place, ev: Event) -> bool:
    if p.is_metonym or p.end <= p.start:
        return False
    if ev.cameo == "054" and p.precision == "country" and p.country and p.country == ev.target_country:
        return False   # ("اعترفت فرنسا بدولة فلسطين": the recognised state is the act's object, not its site; s51)
    cued = getattr(p, "cue", None) in _CUED
    if not cued and (_is_actor_span(p, ev) or p.precision == "country"):
        return False
    return True


_IN_AFTER_WORD = re.compile(r"(\S+)\s+in\s+\Z")


def _attached(doc: Document, p: Place, ev: Event) -> bool:
    """Is ``p`` introduced by "in" right after a word that takes it (cues.tsv ``attached``: "to end the war in
    Ukraine", "the ceasefire agreed in Malaysia") that is not the event's trigger?  Such a place is that noun's."""
    lo = max(0, p.start - 40)
    m = _IN_AFTER_WORD.search(doc.text, lo, p.start)
    if m is None or ev.trigger_start <= m.start(1) < ev.trigger_end:
        return False
    return _word_key(m.group(1).strip(",")) in get_gazetteer().cues.attached


# (session 54) the Arabic twin: "في" + a place (one word such as قطاع / مدينة may stand between) right after a
# listed noun ("مفاوضات وقف إطلاق النار في غزة"، "الحرب في السودان"، "الأوضاع في غزة"); the noun may carry و / ف / ب /
# ل ("وللحرب", "بالأزمة")
_FI_AFTER_WORD = re.compile(r"(\S+)\s+في\s+(?:[^\s،,.]+\s+)?\Z")


def _attached_ar(doc: Document, p: Place, ev: Event) -> bool:
    lo = max(0, p.start - 40)
    m = _FI_AFTER_WORD.search(doc.text, lo, p.start)
    if m is None or ev.trigger_start <= m.start(1) < ev.trigger_end:
        return False
    w = _word_key(m.group(1).strip(",،"))
    att = get_gazetteer().cues.attached
    if w in att:
        return True
    if w[:1] in "وف":
        w = w[1:]
    if w.startswith("لل"):
        w = "ال" + w[2:]
    elif w[:1] in "بل":
        w = w[1:]
    return w in att


def _rank(p: Place, ev: Event):
    dist = min(abs(p.start - ev.trigger_end), abs(ev.trigger_start - p.end))
    cue = getattr(p, "cue", None)
    return (cue == "locative" or cue == "direction", cue in _CUED,
            PRECISION_RANK.get(p.precision, 0), -dist)


def _country_place(doc: Document, iso3: str) -> Optional[Place]:
    pid = stable_id(doc.id, "place", "country", iso3)
    for p in doc.places:
        if p.id == pid:
            return p
    e = get_gazetteer().countries.get(iso3)
    if e is None:
        return None
    p = Place(id=pid, start=-1, end=-1, text="", name=e.name_en, name_ar=e.name_ar or None, geo_id=e.id,
              country=iso3, lat=e.lat, lon=e.lon, precision="country", sentence=-1)
    doc.places.append(p)
    return p


def dateline_place(doc: Document) -> Optional[Place]:
    st = _state(doc)
    if st.dateline is _UNSET:
        st.dateline = _dateline_place(doc)
    return st.dateline


def _dateline_places(doc: Document) -> list[Place]:
    """The dateline's first place and those joined to it by a slash ("KYIV/ISTANBUL, June 2 -"); not the later places
    of a stamp line ("موسكو - … | 08:30 بتوقيت دمشق")."""
    segs = [s for s in doc.segments if s.kind == "dateline"]
    if not segs:
        return []
    got: list[Place] = []
    for p in doc.places:
        if p.end > p.start and any(s.start <= p.start < s.end for s in segs):
            if got and doc.text[got[-1].end:p.start].strip() != "/":
                break
            got.append(p)
    return got


def _dateline_place(doc: Document) -> Optional[Place]:
    """The dateline's place; None when the dateline names cities of two countries ("KYIV/ISTANBUL, June 2 -"): a story
    filed from both sides has no one home (session 46)."""
    got = _dateline_places(doc)
    if len({p.country for p in got}) > 1:
        return None
    return got[0] if got else None


def _shared_dateline_place(st: _DocState, ev: Event) -> Optional[Place]:
    """"BAKU/TEHRAN, Jan 27 - … Tehran police arrested the attacker": under a dateline of two countries' cities, the
    city of the event's side -- the attacked target's country for material conflict, else the source's (a statement's
    or a visit's object is often elsewhere: "In the Oval Office, Trump repeated that the US needs Greenland" under
    COPENHAGEN/NUUK is not in Nuuk); None when no side is of those countries (session 46)."""
    got = st.datelines
    if got is _UNSET:
        got = st.datelines = _dateline_places(st.doc)
    if len({p.country for p in got}) < 2:
        return None
    sides = (ev.target_country, ev.source_country) if _fights_at_target(ev) else (ev.source_country,)
    for c in sides:
        p = next((p for p in got if c and p.country == c), None)
        if p is not None:
            return p
    return None


_IN_CONTAINER = re.compile(r"\s+in\s+(?:the\s+)?")


def _without_containers(text: str, own: list[Place]) -> list[Place]:
    """"shelled the city of El Fasher in North Darfur", "protesters in Nampula in northern Mozambique": a place
    right after another place and "in" is the first one's container, less precise than it; it is left out
    (session 23, ENX)."""
    inner = [q for q in own if any(p.end <= q.start and p.end + 12 > q.start
                                   and _IN_CONTAINER.fullmatch(text, p.end, q.start) for p in own)]
    return [q for q in own if q not in inner] if inner else own


def _told_clause_places(doc: Document, ev: Event, elig: list[Place], st) -> list[Place]:
    """"قتل سبعة من عناصر الحرس الثوري الإيراني، بينهم قائدان، في غارة إسرائيلية … في حي المزة غربي دمشق": the
    killing's clause names no place, but the strike noun merged into it (``also_spans`` in the same sentence, see
    ``events._told_too``) does: the places of that noun's clause are the event's (session 25, B12X; before, the
    victims' nationality gave the place)."""
    s = doc.sentences[ev.sentence]
    own: list[Place] = []
    for a, _b in ev.also_spans:
        if s.start <= a < s.end and not (ev.trigger_start <= a < ev.trigger_end):
            lo, hi = _clause_bounds(doc, ev.sentence, a, st)
            own.extend(p for p in elig if lo <= p.start < hi and p not in own)
    return _without_containers(doc.text, own) if len(own) > 1 else own


_AR_TIME_SUBORD = frozenset(("بعد", "قبل", "عقب", "إثر", "اثر"))


def _after_time_word(text: str, a: int, start: int) -> bool:
    """"الدبيبة يوقف الوزيرة عن العمل بعد لقائها نظيرها في روما": a place after بعد / قبل / عقب + a verbal noun is that
    earlier (or later) act's place, not the verb's -- used only for a place abroad (in neither side's country: "علّقت
    الحكومة … إثر حادثة طعن في العاصمة" is at home; session 55, BLINDAR55)."""
    words = [w.strip("،,") for w in text[a:start].split()[1:]]
    # (not before a time word -- "اغتالت وحدة إسرائيلية قبل ظهر أمس ناشطا … من بلدة قباطية" is no earlier act: the
    # lead, session 55, as the GSR span lost its target's country)
    return any(w in _AR_TIME_SUBORD and k + 1 < len(words) and not _time_word(words[k + 1])
               for k, w in enumerate(words))


def _time_word(w: str) -> bool:
    """Is ``w`` an Arabic time word of the cue table (type ``time``: ظهر، أمس، صباح …)?"""
    from ..coding.structure import get_lexicon   # (the coding lexicon reads cues_ar.tsv once for every stage)
    return "time" in get_lexicon("ar").cue(normalize(w))


_ASIDE_SUBJECT_WORDS = 8   # words of the subject before a comma-set aside ("President Volodymyr Zelensky, at …,")
_ASIDE_VERB_GAP = 3   # words between the aside's closing comma and the main verb ("…, then pledged")


def _subject_aside_start(doc: Document, ev: Event, st: _DocState, lo: int) -> Optional[int]:
    """"Zelensky, at a European Union summit in Brussels on Thursday, welcomed …": the start of a comma-set aside
    between a short subject and the event's verb (the sentence's first two commas, the verb within a few words of
    the second), whose place is the verb's, as a place phrase fronted before the subject is; else None (session 46).
    Not after a relative word: "The envoy, who met X in Y, said …" places the meeting, not the statement."""
    s = doc.sentences[ev.sentence]
    if doc.text[lo:lo + 1] != "," or len(doc.text[lo + 1:ev.trigger_start].split()) > _ASIDE_VERB_GAP:
        return None
    key = (ev.sentence, id(st.clause))
    cuts = [c for c in st.cuts[key][1] if s.start < c < lo] if key in st.cuts else []
    if len(cuts) != 1 or doc.text[cuts[0]] != ","             or len(doc.text[s.start:cuts[0]].split()) > _ASIDE_SUBJECT_WORDS:
        return None
    if doc.text[cuts[0] + 1:lo].split(None, 1)[0].lower() in st.clause:
        return None   # (", who …," / ", which …,": a relative clause has its own verb)
    return cuts[0]


def _earlier_clause_place(doc: Document, ev: Event, elig: list[Place], lo: int, st: _DocState) -> Optional[Place]:
    """"Demonstrators in Lyon blocked a motorway before police dispersed them", "… marched to the embassy in Santiago,
    and police used water cannon to push them back": a use of force whose own clause names no place happens where
    the clause before it in the sentence does -- the last place a locative introduces there, not inside a quote's
    content the event is outside of (session 47; before, the dateline's city)."""
    opener = doc.text[lo:ev.trigger_start].split()[:2]
    earlier = get_gazetteer().cues.earlier
    if any(_word_key(w.strip(",،")) in earlier for w in opener):
        return None   # ("…, hours after a journalist was arrested": another happening, told as a time)
    cands = [p for p in elig if p.end <= lo and getattr(p, "cue", None) == "locative"
             and (ev.quote_id is None or _in_content(doc, ev.quote_id, p))]
    return cands[-1] if cands else None


def _previous_sentence_place(doc: Document, ev: Event, st: _DocState) -> Optional[Place]:
    """(session 51, English) "Hundreds of protesters gathered outside the French embassy in Niamey on Sunday.  Several
    tried to force their way into the compound and set fire to its doors": an event whose own sentence gives it no
    place goes on the scene the sentence before it in its paragraph set -- the place its first event took from its
    own clause or a fronted phrase (asserted, no background; a city or finer, not a country) -- rather than the
    dateline's city.  The first event only: a later one of that sentence is often its content or an aside ("…, adding
    that he looked forward to welcoming Putin in New Delhi")."""
    sents = doc.sentences
    if not (0 < ev.sentence < len(sents)):
        return None
    k = ev.sentence - 1
    prev, cur = sents[k], sents[ev.sentence]
    if prev.paragraph != cur.paragraph or prev.segment_kind != cur.segment_kind:
        return None
    if _opens_own_setting(doc, ev.sentence):
        return None
    got = st.placed.get(k)
    pid = min(got)[1] if got else None
    if pid is None:
        return None
    p = next((p for p in doc.places if p.id == pid), None)
    return p if p is not None and p.precision != "country" else None


def _setting_phrases() -> tuple[frozenset, tuple]:
    """(lead words, setting phrases as word tuples) of geo/settings.tsv."""
    def load():
        lead, phrases = set(), set()
        for r in read_tsv_dicts(data_path("geo", "settings.tsv")):
            words = tuple(r["phrase"].lower().split())
            if r["kind"].strip() == "lead":
                lead.update(words)
            elif words:
                phrases.add(words)
        return frozenset(lead), tuple(sorted(phrases))
    return cached(("locate", "settings.tsv"), load)


def _opens_own_setting(doc: Document, sent_idx: int) -> bool:
    """Does the sentence open with a phrase setting its own scene ("On the sidelines of the summit, …", "In a
    separate meeting, …", "Separately, …"; geo/settings.tsv)?  Its events are then not on the scene of the sentence
    before it: two meetings of one pair told one after the other are two meetings, not one in one place."""
    lead, phrases = _setting_phrases()
    s = doc.sentences[sent_idx]
    words = []
    for k in range(s.token_start, min(s.token_end, s.token_start + 8)):
        w = doc.tokens[k].text.lower()
        if not words and (w in lead or w == ","):
            continue   # ("But during the visit, …")
        words.append(w)
    words = tuple(words)
    return any(words[:len(p)] == p for p in phrases)


def _fronted_over_clause(doc: Document, ev: Event, st: _DocState, elig: list, own: list, lo: int) -> Optional[Place]:
    """(session 55) "وفي نيويورك، أعرب المتحدث … عن القلق إزاء المدنيين في أحياء الخرطوم"، "وفي القاهرة، أجرى الوزير
    اتصالات مع نظرائه في الصومال"، "وفي أثينا، دعا الوزير السلطات في شرق ليبيا إلى …": the clause a fronted place
    phrase opens happens there; a place of another country named inside that clause belongs to a noun of it (the
    civilians', the counterparts', the authorities'), not to the act.  Only the clause right after the phrase's comma
    (a later clause may be another happening), only when none of the clause's places lies in the fronted place's
    country ("وفي الضفة الغربية، اعتقل الجيش … في الخليل" keeps Hebron), and with the quote conditions of the
    sentence rule (a reported content's own place stays)."""
    fp = st.fronted.get(ev.sentence, _UNSET)
    if fp is _UNSET:
        fp = st.fronted[ev.sentence] = fronted_place(doc, ev.sentence, elig)
    if fp is None or fp.end > lo or fp in own or not fp.country:
        return None
    if any(p.country == fp.country or not p.country for p in own):
        return None
    comma = min((doc.text.find(c, fp.end) for c in _COMMAS if doc.text.find(c, fp.end) >= 0), default=-1)
    if comma < 0 or lo > comma:
        return None   # (a later clause of the sentence)
    if ev.quote_id is not None and not (_in_content(doc, ev.quote_id, fp)
                                        or not _in_content_at(doc, ev.quote_id, ev.trigger_start)
                                        or _speaker_coordinated(doc, ev)):
        return None
    return fp


def locate_event(doc: Document, ev: Event) -> None:
    """Set ``ev.place_id`` / ``ev.place_basis`` (None / None when nothing fits)."""
    _locate_event(doc, ev)
    # (each event's own place, for the next sentence's events: _previous_sentence_place)
    _state(doc).placed.setdefault(ev.sentence, []).append(
        (ev.trigger_start, ev.place_id if ev.place_basis in ("clause", "sentence") and ev.modality == "asserted"
         and not ev.historical else None))


def _locate_event(doc: Document, ev: Event) -> None:
    ev.place_id, ev.place_basis = None, None
    st = _state(doc)
    sent_places = st.live.get(ev.sentence)
    if sent_places is None:
        sent_places = st.live[ev.sentence] = [p for p in st.by_sent.get(ev.sentence, ()) if p.end > p.start]
    if sent_places and 0 <= ev.sentence < len(doc.sentences):
        # the sentence's places that could be the event's, in order; the clause bounds are needed only when
        # there is one, or for material conflict's attacked country below
        elig = [p for p in sent_places if _eligible(p, ev)]
        if elig or ev.quad_class == 4:
            lo, hi = _clause_bounds(doc, ev.sentence, ev.trigger_start, st)
            own = [p for p in elig if lo <= p.start < hi]   # (the clause's eligible places)
            if own and ev.lang == "en":
                own = [p for p in own if not _attached(doc, p, ev)]   # ("to end the war in Ukraine", session 49)
            elif own and ev.lang == "ar" and ev.quad_class != 4:
                # ("اتهم … بإفشال مفاوضات وقف إطلاق النار في غزة", session 54; a use of force keeps it: "قتل عشرة في
                # القتال في الخرطوم" happened there)
                own = [p for p in own if not _attached_ar(doc, p, ev)]
            aside = _subject_aside_start(doc, ev, st, lo) if elig else None
            if aside is not None:
                # (the aside's places are the verb's, a locative one first as in its own clause)
                own = [p for p in elig if aside <= p.start < lo] + own
            if own and ev.lang == "ar" and ev.source_country:
                own = [p for p in own if not (p.start > ev.trigger_end and p.country
                                              and p.country not in (ev.source_country, ev.target_country)
                                              and _after_time_word(doc.text, ev.trigger_end - 1, p.start))]
            if len(own) > 1:
                own = _without_containers(doc.text, own)
            if not own and ev.also_spans:
                own = _told_clause_places(doc, ev, elig, st)
            if own:
                best = own[0] if len(own) == 1 else max(own, key=lambda p: _rank(p, ev))
                fp = _fronted_over_clause(doc, ev, st, elig, own, lo)
                if fp is not None:
                    ev.place_id, ev.place_basis = fp.id, "sentence"
                    return
                ev.place_id, ev.place_basis = best.id, "clause"
                return
            if _fights_at_target(ev):
                clause = [p for p in sent_places if lo <= p.start < hi]
                # "شنت روسيا الحرب على جارتها أوكرانيا": the attacked country named in the clause,
                # i.e. the last country there that is not the source's and not inside the trigger
                cands = [p for p in clause if p.precision == "country" and not p.is_metonym
                         and p.country != ev.source_country
                         and not (ev.source_span and ev.source_span[0] < p.end and p.start < ev.source_span[1])
                         and not (ev.trigger_start <= p.start and p.end <= ev.trigger_end)
                         and (ev.target_country is None or p.country == ev.target_country)]
                if cands:
                    ev.place_id, ev.place_basis = cands[-1].id, "clause"
                    return
            if elig:
                fp = st.fronted.get(ev.sentence, _UNSET)
                if fp is _UNSET:
                    fp = st.fronted[ev.sentence] = fronted_place(doc, ev.sentence, elig)
                if fp is not None and fp.end <= lo and (ev.quote_id is None or _in_content(doc, ev.quote_id, fp)
                                                        or not _in_content_at(doc, ev.quote_id, ev.trigger_start)
                                                        or _speaker_coordinated(doc, ev)):
                    ev.place_id, ev.place_basis = fp.id, "sentence"
                    return
                if ev.quad_class == 4:
                    ep = _earlier_clause_place(doc, ev, elig, lo, st)
                    if ep is not None:
                        ev.place_id, ev.place_basis = ep.id, "sentence"
                        return
    dl = st.dateline   # (dateline_place(doc) on the state read above: nothing changed the places since)
    if dl is _UNSET:
        dl = st.dateline = _dateline_place(doc)
    if dl is None:
        dl = _shared_dateline_place(st, ev)
    if ":visit-place" in ev.rule and ev.target_country:
        # "ووصل ترامب إلى إسرائيل في أول زيارة له": a visit happens at its destination, not where the story is datelined
        # (the destination's most precise place named in the sentence, else its country; session 42)
        dest = [p for p in sent_places or () if p.country == ev.target_country and not p.is_metonym]
        p = max(dest, key=lambda q: PRECISION_RANK.get(q.precision, 0)) if dest \
            else _country_place(doc, ev.target_country)
        if p is not None:
            ev.place_id, ev.place_basis = p.id, "clause" if dest else "actors"
            return
    if ev.lang == "en":
        cp = _previous_sentence_place(doc, ev, st)
        if cp is not None:
            ev.place_id, ev.place_basis = cp.id, "paragraph"
            return
    if _fights_at_target(ev) and ev.target_country:
        if dl is not None and dl.country == ev.target_country:
            ev.place_id, ev.place_basis = dl.id, "dateline"
            return
        p = _country_place(doc, ev.target_country)
        if p is not None:
            ev.place_id, ev.place_basis = p.id, "actors"
            return
    if dl is not None:
        ev.place_id, ev.place_basis = dl.id, "dateline"
        return
    if ev.source_country and (ev.source_country == ev.target_country or ev.quad_class == 4
                              and ev.target_country and not _fights_at_target(ev)):
        # (session 55: an act done at home, with no place and no dateline, is in the acting state's country)
        p = _country_place(doc, ev.source_country)
        if p is not None:
            ev.place_id, ev.place_basis = p.id, "actors"
