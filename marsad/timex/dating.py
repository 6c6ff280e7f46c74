"""Date an event from the document's time expressions.

``date_event(doc, ev)`` sets ``ev.date``, ``ev.date_end``, ``ev.date_granularity``,
``ev.date_basis`` and ``ev.date_timeref_id``.  Order of evidence:

1. the time expression governing the event's clause: the first one after the trigger
   in the same clause (Arabic and English put the time after the verb: "اجتمع … يوم
   14 نوفمبر"), else the nearest one before it in that clause;
2. the nearest one in the sentence (before the trigger first, then after);
3. the nearest non-vague one earlier in the same paragraph;
4. the publication date (basis ``publication``), or ``unresolved`` without one.

Clauses are cut at punctuation and clause-opening words (``data/time/clauses.yaml``:
"منذ أن", "بعد أن", "الذي", "when", "which" …), so in "اجتمع … يوم 14 نوفمبر …، وهو
الاجتماع … منذ أن شنت روسيا الحرب … يوم 24 فبراير" each verb gets its own date.
Caption events (segment kind caption/photo_credit) use only explicit dates of their own
segment and never the article's date.  ``date_basis`` is the TimeRef's basis
(explicit / relative / inferred, or unresolved when the governing expression has no
anchor), ``publication`` or ``unresolved``.
"""
from __future__ import annotations

import re
from datetime import date as _date, timedelta
from operator import attrgetter
from typing import Optional

import yaml

from ..model import Document, Event, TimeRef
from ..resources import cached, data_path
from ..lang.normalize import normalize
from ..coding.lexicon import ar_candidates
from .lexicon import _alt


def _clauses() -> dict:
    """clauses.yaml, read once per process (the clause words, dated nouns, past verbs and "days after" phrases)."""
    return cached(("timex", "clauses.yaml"),
                  lambda: yaml.safe_load(open(data_path("time", "clauses.yaml"), encoding="utf-8")))


def _load():
    d = _clauses()
    words = [w for ws in d["words"].values() for w in ws]
    # variant-tolerant (hamza, ta marbuta, diacritics) and case-insensitive on the raw text
    word_re = re.compile(r"(?<!\w)(?:[وف])?" + _alt(words) + r"(?!\w)", re.IGNORECASE)
    punct = set(d["punctuation"])
    rel = [w for ws in (d.get("relative") or {}).values() for w in ws]
    rel_re = re.compile(r"(?<!\w)(?:[وف])?" + _alt(rel) + r"(?!\w)", re.IGNORECASE) if rel else None
    ind = [w for ws in (d.get("independent") or {}).values() for w in ws]
    ind_re = re.compile(r"(?:[وف])?" + _alt(ind) + r"(?!\w)", re.IGNORECASE) if ind else None
    dur = [w for ws in (d.get("duration") or {}).values() for w in ws]
    dur_re = re.compile(_alt(dur) + r"(?!\w)", re.IGNORECASE) if dur else None
    named = [w for w in d.get("dated_nouns") or []]
    # the noun with its clitics and article, then white space to the end: matched against the text before a year
    parts = [w for w in d.get("dated_participles") or []]
    # (a participle after the noun and its genitive: "إعلان المبادئ الموقع عام 2015", session 45)
    tail = (r"(?:\s+\S+){0,2}\s+" + _alt(parts) + r"(?:\s+في)?") if parts else ""
    # (two genitive words since session 48: "باتفاق فض الاشتباك الموقع عام 1974")
    named_re = re.compile(r"(?<!\w)(?:[وفبل]|ال|بال|لل|وال|وبال|فال)?" + _alt(named) + r"(?:" + tail + r")?\s+\Z") \
        if named else None
    return word_re, punct, frozenset(d.get("caption_kinds", ["caption"])), rel_re, ind_re, dur_re, named_re


def _data():
    return cached(("timex", "clauses"), _load)


def _load_past():
    d = _clauses()
    return frozenset(d.get("past_irregular_en") or ()), tuple(d.get("past_not_prefix_ar") or ())


def _past_verb(ev: Event) -> bool:
    """Is the event's trigger a past verb (clauses.yaml ``past_irregular_en`` / ``past_not_prefix_ar``)?"""
    if ":verb:" not in ev.rule or not ev.trigger:
        return False
    first = ev.trigger.split()[0]
    irregular, not_ar = cached(("timex", "past_verbs"), _load_past)
    if ev.lang == "en":
        w = first.lower()
        return w.endswith("ed") or w in irregular
    if ev.lang == "ar":
        w = first[1:] if first[:1] in ("و", "ف") and len(first) > 3 else first
        return bool(w) and not w.startswith(not_ar)
    return False


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _later_year(x: TimeRef, pub: str) -> bool:
    """Does the expression ``x`` write out a year after the publication's ("from 2027 race", "انتخابات 2026")?"""
    m = _YEAR.search(x.text)
    return m is not None and x.basis == "explicit" and m.group(1) > pub[:4]


def _load_days_after():
    d = _clauses().get("days_after") or {}
    keys = [(re.compile(_alt([w]) + r"\Z", re.IGNORECASE), int(n)) for n, ws in d.items() for w in ws]
    words = [w for ws in d.values() for w in ws]
    if not words:
        return None, ()
    return re.compile(r"(?<!\w)(?:[وف])?(" + _alt(words) + r")(?!\w)", re.IGNORECASE), keys


def _days_after(doc: Document, ev: Event, r: Optional[TimeRef], s_start: int) -> None:
    """"closed the crossings on Tuesday, a day after guards exchanged fire": the event after the phrase (clauses.yaml
    ``days_after``) is N days before the clause's date ``r`` when ``r`` is a day before the phrase in the sentence and
    no time expression stands between the phrase and the trigger (session 15).  With no ``r`` (session 26 B17AR: an
    undated sentence, "ويأتي الاجتماع بعد يومين من استقبال الملك …") the event is N days before the publication day
    the event was given."""
    if (r is not None and (r.granularity != "day" or r.end > ev.trigger_start)) or not ev.date or len(ev.date) != 10:
        return
    rx, keys = cached(("timex", "days_after"), _load_days_after)
    if rx is None:
        return
    m = None
    for m in rx.finditer(doc.text, max(s_start, r.end if r is not None else s_start, ev.trigger_start - 90),
                         ev.trigger_start):
        pass
    if m is None or any(m.end() <= x.start < ev.trigger_start for x in doc.timerefs):
        return
    # a comma closes the phrase as an aside: "On Sunday, a day after the mayor was shot, protesters stormed …" -- the
    # verb after it is the sentence's main verb, of the day named before (session 52)
    if re.search(r"[,،](?!\d)", doc.text[m.end():ev.trigger_start]):   # (not "15,000")
        return
    n = next((n for k, n in keys if k.match(m.group(1))), 0)
    if not n:
        return
    try:
        ev.date = (_date.fromisoformat(ev.date) - timedelta(days=n)).isoformat()
    except ValueError:
        return
    ev.date_basis = "relative"


def caption_kinds() -> frozenset:
    return _data()[2]


def _punct_re() -> "re.Pattern[str]":
    """One character class of the clause punctuation (the C scanner finds the next mark)."""
    def load():
        chars = "".join(re.escape(c) for c in sorted(_data()[1]) if len(c) == 1)
        return re.compile(f"[{chars}]" if chars else r"(?!)")
    return cached(("timex", "clause_punct_re"), load)


def _comma_before(text: str, sent_start: int, pos: int) -> int:
    """Offset of the last clause punctuation before ``pos`` in the sentence when it is a comma, else -1."""
    last = -1
    for m in _punct_re().finditer(text, sent_start, pos):
        last = m.start()
    return last if last >= 0 and text[last] in ",،" else -1


def _relative(text: str, r: TimeRef, sent_start: int) -> bool:
    """Is the time expression ``r`` inside a non-restrictive relative clause (the last clause punctuation
    before it is a comma followed by a relative opener)?  Such a date belongs to that clause's own verb."""
    rel_re = _data()[3]
    if rel_re is None:
        return False
    last = _comma_before(text, sent_start, r.start)
    if last < 0:
        return False
    p = last + 1
    while p < r.start and text[p].isspace():
        p += 1
    m = rel_re.match(text, p)
    return m is not None and m.end() <= r.start


_SUBJECT_ASIDE_GAP = 3   # words between the aside's closing comma and the main verb ("…, then pledged")


def subject_aside_day(text: str, r: TimeRef, sent_start: int, sent_end: int, ts: Optional[int] = None) -> bool:
    """(session 42, English) Is ``r`` inside the subject's comma-set who-clause -- the sentence's first comma opens
    "who", the next closes it -- so that it dates the sentence's main verb too when nothing else does?  "Leaders of
    the Group of Seven, who held a video call with Zelenskiy on Tuesday, pledged to keep supporting Ukraine", "The
    governor, who visited wounded protesters on Wednesday, said 30 people were being treated.  He ordered …" (the
    in-sample gold dates the pledge and the governor's acts by the aside's day).  With ``ts`` the trigger must follow
    the closing comma within a few words (it is the main verb)."""
    if not _relative(text, r, sent_start):
        return False
    opened = _comma_before(text, sent_start, r.start)
    if opened < 0 or "," in text[sent_start:opened] or not text[opened + 1:opened + 6].lstrip().startswith("who "):
        return False
    close = text.find(",", r.end, sent_end)
    if close < 0 or any(c in text[r.end:close] for c in ".;:"):
        return False
    if ts is None:
        return True
    return close < ts and len(text[close + 1:ts].split()) <= _SUBJECT_ASIDE_GAP


