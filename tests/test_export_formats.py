"""Every export format re-read with pandas / pyarrow, columns as documented in marsad/export.py."""
from __future__ import annotations

import gzip
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from marsad.export import (FORMATS, GDELT_COLUMNS, PHOENIX_COLUMNS, PLOVER_FIELDS, export_events,
                           split_actor)
from marsad.model import Place
from marsad.records import EVENT_COLUMNS
from marsad.store import EventFilter, open_store
from test_store_support import add_event, any_store, duck_store, make_doc, pg_dbs  # noqa: F401


def _docs():
    aleppo = Place(id="p-aleppo", start=0, end=0, text="حلب", name="Aleppo", name_ar="حلب", geo_id="170063",
                   country="SYR", lat=36.2, lon=37.16, precision="city")
    d1 = make_doc("قصفت طائرات روسية أحياء في مدينة حلب فجر اليوم.\n"
                  "وقال الناطق\tباسم الدفاع المدني إن القصف أوقع ضحايا.",
                  published_at="2023-05-02", story_id="S9", publisher="Wire A", title="قصف على حلب")
    add_event(d1, "قصفت", "195", "RUSMIL", "SYRREBIGOUNO", date="2023-05-02", goldstein=-10.0,
              plover="ASSAULT", src_text="طائرات روسية", place=aleppo)
    d2 = make_doc("شنت مقاتلات روسية غارات على حلب صباح الثلاثاء.",
                  published_at="2023-05-02", story_id="S9", publisher="Wire B")
    add_event(d2, "شنت", "195", "RUSMIL", "SYRREBIGOUNO", date="2023-05-02", goldstein=-10.0, plover="ASSAULT")
    d3 = make_doc("ولم تستقبل أنقرة الوفد الروسي في مايو.", published_at="2023-05-20", publisher="Wire C")
    add_event(d3, "تستقبل", "043", "TURGOV", "RUSGOV", date="2023-05", goldstein=2.8, negated=True,
              modality="asserted")
    d4 = make_doc("وتعتزم الأمم المتحدة إرسال مساعدات إلى السودان.", published_at="2023-06-01", publisher="Wire A")
    add_event(d4, "إرسال", "070", "IGOUNO", "SDN", date="2023-06-01", goldstein=7.0, modality="intent")
    return [d1, d2, d3, d4]


@pytest.fixture
def store(any_store):
    any_store.write_documents(_docs())
    return any_store


def _read_tsv(path):
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=3)


