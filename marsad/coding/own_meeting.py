"""A body holds its own meeting: no consultation between actors (session 27, PREC5).

"ومن المقرر أن تعقد لجنة السياسة النقدية اجتماعها المقبل"، "وتعقد الحكومة اجتماعها الأسبوعي يوم الأحد", "the
committee will hold its next meeting in mid-January": the meeting noun with the possessive of the body that meets
(Arabic اجتماعه / اجتماعها, kind ``own``; English "its" before "meeting" / "session" (two modifiers between at most), kinds ``poss`` and
``meeting``; not the dual or plural اجتماعهما / "their": two sides meeting, paired later) names that body's own session; the 040 / 036 it codes meets nobody.  Such an event of root
04 (or 036) with no target is dropped unless a partner follows in its clause (a word of kind ``with``: مع، "with", before
punctuation, within :data:`REACH` words).  "عقد الوزير اجتماعا مع نظيره", "their meeting with the envoy", a meeting
with a target (the two leaders' meeting, coded both ways) stay.

An English emergency session (session 38 GAPEN38): "after President Moon convened an emergency meeting of the National
Security Council", "Washington and Tokyo requested an emergency meeting of the U.N. Security Council", "asked the
council to convene an urgent meeting": the meeting noun right after an adjective of kind ``session`` (emergency, urgent,
extraordinary) is a body's own session that someone calls or asks for, no consultation between the sentence's actors
(the 040 coded the caller with the council, or the two callers with each other), whatever its target; dropped unless a
partner follows ("an emergency meeting with the mediators").  The body's own "will hold an emergency meeting" (kind
``hold`` right before) stays: "at the request of X" is addressed to its holder.
"""
from __future__ import annotations

from .hazards import stem_of
from .structure import kind_sets, start_index

REACH = 8   # "اجتماعها الأول في باماكو الأسبوع المقبل مع …"
_KINDS = ("own", "poss", "meeting", "with", "session", "hold")

# the roots / CAMEO codes drop (:func:`_meet`) acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("04", "036"))


def _forms() -> dict:
    return kind_sets("own_meeting.tsv", _KINDS, by_lang=True)


def _own(words, k: int, f: dict, lang: str) -> bool:
    w = words[k]
    if lang == "en":
        # "its meeting", "its next meeting", "its regular monthly session": up to two lower-case modifiers between
        return w.norm in f["meeting"] and any(
            k - d >= 0 and words[k - d].norm in f["poss"]
            and all(words[j].text[:1].islower() and not words[j].punct for j in range(k - d + 1, k))
            for d in (1, 2, 3))
    return w.norm in f["own"] or stem_of(w) in f["own"]


def _partner_after(words, k: int, f: dict) -> bool:
    for j in range(k + 1, min(len(words), k + 1 + REACH)):
        w = words[j]
        if w.punct:
            return False
        if w.norm in f["with"] or stem_of(w) in f["with"]:
            return True
    return False


def _meet(e) -> bool:
    """A meeting (04) or a meeting to come (036, "will hold its next meeting") with no target."""
    return (e.root == "04" or e.cameo == "036") and not e.target_code


def _session(words, k: int, f: dict, lang: str) -> bool:
    """An English meeting noun right after an emergency-session adjective ("an emergency meeting") that its holder
    does not hold ("will hold an emergency meeting at the request of …": kind ``hold`` within three words before)."""
    return lang == "en" and k > 0 and words[k].norm in f["meeting"] and words[k - 1].norm in f["session"] \
        and not any(words[j].norm in f["hold"] for j in range(max(0, k - 4), k - 1))


def drop(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) without a body's own meeting (see the module doc)."""
    f = _forms().get(lang)
    if not f or not any(_meet(e) or (e.root == "04" or e.cameo == "036") and lang == "en" for e in evs):
        return evs
    starts = start_index(words)
    out = []
    for e in evs:
        k = starts.get(e.trigger_start) if e.root == "04" or e.cameo == "036" else None
        if k is not None and e.trigger_end == words[k].end and (
                _meet(e) and _own(words, k, f, lang) or _session(words, k, f, lang)) \
                and not _partner_after(words, k, f):
            continue
        out.append(e)
    return out
