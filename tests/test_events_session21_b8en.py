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
    # guard: no "at" after the objects: no target moves; (session 25 PREC3) the word right after the verb is still its
    # object, no stoning (190) of its own -- the throw event stays
    doc = full(KENYA + "Some demonstrators threw stones on Tuesday.", published_at="2025-03-04")
    assert not any(":thrown-at" in e.rule for e in doc.events)
    assert not [e.cameo for e in doc.events if e.trigger == "stones"]
    assert any(e.cameo == "145" for e in doc.events)


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


MANILA = ("MANILA, Aug 6 - The Philippine foreign ministry summoned the Chinese ambassador on Tuesday over the "
          "collision near Second Thomas Shoal.\n\n")


def test_we_call_on_inside_a_quote_with_the_speaker_after_it():
    doc = full(MANILA + "The British embassy said it was alarmed by the collision. \"We call on Beijing to respect "
               "the ruling of the arbitral tribunal,\" spokeswoman Helen Carter said. She added that London's "
               "commitment to Manila remained firm.", published_at="2024-08-06")
    ev = _one(doc, "call")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("020", "GBRGOV", "CHNGOV")
    added = _one(doc, "added")
    assert (added.source_code, added.target_code) == ("GBRGOV", "PHL") and ":same-person" in added.rule


def test_a_call_as_a_noun_is_no_appeal():
    # guard: "a phone call on Monday" is no "call on X to …"
    doc = full(MANILA + "The two ministers held a phone call on Monday to discuss the collision.",
               published_at="2024-08-06")
    assert not [e for e in doc.events if e.trigger == "call"]


def test_them_names_back_the_plural_object():
    doc = full(MANILA + "The Philippine coast guard said it had sent two cutters to follow the Chinese vessels and urged "
               "them to leave the shoal.", published_at="2024-08-06")
    ev = _one(doc, "urged")
    assert (ev.cameo, ev.target_code) == ("020", "CHN") and ":tgt-them" in ev.rule


def test_them_without_a_plural_object_is_left():
    # guard: no plural object between the subject and the verb
    doc = full(MANILA + "Fishermen said they had met the mayor and urged them to act.", published_at="2024-08-06")
    assert not any(":tgt-them" in e.rule for e in doc.events)


def test_country_controlled_place_is_the_target():
    doc = full("KYIV, May 3 - Ukrainian forces shelled positions near the Russian-occupied city of Melitopol on "
               "Friday.", published_at="2024-05-03")
    ev = _one(doc, "shelled")
    assert (ev.source_code, ev.target_code) == ("UKRMIL", "RUS") and ":tgt-controlled" in ev.rule


def test_controlled_word_of_another_clause_is_left():
    # guard: the hyphenated word stands after the clause's end
    doc = full("KYIV, May 3 - Ukrainian forces shelled positions on Friday, the army said of the Russian-occupied "
               "south.", published_at="2024-05-03")
    assert not any(":tgt-controlled" in e.rule for e in doc.events)


def test_concern_without_an_object_is_about_the_lead_act():
    doc = full("TAIPEI, Oct 14 - China's navy sent warships to encircle Taiwan on Monday in large-scale drills.\n\n"
               "South Korea also expressed concern and said it was watching the situation closely.",
               published_at="2024-10-14")
    ev = _one(doc, "expressed")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("110", "KOR", "CHNMIL") and ":tgt-story" in ev.rule


def test_concern_of_the_lead_actor_itself_is_left():
    # guard: the lead's own actor voicing concern is not its own target
    doc = full("TAIPEI, Oct 14 - China's navy sent warships to encircle Taiwan on Monday in large-scale drills.\n\n"
               "China also expressed concern and said it was watching the situation closely.",
               published_at="2024-10-14")
    assert not any(":tgt-story" in e.rule for e in doc.events)
