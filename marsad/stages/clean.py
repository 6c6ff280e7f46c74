"""Clean stage: split ``doc.text`` into typed segments, by offsets (the text is never changed).

Each non-blank line (paragraph) becomes one segment, trimmed of spaces, NBSPs, zero-width and
bidi marks.  Kinds (``marsad.model.SEGMENT_KINDS``):

- ``title``: the first line when it looks like a headline (or equals ``doc.title``);
- ``ad``: advertisement markers ("إعلان", "Advertisement") — ``data/ingest/furniture.tsv``;
- ``other``: page furniture ("اقرأ أيضا", "Share", copyright lines, punctuation-only lines);
- ``source_line``: "المصدر : الجزيرة + وكالات", "Reporting by ..." — parsed into
  ``doc.publisher`` (an outlet) and ``doc.agencies`` (news agencies; "وكالات" -> "agencies");
- ``caption``: a line the reader marked as an image caption (``meta["caption_spans"]``, from HTML
  ``<figcaption>``), a Latin-script paragraph inside an Arabic article, a paragraph carrying a photo
  credit ("... REUTERS/Name"), a short Arabic paragraph ending with a parenthesised agency
  or source "(رويترز)", or a short paragraph ending with a bracketed photo credit "(Marsad photo)",
  "(صورة أرشيفية)";
- ``photo_credit``: the credit part of a caption paragraph ("Lehtikuva/Martti Kainulainen/via
  REUTERS ATTENTION EDITORS ..."), split from the caption at the sentence where it starts;
- ``dateline``: "إسطنبول - 12 ديسمبر (الأناضول) -" / "DAMASCUS, March 3 (Reuters) -" at the
  start of the first body paragraph (the rest of the paragraph is body).  Its date becomes
  ``published_at`` (basis ``dateline``) when the document has none and the date is complete;
  a year-less date is resolved only against a crawl date (``meta["fetched_at"]``), otherwise
  it is kept in ``meta["dateline"]`` and ``published_at`` stays missing;
- ``body``: everything else.

Word lists and patterns are data: ``marsad/data/ingest/{furniture.tsv,publishers.tsv,months.tsv,
patterns.yaml}``.  Cost: a few regexes per line, ~0.1 ms for a 600-word article.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from typing import Optional

from ..lang.normalize import normalize
from ..lang.scripts import AR_LETTER, LAT_ASCII, script_mask
from ..model import Document, Segment, stable_id  # noqa: F401  (segment ids == stable_id(doc.id, "seg", a, b))
from ..resources import cached, data_path, read_tsv_dicts

__all__ = ["CleanStage", "segment_text", "lookup_publisher", "load_ingest_data"]

_sha1 = hashlib.sha1

_STRIP = (" \t\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
          "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2060\u2066\u2067"
          "\u2068\u2069\u3000\ufeff\u0085\u2028\u2029")
_PUNCT = re.compile(r"[^\w\s©]+")
_SPACES = re.compile(r"\s+")
# letter runs written X[X]* (the same matches as X+): a pattern led by a character class lets
# the regex engine skip other characters with its fast first-character scan
_AR_RUN = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff][\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]*")
_LAT_RUN = re.compile(r"[A-Za-z][A-Za-z]*")
_WORD = re.compile(r"\S+")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _fnorm(s: str) -> str:
    """Matching form of a line for word-list lookups."""
    if s[:3] in ("(c)", "(C)"):
        s = "©" + s[3:]   # a footer's copyright sign typed as "(c)": "(c) 2025 <site>. All rights reserved. | About"
    return _SPACES.sub(" ", _PUNCT.sub(" ", normalize(s))).strip()


def _alt(names) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)


def _load() -> dict:
    import yaml
    pubs: dict[str, tuple[str, str]] = {}
    credit_names: list[str] = []
    all_names: list[str] = []
    for r in read_tsv_dicts(data_path("ingest", "publishers.tsv")):
        canon, kind = r["canonical"].strip(), r["kind"].strip()
        for n in (r.get("names_ar") or "").split("|") + (r.get("names_en") or "").split("|") + [canon]:
            n = n.strip()
            if not n:
                continue
            pubs.setdefault(_fnorm(n), (canon, kind))
            all_names.append(n)
        if kind in ("agency", "photo"):
            credit_names += [n.strip() for n in (r.get("names_en") or "").split("|")
                             if n.strip() and len(n.strip()) >= 2]
    credit_names = sorted(set(credit_names) | {n.upper() for n in credit_names})
    exact: dict[str, str] = {}
    prefix: dict[str, str] = {}
    labels: dict[str, str] = {}
    for r in read_tsv_dicts(data_path("ingest", "furniture.tsv")):
        key = _fnorm(r["pattern"])
        match = r["match"].strip()
        (exact if match == "exact" else labels if match == "label" else prefix)[key] = r["kind"].strip()
    months: dict[str, int] = {}
    for r in read_tsv_dicts(data_path("ingest", "months.tsv")):
        months[_fnorm(r["name"])] = int(r["month"])
    month_names_ar = []
    month_names_en = []
    for r in read_tsv_dicts(data_path("ingest", "months.tsv")):
        n = r["name"].strip()
        if re.match(r"[A-Za-z]", n):
            month_names_en += [n, n.capitalize(), n.upper()]
        else:
            month_names_ar.append(n)
            month_names_ar.append(normalize(n))
    with open(data_path("ingest", "patterns.yaml"), encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    subst = {"{MONTHS_AR}": _alt(month_names_ar), "{MONTHS_EN}": _alt(month_names_en),
             "{AGENCIES}": _alt(all_names), "{CREDIT_MARKERS}": _alt(credit_names)}
    pats = {}
    for k, v in raw.items():
        s = "".join(v) if isinstance(v, list) else str(v)
        for a, b in subst.items():
            s = s.replace(a, b)
        pats[k] = re.compile(s)
    max_prefix_words = max((len(p.split()) for p in prefix), default=1)
    # the first words of the furniture keys: a line whose matching form starts with another word is
    # no furniture (_may_be_furniture)
    first_words = frozenset(k.split(" ")[0] for k in list(exact) + list(prefix))
    return {"pubs": pubs, "exact": exact, "prefix": prefix, "max_prefix_words": max_prefix_words,
            "months": months, "pats": pats, "first_words": first_words, "labels": labels}


def load_ingest_data() -> dict:
    return cached(("ingest", "clean-data"), _load)


def lookup_publisher(name: str) -> Optional[tuple[str, str]]:
    """(canonical name, kind) of a publisher/agency name in Arabic or English, or None."""
    d = load_ingest_data()
    n = _fnorm(name)
    hit = d["pubs"].get(n)
    if hit is None and n.startswith("وكاله "):
        hit = d["pubs"].get(n[6:])
    if hit is None and n.startswith("ال") and len(n) > 4:
        hit = d["pubs"].get(n[2:])
    return hit


def _lines(text: str):
    """(start, end) of each non-blank line, trimmed of spaces and invisible marks."""
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        line = text[pos:nl]
        s = line.lstrip(_STRIP)
        if s:
            a = pos + (len(line) - len(s))
            b = a + len(s.rstrip(_STRIP))
            yield a, b
        pos = nl + 1


_SENT_END = (".", "!", "?", "؟", "»", '"', ":", "…", ")")


def _hard_wrapped(text: str, spans: list[tuple[int, int]]) -> bool:
    """True for plain text broken into short lines inside paragraphs (old wire dumps, e-mail):
    most lines are 40-100 characters, do not end a sentence, and blank lines separate paragraphs."""
    if len(spans) < 6 or "\n\n" not in text:
        return False
    mid = sum(1 for a, b in spans if 40 <= b - a <= 100 and not text[a:b].endswith(_SENT_END))
    return mid >= 0.6 * len(spans)


def _blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of blank-line-separated blocks, trimmed."""
    out = []
    start = None
    end = 0
    for a, b in _lines(text):
        if start is not None and text.count("\n", end, a) >= 2:
            out.append((start, end))
            start = None
        if start is None:
            start = a
        end = b
    if start is not None:
        out.append((start, end))
    return out


