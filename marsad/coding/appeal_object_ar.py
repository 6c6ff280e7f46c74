"""The addressee of an Arabic appeal joined after a comma to an act of the same subject (session 18, ARL).

"ودانت حكومة إقليم كردستان الغارة، ودعت أنقرة والحزب إلى إبعاد المدنيين"، "ودانت المبعوثة الأممية الاشتباكات، ودعت
السلطات في طرابلس إلى محاسبة المسؤولين": Arabic drops the repeated subject of the joined verb, so the actors right
after دعت are its object (the addressees), as the accused after "، واتهمت" (session 9) and the addressee of "، وطالبت X
بـ" (session 14) already are in ``events._conjoined_subject``.  :func:`addressee` tells whether an appeal event (root
02) is so joined: the verb carries the conjunction right after a comma, the earlier verb event of the sentence is a
verbal act (roots 01-13) with a source of another actor, the two verbs agree in gender, and its source stands in the
chain of actors right after the verb (the actors of the events at the same trigger, coordinated by و; a locative
"في + one word" after a body) that ends right before إلى.  "ودانت مصر الهجوم، ودعت إلى ضبط النفس" (no actor after
the verb) is unchanged (the subject goes on anyway); "ودعت أنقرة إلى التهدئة" opening its own sentence is Ankara's
own appeal (no earlier verb in the sentence); a masculine verb after a feminine one ("وقالت الحكومة …، ودعا الرئيس
إلى …") keeps its own subject.  Session 20 B7AR: the chain may also end right before على ("…، وحثت الخرطوم وأبوظبي على
استئناف الحوار": حث takes its addressees before على as دعا does before إلى).

Session 36: :func:`speaker_addressee`, the same appeal joined after a comma to a reported statement, "وقال العبادي إن
الحكومة لن تتحاور …، ودعا قيادة الإقليم إلى إلغاء نتائجه": the statement verb is no event, so :func:`addressee` has no
earlier verb to go on from, and the actors right after دعا were read as a new caller.  The appeal inside the quote of a
speaker (its ``reported_by``) whose verb agrees with the speech verb in gender, joined by و right after a comma, whose
source is the chain of actors right before إلى / على, is the speaker's own appeal to them (as capital_addressee does
for "، وطالبت الرباط بـ"): the chain becomes the target, the speaker the source (``:speaker-addressee``).  A
feminine speaker before a masculine appeal ("وقالت الوزارة إن …، ودعا الرئيس إلى") keeps the new caller.
"""
from __future__ import annotations

from .agreement import masc_verb
from .structure import actor_of, copy_side, fill_side, start_index

_TO = frozenset(("الي", "إلى", "علي", "على"))   # (على: "، وحثت الرياض وطهران على الحوار", session 20 B7AR)
# (session 50, gapar50) thanks and congratulations (root 05) take their object before على as an appeal does before
# إلى: "وأشاد الرئيس بالاتفاق، وشكر الأردن على استضافته اللاجئين" is the president's thanks to Jordan
_ROOTS = {"02": _TO, "05": frozenset(("علي", "على"))}


def addressee(words, k: int, ev, prev, evs, args=()) -> bool:
    """Is the source of the appeal ``ev`` (its verb at word ``k``) the addressee of a verb whose subject is that of
    ``prev`` (the earlier verb event of the sentence)?  See the module doc."""
    if ev.root not in _ROOTS or not prev.root or prev.root >= "14" or ":verb:" not in prev.rule or not ev.source_span:
        return False
    if k < 2 or k + 1 >= len(words) or words[k - 1].text not in ("،", ",") or not prev.source_actor_id \
            or prev.source_actor_id == ev.source_actor_id:
        return False
    if masc_verb(words[k].norm) != masc_verb(words[_index(words, prev.trigger_start, k)].norm):
        return False
    # (the sources of the trigger's events, and the targets of those already read so: "أنقرة" once the first of
    # "أنقرة والحزب" is the addressee)
    return _chain_ends(words, k, ev, evs, args)


