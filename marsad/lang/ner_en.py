"""English entities for captions and English articles: capitalisation + dictionaries.

A run of capitalised words is split at role words (``President``, ``Minister``),
sentence openers, months and days (``marsad/data/ner/en_words.tsv``); inside each
piece the longest place names from ``en_gazetteer.tsv`` become GPE (countries,
cities) or LOC (regions); what is left is ORG when it contains an organisation cue
(``Ministry``, ``Agency``) or is a known organisation/acronym, LOC with a place cue
(``Residence``, ``Airport``), and PERS when it has two or more words.  Single unknown
capitalised words are left alone (too ambiguous).  In ALL-CAPS text only dictionary
names are tagged.
"""
from __future__ import annotations

from itertools import compress
from typing import Optional, Sequence

from ..resources import cached, data_path, read_tsv
from .memo import misses

_CONNECT = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "del", "van", "von", "der", "la", "le", "du"}
_MAXG = 4


class _EnLex:
    def __init__(self) -> None:
        self.words: dict[str, str] = {}
        self.gaz: dict[str, set] = {}
        self.run_memo: dict[tuple, Optional[list[str]]] = {}   # capitalised run -> its tags (tag_tokens)
        for row in read_tsv(data_path("ner", "en_words.tsv")):
            if row[0] != "word" and len(row) > 1:
                self.words[row[0]] = row[1]
        # the built gazetteer, then the hand-written additions (short / customary country names)
        for name in ("en_gazetteer.tsv", "en_gazetteer_manual.tsv"):
            p = data_path("ner", name)
            if p.exists():
                for row in read_tsv(p):
                    if row[0] != "phrase" and len(row) > 1:
                        self.gaz.setdefault(row[0], set()).update(row[1].split(","))


def lex() -> _EnLex:
    return cached("lang.ner_en.lex", _EnLex)


_CAPS: dict[str, bool] = {}   # word -> _is_cap(word) (memo of tag_tokens)


def _is_cap(w: str) -> bool:
    return len(w) > 0 and w[0].isupper() and w[0].isalpha()


def _place_type(cl: set) -> str:
    return "GPE" if cl & {"COUNTRY", "CITY"} else "LOC"


def tag_tokens(words: Sequence[str]) -> list[str]:
    L = lex()
    n = len(words)
    tags = ["O"] * n
    alpha = list(filter(str.isalpha, words))
    shouting = len(alpha) >= 2 and sum(map(str.isupper, alpha)) > 0.6 * len(alpha)

    if shouting:
        def mark(a: int, b: int, typ: str) -> None:
            tags[a] = "B-" + typ
            for k in range(a + 1, b):
                tags[k] = "I-" + typ

        i = 0
        while i < n:
            m, cl = _gaz_at(L, words, i, n)
            if m:
                mark(i, i + m, _place_type(cl))
                i += m
            else:
                i += 1
        return tags

    # Each capitalised run (with lower-case connectors inside: "bin", "al", "de") is tagged on its
    # own words alone (_tag_run): the tags of a run are memoised per lexicon (names recur)
    caps = list(map(_CAPS.get, words))       # (_is_cap of each word, memoised: words repeat)
    if None in caps:
        if len(_CAPS) > 300_000:
            _CAPS.clear()
        for k in misses(caps):
            caps[k] = _CAPS[words[k]] = _is_cap(words[k])
    memo = L.run_memo
    nxt = 0
    for i in compress(range(n), caps):
        if i < nxt:
            continue
        j = i + 1
        while j < n and (caps[j] or (words[j].lower() in _CONNECT and j + 1 < n and caps[j + 1])
                         or (words[j][:3].lower() in ("al-", "el-"))
                         or (words[j] in _NICK_QUOTES and j + 3 < n and caps[j + 1] and words[j + 2] in _NICK_QUOTES
                             and caps[j + 3])):
            # (a quoted nickname inside the name: "Jimmy "Barbecue" Cherizier"; session 41, gapen41)
            j += 3 if words[j] in _NICK_QUOTES else 1
        run = tuple(words[i:j])
        r = memo.get(run)
        if r is None:
            if len(memo) > _RUN_MEMO_MAX:
                memo.clear()
            r = memo[run] = _tag_run(run, L)
        if r:
            tags[i:j] = r
        nxt = j
    return tags


_RUN_MEMO_MAX = 100_000
_NICK_QUOTES = frozenset(('"', "'", "\u201c", "\u201d", "\u2018", "\u2019"))


