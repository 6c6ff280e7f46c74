"""The memoised / C-level fast paths of the English recogniser, the sentence splitter and the place
matcher against the plain algorithms they replace (kept here as references): the same output on
sentences written for the test, and a second call (memo warm) gives it again."""
from marsad.geo.match import _FIRST_RUN, _variants, get_matcher
from marsad.lang import ner_en, split
from marsad.lang.tokenize import tokenize

EN = [
    "President Emmerson Mnangagwa met Kenyan President William Ruto in Nairobi on Monday.",
    "Foreign Minister Sergei Lavrov told reporters in Moscow that talks with the United States would resume.",
    "The Ministry of Defence said al-Shabaab fighters attacked a base near Mogadishu, Somalia.",
    "Sheikh Mohamed bin Zayed and Crown Prince Mohammed bin Salman discussed the Gaza ceasefire.",
    "UNICEF and the World Health Organization warned of cholera in Port Sudan and Kuwait City.",
    "BREAKING: EGYPT AND ISRAEL AGREE ON RAFAH CROSSING",
    "In March, Minister Lavrov and Secretary Blinken spoke by phone; Lavrov said the U.S. was wrong.",
    "Hungarian and Romanian officials met the Arab League chief Ahmed Aboul Gheit at Cairo Airport.",
]


