"""Session 21, B8AR: BLIND8's Arabic roles and places, on sentences written for these tests (not the blind
articles' sentences): the Amman / Oman name at the head of an article and with its shadda, ..."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import PipelineConfig
from marsad.stages.clean import CleanStage

from events_helpers import full
from test_actors_context import actor_at, places


def _clean(text: str) -> Document:
    return CleanStage(PipelineConfig())(Document.from_text(text))


def _segs(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.text[s.start:s.end]) for s in doc.segments]


# ---------------------------------------------------------------- 1. عمّان / عمان: Amman or Oman
def test_dateline_with_shadda_is_a_dateline():
    doc = _clean("عنوان الخبر\n\nعمّان - أعلنت وزارة الداخلية أمس إغلاق معبر حدودي مؤقتا.")
    assert ("dateline", "عمّان -") in _segs(doc)
    assert doc.meta["dateline"]["place"] == "عمّان"


def test_dateline_place_with_agency_in_brackets_right_after_it():
    doc = _clean("عنوان الخبر\n\nعمان (رويترز) - قال مسؤول حكومي إن الوزارة ستفتح المعبر غدا.")
    assert ("dateline", "عمان (رويترز) -") in _segs(doc)
    assert "Reuters" in doc.agencies or doc.publisher == "Reuters"


def test_bracket_inside_a_first_sentence_is_no_dateline():
    # guard: a bracketed gloss after the subject, and no dash after it, is body text
    doc = _clean("عنوان الخبر\n\nقالت الحكومة (في بيان) إنها ستفتح المعبر غدا.")
    assert [k for k, _ in _segs(doc)] == ["title", "body"]


def test_amman_dateline_gives_no_oman_actor_and_jordanian_police():
    doc = full("عمّان - اعتقلت الشرطة أمس ثلاثة أشخاص بتهمة تهريب أسلحة عبر الحدود.", published_at="2023-07-21")
    assert not [a for a in doc.actors if a.country == "OMN"]
    assert [(e.cameo, e.source_code) for e in doc.events] == [("173", "JORCOP")]


def test_amman_with_shadda_is_jordan_even_in_a_story_on_oman():
    doc = places("أكدت سلطنة عمان وقطر دعمهما للوساطة. ورحبت عمّان بالبيان العماني القطري.")
    assert actor_at(doc, "سلطنة عمان").code == "OMN"
    assert actor_at(doc, "عمّان").code == "JORGOV"
    assert [p.country for p in doc.places if p.text == "عمّان"] == ["JOR"]


def test_oman_without_mark_in_a_story_on_oman_stays_oman():
    # guard: the bare form still follows the document's countries
    doc = places("أكدت سلطنة عمان وقطر دعمهما للوساطة. ورحبت عمان بالبيان القطري.")
    assert actor_at(doc, "عمان", 1).code == "OMN"
