"""Session 25 B14EN: English causes from the fourteenth blind test (sentences written for marsad)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import PipelineConfig
from marsad.stages.clean import CleanStage


def clean(text: str, **kw) -> Document:
    return CleanStage(PipelineConfig())(Document.from_text(text, **kw))


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.text[s.start:s.end]) for s in doc.segments]


LEAD = "LUSAKA, March 4 (Marsad) - Zambian police arrested two opposition leaders on Monday, their party said."
TAIL = "\n\nThe party said it would appeal the arrests in court on Tuesday."


# 1. a byline and a bare date line between the headline and the lead are page chrome, not body
@pytest.mark.parametrize("chrome", [
    "By Marsad staff\nMarch 4, 2024",
    "By Jane Mwale and Peter Banda in Lusaka\n\nMonday, 4 March 2024 10:32 GMT",
    "Updated: Mar. 4, 2024",
    "BY MARSAD STAFF",
])
def test_byline_and_date_line_before_the_lead_leave_the_dateline_found(chrome):
    doc = clean("Zambia arrests opposition leaders\n\n" + chrome + "\n\n" + LEAD + TAIL)
    k = kinds(doc)
    assert ("dateline", "LUSAKA, March 4 (Marsad) -") in k
    assert doc.meta["dateline"]["place"] == "LUSAKA"
    assert all(kind != "body" or not t.startswith(("By", "BY", "March", "Monday", "Updated")) for kind, t in k)


@pytest.mark.parametrize("line", [
    "By Tuesday the protesters had left the square, police said.",   # a sentence: body
    "By then, more than 200 people had been detained across the capital and in three other cities of the country.",
])
def test_guard_sentence_starting_with_by_stays_body(line):
    doc = clean("Zambia arrests opposition leaders\n\n" + line + TAIL)
    assert ("body", line) in kinds(doc)


def test_guard_date_line_after_the_lead_is_not_touched():
    doc = clean("Zambia arrests opposition leaders\n\n" + LEAD + "\n\nMarch 4, 2024\n\n" + TAIL.strip())
    assert ("body", "March 4, 2024") in kinds(doc)
