"""Commands over the store: ``marsad relations``, ``marsad top``, ``marsad export``, ``marsad search``."""
from __future__ import annotations

import csv
import json
import sys
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import app
from .main import _filter, _is_new, _valid_date

err = Console(stderr=True)


def _open(db: Optional[str], write: bool = False):
    from ..store import StoreBusyError, open_store
    try:
        store = open_store(db, read_only=not (write or _is_new(db)))
    except StoreBusyError as e:
        err.print(f"[red]{escape(str(e))}[/red]")
        raise typer.Exit(code=2)
    try:
        store.schema_version()
    except Exception:  # an empty PostgreSQL database or a foreign DuckDB file
        url = store.url
        store.close()
        err.print(f"[red]{escape(str(url))} is not a marsad store yet (no schema): ingest something first[/red]")
        raise typer.Exit(code=2)
    return store


def _console() -> Console:
    # piped output is not limited to 80 columns (rich's default when there is no terminal)
    return Console() if sys.stdout.isatty() else Console(width=160)


def _fmt_num(v, nd: int = 2) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:+.{nd}f}"
    return str(v)


# -- relations ------------------------------------------------------------------------

def _series_table(res: dict) -> Table:
    arrow = "↔" if res["undirected"] else "→"
    t = Table(title=f"{res['source']} {arrow} {res['target']} by {res['by']}", header_style="bold")
    t.add_column("period", no_wrap=True)
    for col in ("events", "vcoop", "mcoop", "vconf", "mconf", "G sum", "G mean", "reports", "docs", "outlets",
                "excl"):
        t.add_column(col, justify="right", no_wrap=True)
    for p in res["periods"]:
        excl = p["excluded_negated"] + p["excluded_historical"] + p["excluded_nonasserted"]
        t.add_row(p["period"], str(p["events"]), str(p["q1"]), str(p["q2"]), str(p["q3"]), str(p["q4"]),
                  _fmt_num(p["goldstein_sum"], 1), _fmt_num(p["goldstein_mean"]), str(p["reports"]),
                  str(p["documents"]), str(p["publishers"]), str(excl) if excl else "")
    tot = res["totals"]
    excl = tot["excluded_negated"] + tot["excluded_historical"] + tot["excluded_nonasserted"]
    t.add_section()
    t.add_row("total", str(tot["events"]), str(tot["q1"]), str(tot["q2"]), str(tot["q3"]), str(tot["q4"]),
              _fmt_num(tot["goldstein_sum"], 1), _fmt_num(tot["goldstein_mean"]), str(tot["reports"]),
              str(tot["documents"]), str(tot["publishers"]), str(excl) if excl else "")
    return t


def _changed_table(res: dict) -> Table:
    b, a = res["before"], res["after"]
    t = Table(title=(f"{res['source']} {'↔' if res['undirected'] else '→'} {res['target']}: "
                     f"{b['since'] or '…'}..{b['until'] or '…'} vs {a['since'] or '…'}..{a['until'] or '…'}"),
              header_style="bold")
    for col in ("code", "event type", "before", "after", "Δ events", "Δ Goldstein", "", "evidence (after)"):
        t.add_column(col, overflow="fold")
    for r in res["rows"]:
        ev = r["evidence"][0]["sentence"] if r.get("evidence") else ""
        t.add_row(r["code"], r["name"] or "", str(r["before_events"]), str(r["after_events"]),
                  f"{r['delta_events']:+d}", f"{r['delta_goldstein']:+.1f}", r["status"], (ev or "")[:90])
    t.add_section()
    d = res["delta"]
    t.add_row("all", "", str(b["events"]), str(a["events"]), f"{d['events']:+d}", f"{d['goldstein_sum']:+.1f}",
              "", f"mean Goldstein {_fmt_num(b['goldstein_mean'])} → {_fmt_num(a['goldstein_mean'])}")
    return t


