"""The seed article: every actor mention the issue names, and nothing from the credit line."""
from __future__ import annotations

import pytest

from marsad.actors.query import actors_in_span
from marsad.pipeline import STAGES, Pipeline


@pytest.fixture(scope="module")
def seed_actors_doc(seed_text):
    # the stages up to actors only: later stages are other areas' work
    p = Pipeline(stages={k: STAGES[k] for k in ("clean", "language", "sentences", "mentions", "actors")})
    return p(seed_text, published_at="2022-12-02")


def _at(doc, phrase, nth=0):
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.index(phrase, pos + 1)
    return actors_in_span(doc, pos, pos + len(phrase))


def _codes(doc, phrase, nth=0):
    return [a.code for a in _at(doc, phrase, nth)]


def test_seed_us_actors(seed_actors_doc):
    d = seed_actors_doc
    assert "USAGOV" in _codes(d, "الدبلوماسيين الأميركيين")
    assert "USAGOV" in _codes(d, "السفارة الأميركية")
    assert "USASPY" in _codes(d, "سي آي إيه")
    assert "USASPY" in _codes(d, "(CIA)")
    burns = [a for a in _at(d, "وليام بيرنز") if a.kind == "person"]
    assert burns and burns[0].code == "USASPY" and burns[0].entity_id == "P.burns"


def test_seed_ryabkov_is_one_russian_government_actor(seed_actors_doc):
    d = seed_actors_doc
    full = [a for a in _at(d, "سيرغي ريابكوف") if a.kind == "person"][0]
    assert full.code == "RUSGOV"
    # the surname alone (in the Arabic caption and later in the body) and the English caption name
    pos = d.text.index("وبعد اجتماع أنقرة")
    later = [a for a in actors_in_span(d, pos, pos + 40) if a.kind == "person"]
    assert later and later[0] is full
    en = [a for a in _at(d, "Sergei Ryabkov") if a.kind == "person"]
    assert en and en[0] is full


def test_seed_other_constructions(seed_actors_doc):
    d = seed_actors_doc
    assert "RUSSPY" in _codes(d, "سيرغي ناريشكين")
    assert "RUSGOV" in _codes(d, "مسؤول روسي")
    assert "RUSGOV" in _codes(d, "وروس")
    moscow = [a for a in _at(d, "موسكو لا تنوي") if a.code == "RUSGOV"]
    assert moscow and moscow[0].basis == "metonym"
    # "في موسكو" / "في واشنطن" after the embassies are places, not metonyms
    pos = d.text.index("في واشنطن")
    assert not any(a.basis == "metonym" for a in actors_in_span(d, pos, pos + 9))


def test_seed_no_actor_from_credit_line_or_agencies(seed_actors_doc):
    d = seed_actors_doc
    credit = [s for s in d.segments if s.kind == "photo_credit"]
    for seg in credit:
        assert not actors_in_span(d, seg.start, seg.end)
    for name in ("Lehtikuva", "REUTERS", "FINLAND OUT", "رويترز", "تاس"):
        pos = d.text.find(name)
        if pos >= 0:
            assert not actors_in_span(d, pos, pos + len(name)), name


def test_seed_full_pipeline_actor_codes(seed_doc):
    # the shared full-pipeline fixture: the actors layer's results survive the other stages
    codes = {a.code for a in seed_doc.actors}
    assert {"RUSGOV", "USAGOV", "USASPY", "RUSSPY"} <= codes
