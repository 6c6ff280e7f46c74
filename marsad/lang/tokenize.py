"""Tokeniser with conservative Arabic clitic segmentation.

``tokenize(text, start, end, lang)`` returns :class:`marsad.model.Token` objects
for ``text[start:end]``: every orthographic word (Arabic letter run, Latin word,
number) and every punctuation mark is its own token, with offsets into ``text``.
``Token.start/end`` cover the whole word as written; ``stem_start/stem_end`` the
word without proclitics (و ف ب ل ك س and their combinations, e.g. وب، فل، وس)
and pronoun suffixes (ه ها هم هما هن كم كما نا).  The article ال stays in the
stem (``has_article``); in ``لل`` + noun the article's alef is restored in
``norm`` (``للعاصمة`` -> prefix ``ل``, norm ``العاصمه``).

Segmentation is deliberately conservative: a clitic is split off only when
what remains is a known name (``لواشنطن``), starts with the article
(``بالعاصمة``), or is a word seen more often on its own than with the clitic
(``وقال`` -> ``قال``; ``وزير`` stays whole).  Words and names that merely start
with a clitic letter (``واشنطن``، ``بريطانيا``، ``وليام``، ``فلسطين``) are in a
keep list.  All of it is data: ``marsad/data/ner/keep_names.tsv`` (built from
gazetteers and NER training data), ``keep_manual.tsv`` (hand-written function
words) and ``vocab.tsv`` (word counts), see ``marsad/data/ner/README.md``.
"""
from __future__ import annotations

import re

from ..model import Token
from ..resources import cached, data_path, read_tsv
from .normalize import normalize, normalize_with_map

_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
_AR_MARKS = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_LAT = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
# Every alternative starts with a plain character class (``X[X]*`` rather than ``X+``, ``X(?:X)+``
# rather than ``(?:X){2,}``: the same language), so the regex engine rejects an alternative by a
# first-character test without entering it (~15% faster scanning).
_TOKEN = re.compile(
    rf"[{_AR_LETTERS}][{_AR_LETTERS}]?[{_AR_LETTERS}]?\.[{_AR_LETTERS}][{_AR_LETTERS}]?[{_AR_LETTERS}]?"
    rf"(?:\.[{_AR_LETTERS}][{_AR_LETTERS}]?[{_AR_LETTERS}]?)+(?![{_AR_LETTERS}])"  # dotted abbreviation: سي.آي.إيه
    rf"|[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*"           # Arabic word (with diacritics, tatweel)
    rf"|[A-Za-z]\.(?:[A-Za-z]\.)+"                             # U.S. / U.N.
    rf"|[A-Z][A-Z]?[0-9][0-9]?(?![0-9A-Za-z])"                 # a name of capitals and digits: G7, G20, MH17
    rf"|[{_LAT}][{_LAT}]*(?:-[{_LAT}]+)*"                      # Latin word (hyphenated)
    rf"|['’][sS]\b"                                            # English possessive
    rf"|[{_DIGITS}][{_DIGITS}]*(?:[.,\u066b\u066c][{_DIGITS}]+)*"  # number
    rf"|\S"                                                    # any other single character
)

assert _TOKEN.groups == 0, "tokenize() uses findall: _TOKEN must have no capturing group"

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
# proclitic sequences, longest first
_PREFIXES = tuple(sorted({c + p for c in ("",) + _CONJ for p in ("",) + _PREP + ("س",)} - {""},
                         key=lambda x: -len(x)))
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه")

_MAX_CACHE = 200_000
_MARKS_STR = "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"


class _Lex:
    __slots__ = ("keep", "vocab", "short")

    def __init__(self) -> None:
        self.keep: set[str] = set()
        self.vocab: dict[str, int] = {}
        self.short: set[str] = set()
        for name in ("keep_names.tsv", "keep_manual.tsv"):
            p = data_path("ner", name)
            if not p.exists():
                continue
            for row in read_tsv(p):
                if row[0] == "word":
                    continue
                w = normalize(row[0])
                if len(row) > 1 and row[1] == "short_stem":
                    self.short.add(w)
                else:
                    self.keep.add(w)
        p = data_path("ner", "vocab.tsv")
        if p.exists():
            for row in read_tsv(p):
                if row[0] == "word" or len(row) < 2:
                    continue
                self.vocab[row[0]] = int(row[1])


