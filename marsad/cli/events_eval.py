"""``marsad eval detect|spans|petrarch|plover``: event-coding accuracy against gold files."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import eval_app


def _print(res: dict, as_json: bool, keys: list[str]) -> None:
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    for k in keys:
        if k in res:
            typer.echo(f"{k}: {res[k]}")


def _pipe(captions: bool = False):
    from ..pipeline import Pipeline
    return Pipeline(captions=captions)


@eval_app.command("detect")
def detect_cmd(file: Path = typer.Argument(..., exists=True, help="arabic_event_gsr CSV (id,event_type,label,...,text)"),
               as_json: bool = typer.Option(False, "--json", help="Print JSON."),
               limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N rows."),
               details: bool = typer.Option(False, "--details", help="Include per-sentence decisions (JSON).")) -> None:
    """Sentence-level event detection: precision, recall, F1 per PLOVER type."""
    from ..eval.events import detect
    res = detect(file, _pipe(), limit=limit, details=details)
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{file}  (ambiguous skipped: {res['skipped_ambiguous']})")
    for typ, r in res["types"].items():
        typer.echo(f"{typ:10s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  "
                   f"tp={r['tp']} fp={r['fp']} fn={r['fn']} tn={r['tn']}")


@eval_app.command("spans")
def spans_cmd(file: Path = typer.Argument(..., exists=True, help="arabic_event_gsr *_spans.json"),
              as_json: bool = typer.Option(False, "--json", help="Print JSON."),
              limit: Optional[int] = typer.Option(None, "--limit"),
              details: bool = typer.Option(False, "--details", help="Per gold key: the gold source / target (main, "
                                           "role, words) and the system's events of the type (JSON: an 'items' list)."),
              misses: bool = typer.Option(False, "--misses", help="With --details: only the keys with no country "
                                          "match.")) -> None:
    """Share of gold spans whose type, source/target country and role the system matches."""
    from ..eval.events import spans
    detail: Optional[list] = [] if details else None
    try:
        res = spans(file, _pipe(), limit=limit, detail=detail)
    except ValueError as exc:   # a CSV or other file given for the span gold: say so, no traceback
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if detail is not None:
        items = [d for d in detail if not (misses and d["country_ok"])]
        if as_json:
            res["items"] = items
        else:
            _print(res, False, ["file", "gold_spans", "country_match"])
            for d in items:
                _print_span_detail(d)
            return
    _print(res, as_json,
           ["file", "gold_spans", "type_found", "source_country", "target_country", "country_match",
            "country_and_role_match", "sentences", "sentence_country_match"])


def _print_span_detail(d: dict) -> None:
    gs, gsr, gt, gtr = d["gold"]
    src_w, verb_w, tgt_w = d["gold_text"]
    mark = "OK " if d["country_ok"] else ("no-type" if not d["type_ok"] else
                                          "src+tgt" if not (d["source_ok"] or d["target_ok"]) else
                                          "src" if not d["source_ok"] else "tgt" if not d["target_ok"] else "pair")
    typer.echo(f"\n[{mark}] {d['text']}")
    typer.echo(f"  gold: {gs}/{gsr} [{src_w}] -{verb_w}-> {gt}/{gtr} [{tgt_w}]")
    for e in d["system"]:
        s, t = e["source"], e["target"]
        flags = "" if e["counted"] else " (not counted: " + ",".join(
            x for x, on in (("negated", e["negated"]), ("historical", e["historical"]),
                            (e["modality"], e["modality"] not in ("asserted", "possible"))) if on) + ")"
        typer.echo(f"  sys:  {e['cameo']} {e['trigger']}  {s['code']}/{s['role']} [{s['text'] or ''}] -> "
                   f"{t['code']}/{t['role']} [{t['text'] or ''}]  {e['rule']}{flags}")


@eval_app.command("petrarch")
def petrarch_cmd(file: Path = typer.Argument(..., exists=True, help="PETRARCH validation XML"),
                 as_json: bool = typer.Option(False, "--json", help="Print JSON."),
                 limit: Optional[int] = typer.Option(None, "--limit")) -> None:
    """Share of gold codings matched exactly and at the root, and extra codings."""
    from ..eval.events import petrarch
    _print(petrarch(file, _pipe(), limit=limit), as_json,
           ["file", "sentences", "gold_codings", "system_codings", "exact", "root", "extra"])


@eval_app.command("plover")
def plover_cmd(file: Path = typer.Argument(..., exists=True, help="PLOVER_GSR_CAMEO.txt (JSON records)"),
               as_json: bool = typer.Option(False, "--json", help="Print JSON."),
               limit: Optional[int] = typer.Option(None, "--limit")) -> None:
    """PLOVER English gold: event-type accuracy and source/target match."""
    from ..eval.events import plover
    _print(plover(file, _pipe(), limit=limit), as_json,
           ["file", "records", "type_accuracy", "type_accuracy_any", "no_event", "source_match", "target_match"])


@eval_app.command("articles")
def articles_cmd(file: Optional[Path] = typer.Argument(None, exists=True,
                                                       help="Article gold YAML (default: the bundled examples' gold)."),
                 as_json: bool = typer.Option(False, "--json", help="Print JSON."),
                 details: bool = typer.Option(False, "--details", help="List missed, wrongly coded and extra events.")
                 ) -> None:
    """Whole articles: gold events found, coded right (code, actors, date, negation...), and extra events."""
    from ..eval.articles import GoldError, evaluate
    if file is None:
        from ..examples import EXAMPLES_DIR
        file = EXAMPLES_DIR / "gold.yaml"
    try:
        res = evaluate(file, details=details)
    except GoldError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return

    def pct(x):
        return "-" if x is None else f"{x:.3f}"

    typer.echo(f"{res['file']}: {res['articles']} articles, {res['gold_events']} gold events "
               f"(+{res['optional_found'] + res['optional_missed']} optional), {res['system_events']} system events")
    typer.echo(f"found {res['found']} (recall {pct(res['recall'])}); coded right {res['strict']}: "
               f"strict P {pct(res['strict_precision'])} R {pct(res['strict_recall'])} F1 {pct(res['strict_f1'])}; "
               f"extra {res['extra']} ({res['extra_counted']} of them counted in the time series; "
               f"strict P over counted events {pct(res['strict_precision_counted'])})")
    typer.echo("fields (over found events): " + ", ".join(
        f"{f} {pct(v['accuracy'])} ({v['checked']})" for f, v in res["fields"].items() if v["checked"]))
    typer.echo("by PLOVER type:")
    for typ, b in res["by_plover"].items():
        typer.echo(f"  {typ:12s} gold {b['gold']:3d}  found {b['found']:3d}  right {b['strict']:3d}  "
                   f"extra {b['extra']:3d}  recall {pct(b['recall'])}  strict {pct(b['strict_recall'])}")
    for art in res.get("per_article", []):
        typer.echo(f"[{art['id']}] {art['events']} events")
        for g in art["missed"]:
            typer.echo(f"  missed: {g['trigger']} {'/'.join(g['code'])} {'|'.join(g['source'])} -> "
                       f"{'|'.join(g['target'])}")
        for w in art["wrong"]:
            s = w["system"]
            typer.echo(f"  wrong {','.join(w['wrong'])}: {w['gold']['trigger']} -> system {s['code']} "
                       f"{s['source']} -> {s['target']} date={s['date']} {s['modality']}"
                       f"{' NEG' if s['negated'] else ''}{' HIST' if s['historical'] else ''} place={s['place']}")
        for x in art["extra"] or []:
            typer.echo(f"  extra: {x['trigger']} {x['code']} {x['source']} -> {x['target']} {x['modality']}"
                       f"{' NEG' if x['negated'] else ''}{' HIST' if x['historical'] else ''}")
