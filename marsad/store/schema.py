"""The store's schema, versioned, with forward-only migrations.

One DDL for DuckDB and PostgreSQL (portable types only).  ``MIGRATIONS[i]`` takes
a store from version ``i`` to ``i + 1``; ``schema_version`` records what has been
applied, so opening an older store upgrades it in place, in one transaction.
"""
from __future__ import annotations

from ..records import EVENT_SCHEMA

SCHEMA_VERSION = 5


def _cols(schema: list[tuple[str, str]]) -> str:
    return ",\n  ".join(f"{n} {t}" for n, t in schema)


DOCUMENT_SCHEMA = [
    ("doc_id", "TEXT PRIMARY KEY"), ("content_hash", "TEXT NOT NULL UNIQUE"), ("url", "TEXT"),
    ("source", "TEXT"), ("publisher", "TEXT"), ("agencies", "TEXT"), ("title", "TEXT"), ("author", "TEXT"),
    ("published_at", "TEXT"), ("published_at_basis", "TEXT"), ("lang", "TEXT"), ("languages", "TEXT"),
    ("story_id", "TEXT"), ("n_events", "INTEGER"), ("text", "TEXT"), ("search_text", "TEXT"),
    ("meta", "TEXT"), ("ingested_at", "TEXT"),
]
SEGMENT_SCHEMA = [("doc_id", "TEXT"), ("seg_id", "TEXT"), ("kind", "TEXT"), ("start_offset", "INTEGER"),
                  ("end_offset", "INTEGER"), ("lang", "TEXT")]
SENTENCE_SCHEMA = [("doc_id", "TEXT"), ("sent_index", "INTEGER"), ("sent_id", "TEXT"), ("seg_id", "TEXT"),
                   ("segment_kind", "TEXT"), ("start_offset", "INTEGER"), ("end_offset", "INTEGER"),
                   ("lang", "TEXT")]
MENTION_SCHEMA = [("doc_id", "TEXT"), ("mention_id", "TEXT"), ("type", "TEXT"), ("text", "TEXT"),
                  ("norm", "TEXT"), ("start_offset", "INTEGER"), ("end_offset", "INTEGER"),
                  ("sent_index", "INTEGER"), ("source", "TEXT"), ("confidence", "DOUBLE PRECISION")]
ACTOR_SCHEMA = [("doc_id", "TEXT"), ("actor_id", "TEXT"), ("code", "TEXT"), ("country", "TEXT"),
                ("role", "TEXT"), ("kind", "TEXT"), ("name_ar", "TEXT"), ("name_en", "TEXT"),
                ("entity_id", "TEXT"), ("resolved", "BOOLEAN"), ("basis", "TEXT"),
                ("confidence", "DOUBLE PRECISION"), ("spans", "TEXT")]
TIMEREF_SCHEMA = [("doc_id", "TEXT"), ("timeref_id", "TEXT"), ("text", "TEXT"), ("value", "TEXT"),
                  ("end_value", "TEXT"), ("granularity", "TEXT"), ("basis", "TEXT"),
                  ("start_offset", "INTEGER"), ("end_offset", "INTEGER"), ("sent_index", "INTEGER")]
PLACE_SCHEMA = [("doc_id", "TEXT"), ("place_id", "TEXT"), ("text", "TEXT"), ("name", "TEXT"),
                ("name_ar", "TEXT"), ("geo_id", "TEXT"), ("country", "TEXT"), ("lat", "DOUBLE PRECISION"),
                ("lon", "DOUBLE PRECISION"), ("precision", "TEXT"), ("is_metonym", "BOOLEAN"),
                ("start_offset", "INTEGER"), ("end_offset", "INTEGER"), ("sent_index", "INTEGER")]
QUOTE_SCHEMA = [("doc_id", "TEXT"), ("quote_id", "TEXT"), ("speaker_actor_id", "TEXT"),
                ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"), ("cue", "TEXT"),
                ("cue_start", "INTEGER"), ("cue_end", "INTEGER"), ("content_start", "INTEGER"),
                ("content_end", "INTEGER"), ("direct", "BOOLEAN"), ("sent_index", "INTEGER")]
FAILED_SCHEMA = [("source", "TEXT NOT NULL"), ("content_hash", "TEXT"), ("error", "TEXT"),
                 ("stage", "TEXT"), ("first_seen", "TEXT"), ("last_seen", "TEXT"), ("attempts", "INTEGER")]
