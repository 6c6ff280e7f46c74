"""Normaliser: folding rules and the offset map back to the original text."""
from marsad.lang.normalize import normalize, normalize_with_map


def test_folding():
    assert normalize("أحمد إلى آخر") == "احمد الي اخر"
    assert normalize("مدرسة") == "مدرسه"
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("مؤتمر رئيس") == "موتمر رييس"
    assert normalize("عـــاجل") == "عاجل"
    assert normalize("مُحَمَّدٌ") == "محمد"
    assert normalize("٢٠٢٢ و۱۴") == "2022 و14"
    assert normalize("CIA") == "cia"


def test_map_round_trip():
    s = "قَالَ الرّئيسُ عـــاجل: ٢٠٢٢ (CIA)"
    out, offs = normalize_with_map(s)
    assert len(offs) == len(out) + 1
    assert offs[-1] == len(s)
    # every output character comes from the original character at its offset
    for i, c in enumerate(out):
        assert normalize(s[offs[i]]) == c
    # offsets increase, so a span in the normalised string maps back to a span in the original
    assert offs == sorted(offs)
    j = out.index("الرييس")
    a, b = offs[j], offs[j + len("الرييس")]
    assert normalize(s[a:b]).strip() == "الرييس"


def test_map_with_base():
    s = "xx مُدير"
    out, offs = normalize_with_map(s[3:], base=3)
    assert out == "مدير"
    assert s[offs[0]] == "م" and offs[-1] == len(s)
