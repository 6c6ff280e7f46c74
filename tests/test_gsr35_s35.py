"""Session 35, gsr35 (issue #7, the Arabic GSR dev data): our own sentences.

1. A VSO fire verb whose object follows a fronted adverbial, a long subject and a comma (`coding/fronted.py`,
   session 16 DET2): the time word فجر (also the verb "detonated") and a verb inside the subject that carries a
   pronoun back to it ("طائرة … يقودها / وتوجهها …") no longer end the subject as a clause of their own.
"""
import pytest

from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-06-12"):
    doc = _P(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def _codes(text):
    return [e[0] for e in _events(text)]


# --- 1. the fronted adverbial's subject: a time word that is also a verb form; a describing verb with a pronoun back
@pytest.mark.parametrize("text", [
    "أطلقت فجر اليوم مروحية عسكرية من طراز أباتشي، صواريخ على مستودع قرب الميناء.",
    "أطلقت بعد منتصف الليل طائرة مسيرة تقودها «الاستخبارات»، صواريخ على مزرعة في قرية حدودية.",
    "أطلقت مساء أمس طائرة حربية من طراز إف 16 ويوجهها طيار أجنبي، قذائف على شاحنة في الطريق الساحلي.",
])
def test_fire_verb_object_after_a_long_subject(text):
    assert "195" in _codes(text), _events(text)


@pytest.mark.parametrize("text", [
    # a verb with no pronoun back to the subject opens a clause of its own: the comma still ends the object search
    "أطلقت بعد منتصف الليل الحكومة برنامجا جديدا وأعلنت خطة للإصلاح، صواريخ الحوار لا تكفي.",
    # a verb right after the adverbial, before any subject word, is no describing clause
    "أطلقت بعد الظهر وجهتها الحكومة نحو الشمال، صواريخ قديمة.",
])
def test_fire_verb_comma_still_ends_the_clause(text):
    assert "195" not in _codes(text), _events(text)
