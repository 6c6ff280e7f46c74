"""Session-11 speed paths of the actors layer give what the plain code gives: the bare Item that
match_items builds from its memo, the bare Resolution of combine's memo, and the surname tokens
picked in C by _surname_tokens."""
from dataclasses import fields

from marsad.actors import resolve
from marsad.actors.lexicon import get_lexicon
from marsad.actors.resolve import Item, Resolution, combine, match_items
from marsad.pipeline import Pipeline


def _plain(x) -> dict:
    return {f.name: getattr(x, f.name) for f in fields(x)}


def test_memoised_items_have_every_field_of_a_constructed_item():
    lex = get_lexicon()
    words = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو ترحب بالمبادرة المصرية".split()
    first = match_items(lex, words)          # (fills the memo)
    again = match_items(lex, words)          # (from the memo: bare instances)
    assert first and [_plain(x) for x in again] == [_plain(x) for x in first]
    for x in again:
        assert {f.name for f in fields(Item)} == set(Item.__slots__)
        made = Item(x.i, x.j, list(x.entries), x.type, x.conj, x.prefix, alt=x.alt, default=x.default)
        assert _plain(made) == _plain(x)
    ids = [x.mention_ids for x in again + first]
    assert all(m == [] for m in ids) and len({id(m) for m in ids}) == len(ids)   # fresh lists, none shared


def test_combine_memo_returns_a_full_fresh_resolution():
    # the memo's tuple must name every slot of Resolution (a new field would be left unset)
    assert len(Resolution.__slots__) == 10 and {f.name for f in fields(Resolution)} == set(Resolution.__slots__)
    lex = get_lexicon()
    items = match_items(lex, "نائب وزير الخارجية الروسي".split())
    resolve._COMBINE_MEMO.clear()
    a = combine(items)
    b = combine(items)                      # memo hit
    assert a is not None and a.code and _plain(a) == _plain(b) and a is not b
    b.code = "XXX"                          # callers change theirs: the memo is not touched
    assert combine(items).code == a.code


def test_surname_tokens_picks_the_tokens_the_plain_scan_picks():
    from marsad.actors.lexicon import word_keys
    from marsad.stages import actors as A
    text = ("استقبل وزير الخارجية المصري سامح شكري نظيره الأردني في القاهرة.\n\n"
            "وقال شكري إن المحادثات تناولت الأوضاع في غزة، وأضاف لشكري مساعده أن البلدين يتفقان. "
            "ورد شكري على الأسئلة.")
    doc = Pipeline()(text, published_at="2024-03-05")
    name = next(a for a in doc.actors if a.name_ar and "شكري" in a.name_ar)
    s0, e0 = name.spans[0]
    sp = A._Spec(("E", "x"), Resolution("EGYGOV", "EGY", "GOV", "person"), s0, e0, [], "person")
    table = {k: sp for k in word_keys("شكري")}
    long_keys = {k for k in table if len(k) >= 4}

    def inside(s, e):
        return s0 <= s and e <= e0

    # the plain scan (the code before session 11): every sentence not skipped, every token, in order
    want = []
    for sent in doc.sentences:
        if sent.segment_kind in A.SKIP_KINDS:
            continue
        for t in doc.tokens[sent.token_start:sent.token_end]:
            if long_keys.isdisjoint(word_keys(t.text)) or t.end - t.start < 3 or inside(t.start, t.end):
                continue
            if any(k in table and len(k) >= 4 for k in word_keys(t.text)):
                want.append((t.start, t.end, t.sentence))
    specs = [sp]
    A._surname_tokens(doc, specs, table, long_keys, inside)
    got = [(x.start, x.end, x.sentence) for x in specs[1:]]
    assert len(want) >= 3 and got == want    # (شكري twice, لشكري once, in three sentences)