def _closed_relative(text: str, r: TimeRef, sent_start: int, ts: int) -> bool:
    """Is ``r`` inside a relative clause opened by a comma and an Arabic relative word (clauses.yaml
    ``relative_closed``) and closed by a comma before the trigger at ``ts``?"""
    rx = cached(("timex", "relative_closed"), lambda: re.compile(
        r"\s*(?:" + _alt([w for ws in (_clauses().get("relative_closed") or {}).values() for w in ws]) + r")(?!\w)")
        if _clauses().get("relative_closed") else None)
    if rx is None or not any(c in text[r.end:ts] for c in ",،"):
        return False
    last = _comma_before(text, sent_start, r.start)
    if last < 0:
        return False
    m = rx.match(text, last + 1)
    return m is not None and m.end() <= r.start


_NOUN_END = ("هم", "هن", "ها", "كم", "نا")


def _noun_duration(text: str, r: TimeRef) -> bool:
    """Is ``r`` a duration (منذ …, clauses.yaml ``duration``) right after a noun: a definite noun or a noun with a
    possessive suffix ("احتجاجا على تأخر صرف رواتبهم منذ ثلاثة أشهر"، "المحتجزين منذ سنوات")?  It measures that
    noun's state, so it dates no event of a later clause ("…، وطالبوا الحكومة …"; session 26 B16AR).  After a verb
    ("أعلنت منذ يومين") منذ + a count reads "ago" and stays."""
    dur_re = _data()[5]
    if dur_re is None or not dur_re.match(text, r.start):
        return False
    before = text[max(0, r.start - 30):r.start].split()
    if not before:
        return False
    w = before[-1].strip("\"'“”«»")
    for p in ("وال", "بال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return True
    # a noun with a possessive suffix: no imperfect / future prefix and not a perfect with an object suffix
    # (اعتقلهم، أبلغها: their stem is a verb's; a noun of three letters or more before the suffix that does not
    # begin with أ / ا / ي / ت / ن / س)
    return w.endswith(_NOUN_END) and len(w) >= 5 and w[0] not in "أاإيتنسو"


def _paren_aside(text: str, r: TimeRef, s_start: int, s_end: int, ts: int) -> bool:
    """Is ``r`` inside a parenthesis of the sentence that does not hold the trigger at ``ts`` and that says more than
    the date (two words or more besides it: "(الذي انسحب من المدينة يوم الأحد)")?  A parenthesis of the date alone
    glosses the date before it ("أمس (الاثنين)") and stays."""
    o = text.rfind("(", s_start, r.start)
    if o < 0 or ")" in text[o:r.start]:
        return False
    c = text.find(")", r.end, s_end)
    if c < 0 or o < ts < c:
        return False
    return len((text[o + 1:r.start] + " " + text[r.end:c]).split()) >= 2


def _inside(pos: int, refs: list[TimeRef]) -> bool:
    return any(r.start <= pos < r.end for r in refs)


def _predicative_as(text: str, m: "re.Match[str]") -> bool:
    """Is the boundary word ``m`` the predicative "as" of a judgement ("rejected the claims as baseless", "as 'absurd'"),
    which opens no clause (clauses.yaml ``predicative_as_en``), or of an office ("resigned as Britain's deputy prime
    minister on Friday", "was sworn in as president on Monday": ``office_as_en``, session 51)?"""
    if m.group().lower() != "as":
        return False
    rx = cached(("timex", "predicative_as"), lambda: re.compile(
        r"\s*(?:[\"“'‘]|(?:" + _alt(_clauses().get("predicative_as_en") or ["(?!)"]) + r")(?!\w))", re.IGNORECASE))
    return rx.match(text, m.end()) is not None or _office_as().match(text, m.end()) is not None


def _office_as() -> "re.Pattern[str]":
    """The noun phrase of an office right after "as": an optional determiner or possessive, at most three modifiers, an
    office noun (``office_as_en``), and no verb after it ("as the president arrived on Friday" opens a clause)."""
    def load():
        d = _clauses().get("office_as_en") or {}
        return re.compile(
            r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.-]+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?(?:"
            + _alt(d.get("nouns") or ["(?!)"]) + r")s?(?!\w)(?!\s+(?:" + _alt(d.get("not_after") or ["(?!)"])
            + r"|\w+ed)\b)", re.IGNORECASE)
    return cached(("timex", "office_as"), load)


def clause_bounds(text: str, start: int, end: int, ts: int, te: int, refs: list[TimeRef]) -> tuple[int, int]:
    """(clause start, clause end) around the trigger [ts, te) inside the sentence
    [start, end): the nearest boundary before and after, ignoring time expressions."""
    word_re = _data()[0]
    pre = _punct_re()
    cs, ce = start, end
    # the last mark before the trigger and the first one after it (outside time expressions),
    # found by the regex scanner rather than a Python loop over every character
    last = -1
    for m in pre.finditer(text, start, ts):
        if not _inside(m.start(), refs):
            last = m.start()
    if last >= 0:
        cs = last + 1
    m = pre.search(text, te, end)
    while m is not None:
        i = m.start()
        if not _inside(i, refs):
            ce = i
            break
        m = pre.search(text, i + 1, end)
    for m in word_re.finditer(text, cs, ce):
        p = m.start()
        if _inside(p, refs) or _predicative_as(text, m):
            continue
        if m.end() <= ts and p + 1 > cs:
            cs = max(cs, p)
        elif p >= te:
            ce = min(ce, p)
            break
    return cs, ce


_START = attrgetter("start")


def _recent_day(value: str, pub: str) -> bool:
    """Is the ISO day ``value`` the publication day ``pub`` or one of the six days before it?"""
    try:
        d, p = _date.fromisoformat(value), _date.fromisoformat(pub)
    except ValueError:
        return False
    return 0 <= (p - d).days <= 6


def governing_ref(doc: Document, refs: list[TimeRef], sent_start: int, sent_end: int,
                  ts: int, te: int) -> Optional[TimeRef]:
    """The time expression of one sentence that governs the trigger [ts, te)."""
    if not refs:
        return None
    refs = sorted(refs, key=_START) if len(refs) > 1 else refs
    # (each step below is the first / last expression of ``refs`` in start order that passes its test)
    for r in refs:
        if ts <= r.start and r.end <= te:
            # a multi-word trigger that contains its date ("وقعا في مايو 2023 إعلانا")
            return r
    cs, ce = clause_bounds(doc.text, sent_start, sent_end, ts, te, refs)
    for r in refs:
        if te <= r.start < ce:
            return r
    for r in reversed(refs):
        if r.end <= ts and r.start >= cs:
            return r
    ind_re = _data()[4]
    if ind_re is not None and cs > sent_start and ind_re.match(doc.text, cs):
        # "عرض استضافة الجولة الشهر المقبل، فيما رحبت واشنطن بالمبادرة": a clause opened by فيما / بينما / في حين
        # takes no date from before its opener (session 11); a later one only as below -- but "while" joins two
        # happenings of one time: "وخرج آلاف المحتجين أمس …، فيما أطلقت قوات الأمن الرصاص" keeps a recent past day
        # of the clause before it (within the publication day's week; not after لكنه, a later predicate; session 33)
        pub = (doc.published_at or "")[:10]
        same_time = not doc.text[cs:cs + 6].lstrip("وف").startswith("لكن")
        refs = [r for r in refs if r.start >= te or (same_time and pub and r.value and _recent_day(r.value[:10], pub))]
    for r in refs:
        if r.start <= ts and r.end >= te:
            return r
    for r in reversed(refs):
        if r.end <= ts and not _relative(doc.text, r, sent_start) and not _closed_relative(doc.text, r, sent_start, ts) \
                and not (r.end <= cs and _noun_duration(doc.text, r)) and not _quoted_before(doc.text, r, sent_start, ts):
            return r
    # a later clause opened by a clause word ("…، حيث كان يقيم الملك حتى بداية التسعينات") dates its own verb,
    # not the event: after the trigger's clause only an expression with no such opener before it
    word_re, dur_re = _data()[0], _data()[5]
    pub = (doc.published_at or "")[:10]
    for r in refs:
        if r.start < te:
            continue
        if r.start >= ce and _coarse_past(r, pub) and not _that_was(doc.text, ce, r.start) \
                and any(c in doc.text[te:r.start] for c in ("،", ",")):
            # (a comma between: "Russia and China, which vetoed a resolution on new sanctions in 2022, are …" keeps
            # the year, the verb's own PP -- a pinned suite test)
            # "واتهم ساعر السلطات التركية بتحويل القضاء …، في إشارة إلى سجن رئيس البلدية منذ مارس الماضي": a past month
            # or year in a later clause than the trigger's names a background noun's time, not the act's (session 55)
            return None
        if any(not _inside(m.start(), refs) and not _closed_aside(doc.text, m.start(), r.start)
               and not _setting_relative(doc.text, te, m.start())
               for m in word_re.finditer(doc.text, ce, r.start)):
            return None
        if dur_re is not None and dur_re.match(doc.text, r.start):
            return None   # "…، مطالبات بالإفراج عن المحتجزين منذ سنوات": the later clause's duration (session 12)
        return r
    return None


_SETTING_NOUN_WORDS = 3   # words of the gathering's noun phrase between the setting opener and the relative word


def _setting_relative(text: str, te: int, at: int) -> bool:
    """Is the relative word at ``at`` the opener of a clause dating a setting phrase of the trigger ending at ``te``
    ("وأدان الوزراء، في ختام اجتماعهم الطارئ الذي عقد أمس، الهجوم", "during a summit that was held on Monday"):
    right after the trigger's subject, a setting opener (clauses.yaml ``setting_openers``) and at most a few words of
    its noun before the relative word?  The gathering's day is then the act's (session 47)."""
    if text[at:at + 6].split()[:1] not in ([w] for w in _ASIDE_OPENERS + ("that", "which")):
        return False
    openers = cached(("timex", "setting_openers"), lambda: tuple(
        sorted((w for ws in (_clauses().get("setting_openers") or {}).values() for w in ws), key=len, reverse=True)))
    gap = text[te:at]
    for w in openers:
        k = gap.find(w + " ")
        if k >= 0 and (k == 0 or not gap[k - 1].isalpha()) and not re.search(r"[.;:؛]", gap) \
                and len(gap[k + len(w):].split()) <= _SETTING_NOUN_WORDS + (w.isascii() and 1):
            return True
    return False


def _quoted_before(text: str, r: TimeRef, sent_start: int, ts: int) -> bool:
    """(session 45) Is ``r`` inside a quotation that closes before the trigger at ``ts`` ("وقالت إنه \"لا يتعامل مع حقائق
    الوضع\" بعد السابع من أكتوبر 2023، وانتقدت …" -- the quoted words' date, not the later verb's)?"""
    before = text[sent_start:r.start]
    if before.count('"') % 2 == 1:
        return '"' in text[r.end:ts]
    if before.count("«") > before.count("»"):
        return "»" in text[r.end:ts]
    return False


_ASIDE_OPENERS = ("الذي", "التي", "الذين", "اللذين", "اللتين")
# ("rejected the motion, which the government had tabled itself, by 142 votes to 88 on Tuesday evening": the English
# relative aside closed by its comma too; session 50)
_ASIDE_OPENERS_EN = ("which", "who", "whom", "whose")


def _closed_aside(text: str, at: int, end: int) -> bool:
    """Does the clause word at ``at`` open a relative aside set off by commas that closes before ``end`` ("والتقى بارو،
    الذي يزور بغداد، رئيس الوزراء أمس": after the closing comma the main clause goes on; session 39)?"""
    word = text[at:at + 6].split()[:1]
    if not word or word[0] not in _ASIDE_OPENERS + _ASIDE_OPENERS_EN \
            or text[max(0, at - 3):at].strip()[-1:] not in ("،", ","):
        return False
    close = min((i for i in (text.find("،", at, end), text.find(",", at, end)) if i >= 0), default=-1)
    return close > 0 and not any(c in text[at:close] for c in ".؛:")


def _apply(ev: Event, r: Optional[TimeRef]) -> None:
    if r is None:
        ev.date = ev.date_end = ev.date_granularity = ev.date_timeref_id = None
        ev.date_basis = "unresolved"
        return
    ev.date_timeref_id = r.id
    ev.date_granularity = r.granularity
    if r.value is None:
        ev.date = ev.date_end = None
        ev.date_basis = "unresolved"
    else:
        ev.date, ev.date_end = r.value, r.end_value
        ev.date_basis = r.basis


# The time expressions of each sentence, grouped once per document (the event stage dates every
# event of a document in turn; a scan of all of doc.timerefs per event made that events x timerefs).
# Rebuilt when the document, its timerefs list or that list's length changes.
_BY_SENT: list = [None, None, -1, None, None]   # doc, timerefs list, its length, {sentence: [TimeRef]},
# {sentence: the paragraph's earlier governing expression (step 3)} filled as events ask


def _by_sentence(doc: Document) -> dict[int, list[TimeRef]]:
    refs = doc.timerefs
    if _BY_SENT[0] is doc and _BY_SENT[1] is refs and _BY_SENT[2] == len(refs):
        return _BY_SENT[3]
    by: dict[int, list[TimeRef]] = {}
    for r in refs:   # document order, as the per-event scans saw them
        by.setdefault(r.sentence, []).append(r)
    _BY_SENT[:] = [doc, refs, len(refs), by, {}]
    return by


class _NoTrigger:
    """A stand-in event for :func:`_attributive` read outside any event's sentence (no trigger inside a phrase)."""
    trigger_start = trigger_end = -10


_NO_TRIGGER = _NoTrigger()


def _earlier_in_paragraph(doc: Document, sents, si: int, sent, caps, by=None) -> Optional[TimeRef]:
    """The nearest non-vague time expression in an earlier sentence of the paragraph (one walk per sentence
    and document: every event of the sentence gets the same).  ``by``: :func:`_by_sentence` of ``doc``
    when the caller has just read it."""
    if by is None:
        by = _by_sentence(doc)
    memo = _BY_SENT[4]
    key = (si, caps)
    if key in memo:
        return memo[key]
    r = None
    for k in range(si - 1, -1, -1):
        prev = sents[k]
        if prev.paragraph != sent.paragraph or prev.segment_kind in caps:
            break
        # (an ordinal's "since" counts occasions and dates nothing, in its own sentence or after it: "بوتين في أنقرة
        # للمرة الأولى منذ 2019.. وروسيا وتركيا توقعان اتفاقيات", session 26)
        pr = [x for x in by.get(k, ()) if x.granularity != "vague" and (not _relative(doc.text, x, prev.start) or (
                  (prev.lang or doc.lang) == "en" and x.granularity == "day"
                  and subject_aside_day(doc.text, x, prev.start, prev.end)))
              and not _ordinal_since(doc.text, x)
              # ("said the August 8 election was not conducted … The court blamed …": an attributive date names its
              # noun in its own sentence and dates nothing after it; session 33)
              and not ((prev.lang or doc.lang) == "en" and _attributive(doc.text, x, _NO_TRIGGER))
              # ("… must leave by the end of Monday.  The ministry called …": a deadline dates nothing after it, s34)
              and not _deadline(doc.text, x)
              # ("… منذ عام 1967.  وقال …": nor does a year opened by منذ, s48; nor an English since-point, "had had no
              # contact with its units since March.  It reaffirmed …")
              and not ((prev.lang or doc.lang) == "ar" and _since_year(doc.text, x))
              and not ((prev.lang or doc.lang) == "en" and (x.text[:6].lower() == "since " or _since_before(doc.text, x)))
              # ("… declared a three-day ceasefire from May 8.  Kyiv dismissed the offer": nor does a start point, s48)
              and not ((prev.lang or doc.lang) == "en" and _start_point_en(doc.text, x))
              # ("… يخالف إعلان المبادئ الموقع عام 2015.  وأكدت الوزارة …": a year naming a document, s45)
              and not _names_a_noun(doc.text, x, _NO_TRIGGER)
              # ("He criticised Romania's annulment of its election last year …  He also urged …": a month or year
              # right after a happening noun names that noun's time and dates nothing after it; session 47)
              and not ((prev.lang or doc.lang) == "en" and _after_happening_noun(doc.text, x))
              # ("… خلال زيارة ترامب إلى الرياض في مايو الماضي.  وأشاد ترامب بضيفه": the same in Arabic; session 48)
              and not ((prev.lang or doc.lang) == "ar" and _after_happening_noun_ar(doc.text, x))
              # ("… رغم أن تقريرا للاستخبارات نشر عام 2021 خلص إلى …  وهاجم ترامب …", "… a trade deficit of about 305
              # billion euros last year.  She criticised …": a past month or year inside its sentence, not fronted as
              # its setting, is a background noun's time and dates nothing after it; session 55)
              and not (_coarse_past(x, (doc.published_at or "")[:10]) and _after_clause_mark(doc, prev, x))]
        if pr:
            r = max(pr, key=lambda x: x.start)
            pub = (doc.published_at or "")[:10]
            if len(pr) > 1 and pub and r.value and _years_before(r.value, pub):
                # "وصلى البابا صباح اليوم في موقع الانفجار الذي دمر … في 4 أغسطس 2020.  والتقى البابا …": a date years
                # before the story closing the sentence is a background noun's; the sentence's recent day (within the
                # lead's week) dates what follows it (session 53)
                recent = [x for x in pr if x.granularity == "day" and x.value and _recent_day(x.value[:10], pub)]
                if recent:
                    r = max(recent, key=lambda x: x.start)
            break
    memo[key] = r
    return r


def _coarse_past(r: TimeRef, pub: str) -> bool:
    """Is ``r`` a month or a year (no day) ending before the publication day's month / year?"""
    v = r.value or ""
    return bool(pub) and r.granularity in ("month", "year") and len(v) in (4, 7) and v < pub[:len(v)]


def _that_was(text: str, ce: int, at: int) -> bool:
    """Does the later clause before ``at`` open with a pointer back to the act ("…، وذلك في مايو 1998")?"""
    return text[ce:at].lstrip(" ،,").startswith(("وذلك", "ذلك", "وكان ذلك", "and that", "that was"))


def _after_clause_mark(doc: Document, sent, r: TimeRef) -> bool:
    """Does ``r`` lie after a clause mark of its sentence (not in the first clause, where it dates the main act:
    "زار الوزير بيروت في مايو الماضي.  وانتقد …" carries, session 48)?"""
    pre = _punct_re()
    return any(not _inside(m.start(), doc.timerefs) for m in pre.finditer(doc.text, sent.start, r.start))


def _years_before(value: str, pub: str) -> bool:
    """Does the date ``value`` (any precision) end a year or more before the publication day ``pub``?"""
    try:
        return int(value[:4]) < int(pub[:4]) - 1 or (int(value[:4]) == int(pub[:4]) - 1 and value[4:] < pub[4:]
                                                      and len(value) >= 7)
    except ValueError:
        return False


LEAD_DAYS = 7   # a lead's day at most this many days before publication is the story's day (session 18)


def _lead_day(doc: Document, sents, caps, by) -> tuple:
    """(index of the lead, the story's day or None).  The story's day: the first day-precision expression of the lead
    (the first body sentence) when it lies one to LEAD_DAYS days before the publication date ("اتفق الوزيران أمس
    الثلاثاء …", "said on Monday"), or None.  An undated event later in the story ("وقالت الوزارة في بيان إن الوزيرين عقدا اجتماعا في جربة", "Sanchez said at a
    joint press conference after the talks") retells or follows the lead's happening: it takes that day rather than
    the publication day (session 18, DTX).  One walk per document (memoised with the sentence grouping)."""
    memo = _BY_SENT[4]
    if "lead" in memo:
        return memo["lead"]
    r = None
    pub = (doc.published_at or "")[:10]
    k = next((k for k, s in enumerate(sents) if s.segment_kind == "body"), None)
    for _ in range(3):
        if not (pub and k is not None and _stamp_line(doc, sents[k], by.get(k, ()), pub)):
            break
        # (session 34) a short byline or a stamp of the publication day ("مرصد - كتب: …"، "نشر في: الثلاثاء 1 فبراير
        # 2022") read as a body sentence is no lead: the next body sentence is
        k = next((j for j in range(k + 1, min(len(sents), k + 4)) if sents[j].segment_kind == "body"), None)
    if pub and k is not None and sents[k].segment_kind not in caps:
        for x in by.get(k, ()):
            if x.granularity != "day" or not x.value or x.direction == "future":
                continue
            try:
                ahead = (_date.fromisoformat(pub) - _date.fromisoformat(x.value[:10])).days
            except ValueError:
                continue
            if ahead == 0 and x.start - sents[k].start < _DATELINE_CHARS \
                    and _DATELINE_END.match(doc.text, x.end) is not None:
                continue   # ("DHAKA, Nov 24 (Marsad) - … signed an agreement on Thursday": the dateline's own stamp of
                # the publication day, then the lead's day; session 34)
            if 0 < ahead <= LEAD_DAYS:
                r = x   # (a lead of the publication day itself changes no date: those events keep the publication basis)
            break
    memo["lead"] = (k, r)
    return memo["lead"]


def _later_story_day(doc: Document, sents, caps, by, k: int, si: int, lead: TimeRef) -> TimeRef:
    """(session 42, English) The story's day for an undated event after the lead: the lead's day, or a later day up to
    the publication day that a body sentence between them names as the narrative's own ("Soldiers opened fire on the
    protesters on Tuesday night …  Violence spread across the city on Wednesday. …  U.N. Secretary-General … called
    for an end to police brutality": the reactions follow the latest day told, as the in-sample gold dates them)."""
    pub = (doc.published_at or "")[:10]
    best = lead
    for j in range(k + 1, si):
        if sents[j].segment_kind != "body" or sents[j].segment_kind in caps:
            continue
        for x in by.get(j, ()):
            if x.granularity != "day" or not x.value or x.direction == "future" or x.basis == "explicit" \
                    or _relative(doc.text, x, sents[j].start) or _deadline(doc.text, x):
                continue
            if best.value[:10] < x.value[:10] <= pub:
                best = x
    return best


_DEADLINE = re.compile(r"(?:\bby(?:\s+the\s+end\s+of)?|\buntil|\bbefore|حتى|بحلول)\s*$", re.I)


def date_headline_by_lead(doc: Document, events) -> None:
    """(Session 40) "مصر تعلن عزمها الانضمام إلى دعوى …" / "Maduro sworn in …": a headline event that no body event
    retold (the merge of tellings took the others) keeps the publication day; when the lead names the story's day
    (:func:`_lead_day`: one to seven days before publication), that is the headline's happening's day too."""
    heads = [ev for ev in events if ev.segment_kind == "title" and ev.date_basis == "publication" and not ev.historical
             and ev.modality == "asserted"]
    if not heads:
        return
    by = _by_sentence(doc)
    k, lead = _lead_day(doc, doc.sentences, caption_kinds(), by)
    if lead is None:
        return
    for ev in heads:
        _apply(ev, lead)


def _deadline(text: str, x) -> bool:
    """Is the time expression a deadline ("must leave by the end of Monday", "حتى الاثنين"): the words right before it
    (or its own first words) say by / until / before?  It dates what must be done, not the sentence's act (session 34)."""
    return bool(_DEADLINE.search(text[max(0, x.start - 20):x.start])) or bool(
        re.match(r"(?:by|until|before|حتى|بحلول)\b", x.text, re.I))


_STAMP_WORDS = 14   # words of a byline / dateline stamp at most
_DATELINE_CHARS = 50   # a publication-day expression this close to the lead's start, closed by the dateline's
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?[-–—]")   # agency and dash ("Nov 24 (Marsad) -"), is its dateline's


def _stamp_line(doc: Document, sent, refs, pub: str) -> bool:
    """Is the sentence a short byline or stamp (at most :data:`_STAMP_WORDS` words): a day expression of the
    publication day itself, or a colon / bar of a byline ("كتب: …", "By …  |  …") and no other day?"""
    text = doc.text[sent.start:sent.end]
    if len(text.split()) > _STAMP_WORDS:
        return False
    days = [x for x in refs if x.granularity == "day" and x.value]
    if any(x.value[:10] == pub for x in days):
        return True
    return not days and (":" in text or "|" in text or (
        len(text.split()) <= _STAMP_SHORT and not text.rstrip().endswith((".", "!", "?", "؟"))))


# a dateline or its agency on a line of its own ("القاهرة - مرصد", "مرصد" after a split dateline): no lead is this short
_STAMP_SHORT = 3


_REF_IDS: list = [None, None, -1, None]   # doc, its timerefs list, that list's length, {id: first timeref}


def _timeref_by_id(doc: Document) -> dict:
    """{id: the first time expression with that id} of the document, built once per document (rebuilt when the
    document, its timerefs list or that list's length changes), instead of a scan of the expressions per question:
    the stage's duplicate drop asks :func:`lead_dated` for every pair of candidate events (session 36, SPD36)."""
    refs = doc.timerefs
    st = _REF_IDS
    if st[0] is not doc or st[1] is not refs or st[2] != len(refs):
        by: dict = {}
        for x in refs:
            by.setdefault(x.id, x)
        st[:] = [doc, refs, len(refs), by]
    return st[3]


def _after_clause(text: str, ev: Event, s_end: int) -> int:
    """The start of the clause after the event's (its first comma after the trigger), or the sentence end."""
    c = min((p for p in (text.find("،", ev.trigger_end, s_end), text.find(",", ev.trigger_end, s_end)) if p >= 0),
            default=-1)
    return c if c >= 0 else s_end


def lead_dated(doc: Document, ev: Event) -> bool:
    """Is the event's date the lead's day lent to it (:func:`_lead_day`: an expression outside the event's paragraph)?
    Such a date tells no happening apart: the stage's duplicate drop keys on it so that two acts undated in their own
    paragraphs ("رفض مجلس النواب يوم الثلاثاء الميزانية" … "وأعلن المجلس الأعلى للدولة رفضه") stay two, as they did
    with the publication day (session 18, DTX)."""
    rid = ev.date_timeref_id
    sents = doc.sentences
    if rid is None or not (0 <= ev.sentence < len(sents)):
        return False
    r = _timeref_by_id(doc).get(rid)
    return r is not None and 0 <= r.sentence < len(sents) and sents[r.sentence].paragraph != sents[ev.sentence].paragraph


def _refs_of_sentence(doc: Document, i: int, start: int, end: int) -> list[TimeRef]:
    if 0 <= i < len(doc.sentences):
        return list(_by_sentence(doc).get(i, ()))
    return [r for r in doc.timerefs if start <= r.start < end]


# speech acts: statements, appeals, demands, disapproval, rejections, threats.  Reported, they were made by the
# publication date; a future date belongs to their content, after the trigger ("said it would send a delegation next
# week", "threatened to strike next month") or before it ("The strike will go ahead on Monday, the union said").
# Statements and the rest since session 15, lead; a future date before the trigger since then too.
_CALL_ROOTS = frozenset(["01", "02", "10", "11", "12", "13"])


def _names_a_noun(text: str, r: TimeRef, ev: Event) -> bool:
    """Is the year ``r`` the name of a document noun right before it ("بتطبيق اتفاق عام 2010") that is not part of
    the event's trigger?  (clauses.yaml ``dated_nouns``)"""
    if r.granularity != "year":
        return False
    s = r.start    # ("عام 2010": the year word belongs to the expression, so the noun is right before it)
    if text[s - 1:s] == "ل" and r.text.startswith(("عام", "العام")) and (s < 2 or not text[s - 2].isalpha()):
        # "اتفاق فض الاشتباك لعام 1974", "موازنة للعام 2025": "of the year" is a genitive of the noun before it,
        # whatever that noun is, unless that noun is the trigger ("انتخابات لعام 2026"; session 47)
        before = text[max(0, s - 40):s - 1].split()
        return bool(before) and not (s - 1 - len(before[-1]) - 1 <= ev.trigger_start < s)
    m = _data()[6].search(text, max(0, s - 60), s)
    return m is not None and not (ev.trigger_start <= m.start() + 1 < ev.trigger_end or
                                  m.start() <= ev.trigger_start < s)


def _load_attributive():
    d = _clauses().get("attributive_date_en") or {}
    return tuple(frozenset(str(w).lower() for w in d.get(k) or ()) for k in ("before", "after_not", "not_after"))


def _opens_clause(text: str, at: int) -> bool:
    """Does the preposition right before ``at`` open its clause ("In Tuesday's address, X accused": a setting of the
    clause after it; not "… fighters in Wednesday's raid, while Y warned": another clause's noun; session 48)?"""
    head = text[max(0, at - 80):at].rstrip()
    head = head[:len(head) - len(head.split()[-1])].rstrip(" \t") if head.split() else head
    # (a paragraph's first words open their clause whatever ends the line before -- a caption with no stop, s50)
    return not head or head[-1] in ".,;:!?\n\"“”"


def _attributive(text: str, r: TimeRef, ev: Event) -> bool:
    """Is ``r`` an English attributive date ("the Feb. 25 presidential election": clauses.yaml
    ``attributive_date_en``; a possessive "Saturday's election") whose noun phrase does not hold the event's trigger and is not the trigger's object?"""
    before, after_not, on = cached(("timex", "attributive_en"), _load_attributive)
    if text[r.end:r.end + 2] in ("'s", "\u2019s") and text[r.end + 2:r.end + 3] == " " \
            and text[r.end + 3:r.end + 4].isalpha():   # (a name too: "last week's Supreme Court ruling", s47)
        # "annulled the results of Saturday's presidential election": a possessive date names its noun (session 30)
        if r.start - 2 <= ev.trigger_end <= r.start or text[max(0, r.start - 8):r.start].lower().split()[-1:] in (
                ["in"], ["at"], ["during"], ["on"]) and not (
                0 <= ev.trigger_end <= r.start and _GERUND_ACT.search(text, ev.trigger_end, r.start)) and not (
                r.end <= ev.trigger_start and not _opens_clause(text, r.start)):
            return False   # "boycotted Sunday's vote": the trigger's object; "In Tuesday's address, X accused": a setting
            # (not inside a gerund's clause after the trigger: "accused Canada of letting the ad run during Friday
            # night's game" -- the game's day, the gerund's setting; session 48)
            # (read for no trigger -- a later sentence's carry -- there is no gerund to look for: the search ran from
            # the text's start and any "before taking office" earlier in the story made the setting a noun's, s51)
        phrase = re.split(r"[,.;:()\"]", text[r.end:r.end + 40])[0]
        return not (r.end <= ev.trigger_start < r.end + len(phrase))
    prev = text[max(0, r.start - 30):r.start].split()[-2:]
    if not before or not prev or prev[-1].lower() not in before or r.text.split()[0].lower() in before:
        return False
    det = r.start - len(text[:r.start]) + len(text[:r.start].rstrip()) - len(prev[-1])
    if (len(prev) == 2 and prev[0].lower() in on) or det - 2 <= ev.trigger_end <= det:
        return False   # "on the March 3 anniversary" (the date of the clause); "boycotted the March 3 vote" (its object)
    phrase = re.split(r"[,.;:()\"]", text[r.end:r.end + 40])[0]
    nxt = phrase.split()[:1]
    if not nxt or not nxt[0][:1].islower() or nxt[0].lower() in after_not:
        return False
    return not (r.end <= ev.trigger_start < r.end + len(phrase))


_REACTION_ROOTS = frozenset(["01", "02", "05", "10", "11", "12", "13"])
_WORD = re.compile(r"[A-Za-z]+")
_REL_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:\w+\s+)?$", re.I)   # a relative clause's trigger


