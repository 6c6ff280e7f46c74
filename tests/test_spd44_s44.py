"""Session 44, SPD44: byte-identical speed cuts of the events stage.  The 904-document dump (bench/dump_outputs.py) is
the main check; these tests pin the side-field name tables the per-event loops now read, and the announcing-verb
walk of ``announced_act`` (now stopped at the first stop word) on our own sentences."""
from __future__ import annotations

import dataclasses

import pytest

from marsad.coding import definite_body, structure
from marsad.model import Event
from marsad.pipeline import Pipeline

_PIPE: list = []


def _events(text):
    if not _PIPE:
        _PIPE.append(Pipeline())
    doc = _PIPE[0](text, published_at="2025-03-04")
    return doc, doc.events


def test_side_field_tables_name_the_event_fields():
    fields = {f.name for f in dataclasses.fields(Event)}
    tables = dict(zip(structure.SIDE_FIELDS, (structure.SIDE_ACTOR_ID, structure.SIDE_CODE, structure.SIDE_COUNTRY,
                                              structure.SIDE_ROLE, structure.SIDE_SPAN)))
    for field, table in tables.items():
        assert set(table) == {"source", "target"}
        for side, name in table.items():
            assert name == f"{side}_{field}" and name in fields
    for side, *names in definite_body._SIDE_FIELDS:
        assert names == [f"{side}_code", f"{side}_span", f"{side}_country", f"{side}_role"]


@pytest.mark.parametrize("text, trigger, verb", [
    ("بغداد - أعلن رئيس الوزراء العراقي أمس استقالته من منصبه بعد أسابيع من الاحتجاجات.", "استقالته", "أعلن"),
    ("NAIROBI, March 3 - The union leader declared a general strike on Monday over unpaid wages.", "general strike",
     "declared"),
])
def test_the_announcing_verb_joins_the_noun_event(text, trigger, verb):
    doc, evs = _events(text)
    ev = next(e for e in evs if e.trigger == trigger)
    assert [doc.text[s:e] for s, e in ev.also_spans] == [verb]


def test_a_comma_between_ends_the_walk():
    # (the verb is three words back, but the aside's comma closes the clause before it)
    doc, evs = _events("بغداد - أعلن الرئيس، في خطاب متلفز، استقالته من منصبه بعد أسابيع من الاحتجاجات.")
    ev = next((e for e in evs if e.trigger == "استقالته"), None)
    assert ev is None or not ev.also_spans
