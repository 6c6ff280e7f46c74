"""Sentence splitter on sentences written for these tests."""
from marsad.lang.split import split_sentences


def sents(t, lang="ar"):
    return [t[a:b] for a, b in split_sentences(t, 0, len(t), lang)]


def test_arabic_basic_and_offsets():
    t = "  وصل الوفد إلى الرباط صباح الأحد. وقال المتحدث إن المحادثات ستستمر يومين؟ نعم!  "
    out = sents(t)
    assert out == ["وصل الوفد إلى الرباط صباح الأحد.", "وقال المتحدث إن المحادثات ستستمر يومين؟", "نعم!"]
    for a, b in split_sentences(t, 0, len(t), "ar"):
        assert not t[a].isspace() and not t[b - 1].isspace()


def test_arabic_comma_does_not_split_short_sentence():
    t = "اجتمع الوزيران في عمّان، وبحثا ملف المياه، ثم عقدا مؤتمرا صحفيا."
    assert len(sents(t)) == 1


def test_quotes_stay_with_sentence():
    t = 'وقال الوزير: "لن نقبل بهذا." وغادر القاعة بعد ذلك.'
    out = sents(t)
    assert out[0].endswith('"') and len(out) == 2


def test_newlines_split_and_span_limits():
    t = "عنوان الخبر\nالفقرة الأولى من النص. الجملة الثانية."
    assert sents(t) == ["عنوان الخبر", "الفقرة الأولى من النص.", "الجملة الثانية."]
    start = t.index("الفقرة")
    spans = split_sentences(t, start, len(t), "ar")
    assert spans[0][0] == start and spans[-1][1] == len(t)


def test_english_abbreviations():
    t = "Mr. Smith met U.S. officials in Geneva on Sept. 12. The talks lasted two hours."
    out = sents(t, "en")
    assert out == ["Mr. Smith met U.S. officials in Geneva on Sept. 12.", "The talks lasted two hours."]


def test_arabic_abbreviation_initial_and_decimal():
    t = "قال د. خالد إن النمو بلغ 3.5 في المئة هذا العام. وأضاف أن التضخم تراجع."
    assert len(sents(t)) == 2


def test_long_comma_chain_is_cut():
    clause = "وأكد المسؤول أن الحكومة ستواصل العمل على تحسين الخدمات في المحافظات الجنوبية"
    t = "، ".join([clause] * 8) + "."
    out = split_sentences(t, 0, len(t), "ar")
    assert len(out) > 1
    assert all(b - a <= 400 for a, b in out)
    # pieces cover the text in order without overlap
    assert all(out[i][1] <= out[i + 1][0] for i in range(len(out) - 1))


def test_unpunctuated_run_is_cut_into_bounded_pieces():
    # a page without any sentence punctuation (e.g. a flattened table or a scraped menu)
    from marsad.lang.split import HARD
    text = " ".join(["كلمة", "أخرى", "Word", "and", "more", "تقرير"] * 1200)
    spans = split_sentences(text, 0, len(text), "ar")
    assert len(spans) > 1
    assert all(b - a <= HARD for a, b in spans)
    # nothing is lost: pieces are in order, contiguous up to whitespace, and cover the text
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2 and text[b1:a2].strip() == ""
        assert text[a1] != " " and text[b1 - 1] != " "
