"""Recognise and normalise temporal expressions in Arabic and English text.

``parse(text, anchor, lang=None, base=0)`` returns :class:`~marsad.model.TimeRef`
items with character offsets into ``text`` (plus ``base``), an ISO value or
range, a granularity and a basis:

- ``explicit``: the text names the date/month/year itself ("14 نوفمبر 2022", "عام 1990");
- ``relative``: computed from the anchor ("اليوم", "الشهر الماضي", "منذ ثلاثة أيام");
- ``inferred``: a year-less date whose year comes from the anchor ("14 نوفمبر الماضي");
- ``unresolved``: relative or year-less with no anchor — the value is None, never guessed.

Matching is normalisation-insensitive but runs on the original text, so offsets need
no mapping: the compiled patterns accept every spelling that
:func:`marsad.lang.normalize.normalize` folds together (hamza forms, ta marbuta, alef
maqsura, word-final diacritics/tatweel; Arabic-Indic digits are mapped one for one),
and matched words are looked up after ``normalize``.  (Normalising a whole article
costs ~0.2 ms — as much as the rest of this recogniser.)  The word lists and patterns
live in ``marsad/data/time`` (see :mod:`marsad.timex.lexicon`); this module holds the
calendar arithmetic.  Speed: one trie regex finds the few trigger words (months,
weekdays, اليوم, units, years …), run once per distinct space-separated piece of text and
memoised (:func:`_trigger_hits`); the patterns that need them are tried only there and
at the few lexicon words just before them.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import math
import re
from itertools import accumulate, compress
from typing import Callable, Optional

from ..lang.memo import misses
from ..lang.normalize import normalize
from ..model import TimeRef, stable_id  # noqa: F401  (TimeRef ids == stable_id(doc_id, "t", start, end))
from .lexicon import CLITICS, Lexicon, lexicon

Date = _dt.date
_sha1 = hashlib.sha1
_WORD = re.compile(r"\w+")
_FORMAT_CHARS = set("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_BASIS_RANK = {"explicit": 0, "inferred": 1, "relative": 2, "unresolved": 3}


# -- calendar helpers ---------------------------------------------------------------------

def _iso_m(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _shift(d: Date, unit: str, n: int) -> Date:
    """``d`` moved by ``n`` units (negative = back); month/year clamp the day."""
    if unit in ("hour",):
        return d + _dt.timedelta(days=int(n / 24) if abs(n) >= 24 else 0)
    if unit == "day":
        return d + _dt.timedelta(days=n)
    if unit == "week":
        return d + _dt.timedelta(days=7 * n)
    if unit in ("month", "year", "decade"):
        k = n if unit == "month" else 12 * n if unit == "year" else 120 * n
        y, m = _add_months(d.year, d.month, k)
        day = min(d.day, _month_len(y, m))
        return Date(y, m, day)
    raise ValueError(unit)


def _month_len(y: int, m: int) -> int:
    if m == 12:
        return 31
    return (Date(y, m + 1, 1) - Date(y, m, 1)).days


def _date(y: int, m: int, d: int) -> Optional[Date]:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


FUTURE_PENALTY = 4  # an unmarked future date must be this many times closer than the past one


def _nearest(cands: list, anchor, key=lambda c: c) -> object:
    """Closest candidate to the anchor, with a bias to the past (news reports the past:
    "since Russia invaded Ukraine on Feb. 24" said in December is last February); a future
    date wins only when it is FUTURE_PENALTY times closer."""
    def cost(c):
        d = (key(c) - anchor).days
        return (d * FUTURE_PENALTY if d > 0 else -d), d > 0
    return min(cands, key=cost)


_NW: dict = {}     # raw word -> normalize(word) (memo of _norm_words: words repeat, windows do not)


def _norm_words(s: str) -> list[str]:
    """``normalize(s).split()``, word by word through a memo: normalisation maps character by
    character, keeps every white-space character white space (NBSP -> space) and makes no other
    one, so the words of the normalised string are the non-empty normalised words of ``s``."""
    raw = s.split()
    out = list(map(_NW.get, raw))
    if None in out:
        if len(_NW) > 100_000:
            _NW.clear()
        for k in misses(out):
            w = raw[k]
            out[k] = _NW[w] = normalize(w)
    return out if "" not in out else list(filter(None, out))


# the end of a sentence inside a look-back window: a stop, "!" or "?" after a lower-case or Arabic word of two letters
# or more ("return.", not "U.S." or "Jan."), or a line break
_SENT_END = re.compile(r"(?:(?<=[a-z\u0621-\u064a)\"'\u201d\u00bb]{2})[.!?\u061f](?=[\s\"'\u201d\u00bb]))|\n")


def _window(c: "_Ctx", pos: int) -> list[str]:
    """The six words before ``pos``, not reaching back over the end of the sentence before: a future cue of the last
    sentence ("... would not be allowed to return. On Jan. 18, aircraft struck") is not this date's tense (session 22)."""
    w = c.orig[max(0, pos - 60):pos]
    last = None
    for last in _SENT_END.finditer(w):
        pass
    if last is not None:
        w = w[last.end():]
    return _norm_words(w)[-6:]


def _tense_hint(c: "_Ctx", pos: int) -> Optional[str]:
    """"past" after منذ/since, "next" after a future cue, within six words before ``pos`` (same sentence)."""
    words = _window(c, pos)
    if any(w.lstrip("و") in ("منذ", "since") for w in words):
        return "since"
    if _future_context(c, pos, words):
        return "future"
    return None


# result tuple: (value, end_value, granularity, basis, direction)
Res = tuple
UNRES = "unresolved"


def _rel(form: Optional[str], L: Lexicon) -> Optional[str]:
    if not form:
        return None
    f = _key(form)
    if f in ("this past",):
        return "past"
    if f in ("this coming",):
        return "next"
    r = L.rel.get(f)
    if r in ("recent",):
        return "past"
    if r in ("future_pl",):
        return "next"
    return r


