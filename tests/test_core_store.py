"""Store: schema/migrations, atomic idempotent writes, failures, filters (DuckDB)."""
import pytest

from marsad.model import Document, Event, Segment, stable_id
from marsad.store import EventFilter, open_store
from marsad.store import schema as S


def _doc(text, events=(), published_at="2023-01-02"):
    d = Document.from_text(text, published_at=published_at)
    d.segments = [Segment(id=stable_id(d.id, "seg"), kind="body", start=0, end=len(text), lang="ar")]
    for i, (src, tgt, cameo, date) in enumerate(events):
        d.events.append(Event(
            id=stable_id(d.id, "ev", i), sentence=0, sentence_start=0, sentence_end=len(text),
            trigger_start=0, trigger_end=3, trigger=text[:3], cameo=cameo, root=cameo[:2],
            quad_class=1 if cameo < "06" else 4, goldstein=1.0, plover_type="CONSULT",
            source_code=src, source_country=src[:3] if src else None,
            target_code=tgt, target_country=tgt[:3] if tgt else None, date=date, date_basis="explicit"))
    return d


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "t.duckdb"))
    yield s
    s.close()


def test_schema_is_current_and_reopen_is_noop(tmp_path):
    p = str(tmp_path / "a.duckdb")
    with open_store(p) as s:
        assert s.schema_version() == S.SCHEMA_VERSION
    with open_store(p) as s:
        assert s.migrate() == S.SCHEMA_VERSION


def test_migrates_an_older_store(tmp_path):
    p = str(tmp_path / "old.duckdb")
    from marsad.store.backend import connect
    from marsad.store import Store
    db = connect(p)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT)")
    for stmt in S.MIGRATIONS[0]():
        db.execute(stmt)
    db.execute("INSERT INTO schema_version VALUES (1, 'then')")
    st = Store(db)
    assert st.migrate() == 1
    assert st.schema_version() == S.SCHEMA_VERSION
    assert "story_bands" in st.counts()
    st.close()


def test_write_is_idempotent(store):
    docs = [_doc("اجتمع الوزيران في عمان", [("EGYGOV", "JORGOV", "043", "2023-01-02")]),
            _doc("تظاهر المئات في الخرطوم", [("SDNCVL", None, "141", "2023-01-01")])]
    r1 = store.write_documents(docs)
    c1 = store.counts()
    r2 = store.write_documents(docs)
    assert (r1.added, r2.added, r2.skipped) == (2, 0, 2)
    assert store.counts() == c1
    assert c1["events"] == 2 and c1["documents"] == 2


def test_write_is_atomic(store, monkeypatch):
    good = _doc("خبر أول", [("EGYGOV", "JORGOV", "043", "2023-01-02")])
    bad = _doc("خبر ثان", [("EGYGOV", "JORGOV", "043", "2023-01-02")])
    real = store.db.insert_rows
    calls = {"n": 0}

    def failing(table, cols, rows):
        calls["n"] += 1
        if table == "events" and calls["n"] > 12:  # fail while writing the second document
            raise RuntimeError("disk full (simulated)")
        return real(table, cols, rows)

    monkeypatch.setattr(store.db, "insert_rows", failing)
    with pytest.raises(RuntimeError):
        store.write_documents([good, bad])
    monkeypatch.setattr(store.db, "insert_rows", real)
    assert store.counts()["documents"] == 0 and store.counts()["events"] == 0
    assert store.write_documents([good, bad]).added == 2


def test_failures_are_recorded_and_counted(store):
    store.record_failure("a.bin", "binary file")
    store.record_failure("a.bin", "binary file")
    store.record_failure("b.txt", "empty document")
    f = {x["source"]: x for x in store.failures()}
    assert f["a.bin"]["attempts"] == 2 and f["b.txt"]["error"] == "empty document"


def test_event_filters(store):
    store.write_documents([
        _doc("أ", [("RUSGOV", "USAGOV", "043", "2022-12-02"), ("USAGOV", "RUSGOV", "043", "2022-12-02")]),
        _doc("ب", [("RUSMIL", "UKR", "190", "2022-02-24")]),
    ])
    assert store.count_events() == 3
    assert len(store.query_events(EventFilter(dyad=("RUS", "USA")))) == 1
    assert len(store.query_events(EventFilter(dyad=("RUS", "USA"), undirected=True))) == 2
    assert len(store.query_events(EventFilter(actor="UKR"))) == 1
    assert len(store.query_events(EventFilter(cameo="19"))) == 1
    assert len(store.query_events(EventFilter(source="RUSGOV"))) == 1
    assert len(store.query_events(EventFilter(since="2022-06-01"))) == 2
    assert len(store.query_events(EventFilter(until="2022-06-01"))) == 1
    assert len(store.query_events(EventFilter(plover="consult"))) == 3


def test_read_only_open_does_not_create(tmp_path):
    p = tmp_path / "x.duckdb"
    with open_store(str(p)) as s:
        s.write_documents([_doc("نص")])
    with open_store(str(p), read_only=True) as r:
        assert r.counts()["documents"] == 1