def _happening_nouns() -> frozenset:
    return cached(("timex", "happening_nouns_en"),
                  lambda: frozenset(w.lower() for w in _clauses().get("happening_nouns_en") or ()))


def _dates_happening_noun(text: str, r: TimeRef, ev: Event) -> bool:
    """(session 46, English) Is the month ``r`` after the trigger of a reaction the date of a happening noun between
    them ("condemned the Israeli and U.S. strikes on Iran in June", "criticised a land law the president signed in
    January": clauses.yaml ``happening_nouns_en``) rather than of the reaction?  A year only after a main clause's
    trigger: "Russia and China, which vetoed a U.S.-drafted resolution on new sanctions in 2022" dates the veto (a past
    reaction told by its year in a relative clause)."""
    if r.granularity not in ("month", "year") or r.start < ev.trigger_end or ev.root not in _REACTION_ROOTS:
        return False
    if r.granularity == "year" and _REL_BEFORE.search(text, max(0, ev.trigger_start - 24), ev.trigger_start):
        return False   # (a year after a main-clause reaction does date the noun: "criticised Romania's annulment of its
        # election last year", session 47)
    nouns = _happening_nouns()
    return any(w.lower() in nouns for w in _WORD.findall(text, ev.trigger_end, r.start))


def _after_happening_noun(text: str, r: TimeRef) -> bool:
    """Is the month / year ``r`` right after a happening noun (``happening_nouns_en``, at most two words before it, in
    its clause): "the election last year", "the strikes in June"?"""
    if r.granularity not in ("month", "year"):
        return False
    nouns = _happening_nouns()
    before = re.split(r"[,.;:()\"]", text[max(0, r.start - 40):r.start])[-1]
    words = [w.lower() for w in _WORD.findall(before)]
    return any(w in nouns for w in words[-3:])


