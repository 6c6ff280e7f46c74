"""`marsad segments` and `marsad stories` on files written here."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app

DATA = Path(__file__).parent / "data" / "io"


def test_segments_json_and_failures(tmp_path):
    bad = tmp_path / "x.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    r = CliRunner().invoke(app, ["segments", str(DATA / "seedlike_ar.txt"), str(bad), "--json"])
    assert r.exit_code == 1  # one input failed
    lines = [json.loads(ln) for ln in r.stdout.splitlines() if ln.startswith("{")]
    doc, fail = lines
    assert [s["kind"] for s in doc["segments"]][:4] == ["title", "caption", "photo_credit", "caption"]
    assert doc["publisher"] == "Al Jazeera" and doc["lang"] == "ar"
    assert "binary" in fail["error"]


def test_segments_table():
    r = CliRunner().invoke(app, ["segments", str(DATA / "seedlike_ar.txt")])
    assert r.exit_code == 0, r.output
    assert "photo_credit" in r.stdout and "source_line" in r.stdout


def test_stories_groups_rewrites():
    r = CliRunner().invoke(app, ["stories", str(DATA / "stories"), "--include", "*.txt"])
    assert r.exit_code == 0, r.output
    assert "6 documents in 4 stories" in r.stdout
