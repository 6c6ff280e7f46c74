"""Session 54 (PRECEN54): English extras, our own sentences.

1. A quote opened right after a determiner ('condemned the "attack"', 'the "outrageous attack"') hid the determiner:
   the verb-row word was read as the condemner's own verb (marsad/stages/events._en_quoted_after_det).
2. A page's tag line ("Topics: A | B | C") is furniture (furniture.tsv match ``label``, clean._tag_line).
3. Verb rows read on words of another sense (noun_compound_en.tsv): a reduced relative "N backed by X" (the new
   ``keep_prev`` column keeps the passive "was backed by"), "the county jail", "aggravated murder" (a charge),
   "the monitoring centre", "grieving families", "the now disgraced minister", a sentence-opening "Surrounded by",
   "anyone found hiding …", "protest slogans",
   "ceasefire talks" (the talks are the act).
"""
import pytest

from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _events(text):
    return _PIPE(text, published_at="2026-04-20").events


def _codes(evs):
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in evs]


# ----------------------------------------------------------------------------- 1 a quoted noun after a determiner
@pytest.mark.parametrize("text", [
    'A soldier was killed near the border on Sunday. The UN mission condemned the "cowardly attack" on Monday.',
    'A soldier was killed near the border on Sunday. The UN mission condemned the "attack" on Monday.',
])
def test_quoted_noun_after_a_determiner_is_no_act_of_the_condemner(text):
    evs = _events(text)
    assert not [e for e in evs if e.trigger == "attack" and e.source_code == "IGOUNO"], _codes(evs)


def test_guard_a_quoted_verb_after_a_subject_stays():
    """Guard: a quote after a subject, not a determiner, leaves the verb reading alone."""
    evs = _events('Officials said rebels "attacked the convoy" near the town on Sunday.')
    assert [e for e in evs if e.trigger.startswith("attacked") and e.cameo.startswith("19")], _codes(evs)


# ----------------------------------------------------------------------------- 2 a tag line
def test_topics_tag_line_is_furniture():
    text = ("Students rally in the capital\n\nLIMA, April 20 - Thousands of students protested in Lima on Monday "
            "against a new education law.\n\nTopics: Peru | Protests | Education\n")
    evs = _events(text)
    tag = text.index("Topics")
    assert not [e for e in evs if e.trigger_start >= tag], _codes(evs)


def test_guard_a_sentence_after_topics_stays():
    """Guard: a sentence after "Topics:" is article text, not a tag list."""
    text = ("Leaders meet in Lima\n\nLIMA, April 20 - The two presidents met in Lima on Monday.\n\n"
            "Topics: the two presidents also discussed the protests in the south.\n")
    doc = _PIPE(text, published_at="2026-04-20")
    tag = text.index("Topics")
    assert [s for s in doc.segments if s.start == tag and s.kind != "other"], [(s.kind, s.start) for s in doc.segments]


# ----------------------------------------------------------------------------- 3 words of another sense
@pytest.mark.parametrize("text, word", [
    ("Critics say candidates backed by the ruling party will dominate the new court.", "backed"),
    ("About 300 officers backed by armoured vehicles entered the district before dawn on Monday.", "backed"),
    ("The suspect was booked into the county jail on suspicion of aggravated murder.", "jail"),
    ("The suspect was booked into the county jail on suspicion of aggravated murder.", "murder"),
    ("The judge wrote that the monitoring centre had detected a breach of the curfew.", "monitoring"),
    ("The rights group condemned the use of force against grieving families on Sunday.", "grieving"),
    ("He said the now disgraced minister had lied to parliament.", "disgraced"),
    ("Surrounded by lawmakers in his office, the president signed the budget on Monday.", "Surrounded"),
    ("The governor said anyone found hiding the suspects would face charges.", "found"),
    ("Thousands of ballots were spoiled, many of them covered with protest slogans.", "protest"),
    ("Farmers and fishermen from both sides joined ceasefire talks in the border town on Monday.", "ceasefire"),
])
def test_verb_row_on_a_word_of_another_sense(text, word):
    evs = _events(text)
    assert not [e for e in evs if e.trigger == word], _codes(evs)


def test_guard_passive_backed_by_stays():
    """Guard: "was backed by" is the passive verb, its act kept."""
    evs = _events("The French proposal was backed by Germany on Monday.")
    assert [e for e in evs if e.trigger == "backed"], _codes(evs)


def test_guard_an_agreed_ceasefire_stays():
    """Guard: a ceasefire agreed (no talks after it) keeps its event."""
    evs = _events("The army and the rebels agreed a ceasefire on Monday.")
    assert [e for e in evs if e.trigger == "ceasefire"], _codes(evs)


def test_guard_active_backed_stays():
    """Guard: an active "backed" with its object stays a support event."""
    evs = _events("Germany backed the French proposal on Monday.")
    assert [e for e in evs if e.trigger == "backed" and e.cameo.startswith("05")], _codes(evs)
