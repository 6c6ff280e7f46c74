"""Round 7 of news sentences: crowd nouns (الحشود، الجموع، الجماهير) are civilian groups like
المتظاهرون; Gaza / West Bank / Lebanon sentences.  Written for these tests in the style of agency copy."""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, PipelineConfig, STAGES

DATE = "2025-06-01"
_STAGES = {k: STAGES[k] for k in ("clean", "language", "sentences", "mentions", "actors")}


def run(text: str, date: str = DATE):
    return Pipeline(PipelineConfig(), stages=_STAGES)(text, published_at=date)


def codes(text: str) -> list:
    doc = run(text)
    return [(doc.text[s:e], a.code) for a in doc.actors for s, e in a.spans]


CROWDS = [
    ("احتشدت الجموع أمام مقر الحكومة مطالبة بالإفراج عن المعتقلين.", "الجموع", "CVL"),
    ("رددت الجموع الغاضبة هتافات ضد الفساد في الساحة الرئيسية.", "الجموع", "CVL"),
    ("تظاهرت حشود غفيرة في شوارع المدينة رفضا لقرار رفع الأسعار.", "حشود", "CVL"),
    ("خرجت الجماهير إلى الميادين احتفالا بعودة المعتقلين.", "الجماهير", "CVL"),
    ("جابت جموع المحتجين شوارع العاصمة حاملة الأعلام.", "جموع المحتجين", "CVL"),
]


@pytest.mark.parametrize("text,phrase,code", CROWDS)
def test_crowd_noun_is_civilian_group(text, phrase, code):
    assert (phrase, code) in codes(text)
