""""X called on Y to V" when V is no event of its own ("exercise restraint", "respect the truce"): still an
appeal by X to Y (CAMEO 020).  Before, the directive rule only looked at sentences that already had an English
event, and the demanded act had to be a trigger verb or a listed complement, so these sentences gave nothing.
Sentences written for these tests in the style of news."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text, src, tgt", [
    ("The United Nations called on Israel and Hamas to exercise restraint.", "IGOUNO", "ISR"),
    ("The Arab League called upon Lebanon's parties to show restraint.", "IGOARBAGL", "LBN"),
    ("Qatar called on the warring parties in Sudan to show restraint.", "QAT", None),
])
def test_called_on_with_a_plain_verb_is_an_appeal(text, src, tgt):
    doc = full(text)
    app = [e for e in doc.events if e.root == "02" and ":directive" in e.rule]
    assert app, dump(doc)
    if tgt is None:
        assert any((e.source_code or "").startswith(src) for e in app), dump(doc)
        return
    assert any((e.source_code or "").startswith(src) and (e.target_code or "").startswith(tgt) for e in app), dump(doc)


@pytest.mark.parametrize("text, src, tgt", [
    ("The European Union called on Serbia to respect the ceasefire agreement.", "IGOEUREEC", "SRB"),
    ("Egypt called upon Ethiopia to resume negotiations over the dam.", "EGY", "ETH"),
])
def test_called_on_with_an_event_verb_stays_a_demand_on_y(text, src, tgt):
    doc = full(text)
    dem = [e for e in doc.events if e.root == "10"]
    assert any((e.source_code or "").startswith(src) and (e.target_code or "").startswith(tgt) for e in dem), dump(doc)


def test_called_on_without_a_named_addressee_keeps_the_appeal():
    doc = full("The United Nations called on both sides to exercise restraint.")
    app = [e for e in doc.events if e.root == "02"]
    assert app and app[0].source_code == "IGOUNO" and not app[0].target_code, dump(doc)


def test_called_a_noun_phrase_is_no_appeal():
    doc = full("The minister called the decision a mistake that would cost the country dearly.")
    assert not any(e.root == "02" for e in doc.events), dump(doc)


def test_called_on_to_a_place_is_no_appeal():
    doc = full("The minister called on reporters to the stage after the vote.")
    assert not any(e.root == "02" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text, src, tgt", [
    ("The foreign ministry called the attack a crime against humanity.", "GOV", None),
    ("Turkey called the Israeli raid an act of piracy.", "TUR", "ISR"),
])
def test_called_x_a_crime_is_a_denunciation(text, src, tgt):
    doc = full(text)
    den = [e for e in doc.events if e.cameo == "111"]
    assert den and (den[0].source_code or "").endswith(src), dump(doc)
    if tgt:
        assert den[0].target_code == tgt, dump(doc)
    # the named attack is no demand, and not the caller's
    assert not any(e.modality == "demand" or (e.source_code or "").endswith(src)
                   for e in doc.events if e.plover_type == "ASSAULT"), dump(doc)
