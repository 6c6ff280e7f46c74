"""Session 16, lead (own sentences): طالب with و / ف inside a clause.

"… لن تقبل ذلك وطالب باريس بالتراجع": the coordinated verb "demanded" was read as the noun "student" (FRAEDU) because
the homograph rule looked only at clause starts (sentence start, comma, clause opener); the demand was lost.  Inside a
clause, و / ف + طالب before a named country, capital or organisation is now the verb; before anything else it keeps
the clause-start rules ("وطالب جزائري", "وطالب الطب" stay students).  (The masculine verb before a city: a city takes
a feminine verb, so "وطالب باريس" has Paris as object; "وطالبت باريس" is Paris demanding, read as VSO already.)
"""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline

PUB = "2026-11-20"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _doc(pipe, text):
    return pipe(text, published_at=PUB)


@pytest.mark.parametrize("text, target", [
    ("وأكد المتحدث أن الجزائر لن تقبل ذلك وطالب باريس بالتراجع عنه.", "FRA"),
    ("وأعرب الوزير عن قلقه من التصعيد وطالب واشنطن بوقف تسليح الطرفين.", "USA"),
])
def test_coordinated_demand_before_a_named_country(pipe, text, target):
    doc = _doc(pipe, text)
    demands = [e for e in doc.events if e.cameo.startswith("10")]
    assert demands and demands[0].target_code and demands[0].target_code.startswith(target), doc.events
    assert not any((a.code or "").endswith("EDU") for a in doc.actors), [a.code for a in doc.actors]


@pytest.mark.parametrize("text", [
    "وحضر اللقاء عدد من الأساتذة وطالب جزائري يدرس في باريس.",
    "وشارك في الندوة باحثون وطالب الطب أحمد علي.",
])
def test_student_inside_a_clause_stays_a_student(pipe, text):
    doc = _doc(pipe, text)
    assert not [e for e in doc.events if e.cameo.startswith("10")], doc.events
