"""Batch partitioning and output files: stable ids, exact coverage, Parquet input, atomic output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from marsad.io.read import ReadFailure, read_paths  # noqa: E402
from marsad.pipeline import PipelineConfig  # noqa: E402
from marsad.scale import plan_inputs, read_documents, read_failures, run_batch  # noqa: E402
from marsad.scale.output import month_key  # noqa: E402
from marsad.scale.read import iter_partition  # noqa: E402
from marsad.scale.synth import generate, write_jsonl  # noqa: E402

LIGHT = PipelineConfig(disabled=("mentions", "actors", "time", "places", "quotes", "events"))


@pytest.fixture
def jsonl(tmp_path) -> Path:
    p = tmp_path / "in" / "a.jsonl"
    p.parent.mkdir()
    write_jsonl(str(p), 57, seed=4, mean_words=60, bad_share=0.1)
    with open(p, "a", encoding="utf-8") as f:
        f.write("\n")                      # a blank line is skipped, not a failure
    return p


def _sig(item) -> tuple:
    if isinstance(item, ReadFailure):
        return ("fail", item.source, item.error)
    return ("doc", item.id, item.source, item.published_at, item.text)


def test_partitions_are_stable_and_cover_every_line_once(jsonl, tmp_path):
    (jsonl.parent / "b.txt").write_text("التقى الوزير نظيره في عمان.", encoding="utf-8")
    (jsonl.parent / "c.txt").write_text("The minister met his counterpart in Amman.", encoding="utf-8")
    plan1, missing = plan_inputs([jsonl.parent, tmp_path / "nope"], 10)
    plan2, _ = plan_inputs([jsonl.parent], 10)
    assert missing == [str(tmp_path / "nope")]
    assert [p.pid for p in plan1] == [p.pid for p in plan2] and len({p.pid for p in plan1}) == len(plan1)
    assert [p.kind for p in plan1] == ["jsonl"] * 6 + ["files"]
    got = [_sig(x) for p in plan1 for x in iter_partition(p)]
    want = [_sig(x) for x in read_paths([str(jsonl.parent.absolute())])]
    assert got == want
    # another partition size gives other partitions, the same documents
    plan3, _ = plan_inputs([jsonl.parent], 7)
    jl = lambda plan: {p.pid for p in plan if p.kind == "jsonl"}  # noqa: E731
    assert jl(plan3).isdisjoint(jl(plan1))
    assert [p.pid for p in plan3 if p.kind == "files"] == [p.pid for p in plan1 if p.kind == "files"]
    assert [_sig(x) for p in plan3 for x in iter_partition(p)] == want


def test_parquet_input_gives_the_same_documents_as_jsonl(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows = [r for r in generate(30, seed=2, mean_words=60) if isinstance(r, dict)]
    rows[3]["text"] = "  "                 # an empty article is a failure, not a crash
    table = pa.table({"text": [r["text"] for r in rows], "title": [r["title"] for r in rows],
                      "url": [r["url"] for r in rows], "published_at": [r["published_at"] for r in rows]})
    pq.write_table(table, tmp_path / "arts.parquet", row_group_size=7)
    with open(tmp_path / "arts.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("text", "title", "url", "published_at")}, ensure_ascii=False) + "\n")
    a = run_batch([tmp_path / "arts.parquet"], tmp_path / "o1", config=LIGHT, workers=0, partition_size=4,
                  progress=False)
    b = run_batch([tmp_path / "arts.jsonl"], tmp_path / "o2", config=LIGHT, workers=0, partition_size=9,
                  progress=False)
    assert a.docs == b.docs == 29 and a.failures == b.failures == 1
    cols = ("doc_id", "published_at", "title", "url", "n_sentences", "n_tokens")
    d1 = sorted(tuple(r[c] for c in cols) for r in read_documents(tmp_path / "o1").to_pylist())
    d2 = sorted(tuple(r[c] for c in cols) for r in read_documents(tmp_path / "o2").to_pylist())
    assert d1 == d2
    f = read_failures(tmp_path / "o1").to_pylist()
    assert f[0]["source"].endswith("arts.parquet#row=3") and "Parquet row 3" in f[0]["error"]


def test_output_is_atomic_and_changed_settings_are_refused(jsonl, tmp_path):
    from marsad.scale import BatchSettingsError
    out = tmp_path / "out"
    s = run_batch([jsonl], out, config=LIGHT, workers=0, partition_size=20, progress=False)
    assert s.done == 3 and s.failures > 0
    assert not list(out.rglob(".*tmp-*")), "temporary files left behind"
    for m in (out / "_manifests").glob("*.json"):
        man = json.loads(m.read_text())
        assert all((out / f["path"]).stat().st_size == f["bytes"] for f in man["files"])
    assert {p.parent.name for p in (out / "documents").glob("*.parquet")} == {"documents"}
    with pytest.raises(BatchSettingsError):
        run_batch([jsonl], out, config=PipelineConfig(captions=True, disabled=LIGHT.disabled), workers=0,
                  progress=False)
    # a changed partitioning leaves the old partitions stale; --prune removes them
    s2 = run_batch([jsonl], out, config=LIGHT, workers=0, partition_size=30, progress=False)
    assert s2.done == 2 and len(s2.stale_partitions) == 3
    s3 = run_batch([jsonl], out, config=LIGHT, workers=0, partition_size=30, progress=False, prune=True)
    assert s3.done == 0 and s3.stale_partitions == []
    assert len(list((out / "documents").glob("*.parquet"))) == 2


def test_month_keys():
    assert month_key("2022-11-14") == "2022-11"
    assert month_key("2022-11") == "2022-11"
    assert month_key("2022") == "2022"
    assert month_key(None) == "unknown" and month_key("soon") == "unknown"


def test_gzipped_jsonl_ranges_match_read_paths(jsonl, tmp_path):
    import gzip
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(jsonl.read_bytes()))
    plan, _ = plan_inputs([gz], 8)
    assert len(plan) == 8 and all(p.kind == "jsonl" for p in plan)
    got = [_sig(x) for p in plan for x in iter_partition(p)]
    assert got == [_sig(x) for x in read_paths([str(gz)])]


def test_public_reader_fallback_gives_the_same_items(jsonl, monkeypatch):
    """If marsad.io.read's private per-line helpers are renamed, the public read_bytes path is used."""
    import marsad.scale.read as SR
    want = [_sig(x) for x in read_paths([str(jsonl)])]
    monkeypatch.setattr(SR, "_private", lambda: (None, None))
    plan, _ = plan_inputs([jsonl], 10)
    assert [_sig(x) for p in plan for x in iter_partition(p)] == want


