"""Session 28 (lead): "would use all means … if …" is a conditional threat of force. Our own sentences."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text):
    return [(e.cameo, e.source_code, e.target_code) for e in _P(text, published_at="2024-05-01", lang="en").events]


def test_use_all_means_if_is_a_threat_of_force():
    evs = _events("Zambia's defence minister said the army would use all means to defend the border if Angolan "
                  "troops did not pull back.")
    # (the bare "the army" inside the minister's speech takes the speaker's country since session 29, ACT20)
    assert any(c == "138" and s == "ZMBMIL" and (t or "").startswith("AGO") for c, s, t in evs), evs


def test_use_all_means_with_no_condition_is_no_threat():
    evs = _events("Rescue teams used all means to reach the villagers cut off by the floods.")
    assert not any(c.startswith("13") for c, s, t in evs), evs
