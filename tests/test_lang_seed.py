"""The language layer on the seed article (needs ../shared): sentences, tokens and mentions."""
import pytest

from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def seed_lang_doc(seed_text):
    p = Pipeline(disable=["actors", "time", "places", "quotes", "events"])
    return p(seed_text)


def test_seed_tokens_and_sentences(seed_lang_doc):
    d = seed_lang_doc
    assert d.sentences and d.tokens
    for s in d.sentences:
        assert d.text[s.start:s.end].strip() == d.text[s.start:s.end]
        assert s.segment_kind not in ("ad", "photo_credit")
    words = [t.text for t in d.tokens]
    i = words.index("نوفمبر")
    assert words[i - 1] == "14" and words[i + 1] == "/" and words[i + 2] == "تشرين"
    j = words.index("CIA")
    assert words[j - 1] == "(" and words[j + 1] == ")"
    wash = [t for t in d.tokens if t.text == "وواشنطن"]
    assert wash and all(t.norm == "واشنطن" and t.prefix == "و" for t in wash)


def test_seed_mentions(seed_lang_doc):
    d = seed_lang_doc
    got = {(m.text, m.type) for m in d.mentions}
    for e in [("Sergei Ryabkov", "PERS"), ("Pavel Kuznetsov", "PERS"), ("Sauli Niinisto", "PERS"),
              ("Helsinki", "GPE"), ("Finland", "GPE"), ("سيرغي ريابكوف", "PERS"), ("موسكو", "GPE"),
              ("واشنطن", "GPE"), ("أنقرة", "GPE")]:
        assert e in got, e
    assert not any(t in ("September", "إعلان") for t, _ in got)
