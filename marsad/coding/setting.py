"""A meeting noun that is only the setting of another act is no meeting event (session 15, STORY).

"Kasymaliev told a government meeting", "قال في كلمته أمام القمة": the meeting is the audience of a speech;
"urged the sides to settle the dispute through talks": the means of the settlement; "on the sidelines of the summit,
X met Y", "وأدان الوزير خلال الاجتماع الغارات": the occasion of another act.  A meeting / summit / talks noun (CAMEO
040, 044, 046; a visit, 042 / 043, is an act of its own) right after such a frame word (``data/coding/setting_ar_en.tsv``: Arabic the word before it, English up to
``_BACK`` words before it with no punctuation between) is dropped: always after an audience or means frame, and
after an occasion frame when the sentence codes another act (one with another trigger; the mutual copy of the noun
is the noun).  Without another act the occasion noun is the sentence's report of the meeting and stays ("the
ministers met on Monday at the summit" keeps "met"; "الاجتماع" alone after خلال keeps its event).
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index

_KINDS = ("audience", "means", "occasion")
_BACK = 4
_MEETINGS = frozenset(("040", "044", "046"))   # meet, meet at a third place, negotiate (not a visit: 042 / 043)
_DETERMINERS = frozenset(("a", "an", "the", "its", "his", "her", "their", "this"))
_CLAUSE_WORDS = frozenset(("when", "that", "which", "who", "and", "or", "but", "to", "as", "while", "after", "before",
                           "if", "than", "for", "with", "on", "in"))


def _forms() -> dict:
    return kind_sets("setting_ar_en.tsv", _KINDS, by_lang=True)


_GATES: dict = {}


def _gate(lang: str) -> frozenset:
    g = _GATES.get(lang)
    if g is None:
        f = _forms().get(lang) or {}
        g = _GATES[lang] = frozenset().union(*f.values()) if f else frozenset()
    return g


def _frame(words, k: int, lang: str, f: dict, noun: bool):
    """The kind of setting frame before the noun at word ``k`` (None: none).  A trigger read as a verb is a noun
    here only after a determiner between the frame and it ("told a government meeting")."""
    if not noun and lang != "en":
        return None
    back = 1 if lang == "ar" else _BACK
    for j in range(k - 1, max(-1, k - 1 - back), -1):
        w = words[j]
        if w.punct:
            return None
        norm = w.norm
        if norm in _CLAUSE_WORDS:
            return None   # "at a time when talks …": the frame is another clause's
        if norm in _DETERMINERS:
            noun = True
            continue
        if not noun:
            continue
        for kind in _KINDS:
            if norm in f[kind]:
                return kind
    return None


def mark_settings(words, evs: list, lang: str) -> None:
    """Mark (rule ``:setting``) the meeting nouns of a sentence's events that are the setting of another act: they
    stay until the document's repeats are merged (an earlier meeting with actors still stands for a later bare
    "الاجتماع"), then :func:`drop` removes them."""
    gate = _gate(lang)
    if not gate or not any(e.cameo in _MEETINGS for e in evs):
        return
    if not has_any(words, gate):
        return   # (no frame word in the sentence: one set test)
    f = _forms()[lang]
    idx = start_index(words)
    for e in evs:
        if e.cameo not in _MEETINGS:
            continue
        k = idx.get(e.trigger_start)
        kind = _frame(words, k, lang, f, ":noun:" in e.rule) if k is not None else None
        if kind is None:
            continue
        if kind == "occasion" and not any(o.trigger_start != e.trigger_start for o in evs):
            continue   # the sentence's only act: the report of the meeting
        e.rule += ":setting"


def drop(events: list) -> list:
    """The document's events without the marked settings."""
    return [e for e in events if ":setting" not in e.rule] if any(":setting" in e.rule for e in events) else events
