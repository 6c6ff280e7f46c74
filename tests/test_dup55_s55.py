"""Session 55, DUP55: a headline event told again by the lead under another code of its root (or with a side the
headline left out) is one happening: the lead's telling is the report, the headline's copy is dropped."""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline()


def _events(text):
    return _PIPE(text, published_at="2025-05-05").events


def test_actorless_headline_told_by_lead_en():
    evs = _events("Clashes erupt on the border\n\nThai troops launched air strikes on Cambodian military positions "
                  "on Thursday, the army said.\n\nThe fighting continued into the night.")
    assert not [e for e in evs if e.segment_kind == "title" and e.root == "19"]
    assert [e for e in evs if e.segment_kind == "body" and e.root == "19" and e.source_code == "THAMIL"]


def test_headline_other_side_kept_guard():
    """Guard: a headline whose side is not the lead event's side (OPP / PTY) is left alone."""
    evs = _events("Opposition leader cries foul over court ruling\n\nThe leader of the main opposition party on "
                  "Monday condemned the Supreme Court's ruling on the election, calling it an attack on democracy.")
    assert [e for e in evs if e.segment_kind == "title" and e.root == "11"]