_KEYS: dict = {}    # matched form -> its look-up key (memo: forms repeat across articles)


def _key(s: Optional[str]) -> str:
    if not s:
        return ""
    k = _KEYS.get(s)
    if k is None:
        if len(_KEYS) > 50_000:
            _KEYS.clear()
        k = _KEYS[s] = " ".join(normalize(s).split())
    return k


class _Ctx:
    __slots__ = ("L", "anchor", "lang", "orig", "offs", "norm", "L_safe_wd", "L_spans")

    def __init__(self, L, anchor, lang, orig, offs, norm):
        self.L, self.anchor, self.lang, self.orig, self.offs, self.norm = L, anchor, lang, orig, offs, norm

    def month_ok(self, m: "re.Match", group: str = "month") -> Optional[int]:
        """Month number of a matched month form, or None when an ambiguous Latin form
        ("may", "march") is written in lower case in the original text."""
        f = _key(m.group(group))
        num = self.L.month.get(f.rstrip(".")) or self.L.month.get(f)
        if num is None:
            return None
        if f in self.L.ambiguous_months or f.rstrip(".") in self.L.ambiguous_months:
            if f[:1].isascii():
                o = self.offs[m.start(group)]
                if not self.orig[o:o + 1].isupper():
                    return None
        return num


# -- normalisers ----------------------------------------------------------------------------

def _k_dmy(m, c: _Ctx) -> Optional[Res]:
    g = m.groupdict()
    mon = c.month_ok(m)
    if mon is None:
        return None
    day = int(g["day"]) if g.get("day") else c.L.ordinal.get(_key(g.get("ord")))
    d = _date(int(g["year"]), mon, day or 0)
    if d is None:
        return None
    return d.isoformat(), None, "day", "explicit", None


def _k_ymd_num(m, c):
    d = _date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return None if d is None else (d.isoformat(), None, "day", "explicit", None)


def _k_dmy_num(m, c):
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if a > 12:
        day, mon = a, b
    elif b > 12:
        mon, day = a, b
    elif c.lang == "en":
        mon, day = a, b
    else:
        day, mon = a, b
    d = _date(y, mon, day)
    return None if d is None else (d.isoformat(), None, "day", "explicit", None)


def _year_rel(form, c) -> Optional[int]:
    r = _rel(form, c.L)
    return {"past": -1, "next": 1, "this": 0}.get(r) if r else None


def _k_dm(m, c):
    g = m.groupdict()
    mon = c.month_ok(m)
    if mon is None:
        return None
    day = int(g["day"]) if g.get("day") else c.L.ordinal.get(_key(g.get("ord")))
    if not day or _date(2000, mon, day) is None:  # 2000 is a leap year: allows 29 Feb
        return None
    if not g.get("rel") and not g.get("yrel"):
        prev = _norm_words(c.orig[max(0, m.start() - 20):m.start()])
        w = prev[-1].strip("«\"'(").rsplit("/", 1)[-1] if prev else ""   # ("تحالف نهر الكونغو/حركة 23 مارس")
        if w in c.L.date_name_cues or any(w[:len(k)] == k and w[len(k):] in c.L.date_name_cues for k in CLITICS):
            return None  # "قوى 14 آذار", "ثورة 25 يناير", "وحركة 23 مارس": a name, not the story's date
        after = " ".join(_norm_words(c.orig[m.end():m.end() + 30])[:2]).lower()
        if any(after == k or after.startswith(k + " ") for k in c.L.date_name_cues_after):
            return None  # "the March 23 Movement", "the April 6 Youth Movement" (session 52)
    a = c.anchor
    if g.get("yrel"):
        k = _year_rel(g["yrel"], c)
        if k is None:
            return None
        if a is None:
            return None, None, "day", UNRES, None
        d = _date(a.year + k, mon, day)
        return (None, None, "day", UNRES, None) if d is None else (d.isoformat(), None, "day", "relative", None)
    if a is None:
        return None, None, "day", UNRES, None
    r = _rel(g.get("rel"), c.L) or ("since" if g.get("since") else None)
    cands = [d for d in (_date(a.year + k, mon, day) for k in (-1, 0, 1)) if d]
    if not cands:
        return None
    if r == "since":
        cands = [d for d in cands if d <= a] or cands
        d = max(cands)
    elif r == "past":
        cands = [d for d in cands if d < a] or cands
        d = max(cands)
    elif r == "next":
        cands = [d for d in cands if d > a] or cands
        d = min(cands)
    elif r == "this":
        d = _date(a.year, mon, day) or cands[0]
    else:
        hint = _tense_hint(c, m.start())
        if hint == "since":
            d = max([x for x in cands if x <= a] or cands)
        elif hint == "future":
            d = min([x for x in cands if x >= a] or cands)
            return d.isoformat(), None, "day", "inferred", "future"   # (read forward by a future cue: dating)
        else:
            d = _nearest(cands, a)
    return d.isoformat(), None, "day", "inferred", None


def _k_day_range(m, c):
    """"بين 12 و14 نوفمبر", "Dec. 1-2, 2022": a range of days in one month."""
    g = m.groupdict()
    mon = c.month_ok(m)
    if mon is None:
        return None
    d1, d2 = int(g["d1"]), int(g["day"])
    if not d1 < d2:
        return None
    if g.get("year"):
        y = int(g["year"])
        s, e = _date(y, mon, d1), _date(y, mon, d2)
        if s is None or e is None:
            return None
        return s.isoformat(), e.isoformat(), "range", "explicit", None
    a = c.anchor
    if a is None:
        return None, None, "range", UNRES, None
    r = _rel(g.get("rel"), c.L)
    cands = [(s, e) for s, e in ((_date(a.year + k, mon, d1), _date(a.year + k, mon, d2)) for k in (-1, 0, 1)) if s and e]
    if not cands:
        return None
    if r == "past":
        cands = [x for x in cands if x[0] < a] or cands
        s, e = max(cands)
    elif r == "next":
        cands = [x for x in cands if x[0] > a] or cands
        s, e = min(cands)
    else:
        s, e = _nearest(cands, a, key=lambda x: x[0])
    return s.isoformat(), e.isoformat(), "range", "inferred", None


