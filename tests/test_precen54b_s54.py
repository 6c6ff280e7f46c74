"""Session 54 (PRECEN54B): English verb rows read on another sense -- "found" (find, not establish: 060) and a
rule "allowing" something (its content, no yielding: 080).  Own invented sentences."""
from __future__ import annotations

import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _evs(pipe, text):
    return [(e.trigger, e.cameo) for e in pipe(text, published_at="2025-05-05").events]


def test_found_with_a_subject_pronoun_is_find(pipe):
    evs = _evs(pipe, "The independent ethics adviser found she had broken the ministerial code over a property deal.")
    assert not [e for e in evs if e[0] == "found"], evs


def test_found_to_have_is_find(pipe):
    evs = _evs(pipe, "The bar association demanded the prosecution of every soldier found to have fired on civilians.")
    assert not [e for e in evs if e[0] == "found"], evs


def test_be_found_is_the_passive_of_find(pipe):
    evs = _evs(pipe, "The interior minister vowed that all rioters would be found and punished.")
    assert not [e for e in evs if e[0] == "found"], evs


def test_an_order_allowing_is_its_content(pipe):
    evs = _evs(pipe, "The mayor imposed an emergency order allowing police to search anyone in the old town without suspicion.")
    assert not [e for e in evs if e[0] == "allowing"], evs


def test_guard_found_guilty_stays(pipe):
    """Guard: "found" with its verdict object keeps the court's act (116)."""
    evs = _evs(pipe, "A court in Nairobi found the former governor guilty of corruption on Monday.")
    assert [e for e in evs if e[0].startswith("found") and e[1] == "116"], evs


def test_a_state_of_affairs_allowing_is_its_content(pipe):
    evs = _evs(pipe, "The minister said the situation allowing refugees to return had not yet arrived.")
    assert not [e for e in evs if e[0] == "allowing"], evs


def test_guard_a_clause_allowing_stays(pipe):
    """Guard: a participle after a comma (the act's result) is not a rule's content."""
    evs = _evs(pipe, "Israel reopened the Kerem Shalom crossing on Sunday, allowing aid trucks to enter Gaza.")
    assert [e for e in evs if e[0] == "allowing"], evs
