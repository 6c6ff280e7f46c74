"""The ``marsad`` command line.

The root app and its command groups live here; every module in this package
registers its own commands on them (``marsad/cli/<area>.py``), discovered at
start-up, so each capability owns its CLI without editing a shared file.
"""
from __future__ import annotations

import importlib
import pkgutil

import typer

from .. import __version__

app = typer.Typer(
    name="marsad", no_args_is_help=True, add_completion=False,
    help="marsad (مرصد): code Arabic and English news into CAMEO/PLOVER event data with evidence.",
    pretty_exceptions_show_locals=False,
)
eval_app = typer.Typer(no_args_is_help=True, help="Measure accuracy against gold files.")
actors_app = typer.Typer(no_args_is_help=True, help="Inspect the actor lexicon.")
places_app = typer.Typer(no_args_is_help=True, help="Inspect the gazetteer.")
train_app = typer.Typer(no_args_is_help=True, help="Train the shipped models from ../shared/data.")
app.add_typer(eval_app, name="eval")
app.add_typer(actors_app, name="actors")
app.add_typer(places_app, name="places")
app.add_typer(train_app, name="train")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    pass


def _discover() -> None:
    # the core commands first in --help, then each area's
    for m in sorted(pkgutil.iter_modules(__path__), key=lambda m: (m.name != "main", m.name)):
        if not m.name.startswith("_"):
            importlib.import_module(f"{__name__}.{m.name}")


_discover()


def main() -> None:
    from ..resources import tune_gc
    tune_gc()   # a marsad command is a process of ours: fewer collector passes (see resources.tune_gc)
    app()
