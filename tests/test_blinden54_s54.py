"""Session 54 (helper blinden54): English events of the blind sets missed outright, our own sentences.

1. "vowed that X would answer for the attack" = a threat (130): + answer among the vow 130 row's object words
   (read in the verb's that-clause, cond that_obj).
2. "promised a harsh / crushing response", "promised revenge" = a threat (130), new promise row with the harshness
   word as its object (a bare promise stays 030, "promised aid" 033).
3. "reminded X of its obligations / commitments" = an appeal (020) to X (new remind row, obligation words only).
4. "described the attack as shocking / horrific / brutal" = criticism (111): + these words on the describe row.
5. "X vowed that Y would pay a heavy price" = X's threat against Y (130): the pay-a-price row's event is kept with the
   vower as its source (``coding/price_threat``: a vow verb's that-clause, as reported speech; without one it is
   dropped as before).
"""
from test_gapen34_s34 import _dump, _events


def _at(text, word, date="2025-06-10"):
    """The events whose trigger starts at ``word``; all events."""
    evs = _events(text, date)
    at = text.index(word)
    return [e for e in evs if e.trigger_start == at], evs


# ----------------------------------------------------------------------------- 1 vowed X would answer for
def test_vowed_would_answer_for():
    got, evs = _at("The Polish prime minister vowed that Belarus would answer for the border provocation.", "vowed")
    assert got and got[0].cameo[:2] == "13", _dump(evs)


# ----------------------------------------------------------------------------- 2 promised a harsh response
def test_promised_crushing_response():
    got, evs = _at("The defence minister promised a crushing response to any further drone incursion.", "promised")
    assert got and got[0].cameo[:2] == "13", _dump(evs)


def test_guard_promised_quick_response():
    """Guard: a promised quick response to a crisis is a pledge, no threat."""
    got, evs = _at("The mayor promised a quick response to the flooding in the eastern districts.", "promised")
    assert not [e for e in got if e.cameo[:2] == "13"], _dump(evs)


# ----------------------------------------------------------------------------- 3 reminded X of its obligations
def test_reminded_of_obligations():
    got, evs = _at("The European Commission reminded Poland of its obligations under the asylum pact.", "reminded")
    assert got and got[0].cameo == "020" and (got[0].target_code or "").startswith("POL"), _dump(evs)


def test_guard_reminded_reporters():
    """Guard: reminding reporters of a fact is no appeal."""
    got, evs = _at("The spokesman reminded reporters that the summit had been postponed twice.", "reminded")
    assert not got, _dump(evs)


# ----------------------------------------------------------------------------- 4 described as horrific
def test_described_attack_as_horrific():
    got, evs = _at("The German chancellor described the shelling of the hospital as horrific in a post on X.",
                   "described")
    assert got and got[0].cameo == "111", _dump(evs)


# ----------------------------------------------------------------------------- 5 vowed that Y would pay a price
def test_vowed_would_pay_heavy_price():
    text = "Pakistani Prime Minister Shehbaz Sharif vowed that the militants would pay a heavy price for the ambush."
    evs = _events(text, "2025-06-10")
    got = [e for e in evs if e.cameo[:2] == "13"]
    assert got and (got[0].source_code or "").startswith("PAK"), _dump(evs)


def test_guard_paid_price_no_vow():
    """Guard: paying a price with no vow or speaker stays no threat."""
    evs = _events("Small farmers paid a heavy price for the drought across the southern provinces.", "2025-06-10")
    assert not [e for e in evs if e.cameo[:2] == "13"], _dump(evs)