_TAG_ITEMS = re.compile(r"\s[|•·/]\s|,\s")   # the separators of a tag list ("Peru | Protests", "Peru, Protests")
_TAG_WORDS = 12   # words of a tag list at most


def _tag_line(d: dict, s: str) -> Optional[str]:
    """The kind of a tag line: a label of ``furniture.tsv`` match ``label`` right before a colon ("Topics: Peru |
    Protests | Latin America"), then a short list of items (two or more, no sentence end).  "Topics discussed
    included trade." (no colon after the label) and "Topics: the two leaders discussed trade." (a sentence) stay
    (session 54, PRECEN54: the page's tag line was coded as a protest; a prefix row would take the sentence too)."""
    head, colon, rest = s.partition(":")
    if not colon or len(head) > 30:
        return None
    kind = d["labels"].get(_fnorm(head))
    rest = rest.strip()
    if not kind or not rest or rest.endswith((".", "!", "?")) or len(rest.split()) > _TAG_WORDS:
        return None
    return kind if _TAG_ITEMS.search(rest) else None


def _furniture(d: dict, norm: str) -> Optional[str]:
    k = d["exact"].get(norm)
    if k:
        return k
    words = norm.split(" ")
    for i in range(min(len(words), d["max_prefix_words"]), 0, -1):
        k = d["prefix"].get(" ".join(words[:i]))
        if k:
            return k
    return None


