"""Language stage: ``Segment.lang`` (+ ``lang_confidence``), ``Document.languages``, ``Document.lang``.

Method (chosen by measurement on short news segments, ``tests/data/io/lang_segments.tsv``;
see ``bench/bench_ingest.py --lang``): the writing system decides first, pycld2 refines.

- Arabic script without Persian/Urdu-only letters (پ چ ژ گ ک ی ے ہ ٹ ڈ ڑ ں ۀ) -> ``ar``.
  (pycld2 alone calls short Arabic names Pashto or Persian.)  With such letters, pycld2 chooses
  among the Arabic-script languages (``fa``, ``ur``, ``ps``, ``ku``...; ``ar`` if it says so).
- Latin script: pycld2 when the segment has >= 4 words and pycld2 is reliable; otherwise ``en``
  (short Latin segments in this corpus are English headlines, names and furniture; pycld2
  calls "Ceasefire holds" Waray).
- Other scripts: pycld2, else the script's main language (Cyrillic ``ru``, Hebrew ``he``,
  Greek ``el``...).
- Segments without letters get ``None``.

``doc.meta["lang_forced"]`` (set by ``Pipeline(..., lang=...)`` or an input's ``lang`` field)
forces that language on every segment written in that language's script; other-script
segments are still detected.  ``Document.lang`` is the dominant language by characters over
title + body segments (all segments if there are none), or the forced language;
``Document.languages`` lists every segment language, most characters first.
"""
from __future__ import annotations

import re
from typing import Optional

from ..lang.scripts import AR_LETTER, AR_OTHER, LAT_ASCII, LAT_OTHER, script_mask
from ..model import Document

__all__ = ["LanguageStage", "detect_language", "script_of", "SUPPORTED"]

# Languages the later stages code; a document in another language gets a warning (its
# segments keep their language so the sentence/event stages can skip them).
SUPPORTED = ("ar", "en")

# letter runs written X[X]* (the same matches as X+): a pattern led by a character class lets
# the regex engine skip other characters with its fast first-character scan
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc][\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]*")
_PERSIAN_ONLY = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u06c1\u0679\u0688\u0691\u06ba\u06c0\u06be]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f]*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff]*")
_HEBREW = re.compile(r"[\u0590-\u05ff][\u0590-\u05ff]*")
_GREEK = re.compile(r"[\u0370-\u03ff][\u0370-\u03ff]*")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]*")
_OTHER_LETTER = re.compile(r"[^\W\d_]")