def _gaz_at(L: _EnLex, words, i: int, limit: int) -> tuple[int, "set | None"]:
    for m in range(min(_MAXG, limit - i), 0, -1):
        cl = L.gaz.get(" ".join(w.lower() for w in words[i:i + m]))
        if cl:
            return m, cl
    return 0, None


def _tag_run(words: tuple, L: _EnLex) -> Optional[list[str]]:
    """Tags of one capitalised run (None: all O): split at role words / sentence openers / months,
    place names from the gazetteer, the rest classified (_classify)."""
    j = len(words)
    tags = ["O"] * j

    def mark(a: int, b: int, typ: str) -> None:
        tags[a] = "B-" + typ
        for k in range(a + 1, b):
            tags[k] = "I-" + typ

    # split the run at role words / sentence openers / months
    pieces: list[tuple[int, int]] = []
    titled: set[int] = set()      # pieces right after a role word ("President Mugabe")
    s = 0
    for k in range(0, j):
        cls = L.words.get(words[k].lower())
        if cls is None and k + 1 < j and L.words.get(words[k + 1].lower()) == "PORTFOLIO_HEAD" \
                and words[k].isalpha() and not words[k].isupper() and not _gaz_at(L, words, k, k + 1)[0]:
            cls = "TITLE"     # "Spanish Agriculture Minister Luis Ortega": the portfolio before its role word (s23 ENX)
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
        if a in titled and b - a >= 2 and (_given_name_place(words, a, b, L) or _surname_place(words, a, b, L)):
            mark(a, b, "PERS")    # "Judge Mary Wanjiru": a one-word city (Mary) first in a titled name;
            continue              # "Interior Minister Monica Palencia": a city last, the surname (session 31)
        k = a
        rest_start = a
        while k < b:
            m, cl = _gaz_at(L, words, k, b)
            if m:
                if k > rest_start:
                    _classify(words, rest_start, k, L, mark)
                mark(k, k + m, _place_type(cl))
                k += m
                rest_start = k
            else:
                k += 1
        if b > rest_start:
            if b - rest_start == 1 and rest_start == a and a in titled and L.words.get(words[a].lower()) is None \
                    and words[a].isalpha() and not words[a].isupper():
                mark(a, b, "PERS")    # a surname after a role word: "President Mugabe", "Minister Lavrov"
            else:
                _classify(words, rest_start, b, L, mark)
    return tags if tags.count("O") != j else None


def _given_name_place(words, a: int, b: int, L: _EnLex) -> bool:
    """words[a:b], right after a role word, open with a one-word place (a city that is also a given name: Mary,
    Florence, Victoria) followed by words that are no place and no dictionary word (the surname): a person."""
    m, cl = _gaz_at(L, words, a, b)
    if m != 1 or "COUNTRY" in cl:
        return False
    return all(L.words.get(w.lower()) is None and not L.gaz.get(w.lower()) and w.isalpha() for w in words[a + 1:b])


def _surname_place(words, a: int, b: int, L: _EnLex) -> bool:
    """words[a:b], right after a role word, are given names (no place, no dictionary word) and end with a one-word
    place that is no country (a city that is also a surname: Palencia, Lima, Sofia): a person (session 31)."""
    if b - a > 3:
        return False
    m, cl = _gaz_at(L, words, b - 1, b)
    if m != 1 or "COUNTRY" in cl:
        return False
    return all(L.words.get(w.lower()) is None and not L.gaz.get(w.lower()) and w.isalpha() for w in words[a:b - 1])


def _classify(words, a: int, b: int, L: _EnLex, mark) -> None:
    ws = [w.lower() for w in words[a:b]]
    classes = [L.words.get(w) for w in ws]
    if "ORG_CUE" in classes:
        k = a + len(classes) - 1 - classes[::-1].index("ORG_CUE")
        if k + 1 < b and b - (k + 1) >= 2 and L.words.get(ws[k + 1 - a]) is None:
            # "Arab League Ahmed Aboul Gheit": the organisation ends at its last cue word
            mark(a, k + 1, "ORG")
            _classify(words, k + 1, b, L, mark)
        else:
            mark(a, b, "ORG")
    elif b - a == 1 and classes[0] == "ORG":
        mark(a, b, "ORG")
    elif "LOC_CUE" in classes:
        mark(a, b, "LOC")
    elif b - a == 1 and words[a].isupper() and 2 <= len(words[a]) <= 6 and words[a].isalpha():
        mark(a, b, "ORG")
    elif b - a >= 2:
        mark(a, b, "PERS")
