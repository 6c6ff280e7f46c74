"""Tokeniser: offsets, clitics, names that must stay whole, the seed's tricky spots (own sentences)."""
import pytest

from marsad.lang.tokenize import segment_word, tokenize


def toks(t, lang="ar"):
    return tokenize(t, 0, len(t), lang)


@pytest.mark.parametrize("word,prefix,stem,suffix", [
    ("وقال", "و", "قال", ""),
    ("بالعاصمة", "ب", "العاصمة", ""),
    ("لواشنطن", "ل", "واشنطن", ""),
    ("وواشنطن", "و", "واشنطن", ""),
    ("وبالتالي", "وب", "التالي", ""),
    ("والولايات", "و", "الولايات", ""),
    ("بلاده", "", "بلاد", "ه"),
    ("وحكومته", "و", "حكومت", "ه"),
])
def test_clitics_split(word, prefix, stem, suffix):
    assert segment_word(word) == (prefix, stem, suffix)


@pytest.mark.parametrize("word", [
    "واشنطن", "وليام", "فلسطين", "فرنسا", "بريطانيا", "بغداد", "بيروت", "لبنان", "ليبيا", "كابول",
    "وزير", "وزارة", "كبير", "كما", "المركزية", "بن", "سوريا",
])
def test_names_and_words_stay_whole(word):
    assert segment_word(word) == ("", word, "")


def test_lam_lam_article_restored():
    t = toks("سافر الوفد للعاصمة")[-1]
    assert t.prefix == "ل" and t.has_article and t.norm == "العاصمه"
    t = toks("زيارة للبنان")[-1]
    assert t.norm == "لبنان" and not t.has_article


def test_offsets_and_fields():
    text = "وقال مسؤولون بالعاصمة لواشنطن إن الاجتماع انتهى."
    ts = toks(text)
    for t in ts:
        assert text[t.start:t.end] == t.text
        assert t.start <= t.stem_start < t.stem_end <= t.end
        assert text[t.start:t.stem_start] == t.prefix and text[t.stem_end:t.end] == t.suffix
    w = {t.text: t for t in ts}
    assert w["وقال"].norm == "قال"
    assert w["بالعاصمة"].has_article and w["بالعاصمة"].norm == "العاصمه"
    assert w["لواشنطن"].norm == "واشنطن"
    assert [t.index for t in ts] == list(range(len(ts)))
    assert ts[-1].text == "."


def test_date_with_slash_and_numbers():
    text = "التقى الوفدان يوم 14 نوفمبر/تشرين الثاني 2022 في الدوحة"
    words = [t.text for t in toks(text)]
    assert words[3:8] == ["14", "نوفمبر", "/", "تشرين", "الثاني"]
    assert "2022" in words


def test_latin_in_arabic_and_cia():
    text = 'زار مدير وكالة "سي آي إيه" (CIA) العاصمة المصرية.'
    words = [t.text for t in toks(text)]
    i = words.index("(")
    assert words[i:i + 3] == ["(", "CIA", ")"]
    assert words[words.index("سي"):words.index("سي") + 3] == ["سي", "آي", "إيه"]
    cia = [t for t in toks(text) if t.text == "CIA"][0]
    assert cia.norm == "cia"


def test_names_with_bin_al_abu():
    text = "استقبل الأمير محمد بن سلمان الشيخ تميم بن حمد آل ثاني وأبو مازن"
    words = [t.text for t in toks(text)]
    for w in ("بن", "آل", "ثاني", "سلمان", "حمد"):
        assert w in words
    t = [t for t in toks(text) if t.text == "وأبو"][0]
    assert t.prefix == "و" and t.norm == "ابو"


def test_diacritics_and_tatweel_keep_offsets():
    text = "وَقَالَ المُتَحَدِّثُ بِاسْمِ الحكومـــة"
    ts = toks(text)
    assert ts[0].prefix == "وَ" and ts[0].norm == "قال"
    assert ts[-1].norm == "الحكومه"
    for t in ts:
        assert text[t.start:t.end] == t.text


def test_english_tokens():
    text = "The President's envoy met U.S. officials, 3.5 hours later."
    words = [t.text for t in toks(text, "en")]
    assert words == ["The", "President", "'s", "envoy", "met", "U.S.", "officials", ",", "3.5", "hours", "later", "."]
    assert all(t.prefix == "" and t.suffix == "" for t in toks(text, "en"))


def test_arabic_indic_digits_norm():
    t = toks("في عام ٢٠٢٢")[-1]
    assert t.text == "٢٠٢٢" and t.norm == "2022"
