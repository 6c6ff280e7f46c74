"""Places benchmark: gazetteer load time, lookup speed, place-stage time per article, shipped size.

    /work/venv/bin/python bench/bench_places.py [--articles DIR_OR_FILE ...] [--n 200]

Load time is measured in a fresh subprocess (what a worker pays once).  Stage time runs the
place stage alone over documents already processed by the earlier stages, and reports CPU time
(process_time) next to wall time, since the machine may be shared.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = ["بالعاصمة السورية دمشق", "في مدينة حلب", "لبغداد", "وبيروت", "شمالي سوريا", "طرابلس",
           "Tripoli", "northern Syria", "the Libyan capital Tripoli", "ريف دمشق", "Helsinki, Finland",
           "جنوب السودان", "محافظة الأنبار", "Gaza Strip", "واشنطن"]


def load_time() -> tuple[float, float]:
    code = ("import time; t=time.perf_counter(); c=time.process_time(); from marsad.geo import get_gazetteer; "
            "from marsad.geo.match import get_matcher; get_matcher(get_gazetteer()); "
            "print(time.perf_counter()-t, time.process_time()-c)")
    walls = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        walls.append(tuple(float(x) for x in out.stdout.split()))
    code2 = "import time; t=time.perf_counter(); import marsad.geo.match; print(time.perf_counter()-t)"
    imp = float(subprocess.run([sys.executable, "-c", code2], capture_output=True, text=True, cwd=ROOT,
                               check=True).stdout.strip())
    return min(walls), imp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", nargs="*", default=[], help="text files or directories of .txt articles")
    ap.add_argument("--n", type=int, default=200, help="repetitions for timing")
    args = ap.parse_args()

    size = sum(f.stat().st_size for f in (ROOT / "marsad" / "data" / "geo").iterdir() if f.is_file())
    gz = (ROOT / "marsad" / "data" / "geo" / "gazetteer.tsv.gz").stat().st_size
    print(f"shipped marsad/data/geo: {size / 1e6:.2f} MB (gazetteer.tsv.gz {gz / 1e6:.2f} MB)")
    (load, load_cpu), imp = load_time()
    print(f"gazetteer load + index (fresh process, best of 3): {load:.3f} s wall, {load_cpu:.3f} s CPU "
          f"(module import alone {imp:.3f} s)")

    from marsad.geo import get_gazetteer, lookup
    g = get_gazetteer()
    print(f"entries: {len(g.entries)}  keys: {len(g.index)}")
    for q in QUERIES:
        lookup(q)
    t, c = time.perf_counter(), time.process_time()
    for _ in range(args.n):
        for q in QUERIES:
            lookup(q)
    k = args.n * len(QUERIES)
    print(f"lookup(): {(time.perf_counter() - t) / k * 1e6:.1f} us wall, "
          f"{(time.process_time() - c) / k * 1e6:.1f} us CPU per call")

    paths: list[Path] = []
    for a in args.articles:
        p = Path(a)
        paths += sorted(p.glob("*.txt")) if p.is_dir() else [p]
    if not paths:
        seed = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "seed" / "000_2408f6fd23dc511e.txt"
        paths = [seed] if seed.exists() else []
    if not paths:
        print("no articles to time the stage on (pass --articles)")
        return
    from marsad.pipeline import STAGES, Pipeline
    from marsad.stages.places import PlaceStage
    names = list(STAGES)[: list(STAGES).index("places")]
    pipe = Pipeline(stages={n: STAGES[n] for n in names})
    docs = [pipe(p.read_text(encoding="utf-8")) for p in paths]
    stage = PlaceStage(pipe.config)
    ntok = sum(len(d.tokens) for d in docs)
    reps = max(1, args.n // len(docs))
    t, c = time.perf_counter(), time.process_time()
    for _ in range(reps):
        for d in docs:
            stage(d)
    nd = reps * len(docs)
    wall, cpu = (time.perf_counter() - t) / nd, (time.process_time() - c) / nd
    print(f"place stage over {len(docs)} article(s), {ntok / len(docs):.0f} tokens avg: "
          f"{wall * 1e3:.3f} ms wall, {cpu * 1e3:.3f} ms CPU per article "
          f"({cpu / (ntok / len(docs)) * 1e6:.2f} us CPU per token); places/article "
          f"{sum(len(d.places) for d in docs) / len(docs):.1f}")


if __name__ == "__main__":
    main()
