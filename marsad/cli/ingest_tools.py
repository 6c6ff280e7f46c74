"""Ingestion inspection commands: ``marsad segments`` and ``marsad stories``."""
from __future__ import annotations

import json
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from . import app

_out = Console()
_err = Console(stderr=True)


def _read(paths: list[str], fmt: Optional[str], include: list[str]):
    from ..io.read import read_paths
    try:
        return read_paths(paths, fmt=fmt, include=include or None,
                          on_skip=lambda path, why: _err.print(f"[yellow]skipped[/yellow] {path}: {why}"))
    except ValueError as e:
        raise typer.BadParameter(str(e))


@app.command("segments")
def segments_cmd(
    paths: list[str] = typer.Argument(..., help="Files, directories or - (stdin); any format marsad reads."),
    input_format: Optional[str] = typer.Option(None, "--format", "--input-format",
                                               help="Force the input format (text, html, jsonl, rss, atom, warc)."),
    include: list[str] = typer.Option([], "--include", help="Glob for files inside directories (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per document instead of tables."),
    width: int = typer.Option(70, "--width", help="Characters of each segment to show."),
) -> None:
    """Show how marsad reads and segments a file: kind and language of every paragraph.

    Example: marsad segments article.html
    """
    from ..io.read import ReadFailure
    from ..pipeline import PipelineConfig
    from ..stages.clean import CleanStage
    from ..stages.language import LanguageStage
    cfg = PipelineConfig()
    clean, lang = CleanStage(cfg), LanguageStage(cfg)
    n_fail = 0
    for item in _read(paths, input_format, include):
        if isinstance(item, ReadFailure):
            n_fail += 1
            if as_json:
                print(json.dumps({"source": item.source, "error": item.error}, ensure_ascii=False))
            else:
                _err.print(f"[red]failed[/red] {item.source}: {item.error}")
            continue
        doc = lang(clean(item))
        if as_json:
            print(json.dumps({
                "id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
                "published_at": doc.published_at, "published_at_basis": doc.published_at_basis,
                "publisher": doc.publisher, "agencies": doc.agencies, "lang": doc.lang,
                "languages": doc.languages, "format": doc.meta.get("format"), "encoding": doc.meta.get("encoding"),
                "warnings": doc.warnings,
                "segments": [{"kind": s.kind, "lang": s.lang, "lang_confidence": s.lang_confidence,
                              "start": s.start, "end": s.end, "text": doc.text[s.start:s.end]}
                             for s in doc.segments],
            }, ensure_ascii=False))
            continue
        head = (f"[bold]{doc.id}[/bold]  {doc.source}  format={doc.meta.get('format')} "
                f"encoding={doc.meta.get('encoding')}  lang={doc.lang}\n"
                f"published_at={doc.published_at} ({doc.published_at_basis})  publisher={doc.publisher}  "
                f"agencies={', '.join(doc.agencies) or '-'}")
        _out.print(head)
        for w in doc.warnings:
            _out.print(f"[yellow]warning[/yellow] {w}")
        t = Table(show_header=True, header_style="bold", show_lines=False)
        for col in ("#", "kind", "lang", "span", "text"):
            t.add_column(col, overflow="fold" if col == "text" else "ellipsis", no_wrap=col != "text")
        for i, s in enumerate(doc.segments):
            txt = doc.text[s.start:s.end].replace("\n", " ")
            if len(txt) > width:
                txt = txt[:width] + "…"
            t.add_row(str(i), s.kind, f"{s.lang or '-'} {s.lang_confidence:.2f}", f"{s.start}-{s.end}", txt)
        _out.print(t)
    if n_fail:
        _err.print(f"{n_fail} input(s) could not be read")
        raise typer.Exit(1)


@app.command("stories")
def stories_cmd(
    paths: list[str] = typer.Argument(..., help="Files, directories or - (stdin)."),
    input_format: Optional[str] = typer.Option(None, "--format", "--input-format", help="Force the input format."),
    include: list[str] = typer.Option([], "--include", help="Glob for files inside directories (repeatable)."),
    threshold: Optional[float] = typer.Option(None, "--threshold",
                                              help="Similarity needed to join a story (default: the shipped one)."),
) -> None:
    """Group the given articles into stories (near-duplicate clustering) and list each story's sources.

    Example: marsad stories feeds/ --include '*.rss'
    """
    from ..io.read import ReadFailure
    from ..io.stories import THRESHOLD, StoryIndex
    idx = StoryIndex(threshold=THRESHOLD if threshold is None else threshold)
    members: dict[str, list[tuple[str, str]]] = {}
    for item in _read(paths, input_format, include):
        if isinstance(item, ReadFailure):
            _err.print(f"[red]failed[/red] {item.source}: {item.error}")
            continue
        sid = idx.assign(item.id, item.text)
        label = item.title or item.text.strip().split("\n", 1)[0][:80]
        members.setdefault(sid, []).append((item.source or item.id, label))
    t = Table(header_style="bold")
    for col in ("story", "docs", "sources", "first title"):
        t.add_column(col, overflow="fold")
    for sid, ms in sorted(members.items(), key=lambda kv: -len(kv[1])):
        t.add_row(sid, str(len(ms)), "\n".join(m[0] for m in ms[:5]) + ("\n…" if len(ms) > 5 else ""), ms[0][1])
    _out.print(t)
    _out.print(f"{sum(len(m) for m in members.values())} documents in {len(members)} stories")
