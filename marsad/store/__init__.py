"""The event store: DuckDB by default, PostgreSQL as a server option.

Where it lives: ``--db`` on the command line, else ``$MARSAD_DB``, else
``./marsad.duckdb`` (a file in the current directory).  A ``postgresql://`` URL
selects PostgreSQL.

Guarantees:
- Writing is atomic per batch of documents (one transaction); a killed run leaves
  the store readable with whole documents only, and a rerun completes the set.
- Idempotent: a document whose content hash is already stored is skipped, so
  ingesting the same files twice leaves every row count unchanged.
- Failures (unreadable input, pipeline errors) are recorded in ``failed_documents``
  with their error; they never stop a batch.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from ..model import Document
from ..records import EVENT_COLUMNS, doc_event_rows
from . import schema as S
from .backend import Backend, StoreBusyError, connect

DEFAULT_DB = "marsad.duckdb"

__all__ = ["Store", "open_store", "default_db_url", "EventFilter", "StoreBusyError", "WriteResult"]


def default_db_url(db: Optional[str] = None) -> str:
    return db or os.environ.get("MARSAD_DB") or DEFAULT_DB


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass
class WriteResult:
    added: int = 0
    skipped: int = 0
    events: int = 0
    doc_ids: list[str] = field(default_factory=list)


@dataclass
class EventFilter:
    """Filters shared by `marsad events`, `marsad export` and the API.

    Actor arguments match a CAMEO code prefix (``RUS``, ``RUSGOV``) or an ISO-3 country.
    """
    actor: Optional[str] = None          # either side
    source: Optional[str] = None
    target: Optional[str] = None
    dyad: Optional[tuple[str, str]] = None
    undirected: bool = False             # dyad in either direction
    cameo: Optional[str] = None          # code prefix: "04", "043", "1823"
    plover: Optional[str] = None         # PLOVER event type
    quad_class: Optional[int] = None
    since: Optional[str] = None          # inclusive ISO date
    until: Optional[str] = None          # inclusive ISO date
    doc_id: Optional[str] = None
    story_id: Optional[str] = None
    include_negated: bool = True
    include_historical: bool = True
    segment: Optional[str] = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []

        def side(prefix: str, value: str) -> str:
            params.extend([value.upper() + "%", value.upper()])
            return f"({prefix}_code LIKE ? OR {prefix}_country = ?)"

        if self.actor:
            a = side("source", self.actor)
            b = side("target", self.actor)
            clauses.append(f"({a} OR {b})")
        if self.source:
            clauses.append(side("source", self.source))
        if self.target:
            clauses.append(side("target", self.target))
        if self.dyad:
            x, y = self.dyad
            fwd = f"({side('source', x)} AND {side('target', y)})"
            if self.undirected:
                rev = f"({side('source', y)} AND {side('target', x)})"
                clauses.append(f"({fwd} OR {rev})")
            else:
                clauses.append(fwd)
        if self.cameo:
            clauses.append("cameo LIKE ?")
            params.append(self.cameo + "%")
        if self.plover:
            clauses.append("plover_type = ?")
            params.append(self.plover.upper())
        if self.quad_class is not None:
            clauses.append("quad_class = ?")
            params.append(int(self.quad_class))
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since)
        if self.until:
            # dates are ISO strings of varying granularity; compare on the prefix
            clauses.append("substr(date, 1, 10) <= ?")
            params.append(self.until)
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        if self.story_id:
            clauses.append("story_id = ?")
            params.append(self.story_id)
        if not self.include_negated:
            clauses.append("negated = FALSE")
        if not self.include_historical:
            clauses.append("historical = FALSE")
        if self.segment:
            clauses.append("segment = ?")
            params.append(self.segment)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class Store:
    def __init__(self, backend: Backend):
        self.db = backend
        self.kind = backend.kind
        self.url = backend.url

    # -- lifecycle --------------------------------------------------------------
    def migrate(self) -> int:
        """Bring the schema to SCHEMA_VERSION; returns the version found before."""
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT)")
        _, rows = self.db.query("SELECT max(version) FROM schema_version")
        current = rows[0][0] or 0
        if current > S.SCHEMA_VERSION:
            raise RuntimeError(f"store schema v{current} is newer than this marsad (v{S.SCHEMA_VERSION}); upgrade marsad")
        for v in range(current, S.SCHEMA_VERSION):
            with self.db.transaction():
                for stmt in S.MIGRATIONS[v]():
                    self.db.execute(stmt)
                self.db.execute("INSERT INTO schema_version VALUES (?, ?)", [v + 1, _now()])
        return current

    def schema_version(self) -> int:
        _, rows = self.db.query("SELECT max(version) FROM schema_version")
        return rows[0][0] or 0

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- writing -------------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        if not hashes:
            return set()
        out: set[str] = set()
        hs = list(hashes)
        for i in range(0, len(hs), 500):
            chunk = hs[i:i + 500]
            _, rows = self.db.query(
                f"SELECT content_hash FROM documents WHERE content_hash IN ({', '.join('?' * len(chunk))})", chunk)
            out.update(r[0] for r in rows)
        return out

    def has_document(self, content_hash: str) -> bool:
        return bool(self.known_hashes([content_hash]))

    def _assign_story(self, doc: Document) -> list[tuple[str, str, str]]:
        """Story id from LSH band collisions with stored documents (near-duplicate clustering)."""
        from ..io import stories
        body = doc.text
        keys = stories.band_keys(stories.signature(body))
        story = doc.story_id or doc.id
        if keys:
            _, rows = self.db.query(
                f"SELECT story_id, count(*) AS n FROM story_bands WHERE band_key IN ({', '.join('?' * len(keys))}) "
                f"GROUP BY story_id ORDER BY n DESC, story_id LIMIT 1", keys)
            if rows and rows[0][1] >= getattr(stories, "MIN_SHARED_BANDS", 1):
                story = rows[0][0]
        doc.story_id = story
        return [(k, doc.id, story) for k in keys]

    def write_documents(self, docs: Iterable[Document]) -> WriteResult:
        """Store coded documents in one transaction; already-stored content is skipped."""
        docs = list(docs)
        res = WriteResult()
        known = self.known_hashes([d.content_hash for d in docs])
        seen: set[str] = set()
        todo = []
        for d in docs:
            if d.content_hash in known or d.content_hash in seen:
                res.skipped += 1
                continue
            seen.add(d.content_hash)
            todo.append(d)
        if not todo:
            return res
        with self.db.transaction():
            from .search import IndexBuffer  # keyword search index (schema v3), one bulk write per batch
            index = IndexBuffer()
            for d in todo:
                bands = self._assign_story(d)
                self.db.insert_rows("story_bands", ["band_key", "doc_id", "story_id"], bands)
                self._write_layers(d, index)
                res.added += 1
                res.events += len(d.events)
                res.doc_ids.append(d.id)
            index.flush(self)
        return res

    def _write_layers(self, d: Document, index: Any = None) -> None:
        from ..lang.normalize import normalize
        ins = self.db.insert_rows
        ins("segments", [c for c, _ in S.SEGMENT_SCHEMA],
            [(d.id, s.id, s.kind, s.start, s.end, s.lang) for s in d.segments])
        ins("sentences", [c for c, _ in S.SENTENCE_SCHEMA],
            [(d.id, i, s.id, s.segment_id, s.segment_kind, s.start, s.end, s.lang) for i, s in enumerate(d.sentences)])
        ins("mentions", [c for c, _ in S.MENTION_SCHEMA],
            [(d.id, m.id, m.type, m.text, m.norm, m.start, m.end, m.sentence, m.source, m.confidence) for m in d.mentions])
        ins("actors", [c for c, _ in S.ACTOR_SCHEMA],
            [(d.id, a.id, a.code, a.country, a.role, a.kind, a.name_ar, a.name_en, a.entity_id, a.resolved, a.basis,
              a.confidence, json.dumps([list(s) for s in a.spans])) for a in d.actors])
        ins("timerefs", [c for c, _ in S.TIMEREF_SCHEMA],
            [(d.id, t.id, t.text, t.value, t.end_value, t.granularity, t.basis, t.start, t.end, t.sentence)
             for t in d.timerefs])
        ins("places", [c for c, _ in S.PLACE_SCHEMA],
            [(d.id, p.id, p.text, p.name, p.name_ar, p.geo_id, p.country, p.lat, p.lon, p.precision, p.is_metonym,
              p.start, p.end, p.sentence) for p in d.places])
        ins("quotes", [c for c, _ in S.QUOTE_SCHEMA],
            [(d.id, q.id, q.speaker_actor_id, q.speaker_start, q.speaker_end, q.cue, q.cue_start, q.cue_end,
              q.content_start, q.content_end, q.direct, q.sentence) for q in d.quotes])
        rows = doc_event_rows(d)
        for r in rows:
            r["story_id"] = d.story_id
        ins("events", EVENT_COLUMNS, [tuple(r[c] for c in EVENT_COLUMNS) for r in rows])
        from .search import index_document  # keyword search index (schema v3)
        index_document(self, d.id, d.text, d.title, buffer=index)
        ins("documents", [c for c, _ in S.DOCUMENT_SCHEMA], [(
            d.id, d.content_hash, d.url, d.source, d.publisher, json.dumps(d.agencies, ensure_ascii=False),
            d.title, d.author, d.published_at, d.published_at_basis, d.lang, ",".join(d.languages), d.story_id,
            len(d.events), d.text, normalize(d.text), json.dumps(d.meta, ensure_ascii=False, default=str), _now())])

    def record_failure(self, source: str, error: str, content_hash: Optional[str] = None,
                       stage: str = "read") -> None:
        """Record (or update) a failed document; repeated failures bump ``attempts``."""
        now = _now()
        with self.db.transaction():
            _, rows = self.db.query(
                "SELECT attempts FROM failed_documents WHERE source = ? AND coalesce(content_hash, '') = ?",
                [source, content_hash or ""])
            if rows:
                self.db.execute(
                    "UPDATE failed_documents SET error = ?, stage = ?, last_seen = ?, attempts = attempts + 1 "
                    "WHERE source = ? AND coalesce(content_hash, '') = ?",
                    [error, stage, now, source, content_hash or ""])
            else:
                self.db.insert_rows("failed_documents", [c for c, _ in S.FAILED_SCHEMA],
                                    [(source, content_hash, error, stage, now, now, 1)])

    # -- reading ---------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for t in ["documents", *S.LAYER_TABLES, "failed_documents", "story_bands"]:
            _, rows = self.db.query(f"SELECT count(*) FROM {t}")
            out[t] = rows[0][0]
        return out

    def query_events(self, flt: Optional[EventFilter] = None, limit: Optional[int] = None, offset: int = 0,
                     order: str = "date, doc_id, trigger_start, event_id") -> list[dict]:
        where, params = (flt or EventFilter()).where()
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return self.db.query_dicts(sql, params)

    def count_events(self, flt: Optional[EventFilter] = None) -> int:
        where, params = (flt or EventFilter()).where()
        _, rows = self.db.query(f"SELECT count(*) FROM events{where}", params)
        return rows[0][0]

    def failures(self) -> list[dict]:
        return self.db.query_dicts("SELECT * FROM failed_documents ORDER BY last_seen, source")

    def get_document(self, doc_id: str) -> Optional[dict]:
        docs = self.db.query_dicts("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        if not docs:
            return None
        out = docs[0]
        out.pop("search_text", None)
        for t in S.LAYER_TABLES:
            out[t] = self.db.query_dicts(f"SELECT * FROM {t} WHERE doc_id = ?", [doc_id])
        return out

    def list_documents(self, limit: int = 50, offset: int = 0) -> list[dict]:
        return self.db.query_dicts(
            "SELECT doc_id, title, url, publisher, published_at, lang, story_id, n_events, ingested_at "
            f"FROM documents ORDER BY ingested_at, doc_id LIMIT {int(limit)} OFFSET {int(offset)}")


def open_store(db: Optional[str] = None, read_only: bool = False) -> Store:
    """Open (and create / migrate unless read-only) the store at ``db`` (path or URL)."""
    store = Store(connect(default_db_url(db), read_only=read_only))
    if not read_only:
        store.migrate()
    return store
