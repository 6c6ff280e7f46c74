"""Letter counts by script over many spans of one text, in C.

The clean and language stages count the Arabic and Latin letters of every line / segment (the first
few hundred characters of each).  A regex ``findall`` per span and a sum of the run lengths costs a
few microseconds a span; here the whole text is classified once and each span's count is one
``bytes.count``.

:func:`script_mask` gives one byte per character of ``text``: 0 (none of the classes below), or

* ``AR_LETTER`` (2): an Arabic letter as the clean stage counts them (U+0621-063A, 0641-064A,
  0671-06D3, 06FA-06FF);
* ``AR_OTHER`` (1): any other character of the language stage's Arabic blocks (U+0600-06FF,
  0750-077F, FB50-FDFF, FE70-FEFC: marks, tatweel, Arabic digits and punctuation, presentation forms);
* ``LAT_ASCII`` (3): A-Z, a-z;
* ``LAT_OTHER`` (4): U+00C0-024F (the language stage's Latin letters beyond ASCII).

So the clean stage's (Arabic, Latin) counts of ``text[a:b]`` are ``mask.count(2, a, b)`` and
``mask.count(3, a, b)``; the language stage's are ``count(1) + count(2)`` and ``count(3) + count(4)``
(exactly ``sum(map(len, RE.findall(text[a:b])))`` of each stage's regexes: a sum of run lengths is
the number of the class's characters).

How: the text encoded as UTF-16 gives each character one 16-bit unit, and a 64K-entry table
(numpy ``take``) gives its class: ~10 µs for a 2,500-character article.  A text with characters
beyond the BMP (surrogate pairs) or lone surrogates has no one-unit-per-character encoding:
:func:`script_mask` returns None and the callers count with their regexes.  The mask of the last text
is kept (the clean and language stages ask for the same document text in turn).
"""
from __future__ import annotations

from typing import Optional

import numpy as np

AR_OTHER, AR_LETTER, LAT_ASCII, LAT_OTHER = 1, 2, 3, 4

# (class, inclusive code point ranges); later rows overwrite earlier ones
_RANGES = (
    (AR_OTHER, [(0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC)]),
    (AR_LETTER, [(0x0621, 0x063A), (0x0641, 0x064A), (0x0671, 0x06D3), (0x06FA, 0x06FF)]),
    (LAT_ASCII, [(0x41, 0x5A), (0x61, 0x7A)]),
    (LAT_OTHER, [(0x00C0, 0x024F)]),
)


def _lut() -> np.ndarray:
    t = np.zeros(0x10000, dtype=np.uint8)
    for value, ranges in _RANGES:
        for a, b in ranges:
            t[a:b + 1] = value
    return t


_LUT = _lut()
_last: list = [None, None]   # [text, mask] of the last call


def script_mask(text: str) -> Optional[bytes]:
    """One class byte per character of ``text`` (see the module doc), or None when the text holds
    characters outside the BMP (or lone surrogates)."""
    if _last[0] is text:
        return _last[1]
    try:
        b = text.encode("utf-16-le")
    except UnicodeEncodeError:
        b = b""
    if len(b) != 2 * len(text) or not text:
        mask = None if text else b""
    else:
        mask = _LUT.take(np.frombuffer(b, dtype="<u2")).tobytes()
    _last[0], _last[1] = text, mask
    return mask