def lexicon() -> _Lex:
    return cached("lang.tokenize.lex", _Lex)


class _AnalysisCache(dict):
    """word -> analyse() result.  Clearing it (the data builders and trainers do, after rebuilding
    the lexicon) also clears tokenize()'s per-word Token-field cache, which is derived from it."""
    __slots__ = ()

    def clear(self) -> None:
        super().clear()
        _tok_cache.clear()
        _piece_cache.clear()


_cache: dict[str, tuple] = _AnalysisCache()


def _evidence(w: str, vocab: dict) -> int:
    """How well attested ``w`` is on its own (also through its suffix-less base)."""
    c = vocab.get(w, 0)
    if c < 3:
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                base = w[:-len(suf)]
                c = max(c, vocab.get(base, 0), vocab.get(base[:-1] + "ه", 0) if base.endswith("ت") else 0)
                break
    return c


def _analyse_norm(n: str, lex: _Lex, tm: bool = False) -> tuple[int, int, str, bool]:
    """(prefix_len, stem_end, stem_norm, has_article) on the normalised word ``n``."""
    L = len(n)
    keep, vocab = lex.keep, lex.vocab
    plen, send, snorm = 0, L, n
    if L >= 3 and n not in keep:
        cn = vocab.get(n, 0)
        for p in _PREFIXES:
            if not n.startswith(p):
                continue
            rem = n[len(p):]
            lr = len(rem)
            if lr < 2:
                continue
            if p.endswith("س"):
                if lr >= 3 and rem[0] in "يتن" and vocab.get(rem, 0) >= max(2, cn):
                    plen, snorm = len(p), rem
                    break
                continue
            if rem in keep and cn <= 2 * max(vocab.get(rem, 0), 1):
                plen, snorm = len(p), rem
                break
            if rem.startswith("ال") and lr >= 4 and "س" not in p:
                plen, snorm = len(p), rem
                break
            if p.endswith("ل") and rem.startswith("ل") and lr >= 3:
                # لل + noun: the article's alef is not written
                plen, snorm = len(p), "ا" + rem
                break
            if lr >= 3 or (len(p) == 1 and rem in lex.short):
                cr = _evidence(rem, vocab)
                if p[-1] in "وف":      # conjunction only: the bare word must be well attested
                    ok = cr >= 3 and 10 * cr >= cn
                else:                  # preposition: stricter (كبير must stay whole)
                    ok = cr >= 3 and 2 * cr >= cn
                if ok:
                    plen, snorm = len(p), rem
                    break
    # pronoun suffixes
    s = snorm
    if s not in keep and len(s) >= 4:
        for suf in _SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 3 and not (tm and suf == "ه"):
                base = s[:-len(suf)]
                cands = (base[:-1] + "ه", base) if base.endswith("ت") else (base,)
                for c in cands:
                    if c in keep or vocab.get(c, 0) >= 3:
                        send = L - len(suf)
                        snorm = c
                        break
                if send != L:
                    break
    art = snorm.startswith("ال") and len(snorm) >= 4
    return plen, send, snorm, art


def analyse(word: str) -> tuple[int, int, str, bool]:
    """(prefix_end, stem_end, norm, has_article) for a raw word; offsets into ``word``."""
    r = _cache.get(word)
    if r is not None:
        return r
    lex = lexicon()
    n, offs = normalize_with_map(word)
    if not n or not ("\u0621" <= n[0] <= "\u064a"):
        r = (0, len(word), n, False)
    else:
        tm = word.rstrip(_MARKS_STR).endswith("ة")   # final ه from ta marbuta is no pronoun
        plen, send, snorm, art = _analyse_norm(n, lex, tm)
        r = (offs[plen], offs[send] if send < len(n) else len(word), snorm, art)
    if len(_cache) > _MAX_CACHE:
        _cache.clear()
    _cache[word] = r
    return r


