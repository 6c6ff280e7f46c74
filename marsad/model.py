"""The one data model everything in marsad hangs on.

A :class:`Document` owns the original text and every annotation made on it.
Annotations never copy text around as truth: each carries ``start``/``end``
character offsets into ``Document.text`` (the article text exactly as decoded,
never modified), so any field can be traced back with ``doc.text[start:end]``.

Why dataclasses and not pydantic: the pipeline builds thousands of small
objects per article and must run at >100 articles/s per core; slotted
dataclasses are ~5x cheaper to create than pydantic models and need no
validation on the hot path.  Validation happens at the edges (readers, API),
and :func:`to_dict` / :func:`document_from_dict` give a stable JSON shape.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

SEGMENT_KINDS = (
    "title", "dateline", "body", "caption", "photo_credit", "ad", "source_line", "other",
)
# Segment kinds whose sentences are coded for events by default.
CODED_SEGMENT_KINDS = ("title", "body")

MENTION_TYPES = ("PERS", "ORG", "GPE", "LOC", "MISC", "NORP", "ROLE", "DATE")
GRANULARITIES = ("day", "month", "year", "range", "vague")
DATE_BASES = ("explicit", "relative", "inferred", "publication", "unresolved")
MODALITIES = ("asserted", "intent", "future", "conditional", "possible", "demand", "hypothetical")


def stable_id(*parts: Any, n: int = 16) -> str:
    """Deterministic short id from its parts (same input -> same id, any machine)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:n]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Segment:
    id: str
    kind: str                  # one of SEGMENT_KINDS
    start: int
    end: int
    lang: Optional[str] = None  # "ar", "en", other ISO 639-1, or None when unknown
    lang_confidence: float = 0.0


@dataclass(slots=True)
class Token:
    start: int                 # whole orthographic word, as written
    end: int
    text: str
    norm: str                  # normalised form of the stem, for lexicon matching
    stem_start: int            # the word without proclitics / pronoun suffixes
    stem_end: int
    prefix: str = ""           # proclitics split off (e.g. "و", "وب", "ال" is kept in stem)
    suffix: str = ""           # pronoun suffix split off (e.g. "ها")
    has_article: bool = False  # stem starts with the definite article ال
    index: int = 0             # position in the document's token list
    sentence: int = 0          # index of its sentence


@dataclass(slots=True)
class Sentence:
    id: str
    start: int
    end: int
    segment_id: str
    segment_kind: str
    lang: Optional[str]
    token_start: int = 0       # tokens are doc.tokens[token_start:token_end]
    token_end: int = 0
    paragraph: int = 0         # index of the paragraph (segment) it belongs to


@dataclass(slots=True)
class Mention:
    id: str
    start: int
    end: int
    text: str
    type: str                  # one of MENTION_TYPES
    norm: str                  # normalised form used for matching
    sentence: int
    token_start: int
    token_end: int
    source: str = "ner"        # ner | lexicon | gazetteer | rule
    confidence: float = 1.0


@dataclass(slots=True)
class Actor:
    """A resolved (or knowingly unresolved) participant.

    ``code`` is a CAMEO actor code such as ``RUSGOV`` or ``USASPY``; ``country``
    is ISO-3 (or None); ``role`` is the sector (GOV, MIL, SPY, DIP, ...).
    One Actor per referent per document: ``mention_ids``/``spans`` list every
    place it is mentioned (coreference).
    """
    id: str
    code: Optional[str]
    country: Optional[str]
    role: Optional[str]
    kind: str                  # person | organisation | country | group | unknown
    name_ar: Optional[str] = None
    name_en: Optional[str] = None
    entity_id: Optional[str] = None  # lexicon id of a named person/organisation
    spans: list[tuple[int, int]] = field(default_factory=list)
    mention_ids: list[str] = field(default_factory=list)
    resolved: bool = True
    basis: str = "lexicon"     # lexicon | title+nationality | metonym | coreference | translit | nationality | context (country from the document: context.tsv) | unresolved
    confidence: float = 1.0


