"""Denied reports: "The ministry rejected reports that it had expelled the ambassador" (session 13, lead).

A denial aimed at a report noun -- "rejected reports that", "dismissed claims that its jets had bombed", "نفت الوزارة
الأنباء التي تحدثت عن طرد السفير"، "نفى الجيش صحة التقارير عن قصف" -- denies the events the report tells.  The
event stage reads a denial verb as a speech cue or as a negation word right before its event, and a relative
clause or a report noun between them cut that link: the expulsion came out asserted.  When a denial word
(``denied_reports.tsv``, kind ``deny``) is followed within :data:`REACH` words (kind ``skip`` may stand between:
صحة، the) by a report noun (kind ``report``), every event of the sentence whose trigger comes after the noun is
negated, up to the sentence's end or a semicolon; an event whose trigger is the report noun itself ("claims" 110)
is the report, not an act, and is dropped.  In English the span also ends at "and" + a new verb with no clause word
before it ("denied the charges and was fined": the denier's own next act, session 17 LFT), or at "and" + a subject of
its own ("rejected the accusations, and we will continue to support Ukraine", session 27 EN6).  "rejected the proposal" (no report noun) and an event before the
denial keep their reading.
"""
from __future__ import annotations

from . import fronted
from .lexicon import lexicon
from .structure import en_and_subject, en_new_verb, has_any, kind_sets

REACH = 3
REACH_AR = 6   # Arabic VSO: the denier's name stands between the verb and the report noun ("نفت وزارة الدفاع التركية
# تقارير تحدثت عن …", session 29)


def _forms() -> dict:
    """{lang: {kind: forms}}."""
    return kind_sets("denied_reports.tsv", ("deny", "report", "skip"), by_lang=True)


def _report_after(words, d: int, f: dict):
    """Index of the report noun after the denial word at ``d`` (within REACH words, skip words between), or None."""
    k, seen = d + 1, 0
    ar = not words[d].norm.isascii()
    reach = REACH_AR if ar else REACH
    while k < len(words) and seen < reach:
        w = words[k]
        if w.punct:
            if ar and w.text in "،,":
                aside = fronted.time_aside(words, k)
                if aside > k:
                    k = aside + 1   # "نفت وزارة الدفاع، اليوم الخميس، تقارير …": a time aside between commas
                    continue
            return None
        if w.norm in f["report"]:
            return k
        if ar and "comp" in w.cue:
            return None   # (another clause: "نفت أن تكون … التقارير")
        if w.norm not in f["skip"]:
            seen += 1
        k += 1
    return None


def gate_words(lang: str) -> frozenset:
    """The words one of which a sentence of ``lang`` must hold for the rule to act (its first test, on
    the norms): the events stage tests them with its neighbours' in one set test a sentence (session 42, SPD42)."""
    f = _forms().get(lang)
    return f["deny"] if f else frozenset()


def deny_reports(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) with the events of a denied report negated (see the module doc)."""
    f = _forms().get(lang)
    if not f or not evs or not has_any(words, f["deny"]):
        return evs
    spans = []
    norms = [w.norm for w in words] if lang == "en" else []
    lex = lexicon("en") if lang == "en" else None
    for d, w in enumerate(words):
        if w.norm in f["deny"]:
            r = _report_after(words, d, f)
            if r is not None:
                end = next((words[k].start for k in range(r + 1, len(words)) if words[k].text in (";", "؛")
                            or (lang == "en" and words[k].norm == "and" and k + 1 < len(words) and not any(
                                "comp" in words[x].cue or "rel" in words[x].cue for x in range(r + 1, k))
                                and (en_new_verb(words[k + 1]) or en_and_subject(norms, k, lex.cue)))), None)
                spans.append((words[r].start, words[r].end, end))
    if not spans:
        return evs
    out = []
    for e in evs:
        hit = next((s for s in spans if s[0] <= e.trigger_start and (s[2] is None or e.trigger_start < s[2])), None)
        if hit is not None:
            if e.trigger_start < hit[1]:
                continue   # the report noun itself
            e.negated = True
        out.append(e)
    return out