def _chain_ends(words, k: int, ev, evs, args=()) -> bool:
    """Does the chain of actors right after the verb at ``k`` (the sources of the trigger's events, coordinated; a
    locative "في + one word" after a body) end right before إلى / على, with ``ev``'s source in it?"""
    spans = [sp for e in evs if e.trigger_start == ev.trigger_start
             for sp in (e.source_span, e.target_span if ":conj-obj" in e.rule else None) if sp]
    # (session 50, gapar50) and an actor joined by و with no preposition: the second of a coordinated pair that no
    # event has read yet ("، ودعا البرهان وحميدتي إلى": the compound fan-out comes later).  Not any actor: "، ودعا
    # الرئيس الإيراني الدول الإسلامية إلى" is a new subject and its own object, no chain
    spans += [(a.start, a.end) for a in args if not a.prep and k + 1 < a.i0 <= k + 12
              and words[a.i0].text[:1] == "و" and not words[a.i0 - 1].punct]
    j = k + 1
    while j < len(words) and j <= k + 12:
        w = words[j]
        if w.punct:
            return False
        if any(s < w.end and w.start < t for s, t in spans):   # (a span may begin after و: "والحزب")
            j += 1
        elif w.norm == "في" and j > k + 1:
            j += 2   # (a body's place: "السلطات في طرابلس")
        elif j > k + 1 and w.norm.startswith("وال") and w.norm.endswith(("يه", "ي", "يين", "يون")):
            j += 1   # (session 53 gapar53) a coordinated adjective of the addressees: "الدول العربية والإسلامية"
        else:
            break
    if j >= len(words) or j == k + 1 or not (words[j].norm in _ROOTS.get(ev.root, _TO) or (
            ev.root == "10" and words[j].prefix.endswith("ب"))):   # ("، وطالبت إسرائيل بالامتثال …": s40)
        return False
    return words[k + 1].start <= ev.source_span[0] < words[j].start


def _index(words, start: int, default: int) -> int:
    return next((i for i, w in enumerate(words) if w.start == start), default)


# (the roots speaker_addressee acts on: the events stage skips it for a sentence with none)
SPEAKER_ON = frozenset(("02", "10"))   # (demands too, their addressee before ب: session 40)


def speaker_addressee(doc, words, evs: list, args=()) -> None:
    """See the module doc (session 36): "وقال X إن …، ودعا Y إلى …" is X's appeal to Y."""
    idx = None
    for ev in evs:
        if ev.root not in SPEAKER_ON or ":verb:" not in ev.rule or not ev.source_span \
                or not ev.reported_by_actor_id or ev.reported_by_actor_id == ev.source_actor_id \
                or ev.trigger[:1] not in ("و", "ف"):
            continue
        if ev.target_actor_id and not (ev.target_span and ev.target_span[0] > ev.source_span[1]):
            continue   # (a demand's target after its ب-content, "بصفتها قوة احتلال", gives way: session 40; so does
            # an appeal's inside its إلى-content, "…، ودعت الحكومة العراقية إلى نزع سلاح الفصائل": session 50, gapar50)
        if idx is None:
            idx = start_index(words)
        k = idx.get(ev.trigger_start)
        if k is None or k < 3 or k + 2 >= len(words) or words[k - 1].text not in ("،", ","):
            continue
        q = next((q for q in doc.quotes if q.speaker_actor_id == ev.reported_by_actor_id
                  and q.cue_start < ev.trigger_start < q.content_end and q.cue_start >= ev.sentence_start), None)
        c = idx.get(q.cue_start) if q is not None else None
        if c is None or _cue_masc(words[c]) != masc_verb(words[k].norm):
            continue
        if not _chain_ends(words, k, ev, evs, args):
            continue
        speaker = actor_of(doc, ev.reported_by_actor_id)
        if speaker is None or speaker.id == ev.source_actor_id:
            continue
        span = next((sp for sp in speaker.spans if ev.sentence_start <= sp[0] < ev.trigger_start), None)
        if span is None:
            continue
        copy_side(ev, "target", ev, "source")
        fill_side(ev, "source", speaker, span)
        ev.rule += ":speaker-addressee"


def _cue_masc(word) -> bool:
    """Is the speech cue ``word`` masculine?  A verb by its form; the verbal noun of a renewed statement by its
    pronoun ("جدد الرئيس تأكيده أن …، ودعا": ه masculine, ها feminine; session 55, lead)."""
    if "renewed_speech" in word.cue:
        return not word.norm.endswith("ها")
    return masc_verb(word.norm)
