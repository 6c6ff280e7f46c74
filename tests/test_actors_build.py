"""scripts/build_actors.py reproduces the committed generated tables of marsad/data/actors byte for
byte (needs ../shared and the ArWikiCats demonym data the build reads)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "scripts" / "build_actors.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_actors", mod)
    spec.loader.exec_module(mod)
    return mod


def test_generated_actor_tables_match_a_fresh_build(shared_dir):
    if importlib.util.find_spec("ArWikiCats") is None:
        pytest.skip("ArWikiCats (the demonym source of countries.tsv) is not installed")
    mod = _build_module()
    assert mod.check(shared_dir) == [], "run: python scripts/build_actors.py (then commit the tables)"


def test_check_notices_a_hand_edit(shared_dir, tmp_path, monkeypatch):
    if importlib.util.find_spec("ArWikiCats") is None:
        pytest.skip("ArWikiCats (the demonym source of countries.tsv) is not installed")
    mod = _build_module()
    # a copy of the tables with one row edited by hand, as the check's reference
    ref = tmp_path / "actors"
    ref.mkdir()
    for p in (ROOT / "marsad" / "data" / "actors").glob("*.tsv"):
        (ref / p.name).write_bytes(p.read_bytes())
    t = (ref / "up_actors.tsv").read_text(encoding="utf-8").splitlines(keepends=True)
    t.pop()
    (ref / "up_actors.tsv").write_text("".join(t), encoding="utf-8")
    monkeypatch.setattr(mod, "OUT", ref)
    assert mod.check(shared_dir) == ["up_actors.tsv"]
