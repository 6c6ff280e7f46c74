#!/usr/bin/env python
"""Benchmark the store side: writes (with the search index), analytics, exports, search.

Generates a synthetic store (random dyads, CAMEO codes and dates over two years; story clusters
of ~3 documents; document text sampled from marsad's own word-count table) and times:

    python scripts/bench_store.py --docs 10000 --events 10 --db /tmp/bench.duckdb
    python scripts/bench_store.py --docs 10000 --events 10 --db postgresql://postgres@127.0.0.1:55432/bench

A PostgreSQL URL whose database does not exist is created first (and dropped with --drop).
Use --reuse to time queries on an existing store without writing.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marsad.model import Actor, Document, Event, stable_id  # noqa: E402

COUNTRIES = ["RUS", "USA", "CHN", "IRN", "ISR", "SYR", "TUR", "IRQ", "EGY", "SAU", "JOR", "LBN", "SDN", "YEM",
             "UKR", "FRA", "GBR", "DEU", "QAT", "ARE"]
ROLES = ["", "GOV", "MIL", "GOV", "DIP", "REB", "COP"]
CODES = [("010", 0.0, 1), ("036", 4.0, 1), ("040", 1.0, 1), ("042", 1.9, 1), ("043", 2.8, 1), ("057", 8.0, 1),
         ("061", 6.4, 2), ("071", 7.4, 2), ("112", -2.0, 3), ("120", -4.0, 3), ("130", -4.4, 3),
         ("138", -7.0, 3), ("163", -8.0, 4), ("173", -5.0, 4), ("190", -10.0, 4), ("195", -10.0, 4)]


def _vocab() -> list[str]:
    from marsad.resources import data_path, read_tsv
    p = data_path("ner", "vocab.tsv")
    words = [r[0] for r in read_tsv(p) if r[0] != "word"] if p.exists() else []
    return words[:5000] or ["كلمة", "خبر", "وزير", "حكومة", "مدينة", "اجتماع", "قصف", "اتفاق"]


def make_docs(n_docs: int, n_events: int, words_per_doc: int, seed: int = 7) -> list[Document]:
    rnd = random.Random(seed)
    vocab = _vocab()
    docs = []
    story = None
    for i in range(n_docs):
        if i % 3 == 0:
            story = f"story{i // 3:06d}"
        words = rnd.choices(vocab, k=words_per_doc)
        text = " ".join(words) + f" {i}."
        d = Document.from_text(text, published_at=None)
        day = rnd.randrange(0, 730)
        y, doy = 2022 + day // 365, day % 365
        import datetime as dt
        date = (dt.date(y, 1, 1) + dt.timedelta(days=doy)).isoformat()
        d.published_at, d.published_at_basis = date, "metadata"
        d.publisher = f"outlet{rnd.randrange(12)}"
        d.url = f"https://news.example/{i}"
        d.story_id = story
        d.lang = "ar"
        for k in range(n_events):
            a, b = rnd.sample(COUNTRIES, 2)
            if rnd.random() < 0.15:
                a, b = "RUS", "USA"
            sa, sb = a + rnd.choice(ROLES), b + rnd.choice(ROLES)
            code, g, q = rnd.choice(CODES)
            pos = (k * 7) % max(1, len(text) - 10)
            ev = Event(id=stable_id(d.id, "ev", k), sentence=0, sentence_start=0, sentence_end=min(len(text), 200),
                       trigger_start=pos, trigger_end=pos + 4, trigger=text[pos:pos + 4], cameo=code, root=code[:2],
                       quad_class=q, goldstein=g, plover_type=None, source_code=sa, source_country=a,
                       source_role=sa[3:] or None, target_code=sb, target_country=b, target_role=sb[3:] or None,
                       date=date if rnd.random() > 0.1 else date[:7], date_basis="explicit",
                       negated=rnd.random() < 0.05, modality="asserted" if rnd.random() > 0.1 else "intent",
                       lang="ar", confidence=0.8)
            d.events.append(ev)
        d.actors.append(Actor(id="x", code=None, country=None, role=None, kind="unknown"))
        docs.append(d)
    return docs


def bulk_load(store, docs) -> None:
    """Rows as write_documents would store them (events, documents, search index), loaded in bulk."""
    import json
    from marsad.records import EVENT_COLUMNS, doc_event_rows
    from marsad.store import schema as S
    from marsad.store.search import IndexBuffer
    with store.db.transaction():
        for i in range(0, len(docs), 2000):
            chunk = docs[i:i + 2000]
            ev, dr = [], []
            buf = IndexBuffer()
            for d in chunk:
                for r in doc_event_rows(d):
                    r["story_id"] = d.story_id
                    ev.append(tuple(r[c] for c in EVENT_COLUMNS))
                dr.append((d.id, d.content_hash, d.url, None, d.publisher, "[]", d.title, None, d.published_at,
                           d.published_at_basis, d.lang, d.lang, d.story_id, len(d.events), d.text, d.text,
                           json.dumps({}), "2024-01-01T00:00:00+00:00"))
                buf.add(d.id, d.text, d.title)
            _bulk_rows(store, "events", EVENT_COLUMNS, ev)
            _bulk_rows(store, "documents", [c for c, _ in S.DOCUMENT_SCHEMA], dr)
            buf.flush(store)


def _bulk_rows(store, table, columns, rows) -> None:
    db = store.db
    if db.kind == "postgresql":
        with db.con.cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)
    else:
        import pandas as pd
        df = pd.DataFrame(rows, columns=columns)
        db.con.register("_bulk", df)
        db.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _bulk")
        db.con.unregister("_bulk")


def timed(label: str, fn, *a, repeat: int = 3, **kw):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn(*a, **kw)
        best = min(best, time.perf_counter() - t0)
    print(f"  {label:<48} {best * 1000:9.1f} ms")
    return out, best


def ensure_pg_db(url: str) -> None:
    import psycopg
    from urllib.parse import urlsplit, urlunsplit
    p = urlsplit(url)
    name = p.path.lstrip("/")
    admin = urlunsplit((p.scheme, p.netloc, "/postgres", p.query, p.fragment))
    with psycopg.connect(admin, autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            c.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")


def drop_pg_db(url: str) -> None:
    import psycopg
    from urllib.parse import urlsplit, urlunsplit
    p = urlsplit(url)
    admin = urlunsplit((p.scheme, p.netloc, "/postgres", p.query, p.fragment))
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {p.path.lstrip('/')} WITH (FORCE)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--events", type=int, default=10, help="events per document")
    ap.add_argument("--words", type=int, default=300, help="words per document")
    ap.add_argument("--db", default=None)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--bulk", action="store_true",
                    help="load the generated rows in bulk (Arrow/COPY) instead of write_documents; "
                         "write_documents is then timed on the first --write-sample documents only")
    ap.add_argument("--write-sample", type=int, default=300)
    ap.add_argument("--drop", action="store_true", help="drop the PostgreSQL database afterwards")
    args = ap.parse_args()
    from marsad import analytics
    from marsad.export import FORMATS, export_events
    from marsad.store import open_store
    from marsad.store.search import document_terms, search

    db = args.db or os.path.join(tempfile.mkdtemp(), "bench.duckdb")
    if db.startswith("postgres"):
        ensure_pg_db(db)
    store = open_store(db)
    print(f"store {store.kind} {db}")
    if not args.reuse:
        t0 = time.perf_counter()
        docs = make_docs(args.docs, args.events, args.words)
        print(f"generated {len(docs)} docs x {args.events} events in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        for d in docs[:2000]:
            document_terms(d.text)
        per_doc = (time.perf_counter() - t0) / min(2000, len(docs))
        print(f"  search terms per document ({args.words} words): {per_doc * 1000:.2f} ms")
        todo = docs[:args.write_sample] if args.bulk else docs
        t0 = time.perf_counter()
        for i in range(0, len(todo), args.batch):
            store.write_documents(todo[i:i + args.batch])
        dt = time.perf_counter() - t0
        print(f"  write_documents ({len(todo)} docs): {len(todo) / dt:,.1f} docs/s, "
              f"{len(todo) * args.events / dt:,.0f} events/s ({dt:.1f} s)")
        if args.bulk:
            t0 = time.perf_counter()
            bulk_load(store, docs[args.write_sample:])
            print(f"  bulk load of {len(docs) - args.write_sample} more docs: {time.perf_counter() - t0:.1f} s")
    n = store.count_events()
    print(f"events in store: {n:,}")
    timed("dyad_series RUS-USA by month", analytics.dyad_series, store, "RUS", "USA", by="month")
    timed("dyad_series RUS-USA by week, undirected", analytics.dyad_series, store, "RUS", "USA", by="week",
          undirected=True)
    timed("dyad_series RUSGOV-USA by day", analytics.dyad_series, store, "RUSGOV", "USA", by="day")
    timed("what_changed RUS-USA 2022 vs 2023", analytics.what_changed, store, "RUS", "USA",
          ("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31"), undirected=True)
    timed("dyad_evidence RUS-USA (20)", analytics.dyad_evidence, store, "RUS", "USA", limit=20, repeat=1)
    timed("top_actors (20)", analytics.top_actors, store)
    timed("top_event_types (cameo)", analytics.top_event_types, store, level="cameo")
    for q in ("وزير الخارجية", "الحكومة", "بالعاصمة", "مدينة حلب قصف"):
        timed(f"search {q!r}", search, store, q, limit=20)
    out = tempfile.mkdtemp()
    for fmt in FORMATS:
        ext = {"parquet": "parquet", "csv": "csv"}.get(fmt, "txt")
        r, dt = timed(f"export {fmt}", export_events, store, fmt, os.path.join(out, f"e.{ext}"), repeat=1)
        size = os.path.getsize(os.path.join(out, f"e.{ext}"))
        print(f"      {r['rows']:,} rows, {r['rows'] / dt:,.0f} rows/s, {size / 1e6:.1f} MB")
    store.close()
    if args.drop and db.startswith("postgres"):
        drop_pg_db(db)


if __name__ == "__main__":
    main()