_ARABIC_SCRIPT_LANGS = {"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "prs"}
_CYRILLIC_LANGS = {"ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "tg", "mn"}
_SCRIPT_DEFAULT = {"arabic": "ar", "latin": "en", "cyrillic": "ru", "hebrew": "he", "greek": "el",
                   "cjk": "zh"}
_CLD_FIX = {"iw": "he", "in": "id", "jw": "jv", "tl": "fil", "zh-Hant": "zh", "xxx": "un"}
_MAX = 2000  # characters given to pycld2 per segment
_SCRIPT_SAMPLE = 400  # characters whose script is counted


def _lang_script(lang: str) -> str:
    if lang in _ARABIC_SCRIPT_LANGS:
        return "arabic"
    if lang in _CYRILLIC_LANGS:
        return "cyrillic"
    if lang in ("he", "yi"):
        return "hebrew"
    if lang == "el":
        return "greek"
    if lang in ("zh", "ja", "ko"):
        return "cjk"
    return "latin"


def script_of(text: str) -> tuple[Optional[str], float, int]:
    """(dominant script, its share of letters, number of letters) of ``text``."""
    t = text[:_SCRIPT_SAMPLE]
    counts = {
        "arabic": sum(map(len, _ARABIC.findall(t))),
        "latin": sum(map(len, _LATIN.findall(t))),
    }
    if counts["arabic"] + counts["latin"] < len(t) * 0.3:  # maybe another script: count it
        counts["cyrillic"] = sum(map(len, _CYRILLIC.findall(t)))
        counts["hebrew"] = sum(map(len, _HEBREW.findall(t)))
        counts["greek"] = sum(map(len, _GREEK.findall(t)))
        counts["cjk"] = sum(map(len, _CJK.findall(t)))
    total = sum(counts.values())
    if total == 0:
        n = len(_OTHER_LETTER.findall(t))
        return ("other" if n else None), (1.0 if n else 0.0), n
    best = max(counts, key=counts.get)
    return best, counts[best] / total, total


def _cld2(text: str) -> tuple[str, float, bool]:
    import pycld2
    try:
        reliable, _, det = pycld2.detect(text[:_MAX], bestEffort=True)
    except Exception:  # pycld2.error on invalid UTF-8 / control characters
        try:
            clean = "".join(c for c in text[:_MAX] if c.isprintable() or c in "\n\t")
            reliable, _, det = pycld2.detect(clean, bestEffort=True)
        except Exception:
            return "un", 0.0, False
    code, pct = det[0][1], det[0][2]
    code = _CLD_FIX.get(code, code)
    return code, pct / 100.0, bool(reliable)


def _script_from_mask(mask: bytes, a: int, b: int) -> Optional[tuple[Optional[str], float, int]]:
    """script_of(text[a:b]) from the document's script mask (marsad.lang.scripts), or None when
    the Arabic and Latin letters are too few (script_of then counts the other scripts too)."""
    e = min(b, a + _SCRIPT_SAMPLE)
    cnt = mask.count
    ar = cnt(AR_LETTER, a, e) + cnt(AR_OTHER, a, e)
    lat = cnt(LAT_ASCII, a, e) + cnt(LAT_OTHER, a, e)
    total = ar + lat
    if total < (e - a) * 0.3 or total == 0:
        return None
    if ar >= lat:    # (max() keeps the first of equal counts: arabic)
        return "arabic", ar / total, total
    return "latin", lat / total, total


def detect_language(text: str, forced: Optional[str] = None,
                    script: Optional[tuple[Optional[str], float, int]] = None) -> tuple[Optional[str], float]:
    """(ISO 639-1 code or None, confidence) of a short or long segment.  ``script``: script_of(text)
    when the caller has it already."""
    script, share, n = script or script_of(text)
    if script is None:
        return None, 0.0
    if forced and _lang_script(forced) == script:
        return forced, 1.0
    if script == "arabic":
        if not _PERSIAN_ONLY.search(text[:_SCRIPT_SAMPLE]):
            return "ar", round(min(1.0, 0.5 + 0.5 * share) * (0.8 if n < 6 else 1.0), 3)
        code, conf, reliable = _cld2(text)
        if code in _ARABIC_SCRIPT_LANGS:
            return code, round(conf * (1.0 if reliable else 0.7), 3)
        return "fa", 0.5
    if script == "latin":
        words = text.count(" ") + 1
        if words >= 4:
            code, conf, reliable = _cld2(text)
            if reliable and code != "un" and _lang_script(code) == "latin":
                return code, round(conf * share, 3)
        return "en", round(0.6 * share if words < 4 else 0.7 * share, 3)
    code, conf, reliable = _cld2(text)
    if code != "un" and _lang_script(code) == script:
        return code, round(conf, 3)
    return _SCRIPT_DEFAULT.get(script, "und"), 0.5


class LanguageStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        forced = doc.meta.get("lang_forced") or None
        text = doc.text
        chars: dict[str, int] = {}
        main: dict[str, int] = {}
        mask = script_mask(text) if doc.segments else None
        for seg in doc.segments:
            if seg.lang is None:
                sc = _script_from_mask(mask, seg.start, seg.end) if mask is not None else None
                seg.lang, seg.lang_confidence = detect_language(text[seg.start:seg.end], forced, sc)
            if seg.lang:
                n = seg.end - seg.start
                chars[seg.lang] = chars.get(seg.lang, 0) + n
                if seg.kind in ("title", "body"):
                    main[seg.lang] = main.get(seg.lang, 0) + n
        doc.languages = sorted(chars, key=lambda k: -chars[k])
        if forced:
            doc.lang = forced
        else:
            pool = main or chars
            doc.lang = max(pool, key=pool.get) if pool else doc.lang
        if doc.lang and doc.lang not in SUPPORTED:
            doc.warnings.append(f"language {doc.lang!r} is not supported yet (only {', '.join(SUPPORTED)}); "
                                f"its segments are not coded")
        return doc
