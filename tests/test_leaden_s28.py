"""Session 28 (lead): English leftovers of blind_s31 -- a town captured after clashes, an attack on a gathering.
Our own sentences."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, pub="2024-05-01"):
    return [(e.cameo, e.source_code, e.target_code) for e in _P(text, published_at=pub, lang="en").events]


def test_captured_towns_plural_is_occupation():
    evs = _events("Rebel fighters captured the towns of Kalemba and Nsolo on Sunday.")
    assert any(c == "192" and s and s.endswith("REB") for c, s, t in evs), evs


def test_capture_after_clashes_is_its_own_act_and_lends_its_subject():
    evs = _events("M23 fighters captured the town of Lubero on Saturday after clashes with the Congolese army.")
    assert any(c == "192" for c, s, t in evs), evs
    assert any(c.startswith("19") and c != "192" and s == "CODREB" and t == "CODMIL" for c, s, t in evs), evs


def test_struck_a_gathering_is_no_meeting_and_hits_the_fighters():
    evs = _events("Chadian army jets struck a gathering of rebel fighters near the town of Faya, killing nine people.")
    assert not any(c.startswith("04") for c, s, t in evs), evs
    assert ("195", "TCDMIL", "TCDREB") in evs or any(c.startswith("19") and t == "TCDREB" for c, s, t in evs), evs


def test_a_gathering_of_ministers_is_still_a_meeting():
    evs = _events("Arab foreign ministers held a gathering in Cairo on Monday to discuss the crisis in Sudan.")
    assert not any(c.startswith("19") for c, s, t in evs), evs
