"""``marsad batch``: code a large input set on Dask into partitioned Parquet (and the store)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from . import app
from .main import pipeline_config

err = Console(stderr=True)


@app.command("batch")
def batch(
    inputs: List[str] = typer.Argument(..., help="Files or directories: text, HTML, JSONL, RSS/Atom, WARC, "
                                                 "Parquet (columns text or html, optional id, title, url, "
                                                 "published_at, source, lang); gzip is fine."),
    out: Path = typer.Option(..., "--out", "-o", help="Output directory (Parquet; created if needed). "
                                                      "Rerunning into it resumes."),
    db: Optional[str] = typer.Option(None, "--db", help="Also load the results into this store "
                                                        "(path or postgresql:// URL); idempotent."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=0,
                                          help="LocalCluster worker processes (default: CPU count; "
                                               "0 = this process, no Dask)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Use an existing Dask scheduler, e.g. tcp://host:8786."),
    partition_size: int = typer.Option(500, "--partition-size", min=1,
                                       help="Documents (JSONL lines, Parquet rows, files) per partition."),
    threads_per_worker: int = typer.Option(1, "--threads-per-worker", min=1, help="Threads per worker process."),
    memory_limit: str = typer.Option("auto", "--memory-limit", help="Per-worker memory limit of the "
                                                                    "LocalCluster (e.g. 2GB)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="Force the input format: text, html, jsonl, feed, warc, parquet."),
    include: List[str] = typer.Option([], "--include", help="Glob for files inside directories (repeatable)."),
    captions: bool = typer.Option(False, "--captions", help="Code caption sentences too."),
    disable: List[str] = typer.Option([], "--disable", help="Skip a pipeline stage (repeatable)."),
    lexicon: List[str] = typer.Option([], "--lexicon", help="Add a data file: KEY=PATH (repeatable)."),
    layers: bool = typer.Option(True, "--layers/--no-layers",
                                help="Keep each document's annotations (documents/doc_json) so --db can load "
                                     "them later; --no-layers is faster when only events are wanted."),
    force: bool = typer.Option(False, "--force", help="Recode everything (deletes earlier output in --out)."),
    prune: bool = typer.Option(False, "--prune", help="Delete output of partitions no longer in the inputs."),
    no_progress: bool = typer.Option(False, "--no-progress", help="No progress bar."),
    summary_json: Optional[Path] = typer.Option(None, "--summary-json", help="Also write the summary as JSON."),
) -> None:
    """Code many articles in parallel on Dask; write events as Parquet partitioned by month.

    Output: OUT/events/month=YYYY-MM/part-<id>.parquet, OUT/documents/, OUT/failures/ and a
    completion marker per partition in OUT/_manifests/.  A rerun skips complete partitions.
    """
    from ..scale import BatchSettingsError, run_batch
    from ..scale.plan import norm_format
    try:
        norm_format(fmt)
    except ValueError as e:
        raise typer.BadParameter(str(e))
    if workers is not None and scheduler:
        raise typer.BadParameter("give --workers or --scheduler, not both")
    if db and not layers:
        raise typer.BadParameter("--db loads the documents' layers: do not combine it with --no-layers")
    cfg = pipeline_config(captions, disable, lexicon)
    try:
        s = run_batch(inputs, out, config=cfg, workers=workers, scheduler=scheduler,
                      partition_size=partition_size, fmt=fmt, include=include, force=force, prune=prune,
                      threads_per_worker=threads_per_worker, memory_limit=memory_limit, db=db, layers=layers,
                      progress=not no_progress, console=err)
    except BatchSettingsError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2)
    except (ValueError, OSError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2)
    _print_summary(s, out)
    if summary_json:
        summary_json.write_text(json.dumps(s.as_dict(), ensure_ascii=False, indent=1, default=str),
                                encoding="utf-8")
    if s.crashed:
        raise typer.Exit(1)


def _print_summary(s, out: Path) -> None:
    for m in s.missing_inputs:
        err.print(f"[yellow]not found:[/yellow] {m}")
    if s.not_articles:
        err.print(f"[yellow]skipped[/yellow] {len(s.not_articles)} file(s) in the input directories that are not "
                  f"article types (e.g. {s.not_articles[0]}); select them with --include to read them")
    t = Table(title=f"marsad batch → {out}", show_header=False)
    t.add_column("", style="bold")
    t.add_column("")
    t.add_row("partitions", f"{s.partitions} ({s.done} written, {s.skipped} already complete"
                            + (f", {len(s.crashed)} crashed" if s.crashed else "") + ")")
    t.add_row("documents", f"{s.docs:,} coded")
    t.add_row("events", f"{s.events:,}")
    t.add_row("failures", f"{s.failures:,}")
    t.add_row("workers", str(s.workers))
    t.add_row("time", f"{s.seconds:.1f} s")
    t.add_row("docs/s", f"{s.docs_per_s:,.1f}")
    if s.stage_seconds:
        slow = max(s.stage_seconds, key=s.stage_seconds.get)
        t.add_row("slowest stage", f"{slow} ({s.stage_seconds[slow]:.1f} s of worker time)")
    if s.worker_loads:
        rep = sum(w["repeated_loads"] for w in s.worker_loads.values())
        rss = max(w["max_rss_mb"] for w in s.worker_loads.values())
        npipe = sum(w['pipelines_built'] for w in s.worker_loads.values())
        nproc = len(s.worker_loads)
        t.add_row("state loads", f"{npipe} pipeline{'s' if npipe != 1 else ''} built in {nproc} worker "
                                 f"process{'es' if nproc != 1 else ''}, {rep} repeated loads; "
                                 f"peak RSS {rss:.0f} MB per worker")
    if s.store is not None:
        t.add_row("store", f"{s.store['added']:,} documents added, {s.store['skipped']:,} already stored, "
                           f"{s.store['events']:,} events ({s.store_seconds:.1f} s)"
                           + (f"; {s.store['without_layers']:,} written with --no-layers not loaded"
                              if s.store.get("without_layers") else ""))
    if s.stale_partitions:
        t.add_row("stale", f"{len(s.stale_partitions)} partitions from inputs no longer given (--prune deletes them)")
    err.print(t)
    for src, e in s.failed_docs[:10]:
        err.print(f"[yellow]failed[/yellow] {src}: {e}")
    if s.failures > len(s.failed_docs[:10]):
        err.print(f"… all failures: {out}/failures/ (Parquet)")
    for part, e in s.crashed[:10]:
        err.print(f"[red]partition crashed[/red] {part}: {e} (rerun to retry)")
    if len(s.crashed) > 10:
        err.print(f"[red]… {len(s.crashed) - 10} more partitions crashed[/red]")
    # the summary line on stdout, for scripts
    print(json.dumps({"docs": s.docs, "events": s.events, "failures": s.failures,
                      "seconds": round(s.seconds, 2), "docs_per_s": round(s.docs_per_s, 1),
                      "partitions": s.partitions, "written": s.done, "skipped": s.skipped,
                      "crashed": len(s.crashed)}))
