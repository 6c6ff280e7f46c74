"""Core commands: code, ingest, events, demo, status."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from . import app
from ..records import EVENT_COLUMNS, dumps, nest_event, flat_event

err = Console(stderr=True)


class _Fmt:
    OUT = ("table", "jsonl", "json")
    EVENTS = ("table", "jsonl", "json", "csv")


def _check(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"{name} must be one of {', '.join(allowed)} (got {value!r})")
    return value


def _valid_date(value: Optional[str], name: str) -> Optional[str]:
    if value is None:
        return None
    import datetime as dt
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        raise typer.BadParameter(f"{name} must be an ISO date like 2022-12-02 (got {value!r})")
    return value


def pipeline_config(captions: bool, disable: list[str], lexicon: list[str]):
    """PipelineConfig from the shared CLI options (--captions, --disable, --lexicon KEY=PATH)."""
    from ..pipeline import STAGES, PipelineConfig
    lex: dict[str, list[str]] = {}
    for spec in lexicon:
        key, _, path = spec.partition("=")
        if not path:
            raise typer.BadParameter(f"--lexicon takes KEY=PATH, e.g. actors=my_actors.tsv (got {spec!r})")
        if not Path(path).exists():
            raise typer.BadParameter(f"--lexicon file not found: {path}")
        lex.setdefault(key, []).append(str(Path(path).absolute()))  # Dask workers need absolute paths
    unknown = set(disable) - set(STAGES)
    if unknown:
        raise typer.BadParameter(f"unknown stage(s) {sorted(unknown)}; stages are {list(STAGES)}")
    return PipelineConfig(captions=captions, disabled=tuple(disable), lexicons=lex)


def _pipeline(captions: bool, disable: list[str], lexicon: list[str]):
    from ..pipeline import Pipeline
    return Pipeline(pipeline_config(captions, disable, lexicon))


def _events_table(records: list[dict], title: str) -> Table:
    t = Table(title=title, show_lines=False, header_style="bold", expand=False)
    t.add_column("date", no_wrap=True)
    t.add_column("source", no_wrap=True)
    t.add_column("event", no_wrap=True)
    t.add_column("target", no_wrap=True)
    t.add_column("place", overflow="ellipsis", max_width=14)
    t.add_column("trigger", overflow="ellipsis", max_width=28)
    for r in records:
        flags = []
        if r["negated"]:
            flags.append("NEG")
        if r["modality"] and r["modality"] != "asserted":
            flags.append(r["modality"])
        if r["historical"]:
            flags.append("background")
        ev = r["evidence"]
        trig = ev["trigger"] if len(ev["trigger"]) <= 28 else ev["trigger"][:27] + "…"
        date = (r["date"] or "?") + (f"…{r['date_end']}" if r["date_end"] else "")
        t.add_row(
            f"{date}\n[dim]{r['date_basis'] or ''}[/dim]",
            r["source"]["code"] or "-",
            f"{r['cameo']} {r['plover_type'] or ''}\n[dim]{' '.join(flags)}[/dim]",
            r["target"]["code"] or "-",
            (r["place"] or {}).get("name") or "",
            f"{trig}\n[dim]@{ev['trigger_span'][0]} {r['segment']}[/dim]",
        )
    return t


def _print_records(records: list[dict], fmt: str, title: str) -> None:
    if fmt == "jsonl":
        out = sys.stdout
        for r in records:
            out.write(dumps(r) + "\n")
    elif fmt == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=EVENT_COLUMNS)
        w.writeheader()
        for r in records:
            w.writerow(flat_event(r))
    else:
        Console().print(_events_table(records, title))


def _read(paths: list[str], input_format: Optional[str], include: list[str]):
    from ..io.read import read_paths
    return read_paths(paths, fmt=input_format, include=include or None, on_skip=_skipped)


def _skipped(path: str, reason: str) -> None:
    """A file a directory walk leaves out (not an article file type): said, not an error."""
    err.print(f"[yellow]skipped[/yellow] {path}: {reason}")


@app.command("code")
def code_cmd(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
    format: str = typer.Option("table", "--format", "-f", help="Output: table | jsonl | json."),
    published_at: Optional[str] = typer.Option(None, "--published-at", help="Publication date (ISO) for inputs without one."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Force the language (ar, en)."),
    captions: bool = typer.Option(False, "--captions", help="Also code photo captions (with their own dates only)."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help="Force the input format (text, html, jsonl, rss, warc)."),
    include: list[str] = typer.Option([], "--include", help="Glob for files inside directories (repeatable)."),
    disable: list[str] = typer.Option([], "--disable", help="Skip a pipeline stage (repeatable)."),
    lexicon: list[str] = typer.Option([], "--lexicon", help="Add a data file, KEY=PATH (e.g. actors=mine.tsv)."),
) -> None:
    """Code articles and print their events (nothing is stored)."""
    _check(format, _Fmt.OUT, "--format")
    _valid_date(published_at, "--published-at")
    from ..ingest import code_safely
    from ..io.read import ReadFailure
    from ..model import event_record
    pipe = _pipeline(captions, disable, lexicon)
    records: list[dict] = []
    failures = 0
    for item in _read(paths, input_format, include):
        if isinstance(item, ReadFailure):
            failures += 1
            err.print(f"[red]error[/red] {item.source}: {item.error}")
            continue
        if published_at and not item.published_at:
            item.published_at, item.published_at_basis = published_at, "user"
        if lang:
            item.lang = lang
            item.meta["lang_forced"] = lang
        doc, e = code_safely(pipe, item)
        if e:
            failures += 1
            err.print(f"[red]error[/red] {item.source or item.id}: {e}")
            continue
        recs = [event_record(doc, ev) for ev in doc.events]
        if format == "jsonl":
            _print_records(recs, format, "")
        else:
            records += recs
    if format != "jsonl":
        _print_records(records, format, "events")
    if failures:
        raise typer.Exit(code=1)


@app.command("ingest")
def ingest_cmd(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
    db: Optional[str] = typer.Option(None, "--db", help="Store: DuckDB file or postgresql:// URL (default $MARSAD_DB or ./marsad.duckdb)."),
    input_format: Optional[str] = typer.Option(None, "--format", "--input-format", help="Force the input format (text, html, jsonl, rss, atom, warc)."),
    published_at: Optional[str] = typer.Option(None, "--published-at", help="Publication date for inputs without one."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Force the language (ar, en)."),
    captions: bool = typer.Option(False, "--captions", help="Also code photo captions."),
    include: list[str] = typer.Option([], "--include", help="Glob for files inside directories (repeatable)."),
    disable: list[str] = typer.Option([], "--disable", help="Skip a pipeline stage (repeatable)."),
    lexicon: list[str] = typer.Option([], "--lexicon", help="Add a data file, KEY=PATH."),
    batch_size: int = typer.Option(32, "--batch-size", help="Documents per transaction."),
) -> None:
    """Code articles and store them (idempotent: stored content is skipped)."""
    _valid_date(published_at, "--published-at")
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from ..ingest import ingest_items
    from ..store import open_store, StoreBusyError
    pipe = _pipeline(captions, disable, lexicon)
    try:
        store = open_store(db)
    except StoreBusyError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(code=2)
    with store, Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} docs"),
                         TimeElapsedColumn(), console=err, transient=True) as prog:
        task = prog.add_task("ingesting", total=None)
        s = ingest_items(_read(paths, input_format, include), store, pipe, batch_size=batch_size,
                         published_at=published_at, lang=lang, on_item=lambda _src: prog.advance(task))
    for src, e in s.failures:
        err.print(f"[red]failed[/red] {src}: {e}")
    err.print(f"read {s.read} · added {s.added} · skipped {s.skipped} (already stored) · failed {s.failed} · "
              f"events {s.events} · {s.docs_per_s:.1f} docs/s · store {store.url}")


def _filter(actor, source, target, dyad, undirected, cameo, plover, since, until, doc, story, no_negated,
            no_historical):
    from ..store import EventFilter
    d = None
    if dyad:
        parts = [p.strip() for p in dyad.replace("-", ",").split(",") if p.strip()]
        if len(parts) != 2:
            raise typer.BadParameter("--dyad takes two actors, e.g. RUS,USA")
        d = (parts[0], parts[1])
    return EventFilter(actor=actor, source=source, target=target, dyad=d, undirected=undirected, cameo=cameo,
                       plover=plover, since=_valid_date(since, "--since"), until=_valid_date(until, "--until"),
                       doc_id=doc, story_id=story, include_negated=not no_negated,
                       include_historical=not no_historical)


@app.command("events")
def events_cmd(
    db: Optional[str] = typer.Option(None, "--db", help="Store (default $MARSAD_DB or ./marsad.duckdb)."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor code prefix or ISO-3 country, either side."),
    source: Optional[str] = typer.Option(None, "--source", help="Source actor code prefix or country."),
    target: Optional[str] = typer.Option(None, "--target", help="Target actor code prefix or country."),
    dyad: Optional[str] = typer.Option(None, "--dyad", help="Directed dyad SOURCE,TARGET (e.g. RUS,USA)."),
    undirected: bool = typer.Option(False, "--undirected", help="Match the dyad in both directions."),
    cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code or root prefix (04, 043)."),
    plover: Optional[str] = typer.Option(None, "--plover", help="PLOVER event type (CONSULT, ASSAULT, ...)."),
    since: Optional[str] = typer.Option(None, "--since", help="From date (ISO, inclusive)."),
    until: Optional[str] = typer.Option(None, "--until", help="To date (ISO, inclusive)."),
    doc: Optional[str] = typer.Option(None, "--doc", help="Only this document id."),
    story: Optional[str] = typer.Option(None, "--story", help="Only this story cluster."),
    no_negated: bool = typer.Option(False, "--no-negated", help="Drop negated events."),
    no_historical: bool = typer.Option(False, "--no-historical", help="Drop historical background events."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many events."),
    format: str = typer.Option("table", "--format", "-f", help="table | jsonl | json | csv."),
) -> None:
    """Query stored events."""
    _check(format, _Fmt.EVENTS, "--format")
    from ..store import open_store, StoreBusyError
    flt = _filter(actor, source, target, dyad, undirected, cameo, plover, since, until, doc, story, no_negated,
                  no_historical)
    try:
        store = open_store(db, read_only=not _is_new(db))
    except StoreBusyError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(code=2)
    with store:
        rows = store.query_events(flt, limit=limit)
    _print_records([nest_event(r) for r in rows], format, f"{len(rows)} events")


def _is_new(db: Optional[str]) -> bool:
    from ..store import default_db_url
    url = default_db_url(db)
    return not url.startswith(("postgres", ":memory:")) and not Path(url).exists()


@app.command("status")
def status_cmd(db: Optional[str] = typer.Option(None, "--db", help="Store (default $MARSAD_DB or ./marsad.duckdb)."),
               failures: bool = typer.Option(False, "--failures", help="List failed documents with their errors.")) -> None:
    """Row counts, schema version and failed documents of a store."""
    from ..store import open_store
    with open_store(db, read_only=not _is_new(db)) as store:
        c = Console()
        t = Table(title=f"{store.url} (schema v{store.schema_version()})")
        t.add_column("table")
        t.add_column("rows", justify="right")
        for k, v in store.counts().items():
            t.add_row(k, str(v))
        c.print(t)
        if failures:
            ft = Table(title="failed documents")
            for col in ("source", "stage", "error", "attempts"):
                ft.add_column(col, overflow="fold")
            for f in store.failures():
                ft.add_row(f["source"], f["stage"], f["error"], str(f["attempts"]))
            c.print(ft)


@app.command("demo")
def demo_cmd(db: Optional[str] = typer.Option(None, "--db", help="Store (default $MARSAD_DB or ./marsad.duckdb)."),
             format: str = typer.Option("table", "--format", "-f", help="table | jsonl | json | csv.")) -> None:
    """The main job on the bundled example articles: code them into the store and print the events."""
    _check(format, _Fmt.EVENTS, "--format")
    from ..examples import example_documents
    from ..ingest import ingest_items
    from ..pipeline import Pipeline, PipelineConfig
    from ..store import open_store, EventFilter, StoreBusyError
    try:
        store = open_store(db)
    except StoreBusyError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(code=2)
    with store:
        docs = example_documents()
        s = ingest_items(docs, store, Pipeline(PipelineConfig()))
        err.print(f"demo: {len(docs)} example articles · added {s.added} · already stored {s.skipped} · "
                  f"failed {s.failed} · store {store.url}")
        ids = [d.id for d in docs]
        rows = [r for r in store.query_events(EventFilter()) if r["doc_id"] in ids]
    _print_records([nest_event(r) for r in rows], format, f"{len(rows)} events from the example articles")
