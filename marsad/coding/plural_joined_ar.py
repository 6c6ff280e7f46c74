"""A verb joined by و goes on with the subject that opened its sentence (Arabic, session 44, lead).

"وردد المحتجون هتافات ضد الحكومة والمجموعات المسلحة، وطالبوا بإجراء انتخابات عامة"، "من جانبه، وصف غروسي الاتفاق
بأنه خطوة في الاتجاه الصحيح، وأشاد بالدور الذي أدته مصر": the joined verb's subject is the first verb's, dropped and
shown only by the verb's ending; when the first verb codes no event (ردد chanted, وصف described), no joined-verb rule
carried its subject over.  A source-less Arabic verb event whose trigger opens with و takes the actor standing right
after the sentence's first verb (VSO; a fronted "من جانبه،" / "في المقابل،" before it passed over) when the verb agrees
with it -- a plural verb (وا) with a group, a masculine singular one with a person -- and no other actor stands
between that subject and the trigger.  Marker ``:plural-joined`` (plural) / ``:joined-subject`` (singular).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .agreement import masc_verb
from .structure import fill_side

_OPENER_MAX = 3   # words of a fronted phrase closed by a comma before the opening verb


def _subject_start(text: str, lo: int, hi: int):
    """Offset of the word after the sentence's opening verb (a short fronted phrase before it passed over), or None."""
    head = text[lo:hi]
    k = head.find("،")
    if 0 <= k and len(head[:k].split()) <= _OPENER_MAX:
        lo, head = lo + k + 1, head[k + 1:]
    lead = len(head) - len(head.lstrip())
    words = head.split()
    if len(words) < 3:
        return None
    return lo + lead + len(words[0]) + 1


def apply(doc, events) -> None:
    text = doc.text
    for ev in events:
        if ev.lang != "ar" or ev.source_code or ev.source_country or ":verb:" not in ev.rule:
            continue
        first = text[ev.trigger_start:ev.trigger_end].split(None, 1)[0]
        if first[:1] != "و" or len(first) < 4:
            continue
        plural = first.endswith("وا") and len(first) >= 5
        if not plural and not masc_verb(normalize(first)):
            continue
        second = _subject_start(text, ev.sentence_start, ev.trigger_start)
        if second is None:
            continue
        kind = "group" if plural else "person"
        subj = next(((a, sp) for a in doc.actors if a.kind == kind and a.code for sp in a.spans
                     if abs(sp[0] - second) <= 1 and sp[1] < ev.trigger_start), None)
        if subj is None or subj[0].id == ev.target_actor_id or any(
                subj[1][1] <= s0 < ev.trigger_start for a in doc.actors if a.id != subj[0].id for s0, _ in a.spans
                if a.kind in ("group", "person", "country")):
            continue
        fill_side(ev, "source", subj[0], subj[1])
        ev.rule += ":plural-joined" if plural else ":joined-subject"
