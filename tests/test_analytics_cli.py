"""`marsad relations` and `marsad top` on a DuckDB store file."""
from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import open_store
from test_analytics_dyads import _corpus


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "rel.duckdb")
    with open_store(path) as s:
        s.write_documents(_corpus())
    return path


def _run(args):
    res = CliRunner().invoke(app, args)
    return res


def test_relations_table_json_csv(db):
    res = _run(["relations", "RUS", "USA", "--db", db, "--by", "month"])
    assert res.exit_code == 0, res.output
    assert "2023-01" in res.stdout and "total" in res.stdout
    res = _run(["relations", "RUS", "USA", "--db", db, "--format", "json", "--undirected", "--evidence", "2"])
    out = json.loads(res.stdout)
    assert [p["period"] for p in out["periods"]] == ["2023-01", "2023-02", "2023-03"]
    assert out["totals"]["events"] == 4 and len(out["evidence"]) == 2
    res = _run(["relations", "USA", "RUS", "--db", db, "--format", "csv", "--by", "day"])
    lines = res.stdout.strip().splitlines()
    assert lines[0].startswith("period,events,") and lines[1].startswith("2023-03-10,1,")


def test_relations_what_changed(db):
    res = _run(["relations", "RUS", "USA", "--db", db, "--undirected", "--format", "json",
                "--before", "2023-01-01..2023-01-31", "--after", "2023-03-01..2023-03-31"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["delta"]["events"] == 0 and {r["code"] for r in out["rows"]} == {"04", "13", "16", "11"}
    res = _run(["relations", "RUS", "USA", "--db", db, "--before", "2023-01-01..2023-01-31"])
    assert res.exit_code != 0


@pytest.mark.parametrize("ext,magic", [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_relations_plot(db, tmp_path, ext, magic):
    out = tmp_path / f"chart.{ext}"
    res = _run(["relations", "RUS", "USA", "--db", db, "--undirected", "--plot", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:len(magic)] == magic and out.stat().st_size > 1000


def test_plot_without_matplotlib_gives_a_clear_message(db, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    res = _run(["relations", "RUS", "USA", "--db", db, "--plot", str(tmp_path / "x.png")])
    assert res.exit_code == 1 and "marsad[plot]" in res.output


def test_relations_bad_input(db):
    assert _run(["relations", "RUS", "USA", "--db", db, "--by", "fortnight"]).exit_code != 0
    assert _run(["relations", "RUS", "USA", "--db", db, "--since", "2023-02-31"]).exit_code != 0
    assert _run(["relations", "RUS", "USA", "--db", db, "--plot", "chart.gif"]).exit_code != 0


def test_top(db):
    res = _run(["top", "countries", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert {r["actor"] for r in rows} >= {"RUS", "USA", "TUR", "IRQ"}
    res = _run(["top", "types", "--db", db])
    assert res.exit_code == 0 and "04" in res.stdout