_HEAD = 24   # characters of a line whose matching form decides its first word (_may_be_furniture)


def _may_be_furniture(d: dict, s: str) -> bool:
    """False when ``_furniture(d, _fnorm(s))`` is certainly None, from the line's first ``_HEAD``
    characters: every furniture key (exact or prefix) starts with the first word of the line's
    matching form, and _fnorm works character by character (punctuation and space runs become one
    space), so when the head's matching form holds a space its first word is the line's."""
    head = _fnorm(s[:_HEAD])
    sp = head.find(" ")
    return sp < 0 or head[:sp] in d["first_words"]


def _script_counts(s: str) -> tuple[int, int]:
    return sum(map(len, _AR_RUN.findall(s))), sum(map(len, _LAT_RUN.findall(s)))


def _credit_start(d: dict, s: str) -> Optional[int]:
    """Offset in ``s`` where a photo credit begins, or None."""
    if not ("/" in s or "hoto" in s or "mage" in s or "icture" in s or "ATTENTION" in s):
        return None
    m = d["pats"]["credit_marker"].search(s)
    if not m:
        return None
    i = m.start()
    if s[i] == "(":
        return i
    # back to the start of the sentence holding the marker
    j = max(s.rfind(". ", 0, i), s.rfind("; ", 0, i))
    k = s.rfind(" (", 0, i)
    if k > j and ")" not in s[k:i]:
        return k + 1
    return j + 2 if j >= 0 else 0


_CAPTION_WORDS = 25   # the longest one-sentence paragraph read as the caption of a credit line after it


def _lone_caption(s: str) -> bool:
    """Is the paragraph right before a line that is all photo credit ("REUTERS/Fayaz Aziz") its caption: one short
    sentence (at most :data:`_CAPTION_WORDS` words, no sentence end inside)?"""
    return s.count(" ") < _CAPTION_WORDS and not _SENTENCE_END.search(s.rstrip(". "))


class _Builder:
    __slots__ = ("doc", "segs")

    def __init__(self, doc: Document):
        self.doc = doc
        self.segs: list[Segment] = []

    def add(self, kind: str, a: int, b: int) -> None:
        t = self.doc.text
        while a < b and t[a] in _STRIP:
            a += 1
        while b > a and t[b - 1] in _STRIP:
            b -= 1
        if b > a:   # id: stable_id(doc.id, "seg", a, b), spelled out
            self.segs.append(Segment(_sha1(f"{self.doc.id}\x1fseg\x1f{a}\x1f{b}".encode("utf-8")).hexdigest()[:16],
                                     kind, a, b))


def _add_agency(doc: Document, name: str) -> None:
    if name and name not in doc.agencies:
        doc.agencies.append(name)


