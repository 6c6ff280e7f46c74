"""The CLI end to end, as a user runs it (real subprocesses, real DuckDB files)."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

MARSAD = [sys.executable, "-m", "marsad"]


def run(*args, cwd=None, check=True, input=None, env=None):
    p = subprocess.run(MARSAD + list(args), cwd=cwd, capture_output=True, text=True, input=input,
                       env={**os.environ, **(env or {})}, timeout=600)
    if check and p.returncode != 0:
        raise AssertionError(f"marsad {' '.join(args)} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p


def counts(db):
    from marsad.store import open_store
    with open_store(db, read_only=True) as s:
        return s.counts()


def test_version_and_help():
    assert run("--version").stdout.startswith("marsad ")
    for cmd in ([], ["code"], ["ingest"], ["events"], ["demo"], ["eval"]):
        assert "Usage" in run(*cmd, "--help").stdout


def test_code_seed_jsonl_shape(seed_text, shared_dir):
    seed = shared_dir / "seed" / "000_2408f6fd23dc511e.txt"
    out = run("code", str(seed), "--format", "jsonl", "--published-at", "2022-12-02").stdout
    recs = [json.loads(l) for l in out.splitlines() if l.strip()]
    assert recs, "the seed article yields events"
    for r in recs:
        for k in ("event_id", "cameo", "cameo_root", "plover_type", "date", "date_basis", "source", "target",
                  "evidence", "quad_class", "goldstein", "negated", "modality"):
            assert k in r
        assert "code" in r["source"] and "code" in r["target"]
        s0, s1 = r["evidence"]["sentence_span"]
        t0, t1 = r["evidence"]["trigger_span"]
        assert seed_text[s0:s1] == r["evidence"]["sentence"]
        assert seed_text[t0:t1] == r["evidence"]["trigger"]
        assert s0 <= t0 < t1 <= s1
        for side in ("source", "target"):
            if r[side]["span"]:
                a, b = r[side]["span"]
                assert seed_text[a:b] == r[side]["text"]
    # same input, same ids
    again = run("code", str(seed), "--format", "jsonl", "--published-at", "2022-12-02").stdout
    assert [json.loads(l)["event_id"] for l in again.splitlines()] == [r["event_id"] for r in recs]


def test_code_reads_stdin():
    text = "قال وزير الخارجية المصري إن القاهرة تدين الهجوم على المدنيين.\n"
    p = run("code", "-", "--format", "json", input=text)
    assert isinstance(json.loads(p.stdout), list)


def _corpus(d: Path, n: int = 6) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (d / f"a{i}.txt").write_text(
            f"اجتمع وزير الخارجية المصري مع نظيره الأردني في عمان يوم {i + 1} مايو 2023 لبحث الأوضاع في غزة.\n\n"
            f"وقال الوزير إن بلاده تدعو إلى وقف إطلاق النار. الخبر رقم {i}.\n", encoding="utf-8")
    return d


def test_ingest_twice_changes_nothing(tmp_path):
    src = _corpus(tmp_path / "in")
    db = str(tmp_path / "s.duckdb")
    run("ingest", str(src), "--db", db)
    c1 = counts(db)
    assert c1["documents"] == 6
    run("ingest", str(src), "--db", db)
    assert counts(db) == c1
    out = run("events", "--db", db, "--format", "jsonl").stdout
    assert len([l for l in out.splitlines() if l.strip()]) == c1["events"]


def test_bad_files_are_recorded_and_batch_goes_on(tmp_path):
    src = _corpus(tmp_path / "in", n=2)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "fake.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    (src / "bad.jsonl").write_text('{"text": "خبر صالح عن اجتماع في بغداد."}\n{not json\n', encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    p = run("ingest", str(src), "--db", db, check=False)
    assert p.returncode == 0, p.stderr
    c = counts(db)
    assert c["documents"] == 3  # two articles + the good JSONL line
    from marsad.store import open_store
    with open_store(db, read_only=True) as s:
        fails = {Path(f["source"].split("#")[0].split(":")[0]).name: f["error"] for f in s.failures()}
    assert {"empty.txt", "binary.txt", "fake.html", "bad.jsonl"} <= set(fails), fails
    assert all(e and len(e) > 5 for e in fails.values())
    assert "failed" in p.stderr


def test_kill_mid_run_then_rerun_completes(tmp_path):
    src = _corpus(tmp_path / "in", n=400)
    db = str(tmp_path / "k.duckdb")
    proc = subprocess.Popen(MARSAD + ["ingest", str(src), "--db", db, "--batch-size", "5"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # let it commit some batches (the writer holds the DuckDB file, so we can't query it), then kill hard.  A fixed
    # sleep killed a slow start (a loaded host: the models load for seconds) before the schema existed.  Watch the
    # write-ahead log instead: it appears with the schema, settles, and grows again with the first batch of documents
    wal = Path(db + ".wal")
    deadline = time.monotonic() + 180
    sizes: list = []
    while time.monotonic() < deadline and proc.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size and (not sizes or size != sizes[-1]):
            sizes.append(size)
        if len(sizes) >= 2 and size > 2 * sizes[0] + 20000:
            break   # documents committed after the schema
        time.sleep(0.1)
    time.sleep(1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = counts(db)  # readable after a kill
    assert partial["documents"] < 400, "the run was killed before it finished"
    run("ingest", str(src), "--db", db)
    full = counts(db)
    assert full["documents"] == 400
    from marsad.store import open_store
    with open_store(db, read_only=True) as s:
        n_hash = s.db.query("SELECT count(DISTINCT content_hash), count(*) FROM documents")[1][0]
        n_ev = s.db.query("SELECT count(DISTINCT event_id), count(*) FROM events")[1][0]
    assert n_hash[0] == n_hash[1] and n_ev[0] == n_ev[1]


def test_demo_in_a_fresh_directory(tmp_path):
    p = run("demo", "--format", "jsonl", cwd=tmp_path, env={"MARSAD_DB": ""})
    assert (tmp_path / "marsad.duckdb").exists()
    recs = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    assert recs, "the demo prints the events of the example articles"
    c1 = counts(str(tmp_path / "marsad.duckdb"))
    run("demo", cwd=tmp_path, env={"MARSAD_DB": ""})
    assert counts(str(tmp_path / "marsad.duckdb")) == c1


def test_bad_options_are_clear(tmp_path):
    p = run("code", "-", "--published-at", "next tuesday", input="نص", check=False)
    assert p.returncode != 0 and "ISO date" in (p.stderr + p.stdout)
    p = run("events", "--db", str(tmp_path / "x.duckdb"), "--format", "xml", check=False)
    assert p.returncode != 0 and "--format" in (p.stderr + p.stdout)
