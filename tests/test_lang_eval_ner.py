"""Entity-level NER scoring and `marsad eval ner` on a tiny gold file written for this test."""
import json

from typer.testing import CliRunner

from marsad.eval.ner import score
from marsad.lang.corpora import map_tag, read_conll, read_wojood


def test_exact_span_scoring():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC", "O"], ["B-ORG", "I-ORG", "I-ORG"]]
    pred = [["B-PERS", "I-PERS", "O", "B-ORG", "O"], ["B-ORG", "I-ORG", "O"]]
    s = score(gold, pred)
    assert s["n_gold"] == 3
    assert s["per_type"]["PERS"]["f1"] == 1.0
    assert s["per_type"]["LOC"]["r"] == 0.0          # wrong type: a miss ...
    assert s["per_type"]["ORG"]["tp"] == 0           # ... and partial span: no credit
    assert s["micro"]["tp"] == 1 and s["micro"]["n_pred"] == 3
    assert abs(s["micro"]["p"] - 1 / 3) < 1e-3 and abs(s["micro"]["r"] - 1 / 3) < 1e-3


def test_i_after_o_starts_entity():
    s = score([["O", "I-LOC", "I-LOC"]], [["O", "B-LOC", "I-LOC"]])
    assert s["micro"]["f1"] == 1.0


def test_tag_mapping():
    assert map_tag("B-PER") == "B-PERS"
    assert map_tag("I-MIS2") == "I-MISC"
    assert map_tag("B-GPE", keep_gpe=False) == "B-LOC"
    assert map_tag("B-NORP") == "O" and map_tag("OO") == "O"




def _write_gold(path):
    sents = [
        [("وصل", "O"), ("وزير", "O"), ("الخارجية", "O"), ("الأردني", "O"), ("أيمن", "B-PERS"),
         ("الصفدي", "I-PERS"), ("إلى", "O"), ("القاهرة", "B-LOC"), ("أمس", "O"), (".", "O")],
        [("وقالت", "O"), ("وزارة", "B-ORG"), ("الصحة", "I-ORG"), ("إن", "O"), ("الوضع", "O"),
         ("في", "O"), ("لبنان", "B-LOC"), ("مستقر", "O"), (".", "O")],
    ]
    path.write_text("\n\n".join("\n".join(f"{w} {t}" for w, t in s) for s in sents) + "\n", encoding="utf-8")
    return sents


def test_read_conll_and_wojood(tmp_path):
    p = tmp_path / "g.txt"
    sents = _write_gold(p)
    got = list(read_conll(p))
    assert got[0][0] == [w for w, _ in sents[0]]
    assert got[1][1][1:3] == ["B-ORG", "I-ORG"]
    w = tmp_path / "w.txt"
    w.write_text("مجلس B-ORG\nالنواب I-ORG\nاللبناني I-ORG B-NORP\nيجتمع O\nفي O\nبيروت B-GPE\n\n", encoding="utf-8")
    toks, tags = next(read_wojood(w))
    assert tags == ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE"]


def test_cli_eval_ner_json(tmp_path):
    from marsad.cli import app
    p = tmp_path / "g.txt"
    _write_gold(p)
    r = CliRunner().invoke(app, ["eval", "ner", str(p), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert set(d) == {"micro", "per_type", "n_gold"}
    assert d["n_gold"] == 4
    assert set(d["micro"]) == {"p", "r", "f1"}
    assert 0.0 <= d["micro"]["f1"] <= 1.0
    # no GPE in this gold: predictions must have been folded into LOC
    assert "GPE" not in d["per_type"]
    r = CliRunner().invoke(app, ["eval", "ner", str(p)])
    assert r.exit_code == 0 and "micro" in r.output


def test_dev_score_on_anercorp_holdout(shared_dir):
    """The shipped model on our ANERcorp dev part (last 10%): guards against a broken model/feature drift."""
    from marsad.lang import ner
    from marsad.lang.corpora import read_conll
    sents = list(read_conll(shared_dir / "data" / "ner" / "anercorp" / "train.txt", keep_gpe=False))
    dev = sents[len(sents) - int(round(len(sents) * 0.1)):]
    tg = ner.tagger()
    s = score([t for _, t in dev], [tg.tag(w) for w, _ in dev])
    assert s["micro"]["f1"] >= 0.65