def _parse_source_line(d: dict, doc: Document, names: str) -> None:
    parts = [p.strip(" .:-()«»\"'") for p in d["pats"]["split_names"].split(names)]
    parts = [p for p in parts if p]
    doc.meta.setdefault("source_line", names)
    unknown = []
    for p in parts:
        hit = lookup_publisher(p)
        if hit is None:
            unknown.append(p)
            continue
        canon, kind = hit
        if kind == "outlet":
            if doc.publisher is None:
                doc.publisher = canon
        else:
            _add_agency(doc, canon)
    for i, p in enumerate(unknown):
        if doc.publisher is None and parts and p == parts[0]:
            doc.publisher = p  # as stated by the page, not canonicalised
        else:
            _add_agency(doc, p)


def _dateline_date(doc: Document, day: Optional[str], month: Optional[int], year: Optional[str]) -> Optional[str]:
    if not day or not month:
        return None
    try:
        dd = int(day.translate(_AR_DIGITS))
        if year:
            return date(int(year.translate(_AR_DIGITS)), month, dd).isoformat()
        fetched = doc.meta.get("fetched_at")
        if not fetched:
            return None
        f = datetime.fromisoformat(str(fetched)[:10]).date()
        y = f.year if (month, dd) <= (f.month, f.day + 2) else f.year - 1
        return date(y, month, dd).isoformat()
    except (ValueError, TypeError):
        return None


def _place_country(place: str, bracket: str) -> Optional[str]:
    """The ISO-3 code of the country named alone in ``bracket`` when ``place`` is a place of that country in the
    gazetteer ("دير الزور (سوريا)", "الموصل (العراق)"), else None (a person's or an outlet's name before the bracket)."""
    from ..geo.match import lookup
    c = lookup(bracket.strip())
    if c is None or c.entry.kind != "country" or c.end - c.start < len(bracket.strip()) - 1:
        return None
    p = lookup(place.strip(), country_hint=c.entry.country)
    return c.entry.country if p is not None and p.entry.country == c.entry.country else None


def _unknown_agency(place: str, bracket: str) -> bool:
    """Is ``bracket`` an outlet's name the publisher table does not hold, after a place of the gazetteer ("بغداد
    (مرصد) -"، "نيامي (وكالات) -": one to three words of letters, no digit or punctuation -- "( 1987 - 1994):" is no
    outlet; session 41)?"""
    from ..geo.match import lookup
    words = bracket.split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words) or lookup(bracket.strip()) is not None:
        return False   # (a place in the bracket is no outlet: "حلب (العراق) -")
    return _whole_place(place)


def _whole_place(name: str) -> bool:
    """Is ``name`` (stripped) a gazetteer place that fills it, all but at most one character?"""
    from ..geo.match import lookup
    name = name.strip()
    p = lookup(name)
    return p is not None and p.end - p.start >= len(name) - 1


def _stamp_place(s: str):
    """(end, info) of the place opening an Arabic page's time stamp line "بيروت | الأربعاء 30 أكتوبر 2019 - آخر تحديث:
    14:20" (a gazetteer place of one or two words before " | "), or None (session 41)."""
    head, bar, _ = s.partition(" | ")
    if not bar or not 1 <= len(head.split()) <= 2 or not _whole_place(head):
        return None
    return len(head), {"place": head.strip(), "day": None, "month": None, "year": None, "agency": None}


_STAMP_WHEN_EN = re.compile(r"\b(?:Published|Updated|Posted)\b|\b(?:19|20)[0-9]{2}\b")


def _stamp_place_en(s: str):
    """(end, info) of an English page's byline stamp whose bar-separated fields hold a place and a publication time
    ("Staff Reporter | ISLAMABAD | Published November 14, 2025 08:40am | Updated 10:15am"): the place is the
    dateline's (a gazetteer place of one to three words filling its field), or None (session 49, lead)."""
    fields = [f.strip() for f in s.split("|")]
    if len(fields) < 3 or not any(_STAMP_WHEN_EN.search(f) for f in fields):
        return None
    for f in fields:
        if 1 <= len(f.split()) <= 3 and all(w.isalpha() and w[:1].isupper() for w in f.split()) and _whole_place(f):
            return len(s), {"place": f, "day": None, "month": None, "year": None, "agency": None}
    return None