@dataclass(slots=True)
class TimeRef:
    id: str
    start: int
    end: int
    text: str
    value: Optional[str]       # ISO date/month/year ("2022-11-14", "2022-11", "2022"), None when unresolved
    end_value: Optional[str]   # for ranges (inclusive end), else None
    granularity: str           # one of GRANULARITIES
    basis: str                 # explicit | relative | inferred | unresolved
    sentence: int = -1
    direction: Optional[str] = None  # past | future | None — for vague periods; future also for a date read forward by a future cue


@dataclass(slots=True)
class Place:
    id: str
    start: int
    end: int
    text: str
    name: str                  # canonical (English) name
    name_ar: Optional[str]
    geo_id: Optional[str]      # gazetteer id (GeoNames id or ISO-3 for countries)
    country: Optional[str]     # ISO-3
    lat: Optional[float]
    lon: Optional[float]
    precision: str             # city | region | country
    sentence: int = -1
    is_metonym: bool = False   # named as a government actor, not a location
    cue: Optional[str] = None  # what introduced it: locative (في/ب/in/at) | venue | direction | metonym | None


@dataclass(slots=True)
class Quote:
    id: str
    speaker_actor_id: Optional[str]
    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    direct: bool
    sentence: int
    cue: str = ""


@dataclass(slots=True)
class Event:
    id: str
    sentence: int
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    trigger: str
    cameo: str                 # 3- or 4-digit CAMEO code
    root: str                  # 2-digit root
    quad_class: int            # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    plover_type: Optional[str]
    plover_mode: Optional[str] = None
    plover_context: list[str] = field(default_factory=list)
    source_actor_id: Optional[str] = None
    source_code: Optional[str] = None
    source_country: Optional[str] = None
    source_role: Optional[str] = None
    source_span: Optional[tuple[int, int]] = None
    target_actor_id: Optional[str] = None
    target_code: Optional[str] = None
    target_country: Optional[str] = None
    target_role: Optional[str] = None
    target_span: Optional[tuple[int, int]] = None
    date: Optional[str] = None
    date_end: Optional[str] = None
    date_granularity: Optional[str] = None
    date_basis: str = "unresolved"
    date_timeref_id: Optional[str] = None
    place_id: Optional[str] = None
    place_basis: Optional[str] = None
    negated: bool = False
    modality: str = "asserted"
    reported_by_actor_id: Optional[str] = None
    reported_by_code: Optional[str] = None
    quote_id: Optional[str] = None
    historical: bool = False   # background (e.g. a definition or a past era), not a current event
    segment_kind: str = "body"
    confidence: float = 0.5
    story_id: Optional[str] = None
    lang: Optional[str] = None
    rule: str = ""             # which rule produced it (for debugging and evaluation)
    # the trigger spans of the same happening told again in the article (the headline, the lead, a passive retelling),
    # merged into this event (marsad.coding.retold) rather than coded again
    also_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    id: str
    text: str                  # the article text, exactly as decoded; all offsets point here
    raw: Optional[str] = None  # the original input when it was not plain text (e.g. HTML)
    url: Optional[str] = None
    source: Optional[str] = None        # where it came from (file path, feed, WARC record)
    publisher: Optional[str] = None
    agencies: list[str] = field(default_factory=list)
    title: Optional[str] = None
    author: Optional[str] = None
    published_at: Optional[str] = None  # ISO date or datetime, None when unknown (never invented)
    published_at_basis: str = "missing"  # metadata | user | dateline | missing
    lang: Optional[str] = None          # dominant language
    languages: list[str] = field(default_factory=list)
    content_hash: str = ""
    story_id: Optional[str] = None
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    timerefs: list[TimeRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    # -- construction -----------------------------------------------------
    @classmethod
    def from_text(cls, text: str, *, id: Optional[str] = None, published_at: Optional[str] = None,
                  lang: Optional[str] = None, **kw: Any) -> "Document":
        h = content_hash(text)
        doc = cls(id=id or h[:16], text=text, content_hash=h, **kw)
        if published_at:
            doc.published_at = published_at
            if doc.published_at_basis == "missing":
                doc.published_at_basis = "user"
        if lang:
            doc.lang = lang
            doc.meta["lang_forced"] = lang
        return doc

    # -- navigation helpers (read-only) ---------------------------------------
    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_tokens(self, i: int) -> list[Token]:
        s = self.sentences[i]
        return self.tokens[s.token_start:s.token_end]

    def segment_of(self, pos: int) -> Optional[Segment]:
        for seg in self.segments:
            if seg.start <= pos < seg.end:
                return seg
        return None

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def place(self, place_id: Optional[str]) -> Optional[Place]:
        if place_id is None:
            return None
        for p in self.places:
            if p.id == place_id:
                return p
        return None


# -- serialisation --------------------------------------------------------------

_ITEM_TYPES = {
    "segments": Segment, "sentences": Sentence, "tokens": Token, "mentions": Mention,
    "actors": Actor, "timerefs": TimeRef, "places": Place, "quotes": Quote, "events": Event,
}


def to_dict(obj: Any) -> Any:
    """Plain JSON-able dict of any model object (tuples become lists)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def _tuplify(cls: type, d: dict) -> dict:
    out = dict(d)
    for k in ("source_span", "target_span"):
        if k in out and isinstance(out[k], list):
            out[k] = tuple(out[k])
    if "spans" in out and isinstance(out["spans"], list):
        out["spans"] = [tuple(x) for x in out["spans"]]
    return out


def document_from_dict(d: dict) -> Document:
    d = dict(d)
    items = {k: [cls(**_tuplify(cls, x)) for x in d.pop(k, [])] for k, cls in _ITEM_TYPES.items()}
    doc = Document(**d)
    for k, v in items.items():
        setattr(doc, k, v)
    return doc


def event_record(doc: Document, ev: Event) -> dict:
    """The flat, self-describing record users see for one event (CLI jsonl, API, exports).

    Evidence offsets slice ``doc.text``: ``doc.text[sentence_start:sentence_end] == sentence``.
    """
    place = doc.place(ev.place_id)
    src = doc.actor(ev.source_actor_id)
    tgt = doc.actor(ev.target_actor_id)
    return {
        "event_id": ev.id,
        "doc_id": doc.id,
        "story_id": ev.story_id or doc.story_id,
        "url": doc.url,
        "publisher": doc.publisher,
        "published_at": doc.published_at,
        "date": ev.date,
        "date_end": ev.date_end,
        "date_granularity": ev.date_granularity,
        "date_basis": ev.date_basis,
        "source": {
            "code": ev.source_code, "country": ev.source_country, "role": ev.source_role,
            "name": (src.name_en or src.name_ar) if src else None,
            "text": doc.text[ev.source_span[0]:ev.source_span[1]] if ev.source_span else None,
            "span": list(ev.source_span) if ev.source_span else None,
        },
        "target": {
            "code": ev.target_code, "country": ev.target_country, "role": ev.target_role,
            "name": (tgt.name_en or tgt.name_ar) if tgt else None,
            "text": doc.text[ev.target_span[0]:ev.target_span[1]] if ev.target_span else None,
            "span": list(ev.target_span) if ev.target_span else None,
        },
        "cameo": ev.cameo,
        "cameo_root": ev.root,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_type": ev.plover_type,
        "plover_mode": ev.plover_mode,
        "plover_context": ev.plover_context,
        "negated": ev.negated,
        "modality": ev.modality,
        "historical": ev.historical,
        "reported_by": ev.reported_by_code,
        "place": None if place is None else {
            "name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon,
            "precision": place.precision, "geo_id": place.geo_id, "basis": ev.place_basis,
            "span": [place.start, place.end] if place.end > place.start else None,
        },
        "confidence": round(ev.confidence, 3),
        "segment": ev.segment_kind,
        "lang": ev.lang,
        "evidence": {
            "sentence": doc.text[ev.sentence_start:ev.sentence_end],
            "sentence_span": [ev.sentence_start, ev.sentence_end],
            "trigger": ev.trigger,
            "trigger_span": [ev.trigger_start, ev.trigger_end],
            "also_spans": [list(sp) for sp in ev.also_spans],
        },
        "rule": ev.rule,
    }


def iter_event_records(docs: Iterable[Document]):
    for d in docs:
        for ev in d.events:
            yield event_record(d, ev)
