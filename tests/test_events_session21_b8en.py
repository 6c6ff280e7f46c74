"""Session 21, B8EN: English roles of the eighth blind test's causes, on sentences of our own."""
from __future__ import annotations

from events_helpers import full

KENYA = ("NAIROBI, March 4 - Thousands of Kenyans marched in Nairobi on Tuesday against a new finance bill, and Kenyan "
         "police fired tear gas at them.\n\n")


def _one(doc, trigger):
    evs = [e for e in doc.events if e.trigger.endswith(trigger)]
    assert len(evs) == 1, [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in doc.events]
    return evs[0]


def test_country_of_later_reported_clause_is_not_the_subjects():
    doc = full(KENYA + "Interior Minister Joseph Mwangi accused the opposition of inciting the riots and said the "
               "government would not allow a repeat of Sudan's 2019 uprising.", published_at="2025-03-04")
    ev = _one(doc, "accused")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("112", "KENGOV", "KENOPP")


def test_country_before_the_later_clause_stays():
    # guard: the accused is Sudan's army, named before "and said"
    doc = full(KENYA + "Interior Minister Joseph Mwangi accused Sudan's army of arming the rebels and said the "
               "government would close the border.", published_at="2025-03-04")
    ev = _one(doc, "accused")
    assert (ev.source_code, ev.target_code) == ("KENGOV", "SDNMIL")


def test_officers_reported_by_the_interior_ministry_are_its_police():
    doc = full(KENYA + "The interior ministry said officers had arrested 30 people in Nairobi.",
               published_at="2025-03-04")
    ev = _one(doc, "arrested")
    assert (ev.cameo, ev.source_code) == ("173", "KENCOP")
    assert ":force-subject" in ev.rule


def test_officers_reported_by_another_body_are_not_named():
    # guard: the foreign ministry's "officers" are not read as police
    doc = full(KENYA + "The foreign ministry said officers had arrested 30 people in Nairobi.",
               published_at="2025-03-04")
    ev = _one(doc, "arrested")
    assert ev.source_code is None and ":force-subject" not in ev.rule


def test_things_thrown_at_police():
    doc = full(KENYA + "Some demonstrators threw bottles and stones at riot police outside parliament.",
               published_at="2025-03-04")
    ev = _one(doc, "threw")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("145", "KENCVL", "KENCOP")
    assert not [e for e in doc.events if e.trigger == "stones"]


def test_thrown_without_at_is_left():
    # guard: no "at" after the objects: nothing moves, nothing is dropped
    doc = full(KENYA + "Some demonstrators threw stones on Tuesday.", published_at="2025-03-04")
    assert not any(":thrown-at" in e.rule for e in doc.events)
    assert [e.cameo for e in doc.events if e.trigger == "stones"] == ["190"]


def test_quote_of_three_sentences_with_the_speaker_after_it():
    doc = full('LIMA, June 2 - "We will defend our borders. Our troops are ready to respond to any attack. Nobody '
               'should doubt our resolve," army spokesman Carlos Vega said on Monday.', published_at="2025-06-02")
    quotes = [q for q in doc.quotes if q.direct]
    assert [q.sentence for q in quotes] == [1, 2, 3]
    assert len({(q.speaker_start, q.speaker_end) for q in quotes}) == 1
    assert doc.text[quotes[0].speaker_start:quotes[0].speaker_end] == "army spokesman Carlos Vega"
    ev = _one(doc, "respond")
    assert ev.source_code == "PERMIL"


def test_quote_not_carried_over_a_paragraph_of_the_writer():
    # guard: a new paragraph without a quote mark is the writer's own sentence
    doc = full('LIMA, June 2 - "We will defend our borders.\n\nThe army moved troops to the north. Nobody should '
               'doubt our resolve," army spokesman Carlos Vega said on Monday.', published_at="2025-06-02")
    assert [q.sentence for q in doc.quotes if q.direct] == [3]
    ev = _one(doc, "moved troops")
    assert ev.source_code == "PERMIL" and ":quote" not in ev.rule