def reference_tag_tokens(words):
    """tag_tokens before the per-run memo (one pass over the sentence)."""
    L = ner_en.lex()
    n = len(words)
    tags = ["O"] * n
    alpha = [w for w in words if w.isalpha()]
    shouting = len(alpha) >= 2 and sum(1 for w in alpha if w.isupper()) > 0.6 * len(alpha)

    def mark(a, b, typ):
        tags[a] = "B-" + typ
        for k in range(a + 1, b):
            tags[k] = "I-" + typ

    def gaz_at(i, limit):
        for m in range(min(ner_en._MAXG, limit - i), 0, -1):
            cl = L.gaz.get(" ".join(w.lower() for w in words[i:i + m]))
            if cl:
                return m, cl
        return 0, None

    if shouting:
        i = 0
        while i < n:
            m, cl = gaz_at(i, n)
            if m:
                mark(i, i + m, ner_en._place_type(cl))
                i += m
            else:
                i += 1
        return tags
    i = 0
    while i < n:
        if not ner_en._is_cap(words[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (ner_en._is_cap(words[j]) or (words[j].lower() in ner_en._CONNECT and j + 1 < n
                                                        and ner_en._is_cap(words[j + 1]))
                         or (words[j][:3].lower() in ("al-", "el-"))):
            j += 1
        pieces, titled, s = [], set(), i
        for k in range(i, j):
            cls = L.words.get(words[k].lower())
            if cls is None and k + 1 < j and L.words.get(words[k + 1].lower()) == "PORTFOLIO_HEAD" \
                    and words[k].isalpha() and not words[k].isupper() and not gaz_at(k, k + 1)[0]:
                cls = "TITLE"   # the portfolio before "Minister" (session 23, ENX)
            elif cls == "PORTFOLIO_HEAD":
                cls = "TITLE"
            if cls in ("TITLE", "SKIP"):
                if k > s:
                    pieces.append((s, k))
                s = k + 1
                if cls == "TITLE":
                    titled.add(s)
                else:
                    titled.discard(s)
        if j > s:
            pieces.append((s, j))
        for a, b in pieces:
            k = rest = a
            while k < b:
                m, cl = gaz_at(k, b)
                if m:
                    if k > rest:
                        ner_en._classify(words, rest, k, L, mark)
                    mark(k, k + m, ner_en._place_type(cl))
                    k += m
                    rest = k
                else:
                    k += 1
            if b > rest:
                if b - rest == 1 and rest == a and a in titled and L.words.get(words[a].lower()) is None \
                        and words[a].isalpha() and not words[a].isupper():
                    mark(a, b, "PERS")
                else:
                    ner_en._classify(words, rest, b, L, mark)
        i = j
    return tags


def test_english_runs_memo_gives_the_plain_tags():
    tagged = 0
    for s in EN:
        words = [t.text for t in tokenize(s, 0, len(s), "en")]
        for ws in (words, [w.upper() for w in words], [w.lower() for w in words]):
            want = reference_tag_tokens(ws)
            assert ner_en.tag_tokens(ws) == want, ws
            assert ner_en.tag_tokens(ws) == want, ws        # memo warm
            tagged += sum(t != "O" for t in want)
    assert tagged >= 30


def reference_is_abbrev(text, a, dot):
    j = dot
    while j > a and (text[j - 1].isalnum() or text[j - 1] in "._"):
        j -= 1
    if j == dot:
        return False
    w = text[j:dot].rstrip(".")
    if not w:
        return False
    if len(w) == 1 and w.isalpha():
        # (session 46) a Latin capital after a lower-case word, before a space, ends its sentence ("on X. He")
        prev = text[a:j].split()[-1:] if text[a:j].endswith(" ") else []
        return not (w.isascii() and w.isupper() and text[dot + 1:dot + 2].isspace() and prev
                    and prev[0].isascii() and prev[0].isalpha() and prev[0].islower() and prev[0] != "by")
    return w.lower() in split._abbrevs()


def test_abbreviation_test_fast_path():
    texts = ["Mr. Smith met Gen. Ali", "the U.S. envoy", "قال د. محمد", "x\u00a0Dr. y", "a-b.c_d. e",
             "(Sept.) 12", "word .", ".", " J. K.", "وزير.الخارجية", "2023.05.01.", "«Mrs.»",
             "wrote on X. He", "by J. Smith", "Plan B. It", "George W. Bush"]
    n = 0
    for t in texts:
        for dot in [k for k, c in enumerate(t) if c == "."]:
            for a in range(0, dot + 1):
                assert split._is_abbrev(t, a, dot) == reference_is_abbrev(t, a, dot), (t, a, dot)
                n += 1
    assert n > 50


def test_place_variants_memo_matches_the_generator():
    m = get_matcher()
    text = "وفي بغداد وبالقاهرة وللرياض ولواشنطن وكالعاصمة فلبنان وَبغداد"
    toks = [(t.start, t.end, 0) for t in tokenize(text, 0, len(text), "ar")]
    nm, keys = m.keys(text, toks)
    checked = 0
    for (s, e, _), w0 in zip(toks, keys):
        if not w0 or w0[0] not in "وفبلك":
            continue
        want = []
        for w, off, pre in _variants(w0, s, nm):
            if w.isalnum():
                maxn = m.first.get(w)
            else:
                r = _FIRST_RUN.match(w)
                maxn = m.first.get(r.group()) if r else None
            if maxn:
                want.append((w, off - s, pre, maxn))
        for _ in range(2):
            got = m._vmemo.get(text[s:e]) or m._variants_of(w0, s, e, nm, text[s:e])
            assert list(got) == want, text[s:e]
        checked += bool(want)
    assert checked >= 4


def reference_normalize_with_map(s, base=0):
    from marsad.lang.normalize import _TABLE
    out, offs = [], []
    for i, ch in enumerate(s):
        r = _TABLE.get(ord(ch), ch)
        if r is None:
            continue
        for c in r.lower():
            out.append(c)
            offs.append(base + i)
    offs.append(base + len(s))
    return "".join(out), offs


def test_normalize_with_map_one_to_one_fast_path():
    from marsad.lang.normalize import normalize_with_map
    words = ["الوزير", "وبالعاصمة", "مُحَمَّد", "أإآىةؤئ", "ـــقال", "٢٠٢٣", "Moscow", "ΟΔΥΣΣΕΥΣ", "İstanbul",
             "a\u200fb", "", "x\u00a0y", "سَيُعقد"]
    for w in words:
        for base in (0, 11):
            assert normalize_with_map(w, base) == reference_normalize_with_map(w, base), w
