"""English news sentences written for these tests (session 10, EN3): the domestic fill across clauses,
"as" clauses with a lowercase subject, coordinated relative clauses, names carried from earlier in an
article.  None of them comes from ../shared."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text", [
    "The army shelled the town as rebels attacked a checkpoint.",
    "Police fired tear gas as the protesters marched on parliament.",
])
def test_as_before_a_lowercase_subject_and_verb_opens_a_clause(text):
    doc = full(text)
    first = min(doc.events, key=lambda e: e.trigger_start)
    assert first.target_code in (None, ""), dump(doc)
    assert len(doc.events) >= 2, dump(doc)


def test_as_after_a_verb_before_a_plural_noun_and_no_verb_stays_a_preposition():
    doc = full("The opposition condemned the arrests of journalists as attacks on the press.")
    assert any(e.root == "11" and (e.target_code or "").endswith("MED") for e in doc.events), dump(doc)
