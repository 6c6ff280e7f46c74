"""Session 34 review (review34): own-words sentences.

1. A full passive with "by" ("X was declared persona non grata by Y") is already read with Y as the source; the
   reduced-passive swap (`coding/persona_passive_en.py`) must not reverse it.
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-04-29"):
    doc = _P(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_full_passive_persona_non_grata_keeps_the_declarer_as_source():
    evs = [e for e in _events("Lula was declared persona non grata by Israel on Monday.") if e[0] == "166"]
    assert evs and evs[0][1] == "ISR" and (evs[0][2] or "").startswith("BRA")


def test_price_paid_by_the_speaker_himself_is_no_threat():
    evs = _events("وقال الوزير إن المزارعين سيدفعون الثمن بسبب الجفاف.", "2024-05-01")
    assert not [e for e in evs if ":price-threat" in e[3] and e[1] == e[2]]
