"""A company's board meets: no consultation between actors (session 21, OTH).

Market pages report "اجتماع مجلس الإدارة"، "عقد مجلس إدارة الشركة اجتماعا"، "Skyline's board met in an emergency
session", "the board of directors met".  The meeting trigger codes 040 between nobody, or between the company's
country and whoever the sentence names.  An event of root 04 is dropped when the body that meets is a company's
board (``board_meeting.tsv``): Arabic مجلس followed by الإدارة / إدارة within :data:`REACH` words of the trigger,
before or after it; English "board" / "directors" as the word right before the trigger ("board met", "board
meeting").  مجلس alone (the Security Council) and "Board of Peace" are no company boards.
"""
from __future__ import annotations

from .hazards import derived, stem_of
from .structure import has_any_form, kind_sets, listed_forms, start_index

# the roots / CAMEO codes drop_board_meetings acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("04",))

REACH = 3   # words between the trigger and مجلس: "اجتماع مجلس الإدارة", "عقد مجلس إدارة الشركة اجتماعا"


def _forms() -> dict:
    return kind_sets("board_meeting.tsv", ("board", "of"), by_lang=True)


def _board_gate(f: dict) -> frozenset:
    """The forms one of which :func:`_company_board` needs in the sentence: a board word, as :func:`stem_of` reads
    it (the article and a leading و / ف on it allowed)."""
    return listed_forms(f["board"])


def _company_board(words, k: int, f: dict, lang: str) -> bool:
    if lang == "en":
        return k > 0 and words[k - 1].norm in f["board"]
    for j in range(max(0, k - REACH), min(len(words) - 1, k + REACH + 1)):
        if j != k and stem_of(words[j]) in f["board"] and stem_of(words[j + 1]) in f["of"]:
            return not any(w.punct for w in words[min(j, k):max(j, k)])
    return False


def drop_board_meetings(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) without the meetings of a company's board (see the module doc)."""
    f = _forms().get(lang)
    if not f or not any(e.root in ACTS_ON for e in evs):
        return evs
    if not has_any_form(words, derived("board_meeting", f, _board_gate)):
        return evs   # (no board word in the sentence: one set test, no walk; session 50, SPD50)
    starts = start_index(words)
    out = []
    for e in evs:
        k = starts.get(e.trigger_start) if e.root == "04" else None
        if k is not None and _company_board(words, k, f, lang):
            continue
        out.append(e)
    return out