def segment_word(word: str) -> tuple[str, str, str]:
    """Split a raw word into ``(prefix, stem, suffix)`` (concatenation == ``word``)."""
    a, b, _, _ = analyse(word)
    return word[:a], word[a:b], word[b:]


_tok_cache: dict[str, tuple] = {}   # word -> Token fields that depend on the word alone


def _token_fields(w: str) -> tuple:
    """(length, prefix_end, stem_end, norm, prefix, suffix, has_article) of a token's text."""
    c0 = w[0]
    if "\u0621" <= c0 <= "\u06ff" and not ("\u0660" <= c0 <= "\u0669" or "\u06f0" <= c0 <= "\u06f9"):
        a, b, norm, art = analyse(w)
        r = (len(w), a, b, norm, w[:a], w[b:], art)
    else:
        r = (len(w), 0, len(w), normalize(w), "", "", False)
    if len(_tok_cache) > _MAX_CACHE:
        _tok_cache.clear()
    _tok_cache[w] = r
    return r


_piece_cache: dict[str, tuple] = {}   # space-free piece -> its tokens' fields (see tokenize)
_MAX_PIECES = 100_000   # ~300 bytes an entry (measured on ANERcorp): at most ~30 MB, cleared when full


def _piece_tokens(piece: str) -> tuple:
    """``(offset, length, stem_start, stem_end, text, norm, prefix, suffix, has_article)`` of each
    token of a space-free piece of text, offsets into the piece (memoised)."""
    out = []
    pos = 0
    get = _tok_cache.get
    find = piece.find
    for w in _TOKEN.findall(piece):
        n, a, b, norm, pre, suf, art = get(w) or _token_fields(w)
        s = find(w, pos)
        pos = s + n
        out.append((s, n, a, b, w, norm, pre, suf, art))
    r = tuple(out)
    if len(_piece_cache) > _MAX_PIECES:
        _piece_cache.clear()
    _piece_cache[piece] = r
    return r


_new = object.__new__


def tokenize(text: str, start: int = 0, end: int | None = None, lang: str | None = "ar",
             *, sentence: int = 0, index0: int = 0) -> list[Token]:
    """Tokens of ``text[start:end]`` (offsets into ``text``)."""
    if end is None:
        end = len(text)
    out: list[Token] = []
    ap = out.append
    # The span is cut at every space (str.split(" ")) and each piece's tokens come from a memo: no
    # token holds a space (_TOKEN's alternatives match none) and no alternative looks past one (the
    # ``\b`` of 's sees a boundary either way), so _TOKEN.findall over a piece alone finds exactly the
    # tokens it finds there in the span.  Pieces repeat (words, and words with their punctuation): one
    # dict hit per piece instead of the regex, a look-up and str.find per token.  Cut at single
    # spaces, a piece starts one character after the previous one ends.
    get = _piece_cache.get
    i = index0
    pos = start
    for piece in text[start:end].split(" "):
        toks = get(piece)
        if toks is None:
            toks = _piece_tokens(piece)
        for off, n, a, b, w, norm, pre, suf, art in toks:
            # Token(s, s + n, w, norm, s + a, s + b, pre, suf, art, i, sentence) as a bare instance with its
            # slots stored here: no argument tuple, no __init__ frame (0.2 instead of 0.3 us a token)
            s = pos + off
            t = _new(Token)
            t.start = s
            t.end = s + n
            t.text = w
            t.norm = norm
            t.stem_start = s + a
            t.stem_end = s + b
            t.prefix = pre
            t.suffix = suf
            t.has_article = art
            t.index = i
            t.sentence = sentence
            ap(t)
            i += 1
        pos += len(piece) + 1
    return out