def test_no_layers_writes_events_without_document_annotations(jsonl, tmp_path):
    from marsad.scale import read_documents
    s = run_batch([jsonl], tmp_path / "o", config=LIGHT, workers=0, partition_size=30, progress=False,
                  layers=False)
    docs = read_documents(tmp_path / "o").to_pylist()
    assert s.docs == len(docs) > 0 and all(d["doc_json"] is None and d["n_sentences"] > 0 for d in docs)
    with pytest.raises(ValueError):
        run_batch([jsonl], tmp_path / "o", config=LIGHT, workers=0, layers=False, db=str(tmp_path / "x.duckdb"),
                  progress=False)


def test_a_crashing_partition_is_reported_and_retried_on_rerun(jsonl, tmp_path, monkeypatch):
    import marsad.scale.run as RUN
    from marsad.scale.worker import run_partition as real
    plan, _ = plan_inputs([jsonl], 20)
    bad = plan[1].pid

    def flaky(part, *a, **kw):
        if part.pid == bad:
            raise OSError("disk full")
        return real(part, *a, **kw)

    monkeypatch.setattr(RUN, "run_partition", flaky)
    s = run_batch([jsonl], tmp_path / "o", config=LIGHT, workers=0, partition_size=20, progress=False)
    assert s.done == 2 and len(s.crashed) == 1 and "disk full" in s.crashed[0][1]
    monkeypatch.setattr(RUN, "run_partition", real)
    s = run_batch([jsonl], tmp_path / "o", config=LIGHT, workers=0, partition_size=20, progress=False)
    assert s.done == 1 and s.written == [bad] and s.skipped == 2 and not s.crashed