def _match_dateline(d: dict, s: str):
    """(end offset in s, info dict) of a dateline at the start of line ``s``, or None."""
    pats = d["pats"]
    m = pats["dateline_ar"].match(s)
    country = None
    if m and not m.group("day") and m.group("agency") and s[m.end("place"):].lstrip().startswith("(") \
            and lookup_publisher(m.group("agency")) is None:
        # "عمان (رويترز) -": a bracket right after the place must hold a known agency (not "( 1987 - 1994):"), or the
        # country of that place: "دير الزور (سوريا) -" (session 23, GAPA2)
        country = _place_country(m.group("place"), m.group("agency")) if m.group("end") else None
        if country is None and not (m.group("end") and _unknown_agency(m.group("place"), m.group("agency"))):
            m = None
    if m and (m.group("day") or m.group("agency") or m.group("agency2")):
        month = d["months"].get(_fnorm(m.group("month"))) if m.group("month") else None
        agency = None if country else m.group("agency") or m.group("agency2")
        return m.end(), {"place": m.group("place"), "day": m.group("day"), "month": month,
                         "year": m.group("year"), "agency": agency, "country": country}
    m = pats["dateline_en"].match(s)
    if m:
        day = m.group("day") or m.group("day2")
        mon = m.group("month") or m.group("month2")
        if day or m.group("agency"):
            month = d["months"].get(_fnorm(mon).lower()) if mon else None
            return m.end(), {"place": m.group("place"), "day": day, "month": month,
                             "year": m.group("year"), "agency": m.group("agency")}
    m = pats["dateline_ar_place"].match(s) or _english_place_dateline(pats, s)
    if m:
        return m.end(), {"place": m.group("place"), "day": None, "month": None, "year": None,
                         "agency": None}
    return None


def _english_place_dateline(pats: dict, s: str):
    """The match of an English place-only dateline ("LA PAZ - Bolivian President …") whose upper-case words (the first
    of a "BRUSSELS/MINSK" pair) are wholly a place of the gazetteer, or None (session 36 GAPEN36)."""
    m = pats["dateline_en_place"].match(s)
    from ..geo.match import lookup
    if m is None:
        return _english_region_dateline(pats, s)
    first = m.group("place").split("/")[0]
    p = lookup(first)
    return m if p is not None and p.start == 0 and p.end == len(first) and p.entry.kind != "country" else None


def _english_region_dateline(pats: dict, s: str):
    """(session 53, GAPEN53) "OREM, Utah - Authorities arrested …", "KOCANI, North Macedonia - Police …": an
    upper-case town, a comma and its region or country in mixed case, then a spaced dash, with no date or agency
    (``dateline_en`` needs one).  Taken when the region is wholly a place of the gazetteer and the town, when the
    gazetteer knows it, lies in the region's country."""
    m = pats["dateline_en"].match(s)
    if m is None or m.group("end") == ":" or m.group("day") or m.group("day2") or m.group("agency"):
        return None
    town, _, region = m.group("place").partition(", ")
    if not region or not town.isupper() or region.isupper() or "/" in town:
        return None
    from ..geo.match import lookup
    r, t = lookup(region), lookup(town)
    if r is None or r.start != 0 or r.end != len(region):
        return None
    if t is not None and t.start == 0 and t.end == len(town) and t.entry.country != r.entry.country:
        return None
    return m


_CRUMB_SEP = re.compile(r"\s*[>»›‹<|/]\s*")


def _breadcrumb(d: dict, s: str) -> bool:
    """A navigation line of two to twelve short menu items ("الرئيسية > أخبار > الخليج", "الرئيسية / أخبار / مصر"),
    after a "you are here" label ("أنت هنا: الرئيسية / خليجي / قطر", session 46); a menu or breadcrumb line of at least
    :data:`_MENU_PIPES` spaced "|" / ">" whose items may hold an abbreviation's full stop ("Home > U.S. > California")."""
    lead = d["pats"]["breadcrumb_lead"].match(s)
    if lead:
        s = s[lead.end():]
    parts = [p for p in _CRUMB_SEP.split(s) if p.strip()]
    if len(_MENU_SEP.findall(s)) >= _MENU_PIPES and len(s) < 200 and all(
            len(p.split()) <= 4 and not p.rstrip().endswith(("!", "?", "؟", "،")) for p in parts):
        return True
    if not (d["pats"]["breadcrumb"].match(s) or d["pats"]["breadcrumb_home"].match(s)):
        return False
    return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts)