def _happening_nouns_ar() -> frozenset:
    return cached(("timex", "happening_nouns_ar"),
                  lambda: frozenset(normalize(w) for w in _clauses().get("happening_nouns_ar") or ()))


_AR_HAPPENING_REACH = 5   # words between the noun and the time expression, its preposition included


def _after_happening_noun_ar(text: str, r: TimeRef) -> bool:
    """(session 48, lead) Is the Arabic month / year ``r`` the time of a happening noun (``happening_nouns_ar``) at most
    :data:`_AR_HAPPENING_REACH` words before it in its clause: "خلال زيارة ترامب إلى الرياض في مايو الماضي", "منذ إطلاق
    هذه الصيغة قبل عشر سنوات"?  Such a time names the noun's happening and dates no later sentence."""
    if r.granularity not in ("month", "year"):
        return False
    before = re.split(r"[،,.;:؛()\"«»]", text[max(0, r.start - 80):r.start])[-1].split()[-_AR_HAPPENING_REACH:]
    nouns = _happening_nouns_ar()
    # (the word without its clitics, article and pronoun suffix: the trigger lexicon's candidate forms)
    return any(not nouns.isdisjoint(ar_candidates(normalize(w))) for w in before)


def _since_year(text: str, r) -> bool:
    """Is ``r`` a written year opened by منذ ("منذ عام 1967", "منذ 2011")?"""
    return r.granularity == "year" and r.basis == "explicit" and (
        r.text.lstrip("و").startswith("منذ") or _since_before(text, r))


