"""Arabic normalisation for matching.

The original text is never changed: these functions produce a *matching form*
(and, with :func:`normalize_with_map`, a map from each output character back to
its offset in the input) so that lexicon hits can be projected onto the
original text.

Folding applied (the usual choices of Arabic IR, cf. Larkey et al.):
hamza-carrying alefs (أ إ آ ٱ) -> ا, alef maqsura ى -> ي, ta marbuta ة -> ه,
hamza on waw/ya (ؤ ئ) -> و ي, tatweel and diacritics (harakat, shadda, sukun,
superscript alef) removed, zero-width and bidi marks removed, Arabic-Indic and
Persian digits -> ASCII, Persian letters (ک ی گ) -> Arabic, NBSP -> space.
Latin letters are lower-cased.
"""
from __future__ import annotations

_DROP = set(
    "\u0640"  # tatweel
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0670"  # superscript alef
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
    "\u00ad"  # soft hyphen
)
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ي": "ي", "گ": "ك", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)

_TABLE = {ord(c): None for c in _DROP}
_TABLE.update({ord(k): v for k, v in _MAP.items()})


# every key of the table is a non-ASCII character: an ASCII string only needs lower-casing
_ASCII_SAFE = all(k > 127 for k in _TABLE)
# (session 33, SPD33) the matching forms of short strings, memoised: the coding rules normalise the same words
# article after article (~280 calls an article), and a dict-table str.translate costs ~40 ns a character (~1.1 us a
# word) against ~0.1 us for the look-up.  A pure function of the string; bounded like the lexicons' memos
_MEMO: dict = {}
_MEMO_LEN, _MEMO_MAX = 40, 200_000


def normalize(s: str) -> str:
    """Matching form of ``s`` (see module doc).  Fast: one ``str.translate`` (memoised for short strings)."""
    got = _MEMO.get(s)
    if got is not None:
        return got
    got = s.lower() if _ASCII_SAFE and s.isascii() else s.translate(_TABLE).lower()
    if len(s) <= _MEMO_LEN and len(_MEMO) < _MEMO_MAX:
        _MEMO[s] = got
    return got


def without_article(n: str) -> str:
    """A normalised Arabic stem without the article ال (the form the coding data files list: "الامواج" -> امواج);
    short words (ال + one or two letters) are kept whole."""
    return n[2:] if n.startswith("ال") and len(n) > 3 else n


# every table entry deletes a character or maps it to one character
_ONE_TO_ONE = all(v is None or len(v) == 1 for v in _TABLE.values())


def normalize_with_map(s: str, base: int = 0) -> tuple[str, list[int]]:
    """Matching form plus ``offsets``: ``offsets[i]`` is the input offset (+ ``base``)
    of output character ``i``; ``offsets[len(out)]`` is the end offset."""
    if _ONE_TO_ONE:
        t = s.translate(_TABLE)
        if len(t) == len(s) and t.lower() == t:
            # nothing deleted and nothing to lower-case (the usual Arabic word): the characters map one
            # to one, so the per-character loop below would give ``t`` and consecutive offsets
            return t, list(range(base, base + len(s) + 1))
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(s):
        r = _TABLE.get(ord(ch), ch)
        if r is None:
            continue
        r = r.lower()
        for c in r:
            out.append(c)
            offs.append(base + i)
    offs.append(base + len(s))
    return "".join(out), offs


def is_arabic_char(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"
