"""`marsad eval time` on a small gold file of our own."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from marsad.cli import app
from marsad.eval.time import evaluate, read_gold

GOLD = """# a comment
anchor\ttext\texpected
2022-12-02\tاجتمع الوزيران يوم 14 نوفمبر الماضي\t2022-11-14
2022-12-02\tتراجعت الليرة الأسبوع الماضي\t2022-11-21/2022-11-27
\tقال الوزير أمس إن المحادثات مستمرة\tUNRESOLVED
NONE\tThe war ended in 1990.\t1990
2022-12-02\tقال الأمين العام إن الوضع خطير\t
2022-12-02\tوصل الوفد أمس\t2022-11-30
"""


def test_eval_time_json(tmp_path):
    f = tmp_path / "gold.tsv"
    f.write_text(GOLD, encoding="utf-8")
    rows = read_gold(f)
    assert len(rows) == 6 and rows[2][0] is None and rows[3][0] is None
    r = evaluate(rows)
    assert (r["n"], r["correct"]) == (6, 5)  # the last line's expected value is deliberately wrong
    assert r["errors"][0]["got"] == "2022-12-01"
    res = CliRunner().invoke(app, ["eval", "time", str(f), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out == {"accuracy": round(5 / 6, 4), "n": 6, "correct": 5}
    res = CliRunner().invoke(app, ["eval", "time", str(f), "--errors", "3"])
    assert res.exit_code == 0 and "accuracy 0.8333" in res.output and "2022-11-30" in res.output


def test_eval_timex_command():
    res = CliRunner().invoke(app, ["eval", "timex", "وصل الوفد غداً السبت", "--anchor", "2022-12-02"])
    assert res.exit_code == 0
    d = json.loads(res.output.strip().splitlines()[0])
    assert d["value"] == "2022-12-03" and d["basis"] == "relative" and d["text"] == "غداً السبت"