def _since_before(text: str, r) -> bool:
    """Is the word right before ``r`` a since-word ("منذ عام 1967", the expression without it)?"""
    prev = text[max(0, r.start - 8):r.start].split()[-1:]
    return bool(prev) and prev[0].lstrip("و") in ("منذ", "since", "Since")


def _ordinal_since(text: str, r: TimeRef, reach: int = 4) -> bool:
    """Is ``r`` a "since" expression counting occasions ("في زيارة هي الثانية له منذ مطلع العام", "his first visit since
    2019", "أول رئيس مصري يزور بغداد منذ ثلاثة عقود"): an ordinal (clauses.yaml ``ordinal_since``) among the ``reach`` words
    right before it (eight for an event before it, session 25), in its clause (no comma or full stop between)?"""
    if not r.text.lstrip("و").startswith(("منذ", "since", "Since")):
        return False
    forms = cached(("timex", "ordinal_since"), lambda: frozenset(
        normalize(w).lower() for ws in (_clauses().get("ordinal_since") or {}).values() for w in ws))
    before = re.split(r"[،,.;:؛]", text[max(0, r.start - 80):r.start])[-1].split()[-reach:]
    return any(normalize(w.strip("،,")).lower() in forms for w in before)


_SINCE_WORD = re.compile(r"(?:^|\s)[وف]?(?:منذ|since)\s+(?!أن\b|ان\b)\S", re.I)


def _in_since_phrase(text: str, r: TimeRef, ev: Event) -> bool:
    """(session 28 B18AR) Is ``r``, after the trigger, the date of a "since"-noun between them, in the same clause
    ("أكبر عملية لتبادل الأسرى … منذ اندلاع الحرب قبل ثماني سنوات", "the largest swap since the war began in 2015")?
    It dates the noun after منذ / since (the war's outbreak), not the event before it.  An expression opening with
    منذ itself ("وصل منذ يومين") is not one of these; "منذ أن" opens a clause that has its own verb and dates."""
    if r.start < ev.trigger_end or r.text.lstrip("و").lower().startswith(("منذ", "since")):
        return False
    gap = text[ev.trigger_end:r.start]
    if re.search(r"[،,.;:؛!?؟]", gap):
        return False
    return bool(_SINCE_WORD.search(gap)) and not _perfect_since(text, r, ev)


def _perfect_since(text: str, r: TimeRef, ev: Event) -> bool:
    """(session 29 B20EN) Is ``r``, after an English present perfect trigger, the date of a "since" phrase of its clause
    ("India and Pakistan have fought three wars since independence in 1947", "have clashed repeatedly since 2019")?
    The perfect counts its acts over the span the phrase opens: the span's start dates them (background), where a
    simple past ("the largest swap since the war began in 2015") is dated by its own clause."""
    if ev.lang != "en" or r.start < ev.trigger_end:
        return False
    if not any(w.lower() in ("have", "has") for w in text[max(0, ev.trigger_start - 14):ev.trigger_start].split()[-2:]):
        return False
    gap = text[ev.trigger_end:r.start]
    return not re.search(r"[،,.;:؛!?؟]", gap) and re.search(r"(?:^|\s)since\s", gap, re.I) is not None


def _start_point(text: str, r: TimeRef, opens: frozenset, ranges: frozenset) -> bool:
    """Is ``r`` a start point ("from Thursday", not "from Monday to Wednesday")?  (clauses.yaml start_point_en)"""
    first = r.text.split()[:1]
    if not first or first[0].lower() not in opens:
        before = text[max(0, r.start - 12):r.start].split()[-1:]
        if not before or before[0].lower() not in opens:   # ("from May 8": the opener outside the expression, s48)
            return False
    nxt = text[r.end:r.end + 12].split()[:1]
    return not (nxt and nxt[0].lower().strip(",.") in ranges)


