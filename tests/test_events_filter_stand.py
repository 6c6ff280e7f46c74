"""The learned report filter lets verb reports stand only when they open their clause
(``detect.lead_report``), as its docstring, the README and the training harness (STAND =
"verb_lead") say; a past verb after its subject (not opening the clause) with a number nearby is judged by the model."""
from marsad.coding import detect
from marsad.pipeline import Pipeline

_P: dict = {}


def _run(text, monkeypatch):
    monkeypatch.setattr(detect, "score", lambda feats, typ, m=None: 0.01)   # the model rejects all
    if "p" not in _P:
        _P["p"] = Pipeline()
    return _P["p"](text, published_at="2010-03-02")


def test_mid_clause_verb_with_number_is_judged_by_the_model(monkeypatch):
    doc = _run("وكان مسلحون قد قتلوا 12 جنديا قرب الحدود.", monkeypatch)
    evs = [e for e in doc.events if e.plover_type == "ASSAULT" and ":verb:" in e.rule]
    assert evs, [(e.plover_type, e.rule) for e in doc.events]
    assert all(e.rule.endswith(":clf-") and e.historical for e in evs), [(e.rule, e.historical) for e in evs]


def test_lead_verb_report_stands(monkeypatch):
    doc = _run("وقتل مسلحون 12 جنديا قرب الحدود.", monkeypatch)
    evs = [e for e in doc.events if e.plover_type == "ASSAULT" and ":verb:" in e.rule]
    assert evs and all(not e.historical and ":clf" not in e.rule for e in evs), [(e.rule, e.historical) for e in evs]