def _k_month_year(m, c):
    mon = c.month_ok(m)
    if mon is None:
        return None
    return _iso_m(int(m.group("year")), mon), None, "month", "explicit", None


def _k_month_rel(m, c):
    g = m.groupdict()
    mon = c.month_ok(m)
    if mon is None:
        return None
    a = c.anchor
    if g.get("yrel") or g.get("yrel2"):
        k = _year_rel(g.get("yrel") or g.get("yrel2"), c)
        if k is None:
            return None
        return (None, None, "month", UNRES, None) if a is None else (_iso_m(a.year + k, mon), None, "month", "relative", None)
    r = _rel(g.get("rel"), c.L)
    if r is None and not _key(m.group("month"))[:1].isascii() and "شهر" not in _key(g.get("pre")):
        if _key(m.group("month")) in c.L.ambiguous_months:
            return None  # "في آب" could be "in Ibb"/"in a father": needs a day, year or الماضي
    if a is None:
        return None, None, "month", UNRES, None
    am = a.year * 12 + a.month - 1
    cands = [(a.year + k) * 12 + mon - 1 for k in (-1, 0, 1)]
    if r is None and _key(g.get("pre")).split(" ")[0] in ("منذ", "since"):
        t = max(x for x in cands if x <= am)
    elif r == "past":
        t = max(x for x in cands if x < am)
    elif r == "next":
        t = min(x for x in cands if x > am)   # "أكتوبر المقبل": read forward, a future date (session 24: never moved
        return _iso_m(t // 12, t % 12 + 1), None, "month", "inferred", "future"   # back a year by dating)
    elif r == "this":
        t = a.year * 12 + mon - 1
    else:
        hint = _tense_hint(c, m.start())
        if hint == "since":
            t = max(x for x in cands if x <= am)
        elif hint == "future":
            t = min(x for x in cands if x >= am)
            return _iso_m(t // 12, t % 12 + 1), None, "month", "inferred", "future"
        else:
            t = min(cands, key=lambda x: ((x - am) * FUTURE_PENALTY if x > am else am - x, x > am))
    return _iso_m(t // 12, t % 12 + 1), None, "month", "inferred", None


def _tabular_jdn(y: int, m: int, d: int) -> int:
    """Julian day number of a date in the arithmetical (tabular) Islamic calendar."""
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def _tabular_month_len(y: int, m: int) -> int:
    if m == 12:
        return 30 if (14 + 11 * y) % 30 < 11 else 29
    return 30 if m % 2 == 1 else 29


def _jdn_date(j: int) -> Date:
    return Date.fromordinal(j - 1721425)


def _hijri_to_greg(y, m, d) -> Optional[Date]:
    """Umm al-Qura (hijridate) inside its range (1343-1500 AH), else the tabular calendar
    (within a day or two of the observed one)."""
    if not (1 <= m <= 12 and 1 <= d <= 30):
        return None
    try:
        from hijridate import Hijri
        g = Hijri(y, m, d).to_gregorian()
        return Date(g.year, g.month, g.day)
    except Exception:
        pass
    if d > _tabular_month_len(y, m) or not (1 <= y <= 1600):
        return None
    try:
        return _jdn_date(_tabular_jdn(y, m, d))
    except (ValueError, OverflowError):
        return None


def _hijri_month_range(y, m) -> Optional[tuple[Date, Date]]:
    try:
        from hijridate import Hijri
        h = Hijri(y, m, 1)
        s = h.to_gregorian()
        e = Hijri(y, m, h.month_length()).to_gregorian()
        return Date(s.year, s.month, s.day), Date(e.year, e.month, e.day)
    except Exception:
        pass
    if not (1 <= y <= 1600 and 1 <= m <= 12):
        return None
    try:
        return _jdn_date(_tabular_jdn(y, m, 1)), _jdn_date(_tabular_jdn(y, m, _tabular_month_len(y, m)))
    except (ValueError, OverflowError):
        return None


def _k_hijri_dmy(m, c):
    g = m.groupdict()
    hm = c.L.hmonth.get(_key(g["hmonth"]))
    day = int(g["day"]) if g.get("day") else c.L.ordinal.get(_key(g.get("ord")))
    d = _hijri_to_greg(int(g.get("year") or g["yearh"]), hm, day or 0)
    if d is None:
        return None
    return d.isoformat(), None, "day", "explicit", None


def _k_hijri_dm(m, c):
    """A year-less Hijri date ("في 27 رمضان"): the nearest occurrence (leaning to the past)."""
    g = m.groupdict()
    hm = c.L.hmonth.get(_key(g["hmonth"]))
    day = int(g["day"]) if g.get("day") else c.L.ordinal.get(_key(g.get("ord")))
    if not hm or not day or day > 30:
        return None
    if hm == 2 and not (g.get("hpre") or g.get("shahr") or g.get("rel")):
        return None  # "3 صفر" is also a score (three-nil)
    a = c.anchor
    if a is None:
        return None, None, "day", UNRES, None
    try:
        from hijridate import Gregorian
        hy = Gregorian(a.year, a.month, a.day).to_hijri().year
    except Exception:
        return None, None, "day", UNRES, None
    cands = [d for d in (_hijri_to_greg(y, hm, day) for y in (hy - 1, hy, hy + 1)) if d]
    if not cands:
        return None
    r = _rel(g.get("rel"), c.L)
    if r == "past":
        d = max([x for x in cands if x < a] or cands)
    elif r == "next":
        d = min([x for x in cands if x > a] or cands)
    else:
        d = _nearest(cands, a)
    return d.isoformat(), None, "day", "inferred", None


def _k_hijri_my(m, c):
    hm = c.L.hmonth.get(_key(m.group("hmonth")))
    r = _hijri_month_range(int(m.group("year")), hm)
    if r is None:
        return None
    return r[0].isoformat(), r[1].isoformat(), "range", "explicit", None


def _k_hijri_year(m, c):
    y = int(m.group("year"))
    s, e = _hijri_month_range(y, 1), _hijri_month_range(y, 12)
    if not s or not e:
        return None
    return s[0].isoformat(), e[1].isoformat(), "range", "explicit", None


def _k_hijri_month_rel(m, c):
    g = m.groupdict()
    if not g.get("shahr") and not g.get("rel"):
        return None  # bare رمضان / محرم are also names
    hm = c.L.hmonth.get(_key(g["hmonth"]))
    a = c.anchor
    if a is None:
        return None, None, "range", UNRES, None
    try:
        from hijridate import Gregorian
        h = Gregorian(a.year, a.month, a.day).to_hijri()
    except Exception:
        return None, None, "range", UNRES, None
    r = _rel(g.get("rel"), c.L)
    if r == "past":
        y = h.year if h.month > hm else h.year - 1
    elif r == "next":
        y = h.year if h.month < hm else h.year + 1
    elif r == "this" or h.month == hm:
        y = h.year
    else:
        rs = {yy: _hijri_month_range(yy, hm) for yy in (h.year - 1, h.year, h.year + 1)}
        rs = {k: v for k, v in rs.items() if v}
        if not rs:
            return None
        y = min(rs, key=lambda k: (min(abs((rs[k][0] - a).days), abs((rs[k][1] - a).days)), rs[k][0] > a))
    rr = _hijri_month_range(y, hm)
    if rr is None:
        return None
    return rr[0].isoformat(), rr[1].isoformat(), "range", "inferred", None


def _k_year(m, c):
    y = int(m.group("year"))
    if y < 100:
        return None
    return f"{y:04d}", None, "year", "explicit", None


def _k_year_bare(m, c):
    """A bare 19xx/20xx closing a clause ("نكبة 1948،"): a year unless a quantity word
    precedes it ("أكثر من 2000.") or it lies far in the future of the anchor."""
    y = int(m.group("year"))
    before = _norm_words(c.orig[max(0, m.start() - 25):m.start()])
    if before and (before[-1] in c.L.quantity or " ".join(before[-2:]) in c.L.quantity):
        return None
    if c.anchor is not None and y > c.anchor.year + 10:
        return None
    return f"{y:04d}", None, "year", "explicit", None


def _k_year_range(m, c):
    g = m.groupdict()
    y1 = int(g["year"])
    y2s = g["year2"]
    y2 = int(y2s)
    if len(y2s) == 2:
        y2 = y1 // 100 * 100 + y2
    sep = _key(g.get("sep"))
    if sep in ("و", "and") and not g.get("rp"):
        return None  # "عامي 2014 و2016": two years, not a range
    if sep == "/" and len(y2s) == 2:
        return None
    if not (y1 < y2 <= y1 + 300):
        return None
    if y1 < 1800 and not (g.get("gm") or g.get("yw")):
        return None  # "1500-1600 جندي" is a count; old years need م or عام
    return f"{y1:04d}", f"{y2:04d}", "range", "explicit", None


def _decade_start(d: int, century: Optional[int], anchor: Optional[Date]) -> int:
    if century is not None:
        return century * 100 + d * 10
    if anchor is not None:
        for c in (20, 19):
            if c * 100 + d * 10 <= anchor.year:
                return c * 100 + d * 10
    return 1900 + d * 10


def _k_decade(m, c):
    g = m.groupdict()
    d = c.L.decade.get(_key(g["decade"]))
    if d is None:
        return None
    cent = c.L.century.get(_key(g.get("century"))) if g.get("century") else None
    s = _decade_start(d, cent, c.anchor)
    return f"{s:04d}", f"{s + 9:04d}", "range", "explicit", None


def _k_decade_num(m, c):
    g = m.groupdict()
    d = int(g["dec"])
    cent = int(g["cent"]) if g.get("cent") else None
    s = _decade_start(d, cent, c.anchor)
    return f"{s:04d}", f"{s + 9:04d}", "range", "explicit", None


def _k_century(m, c):
    cent = c.L.century.get(_key(m.group("century")))
    if cent is None:
        return None
    return f"{cent:02d}00", f"{cent:02d}99", "range", "explicit", None


def _anchor_day(k: Optional[int], c) -> Optional[Res]:
    """The anchor plus ``k`` days (None when ``k`` is None)."""
    if k is None:
        return None
    if c.anchor is None:
        return None, None, "day", UNRES, None
    return (c.anchor + _dt.timedelta(days=k)).isoformat(), None, "day", "relative", None


def _k_deictic(m, c):
    return _anchor_day(c.L.deictic.get(_key(m.group("deictic"))), c)


def _k_anaphoric(m, c):
    """"later in the day", "في اليوم التالي": alone, counted from the anchor; :func:`resolve_anaphors` re-dates them
    from the day named before them in the document."""
    return _anchor_day(c.L.anaphor.get(_key(m.group("anaphor"))), c)


def _k_weekday(m, c):
    g = m.groupdict()
    wf = _key(g["wd"])
    wd = c.L.weekday.get(wf)
    if wd is None:
        return None
    r = _rel(g.get("rel"), c.L) or _rel(g.get("rel2"), c.L)
    if r is None and not g.get("pre"):
        # bare weekday: ambiguous Arabic forms (الأحد "the one", الجمعة) need a cue; an
        # English weekday must be capitalised
        if wf[:1].isascii():
            o = c.offs[m.start("wd")]
            if not c.orig[o:o + 1].isupper():
                return None
        else:
            before = _norm_words(c.orig[max(0, m.start("wd") - 20):m.start("wd")])
            after = _norm_words(c.orig[m.end("wd"):m.end("wd") + 20])
            b = before[-1] if before else ""
            bforms = {b, b[1:] if b[:1] in "وفبلك" else b, b[2:] if b[:2] in CLITICS else b}
            # (the words after block only a form that is also a word: "الأحد من" one of; a weekday that is no other
            # word is a day before its verb's complement too -- "حذر الوزير الثلاثاء من أن …", session 50)
            safe = re.fullmatch(c.L_safe_wd, wf)
            # ("حذر في كلمته الاثنين من أن …": "من أن" is the warning's complement, not "one of", session 52)
            blocked_after = after and after[0] in c.L.wd_block_after and after[:2] != ["من", "ان"]
            if (bforms & c.L.wd_block_before) or (not safe and blocked_after):
                return None
            if not safe and not (before and before[-1][:1].isalpha()):
                return None  # an ambiguous form (الاثنين، الأحد، الجمعة) must follow a word
    a = c.anchor
    if a is None:
        return None, None, "day", UNRES, None
    cue = None
    if r is None and _future_context(c, m.start()):
        r, cue = "next_or_today", "future"
    aw = a.weekday()
    if r == "past":
        delta = -((aw - wd) % 7 or 7)
    elif r == "past2":
        delta = -((aw - wd) % 7 or 7) - 7
    elif r == "next":
        delta = (wd - aw) % 7 or 7
    elif r == "this":
        delta = wd - aw
    elif r == "next_or_today":
        delta = (wd - aw) % 7
    else:
        delta = -((aw - wd) % 7)
    return (a + _dt.timedelta(days=delta)).isoformat(), None, "day", "relative", cue


def _future_context(c: _Ctx, pos: int, words: Optional[list] = None) -> bool:
    """A future cue in the six words before ``pos`` (see lexicon.yaml future_markers).  ``words``:
    those words if the caller has them (_tense_hint)."""
    L = c.L
    if words is None:
        words = _window(c, pos)
    if not words:
        return False
    joined = " " + " ".join(words) + " "
    if any(b in joined for b in L.future_blockers):
        return False   # "would have attacked the convoy on Monday": a past counterfactual
    pads = L._pcache.get("future_pads")
    if pads is None:
        pads = L._pcache["future_pads"] = tuple(f" {f} " for f in L.future_markers)
    for f in pads:
        if f in joined:
            return True
    for i in range(max(0, len(words) - 3), len(words)):  # "سيتوجه الوزير السبت"
        # ("وبعد ساعات، تجددت …": the exception is spelled without its comma, s47)
        w = words[i].lstrip("و").rstrip("،,؛;:")
        # (a word right after a preposition is a noun, not a future verb: "في سانتياغو ليل الأحد", session 50)
        if len(w) >= 5 and w.startswith(L.future_prefixes) and w not in L.future_exceptions \
                and not (i and words[i - 1].lstrip("و") in L.future_noun_after):
            return True
    return False


def _unit_value(a: Date, unit: str, k: int) -> Res:
    if unit == "day":
        return (a + _dt.timedelta(days=k)).isoformat(), None, "day", "relative", None
    if unit == "week":
        s = a - _dt.timedelta(days=a.weekday()) + _dt.timedelta(days=7 * k)
        return s.isoformat(), (s + _dt.timedelta(days=6)).isoformat(), "range", "relative", None
    if unit == "month":
        y, mm = _add_months(a.year, a.month, k)
        return _iso_m(y, mm), None, "month", "relative", None
    return f"{a.year + k:04d}", None, "year", "relative", None


def _k_weekend(m, c):
    g = m.groupdict()
    rf = _key(g.get("rel") or g.get("rel0"))
    r = {"last": "past", "this past": "past", "next": "next", "this coming": "next", "this": "this",
         "the": None, "": None}.get(rf, None) if rf in ("last", "this past", "next", "this coming", "this", "the", "") else _rel(rf, c.L)
    a = c.anchor
    if a is None:
        return None, None, "range", UNRES, None
    mon = a - _dt.timedelta(days=a.weekday())
    if r is None:  # "over the weekend": the current one from Saturday on, else the last one
        k = 0 if a.weekday() >= 5 else -1
    else:
        k = {"past": -1, "next": 1, "this": 0}.get(r, 0)
    s = mon + _dt.timedelta(days=5 + 7 * k)
    return s.isoformat(), (s + _dt.timedelta(days=1)).isoformat(), "range", "relative", None


def _k_day_of_rel_month(m, c):
    g = m.groupdict()
    uf = g.get("unit") or g.get("unit0")
    unit = c.L.unit_def.get(_key(uf)) if uf else "month"  # "يوم 14 الجاري": of this month
    if unit != "month":
        return None
    rf = _key(g.get("rel") or g.get("rel0"))
    r = {"last": "past", "next": "next"}.get(rf) or _rel(rf, c.L)
    k = {"past": -1, "next": 1, "this": 0}.get(r or "")
    day = int(g["day"]) if g.get("day") else c.L.ordinal.get(_key(g.get("ord")))
    if k is None or not day:
        return None
    if c.anchor is None:
        return None, None, "day", UNRES, None
    y, mm = _add_months(c.anchor.year, c.anchor.month, k)
    d = _date(y, mm, day)
    return None if d is None else (d.isoformat(), None, "day", "relative", None)


def _k_unit_rel(m, c):
    g = m.groupdict()
    uf = g.get("unit") or g.get("unit0")
    unit = c.L.unit_def.get(_key(uf))
    rf = _key(g.get("rel") or g.get("rel0"))
    r = {"last": "past", "past": "past", "next": "next", "coming": "next"}.get(rf) or _rel(rf, c.L)
    if not rf and g.get("part"):
        r = "this"  # "نهاية العام", "by the end of the month": the current one
    k = {"past": -1, "past2": -2, "next": 1, "this": 0}.get(r or "")
    if unit is None or k is None:
        return None
    if unit == "day" and k == 0:
        return None  # "هذا اليوم" is handled as a deictic day
    gran = {"day": "day", "week": "range", "month": "month", "year": "year"}[unit]
    if c.anchor is None:
        return None, None, gran, UNRES, None
    return _unit_value(c.anchor, unit, k)


def _count(g: dict, c: _Ctx, unit_table) -> tuple[Optional[str], Optional[int], bool]:
    """(unit, count, few) from the groups ``unit``/``num``/``num2``/``few``."""
    uf = _key(g.get("unit"))
    unit, n = unit_table.get(uf) or c.L.unit.get(uf) or c.L.unit_dp.get(uf) or (None, None)
    few = bool(g.get("few"))
    for key in ("num", "num2"):
        v = _key(g.get(key))
        if not v:
            continue
        v2 = v[2:] if v.startswith("ال") and (v[2:].isdigit() or v[2:] in c.L.number) else v
        if v2.isdigit():
            n = int(v2)
        elif v2 in c.L.number:
            n = c.L.number[v2]
        elif v in c.L.few or v.replace("couple of", "few") in c.L.few or v in ("few", "several", "couple of"):
            few = True
            n = None if v != "couple of" else 2
    return unit, n, few


def _span_res(a: Date, unit: str, n: int, direction: str, gran: str) -> Res:
    if direction == "past":
        return _shift(a, unit, -n).isoformat(), a.isoformat(), gran, "relative", "past"
    return a.isoformat(), _shift(a, unit, n).isoformat(), gran, "relative", "future"


def _k_ago(m, c):
    g = m.groupdict()
    unit, n, few = _count(g, c, c.L.unit)
    if unit is None:
        return None
    prep = _key(g.get("prep"))
    future = prep in ("بعد", "later", "from now")
    a = c.anchor
    if (n is None or few) and prep == "بعد":
        return None  # "بعد أيام" / "بعد أعوام 1954 و…" is narrative, not anchored to the article
    if n is None or few:
        if a is None:
            return None, None, "vague", UNRES, "future" if future else "past"
        span = c.L_spans.get(unit, 3)  # type: ignore[attr-defined]
        return _span_res(a, unit, span, "future" if future else "past", "vague")
    gran = {"hour": "day", "day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}[unit]
    if a is None:
        return None, None, gran, UNRES, None
    d = _shift(a, unit, n if future else -n)
    if gran == "day":
        return d.isoformat(), None, "day", "relative", None
    if gran == "month":
        return _iso_m(d.year, d.month), None, "month", "relative", None
    return f"{d.year:04d}", None, "year", "relative", None


_k_later = _k_ago


def _k_last_n(m, c):
    g = m.groupdict()
    unit, n, few = _count(g, c, c.L.unit_dp)
    if unit is None:
        return None
    rf = _key(g.get("rel"))
    r = {"last": "past", "past": "past", "previous": "past", "next": "next", "coming": "next"}.get(rf) or _rel(rf, c.L)
    direction = "future" if r == "next" else "past"
    gran = "range"
    if n is None or few:
        n = c.L_spans.get(unit, 3)  # type: ignore[attr-defined]
        gran = "vague"
    if c.anchor is None:
        return None, None, gran, UNRES, direction
    return _span_res(c.anchor, unit, n, direction, gran)


def _k_vague(m, c):
    v = c.L.vague.get(_key(m.group("vague")))
    if v is None:
        return None
    unit, span, direction = v
    a = c.anchor
    if a is None:
        return None, None, "vague", UNRES, direction
    if unit.startswith("this_"):
        u = unit[5:]
        if u == "month":
            s, e = Date(a.year, a.month, 1), Date(a.year, a.month, _month_len(a.year, a.month))
        elif u == "year":
            s, e = Date(a.year, 1, 1), Date(a.year, 12, 31)
        else:
            s = a - _dt.timedelta(days=a.weekday())
            e = s + _dt.timedelta(days=6)
        if direction == "past":
            return s.isoformat(), a.isoformat(), "vague", "relative", "past"
        return a.isoformat(), e.isoformat(), "vague", "relative", "future"
    return _span_res(a, unit, span, direction, "vague")


KINDS: dict[str, Callable] = {
    "dmy": _k_dmy, "ymd_num": _k_ymd_num, "dmy_num": _k_dmy_num, "dm": _k_dm,
    "day_range": _k_day_range, "month_year": _k_month_year, "month_rel": _k_month_rel,
    "hijri_dmy": _k_hijri_dmy, "hijri_dm": _k_hijri_dm, "hijri_my": _k_hijri_my, "hijri_year": _k_hijri_year,
    "hijri_month_rel": _k_hijri_month_rel,
    "year": _k_year, "year_bare": _k_year_bare, "year_range": _k_year_range, "decade": _k_decade, "decade_num": _k_decade_num,
    "century": _k_century, "deictic": _k_deictic, "anaphoric": _k_anaphoric, "weekday": _k_weekday, "unit_rel": _k_unit_rel,
    "weekend": _k_weekend, "day_of_rel_month": _k_day_of_rel_month, "ago": _k_ago, "later": _k_later, "last_n": _k_last_n, "vague": _k_vague,
}


# -- recogniser -----------------------------------------------------------------------------

_DIGITS = {c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_NONASCII_DIGIT = re.compile("[٠-٩۰-۹]")


def _ascii_digits(text: str) -> str:
    """Arabic-Indic/Persian digits -> ASCII (one for one, so offsets are unchanged)."""
    if _NONASCII_DIGIT.search(text) is None:
        return text
    return _NONASCII_DIGIT.sub(lambda m: _DIGITS[m.group()], text)


_REV_WORD = re.compile(r"[^\w\n]{0,3}(\w+)")


def _trigger_hits(norm: str, L: Lexicon, tmemo: dict) -> list[tuple[int, "frozenset | None"]]:
    """``(start, classes)`` of every trigger word in ``norm`` (classes None: a digit), in text order:
    the matches of ``L.trigger_re.finditer(norm)`` whose word is a trigger.

    The text is cut at every space (``str.split(" ")``) and the trigger regex runs once per distinct
    piece (memoised), not over the whole text: the regex's matches hold no space, and a space is
    neither a word character nor a diacritic, so the regex finds in a piece alone exactly what it finds
    there in the text (its ``(?<!\\w)``, ``(?!\\w)`` and trailing-diacritic tests see a boundary either
    way).  Cut at single spaces, piece k starts at (length of pieces 0..k-1) + k.  Most pieces are
    common words already in the memo: one look-up each, in C (``map``), instead of the trie regex at
    every word start; only the pieces with a hit are visited in Python."""
    memo = L._pcache.setdefault("trigger_pieces", {})   # piece -> ((offset, classes), ...)
    pieces = norm.split(" ")
    res = list(map(memo.get, pieces))
    if None in res:
        # only the pieces not in the memo yet (None marks them) are visited in Python
        if len(memo) > 100_000:
            memo.clear()
        rx = L.trigger_re
        for k in misses(res):
            piece = pieces[k]
            got = memo.get(piece)
            if got is not None:      # (the same piece earlier in this text)
                res[k] = got
                continue
            got = []
            for mt in rx.finditer(piece):
                if mt.group("d") is not None:
                    got.append((mt.start("d"), None))
                    continue
                tw = mt.group("w")
                classes = tmemo.get(tw, False)
                if classes is False:
                    classes = tmemo[tw] = L.trigger.get(normalize(tw))
                if classes:
                    got.append((mt.start("w"), classes))
            memo[piece] = res[k] = tuple(got)
    hits = list(compress(range(len(pieces)), res))
    if not hits:
        return []
    starts = list(accumulate(map(len, pieces), initial=0))
    out = []
    for k in hits:
        p = starts[k] + k
        for off, classes in res[k]:
            out.append((p + off, classes))
    return out


def _candidates(norm: str, L: Lexicon) -> list[tuple[int, list]]:
    """(start position, patterns to try there) for every trigger word and for the
    lexicon words / starters just before it (up to five words back)."""
    st = L.starters
    tmemo = L._pcache.setdefault("trigger_words", {})   # raw trigger form -> classes (memo)
    rmemo = L._pcache.setdefault("reversed_words", {})  # reversed raw word -> normalised word (memo)
    if len(tmemo) > 100_000:
        tmemo.clear()
    if len(rmemo) > 100_000:
        rmemo.clear()
    todo: dict[int, set] = {}
    rev = None
    n = len(norm)
    for s, classes in _trigger_hits(norm, L, tmemo):
        if classes is None:
            if _DIGIT_CTX.match(norm, s) is None:
                continue  # a count ("20 شخصا"); day numbers are reached from their month word
            classes = _DIGIT_CLASS
        got = todo.get(s)
        if got is None:
            todo[s] = set(classes)
        else:
            got.update(classes)
        wstart = s
        if s > 0 and norm[s - 1] in "وفبلك" and (s < 2 or not norm[s - 2].isalnum()):
            wstart = s - 1  # the trigger carried a proclitic (و14, والسبت)
        for _ in range(5):  # back up over lexicon words / prepositions before the trigger
            if rev is None:
                rev = norm[::-1]
            pm = _REV_WORD.match(rev, n - wstart)
            if pm is None:
                break
            ws = n - pm.end(1)
            rw = pm.group(1)
            w = rmemo.get(rw)
            if w is None:
                w = rmemo[rw] = normalize(rw[::-1])
            if not w:
                break
            if w in st or w[0].isdigit() or (w.startswith("ال") and w[2:3].isdigit()):
                pos = ws
            elif w[0] in "وفبلك" and len(w) > 2 and (w[1:] in st or w[1].isdigit()):
                pos = ws + 1
            elif w[:2] in CLITICS and len(w) > 3 and w[2:] in st:
                pos = ws + 2
            else:
                break
            wstart = ws
            got = todo.get(pos)
            if got is None:
                todo[pos] = set(classes)
            else:
                got.update(classes)
    return [(p, _attempts(L, frozenset(cl))) for p, cl in sorted(todo.items())]


def _attempts(L: Lexicon, classes: frozenset) -> tuple[list[tuple], dict]:
    """(first characters, bound regex match, priority, name, pattern) of the patterns needing any
    of ``classes``, in file order (memoised; compiles those patterns on first need), and a dict
    (filled by find) from a first character to the (match, priority, name, pattern) of those
    patterns that can start with it, in the same order."""
    key = ("attempts", classes)
    r = L._pcache.get(key)
    if r is None:
        r = L._pcache[key] = ([(P.first, P.regex.match, P.priority, P.name, P) for P in L.patterns_for(classes)], {})
    return r


_DIGIT_CLASS = frozenset(("digit",))
# numbers that can start a digit-led expression: years (3-4 digits, "1990s"), numeric dates
# (14/11/2022), "'90s"; other numbers are reached by backing up from a month or unit word
_DIGIT_CTX = re.compile(r"\d{3,4}(?!\d)|\d{1,2}[ \t]*[-/.][ \t]*\d|\d0\x27?s\b"
                        r"|\d{1,2}[ \t]+(?:من[ \t]+)?(?:الجاري|الحالي|الماضي|المقبل|القادم|المنصرم|الفائت)(?!\w)")


def find(text: str, anchor: Optional[Date] = None, lang: Optional[str] = None) -> list[tuple[int, int, str, str, Res]]:
    """Raw matches ``(start, end, pattern_name, family, result)`` with offsets into ``text``."""
    L = lexicon()
    norm = _ascii_digits(text)
    cands = _candidates(norm, L)
    if not cands:
        return []
    offs = _Identity()
    ctx = _Ctx(L, anchor, lang, text, offs, norm)
    ctx.L_safe_wd = L.safe_wd_re  # type: ignore[attr-defined]
    ctx.L_spans = L.spans  # type: ignore[attr-defined]
    found = []
    covered = -1
    for pos, (pats, by_char) in cands:
        hits = []
        ch = norm[pos]
        # (the patterns whose first characters allow ch: one list per first character, memoised)
        tries = by_char.get(ch)
        if tries is None:
            tries = by_char[ch] = [x[1:] for x in pats if x[0] is None or ch in x[0]]
        for match, prio, pname, P in tries:
            m = match(norm, pos)
            if m is None:
                continue
            end = m.end()
            if end <= pos:
                continue
            while end > pos and (norm[end - 1].isspace() or norm[end - 1] in _FORMAT_CHARS):
                end -= 1
            hits.append((end, -prio, pname, P, m))
        hits.sort(reverse=True)
        for end, _, _, P, m in hits:
            if end <= covered:
                break  # inside a match that began earlier: it would lose the overlap anyway
            res = KINDS[P.kind](m, ctx)
            if res is not None:
                found.append((pos, end, P, res))
                covered = max(covered, end)
                break
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    occupied = bytearray(len(norm) + 1)
    out = []
    for s, e, P, res in found:
        if 1 in occupied[s:e]:
            continue  # overlaps a longer match
        occupied[s:e] = b"\x01" * (e - s)
        out.append((s, e, P.name, P.family, res))
    out.sort()
    return out


class _Identity:
    __slots__ = ()

    def __getitem__(self, i):
        return i


def parse(text: str, anchor: "Optional[_dt.date | str]" = None, lang: Optional[str] = None,
          base: int = 0, *, explicit_only: bool = False, doc_id: str = "",
          anaphors: Optional[dict] = None) -> list[TimeRef]:
    """Temporal expressions in ``text`` as TimeRefs (offsets + ``base``).

    ``anchor`` is the reference date (a date, datetime or ISO string) for relative and
    year-less expressions; with None they come back with ``value=None`` and
    ``basis="unresolved"``.  ``explicit_only`` keeps only expressions that name their
    date (used for captions).  ``anaphors``: a dict to fill with {ref id: days after the
    day named before} of the anaphoric days ("later in the day", "في اليوم التالي"), for
    :func:`resolve_anaphors`.
    """
    a = to_date(anchor)
    refs: list[TimeRef] = []
    prefix = f"{doc_id}\x1ft\x1f"     # ids: stable_id(doc_id, "t", start, end), spelled out
    for s, e, name, family, (value, end_value, gran, basis, direction) in find(text, a, lang):
        if explicit_only and basis != "explicit":
            continue
        s0, e0 = base + s, base + e
        r = TimeRef(_sha1(f"{prefix}{s0}\x1f{e0}".encode("utf-8")).hexdigest()[:16], s0, e0,
                    text[s:e], value, end_value, gran, basis, -1, direction)
        refs.append(r)
        if anaphors is not None and name == _ANAPHORIC:
            L = lexicon()
            m = L.pattern_by_name[name].regex.match(_ascii_digits(text[s:e]))
            k = L.anaphor.get(_key(m.group("anaphor"))) if m is not None else None
            if k is not None:
                anaphors[r.id] = k
    return refs


_ANAPHORIC = "anaphoric_day"   # the pattern of the anaphoric days (patterns.yaml)


def resolve_anaphors(refs: list[TimeRef], anaphors: dict, antecedent=None) -> None:
    """Date each anaphoric day of ``refs`` (``anaphors``: {ref id: days after}, from :func:`parse`) from the last
    day-precision expression with a value before it ("Police arrested two officials on Tuesday. … Thousands protested
    later in the day": that Tuesday; "قضت المحكمة الثلاثاء … وتم استدعاء السفير في اليوم التالي": Wednesday).  An
    anaphor resolved so is itself the day of the next one ("the next day … later that day"), and takes that day's
    basis ("on March 3, 2019 … the same day": explicit, as the text names the day).  Without a day before it, it
    keeps its reading from the anchor (the publication day, or the day after).  ``antecedent(r)`` False: ``r`` names
    no day of the story's happenings and is passed over (session 48: a quoted "today", a state's end after "until")."""
    if not anaphors:
        return
    last, basis = None, None
    for r in sorted(refs, key=lambda r: r.start):
        k = anaphors.get(r.id)
        if k is not None and last is not None:
            r.value = (last + _dt.timedelta(days=k)).isoformat()
            r.end_value, r.granularity, r.basis, r.direction = None, "day", basis, None
        if r.granularity == "day" and r.value and (antecedent is None or antecedent(r)):
            try:
                last, basis = Date.fromisoformat(r.value[:10]), r.basis
            except ValueError:
                pass


def to_date(anchor) -> Optional[Date]:
    if anchor is None or anchor == "":
        return None
    if isinstance(anchor, _dt.datetime):
        return anchor.date()
    if isinstance(anchor, Date):
        return anchor
    try:
        return Date.fromisoformat(str(anchor).strip()[:10])
    except ValueError:
        return None


def family_of(ref: TimeRef, text: str, anchor=None, lang=None) -> Optional[str]:
    """The pattern family that produced a TimeRef (for evaluation reports)."""
    for s, e, name, family, _ in find(text, to_date(anchor), lang):
        if s == ref.start and e == ref.end:
            return family
    return None