def _start_sets() -> tuple:
    """(openers, range words) of clauses.yaml's English start points, read once."""
    def load():
        d = _clauses()
        return frozenset(d.get("start_point_en") or ()), frozenset(d.get("start_point_range_en") or ())
    return cached(("timex", "start_point_en"), load)


def _start_point_en(text: str, r: TimeRef) -> bool:
    """:func:`_start_point` with clauses.yaml's English openers and range words."""
    return _start_point(text, r, *_start_sets())


def _start_points(doc: Document, ev: Event, refs: list, s_start: int, s_end: int) -> list:
    """Drop the start points (:func:`_start_point`) that do not date ``ev``: one before the event's clause (the
    measure of an earlier clause), one after an infinitive trigger ("to close") with another expression of its
    clause before the trigger (the deciding verb's date), or after an asserted trigger with one before it."""
    sp = [r for r in refs if _start_point_en(doc.text, r)]
    if not sp:
        return refs
    cs = clause_bounds(doc.text, s_start, s_end, ev.trigger_start, ev.trigger_end, refs)[0]
    infinitive = doc.text[max(s_start, ev.trigger_start - 4):ev.trigger_start].lower().endswith("to ")
    dated_before = any(r not in sp and r.end <= ev.trigger_start for r in refs)
    drop = [r for r in sp if r.end <= cs or (dated_before and r.start >= ev.trigger_end and (
        infinitive or ev.modality in ("asserted", "future", "intent")))]
    # (session 52 DATE52B: "said on Friday it would impose a 34% tariff … from April 10" -- an announced measure is
    # dated by its announcement; the start point after it is when the measure takes effect)
    # (session 48, lead: "Putin on Monday also declared a three-day ceasefire from May 8" -- an asserted act dated
    # before its trigger; the start point after it opens the state declared)
    return [r for r in refs if r not in drop] if drop and len(drop) < len(refs) else refs


_GERUND_ACT = re.compile(r"\b(?:of|for|after|before|by)\s+[a-z]{2,}ing\b")   # a preposition's gerund (s46)
# (two letters before -ing since session 48: "of using", "of being")


def _dates_act_between(text: str, r: TimeRef, ev: Event) -> bool:
    """Does the month / year ``r`` after the trigger date an act named between them: a happening noun after an
    asserted reaction (:func:`_dates_happening_noun`), or a gerund governed by a preposition, "offered to hand over two
    nationals suspected of blowing up a plane in 1988" (of / for / after / before / by + -ing; session 46, lead)?"""
    if r.start < ev.trigger_end or r.granularity not in ("year", "month"):
        return False
    return (ev.modality == "asserted" and _dates_happening_noun(text, r, ev)) \
        or bool(_GERUND_ACT.search(text, ev.trigger_end, r.start))
_UNTIL_EN = frozenset(("until", "till"))   # words opening the end of a state, never an event's date (session 32)
_UNTIL_AR = frozenset(("حتى", "لحين"))   # Arabic "until" (session 33)


def _opened_by(text: str, x, openers: frozenset) -> bool:
    """Is the time expression ``x`` opened by one of ``openers`` (the word before it, or before "من" / "from" right
    before it; the expression's own first word too): "اعتبارا من مساء الجمعة", "starting Friday"?"""
    words = [normalize(w.lstrip("و")) if not w.isascii() else w.lower()
             for w in text[max(0, x.start - 30):x.start].split()[-2:] + x.text.split()[:1]]
    return any(w in openers for w in words)


