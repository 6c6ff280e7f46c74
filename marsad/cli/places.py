"""``marsad places lookup NAME`` and ``marsad eval places FILE``."""
from __future__ import annotations

import json
from typing import Optional

import typer

from . import eval_app, places_app


@places_app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="A place expression, e.g. 'طرابلس', 'شمالي سوريا', 'Tripoli'."),
    country: Optional[str] = typer.Option(None, "--country", "-c",
                                          help="ISO-3 country that decides between homonyms (e.g. LBN)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Resolve a place name in the shipped gazetteer (Arabic or English)."""
    from ..geo import get_gazetteer, lookup

    if country is not None and not (len(country) == 3 and country.isalpha()):
        raise typer.BadParameter(f"--country must be an ISO-3 code like LBN (got {country!r})")
    hit = lookup(name, country_hint=country.upper() if country else None)
    if hit is None:
        if as_json:
            typer.echo(json.dumps({"query": name, "found": False}, ensure_ascii=False))
        else:
            typer.echo(f"no place found for {name!r}", err=True)
        raise typer.Exit(1)
    g = get_gazetteer()
    others = [e for e in g.candidates(hit.key) if e is not hit.entry]
    rec = {
        "query": name, "found": True, "matched": name[hit.start:hit.end], "name": hit.name,
        "name_ar": hit.entry.name_ar or None, "geo_id": hit.geo_id, "country": hit.entry.country,
        "lat": round(hit.lat, 5), "lon": round(hit.lon, 5), "precision": hit.precision,
        "kind": hit.entry.kind, "population": hit.entry.population, "cue": hit.cue,
        "alternatives": [{"name": e.name_en, "country": e.country, "kind": e.kind, "geo_id": e.id,
                          "population": e.population} for e in others[:10]],
    }
    if as_json:
        typer.echo(json.dumps(rec, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{rec['name']} ({rec['country']}, {rec['precision']})  {rec['lat']}, {rec['lon']}  "
               f"id={rec['geo_id']}  matched={rec['matched']!r}")
    for a in rec["alternatives"]:
        typer.echo(f"  also: {a['name']} ({a['country']}, {a['kind']}, pop {a['population']}) id={a['geo_id']}")


@eval_app.command("places")
def eval_places(
    file: str = typer.Argument(..., help="Gold TSV: text<TAB>mention<TAB>ISO-3<TAB>lat,lon"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
    max_km: float = typer.Option(50.0, "--max-km", help="Distance within which a place matches."),
) -> None:
    """Accuracy of place resolution: same country and within --max-km of the gold point."""
    from pathlib import Path

    from ..eval.places import evaluate

    if not Path(file).is_file():
        raise typer.BadParameter(f"no such file: {file}")
    try:
        res = evaluate(file, max_km=max_km)
    except ValueError as e:
        raise typer.BadParameter(str(e))
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    typer.echo(f"places: {res['correct']}/{res['n']} correct  accuracy {res['accuracy']:.3f}  "
               f"(wrong country {res['wrong_country']}, > {max_km:g} km {res['too_far']}, "
               f"missing {res['missing']})  {res['seconds']} s")
    for e in res["errors"]:
        typer.echo(f"  line {e['line']}: {e['mention']!r} expected {e['expected']}, got {e.get('got')} "
                   f"{e.get('name', '')} — {e['error']}")
