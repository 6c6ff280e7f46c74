"""Shared test fixtures.

``shared_dir`` is ``../shared`` beside the checkout (or $MARSAD_SHARED); tests that
need it skip with a clear reason when it is absent (a user's fresh clone), and
CI always has it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_2408f6fd23dc511e.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        if os.environ.get("MARSAD_REQUIRE_SHARED"):
            pytest.fail(f"../shared data is required here (MARSAD_REQUIRE_SHARED is set) but {SHARED} has none")
        pytest.skip(f"../shared data not found at {SHARED} (set MARSAD_SHARED); CI always has it")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir) -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import marsad
    return marsad.code(seed_text, published_at="2022-12-02", captions=True)
