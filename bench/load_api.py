"""Bounded load check of the read API on loopback.

Starts `marsad serve` (uvicorn, its own process) on a free loopback port over a store
filled with the example articles (or --db), then hits the read endpoints from N client
threads for a fixed number of seconds and prints requests/s, error count and latency.

    python bench/load_api.py --seconds 10 --clients 8
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from apiserver import free_port  # noqa: E402

PATHS = ["/api/events?limit=20", "/api/events?actor=TUR", "/api/documents", "/api/actors",
         "/api/relations?source=TUR&target=IRQ&by=month&undirected=true", "/api/search?q=%D8%A3%D9%86%D9%82%D8%B1%D8%A9",
         "/api/health"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="store to serve (default: a temporary one with the example articles)")
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--clients", type=int, default=8)
    a = ap.parse_args()
    from marsad.api.app import create_app
    db = a.db
    if not db:
        from marsad.examples import example_documents
        from marsad.pipeline import Pipeline
        from marsad.store import open_store
        db = str(Path(tempfile.mkdtemp()) / "load.duckdb")
        with open_store(db) as st:
            st.write_documents([Pipeline().run(d) for d in example_documents()])
    import subprocess
    lat: list[float] = []
    per_path: dict[str, list[float]] = {}
    errors = 0
    lock = threading.Lock()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    srv = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", db, "--port", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                httpx.get(url + "/api/health", timeout=0.5)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        stop = time.time() + a.seconds

        def worker(seed: int) -> None:
            nonlocal errors
            rnd = random.Random(seed)
            with httpx.Client(base_url=url, timeout=10) as c:
                while time.time() < stop:
                    path = rnd.choice(PATHS)
                    t0 = time.perf_counter()
                    try:
                        ok = c.get(path).status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    dt = time.perf_counter() - t0
                    with lock:
                        lat.append(dt)
                        per_path.setdefault(path.split("?")[0], []).append(dt)
                        errors += 0 if ok else 1

        ts = [threading.Thread(target=worker, args=(i,)) for i in range(a.clients)]
        t0 = time.time()
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        wall = time.time() - t0
    finally:
        srv.terminate()
        srv.wait(timeout=10)
    for p, xs in sorted(per_path.items()):
        print(f"  {p:18s} {len(xs):5d} requests, median {statistics.median(xs) * 1000:.1f} ms")
    lat.sort()
    print(f"requests {len(lat)} in {wall:.1f} s with {a.clients} clients: {len(lat) / wall:.0f} req/s, "
          f"errors {errors}, p50 {statistics.median(lat) * 1000:.1f} ms, p95 {lat[int(len(lat) * .95)] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
