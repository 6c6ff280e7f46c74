"""``marsad actors lookup|list|import-petrarch`` and ``marsad eval actors``."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from . import actors_app, eval_app


def _periods(e) -> list[dict]:
    return [{"code": p.code, "start": p.start or None, "end": p.end or None} for p in e.periods]


@actors_app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="A name or actor phrase, e.g. 'سيرغي ريابكوف', 'نائب وزير الخارجية الروسي', 'CIA'."),
    date: Optional[str] = typer.Option(None, "--date", "-d", help="ISO date: pick the role valid then."),
    lexicon: List[str] = typer.Option([], "--lexicon", "-l", help="Extra actor TSV file(s)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Resolve a name/phrase against the actor lexicon and show the matching entries."""
    from ..actors.lexicon import get_lexicon
    from ..actors.resolve import resolve_text

    r = resolve_text(name, date=date, lexicon_files=lexicon)
    lex = get_lexicon(tuple(lexicon))
    entries = [{"type": e.type, "kind": e.kind, "entity_id": e.entity_id, "name_en": e.name_en,
                "name_ar": e.name_ar, "country": e.country, "role": e.role, "periods": _periods(e),
                "source": e.source} for e in lex.lookup(name)]
    rec = {"query": name, "date": date, "found": r is not None, "resolution": r.as_dict() if r else None,
           "entries": entries}
    if as_json:
        typer.echo(json.dumps(rec, ensure_ascii=False, indent=1))
    else:
        if r is None:
            typer.echo(f"no actor found for {name!r}", err=True)
        else:
            typer.echo(f"{name}\t{r.code}\tcountry={r.country}\trole={r.role}\tkind={r.kind}\tbasis={r.basis}"
                       + (f"\tentity={r.entity_id}" if r.entity_id else "")
                       + ("\t(role period ended/not begun at date)" if r.expired else ""))
        for e in entries:
            per = ", ".join(f"{p['code']} {p['start'] or '…'}–{p['end'] or '…'}" for p in e["periods"])
            typer.echo(f"  {e['type']}\t{e['entity_id'] or ''}\t{e['name_en'] or ''}\t{e['name_ar'] or ''}"
                       f"\t{e['country'] or ''}{e['role'] or ''}\t{per}\t[{e['source']}]")
    if r is None:
        raise typer.Exit(1)


@actors_app.command("list")
def list_cmd(
    country: Optional[str] = typer.Option(None, "--country", "-c", help="ISO-3 / CAMEO top code (RUS, USA, IGO)."),
    role: Optional[str] = typer.Option(None, "--role", "-r", help="Sector code (GOV, MIL, SPY, ...)."),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="person | organisation | media"),
    date: Optional[str] = typer.Option(None, "--date", "-d", help="Show the code valid at this ISO date."),
    source: Optional[str] = typer.Option(None, "--source", help="Only entries from this file (e.g. people.tsv)."),
    limit: int = typer.Option(200, "--limit", "-n", help="At most this many rows (0 = all)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
) -> None:
    """List named actors of the lexicon (people, organisations), filtered by country/role/kind."""
    from ..actors.codes import code_main, code_role
    from ..actors.lexicon import entry_code, get_lexicon

    lex = get_lexicon()
    n = 0
    for eid, ids in lex.entities.items():
        e = lex.entries[ids[0]]
        if kind and e.kind != kind:
            continue
        if source and e.source != source:
            continue
        codes = [p.code for p in e.periods]
        if date:
            code = entry_code(e, date)[0]
            codes = [code] if code else []
        if country and not any(code_main(c) == country.upper() for c in codes):
            continue
        if role and not any(code_role(c) == role.upper() for c in codes):
            continue
        rec = {"entity_id": eid, "kind": e.kind, "name_en": e.name_en, "name_ar": e.name_ar,
               "periods": _periods(e), "source": e.source}
        if as_json:
            typer.echo(json.dumps(rec, ensure_ascii=False))
        else:
            per = ", ".join(f"{p['code']} {p['start'] or '…'}–{p['end'] or '…'}" for p in rec["periods"])
            typer.echo(f"{eid}\t{e.kind}\t{e.name_en or ''}\t{e.name_ar or ''}\t{per}")
        n += 1
        if limit and n >= limit:
            break


@actors_app.command("import-petrarch")
def import_petrarch_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A PETRARCH/TABARI .actors dictionary."),
    out: Path = typer.Option(..., "--out", "-o", help="Output TSV (marsad actor-entity format)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="ar or en (default: guessed from the script)."),
) -> None:
    """Convert a PETRARCH-format actor dictionary into a marsad actor TSV (use it with
    PipelineConfig.lexicons={"actors": [OUT]} or `marsad actors lookup --lexicon OUT`)."""
    from ..actors.petrarch import entities_to_rows, parse_petrarch_actors

    text = file.read_text(encoding="utf-8", errors="replace")
    entries = parse_petrarch_actors(text)
    if lang is None:
        lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    rows = entities_to_rows(entries, lang, prefix=file.stem)
    cols = ["entity_id", "kind", "code", "start", "end", "name_en", "name_ar", "aliases_en", "aliases_ar"]
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# imported from {file.name} by marsad actors import-petrarch\n")
        f.write("\t".join(cols) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    typer.echo(f"{len(entries)} entries, {len(rows)} rows -> {out}")


@eval_app.command("actors")
def eval_actors_cmd(
    files: List[Path] = typer.Argument(..., help="*_spans.json gold file(s) or a directory of them."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    errors: int = typer.Option(0, "--errors", help="Also list up to N mismatches per file."),
) -> None:
    """Country and role accuracy of resolve_text on the gold source/target actor spans."""
    from ..eval.actors import eval_files

    for f in files:
        if not f.exists():
            raise typer.BadParameter(f"{f} does not exist")
    res = eval_files(files, errors=errors)
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False, indent=1))
        return
    for r in res["files"]:
        typer.echo(f"{r['file']}\tn={r['n']}\tcountry={r['country_accuracy']}\trole={r['role_accuracy']}"
                   f"\tboth={r['both_accuracy']}")
        for e in r.get("errors", []):
            typer.echo(f"   {e['text']}\tgold={e['gold']}\tgot={e['got']}")
    if len(res["files"]) > 1:
        typer.echo(f"all span files\tn={res['n']}\tcountry={res.get('country_accuracy')}\trole={res.get('role_accuracy')}")
