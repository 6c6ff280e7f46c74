"""``marsad eval ner`` and ``marsad train ner`` (language layer)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import eval_app, train_app


def evaluate_file(gold_path: Path, scheme: str = "conll", model: Optional[Path] = None, context: int = 20) -> dict:
    """Tag the gold file's tokens with the shipped (or given) model and score entity spans.

    ``context``: sentences are a stream in file order (news articles one after another, no document
    boundaries); names tagged within ``context`` sentences are propagated as in the pipeline's
    document-level pass.  0 tags every sentence on its own.
    """
    from ..eval.ner import score
    from ..lang import ner
    from ..lang.corpora import read_gold
    gold = read_gold(gold_path, scheme)
    has_gpe = any(t.endswith("-GPE") for _, tags in gold for t in tags)
    tg = ner.Tagger(model) if model else ner.tagger()
    # batched decode (same tags as one sentence at a time); batches bound the padded Viterbi arrays
    toks_all = [toks for toks, _ in gold]
    pred = [list(t) for k in range(0, len(toks_all), 64) for t in tg.tag_many(toks_all[k:k + 64])]
    if context > 0:
        ner.propagate([toks for toks, _ in gold], pred, window=context)
    if has_gpe:
        pred = [ner.to_gpe(toks, tags) for (toks, _), tags in zip(gold, pred)]
    return score([t for _, t in gold], pred)


@eval_app.command("ner")
def eval_ner(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold file: `token TAG` per line, blank line between sentences (or Wojood multi-column)"),
    scheme: str = typer.Option("conll", "--scheme", help="conll (two columns, BIO) or wojood (nested multi-column)"),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
    model: Optional[Path] = typer.Option(None, "--model", help="a CRF model file instead of the shipped one"),
    context: int = typer.Option(20, "--context", help="document-level name propagation across this many neighbouring sentences (file order); 0 = each sentence alone"),
) -> None:
    """Entity-level P/R/F1 per type and micro-averaged (CoNLL exact-span match) of the Arabic NER model.

    Tag sets are mapped to PERS/ORG/LOC/GPE/MISC (AQMAR PER/MIS*, Wojood EVENT -> MISC, other Wojood
    types ignored).  When the gold has no GPE, predicted GPE counts as LOC.
    """
    if scheme not in ("conll", "wojood"):
        raise typer.BadParameter("scheme must be conll or wojood")
    res = evaluate_file(gold, scheme, model, context)
    if as_json:
        out = {"micro": {k: res["micro"][k] for k in ("p", "r", "f1")},
               "per_type": {t: {k: v[k] for k in ("p", "r", "f1", "n_gold", "n_pred")} for t, v in res["per_type"].items()},
               "n_gold": res["n_gold"]}
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    typer.echo(f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    for t, v in sorted(res["per_type"].items()):
        typer.echo(f"{t:6} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['n_gold']:6d} {v['n_pred']:6d}")
    m = res["micro"]
    typer.echo(f"{'micro':6} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f} {m['n_gold']:6d} {m['n_pred']:6d}")


@train_app.command("ner")
def train_ner(
    shared: Path = typer.Option(Path("../shared"), "--shared", help="the shared data folder"),
    out: Optional[Path] = typer.Option(None, "--out", help="model path (default: the shipped model file)"),
    iterations: int = typer.Option(150, "--iterations"),
    no_data: bool = typer.Option(False, "--no-data", help="do not rebuild marsad/data/ner/*.tsv"),
    wordfreq_only: bool = typer.Option(False, "--wordfreq-only",
                                       help="rebuild only wordfreq_ar.tsv (needs the wordfreq package)"),
) -> None:
    """Rebuild the NER data files and train the Arabic CRF model (ANERcorp first 90%; dev = last 10%)."""
    from ..lang.ner_train import train
    if not (shared / "data" / "ner").is_dir():
        raise typer.BadParameter(f"no data/ner under {shared}")
    res = train(shared, out, iterations=iterations, rebuild_data="wordfreq" if wordfreq_only else not no_data,
                log=typer.echo)
    typer.echo(json.dumps({k: v["micro"] for k, v in res.items() if isinstance(v, dict) and "micro" in v}))
