"""A verb joined by و goes on with the subject that opened its sentence (Arabic, session 44, lead).

"وردد المحتجون هتافات ضد الحكومة والمجموعات المسلحة، وطالبوا بإجراء انتخابات عامة"، "من جانبه، وصف غروسي الاتفاق
بأنه خطوة في الاتجاه الصحيح، وأشاد بالدور الذي أدته مصر": the joined verb's subject is the first verb's, dropped and
shown only by the verb's ending; when the first verb codes no event (ردد chanted, وصف described), no joined-verb rule
carried its subject over.  A source-less Arabic verb event whose trigger opens with و takes the actor standing right
after the sentence's first verb (VSO; a fronted "من جانبه،" / "في المقابل،" before it passed over) when the verb agrees
with it -- a plural verb (وا) with a group, a masculine singular one with a person -- and no other actor stands
between that subject and the trigger.  Marker ``:plural-joined`` (plural) / ``:joined-subject`` (singular).
Session 45 (GAPAR45): a feminine singular verb (ت) goes on with a body or force, first the one right after the verb
of the clause joined by "، و" just before it ("، ومنعتهم قوات الأمن من الاقتراب من المبنى، واعتقلت خمسة منهم"), then
the sentence's opening one.
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


# (session 45) a feminine singular verb ("، واعتقلت خمسة منهم") agrees with a body or force (قوات الأمن، الشرطة)
_BODY_KINDS = ("group", "organisation")


def _subject_starts(text: str, lo: int, hi: int, clause: bool) -> list:
    """Offsets of the words after the opening verbs the joined verb may go on from: the sentence's (see
    :func:`_subject_start`); with ``clause`` (a feminine verb, session 45) first the verb of the clause joined by "، و"
    right before the trigger ("، ومنعتهم قوات الأمن من الاقتراب، واعتقلت خمسة منهم")."""
    out = []
    if clause:
        k = text.rfind("، و", lo, hi)   # (the trigger's own "، و" ends past ``hi``: not found)
        if k > lo:
            words = text[k + 2:hi].split(None, 1)
            if len(words) == 2:
                out.append(k + 2 + len(words[0]) + 1)
    second = _subject_start(text, lo, hi)
    if second is not None and second not in out:
        out.append(second)
    return out


def apply(doc, events) -> None:
    text = doc.text
    for ev in events:
        if ev.lang != "ar" or ev.source_code or ev.source_country or ":verb:" not in ev.rule:
            continue
        first = text[ev.trigger_start:ev.trigger_end].split(None, 1)[0]
        if first[:1] != "و" or len(first) < 4:
            continue
        plural = first.endswith("وا") and len(first) >= 5
        fem = not plural and first.endswith("ت") and len(first) >= 5
        if not plural and not fem and not masc_verb(normalize(first)):
            continue
        kinds = ("group",) if plural else _BODY_KINDS if fem else ("person",)
        for second in _subject_starts(text, ev.sentence_start, ev.trigger_start, fem):
            subj = next(((a, sp) for a in doc.actors if a.kind in kinds and a.code for sp in a.spans
                         if abs(sp[0] - second) <= 1 and sp[1] < ev.trigger_start), None)
            if subj is None or subj[0].id == ev.target_actor_id or any(
                    subj[1][1] <= s0 < ev.trigger_start for a in doc.actors if a.id != subj[0].id for s0, _ in a.spans
                    if a.kind in ("group", "person", "country") or fem and a.kind == "organisation"):
                continue
            fill_side(ev, "source", subj[0], subj[1])
            ev.rule += ":plural-joined" if plural else ":joined-subject"
            break