_MENU_PIPES = 2   # separators of a menu or breadcrumb line with an abbreviation's full stop (a sentence seldom holds two)
_MENU_SEP = re.compile(r"\s[|>»›]\s")


_CHROME_LINES = 4   # leading lines that may be navigation (a skip link, a menu, a breadcrumb) before the headline
_SHORT_CAPTION = 25   # words of a caption line whose bracketed credit is no known publisher
_SENTENCE_END = re.compile(r"[.!?؟]")


def _short_credit(credit: str) -> bool:
    """A bracketed source name of one or two words without digits ("مرصد", "أ ف ب"-like): not an acronym gloss
    inside a sentence, which ends with a period after the bracket."""
    c = credit.strip()
    return 0 < len(c.split()) <= 2 and not any(ch.isdigit() for ch in c)


def segment_text(doc: Document) -> list[Segment]:
    """Typed segments of ``doc.text`` (also fills publisher, agencies, dateline date)."""
    d = load_ingest_data()
    text = doc.text
    spans = list(_lines(text))
    out = _Builder(doc)
    if not spans:
        return out.segs
    if _hard_wrapped(text, spans):
        spans = _blocks(text)
        doc.meta["hard_wrapped"] = True
    mask = script_mask(text)
    if mask is not None:
        # (the same counts as _script_counts, one bytes.count each: see marsad.lang.scripts)
        cnt = mask.count
        counts = [(cnt(AR_LETTER, a, min(b, a + 300)), cnt(LAT_ASCII, a, min(b, a + 300))) for a, b in spans]
    else:
        counts = [_script_counts(text[a:min(b, a + 300)]) for a, b in spans]
    ar_total = sum(c[0] for c in counts)
    lat_total = sum(c[1] for c in counts)
    arabic_doc = ar_total >= lat_total
    title_norm = _fnorm(doc.title) if doc.title else None
    cap_spans = doc.meta.get("caption_spans") or ()  # from the reader (HTML <figcaption>)
    seen_body = False
    related = 0
    title_i = 0   # the line that may be the title: the first, or the one after a leading breadcrumb
    for i, (a, b) in enumerate(spans):
        s = text[a:b]
        if i == title_i and i < _CHROME_LINES and len(s) < 120 and _breadcrumb(d, s):
            out.add("other", a, b)   # "الرئيسية > أخبار > الخليج": page chrome, the headline follows (session 22)
            # (a menu line and then a breadcrumb: "Home | World | Africa" + "World > Africa > Madagascar", session 42)
            title_i = i + 1
            continue
        if i == title_i:
            norm = _fnorm(s) if len(s) < 100 or title_norm else ""
        elif len(s) < 200 and (len(s) <= _HEAD or _may_be_furniture(d, s)):
            norm = _fnorm(s)
        else:
            norm = ""   # (only the furniture test and the title read it: neither can hold here)
        ar, lat = counts[i]
        # furniture / ads; a longer line only as a related-story link with its colon ("اقرأ أيضا: <headline>", s32)
        if norm and (len(norm) < 80 or s.count("|") >= 2):
            # (a footer's links joined by "|" run longer: "من نحن | اتصل بنا | … | جميع الحقوق محفوظة ©", s45)
            kind = _furniture(d, norm)
        elif norm and ":" in s[:_HEAD]:
            kind = _furniture(d, norm)
            kind = kind if kind == "other" else None
        else:
            kind = None
        tags = not kind and d["labels"] and ":" in s[:32] and len(s) < 200 and _tag_line(d, s)
        if tags:
            out.add(tags, a, b)   # "Topics: Peru | Protests | Latin America" (session 54); no link lines after it
            related = 0
            continue
        if kind:
            out.add(kind, a, b)
            leading = i == title_i and i < 3
            if leading:
                title_i = i + 1   # "الرئيسية / أخبار / مصر" + "إعلان" + the headline: an ad line above it is no headline
            # "اقرأ أيضا" / "Read more" alone on its line: the headline links after it are furniture too (not a
            # leading chrome line before the headline: "Skip to content", session 46)
            related = 3 if kind == "other" and len(norm.split()) <= 3 and not leading else 0
            continue
        if related and len(s) <= 120 and not s.endswith((".", "。")) and s.count(" ") < 15:
            related -= 1
            out.add("other", a, b)
            continue
        related = 0
        if not _HAS_LETTER.search(s):
            out.add("other", a, b)
            continue
        m = d["pats"]["source_line"].match(s) if len(s) < 200 else None
        if m:
            out.add("source_line", a, b)
            _parse_source_line(d, doc, m.group("names"))
            continue
        nwords = s.count(" ") + 1 if len(s) < 400 else 99
        if i == title_i and i + 1 < min(len(spans), _CHROME_LINES) and nwords <= 4 and title_norm is None \
                and _breadcrumb(d, text[spans[i + 1][0]:spans[i + 1][1]]):
            out.add("other", a, b)   # "شبكة الساحل الإخبارية" + the site's menu: the site's name, no headline (s46)
            title_i = i + 1
            continue
        if i == title_i and (title_norm is not None and norm == title_norm or
                       len(spans) > 1 and nwords <= 30 and len(s) <= 250 and not s.endswith((".", ":"))
                       and _match_dateline(d, s) is None):
            out.add("title", a, b)
            continue
        # captions and credits
        latin_par = arabic_doc and lat >= 15 and lat > 2 * ar
        cs = _credit_start(d, s)
        if cs is None and ar > lat and nwords <= 7 and d["pats"]["credit_line_ar"].match(s):
            cs = 0   # "الصورة: أ ف ب": an Arabic credit line (session 45)
        if cs is None and ar > lat and ("-" in s[-60:] or "–" in s[-60:] or "—" in s[-60:]):
            m = d["pats"]["caption_dash_credit_ar"].search(s, max(0, len(s) - 60))
            cs = m.start() + 1 if m else cs   # "… في المكتب البيضاوي - الصورة: رويترز": a caption, its credit (s47)
        marked = bool(cap_spans) and any(ca <= a < cb for ca, cb in cap_spans)
        if cs is not None or latin_par or marked:
            if cs is None:
                out.add("caption", a, b)
            elif cs <= 0:
                prev = out.segs[-1] if out.segs else None
                if prev is not None and prev.kind == "body" and _lone_caption(text[prev.start:prev.end]):
                    prev.kind = "caption"   # "PTI supporters clash with police on Tuesday." + "REUTERS/Name" (s30)
                    # a photo's caption above the lead was no lead: the next line may still open with the dateline
                    # ("BEIJING -- Chinese President …" after the caption and its "Photo: AFP"; session 49 GAPEN49)
                    seen_body = seen_body and any(sg.kind == "body" for sg in out.segs)
                out.add("photo_credit", a, b)
            else:
                out.add("caption", a, a + cs)
                out.add("photo_credit", a + cs, b)
            continue
        if ar > lat and nwords <= 40 and (s.endswith(")") or s.endswith(").")):
            m = d["pats"]["caption_tail_ar"].search(s)
            if m and lookup_publisher(m.group("credit")) is not None \
                    and not d["pats"]["agency_gloss_ar"].search(s, max(0, m.start() - 80), m.start()):
                out.add("caption", a, b)
                continue
            if m and seen_body and nwords <= _SHORT_CAPTION and s.endswith(")") and _short_credit(m.group("credit")) \
                    and not _SENTENCE_END.search(s[:m.start()]):
                # "رئيسا الحكومتين خلال توقيع الاتفاقيات في الرباط (مرصد)": a short line after the lead with no
                # sentence end, closed by a bracketed name of one or two words = a caption with its credit (session 17)
                out.add("caption", a, b)
                continue
        if nwords <= 40 and s.endswith((")", ").")) and d["pats"]["caption_tail_photo"].search(s):
            out.add("caption", a, b)   # "Serbs rally on the bridge on Wednesday. (Marsad photo)", "(صورة أرشيفية)"
            continue
        if lat > ar and nwords <= 40 and s.endswith(")") and d["pats"]["caption_tail_credit"].search(s):
            out.add("caption", a, b)   # "A boat is hit by a water cannon on Wednesday. (Armed Forces of the Philippines)"
            continue
        # body (with a dateline at the start of the first body paragraph)
        if not seen_body:
            if len(s) < 120 and ar > lat and d["pats"]["date_only_ar"].match(s):
                # "القاهرة (مرصد) - السبت 27 مايو 2017": a header, not the lead (session 32 fixar)
                dl = _match_dateline(d, s)
                if dl is not None:
                    out.add("dateline", a, a + dl[0])
                    _apply_dateline(doc, dl[1])
                off = a + (dl[0] if dl is not None else 0)
                if off < b:   # (no empty segment when the dateline took the whole line)
                    out.add("other", off, b)
                continue
            if lat > ar and len(s) < 160 and "|" in s:
                dl = _stamp_place_en(s)
                if dl is not None:
                    # "Staff Reporter | ISLAMABAD | Published November 14, 2025": a byline stamp with its place is the
                    # dateline; the lead is the next paragraph (session 49, lead)
                    out.add("dateline", a, b)
                    _apply_dateline(doc, dl[1])
                    continue
            if (len(s) < 80 and d["pats"]["date_line_en"].match(s)) or (len(s) < 120 and d["pats"]["byline_en"].match(s)) or \
                    len(s) < 120 and ar > lat and not s.endswith(".") and (
                        d["pats"]["date_line_ar"].search(s) or len(s) < 60 and d["pats"]["byline_ar"].match(s)):
                # "By Marsad staff" / "February 5, 2024" before the lead (session 25, B14EN); an Arabic header
                # "الرياض - أوتاوا | الاثنين … - آخر تحديث: 11:05" keeps its first place as the dateline's (session 32)
                dl = (_match_dateline(d, s) or _stamp_place(s)) if ar > lat else None
                if dl is not None:
                    out.add("dateline", a, b)
                    _apply_dateline(doc, dl[1])
                else:
                    out.add("other", a, b)
                continue
            dl = _match_dateline(d, s)
            if dl is not None and 0 < len(s[dl[0]:].split()) <= 2 and not _SENTENCE_END.search(s[dl[0]:]):
                # "طهران - مرصد" on a line of its own: the dateline and an agency it does not know; the lead is the
                # next paragraph (session 38)
                out.add("dateline", a, b)
                _apply_dateline(doc, dl[1])
                continue
            if dl is None and lat > ar and out.segs and out.segs[-1].kind == "title" and nwords <= 40 \
                    and not s.rstrip().endswith((".", "!", "?", ".\"", ".\u201d")):
                # (session 53, GAPEN53) an English standfirst right under the headline, with no full stop ("Vucic
                # blames foreign-backed \"colour revolution\" as dozens are detained; students vow …"): body text
                # still, but no lead -- the byline and the "BELGRADE - …" dateline below it are read as such
                out.add("body", a, b)
                continue
            seen_body = True
            if dl is not None:
                end, info = dl
                out.add("dateline", a, a + end)
                out.add("body", a + end, b)
                _apply_dateline(doc, info)
                continue
        out.add("body", a, b)
    return out.segs


