"""Sentence splitter for news prose (Arabic and English).

``split_sentences(text, start, end, lang)`` returns ``(start, end)`` offsets into
``text`` (trimmed of surrounding whitespace).  Rules:

* a sentence ends at ``. ! ? ؟ …`` (plus any closing quotes/brackets) followed by
  whitespace or the end of the span, and at every line break;
* no break after an abbreviation (``Mr.``, ``U.S.``, ``Sept.``, Arabic ``د.``),
  a single initial (``J.``), or when the next word starts in lower case (English);
* a very long sentence (more than ``LONG`` characters, typical of Arabic comma
  chains) is cut after ``؛`` or at ``،``/``,`` followed by a clause-opening
  ``و…`` word, never leaving a piece shorter than ``MIN_PIECE`` characters;
* a piece still longer than ``HARD`` characters (a page without punctuation, a table
  flattened into text) is cut at the last comma, or else the last space, before
  ``HARD``: the structure rules look at word pairs within a sentence, so one
  unbounded "sentence" would cost quadratic time and yield no trustworthy event.

The abbreviation list lives in ``marsad/data/ner/abbreviations.tsv``.
"""
from __future__ import annotations

import re

from ..resources import cached, data_path, read_tsv

LONG = 400
MIN_PIECE = 80
HARD = 1500

# The same matches as ``[.!?؟…]+[quotes]*(?=\s|$)|\n``, written to start with one character class
# so that the regex engine jumps between candidate characters by its fast first-character scan
# instead of trying the pattern at every position (the scan is ~3x faster).
_END = re.compile(r"[.!?؟…\n](?:(?<=\n)|(?<=[.!?؟…])[.!?؟…]*[\"'»”’)\]]*(?=\s|$))")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_RUN = re.compile(r"[\w.]*")      # characters c with c.isalnum() or c in "._" (\w: str.isalnum() and _)
_LONG_CUT = re.compile(r"؛|[،,](?=\s+و\w\w)")


def _abbrevs() -> frozenset:
    def load():
        out = set()
        for row in read_tsv(data_path("ner", "abbreviations.tsv")):
            if row[0] == "abbrev":
                continue
            out.add(row[0].lower().rstrip("."))
        return frozenset(out)
    return cached("lang.abbrevs", load)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_abbrev(text: str, a: int, dot: int) -> bool:
    # the run of word characters and dots right before the dot (what ``_WORD_BEFORE`` finds),
    # scanned backwards: a regex search from ``a`` would retry at every position of the sentence
    # (usually the run is the whole word after the last space: one rfind and one C-level test)
    k = text.rfind(" ", a, dot)
    j = k + 1 if k >= 0 else a
    if _RUN.fullmatch(text, j, dot) is None:
        j = dot
        while j > a and (text[j - 1].isalnum() or text[j - 1] in "._"):
            j -= 1
    if j == dot:
        return False
    w = text[j:dot].rstrip(".")
    if not w:
        return False
    if len(w) == 1 and w.isalpha():          # initials: "J." / Arabic "د."
        # (session 46 GAPEN46) a Latin capital after a lower-case word is a name or a label ending its sentence, not
        # an initial: "he wrote on X. He urged …", "Plan B. The …" ("George W. Bush": a name's word before it)
        if w.isascii() and w.isupper() and k > a and j == k + 1 and text[dot + 1:dot + 2].isspace():
            prev = text[max(text.rfind(" ", a, k) + 1, a):k]
            return not (prev.isascii() and prev.isalpha() and prev.islower() and prev != "by")   # ("by J. Smith")
        return True
    return w.lower() in _abbrevs()


def _emit(text: str, a: int, b: int, out: list) -> None:
    while b - a > HARD:
        window = text[a:a + HARD]
        k = max(window.rfind("،"), window.rfind(","), window.rfind("؛"))
        if k < MIN_PIECE:
            k = window.rfind(" ")
        cut = a + k + 1 if k >= MIN_PIECE else a + HARD
        x, y = _trim(text, a, cut)
        if y > x:
            out.append((x, y))
        a, b = _trim(text, cut, b)
    if b > a:
        out.append((a, b))


def _cut_long(text: str, a: int, b: int, out: list) -> None:
    if b - a <= LONG:
        out.append((a, b))
        return
    s = a
    for m in _LONG_CUT.finditer(text, a, b):
        cut = m.end()
        if cut - s >= MIN_PIECE and b - cut >= MIN_PIECE:
            x, y = _trim(text, s, cut)
            if y > x:
                _emit(text, x, y, out)
            s = cut
    x, y = _trim(text, s, b)
    if y > x:
        _emit(text, x, y, out)


def split_sentences(text: str, start: int = 0, end: int | None = None, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (offsets into ``text``)."""
    if end is None:
        end = len(text)
    out: list[tuple[int, int]] = []
    s = start
    for m in _END.finditer(text, start, end):
        e = m.end()
        if m.group() != "\n":
            g = m.group()
            if g[0] == "." and len(g.rstrip("\"'»”’)]")) == 1:
                if _is_abbrev(text, s, m.start()):
                    continue
                # English: next word in lower case -> not a sentence end
                j = e
                while j < end and text[j].isspace() and text[j] != "\n":
                    j += 1
                if j < end and text[j].islower():
                    continue
        a, b = _trim(text, s, e)
        if b > a:
            _cut_long(text, a, b, out)
        s = e
    a, b = _trim(text, s, end)
    if b > a:
        _cut_long(text, a, b, out)
    return out
