"""PostgreSQL parity: the same ingest into DuckDB and into PostgreSQL gives the same answers.

Needs a PostgreSQL server: ``export MARSAD_TEST_PG_URL=$(scripts/start_postgres.sh)``.  Without
one these tests skip (locally); with ``MARSAD_REQUIRE_PG=1`` (CI) they fail instead.
Every test works in its own freshly created database, dropped afterwards.
"""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from test_store_support import pg_dbs  # noqa: F401  (fixture)

pytestmark = pytest.mark.postgres

# Articles written for this test, in the style of wire copy (fictional events).
OUR_ARTICLES = [
    {"id": "pg-ar-1", "published_at": "2023-09-04", "url": "https://news.example/ar/1", "title": None,
     "text": "موسكو - التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي في جنيف اليوم الاثنين، "
             "وبحث الجانبان تبادل السجناء.\nوقالت وزارة الخارجية الروسية إن اللقاء كان بناء.\n"
             "ولم يوقع الطرفان أي اتفاق حتى الآن."},
    {"id": "pg-ar-2", "published_at": "2023-09-12", "url": "https://news.example/ar/2", "title": None,
     "text": "واشنطن - فرضت الولايات المتحدة عقوبات جديدة على شركات روسية، واتهمت موسكو بدعم "
             "هجمات إلكترونية على مؤسسات أمريكية.\nوندد الكرملين بالعقوبات ووصفها بأنها غير قانونية."},
    {"id": "pg-en-1", "published_at": "2023-10-02", "url": "https://news.example/en/1", "title": None,
     "text": "ANKARA (Wire) - Turkish President met Iraq's prime minister in Ankara on Monday and "
             "the two leaders agreed to expand trade. Iraq condemned a Turkish air strike near Duhok."},
]


def _write_inputs(tmp_path):
    from marsad.examples import example_documents
    rows = [dict(a) for a in OUR_ARTICLES]
    for d in example_documents():
        rows.append({"id": None, "published_at": d.published_at, "url": d.url, "text": d.text, "title": None})
    p = tmp_path / "articles.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) + "\n")
    return p


def _run(args):
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, (args, res.output, res.exception)
    return res.stdout


@pytest.fixture
def two_stores(tmp_path, pg_dbs):
    src = _write_inputs(tmp_path)
    duck = str(tmp_path / "parity.duckdb")
    pg = pg_dbs.new_url()
    for db in (duck, pg):
        _run(["ingest", str(src), "--db", db])
    return duck, pg, src


def test_same_ingest_gives_identical_events(two_stores):
    duck, pg, src = two_stores
    a = _run(["events", "--db", duck, "--format", "jsonl"])
    b = _run(["events", "--db", pg, "--format", "jsonl"])
    assert a.strip(), "the ingest produced no events"
    assert len(a.splitlines()) >= 5
    assert a == b
    # filters behave the same
    for args in (["--actor", "RUS"], ["--no-negated", "--since", "2023-09-01"], ["--cameo", "04"]):
        assert _run(["events", "--db", duck, "--format", "jsonl", *args]) == \
               _run(["events", "--db", pg, "--format", "jsonl", *args])
    # a second ingest adds nothing on either store
    for db in (duck, pg):
        out = CliRunner().invoke(app, ["ingest", str(src), "--db", db])
        assert out.exit_code == 0 and "added 0" in out.output
    assert _run(["events", "--db", pg, "--format", "jsonl"]) == b


def test_same_answers_from_analytics_exports_and_search(two_stores, tmp_path):
    duck, pg, _ = two_stores
    from marsad import analytics
    from marsad.export import FORMATS, export_events
    from marsad.store import open_store
    from marsad.store.search import search
    with open_store(duck) as d, open_store(pg) as p:
        assert d.counts() == p.counts()
        for fn, kw in ((analytics.dyad_series, dict(source="RUS", target="USA", by="month", undirected=True)),
                       (analytics.dyad_series, dict(source="TUR", target="IRQ", by="week", include_negated=True)),
                       (analytics.top_actors, dict(limit=50)),
                       (analytics.top_event_types, dict(level="cameo", limit=50)),
                       (analytics.what_changed, dict(source="RUS", target="USA", before=(None, "2023-09-05"),
                                                     after=("2023-09-06", None), undirected=True))):
            ra, rb = fn(d, **kw), fn(p, **kw)
            if isinstance(ra, dict):
                ra.pop("seconds", None)
                rb.pop("seconds", None)
            assert ra == rb, fn.__name__
        for q in ("لافروف جنيف", "بالعقوبات", "روسيا", "Iraq trade", "واشنطن"):
            assert search(d, q, limit=50) == search(p, q, limit=50), q
        for fmt in FORMATS:
            ea = export_events(d, fmt, tmp_path / f"d.{fmt}")
            eb = export_events(p, fmt, tmp_path / f"p.{fmt}")
            assert ea["rows"] == eb["rows"]
            if fmt != "parquet":
                assert (tmp_path / f"d.{fmt}").read_bytes() == (tmp_path / f"p.{fmt}").read_bytes(), fmt
            else:
                import pyarrow.parquet as pq
                assert pq.read_table(tmp_path / "d.parquet").equals(pq.read_table(tmp_path / "p.parquet"))
    # the CLI commands accept the PostgreSQL URL
    assert "RUS" in _run(["relations", "RUS", "USA", "--db", pg, "--undirected"])
    out = json.loads(_run(["search", "لافروف", "--db", pg, "--format", "json"]))
    assert out["total"] >= 1
    for db, name in ((duck, "cli_d.tsv"), (pg, "cli_p.tsv")):
        _run(["export", "--format", "phoenix", "--out", str(tmp_path / name), "--db", db, "--no-negated"])
    assert (tmp_path / "cli_d.tsv").read_bytes() == (tmp_path / "cli_p.tsv").read_bytes()
    assert len((tmp_path / "cli_p.tsv").read_text(encoding="utf-8").splitlines()) >= 2


def test_empty_database_gives_a_clear_message(pg_dbs):
    res = CliRunner().invoke(app, ["relations", "RUS", "USA", "--db", pg_dbs.new_url()])
    assert res.exit_code == 2 and "not a marsad store" in " ".join(res.output.split())
