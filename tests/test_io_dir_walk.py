"""Directory walks read article files only: code, tables and images beside the articles are left
out and said (a Python file sniffed as text gave COOPERATE events from "from x import y" lines)."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from typer.testing import CliRunner

from marsad.cli import app
from marsad.io.read import ReadFailure, article_file, read_paths
from marsad.scale.plan import expand_inputs

ARTICLE = "التقى وزير الخارجية المصري نظيره الأردني في عمان أمس لبحث الأوضاع في المنطقة.\n"
CODE = "from collections import OrderedDict\nimport json\n"


def _tree(root: Path) -> None:
    (root / "sub").mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    (root / "c").write_text(ARTICLE, encoding="utf-8")            # no extension: sniffed, read
    (root / "tool.py").write_text(CODE, encoding="utf-8")
    (root / "manifest.tsv").write_text("id\tpath\n1\ta.txt\n", encoding="utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def test_article_file_by_name():
    for name in ("a.txt", "b.HTML", "feed.xml", "x.jsonl", "y.warc.gz", "z.txt.gz", "c.gz", "README", "notes.md"):
        assert article_file(name), name
    for name in ("tool.py", "manifest.tsv", "table.csv", "photo.png", "report.pdf", "data.parquet"):
        assert not article_file(name), name


def test_directory_walk_skips_and_reports_other_files(tmp_path):
    _tree(tmp_path)
    skipped: list[tuple[str, str]] = []
    items = list(read_paths([tmp_path], on_skip=lambda p, why: skipped.append((Path(p).name, why))))
    assert sorted(Path(d.source).name for d in items) == ["a.txt", "b.html", "c"]
    assert not any(isinstance(d, ReadFailure) for d in items)
    assert sorted(n for n, _ in skipped) == ["manifest.tsv", "photo.png", "tool.py"]
    assert all("--include" in why for _, why in skipped)


def test_include_and_named_files_still_read_anything(tmp_path):
    _tree(tmp_path)
    only = list(read_paths([tmp_path], include=["*.py"]))
    assert [Path(d.source).name for d in only] == ["tool.py"]
    named = list(read_paths([tmp_path / "tool.py"]))
    assert len(named) == 1 and not isinstance(named[0], ReadFailure)


def test_batch_plan_keeps_parquet_and_reports_the_rest(tmp_path):
    _tree(tmp_path)
    pq.write_table(pa.table({"id": ["p1"], "text": [ARTICLE]}), tmp_path / "rows.parquet")
    skipped: list[str] = []
    files, missing = expand_inputs([tmp_path], on_skip=lambda p, why: skipped.append(Path(p).name))
    assert sorted(Path(f).name for f in files) == ["a.txt", "b.html", "c", "rows.parquet"]
    assert sorted(skipped) == ["manifest.tsv", "photo.png", "tool.py"] and not missing


def test_cli_code_on_a_directory_says_what_it_skipped(tmp_path):
    _tree(tmp_path)
    res = CliRunner().invoke(app, ["code", str(tmp_path), "-f", "jsonl", "--published-at", "2024-03-05"])
    assert res.exit_code == 0, res.output
    assert "skipped" in res.output and "tool.py" in res.output
    assert "import" not in "".join(line for line in res.output.splitlines() if line.startswith("{"))
