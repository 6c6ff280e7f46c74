"""A quotation that goes on over more than one sentence (session 17, QUO).

'The minister said: "We seek calm. We will respond to every attack."', '"We seek calm," the minister said. "But we
will respond to any aggression."', 'وقال الوزير: «نريد التهدئة. لكننا سنرد على أي اعتداء».': the second sentence has
no speech cue, so the quote stage gave it no quote and its first-person act ("we will respond", "سنرد") had no actor.
Such a sentence takes the speaker of the quote before it when

- the quotation is still open: its mark opened in the sentence before (after that quote's speaker was named) and has
  not closed; the content runs to the closing mark (or the sentence end, and the next sentence goes on); in a new
  paragraph only when the paragraph opens with a quote mark again (the wire convention of a quote over paragraphs);
- or the sentence is wholly quoted (it opens with a quote mark that closes at its end) and directly follows a sentence
  whose quote, with a known speaker, is in quote marks.

A sentence with its own speech cue keeps its own quote (a new speaker), an unquoted sentence is the writer's, and a
quote whose speaker is no actor (a document: "the statement read: …") carries nothing.  The quote made here has an
empty cue (``cue == ""``, no statement event of its own: the statement is the first sentence's).  Only sentences right
after a quoted sentence are read (a scan of their quote marks), so the stage's cost is unchanged elsewhere.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from ..model import Quote

_MARK = re.compile("[«»\"“”]")
_OPENERS = "«\"“"
_CLOSERS = {"«": "»", "“": "”\"", "\"": "\"”"}   # the marks that close an open mark
_TAIL = " \t\n.!?؟،,;:)"                            # what may follow the closing mark of a wholly quoted sentence


class Carry(NamedTuple):
    sentence: int          # the sentence the speaker's quote (or its continuation) is in
    paragraph: int
    speaker: str           # actor id
    s_start: int           # the speaker's span (in that earlier sentence)
    s_end: int
    open: str              # the quote mark still open at that sentence's end, or ""


def _scan(text: str, pos: int, open_: str) -> tuple:
    """(the mark still open at the end of ``text[pos:]`` or "", the offset of the first closing mark or -1), starting
    with ``open_`` open.  A mark of another kind inside an open quotation (nested quotes) is passed over."""
    first = -1
    for m in _MARK.finditer(text, pos):
        c = m.group()
        if open_:
            if c in _CLOSERS[open_]:
                open_ = ""
                if first < 0:
                    first = m.start()
        elif c in _OPENERS:
            open_ = c
    return open_, first


def carry_after(doc, si: int, sent, made: list) -> Optional[Carry]:
    """The speaker a next sentence of the same quotation goes on with, after the sentence ``si`` whose quotes are
    ``made``: the last quote with a known speaker, when quote marks stand in or around its content; else None."""
    q = next((q for q in reversed(made) if q.speaker_actor_id is not None), None)
    if q is None:
        return None
    text = doc.text
    if _MARK.search(text, max(sent.start, q.content_start - 2), min(sent.end, q.content_end + 2)) is None:
        return None   # reported speech, no quote marks
    open_, _ = _scan(text[sent.start:sent.end], max(0, q.cue_start - sent.start), "")
    return Carry(si, sent.paragraph, q.speaker_actor_id, q.speaker_start, q.speaker_end, open_)


def follow(doc, si: int, sent, carry: Carry) -> Optional[tuple]:
    """(the quote of sentence ``si`` -- no quote of its own -- that goes on with ``carry``'s speaker, the carry after
    it), or None.  The quote's id is left to the stage."""
    if carry.sentence != si - 1:
        return None
    text = doc.text[sent.start:sent.end]
    p = len(text) - len(text.lstrip())
    if p >= len(text):
        return None
    if carry.open:
        open_ = carry.open
        if sent.paragraph != carry.paragraph:
            if text[p] not in _OPENERS:
                return None   # a new paragraph not opening with a quote mark: the quotation was never closed
            open_ = text[p]
            p += 1
        end_open, close = _scan(text, p, open_)
        c0, c1 = p, (close if close >= 0 else len(text))
    else:
        if text[p] not in _OPENERS:
            return None   # the writer's own sentence
        end_open, close = _scan(text, p + 1, text[p])
        if close < 0 or end_open or text[close + 1:].strip(_TAIL):
            return None   # not wholly quoted: '"Operation Dawn" began on Monday'
        c0, c1 = p + 1, close
    seg = text[c0:c1]
    c0 += len(seg) - len(seg.lstrip())
    c1 -= len(seg) - len(seg.rstrip())
    if c1 <= c0 or " " not in text[c0:c1]:
        return None   # one quoted word is a name or a term, not a sentence
    a = sent.start + c0
    q = Quote("", carry.speaker, carry.s_start, carry.s_end, a, a, a, sent.start + c1, True, si, cue="")
    return q, Carry(si, sent.paragraph, carry.speaker, carry.s_start, carry.s_end, end_open)


def opened(doc, sent) -> int:
    """The offset after the quote mark that opens sentence ``sent`` and stays open to its end ('"We are asking the
    government to act. We want …," he told reporters': the first sentence), else -1 (session 18, B5AC)."""
    head = doc.text[sent.start:sent.start + 3].lstrip()
    if not head or head[0] not in _OPENERS:
        return -1   # (most sentences: no quote mark first; the sentence is not copied)
    text = doc.text[sent.start:sent.end]
    p = len(text) - len(text.lstrip())
    end_open, _ = _scan(text, p + 1, text[p])
    return sent.start + p + 1 if end_open else -1


# the most sentences with no quote mark between a sentence opening a quotation and the one naming its speaker after
# it ('"S1. S2. S3," said X': one)
MAX_INSIDE = 3


def inside(doc, sent, pending) -> bool:
    """Does ``sent`` go on with the quotation opened in ``pending`` (the stage's (sentence, offset, inner sentences)):
    the same paragraph, no quote mark at all, fewer than ``MAX_INSIDE`` inner sentences so far (session 21, B8EN)."""
    if len(pending[2]) >= MAX_INSIDE or sent.paragraph != doc.sentences[pending[0]].paragraph:
        return False
    return _MARK.search(doc.text, sent.start, sent.end) is None


def precede(doc, si: int, sent, start: int, made: list, first: int = -1, inner: tuple = ()) -> list:
    """The quotes of the sentences before ``sent`` that belong to its quotation: the sentence ``first`` (no quote of its
    own, its quote mark opened at ``start`` and still open) and the ``inner`` sentences after it with no quote mark,
    when ``sent`` closes that quotation and names its speaker after it: ``made``'s first quote is direct, its content
    begins at the start of ``sent`` and has a known speaker.  The quotes' ids are left to the stage (session 18, B5AC;
    the inner sentences of '"S1. S2. S3," said X', session 21, B8EN)."""
    q = made[0] if made else None
    if q is None or q.speaker_actor_id is None or not q.direct or q.content_start - sent.start > 2:
        return []
    text = doc.text
    if _MARK.search(text, sent.start, q.content_start) is not None:
        return []   # the sentence opens a quotation of its own
    if first < 0:
        first = si - 1
    out = []
    for k, c0 in [(first, start)] + [(j, doc.sentences[j].start) for j in inner]:
        seg = text[c0:doc.sentences[k].end]
        c0 += len(seg) - len(seg.lstrip())
        c1 = c0 + len(seg.strip())
        if " " not in text[c0:c1]:
            return []
        out.append(Quote("", q.speaker_actor_id, q.speaker_start, q.speaker_end, c0, c0, c0, c1, True, k, cue=""))
    return out