def date_event(doc: Document, ev: Event) -> Event:
    """Set the event's date fields (see the module doc); returns the event."""
    sents = doc.sentences
    si = ev.sentence
    sent = sents[si] if 0 <= si < len(sents) else None
    s_start, s_end = (sent.start, sent.end) if sent else (ev.sentence_start, ev.sentence_end)
    caps = caption_kinds()
    caption = ev.segment_kind in caps or (sent is not None and sent.segment_kind in caps)

    if caption:
        seg_id = sent.segment_id if sent else None
        if seg_id is not None:
            in_seg = {k for k, s in enumerate(sents) if s.segment_id == seg_id}
            cands = [r for r in doc.timerefs if r.basis == "explicit" and r.sentence in in_seg]
        else:
            cands = [r for r in doc.timerefs if r.basis == "explicit" and s_start <= r.start < s_end]
        same = [r for r in cands if r.sentence == si] if sent else cands
        r = governing_ref(doc, same, s_start, s_end, ev.trigger_start, ev.trigger_end) if same else None
        if r is None and cands:
            r = min(cands, key=lambda x: abs(x.start - ev.trigger_start))
        _apply(ev, r)
        return ev

    by = None
    if sent is not None:   # (the sentence's expressions as grouped once per document; only read below)
        by = _by_sentence(doc)
        refs = by.get(si, ())
    else:
        refs = _refs_of_sentence(doc, si, s_start, s_end)
    if refs and ev.root in _CALL_ROOTS and ev.modality == "asserted" and doc.published_at:
        # "دعا الاتحاد إلى إضراب يوم الجمعة المقبل": a future date after an appeal / demand (any speech act) dates what
        # is called for, not the call (a reported call was made by the publication date)
        pub = doc.published_at[:10]
        refs = [x for x in refs if not (x.value and x.value[:10] > pub)]
    if refs and ev.root in _CALL_ROOTS and any(x.start >= ev.trigger_end for x in refs):
        # "وهدد بوقف جميع الرحلات اعتبارا من مساء الجمعة": a starting point after a speech act dates its content
        # (session 41; read as a past Friday it had dated the threat)
        starts = frozenset(normalize(w) for w in _clauses().get("start_from") or ())
        refs = [x for x in refs if not (x.start >= ev.trigger_end and _opened_by(doc.text, x, starts))]
    if refs and ev.modality == "asserted" and doc.published_at and any(
            x.start >= ev.trigger_end and x.value and x.value[:10] > doc.published_at[:10] for x in refs):
        # "رفض الصدر الحكومة، ودعا أنصاره إلى التظاهر يوم الجمعة المقبل": a future date in a later clause is not
        # the date of an asserted (reported) event before it (session 11)
        pub = doc.published_at[:10]
        ce = clause_bounds(doc.text, s_start, s_end, ev.trigger_start, ev.trigger_end, refs)[1]
        refs = [x for x in refs if not (x.start >= ce and x.value and x.value[:10] > pub)]
    if refs and ev.modality == "asserted" and doc.published_at and any(
            x.end <= ev.trigger_start and x.basis == "relative" and x.value and x.value[:10] > doc.published_at[:10]
            for x in refs):
        # "اتفقا على عقد جولة ثانية يوم السبت المقبل، مضيفة أن الوزيرين تحدثا …": a day counted forward in an earlier
        # clause dates that clause's plan, not an asserted event of a later one (session 48; the twin of session 11's)
        pub = doc.published_at[:10]
        cs = clause_bounds(doc.text, s_start, s_end, ev.trigger_start, ev.trigger_end, refs)[0]
        refs = [x for x in refs if not (x.end <= cs and x.basis == "relative" and x.value and x.value[:10] > pub)]
    if refs and ev.modality == "asserted" and doc.published_at:
        # "barred from 2027 race", "supporters protest 2028 ban" in a 2025 story: an asserted (reported) event took
        # place by the publication date, so a year written out after it dates a noun of its clause (session 47)
        refs = [x for x in refs if not _later_year(x, doc.published_at[:10])]
    if refs and ev.modality == "asserted" and doc.published_at and _past_verb(ev):
        # "واتفق الجانبان على إرسال وفد … الأسبوع المقبل", "agreed to send a team … next week": a past verb happened by
        # the publication date; a date counted forward after it ("next week", a relative reference) dates its content
        # (session 15, lead).  A year-less date ("on Jan. 12") stays: _not_after reads it in the past year
        pub = doc.published_at[:10]
        limits = frozenset(_clauses().get("deadline_en") or ())   # "to leave by Feb. 7" (session 26 B15EN)
        # (session 28, lead: a deadline after the verb -- "ordered the envoy to leave by Friday" -- is no date of the
        # order even when the bare weekday or a year-less date reads as a past day; a later year written out: the
        # _later_year filter above, session 47)
        refs = [x for x in refs if not (x.value and (
            x.value[:10] > pub and ((x.start >= ev.trigger_end and x.basis == "relative")
                                     or x.text.split()[0].lower() in limits)
            or x.start >= ev.trigger_end and x.text.split()[0].lower() in limits
            and " to " in doc.text[ev.trigger_start:x.start]))]   # (the limit of an embedded "to" act; "had
        # captured the town by Sunday" keeps its day)
    if refs and ev.lang == "en":
        # "decreed a federal takeover until the end of January and denounced …": a time opened by until / till is the
        # end of some state, never the date of an event of its sentence (session 32; "by Sunday night" still dates)
        # (review32: the time expression itself may open with the word -- "until April 30" is one timex -- and
        # "Till" was missed: both read lower-cased, before the expression and as its own first word)
        refs = [x for x in refs if not {w.lower() for w in doc.text[max(0, x.start - 7):x.start].split()[-1:]
                                        + x.text.split()[:1]} & _UNTIL_EN]
    if refs and ev.lang == "ar" and ev.modality == "asserted" and doc.published_at:
        # "وتعهد بتشكيل حكومة … تدير البلاد حتى إجراء انتخابات عامة في يوليو 2023": a later date reached through حتى
        # (until) is the end of the state promised, not the date of the promise (session 33; as until / till above)
        pub = doc.published_at[:10]
        refs = [x for x in refs if not (x.start >= ev.trigger_end and x.value and x.value[:10] > pub and any(
            w.lstrip("و") in _UNTIL_AR for w in doc.text[max(ev.trigger_end, x.start - 40):x.start].split()[-6:]))]
    if refs and ev.modality == "asserted":
        # "agreed to meet again in April", "said the envoy would visit the area on Wednesday": a date read forward
        # by a future cue after the trigger dates the planned act, not the reported one (session 14)
        refs = [x for x in refs if not (x.direction == "future" and x.start >= ev.trigger_end)]
    if refs and ev.modality == "asserted":
        # "واتهمت خصمها بالمساس بحقوق انتزعها التشيليون خلال العقود الماضية", "over the past decades": a vague span
        # reaching back a year or more after the trigger is the period of its content, no date of a reported act (s50)
        refs = [x for x in refs if not (x.start >= ev.trigger_end and _long_vague_span(x))]
    if refs and ev.lang == "en" and len(refs) > 1:
        refs = _start_points(doc, ev, refs, s_start, s_end)   # "decided on Tuesday to close … from Thursday" (s25)
    if refs and ev.lang == "ar" and any(_since_year(doc.text, x) and x.start >= ev.trigger_end for x in refs):
        # "في أول خطاب لرئيس سوري أمام الجمعية العامة منذ عام 1967": a year opened by منذ ("since", not "ago": a
        # written year, no duration counted back) is the start of a span -- no date of a punctual event (session 48)
        refs = [x for x in refs if not (_since_year(doc.text, x) and x.start >= ev.trigger_end)]
        # (an act after it is the year's own: "منذ 1990 عام الغزو وقطع العلاقات", test_b13ar_s25)
    if refs and any(x.text.lstrip("و").startswith(("منذ", "since", "Since")) for x in refs):
        # "هي الثانية له منذ مطلع العام" (session 16); the wider reach only for a trigger before it: "المرة الأولى التي
        # تعبر فيها سفن … منذ 1979 عام قيام الثورة وقطع العلاقات" names the year of the act after it (session 25 B13AR)
        refs = [x for x in refs if not _ordinal_since(doc.text, x, 8 if x.start >= ev.trigger_end or re.search(
            r"[،,;؛]", doc.text[x.end:ev.trigger_start]) else 4)]
        # (and for a trigger in a later clause: "في أول زيارة يقوم بها زعيم إثيوبي إلى إريتريا منذ نحو عقدين، واستقبله
        # أفورقي" -- the record phrase of the clause before dates nothing of this one, session 34)
    if refs and any(x.start >= ev.trigger_end for x in refs):
        refs = [x for x in refs if not _in_since_phrase(doc.text, x, ev)]   # "منذ اندلاع الحرب قبل 8 سنوات" (s28)
    if refs and _data()[6] is not None and any(x.granularity == "year" for x in refs):
        refs = [x for x in refs if not _names_a_noun(doc.text, x, ev)]
    if refs and ev.lang == "en":
        refs = [x for x in refs if not _attributive(doc.text, x, ev)]   # "the Feb. 25 election" (session 26 EN)
    if refs and ev.lang == "en":
        # "condemned the strikes in June", "suspected of blowing up a plane in 1988": a later month or year dates an
        # act named between it and the trigger, not the trigger (session 46)
        refs = [x for x in refs if not _dates_act_between(doc.text, x, ev)]
    if refs and ev.lang == "en" and any(x.granularity == "day" and x.end <= ev.trigger_start for x in refs):
        # "pledged on Monday …, as he hosted the leaders in talks far warmer than his stormy visit in February": with
        # a day named before the trigger, a later month / year right after a happening noun dates that noun (s49)
        # (the noun another word than the trigger: "his visit in February" keeps its month)
        refs = [x for x in refs if not (x.start >= ev.trigger_end and _after_happening_noun(
            " " * ev.trigger_end + doc.text[ev.trigger_end:x.start], x))]
    if refs and "(" in doc.text[s_start:s_end]:
        # "الجيش (الذي انسحب من المدينة يوم الأحد) هاجم المخيم": a date inside a parenthetical aside dates the aside's
        # own verb, not the event outside it (session 28 GAPAR)
        refs = [x for x in refs if not _paren_aside(doc.text, x, s_start, s_end, ev.trigger_start)]
    if refs and ":speaker-on" in ev.rule:
        # "قالت الوزيرة إن الوضع تدهور بعد السابع من أكتوبر 2023، وانتقدت …": the speaker's next act takes no date of
        # the reported clause it follows (session 46, lead; events.speaker_goes_on_ar)
        q = next((q for q in doc.quotes if q.content_start <= ev.trigger_start < q.content_end), None)
        if q is not None:
            refs = [x for x in refs if not (q.content_start <= x.start and x.end <= ev.trigger_start)]
    r = governing_ref(doc, refs, s_start, s_end, ev.trigger_start, ev.trigger_end) if refs else None
    if r is None and refs and ev.lang == "en":
        r = next((x for x in refs if _perfect_since(doc.text, x, ev)), None)   # "have fought … since … 1947" (s29)
    if r is None and refs and ev.lang == "en" and ev.modality == "asserted":
        r = _trailing_attribution(doc.text, refs, ev)   # "has revoked …, a spokesman said on Saturday" (s35)
    if r is None and refs and ev.lang == "en" and ev.modality == "asserted" and ev.root >= "14":
        r = _attempt_relative(doc.text, refs, ev)   # "detained activists who tried to block a road on Tuesday" (s51)
    if r is None and refs and ev.lang == "en" and ev.modality == "asserted":
        r = _gerund_adjunct_day(doc, refs, ev)   # "congratulated X before addressing … on Saturday" (s52)
    if r is None and refs and ev.lang == "en" and ev.modality == "asserted":
        r = next((x for x in refs if x.granularity == "day" and subject_aside_day(
            doc.text, x, s_start, s_end, ev.trigger_start)), None)   # "X, who met Y on Tuesday, pledged …" (s42)
    if r is None and refs and _data()[4] is not None and any(x.end <= ev.trigger_start for x in refs):
        cs = clause_bounds(doc.text, s_start, s_end, ev.trigger_start, ev.trigger_end, refs)[0]
        if cs > s_start and _data()[4].match(doc.text, cs):
            sent = None   # (an independent clause whose sentence is dated before it: not an earlier sentence's date)
    if r is None and ev.lang == "en" and ev.modality == "asserted":
        r = _election_day(doc, ev, s_start, s_end)   # "On election day, hoax bomb threats forced …" (s53)
    if r is None and sent is not None:
        # nearest governing expression earlier in the same paragraph
        r = _earlier_in_paragraph(doc, sents, si, sent, caps, by)
        if r is not None and ev.root < "14":
            r = _speaker_day(doc, r, by)
        if r is not None and (r.direction == "future" or r.basis == "relative") and ev.modality == "asserted" \
                and r.value and r.value[:10] > (doc.published_at or "")[:10]:
            r = _past_in_sentence(doc, r, by)   # "… أن تنتهي في أكتوبر المقبل. وطالبت الدول الثلاث …": a date read
            # forward in an earlier sentence dates that sentence's plan, not a reported act after it (session 24); so
            # does a day counted forward ("سيستقيل يوم الأربعاء المقبل. وأضاف أن قادة الأحزاب اتفقوا …", session 35).
            # That sentence's own day told before the plan is the story's ("On Thursday, Trump warned that tariffs
            # would take effect on March 4.  He also threatened China …": Thursday; session 50), or none
        later = _after_clause(doc.text, ev, s_end) if ev.lang == "ar" else s_end
        # (Arabic: a time of a later clause after a comma dates that clause, not the event: "استدعت السفير، ردا على
        # تصريحات أدلى بها مسؤولون في الآونة الأخيرة" keeps the story's day; session 42)
        if r is None and (not refs or all(_deadline(doc.text, x) or x.direction == "future" or x.start >= later
                                          for x in refs)) \
                and (ev.modality == "asserted" or ev.modality == "intent" and ev.lang == "en"
                     or (ev.lang == "ar" and ev.root < "14" and ev.quote_id is not None)
                     # ("He also said Russia would be ready to resume tests if …": an English conditional threat or
                     # promise is a verbal act of the day it was said, session 50)
                     or (ev.lang == "en" and ev.root < "14" and ev.modality == "conditional")) and all(
                x.start >= later or _names_a_noun(doc.text, x, ev)   # ("اتفاق … لعام 1974": a noun's year, s47)
                # ("واتهم الشرع إسرائيل بشن مئات الغارات منذ سقوط النظام في ديسمبر الماضي": a since-noun's date in a
                # verbal act's content, s50; "240 صحفيا قتلوا منذ اندلاع الحرب" is a toll over the span, no day's act)
                or (ev.root < "14" and _in_since_phrase(doc.text, x, ev))
                or (x.value and (x.value[:10] > (doc.published_at or "")[:10]
                                 or (x.value[:10] == (doc.published_at or "")[:10]
                                     and (_deadline(doc.text, x) or x.direction == "future"))))
                for x in by.get(si, ())):
            # (a sentence with no time expression, or only later ones that date its content: "اتفقوا على عقد جولة
            # جديدة الشهر المقبل"; "Morel said on Wednesday", the publication day read forward, keeps that day)
            k, lead = _lead_day(doc, sents, caps, by)
            if lead is not None and si > k:
                r = _later_story_day(doc, sents, caps, by, k, si, lead) if ev.lang == "en" else lead   # an undated event after the lead: the story's day (session 18; a headline keeps the
                # publication day, which lets the stage drop it as the body's event told again); so is an English
                # intent, dated by the day it was stated ("… and vowed to punish those behind it", session 37 GAPEN37);
                # an Arabic reported verbal act (roots 01-13: a threat, a promise, a refusal) whatever its modality,
                # dated by the day it was said ("وقال الجبير في كلمته إن المملكة لن تقف مكتوفة الأيدي", session 42)
    if r is not None:
        _apply(ev, r)
        _days_after(doc, ev, r, s_start)   # "…, a day after guards exchanged fire" (session 15)
        if r.basis == "inferred" and ev.modality == "asserted" and ev.date and doc.published_at \
                and r.direction != "future":
            _not_after(ev, doc.published_at[:10])
        return ev
    pub = (doc.published_at or "")[:10]
    if pub:
        ev.date, ev.date_end, ev.date_granularity = pub, None, "day"
        ev.date_basis = "publication"
        ev.date_timeref_id = None
        _days_after(doc, ev, None, s_start)   # "ويأتي الاجتماع بعد يومين من استقبال …" (session 26 B17AR)
    else:
        _apply(ev, None)
    return ev


