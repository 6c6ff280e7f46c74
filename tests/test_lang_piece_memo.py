"""The per-piece memo paths (tokenize, the time recogniser's trigger search) against the whole-text
regex scans they replace: the same tokens and trigger hits, also with odd white space (several
spaces, tabs, line breaks, no-break spaces, leading/trailing blanks), diacritics and clitics."""
from marsad.lang import tokenize as tokmod
from marsad.model import Token
from marsad.timex import lexicon as tlex
from marsad.timex.parse import _trigger_hits, normalize

TEXTS = [
    "قال وزير الخارجية يوم الأحد إن المحادثات ستُستأنف في 14 نوفمبر/تشرين الثاني 2022.",
    "  وأضاف  المتحدث،\tفي بيان صدر مساءَ الاثنينِ ،  أن الوفد غادر\n\nإلى القاهرة  ",
    "\u00a0الأربعاء 3\u2003مايو/أيار ٢٠٢١ وبالأمس والسبت الماضي",
    "The talks resumed on  Monday, Sept. 12,\tin Geneva;  the U.S. envoy's team left  last week.",
    "In  May\n2020,the  year of the pandemic ... (AFP)  '90s  1990s",
    "",
    "   ",
    "خلال الأسابيع الثلاثة الماضية، منذ مطلع العام، و14 يناير/كانون الثاني",
]


def reference_tokens(text, start, end, sentence=0, index0=0):
    """What tokenize() returned before the piece memo: _TOKEN over the whole span."""
    out = []
    for i, m in enumerate(tokmod._TOKEN.finditer(text, start, end)):
        w = m.group()
        n, a, b, norm, pre, suf, art = tokmod._token_fields(w)
        s = m.start()
        out.append(Token(s, s + n, w, norm, s + a, s + b, pre, suf, art, index0 + i, sentence))
    return out


def test_tokenize_equals_whole_span_scan():
    for text in TEXTS:
        for start, end in ((0, len(text)), (1, max(1, len(text) - 2)), (3, len(text))):
            if start > end:
                continue
            got = tokmod.tokenize(text, start, end, "ar", sentence=2, index0=5)
            assert got == reference_tokens(text, start, end, sentence=2, index0=5), (text, start, end)
            assert all(text[t.start:t.end] == t.text for t in got)
    # the memo is really used (a second call gives the same tokens) and cleared with the analyses
    text = TEXTS[0]
    assert tokmod.tokenize(text) == tokmod.tokenize(text)
    assert tokmod._piece_cache
    tokmod._cache.clear()
    assert not tokmod._piece_cache
    assert tokmod.tokenize(text) == reference_tokens(text, 0, len(text))


def reference_hits(norm, L):
    out = []
    for m in L.trigger_re.finditer(norm):
        if m.group("d") is not None:
            out.append((m.start("d"), None))
        else:
            classes = L.trigger.get(normalize(m.group("w")))
            if classes:
                out.append((m.start("w"), classes))
    return out


def test_trigger_hits_equal_whole_text_scan():
    L = tlex.lexicon()
    total = 0
    for text in TEXTS + [" ".join(TEXTS), "\n".join(TEXTS)]:
        for _ in range(2):                     # cold and warm memo
            got = _trigger_hits(text, L, {})
            assert got == reference_hits(text, L), text
        total += len(got)
    assert total >= 20      # the texts do have triggers: not a comparison of two empty lists
