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


# 2. sign: plural agreement nouns and a declaration are signed agreements (057) too
_PIPE: dict = {}


def events(text: str):
    from marsad.pipeline import Pipeline
    p = _PIPE.setdefault("p", Pipeline())
    return p(Document.from_text(text, published_at="2024-05-02")).events


def pairs(text: str, cameo: str) -> set[tuple[str, str]]:
    return {(e.source_code, e.target_code) for e in events(text) if e.cameo == cameo}


@pytest.mark.parametrize("text", [
    "Ministers from Kenya and Ethiopia signed 12 agreements on trade and energy on Tuesday.",
    "Kenya and Ethiopia signed two trade agreements on Tuesday.",
    "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed a declaration on border security "
    "in Nairobi on Tuesday.",
    "Kenya and Ethiopia signed three memorandums of understanding on Tuesday.",
])
def test_sign_plural_agreements_and_declaration(text):
    got = pairs(text, "057")
    assert {(s[:3], t[:3]) for s, t in got if s and t} == {("KEN", "ETH"), ("ETH", "KEN")}


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto signed a decree on Tuesday dissolving the electoral commission.",
    "Kenyan President William Ruto signed the finance bill into law on Tuesday.",
])
def test_guard_sign_without_agreement_noun_is_no_agreement(text):
    assert not pairs(text, "057")


# 3. "gathered … to protest / to demonstrate": a rally (141), not a meeting (040)
def codes(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in events(text):
        out.setdefault(e.trigger.split()[0], set()).add(e.cameo)
    return out


@pytest.mark.parametrize("text", [
    "Zambian police fired tear gas on Sunday to disperse hundreds of opposition supporters who had gathered in "
    "Lusaka to protest against the arrest of their leader.",
    "Hundreds of farmers gathered outside the parliament in Lusaka on Monday, protesting against a new land law.",
])
def test_gathered_to_protest_is_a_rally(text):
    assert codes(text).get("gathered") == {"141"}


@pytest.mark.parametrize("text", [
    "Hundreds of people gathered at the airport in Lusaka to welcome the opposition leader home.",
    "Zambian ministers gathered in Lusaka on Monday to discuss the protests.",
])
def test_guard_gathered_without_protest_purpose_stays_a_meeting(text):
    assert "141" not in codes(text).get("gathered", set())


# 4. an arrest or a crackdown after scuffles near a foreign mission: the mission is the venue, its state no target
def targets(text: str, root: str) -> set:
    return {e.target_country for e in events(text) if e.cameo.startswith(root)}


@pytest.mark.parametrize("text", [
    "Several hundred people marched through central Lisbon on Friday against the visit, and police detained nine "
    "people after clashes near the Brazilian embassy.",
    "Police detained nine people after scuffles outside the Brazilian consulate in Lisbon on Friday.",
])
def test_arrest_after_scuffles_near_mission_has_no_mission_target(text):
    assert "BRA" not in targets(text, "173")


@pytest.mark.parametrize("text", [
    "Hundreds of protesters gathered outside the Brazilian embassy in Lisbon on Friday, chanting slogans.",
    "Protesters stormed the Brazilian embassy in Lisbon on Friday.",
])
def test_guard_protest_or_attack_at_mission_still_targets_its_state(text):
    assert "BRA" in {e.target_country for e in events(text)}
