""""The four states" named back (session 32).

"قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر …  وأغلقت الدول الأربع منافذها": a counted plural of states
(``counted_states.tsv``: الدول / البلدان / the countries + a number word) as an event's missing source (the words
right after an Arabic verb trigger, or right before an English one) or missing target (right after the trigger) names
the states of the nearest earlier act of as many states (a coordinated fan-out: events of one trigger whose sources,
or targets, are that many countries), six sentences back at most.  The event takes the first and a copy each of the
others (the gold's "one required event with optional copies").  Rule marker ``:counted-states``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from ..resources import cached, data_path, read_tsv_dicts
from .structure import copy_side, kind_sets

_BACK = 6
_WORD = re.compile(r"[^\s،,.؛;:\"«»()]+")


def _sets():
    return kind_sets("counted_states.tsv", ("noun_ar", "noun_en", "det_en", "noun_indef_ar", "number_indef_ar"))


def _numbers() -> dict:
    return cached(("coding", "counted_states.numbers"), _load_numbers)


def _load_numbers():
    """{number word: its value} (the value column of the number rows)."""
    return {normalize(r["form"].strip()): int(r["value"]) for r in read_tsv_dicts(
        data_path("coding", "counted_states.tsv")) if r["kind"].strip().startswith("number")}


def _headline_count(doc, ev, sets, nums) -> int:
    """A headline event's region source (no country: ARB) read from "أربع دول عربية": the number word right before
    the source's span and an indefinite plural of states opening it (session 32 fixar), else 0."""
    if ev.lang != "ar" or ev.segment_kind != "title" or not ev.source_span or ev.source_country:
        return 0
    s0, s1 = ev.source_span
    head = [normalize(w.group()) for w in _WORD.finditer(doc.text, s0, s1)][:1]
    prev = [normalize(w.group()) for w in _WORD.finditer(doc.text, max(ev.sentence_start, s0 - 12), s0)][-1:]
    if not head or not prev or head[0] not in sets["noun_indef_ar"] or prev[0] not in sets["number_indef_ar"]:
        return 0
    return nums.get(prev[0], 0)


def _group_after(events, ev, n):
    """The source events of the first later body trigger (``_BACK`` sentences on at most) whose source countries
    number ``n``: [event per country]."""
    by_trigger: dict = {}
    for p in events:
        if p.segment_kind == "title" or p.trigger_start <= ev.trigger_start or p.sentence > ev.sentence + _BACK \
                or p.cameo != ev.cameo:
            continue
        by_trigger.setdefault(p.trigger_start, []).append(p)
    for start in sorted(by_trigger):
        got: dict = {}
        for p in by_trigger[start]:
            if p.source_country and p.source_code == p.source_country:
                got.setdefault(p.source_country, p)
        if len(got) == n:
            return list(got.values())
    return None


def _count(words, lang, sets, nums):
    """The number of a counted-states phrase in ``words`` (normalised, in text order), else 0."""
    nouns = sets["noun_ar" if lang == "ar" else "noun_en"]
    for k, (a, b) in enumerate(zip(words, words[1:])):
        if lang == "ar" and a in nouns and b in nums:
            return nums[b]
        # (review32) an English count names states told before only after a determiner ("the four countries", as the
        # Arabic number words are definite); "At least three countries have recalled …" names no earlier three
        if lang == "en" and a in nums and b in nouns and k > 0 and words[k - 1] in sets["det_en"]:
            return nums[a]
    return 0


def _group(events, ev, n, side):
    """The events of the nearest earlier trigger whose ``side`` countries number ``n``: [event per country]."""
    by_trigger: dict = {}
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or p.sentence < ev.sentence - _BACK:
            continue
        by_trigger.setdefault(p.trigger_start, []).append(p)
    for start in sorted(by_trigger, reverse=True):
        got: dict = {}
        for p in by_trigger[start]:
            c = getattr(p, f"{side}_country")
            if c and getattr(p, f"{side}_code") == c:   # (the countries themselves, not their bodies)
                got.setdefault(c, p)
        if len(got) == n:
            return list(got.values())
    return None


def apply(doc, events) -> list:
    sets = nums = None
    added = []
    for ev in events:
        if ev.lang not in ("ar", "en"):
            continue
        if sets is None:
            sets = _sets()
            nums = _numbers()
            if not any(f in doc.text for f in sets["noun_ar"] | sets["noun_en"] | sets["noun_indef_ar"]):
                return events
        if ev.source_code and ev.target_code:
            continue
        # (session 33, SPD33) every count needs a number word (a key of nums) among the normalised words read, all
        # of them pieces of this stretch of the text; normalize works a character at a time, so that word's form
        # occurs in the stretch's normalised text.  None there (the usual event: "الدول" and "states" are common,
        # a number word after them is not): no window is read
        win = normalize(doc.text[max(ev.sentence_start, ev.trigger_start - 40):min(ev.sentence_end, ev.trigger_end + 40)])
        if not any(f in win for f in nums):
            continue   # (both windows below lie in this stretch: no number word in it, no count)
        # (from the trigger's first word: a trigger with its object spans the subject, "وأغلقت الدول الأربع منافذها")
        first = doc.text.find(" ", ev.trigger_start, ev.trigger_end)
        at = first if first > 0 else ev.trigger_end
        after = [normalize(w.group()).lower() for w in _WORD.finditer(doc.text, at, min(ev.sentence_end, at + 40))][:4]
        lo = max(ev.sentence_start, ev.trigger_start - 40)
        before = [normalize(w.group()).lower() for w in _WORD.finditer(doc.text, lo, ev.trigger_start)][-4:]
        side = n = None
        if not ev.source_code:
            n = _count(after if ev.lang == "ar" else before, ev.lang, sets, nums)
            side = "source" if n else None
        if side is None and not ev.target_code:
            n = _count(after, ev.lang, sets, nums)
            side = "target" if n else None
        if side is None:
            continue
        # (review32: the side copied is the side the group was found by; counting the group's source countries
        # instead took the sources when a target group's events had as many different source bodies)
        from_side = "source"
        group = _group(events, ev, n, "source")
        if group is None:
            from_side, group = "target", _group(events, ev, n, "target")
        if group is None:
            continue
        ev.rule += ":counted-states"
        copies = [replace(ev, id=stable_id(ev.id, "counted", str(k))) for k in range(1, len(group))]
        for dst, p in zip([ev] + copies, group):
            copy_side(dst, side, p, from_side)   # (the evidence span is the state's own name, told before)
            dst.plover_context = list(ev.plover_context)
        added += copies
    if sets is not None:
        added += _headlines(doc, events + added, sets, nums)
    return events + added if added else events


def _headlines(doc, events, sets, nums) -> list:
    """"أربع دول عربية تقطع علاقاتها مع قطر" over the body's "قطعت السعودية والإمارات والبحرين ومصر … علاقاتها مع قطر"
    (after the body's counted states are named: "وتغلق منافذها" over "وأغلقت الدول الأربع منافذها"): the copies made."""
    added = []
    for ev in events:
        n = _headline_count(doc, ev, sets, nums)
        group = _group_after(events, ev, n) if n else None
        if group is None:
            continue
        ev.rule += ":counted-states"
        copies = [replace(ev, id=stable_id(ev.id, "counted", str(k))) for k in range(1, len(group))]
        for dst, p in zip([ev] + copies, group):
            copy_side(dst, "source", p)
            dst.plover_context = list(ev.plover_context)
        added += copies
    return added
