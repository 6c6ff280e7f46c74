"""A country named only in a later reported clause is not a bare side's country (English, session 21 B8EN).

"Prime Minister Irakli Kobakhidze accused the opposition of organising the violence and said the authorities would
not allow a repeat of Ukraine's 2014 uprising": the sentence names one country, Ukraine, but only in the words the
prime minister reports after "and said"; the sentence-country fill (``events._fill_domestic``) read UKRGOV -> UKROPP,
and the dateline fill (``home_country``) saw a sentence naming a country and left the sides bare.  :func:`cut` gives
the character offset where such a later clause opens (an opener of ``later_clause_en.tsv`` after the event's trigger
and its sides), or None; both fills count only the countries named before it.  An event inside the reported
clause ("allow") starts after the opener and keeps every country of the sentence.

The charge of an accusation (root 11) right after its target ("accused the junta of working with Russia's Wagner
Group", "blamed the opposition for colluding with Washington") is such a clause too (session 38 GAPEN38): the countries
of the charge are the accused's partners, not the accused's own.

Likewise the speaker named after a direct quote ('"We call on the PRC to avoid …," spokesman Matthew Miller said'):
the countries inside the quote are the speaker's words, not the speaker's country (:func:`excluded`, the source
side only).
"""
from __future__ import annotations

import functools
import re

from ..lang.normalize import normalize
from .structure import form_set, kind_sets


# the charge of an accusation right after its target: "of" / "for" + a gerund, a quotation or a lower-case noun
# ("of sympathising with …", "of \"anti-state activities\"", "of crimes against …"; not "the government of Ethiopia")
_CHARGE = re.compile(r"\s*(?:of|for)\s+(?:\w{3,}ing\b|[\"'\u201c\u2018]|[a-z])")


def cut(doc, ev, charge: bool = True):
    """Offset of the first later-clause opener after ``ev``'s trigger and sides in its sentence (English; Arabic
    since session 26 B15AR, :func:`_cut_ar`), or None.  ``charge=False``: an accusation's charge opens none (the
    two-country fill keeps its guard: a third country anywhere in the sentence leaves a bare side bare)."""
    if ev.lang not in ("en", "ar"):
        return None
    lo = ev.trigger_end
    for side in ("source", "target"):
        sp = getattr(ev, f"{side}_span")
        if sp and sp[1] > lo and sp[0] < ev.sentence_end:
            lo = sp[1]
    tail = doc.text[lo:ev.sentence_end].lower()
    if not tail:
        return None
    if ev.lang == "ar":
        return _cut_ar(tail, lo)
    if charge and ev.root == "11" and ev.target_span and ev.target_span[0] > ev.trigger_start and _CHARGE.match(tail):
        return lo   # "accused the junta of working with Russia's Wagner Group": the charge's countries are neither
        # side's (session 38 GAPEN38; not a passive's, "X has been accused of … by Haitian officials")
    best = None
    for f in form_set("later_clause_en.tsv"):
        k = tail.find(" " + f + " ")
        if k >= 0 and (best is None or k < best):
            best = k
    return None if best is None else lo + best


def charge_after_target(doc, ev) -> bool:
    """Does an English accusation's charge ("of" / "for" + a gerund) follow right after its target's words?"""
    sp = ev.target_span
    return ev.lang == "en" and ev.root == "11" and sp is not None and sp[1] > ev.trigger_end \
        and _CHARGE.match(doc.text, sp[1], ev.sentence_end) is not None


def _cut_ar(tail: str, lo: int):
    """The Arabic opener of ``later_clause_ar.tsv`` first in ``tail`` (which starts at offset ``lo``): "…، فيما هنأ
    رئيس السنغال الغزواني" (while), not "فيما يتعلق ب" (as for) or "فيما بعد" (later)."""
    sets = kind_sets("later_clause_ar.tsv", ("opener", "not_next"))
    # the forms are normalised: the tail too, letter by letter so that offsets hold (a mark becomes a tatweel, which
    # the patterns skip: "مؤكداً" is مؤكدا, session 30 ACT21)
    tail = "".join(_norm_char(ch) for ch in tail)
    best = None
    for f in sets["opener"]:
        for m in _opener_pattern(f).finditer(tail):
            if m.group(1).replace("\u0640", "") not in sets["not_next"]:
                if best is None or m.start() < best:
                    best = m.start()
                break
    return None if best is None else lo + best


@functools.lru_cache(maxsize=512)
def _opener_pattern(form: str):
    """The opener ``form`` with tatweels allowed between its letters, then a space and the next word (group 1);
    compiled once per form, not escaped and looked up in re's cache at every call (session 32, SPD32)."""
    return re.compile(r"(?<!\S)" + "\u0640*".join(map(re.escape, form)) + r"\u0640* \u0640*(\S+)")


@functools.lru_cache(maxsize=4096)
def _norm_char(ch: str) -> str:
    n = normalize(ch)
    return n if len(n) == 1 else "\u0640"


def cut_range(doc, ev) -> list:
    """[(the later clause's start, the sentence end)] of :func:`cut`, or []."""
    k = cut(doc, ev)
    return [] if k is None else [(k, ev.sentence_end)]


_REL_ASIDE = re.compile(r",\s+(?:who|which)\s[^,;]{3,160},")


def excluded(doc, ev, side: str) -> list:
    """Character ranges of ``ev``'s sentence whose countries are not ``side``'s: the later reported clause
    (:func:`cut`), and for a source that is the speaker named after a direct quote of the sentence, that quote."""
    out = cut_range(doc, ev)
    sp = ev.source_span
    if sp:
        # (session 40) "Opposition candidate Gonzalez, who lives in exile in Spain and claims …, called …": a relative
        # clause between commas right after a side tells where its person lives or what he did, not his country
        for s_ in (ev.source_span, ev.target_span):
            if s_:
                m = _REL_ASIDE.match(doc.text, s_[1], ev.sentence_end)
                if m:
                    out.append((m.start(), m.end()))
    if side == "source" and sp and doc.quotes:
        for q in doc.quotes:
            if q.direct and q.sentence == ev.sentence and q.speaker_start == sp[0] and q.content_end <= sp[0]:
                out.append((q.content_start, q.content_end))
    return out


_RELATIVE_OPENERS = (", who ", ", whose ", ", which ")


def subject_aside(text: str, ev) -> "tuple | None":
    """(start, end) of a comma-set who / whose / which clause between an English event's source and its trigger
    ("Opposition candidate X, who lives in exile in Spain, called …"), or None."""
    if ev.lang != "en" or not ev.source_span:
        return None
    gap0, gap1 = ev.source_span[1], ev.trigger_start
    if not gap0 < gap1:
        return None
    opens = [k for k in (text.find(o, gap0, gap1) for o in _RELATIVE_OPENERS) if k >= 0]
    if not opens:
        return None
    close = text.rfind(",", min(opens) + 1, gap1)
    return (min(opens), close) if close > min(opens) else None


def outside_subject_aside(doc, ev, countries) -> set:
    """The countries of ``countries`` that the event's sentence names (an actor or a place) outside the subject's
    comma-set who-clause (:func:`subject_aside`): a country named only there is no side of the act (session 41)."""
    aside = subject_aside(doc.text, ev)
    if aside is None or not countries:
        return set(countries)
    a0, a1 = aside
    s0, s1 = ev.sentence_start, ev.sentence_end
    return {c for c in countries
            if any(s0 <= sp < s1 and not a0 <= sp < a1 for a in doc.actors if a.country == c for sp, _ in a.spans)
            or any(s0 <= p.start < s1 and not a0 <= p.start < a1 for p in doc.places if p.country == c)}
