"""Read -> code -> store, one batch at a time, never stopping on a bad document.

Used by ``marsad ingest``, ``marsad demo`` and the API.  Each batch of coded
documents is written in one transaction; documents already in the store (same
content hash) are skipped before coding, so a rerun after a crash only codes what
is missing.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from .model import Document
from .pipeline import Pipeline
from .store import Store


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)

    @property
    def docs_per_s(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def code_safely(pipeline: Pipeline, doc: Document) -> tuple[Optional[Document], Optional[str]]:
    """Run the pipeline; an exception becomes an error message (the batch goes on)."""
    try:
        return pipeline.run(doc), None
    except Exception as e:  # a bug or a pathological input must not kill the run
        tb = traceback.extract_tb(e.__traceback__)
        where = f" at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else ""
        return None, f"pipeline error: {type(e).__name__}: {e}{where}"


def ingest_items(items: Iterable, store: Store, pipeline: Pipeline, *, batch_size: int = 32,
                 published_at: Optional[str] = None, lang: Optional[str] = None,
                 on_item: Optional[Callable[[str], None]] = None) -> IngestSummary:
    """``items`` yields Documents or ReadFailures (see :func:`marsad.io.read.read_paths`)."""
    from .io.read import ReadFailure
    s = IngestSummary()
    t0 = time.perf_counter()
    pending: list[Document] = []

    def flush() -> None:
        if pending:
            r = store.write_documents(pending)
            s.added += r.added
            s.skipped += r.skipped
            s.events += r.events
            s.doc_ids += r.doc_ids
            pending.clear()

    for item in items:
        s.read += 1
        if isinstance(item, ReadFailure):
            s.failed += 1
            s.failures.append((item.source, item.error))
            store.record_failure(item.source, item.error, item.content_hash, stage="read")
        else:
            doc = item
            if published_at and not doc.published_at:
                doc.published_at, doc.published_at_basis = published_at, "user"
            if lang:
                doc.lang = lang
                doc.meta["lang_forced"] = lang
            if store.has_document(doc.content_hash) or any(p.content_hash == doc.content_hash for p in pending):
                s.skipped += 1
            else:
                coded, err = code_safely(pipeline, doc)
                if err:
                    s.failed += 1
                    s.failures.append((doc.source or doc.id, err))
                    store.record_failure(doc.source or doc.id, err, doc.content_hash, stage="pipeline")
                else:
                    pending.append(coded)
                    if len(pending) >= batch_size:
                        flush()
        if on_item:
            on_item(getattr(item, "source", None) or "")
    flush()
    s.seconds = time.perf_counter() - t0
    return s
