"""``marsad eval time FILE``: accuracy of temporal normalisation on a gold file,
and ``marsad eval timex TEXT`` to see the expressions found in a sentence."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import eval_app


@eval_app.command("time")
def eval_time(
    file: Path = typer.Argument(..., exists=True, dir_okay=False,
                                help="Gold TSV: anchor<TAB>text<TAB>expected ISO value (ranges as start/end; UNRESOLVED or empty for none)."),
    as_json: bool = typer.Option(False, "--json", help='Print {"accuracy", "n", "correct"} as JSON.'),
    errors: int = typer.Option(0, "--errors", help="Show up to N wrong lines."),
) -> None:
    """Accuracy of temporal expression normalisation (first expression of each line)."""
    from ..eval.time import evaluate, read_gold

    r = evaluate(read_gold(file))
    if as_json:
        typer.echo(json.dumps({"accuracy": r["accuracy"], "n": r["n"], "correct": r["correct"]}))
        return
    typer.echo(f"accuracy {r['accuracy']:.4f}  ({r['correct']}/{r['n']})")
    typer.echo("by family of the system's expression (none = nothing found):")
    for fam, d in r["families"].items():
        typer.echo(f"  {fam:<14} {d['correct']:>4}/{d['n']:<4} {d['accuracy']:.3f}")
    for e in r["errors"][:errors]:
        typer.echo(f"  ✗ [{e['anchor']}] {e['text']}\n      expected {e['expected']}  got {e['got']}  ({e['span']})")


@eval_app.command("timex")
def show_timex(
    text: str = typer.Argument(..., help="A sentence or article text."),
    anchor: Optional[str] = typer.Option(None, "--anchor", "-a", help="Reference (publication) date, ISO."),
    lang: Optional[str] = typer.Option(None, "--lang", help="ar or en (only for numeric D/M vs M/D)."),
) -> None:
    """Print the temporal expressions found in TEXT with their normalised values."""
    from ..model import to_dict
    from ..timex import parse

    for r in parse(text, anchor, lang):
        typer.echo(json.dumps(to_dict(r), ensure_ascii=False))
