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


# The first day an event's date covers ("2023-03" -> 2023-03-01, "2023" -> 2023-01-01): dates
# are ISO strings of varying granularity, and since/until compare on this.
DATE_START_SQL = "substr(date || '-01-01', 1, 10)"


def actor_side_sql(prefix: str, value: str, params: list) -> str:
    """SQL for one side (``source``/``target``) matching an actor: a CAMEO code prefix or an ISO-3 country."""
    params.extend([value.upper() + "%", value.upper()])
    return f"({prefix}_code LIKE ? OR {prefix}_country = ?)"


def date_range_sql(clauses: list, params: list, since: Optional[str], until: Optional[str]) -> None:
    """Inclusive since/until on the first day an event's date covers."""
    if since:
        clauses.append(f"{DATE_START_SQL} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{DATE_START_SQL} <= ?")
        params.append(until)


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
            return actor_side_sql(prefix, value, params)

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
        date_range_sql(clauses, params, self.since, self.until)
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

    def _assign_stories(self, docs: list[Document]) -> tuple[list[tuple], list[tuple]]:
        """Near-duplicate story clustering for a batch: each document joins the most similar
        stored (or earlier in-batch) document's story when the estimated similarity passes
        ``stories.THRESHOLD``; LSH band collisions only propose candidates.  One query per batch.
        Returns the story_bands and story_signatures rows to write."""
        from ..io import stories
        sigs = {d.id: stories.doc_signature(d) for d in docs}
        keys = {d.id: stories.band_keys(sigs[d.id]) for d in docs}
        all_keys = sorted({k for ks in keys.values() for k in ks})
        cand_by_key: dict[str, list[str]] = {}
        stored_story: dict[str, str] = {}
        for i in range(0, len(all_keys), 1000):
            chunk = all_keys[i:i + 1000]
            _, rows = self.db.query(
                f"SELECT band_key, doc_id, story_id FROM story_bands WHERE band_key IN ({', '.join('?' * len(chunk))})",
                chunk)
            for k, did, sid in rows:
                cand_by_key.setdefault(k, []).append(did)
                stored_story[did] = sid
        stored_sig: dict[str, list[int]] = {}
        cands = sorted(stored_story)
        for i in range(0, len(cands), 500):
            chunk = cands[i:i + 500]
            _, rows = self.db.query(
                f"SELECT doc_id, signature FROM story_signatures WHERE doc_id IN ({', '.join('?' * len(chunk))})", chunk)
            stored_sig.update((did, [int(x) for x in sig.split(",")]) for did, sig in rows)
        batch_story: dict[str, str] = {}
        bands_rows, sig_rows = [], []
        for d in docs:
            shared: dict[str, int] = {}
            for k in keys[d.id]:
                for other in cand_by_key.get(k, ()):
                    if other != d.id:
                        shared[other] = shared.get(other, 0) + 1
            best, best_sim = None, stories.THRESHOLD
            # the 20 candidates sharing most bands are enough: true rewrites share many
            for other, _n in sorted(shared.items(), key=lambda x: (-x[1], x[0]))[:20]:
                osig = stored_sig.get(other) or (sigs.get(other) if other in batch_story else None)
                if osig is None:
                    continue
                sim = stories.similarity(sigs[d.id], osig)
                if sim >= best_sim:
                    best, best_sim = other, sim
            story = (stored_story.get(best) or batch_story.get(best)) if best else None
            d.story_id = story or d.story_id or d.id
            batch_story[d.id] = d.story_id
            for k in keys[d.id]:
                cand_by_key.setdefault(k, []).append(d.id)
                bands_rows.append((k, d.id, d.story_id))
            sig_rows.append((d.id, d.story_id, ",".join(str(int(x)) for x in sigs[d.id])))
        return bands_rows, sig_rows

    def write_documents(self, docs: Iterable[Document]) -> WriteResult:
        """Store coded documents in one transaction; already-stored content is skipped.

        Rows of the whole batch are collected first and written with one bulk insert per
        table (DuckDB pays milliseconds per INSERT statement)."""
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
        from .search import IndexBuffer  # keyword search index (schema v3)
        with self.db.transaction():
            bands, sigs = self._assign_stories(todo)
            index = IndexBuffer()
            rows: dict[str, list[tuple]] = {t: [] for t in [*S.LAYER_TABLES, "documents"]}
            for d in todo:
                self._layer_rows(d, rows)
                index.add(d.id, d.text, d.title)
                res.added += 1
                res.events += len(d.events)
                res.doc_ids.append(d.id)
            self.db.bulk_insert("story_bands", S.STORY_BAND_SCHEMA, bands)
            self.db.bulk_insert("story_signatures", S.STORY_SIGNATURE_SCHEMA, sigs)
            for table, schema in S.LAYER_TABLES.items():
                self.db.bulk_insert(table, schema, rows[table])
            index.flush(self)
            # documents last: a document row means the whole document is there
            self.db.bulk_insert("documents", [(c, t.split()[0]) for c, t in S.DOCUMENT_SCHEMA], rows["documents"])
        return res

    @staticmethod
    def _layer_rows(d: Document, rows: dict[str, list[tuple]]) -> None:
        from ..lang.normalize import normalize
        rows["segments"] += [(d.id, s.id, s.kind, s.start, s.end, s.lang) for s in d.segments]
        rows["sentences"] += [(d.id, i, s.id, s.segment_id, s.segment_kind, s.start, s.end, s.lang)
                              for i, s in enumerate(d.sentences)]
        rows["mentions"] += [(d.id, m.id, m.type, m.text, m.norm, m.start, m.end, m.sentence, m.source, m.confidence)
                             for m in d.mentions]
        rows["actors"] += [(d.id, a.id, a.code, a.country, a.role, a.kind, a.name_ar, a.name_en, a.entity_id,
                            a.resolved, a.basis, a.confidence, json.dumps([list(s) for s in a.spans]))
                           for a in d.actors]
        rows["timerefs"] += [(d.id, t.id, t.text, t.value, t.end_value, t.granularity, t.basis, t.start, t.end,
                              t.sentence) for t in d.timerefs]
        rows["places"] += [(d.id, p.id, p.text, p.name, p.name_ar, p.geo_id, p.country, p.lat, p.lon, p.precision,
                            p.is_metonym, p.start, p.end, p.sentence) for p in d.places]
        rows["quotes"] += [(d.id, q.id, q.speaker_actor_id, q.speaker_start, q.speaker_end, q.cue, q.cue_start,
                            q.cue_end, q.content_start, q.content_end, q.direct, q.sentence) for q in d.quotes]
        for r in doc_event_rows(d):
            r["story_id"] = d.story_id
            rows["events"].append(tuple(r[c] for c in EVENT_COLUMNS))
        rows["documents"].append((
            d.id, d.content_hash, d.url, d.source, d.publisher, json.dumps(d.agencies, ensure_ascii=False),
            d.title, d.author, d.published_at, d.published_at_basis, d.lang, ",".join(d.languages), d.story_id,
            len(d.events), d.text, normalize(d.text), json.dumps(d.meta, ensure_ascii=False, default=str), _now()))

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
        for t in ["documents", *S.LAYER_TABLES, "failed_documents", "story_bands", "story_signatures"]:
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
