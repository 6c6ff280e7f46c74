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
    real = store.db.bulk_insert

    def failing(table, schema, rows):
        if table == "events":  # some tables of the batch are already written when this fails
            raise RuntimeError("disk full (simulated)")
        return real(table, schema, rows)

    monkeypatch.setattr(store.db, "bulk_insert", failing)
    with pytest.raises(RuntimeError):
        store.write_documents([good, bad])
    monkeypatch.setattr(store.db, "bulk_insert", real)
    assert all(n == 0 for n in store.counts().values()), store.counts()
    assert store.write_documents([good, bad]).added == 2


def test_near_duplicate_stories_cluster_across_batches(store):
    a = ("أعلنت وزارة الصحة في غزة مقتل 12 شخصا وإصابة العشرات في غارة إسرائيلية استهدفت منزلا في مخيم "
         "النصيرات وسط القطاع فجر اليوم، وقالت إن بين القتلى أطفالا ونساء.")
    b = ("قالت وزارة الصحة في قطاع غزة إن 12 شخصا قتلوا وأصيب العشرات فجر اليوم في غارة إسرائيلية على منزل "
         "بمخيم النصيرات وسط القطاع، مشيرة إلى أن بين القتلى نساء وأطفالا.")
    c = ("وقعت حكومة السودان اتفاقا مع شركة صينية لبناء محطة كهرباء في ولاية الجزيرة بتكلفة 300 مليون دولار، "
         "وفق ما أعلنت وزارة الطاقة السودانية.")
    da, db_, dc = _doc(a), _doc(b), _doc(c)
    store.write_documents([da])
    store.write_documents([db_, dc])
    assert db_.story_id == da.id
    assert dc.story_id == dc.id
    stored = dict(store.db.query("SELECT doc_id, story_id FROM documents")[1])
    assert stored[db_.id] == da.id and stored[dc.id] == dc.id


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
