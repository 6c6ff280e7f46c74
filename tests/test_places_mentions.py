"""Table-driven place resolution: tests/data/places/mentions.tsv and mentions_blind.tsv (written by us),
every row must match
(same ISO-3 country and within 50 km), through the pipeline up to the place stage."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.eval.places import MAX_KM, _pipeline, haversine_km, predict, read_gold

GOLD = Path(__file__).parent / "data" / "places" / "mentions.tsv"
BLIND = Path(__file__).parent / "data" / "places" / "mentions_blind.tsv"
MAIN_ROWS = read_gold(GOLD)
ROWS = MAIN_ROWS + read_gold(BLIND)


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


def test_table_size_and_languages():
    assert len(MAIN_ROWS) >= 80
    ar = sum(_is_arabic(r.mention) for r in MAIN_ROWS)
    assert ar >= 40 and len(MAIN_ROWS) - ar >= 20
    # ambiguous names decided by context are in the table both ways
    tripoli = {r.iso3 for r in ROWS if r.mention in ("طرابلس", "Tripoli")}
    assert tripoli == {"LBY", "LBN"}


@pytest.fixture(scope="module")
def pipe():
    return _pipeline()


@pytest.mark.parametrize("row", ROWS, ids=[f"{'b' if k >= len(MAIN_ROWS) else 'm'}{r.line}-{r.mention}"
                                          for k, r in enumerate(ROWS)])
def test_mention(pipe, row):
    p, why = predict(pipe, row)
    assert p is not None, why or "no place found"
    assert p.country == row.iso3, f"{row.mention}: got {p.country} {p.name}"
    d = haversine_km(row.lat, row.lon, p.lat, p.lon)
    assert d <= MAX_KM, f"{row.mention}: {p.name} is {d:.0f} km from the gold point"
