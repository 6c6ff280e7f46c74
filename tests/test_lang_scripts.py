"""marsad.lang.scripts: the per-character script mask gives exactly the regex letter counts of the
clean and language stages."""
import random

from marsad.lang import scripts
from marsad.lang.scripts import AR_LETTER, AR_OTHER, LAT_ASCII, LAT_OTHER, script_mask
from marsad.stages.clean import _AR_RUN, _LAT_RUN, _script_counts
from marsad.stages.language import _ARABIC, _LATIN, _script_from_mask, script_of


def _runs(rx, s):
    return sum(map(len, rx.findall(s)))


def test_every_bmp_character_has_the_regex_class():
    text = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    m = script_mask(text)
    assert len(m) == len(text)
    for ch, v in zip(text, m):
        want = (AR_LETTER if _AR_RUN.fullmatch(ch) else AR_OTHER if _ARABIC.fullmatch(ch) else
                LAT_ASCII if _LAT_RUN.fullmatch(ch) else LAT_OTHER if _LATIN.fullmatch(ch) else 0)
        assert v == want, hex(ord(ch))


def test_span_counts_equal_the_stage_regexes():
    rnd = random.Random(7)
    pool = list("قال الوزير إن المحادثات ستستأنف، ١٢ ً ـ ") + list("Minister said ÉéÆ ") + ["\u06f5", "\ufb51", "\u0750"]
    text = "".join(rnd.choice(pool) for _ in range(3000))
    m = script_mask(text)
    for _ in range(200):
        a = rnd.randrange(len(text))
        b = min(len(text), a + rnd.randrange(1, 500))
        s = text[a:b]
        assert (m.count(AR_LETTER, a, b), m.count(LAT_ASCII, a, b)) == _script_counts(s)
        assert m.count(AR_LETTER, a, b) + m.count(AR_OTHER, a, b) == _runs(_ARABIC, s)
        assert m.count(LAT_ASCII, a, b) + m.count(LAT_OTHER, a, b) == _runs(_LATIN, s)
        got = _script_from_mask(m, a, b)
        if got is not None:
            assert got == script_of(s)


def test_astral_or_lone_surrogate_text_falls_back():
    assert script_mask("قال 😀 الوزير") is None
    assert script_mask("a\ud800b") is None


def test_last_text_is_kept():
    t = "قال الوزير " * 3
    m = script_mask(t)
    assert scripts._last[0] is t and script_mask(t) is m
