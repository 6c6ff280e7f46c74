"""parse._norm_words (the time recogniser's word-by-word, memoised normalisation of the windows
around a match) gives what it replaces, normalize(s).split(), also with marks, tatweel, zero-width
and bidi characters, no-break spaces, Arabic-Indic digits, Greek final sigma and lone marks."""
import importlib
import random

from marsad.lang.normalize import normalize

parse = importlib.import_module("marsad.timex.parse")

ALPHABET = (list("ابتةىأإآؤئيـًٌٍَُِّْٰ٠١٢٣") + ["\u200b", "\u200f", "\ufeff", "\u00ad", "\u00a0",
            "\u202f", "\u2009", " ", " ", "\t", "\n"] + list("ABCabcΣΑσ.,'«»14"))

CASES = ["قال الوزير يوم الأحد المقبل إنه سيزور القاهرة",
         "وفي ١٤ مارس/آذار الماضي ـ بحسب المصادر ـ",
         "since early ΣΑΣ Monday\u00a0next", "\u200b \u0651 ـ", "", "   "]


def test_norm_words_equals_normalize_split():
    rng = random.Random(7)
    texts = CASES + ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for _ in range(2):        # cold and warm memo
        for t in texts:
            assert parse._norm_words(t) == normalize(t).split(), repr(t)
    # the lone mark / tatweel words are dropped as the whole-string form drops them
    assert parse._norm_words("\u200b \u0651 ـ") == []
    assert parse._norm_words(CASES[1])[:2] == ["وفي", "14"]
