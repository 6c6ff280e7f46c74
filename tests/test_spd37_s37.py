"""Session 37, SPD37: the benchmarks find ../shared through $MARSAD_SHARED (a git worktree has no ../shared), and
bench/spy_report.py summarises a py-spy raw profile."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import spy_report  # noqa: E402


def _shared_of(module: str, shared: str) -> str:
    code = f"import sys; sys.path.insert(0, 'bench'); import {module}; print({module}.SHARED)"
    env = dict(os.environ, MARSAD_SHARED=shared, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_bench_stages_reads_marsad_shared(tmp_path):
    assert _shared_of("bench_stages", str(tmp_path)) == str(tmp_path)


def test_dump_outputs_reads_marsad_shared(tmp_path):
    # (the dump held 303 of its 904 documents in a worktree: no seed article, no GSR rows)
    assert _shared_of("dump_outputs", str(tmp_path)) == str(tmp_path)


def test_seed_and_anercorp_paths_follow_shared(tmp_path):
    code = ("import sys; sys.path.insert(0, 'bench'); import bench_stages, time_stage; "
            "print(bench_stages.SEED); print(time_stage.ANERCORP)")
    env = dict(os.environ, MARSAD_SHARED=str(tmp_path), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    seed, aner = out.stdout.split()
    assert seed.startswith(str(tmp_path) + os.sep) and aner.startswith(str(tmp_path) + os.sep)


_RAW = """\
<module> (run.py:5);Pipeline.load (marsad/pipeline.py:40) 7
<module> (run.py:9);EventStage.__call__ (marsad/stages/events.py:174);_code_sentence (marsad/stages/events.py:2300) 5
<module> (run.py:9);EventStage.__call__ (marsad/stages/events.py:340);date_and_place (marsad/coding/structure.py:380);date_event (marsad/timex/dating.py:700) 3
<module> (run.py:9);EventStage.__call__ (marsad/stages/events.py:340);date_and_place (marsad/coding/structure.py:381);locate_event (marsad/geo/locate.py:290) 2
<module> (run.py:9);EventStage.__call__ (marsad/stages/events.py:340);date_and_place (marsad/coding/structure.py:380);date_event (marsad/timex/dating.py:705) 1
<module> (run.py:9);ActorStage.__call__ (marsad/stages/actors.py:100) 2
"""


def _stacks(tmp_path, keep=None):
    p = tmp_path / "p.raw"
    p.write_text(_RAW, encoding="utf-8")
    return spy_report.read_raw(str(p), keep)


def test_keep_drops_the_warm_up(tmp_path):
    assert sum(n for _, n in _stacks(tmp_path)) == 20
    assert sum(n for _, n in _stacks(tmp_path, ["run.py:9"])) == 13


def test_stage_and_self_time(tmp_path):
    st = _stacks(tmp_path, ["run.py:9"])
    assert spy_report.by_stage(st) == {"Event": 11, "Actor": 2}
    fn = spy_report.self_time(st)
    assert fn["date_event (marsad/timex/dating.py)"] == 4   # two lines of one function summed
    lines = spy_report.self_time(st, lines=True)
    assert lines["date_event (marsad/timex/dating.py:700)"] == 3


def test_under_and_calls(tmp_path):
    st = _stacks(tmp_path, ["run.py:9"])
    assert spy_report.under(st, "date_and_place") == {"date_event (marsad/timex/dating.py)": 4,
                                                      "locate_event (marsad/geo/locate.py)": 2}
    assert spy_report.calls(st, "EventStage.__call__") == {174: 5, 340: 6}
    assert spy_report.under(st, "ActorStage.__call__") == {"(self)": 2}


def test_drain_hands_on_in_order_and_lets_go():
    import gc
    import weakref

    import bench_stages

    class Doc:   # (a weakly referable stand-in for a coded document)
        def __init__(self, k):
            self.k = k

    docs = [Doc(k) for k in range(4)]
    refs = [weakref.ref(d) for d in docs]
    seen = []
    for d in bench_stages.drain(docs):
        seen.append(d.k)
        if d.k == 2:
            assert refs[0]() is None and refs[1]() is None   # the earlier ones are gone ...
            assert refs[3]() is not None                      # ... the later ones still wait in the list
    del d
    gc.collect()
    assert seen == [0, 1, 2, 3] and docs == [] and all(r() is None for r in refs)
