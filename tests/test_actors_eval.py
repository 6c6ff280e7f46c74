"""Acceptance on the dev gold (../shared): resolve the gold actor spans; CLI smoke tests."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from marsad.cli import app
from marsad.eval.actors import eval_files

runner = CliRunner()


def test_eval_actors_meets_targets(shared_dir):
    d = shared_dir / "data" / "events" / "arabic_event_gsr_dev"
    res = eval_files(sorted(d.glob("*_spans.json")))
    assert res["n"] > 500
    for f in res["files"]:
        assert f["country_accuracy"] >= 0.85, f
        assert f["role_accuracy"] >= 0.70, f


def test_cli_eval_actors_json(shared_dir):
    f = shared_dir / "data" / "events" / "arabic_event_gsr_dev" / "protest_spans.json"
    r = runner.invoke(app, ["eval", "actors", str(f), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["files"][0]["n"] > 100 and 0 <= out["files"][0]["country_accuracy"] <= 1


def test_cli_lookup_with_date():
    r = runner.invoke(app, ["actors", "lookup", "William Burns", "--date", "2022-12-02", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["resolution"]["code"] == "USASPY"
    r = runner.invoke(app, ["actors", "lookup", "William Burns", "--date", "2025-06-01", "--json"])
    assert json.loads(r.output)["resolution"]["role"] is None
    r = runner.invoke(app, ["actors", "lookup", "كلمة لا تعني شيئا"])
    assert r.exit_code == 1


def test_cli_list_filters():
    r = runner.invoke(app, ["actors", "list", "--country", "RUS", "--role", "SPY", "--source", "people.tsv", "--json"])
    assert r.exit_code == 0
    ids = {json.loads(line)["entity_id"] for line in r.output.splitlines() if line.strip()}
    assert "P.naryshkin" in ids and "P.ryabkov" not in ids


def test_cli_import_petrarch(tmp_path):
    src = tmp_path / "mine.actors.txt"
    src.write_text(
        "# a small PETRARCH dictionary written for this test\n"
        "KARIM_NASSER_  # fictional\n"
        "+MINISTER_KARIM_NASSER\n"
        "\t[JORGOV 150101-191231]\n"
        "\t[JORELI >200101]\n"
        "NORTHERN_FARMERS_UNION_ [JORLAB]\n", encoding="utf-8")
    out = tmp_path / "mine.tsv"
    r = runner.invoke(app, ["actors", "import-petrarch", str(src), "--out", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["actors", "lookup", "Karim Nasser", "--date", "2017-03-01", "--lexicon", str(out), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["resolution"]["code"] == "JORGOV"
    r = runner.invoke(app, ["actors", "lookup", "Karim Nasser", "--date", "2021-03-01", "--lexicon", str(out), "--json"])
    assert json.loads(r.output)["resolution"]["code"] == "JORELI"
