"""Session 52, PRECEN52: English extras cut (our own sentences, news style)."""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline()


def _events(text):
    return _PIPE(text, published_at="2025-05-01").events


def _triggers(text):
    return [e.trigger for e in _events(text)]


def test_force_threatened_in_a_warning_clause_is_the_warning():
    text = "The gang leader warned in a video that his men would attack any foreign troops who entered their district."
    evs = _events(text)
    assert [e.trigger for e in evs] == ["warned"]
    assert evs[0].root == "13"
    evs = _events("Iran's Revolutionary Guards warned Washington that any retaliation would be met with strikes on "
                  "American bases in the region.")
    assert [e.trigger for e in evs] == ["warned"]


def test_guard_warning_about_another_state_keeps_its_attack():
    # guard (as tests/test_b9en2_s22.py): another state's attack is no content of the warner's threat
    evs = _events("Jordan warned on Sunday that Syria would attack the border town.")
    assert any(e.cameo == "138" and e.source_country == "SYR" for e in evs)