_LONG_SPAN_DAYS = 365


def _long_vague_span(x: TimeRef) -> bool:
    """Is ``x`` a vague span ("خلال العقود الماضية", "in recent years") of a year or more?"""
    if x.granularity != "vague" or not x.value or not x.end_value:
        return False
    try:
        return (_date.fromisoformat(x.end_value[:10]) - _date.fromisoformat(x.value[:10])).days >= _LONG_SPAN_DAYS
    except ValueError:
        return False


_COMPLEMENT = re.compile(r"(?:^|\s)(?:[وف]?(?:بأن|أن|إن|بان|ان)|that)\s", re.I)


def _speaker_day(doc: Document, r: TimeRef, by) -> TimeRef:
    """(session 50) A verbal act dated by an earlier sentence ("وأقر البرهان، في كلمة متلفزة مساء الاثنين، بأن قواته
    انسحبت يوم الأحد …  وتعهد البرهان بالقصاص"): when ``r`` lies inside that sentence's reported complement (after أن /
    بأن / إن / that) and a day is told before the complement, the speaker's next act is of the speaker's day."""
    sent = doc.sentences[r.sentence] if 0 <= r.sentence < len(doc.sentences) else None
    if sent is None:
        return r
    m = _COMPLEMENT.search(doc.text, sent.start, r.start)
    if m is None:
        return r
    prev = [x for x in by.get(r.sentence, ()) if x.end <= m.start() and x.granularity == "day" and x.value
            and x.direction != "future" and not _deadline(doc.text, x)]
    return prev[-1] if prev else r


def _past_in_sentence(doc: Document, r: TimeRef, by) -> Optional[TimeRef]:
    """The last day-precision expression of ``r``'s sentence that starts before ``r`` and lies by the publication
    date and is no day counted forward, or None."""
    pub = (doc.published_at or "")[:10]
    prev = [x for x in by.get(r.sentence, ()) if x.end <= r.start and x.granularity == "day" and x.value
            and x.value[:10] <= pub and x.direction != "future" and not _deadline(doc.text, x)]
    return prev[-1] if prev else None


def _trailing_attribution(text: str, refs, ev: Event) -> Optional[TimeRef]:
    """"Niger's military government has revoked an agreement that allowed U.S. troops to operate in the country, a
    spokesman said on national television on Saturday evening": the time of a trailing attribution -- after the
    sentence's last comma (or closing quote and comma), past the trigger, a clause of at most ``_ATTRIB_WORDS``
    words holding a speech verb (``clauses.yaml`` attribution_verbs_en) before the expression -- dates the undated
    content it reports (a relative clause word between them had left the content the story's day; session 35)."""
    verbs = _clauses().get("attribution_verbs_en") or ()
    opens = (_clauses().get("words") or {}).get("en") or ()
    for x in refs:
        if x.start < ev.trigger_end:
            continue
        k = text.rfind(",", ev.trigger_end, x.start)
        if k < 0:
            continue
        words = text[k + 1:x.start].replace("\u201d", " ").replace('"', " ").split()
        if 0 < len(words) <= _ATTRIB_WORDS and any(w.lower() in verbs for w in words) \
                and words[0].lower() not in opens:   # (", which had said on June 17 that …": a clause of its own)
            return x
    return None


_ATTRIB_WORDS = 12


def _attempt_relative(text: str, refs, ev: Event) -> Optional[TimeRef]:
    """(session 51) "Police detained a dozen activists who tried to block the road near the venue on Tuesday": the
    day of a restrictive relative clause telling the object's attempt (no comma before who / that; clauses.yaml
    ``attempt_relative_en``) dates the coercive act after a use of force, protest or coercion (roots 14-20) too --
    the police met the attempt as it was made.  Before, the clause word left the act the story's day."""
    rx = cached(("timex", "attempt_relative"), lambda: re.compile(
        r"[^,;:.!?\"“”]*?\s(?:who|that)\s+(?:had\s+)?(?:" + _alt(_clauses().get("attempt_relative_en") or ["(?!)"])
        + r")\s+to\s[^,;:.!?\"“”]*\Z", re.IGNORECASE))
    for x in refs:
        if x.start >= ev.trigger_end and x.granularity == "day" and x.direction != "future" \
                and rx.match(text[ev.trigger_end:x.start]) is not None:
            return x
    return None


SLACK_DAYS = 7


def _gerund_adjunct_day(doc: Document, refs, ev: Event) -> Optional[TimeRef]:
    """The day in a gerund adjunct right after the trigger's clause ("congratulated X before addressing supporters
    late on Saturday"; clauses.yaml gerund_adjunct_en), when no other clause word or punctuation comes between."""
    openers = cached(("timex", "gerund_adjunct_en"), lambda: frozenset(_clauses().get("gerund_adjunct_en") or ()))
    punct = _data()[1]
    for x in refs:
        if x.granularity != "day" or x.start < ev.trigger_end:
            continue
        span = doc.text[ev.trigger_end:x.start]
        words = [m for m in _data()[0].finditer(span) if not _inside(ev.trigger_end + m.start(), refs)]
        if any(c in punct for c in span) or len(words) != 1 or words[0].group().lower() not in openers:
            return None
        return x if _GERUND_NEXT.match(span, words[0].end()) else None
    return None


_GERUND_NEXT = re.compile(r"\s+[a-z]{2,}ing\b")


def _election_sets() -> tuple:
    def load():
        d = _clauses()
        days = sorted(d.get("election_day_en") or (), key=len, reverse=True)
        nouns = sorted(d.get("election_nouns_en") or (), key=len, reverse=True)
        phrase = re.compile(r"\b[Oo]n\s+(?:the\s+)?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in days)
                            + r")\b", re.I) if days else None
        # "Sunday's parliamentary election", "the October 29 election": the day, at most two words (no determiner,
        # no verb: "said on Monday the vote was marred" names no election day), the noun
        noun = re.compile(r"(?:['’]s)?(?:\s+(?!(?:the|a|an|that|this|its|his|her|their|was|is|had|has)\b)[\w-]+)"
                          r"{0,2}?\s+(?:" + "|".join(re.escape(w) for w in nouns) + r")\b", re.I) if nouns else None
        return phrase, noun
    return cached(("timex", "election_day"), load)


def _election_day(doc: Document, ev: Event, s_start: int, s_end: int) -> Optional[TimeRef]:
    """(session 53) The day of the election for an English event told "on election day / night" in its own clause
    ("On election day, hoax bomb threats forced …", "resigned as leader on election night after …"): the first
    day-precision expression of the story naming an election ("Sunday's parliamentary election", "Wednesday's
    vote"), not after the publication day.  None when there is no such phrase or no such day."""
    phrase, noun = _election_sets()
    if phrase is None or noun is None:
        return None
    text = doc.text
    pub = (doc.published_at or "")[:10]
    hit = None
    for m in phrase.finditer(text, s_start, s_end):
        # the phrase in the trigger's clause: before it with no clause break ("On election day, X forced …, and
        # police said they had detained …" dates the threats only), or after it with no comma
        between = text[m.end():ev.trigger_start] if m.end() <= ev.trigger_start else text[ev.trigger_end:m.start()]
        if m.end() <= ev.trigger_start and not re.search(r"[;؛]|,\s*(?:and|but)\b|\bsaid\b", between) \
                or m.start() >= ev.trigger_end and not re.search(r"[,;؛]", between):
            hit = m
            break
    if hit is None:
        return None
    for x in doc.timerefs:
        if x.granularity != "day" or not x.value or x.direction == "future" or (pub and x.value[:10] > pub):
            continue
        if noun.match(text, x.end) and (text.startswith(("'s", "’s"), x.end)
                                        or text[max(0, x.start - 4):x.start].lower() == "the "):
            return x
    return None


def _back_a_year(iso: str) -> str:
    y, rest = iso[:4], iso[4:]
    if rest[:6] == "-02-29":
        rest = "-02-28" + rest[6:]
    return f"{int(y) - 1:04d}{rest}"


def _not_after(ev: Event, pub: str) -> None:
    """A reported (asserted) event took place by the publication date: a year-less date the time stage placed
    after it ("struck Houthi targets on Jan. 12" in a story of 20 November: the nearest 12 January is next year's,
    since an unmarked future date wins when it is much nearer) is the past one, a year back.  The TimeRef keeps the
    time stage's reading (a future event of the same expression would be next year's)."""
    if ev.date[:len(pub)] <= pub[:len(ev.date)] or ev.date_granularity not in ("day", "month", "range"):
        return
    try:   # a few days after it is the publication date's slack (a late time stamp, another time zone), not a year
        ahead = (_date.fromisoformat((ev.date + "-01")[:10]) - _date.fromisoformat(pub)).days
    except ValueError:
        return
    if ahead <= SLACK_DAYS:
        return
    ev.date = _back_a_year(ev.date)
    if ev.date_end:
        ev.date_end = _back_a_year(ev.date_end)


def date_events(doc: Document) -> Document:
    for ev in doc.events:
        date_event(doc, ev)
    return doc
