""""X ordered / told / urged / called on Y to V": a demand or appeal by X on Y (CAMEO 10x / 02x), and the
embedded act is Y's, demanded, never X's own act.  Sentences written for these tests in the style of news;
none comes from ../shared."""
import pytest

from events_helpers import dump, full


def _by_root(doc, *roots):
    return [e for e in doc.events if (e.root or "") in roots]


@pytest.mark.parametrize("text, src, tgt", [
    ("The defence minister ordered the army to attack rebel positions near the border.", "GOV", "MIL"),
    ("President Putin ordered troops to withdraw from the border on Friday.", "RUS", "MIL"),
    ("The court ordered Israel to release the detained fishermen.", "JUD", "ISR"),
    ("Erdogan told Sweden to stop backing Kurdish militants.", "TUR", "SWE"),
])
def test_directive_is_a_demand_by_x_on_y(text, src, tgt):
    doc = full(text)
    dem = [e for e in _by_root(doc, "10") if ":directive" in e.rule]
    assert dem, dump(doc)
    d = dem[0]
    assert src in (d.source_code or ""), dump(doc)
    assert tgt in (d.target_code or ""), dump(doc)
    assert d.source_span and d.target_span, dump(doc)


@pytest.mark.parametrize("text, commander", [
    ("The defence minister ordered the army to attack rebel positions near the border.", "GOV"),
    ("The court ordered Israel to release the detained fishermen.", "JUD"),
    ("Erdogan told Sweden to stop backing Kurdish militants.", "TURGOV"),
])
def test_embedded_act_is_not_the_commanders(text, commander):
    doc = full(text)
    emb = [e for e in doc.events if ":directive" not in e.rule and (e.root or "") not in ("10", "01", "02")]
    assert emb, dump(doc)
    for e in emb:
        assert (e.source_code or "") != commander, dump(doc)
        assert e.modality == "demand", dump(doc)
    top = max(doc.events, key=lambda e: e.confidence)
    assert ":directive" in top.rule, dump(doc)


def test_long_object_before_to_with_another_event_in_the_sentence():
    doc = full("A federal judge ordered the former finance minister Ali Hassan to appear for questioning in a "
               "corruption investigation, court officials said.")
    dem = [e for e in _by_root(doc, "10") if ":directive" in e.rule]
    assert dem and dem[0].target_span, dump(doc)
    t0, t1 = dem[0].target_span
    assert doc.text.index("ordered") < t0 and t1 <= doc.text.index(" to appear"), dump(doc)


def test_told_speech_statement_becomes_the_demand():
    doc = full("Erdogan told Sweden to stop backing Kurdish militants.")
    assert not any(e.cameo == "010" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "The minister told reporters to expect a decision next week.",
    "Soldiers were ordered to leave the village before dawn.",
    "The army moved in order to protect the border crossing.",
    "The minister ordered troops to the northern border.",
])
def test_no_directive(text):
    doc = full(text)
    assert not any(":directive" in e.rule for e in doc.events), dump(doc)


def test_urged_appeal_keeps_complement_as_the_addressees():
    doc = full("Biden urged Israel to halt the offensive in Gaza.")
    app = _by_root(doc, "02")
    assert app and app[0].source_code.startswith("USA") and app[0].target_code == "ISR", dump(doc)
    emb = [e for e in doc.events if e.root == "08"]
    assert emb and all(e.source_code == "ISR" and e.modality == "demand" for e in emb), dump(doc)


def test_called_on_is_a_demand_on_y():
    doc = full("The European Union called on Russia to end the war.")
    dem = _by_root(doc, "10")
    assert dem and dem[0].target_code == "RUS" and (dem[0].source_code or "").startswith("IGO"), dump(doc)
    assert not any(e.source_code and e.source_code.startswith("IGO") and e.root not in ("10", "01", "02")
                   for e in doc.events), dump(doc)


def test_called_on_without_a_demand_code_is_an_appeal_by_x():
    doc = full("Turkey called on Russia to attack the rebels in Idlib.")
    app = [e for e in doc.events if e.root == "02"]
    assert app and app[0].source_code == "TUR" and app[0].target_code == "RUS", dump(doc)
    att = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert att and all(e.source_code != "TUR" and e.modality == "demand" for e in att), dump(doc)


def test_called_on_with_a_demand_code_stays_one_demand():
    doc = full("Germany called on Iran to free the detained journalist.")
    assert not any(e.root == "02" for e in doc.events), dump(doc)
    assert any(e.root == "10" and e.source_code == "DEU" and e.target_code == "IRN" for e in doc.events), dump(doc)


def test_called_the_attack_is_no_appeal():
    doc = full("The minister called the attack on the convoy a crime against humanity.")
    assert not any(":directive" in e.rule for e in doc.events), dump(doc)


def test_called_for_y_to_v_is_not_the_callers_act():
    doc = full("Protesters called for the president to resign.")
    res = [e for e in doc.events if e.cameo.startswith("083")]
    assert res and all((e.source_code or "")[-3:] != "CVL" for e in res), dump(doc)


def test_asked_complement_is_demanded():
    doc = full("Washington asked Ankara to extradite the cleric.")
    ext = [e for e in doc.events if e.root == "06"]
    assert ext and all(e.modality == "demand" and e.source_code == "TURGOV" for e in ext), dump(doc)