STORY_BAND_SCHEMA = [("band_key", "TEXT"), ("doc_id", "TEXT"), ("story_id", "TEXT")]
# Keyword search index (v3, see marsad/store/search.py): one row per (document, term) with the
# term frequency, and the number of indexed terms per document (BM25 length normalisation).
DOC_TERM_SCHEMA = [("doc_id", "TEXT"), ("term", "TEXT"), ("tf", "INTEGER")]
DOC_LENGTH_SCHEMA = [("doc_id", "TEXT PRIMARY KEY"), ("n_terms", "INTEGER")]

# Per-document layer tables, in write order (documents last: its row marks the doc complete).
LAYER_TABLES: dict[str, list[tuple[str, str]]] = {
    "segments": SEGMENT_SCHEMA, "sentences": SENTENCE_SCHEMA, "mentions": MENTION_SCHEMA,
    "actors": ACTOR_SCHEMA, "timerefs": TIMEREF_SCHEMA, "places": PLACE_SCHEMA, "quotes": QUOTE_SCHEMA,
    "events": EVENT_SCHEMA,
}


_LATER_EVENT_COLUMNS = frozenset(("also_spans",))   # added by a later migration (_v5), not by _v1


def _v1() -> list[str]:
    ddl = [
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT)",
        f"CREATE TABLE IF NOT EXISTS documents (\n  {_cols(DOCUMENT_SCHEMA)}\n)",
        f"CREATE TABLE IF NOT EXISTS failed_documents (\n  {_cols(FAILED_SCHEMA)}\n)",
    ]
    for name, schema in LAYER_TABLES.items():
        cols = schema if name != "events" else [("event_id", "TEXT PRIMARY KEY")] + [
            c for c in schema[1:] if c[0] not in _LATER_EVENT_COLUMNS]
        ddl.append(f"CREATE TABLE IF NOT EXISTS {name} (\n  {_cols(cols)}\n)")
    ddl += [
        "CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id)",
        "CREATE INDEX IF NOT EXISTS events_date ON events(date)",
        "CREATE INDEX IF NOT EXISTS events_dyad ON events(source_country, target_country)",
    ]
    for name in LAYER_TABLES:
        if name != "events":
            ddl.append(f"CREATE INDEX IF NOT EXISTS {name}_doc ON {name}(doc_id)")
    return ddl


def _v2() -> list[str]:
    return [
        f"CREATE TABLE IF NOT EXISTS story_bands (\n  {_cols(STORY_BAND_SCHEMA)}\n)",
        "CREATE INDEX IF NOT EXISTS story_bands_key ON story_bands(band_key)",
        "CREATE INDEX IF NOT EXISTS failed_source ON failed_documents(source)",
    ]


def _v3() -> list[str]:
    # Stores created before v3 get empty tables; `marsad search --reindex` (or
    # marsad.store.search.reindex) fills them from the stored document texts.
    return [
        f"CREATE TABLE IF NOT EXISTS doc_terms (\n  {_cols(DOC_TERM_SCHEMA)}\n)",
        f"CREATE TABLE IF NOT EXISTS doc_lengths (\n  {_cols(DOC_LENGTH_SCHEMA)}\n)",
        "CREATE INDEX IF NOT EXISTS doc_terms_term ON doc_terms(term)",
        "CREATE INDEX IF NOT EXISTS doc_terms_doc ON doc_terms(doc_id)",
        "CREATE INDEX IF NOT EXISTS events_story ON events(story_id)",
    ]


STORY_SIGNATURE_SCHEMA = [("doc_id", "TEXT"), ("story_id", "TEXT"), ("signature", "TEXT")]


def _v4() -> list[str]:
    # MinHash signatures of stored documents, so a new document joins a story only when its
    # estimated similarity passes the threshold (band collisions alone are only candidates).
    return [
        f"CREATE TABLE IF NOT EXISTS story_signatures (\n  {_cols(STORY_SIGNATURE_SCHEMA)}\n)",
        "CREATE INDEX IF NOT EXISTS story_signatures_doc ON story_signatures(doc_id)",
    ]


def _v5() -> list[str]:
    # the trigger spans of the same happening told again in the article, merged into the event (session 15)
    return ["ALTER TABLE events ADD COLUMN IF NOT EXISTS also_spans TEXT"]


MIGRATIONS = [_v1, _v2, _v3, _v4, _v5]
assert len(MIGRATIONS) == SCHEMA_VERSION