def plot_series(res: dict, out: str) -> str:
    """Write a PNG/SVG chart of a :func:`marsad.analytics.dyad_series` result (needs matplotlib)."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise RuntimeError("plotting needs matplotlib: pip install 'marsad[plot]'") from None
    periods = [p["period"] for p in res["periods"]]
    x = list(range(len(periods)))
    fig, ax = plt.subplots(figsize=(max(6.0, min(18.0, 0.45 * len(x) + 3)), 4.2), dpi=110)
    colors = {"q1": "#4e9a06", "q2": "#1f6fb2", "q3": "#f0a30a", "q4": "#c0392b"}
    labels = {"q1": "verbal cooperation", "q2": "material cooperation", "q3": "verbal conflict",
              "q4": "material conflict"}
    bottom = [0] * len(x)
    for q in ("q1", "q2", "q3", "q4"):
        vals = [p[q] for p in res["periods"]]
        ax.bar(x, vals, bottom=bottom, color=colors[q], label=labels[q], width=0.8)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylabel("events (each story once)")
    arrow = "↔" if res["undirected"] else "→"
    ax.set_title(f"{res['source']} {arrow} {res['target']} by {res['by']}")
    step = max(1, len(x) // 16)
    ax.set_xticks(x[::step])
    ax.set_xticklabels(periods[::step], rotation=45, ha="right", fontsize=8)
    from matplotlib.ticker import MaxNLocator
    top = max(bottom) if bottom else 0
    ax.set_ylim(0, max(1, top) * 1.45)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax2 = ax.twinx()
    gm = [float("nan") if p["goldstein_mean"] is None else p["goldstein_mean"] for p in res["periods"]]
    ax2.plot(x, gm, color="black", marker="o", linewidth=1.5, markersize=3, label="mean Goldstein")
    ax2.set_ylim(-10.5, 10.5)
    ax2.axhline(0, color="grey", linewidth=0.5, linestyle=":")
    ax2.set_ylabel("mean Goldstein")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper left", fontsize=7, frameon=False, ncol=3)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return out


def _split_period(value: str, name: str) -> tuple[Optional[str], Optional[str]]:
    from ..analytics import _expand
    sep = ".." if ".." in value else ":"
    a, _, b = value.partition(sep)
    if not _:
        raise typer.BadParameter(f"{name} takes SINCE..UNTIL, e.g. 2022-01-01..2022-06-30 or 2022-01..2022-06 "
                                 f"(got {value!r})")
    return _valid_date(_expand(a or None, False), name), _valid_date(_expand(b or None, True), name)


@app.command("relations")
def relations_cmd(
    source: str = typer.Argument(..., help="Source actor: CAMEO code prefix or ISO-3 country (RUS, RUSGOV)."),
    target: str = typer.Argument(..., help="Target actor (USA, USAGOV)."),
    by: str = typer.Option("month", "--by", help="Bin: day | week | month | year."),
    since: Optional[str] = typer.Option(None, "--since", help="From date (ISO, inclusive)."),
    until: Optional[str] = typer.Option(None, "--until", help="To date (ISO, inclusive)."),
    undirected: bool = typer.Option(False, "--undirected", help="Both directions (A→B and B→A)."),
    db: Optional[str] = typer.Option(None, "--db", help="Store (default $MARSAD_DB or ./marsad.duckdb)."),
    plot: Optional[str] = typer.Option(None, "--plot", help="Also write a chart to this .png or .svg file."),
    format: str = typer.Option("table", "--format", "-f", help="table | json | csv."),
    include_negated: bool = typer.Option(False, "--include-negated", help="Count negated events too."),
    include_historical: bool = typer.Option(False, "--include-historical", help="Count historical background events too."),
    include_nonasserted: bool = typer.Option(False, "--include-nonasserted",
                                             help="Count intended/future/conditional/demanded events too."),
    raw: bool = typer.Option(False, "--raw", help="Count every event row (no story de-duplication)."),
    before: Optional[str] = typer.Option(None, "--before", help="What changed: first period SINCE..UNTIL."),
    after: Optional[str] = typer.Option(None, "--after", help="What changed: second period SINCE..UNTIL."),
    evidence: int = typer.Option(0, "--evidence", help="Also list the N most reported story events with their evidence."),
) -> None:
    """Relations between two actors over time: events per QuadClass and Goldstein, each story counted once.

    By default only asserted, non-negated, current events count; the excluded ones are shown
    in the 'excluded' column. With --before/--after it prints what changed between two periods.
    """
    from .. import analytics
    if by not in analytics.BINS:
        raise typer.BadParameter(f"--by must be one of {', '.join(analytics.BINS)} (got {by!r})")
    if format not in ("table", "json", "csv"):
        raise typer.BadParameter(f"--format must be table, json or csv (got {format!r})")
    if plot and not plot.lower().endswith((".png", ".svg", ".pdf")):
        raise typer.BadParameter("--plot takes a .png, .svg or .pdf file name")
    _valid_date(since, "--since")
    _valid_date(until, "--until")
    if bool(before) != bool(after):
        raise typer.BadParameter("--before and --after go together")
    store = _open(db)
    with store:
        if before and after:
            res = analytics.what_changed(
                store, source, target, _split_period(before, "--before"), _split_period(after, "--after"),
                undirected=undirected, include_negated=include_negated, include_historical=include_historical,
                include_nonasserted=include_nonasserted, dedupe=not raw)
            if format == "json":
                sys.stdout.write(json.dumps(res, ensure_ascii=False, indent=1, default=str) + "\n")
            elif format == "csv":
                cols = ["code", "name", "before_events", "after_events", "delta_events", "before_goldstein",
                        "after_goldstein", "delta_goldstein", "before_share", "after_share", "status"]
                w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
                w.writeheader()
                w.writerows(res["rows"])
            else:
                _console().print(_changed_table(res))
            return
        res = analytics.dyad_series(store, source, target, by=by, since=since, until=until, undirected=undirected,
                                    include_negated=include_negated, include_historical=include_historical,
                                    include_nonasserted=include_nonasserted, dedupe=not raw)
        ev_rows = (analytics.dyad_evidence(store, source, target, since, until, undirected,
                                           include_negated=include_negated, include_historical=include_historical,
                                           include_nonasserted=include_nonasserted, limit=evidence)
                   if evidence > 0 else [])
    if format == "json":
        if evidence > 0:
            res["evidence"] = ev_rows
        sys.stdout.write(json.dumps(res, ensure_ascii=False, indent=1, default=str) + "\n")
    elif format == "csv":
        cols = list(res["periods"][0].keys()) if res["periods"] else ["period"]
        w = csv.DictWriter(sys.stdout, fieldnames=cols)
        w.writeheader()
        w.writerows(res["periods"])
    else:
        c = _console()
        c.print(_series_table(res))
        tot = res["totals"]
        notes = []
        if tot["undated"]:
            notes.append(f"{tot['undated']} event(s) of this dyad have no date precise enough for --by {by}")
        if tot["excluded_negated"] or tot["excluded_historical"] or tot["excluded_nonasserted"]:
            notes.append(f"excluded: {tot['excluded_negated']} negated, {tot['excluded_historical']} historical, "
                         f"{tot['excluded_nonasserted']} not asserted (see --include-*)")
        for n in notes:
            err.print(f"[dim]{n}[/dim]")
        if ev_rows:
            t = Table(title="most reported story events", header_style="bold")
            for col in ("date", "cameo", "direction", "docs", "outlets", "evidence"):
                t.add_column(col, overflow="fold")
            for e in ev_rows:
                t.add_row(e["first_date"] or "?", f"{e['cameo']} {e['cameo_name'] or ''}", e["direction"],
                          str(e["documents"]), str(e["publishers"]), (e["sentence"] or "")[:120])
            c.print(t)
    if plot:
        try:
            plot_series(res, plot)
        except RuntimeError as e:
            err.print(f"[red]{escape(str(e))}[/red]")
            raise typer.Exit(code=1)
        err.print(f"chart written to {plot}")


@app.command("top")
def top_cmd(
    what: str = typer.Argument("actors", help="actors | countries | types | codes | plover"),
    db: Optional[str] = typer.Option(None, "--db", help="Store (default $MARSAD_DB or ./marsad.duckdb)."),
    since: Optional[str] = typer.Option(None, "--since", help="From date (ISO, inclusive)."),
    until: Optional[str] = typer.Option(None, "--until", help="To date (ISO, inclusive)."),
    limit: int = typer.Option(20, "--limit", help="How many."),
    format: str = typer.Option("table", "--format", "-f", help="table | json."),
) -> None:
    """The most active actors (or countries) and the most frequent event types."""
    from .. import analytics
    if what not in ("actors", "countries", "types", "codes", "plover"):
        raise typer.BadParameter("what must be actors, countries, types, codes or plover")
    _valid_date(since, "--since")
    _valid_date(until, "--until")
    with _open(db) as store:
        if what in ("actors", "countries"):
            rows = analytics.top_actors(store, limit=limit, by="code" if what == "actors" else "country",
                                        since=since, until=until)
            cols = ["actor", "name", "events", "stories", "as_source", "as_target", "goldstein_mean"]
        else:
            rows = analytics.top_event_types(store, limit=limit, since=since, until=until,
                                             level={"types": "root", "codes": "cameo", "plover": "plover"}[what])
            cols = ["code", "name", "events", "stories", "documents", "quad_class", "goldstein_mean"]
    if format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    t = Table(title=f"top {what}", header_style="bold")
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if r[c] is None else str(r[c]) for c in cols])
    _console().print(t)


# -- export --------------------------------------------------------------------------

@app.command("export")
def export_cmd(
    format: str = typer.Option(..., "--format", "-f", help="csv | jsonl | parquet | phoenix | plover | gdelt."),
    out: str = typer.Option(..., "--out", "-o", help="Output file (- for stdout; .gz compresses text formats)."),
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
    no_header: bool = typer.Option(False, "--no-header", help="csv/phoenix/gdelt: no header row."),
    no_text: bool = typer.Option(False, "--no-text", help="plover: leave the evidence sentence out."),
) -> None:
    """Export stored events (same filters as `marsad events`). Column lists: see marsad/export.py."""
    from ..export import FORMATS, export_events
    if format not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)} (got {format!r})")
    if format == "parquet" and out == "-":
        raise typer.BadParameter("parquet needs a file: --out events.parquet")
    flt = _filter(actor, source, target, dyad, undirected, cameo, plover, since, until, doc, story, no_negated,
                  no_historical)
    with _open(db) as store:
        try:
            r = export_events(store, format, out, flt, header=not no_header, plover_text=not no_text)
        except RuntimeError as e:
            err.print(f"[red]{escape(str(e))}[/red]")
            raise typer.Exit(code=1)
        if format in ("phoenix", "gdelt") and (flt.include_negated or flt.include_historical):
            # these formats have no field to flag negated / background events: say so
            _, rows = store.db.query(
                "SELECT sum(CASE WHEN negated THEN 1 ELSE 0 END), sum(CASE WHEN historical THEN 1 ELSE 0 END) "
                f"FROM events{flt.where()[0]}", flt.where()[1])
            neg, hist = (int(rows[0][0] or 0), int(rows[0][1] or 0)) if rows else (0, 0)
            if neg or hist:
                err.print(f"[yellow]note: {neg} negated and {hist} historical event(s) were exported; the {format} "
                          f"format cannot mark them (use --no-negated --no-historical to leave them out)[/yellow]")
    rate = r["rows"] / r["seconds"] if r["seconds"] else 0.0
    what = "story events" if format == "gdelt" else "events"
    err.print(f"exported {r['rows']} {what} as {format} to {r['path']} in {r['seconds']:.2f} s ({rate:,.0f} rows/s)")


# -- search --------------------------------------------------------------------------

@app.command("search")
def search_cmd(
    query: Optional[str] = typer.Argument(None, help="Keywords (Arabic or English), e.g. \"قصف حلب\"."),
    db: Optional[str] = typer.Option(None, "--db", help="Store (default $MARSAD_DB or ./marsad.duckdb)."),
    limit: int = typer.Option(10, "--limit", help="Results per page."),
    offset: int = typer.Option(0, "--offset", help="Skip this many results."),
    all_terms: bool = typer.Option(False, "--all", help="Only documents containing every term."),
    since: Optional[str] = typer.Option(None, "--since", help="Published from (ISO date)."),
    until: Optional[str] = typer.Option(None, "--until", help="Published until (ISO date)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Only documents in this language (ar, en)."),
    format: str = typer.Option("table", "--format", "-f", help="table | json | jsonl."),
    reindex: bool = typer.Option(False, "--reindex", help="(Re)build the search index of stored documents first."),
) -> None:
    """Keyword search over stored documents (Arabic-aware: normalised forms, clitics, the article)."""
    from ..store import search as S
    if format not in ("table", "json", "jsonl"):
        raise typer.BadParameter("--format must be table, json or jsonl")
    _valid_date(since, "--since")
    _valid_date(until, "--until")
    if not query and not reindex:
        raise typer.BadParameter("give a QUERY (or --reindex)")
    store = _open(db, write=reindex)
    with store:
        if reindex:
            n = S.reindex(store, all_documents=True)
            err.print(f"indexed {n} documents")
            if not query:
                return
        if store.schema_version() < 3:
            err.print("[red]this store predates the search index: run `marsad search --reindex` once[/red]")
            raise typer.Exit(code=2)
        total = S.count_matches(store, query, require_all=all_terms, since=since, until=until, lang=lang)
        hits = S.search(store, query, limit=limit, offset=offset, require_all=all_terms, since=since, until=until,
                        lang=lang)
        if not hits and not S.query_terms(query):
            err.print("the query has no searchable words")
        elif not hits:
            _, rows = store.db.query("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM doc_lengths)")
            if rows and rows[0][0] > rows[0][1]:
                err.print(f"[yellow]{rows[0][0] - rows[0][1]} stored document(s) are not in the search index: "
                          f"run `marsad search --reindex` once[/yellow]")
    if format == "json":
        sys.stdout.write(json.dumps({"query": query, "total": total, "offset": offset, "items": hits},
                                    ensure_ascii=False, indent=1) + "\n")
        return
    if format == "jsonl":
        for h in hits:
            sys.stdout.write(json.dumps(h, ensure_ascii=False) + "\n")
        return
    t = Table(title=f"{total} document(s) for {query!r}", header_style="bold")
    for col in ("#", "score", "doc", "published", "title / snippet"):
        t.add_column(col, overflow="fold")
    for i, h in enumerate(hits, start=offset + 1):
        snip = h["snippet"] or ""
        # emphasise hits in the snippet
        parts, last = [], 0
        for a, b in h["snippet_highlights"]:
            parts.append(escape(snip[last:a]) + "[bold yellow]" + escape(snip[a:b]) + "[/bold yellow]")
            last = b
        parts.append(escape(snip[last:]))
        body = ("…" if h["truncated_start"] else "") + "".join(parts) + ("…" if h["truncated_end"] else "")
        title = escape(h["title"]) + "\n" if h["title"] else ""
        t.add_row(str(i), f"{h['score']:.2f}", h["doc_id"], (h["published_at"] or "")[:10], title + body)
    _console().print(t)
