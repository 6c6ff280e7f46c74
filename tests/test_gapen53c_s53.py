"""Session 53, GAPEN53C: an English name in -s with a bare apostrophe possessive ("States' mission") as a speaker."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _ev(pipe, text, trigger):
    doc = pipe(text, published_at="2025-05-05")
    return next(e for e in doc.events if e.trigger.startswith(trigger))


def test_igo_bare_possessive_speaker_appeals(pipe):
    """ "The Organization of American States' mission said … and urged …": the appeal is the IGO's."""
    ev = _ev(pipe, "The Organization of American States' mission also said the count had been orderly and urged "
                   "all parties to accept the result.", "urged")
    assert ev.source_code == "IGOOAS"


def test_country_bare_possessive_speaker_appeals(pipe):
    """ "The United States' delegation said … and urged …" (curly apostrophe too): the appeal is the country's."""
    ev = _ev(pipe, "The United States\u2019 delegation said the talks had been useful and urged both sides to "
                   "keep the ceasefire.", "urged")
    assert ev.source_code and ev.source_code.startswith("USA")


def test_guard_paired_single_quotes(pipe):
    """Guard: an apostrophe closing a single-quoted phrase is no possessive ("a 'disgrace to the Philippines' and
    said it would fail" keeps the reported clause's own reading)."""
    doc = pipe("The minister called the plan a 'disgrace to the Philippines' and said it would fail.",
               published_at="2025-05-05")
    assert all(q.speaker_start >= 0 for q in doc.quotes)
    assert not any(e.source_code == "PHL" and e.trigger.startswith("called") for e in doc.events)


def test_guard_s_possessive_unchanged(pipe):
    """Guard: the "'s" form keeps its speaker ("The European Union's mission said … and urged")."""
    ev = _ev(pipe, "The European Union's mission said the count had been orderly and urged all parties to accept "
                   "the result.", "urged")
    assert ev.source_code == "IGOEUREEC"


def test_the_leaders_after_igo_leaders(pipe):
    """ "Group of Seven leaders … .  The leaders said … and urged …": the summit's IGO appeals."""
    doc = pipe("Group of Seven leaders condemned the missile test on Sunday in a joint statement.\n\nThe leaders said "
               "the region could not afford another war, and urged restraint.", published_at="2025-06-17")
    ev = next(e for e in doc.events if e.trigger.startswith("urged"))
    assert ev.source_code == "IGOGOS"


def test_guard_the_leaders_after_other_leaders(pipe):
    """Guard: "Arab leaders" named last before "The leaders" keeps the anaphor unread (no EU source)."""
    doc = pipe("European Union leaders met in Brussels on Thursday. Arab leaders gathered in Cairo.\n\nThe leaders "
               "said the plan would fail and urged calm.", published_at="2025-06-17")
    ev = next(e for e in doc.events if e.trigger.startswith("urged"))
    assert ev.source_code != "IGOEUREEC"
