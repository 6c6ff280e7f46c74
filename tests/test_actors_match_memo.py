"""match_items memoises what a match makes (per lexicon): a memo hit gives the same items as the
first, unmemoised pass, also for skipped matches and lower-case English words (never memoised)."""
from marsad.actors.lexicon import get_lexicon
from marsad.actors.resolve import match_items

SENTENCES = [
    "وقال وزير الخارجية الروسي إن القوات الأميركية والجيش العراقي بحثا الوضع في بغداد وعمان",
    "اتهمت وزارة المالية المصرية الحكومة السورية والسوريين بتأخير الدفع عبر البحر الأحمر",
    "Russian officials and foreign troops met rice growers near the Iraqi border, the U.N. said",
]


def _fields(items):
    return [(it.i, it.j, it.type, it.conj, it.prefix, [id(e) for e in it.entries], it.alt, it.default,
             it.mention_ids) for it in items]


def test_memo_hits_equal_first_pass():
    lex = get_lexicon((), False, ())
    for s in SENTENCES:
        words = s.split()
        lex.memo.pop("items", None)
        first = match_items(lex, words)
        assert lex.memo["items"], "the memo is filled"
        again = match_items(lex, words)
        assert _fields(again) == _fields(first)
        assert all(a.entries is not b.entries for a, b in zip(again, first))   # fresh lists per item
    assert sum(len(match_items(lex, s.split())) for s in SENTENCES) >= 8
