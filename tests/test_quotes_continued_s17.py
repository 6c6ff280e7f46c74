"""Session 17, QUO (own sentences): a quotation that goes on over a second sentence keeps its speaker; a force
operation and the act it is meant for.

'The minister said: "We seek calm. We will respond …"', '"We seek calm," the minister said. "But we will …"' and
'وقال الوزير: «نريد التهدئة. لكننا …»': the later sentence has no speech cue; it takes the speaker of the quote before
it (``marsad.coding.continued_quote``), so its first-person act has the speaker as its source.  Guards: a new speaker
in the next paragraph, an unquoted sentence after the quote, a quotation that was never closed before a new paragraph,
a quoted name that is not the whole sentence, and a quote whose speaker is no actor (a leaflet).
"""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline

PUB = "2026-03-18"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _events(doc, prefix):
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix)]


def _speakers(doc):
    """sentence -> the speaker codes of its quotes."""
    codes = {a.id: a.code for a in doc.actors}
    out: dict = {}
    for q in doc.quotes:
        out.setdefault(q.sentence, []).append(codes.get(q.speaker_actor_id))
    return out


# ----------------------------------------------------------------------------- English
@pytest.mark.parametrize("text", [
    'The Thai defence minister said: "We seek calm. We will respond to every attack on our soil."',
    '"We seek calm," the Thai defence minister said. "But we will respond to any aggression."',
    # the wire convention: the quotation goes on in a new paragraph that opens with a quote mark again
    'The Thai defence minister said: "We seek calm.\n\n"We will respond to every attack on our soil."',
    # three sentences of one quotation
    'The Thai defence minister said: "We seek calm. We have waited for weeks. We will respond to every attack."',
])
def test_english_second_quoted_sentence_keeps_the_speaker(pipe, text):
    doc = pipe(text, published_at=PUB)
    assert _events(doc, "13") == [("130", "THAGOV", None)], [(e.cameo, e.trigger, e.source_code) for e in doc.events]
    last = len(doc.sentences) - 1
    assert _speakers(doc)[last] == ["THAGOV"]
    # the statement (010) is the first sentence's only: the later sentence adds none of its own
    assert [e.sentence for e in doc.events if e.cameo == "010"] == [0]


def test_english_new_speaker_in_the_next_paragraph(pipe):
    doc = pipe('"We seek calm," the Thai defence minister said.\n\n'
               '"We will respond to every attack," the Cambodian army said.', published_at=PUB)
    assert _events(doc, "13") == [("130", "KHMMIL", None)]
    assert _speakers(doc) == {0: ["THAGOV"], 1: ["KHMMIL"]}


@pytest.mark.parametrize("text", [
    # an unquoted sentence after the quote is the writer's
    '"We seek calm," the Thai defence minister said. Gunmen attacked a border post on Monday.',
    # the quotation was never closed, and the new paragraph does not open with a quote mark
    'The Thai defence minister said: "We seek calm.\n\nGunmen attacked a border post on Monday.',
])
def test_english_unquoted_sentence_after_a_quote_has_no_speaker(pipe, text):
    doc = pipe(text, published_at=PUB)
    assert 1 not in _speakers(doc)
    att = [e for e in doc.events if e.cameo.startswith("19")]
    assert len(att) == 1 and att[0].source_code == "UAF" and att[0].reported_by_code is None


def test_english_quoted_name_is_not_a_quoted_sentence(pipe):
    doc = pipe('"We seek calm," the Thai defence minister said. "Operation Border Shield" will begin on Monday.',
               published_at=PUB)
    assert 1 not in _speakers(doc)


def test_english_quote_of_a_document_carries_no_speaker(pipe):
    doc = pipe('A leaflet dropped over the town said: "Leave your homes now. We will respond to every attack."',
               published_at=PUB)
    assert 1 not in _speakers(doc)
    assert _events(doc, "13") == []


# ----------------------------------------------------------------------------- Arabic
@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الأردني: «ندين هذا الهجوم. ونطالب إسرائيل بوقف القصف فورا».",
    # a wholly quoted sentence right after the attributed one
    "وقال وزير الخارجية الأردني: «ندين هذا الهجوم». «ونطالب إسرائيل بوقف القصف فورا».",
])
def test_arabic_second_quoted_sentence_keeps_the_speaker(pipe, text):
    doc = pipe(text, published_at=PUB)
    assert ("100", "JORGOV", "ISR") in _events(doc, "10"), [(e.cameo, e.trigger, e.source_code) for e in doc.events]
    assert _speakers(doc)[1] == ["JORGOV"]


def test_arabic_first_person_plural_pronoun_is_the_speaker(pipe):
    # "لكننا" before the verb of the continued quotation: the speaker is the source of a material act too
    doc = pipe("وقال وزير الدفاع المصري: «نريد التهدئة. لكننا سنقصف مواقعهم إذا هاجمونا».", published_at=PUB)
    assert [(c, s) for c, s, _ in _events(doc, "19")] == [("195", "EGYGOV")]


def test_arabic_new_speaker_in_the_next_sentence(pipe):
    doc = pipe("وقال وزير الخارجية الأردني: «ندين هذا الهجوم».\n\n"
               "وقال المتحدث باسم الحكومة الإسرائيلية: «نرفض هذه الاتهامات».", published_at=PUB)
    assert _speakers(doc) == {0: ["JORGOV"], 1: ["ISRGOV"]}
    assert _events(doc, "12") == [("120", "ISRGOV", None)]


def test_arabic_unquoted_sentence_after_a_quote_has_no_speaker(pipe):
    doc = pipe("وقال وزير الخارجية الأردني: «ندين هذا الهجوم». وطالبت منظمات حقوقية إسرائيل بوقف القصف.",
               published_at=PUB)
    assert 1 not in _speakers(doc)
    assert not any(e.reported_by_code for e in doc.events if e.sentence == 1)


# ----------------------------------------------------------------------------- a force operation and its purpose
def test_police_operation_is_a_use_of_force_and_its_purpose_is_intended(pipe):
    doc = pipe("Kenyan and Haitian police launched an operation on Thursday to free the hostages, a police "
               "spokesman said.", published_at=PUB)
    assert sorted(_events(doc, "19")) == [("190", "HTICOP", None), ("190", "KENCOP", None)]
    free = [e for e in doc.events if e.cameo.startswith("08")]
    assert free and all(e.modality == "intent" for e in free)


def test_purpose_after_a_raid_is_intended(pipe):
    doc = pipe("Police raided a house in the capital to free the hostages.", published_at=PUB)
    assert [(e.cameo, e.modality) for e in doc.events if e.cameo.startswith("08")] == [("0841", "intent")]


@pytest.mark.parametrize("text", [
    "Police raided a house in the capital, and freed the hostages.",   # a second act, done
    "The army agreed to free the hostages.",                           # no use of force before "to"
])
def test_release_that_is_not_a_purpose_stays_asserted(pipe, text):
    doc = pipe(text, published_at=PUB)
    assert [e.modality for e in doc.events if e.cameo.startswith("08")] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Microsoft launched operations in Kenya on Monday.",
    "The charity launched an operation to deliver food to the town.",
])
def test_operation_without_an_armed_source_is_no_force(pipe, text):
    doc = pipe(text, published_at=PUB)
    assert _events(doc, "19") == []