def test_flat_formats_roundtrip(store, tmp_path):
    n = store.count_events()
    assert n == 4
    r = export_events(store, "csv", tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv", dtype=str, keep_default_na=False)
    assert list(df.columns) == EVENT_COLUMNS and len(df) == n == r["rows"]
    # the tab and newline inside an evidence sentence survive CSV quoting
    assert sorted(df["event_id"]) == sorted(e["event_id"] for e in store.query_events())
    export_events(store, "jsonl", tmp_path / "e.jsonl")
    j = pd.read_json(tmp_path / "e.jsonl", lines=True, dtype=False)
    assert list(j.columns) == EVENT_COLUMNS and len(j) == n
    export_events(store, "parquet", tmp_path / "e.parquet")
    t = pq.read_table(tmp_path / "e.parquet")
    assert t.column_names == EVENT_COLUMNS and t.num_rows == n
    assert str(t.schema.field("goldstein").type) == "double" and str(t.schema.field("negated").type) == "bool"
    p = t.to_pandas()
    assert p["negated"].sum() == 1 and p.loc[p["cameo"] == "195", "place_lat"].dropna().tolist() == [36.2]


def test_phoenix_one_row_per_event_in_standard_order(store, tmp_path):
    r = export_events(store, "phoenix", tmp_path / "e.tsv")
    df = _read_tsv(tmp_path / "e.tsv")
    assert list(df.columns) == PHOENIX_COLUMNS == r["columns"]
    assert len(PHOENIX_COLUMNS) == 26 and PHOENIX_COLUMNS[0] == "EventID" and PHOENIX_COLUMNS[-1] == "NewsSources"
    assert len(df) == store.count_events() == 4
    row = df[df["EventCode"] == "195"].iloc[0]
    assert (row["Date"], row["Year"], row["Month"], row["Day"]) == ("20230502", "2023", "5", "2")
    assert (row["SourceActorFull"], row["SourceActorEntity"], row["SourceActorRole"]) == ("RUSMIL", "RUS", "MIL")
    assert (row["TargetActorEntity"], row["TargetActorRole"], row["TargetActorAttribute"]) == ("SYR", "REB", "IGO;UNO")
    assert row["EventRootCode"] == "19" and row["QuadClass"] == "4" and float(row["GoldsteinScore"]) == -10.0
    assert row["LocationName"] in ("Aleppo", "") and row["NewsSources"] in ("Wire A", "Wire B")
    month_only = df[df["EventCode"] == "043"].iloc[0]
    assert (month_only["Date"], month_only["Year"], month_only["Month"], month_only["Day"]) == ("", "2023", "5", "")
    assert month_only["QuadClass"] == "1"      # Phoenix: root 04 is verbal cooperation
    # without header: the same rows, 26 fields each
    export_events(store, "phoenix", tmp_path / "nohead.tsv", header=False)
    lines = (tmp_path / "nohead.tsv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(len(x.split("\t")) == 26 for x in lines)


def test_split_actor():
    assert split_actor("RUSGOV", "RUS") == ("RUS", "GOV", "")
    assert split_actor("IGOUNO", None) == ("IGO", "", "UNO")
    assert split_actor("SYRREBIGOUNO", "SYR") == ("SYR", "REB", "IGO;UNO")
    assert split_actor(None, None) == ("", "", "")


def test_plover_records(store, tmp_path):
    export_events(store, "plover", tmp_path / "e.jsonl")
    recs = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 4
    for r in recs:
        assert list(r.keys()) == PLOVER_FIELDS
        assert r["id"] and r["date"] and isinstance(r["actor"], list) and isinstance(r["event"], list)
    by = {r["cameo"]: r for r in recs}
    a = by["195"]
    assert a["event"] == ["ASSAULT"] and a["actor"][0]["code"] == "RUS" and a["actor"][0]["sector"] == "MIL"
    assert a["quad_code"] == 4 and a["link"] == "S9" and a["cite_info"]["publication"] in ("Wire A", "Wire B")
    assert a["text"].startswith(("قصفت", "شنت"))
    assert "negation" in by["043"]["context"] and "future" in by["070"]["context"]
    df = pd.read_json(tmp_path / "e.jsonl", lines=True)
    assert list(df.columns) == PLOVER_FIELDS
    export_events(store, "plover", tmp_path / "nt.jsonl", plover_text=False)
    assert all("text" not in json.loads(x) for x in (tmp_path / "nt.jsonl").read_text().splitlines())


def test_gdelt_merges_reports_of_one_story_event(store, tmp_path):
    r = export_events(store, "gdelt", tmp_path / "g.tsv")
    df = _read_tsv(tmp_path / "g.tsv")
    assert list(df.columns) == GDELT_COLUMNS
    assert len(df) == 3 and r["events"] == 4      # two reports of the Aleppo strike merged
    strike = df[df["EventCode"] == "195"].iloc[0]
    assert (strike["NumMentions"], strike["NumArticles"], strike["NumSources"]) == ("2", "2", "2")
    assert strike["SQLDATE"] == "20230502" and strike["MonthYear"] == "202305" and strike["QuadClass"] == "4"
    assert strike["EventBaseCode"] == "195" and strike["EventRootCode"] == "19"
    assert strike["Actor1CountryCode"] == "RUS" and strike["Actor2Type1Code"] == "REB"
    assert int(strike["GlobalEventID"]) > 0 and strike["MarsadStoryID"] == "S9"


def test_filters_and_gzip(store, tmp_path):
    r = export_events(store, "csv", tmp_path / "f.csv.gz", EventFilter(include_negated=False, cameo="19"))
    with gzip.open(tmp_path / "f.csv.gz", "rt", encoding="utf-8") as fh:
        df = pd.read_csv(fh, dtype=str)
    assert r["rows"] == len(df) == 2 and set(df["cameo"]) == {"195"}
    with pytest.raises(ValueError):
        export_events(store, "xml", tmp_path / "x")


def test_empty_store_exports_headers(duck_store, tmp_path):
    for fmt in FORMATS:
        r = export_events(duck_store, fmt, tmp_path / f"empty.{fmt}")
        assert r["rows"] == 0
    assert pq.read_table(tmp_path / "empty.parquet").column_names == EVENT_COLUMNS
    assert _read_tsv(tmp_path / "empty.phoenix").columns.tolist() == PHOENIX_COLUMNS


def test_cli_export_uses_the_events_filters(tmp_path):
    from marsad.cli import app
    db = str(tmp_path / "cli.duckdb")
    with open_store(db) as s:
        s.write_documents(_docs())
    runner = CliRunner()
    out = tmp_path / "ph.tsv"
    res = runner.invoke(app, ["export", "--format", "phoenix", "--out", str(out), "--db", db, "--dyad", "RUS,SYR"])
    assert res.exit_code == 0, res.output
    df = _read_tsv(out)
    assert len(df) == 2 and set(df["SourceActorEntity"]) == {"RUS"}
    res = runner.invoke(app, ["export", "-f", "parquet", "-o", str(tmp_path / "n.parquet"), "--db", db, "--no-negated"])
    assert res.exit_code == 0, res.output
    assert pq.read_table(tmp_path / "n.parquet").num_rows == 3
    res = runner.invoke(app, ["export", "-f", "yaml", "-o", str(tmp_path / "x"), "--db", db])
    assert res.exit_code != 0 and "format" in res.output
    res = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path / "x.csv"), "--db", db, "--since", "2023-02-30"])
    assert res.exit_code != 0
