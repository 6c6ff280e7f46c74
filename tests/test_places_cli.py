"""`marsad places lookup` and `marsad eval places`."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()
GOLD = Path(__file__).parent / "data" / "places" / "mentions.tsv"


def test_lookup_json_and_country_option():
    r = runner.invoke(app, ["places", "lookup", "طرابلس", "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["country"] == "LBY" and any(a["country"] == "LBN" for a in d["alternatives"])
    r = runner.invoke(app, ["places", "lookup", "طرابلس", "--country", "LBN", "--json"])
    assert json.loads(r.output)["country"] == "LBN"
    r = runner.invoke(app, ["places", "lookup", "شمالي سوريا"])
    assert r.exit_code == 0 and "SYR" in r.output and "region" in r.output


def test_lookup_not_found_and_bad_country():
    r = runner.invoke(app, ["places", "lookup", "كلمةليستمكانا"])
    assert r.exit_code == 1
    r = runner.invoke(app, ["places", "lookup", "Tripoli", "--country", "Lebanon"])
    assert r.exit_code != 0


def test_eval_places(tmp_path):
    gold = tmp_path / "g.tsv"
    gold.write_text("text\tmention\tiso3\tlatlon\n"
                    "اجتمع الوزراء في العاصمة اللبنانية بيروت\tبيروت\tLBN\t33.89,35.50\n"
                    "Talks were held in Tripoli, the Libyan capital\tTripoli\tLBN\t34.43,35.84\n"
                    "وصل الوفد إلى القاهرة\tالقاهرة\tEGY\t31.20,29.92\n", encoding="utf-8")
    r = runner.invoke(app, ["eval", "places", str(gold), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert (d["n"], d["correct"], d["wrong_country"], d["too_far"]) == (3, 1, 1, 1)
    r = runner.invoke(app, ["eval", "places", str(gold)])
    assert "accuracy 0.333" in r.output


def test_eval_places_rejects_malformed(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("only two\tfields\n", encoding="utf-8")
    r = runner.invoke(app, ["eval", "places", str(bad)])
    assert r.exit_code != 0