def _apply_dateline(doc: Document, info: dict) -> None:
    ag = info.get("agency")
    if ag:
        hit = lookup_publisher(ag)
        if hit and hit[1] != "outlet":
            _add_agency(doc, hit[0])
        elif hit and doc.publisher is None:
            doc.publisher = hit[0]
        info["agency"] = hit[0] if hit else ag
    iso = _dateline_date(doc, info.get("day"), info.get("month"), info.get("year"))
    info = {k: v for k, v in info.items() if v is not None}
    if iso:
        info["date"] = iso
        if not doc.published_at:
            doc.published_at = iso
            doc.published_at_basis = "dateline"
    elif info.get("month") and info.get("day"):
        info["date"] = f"--{info['month']:02d}-{int(str(info['day']).translate(_AR_DIGITS)):02d}"
    doc.meta["dateline"] = info


class CleanStage:
    """Fill ``doc.segments`` (and publisher/agencies/dateline date); skipped if segments exist."""

    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        if doc.segments:
            return doc
        if doc.publisher:
            hit = lookup_publisher(doc.publisher)
            if hit and hit[1] == "outlet" and hit[0] != doc.publisher:
                doc.meta.setdefault("publisher_raw", doc.publisher)
                doc.publisher = hit[0]
        doc.segments = segment_text(doc)
        return doc
