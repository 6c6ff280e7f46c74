"""The subject of a verb joined to an uncoded verb's clause (Arabic, round 15).

"حل الملك البرلمان ودعا إلى انتخابات جديدة": Arabic drops the repeated subject of a verb joined by و / ف, so
دعا's subject is الملك.  When the first verb is a trigger, the events stage's ``_conjoined_subject`` copies its
subject; when it is not (حل، عين، كلف …), the joined verb took the nearest actor before it -- the first verb's
object (البرلمان).  :func:`subject_before_object` (hook after the learned filter): a verb event whose trigger
carries the conjunction and whose source is the actor right before it, itself right after another bare actor
that directly follows the clause's first word (V S O وV2; V no event of its own), takes that earlier actor (S) as its source.  Not when
the two actors are one (an apposition: same code) nor for quote statements; rule marker ``:conj-clause``.

:func:`opening_subject` (session 14, AR9): "ورفع رئيس المجلس الجلسة من دون تحديد موعد، ودعا الكتل إلى الحوار": the
joined verb after a comma found no subject at all (its first verb's object is no actor).  A verb event with no source
whose trigger carries the conjunction right after a comma, up to ``OPENING_WINDOW`` words after the sentence's first
word (an uncoded word of no actor, the clause's verb; after a fronted "وفي موسكو،" the word after its comma), takes
the bare actor right after that word when the two verbs agree in gender and no full stop, complementizer, coded verb
or other bare actor opening a clause (after a comma) stands between; marker ``:conj-opening``.  A mutual verb so joined
whose one actor stands right after it ("وصل الوزير إلى دمشق …، والتقى الرئيس السوري") and that carries no object
pronoun reads that actor as its object: the opening subject meets it, both directions (session 17 LFT).
"""
from __future__ import annotations

from . import appeal_object_ar
from .agreement import joined_agrees
from .structure import copy_side, fill_side, has_any, kind_sets, reversed_copy, start_index

_CONJ = ("و", "ف")


def subject_before_object(words, args, evs) -> None:
    if len(args) < 2:
        return
    for ev in evs:
        sp = ev.source_span
        if not sp or ev.trigger[:1] not in _CONJ or sp[1] > ev.trigger_start or ":verb:" not in ev.rule:
            continue
        # the source: a bare actor that ends right before the trigger word (found without a word index)
        o = next((a for a in args if a.start == sp[0] and not a.prep), None)
        if o is None or o.i1 >= len(words) or words[o.i1].start != ev.trigger_start:
            continue
        k = o.i1
        if k < 3 or words[k].norm[:1] not in _CONJ or len(words[k].norm) < 4:
            continue
        s = next((a for a in args if a.i1 == o.i0 and not a.prep), None)
        if s is None or s.i0 < 1 or (s.actor.code or s.actor.country) == (o.actor.code or o.actor.country):
            continue
        j = s.i0 - 1   # the first verb: the clause's first word, no actor of its own
        w = words[j]
        if w.punct or any(a.i0 <= j < a.i1 for a in args) or not (j == 0 or words[j - 1].punct):
            continue
        if any(e.trigger_start == w.start for e in evs):
            continue   # a coded first verb: _conjoined_subject's case (استقبل … وبحث معه)
        if ev.target_actor_id and (ev.target_actor_id == s.actor.id or ev.target_code == (s.actor.code or s.actor.country)):
            continue
        fill_side(ev, "source", s.actor, (s.start, s.end))
        ev.rule += ":conj-clause"


OPENING_WINDOW = 24
VERBAL_WINDOW = 30


_FRONT = frozenset(("في", "وفي", "من", "ومن"))
_OBJ_PRON = ("ه", "ها", "هم", "هما")


def opening_verb(words) -> int:
    """Index of the sentence's first clause word: 0, or the word after a fronted place or adverb ("وفي موسكو، أكد …")."""
    c = next((x for x in range(1, min(5, len(words))) if words[x].text in ("،", ",")), None)
    if c is not None and (c == 1 or words[0].norm in _FRONT):
        return c + 1   # "وفي موسكو، أكد المتحدث …": a fronted place or adverb before the clause's verb
    return 0


def opening_subject(words, args, evs) -> None:
    if not args or not evs or len(words) < 5 or words[0].punct:
        return
    if not any(ev.trigger[:1] in _CONJ and ":verb:" in ev.rule for ev in evs):
        return   # (no verb event joined by و / ف: the loop below takes none; session 21 SPD)
    opens = [opening_verb(words)]
    clause = kind_sets("later_clause_ar.tsv", ("subject_clause",))["subject_clause"]
    if has_any(words, clause):
        # "…، فيما علق رئيس الوزراء الكاظمي جلسات المجلس، ودعا الصدر إلى التدخل": a later clause opened by فيما /
        # بينما has a verb and subject of its own; a verb joined after it goes on with that subject (session 36)
        opens += [x + 1 for x in range(1, len(words) - 2) if words[x].norm in clause and words[x - 1].text in ("،", ",")]
    for v in reversed(opens):   # (the latest clause first: a joined verb goes on with the nearest subject before it)
        _opening_subject(words, args, evs, v)


def _opening_subject(words, args, evs, v: int) -> None:
    """:func:`opening_subject` for the clause whose verb is word ``v``."""
    if v + 2 >= len(words) or words[v].punct:
        return
    s = next((a for a in args if a.i0 == v + 1 and not a.prep), None)
    if s is None and v + 2 < len(words) and not words[v + 1].punct and words[v + 1].norm[:1] not in "بلو" \
            and not any(e.trigger_start == words[v + 1].start for e in evs):
        # "عقد مجلس جامعة الدول العربية اجتماعا …، ودعا": the body's head word (مجلس) before the named actor
        # (session 31)
        s = next((a for a in args if a.i0 == v + 2 and not a.prep), None)
    if s is None or any(a.i0 <= v < a.i1 for a in args) or any(
            e.trigger_start == words[v].start and e.source_actor_id != s.actor.id
            and (not e.source_code or e.source_code != s.actor.code)
            and not (e.source_span and e.source_span[0] > s.start) for e in evs):
        # (an opening verb coded with a later actor as source, "ووصل وفد مالي برئاسة وزير الخارجية": the actor right
        # after the verb is still the clause's subject)
        return   # (an opening verb coded with that subject goes on: "ووصل وفد مالي إلى نواكشوط، والتقى الرئيس …", s18)
    starts = None
    for ev in list(evs):
        obj = False   # a mutual verb's one actor right after it is its object (below)
        if ev.trigger[:1] not in _CONJ or ":verb:" not in ev.rule:
            continue
        charge = False   # an accusation's one actor right after it, before its ب-charge, is its object (below)
        if ev.source_code or ev.source_actor_id:
            if ev.target_actor_id or ev.target_code or not ev.source_span or ev.source_actor_id == s.actor.id:
                continue
            charge = ev.cameo.startswith("112") and _charge_after(words, args, ev.source_span[0])
            # (session 28 B18AR: an appeal's one actor right before إلى / على is its addressee, "…، ودعا الكتل
            # النيابية إلى الحوار" once the blocs are an actor (roles.tsv): read as the accused after "، واتهم")
            charge = charge or (ev.root == "02" and _to_after(words, args, ev.source_span[0]))
            if ":mutual" not in ev.rule and not charge:
                continue
            obj = True
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or k <= s.i1 or words[k - 1].text not in ("،", ","):
            continue
        if obj and (k + 1 >= len(words) or ev.source_span[0] != words[k + 1].start or words[k].norm.endswith(_OBJ_PRON)):
            continue   # ("والتقاه الرئيس": an object pronoun, the actor after it is the subject)
        if k - v > (VERBAL_WINDOW if ev.root < "14" else OPENING_WINDOW) \
                or not joined_agrees(words[v].norm, words[k].norm):
            # (a verbal act up to 30 words on, as events._conjoined_subject allows: "وعلق مجلس السلم والأمن … مشاركة
            # السودان … "بأثر فوري"، إلى حين تشكيل سلطة انتقالية يقودها مدنيون، ولوح بفرض …", session 36)
            continue
        if any(words[x].text in ".؛;:" or "comp" in words[x].cue for x in range(s.i1, k)):
            continue
        if any(s.i1 <= a.i0 < k and not a.prep and (words[a.i0 - 1].text in ("،", ",") or a.i0 == s.i1
                                                     or _joined_clause_subject(words, a.i0)) for a in args):
            continue   # a new subject after a comma (or right after the first one); a genitive (دعم روسيا) is none, nor
            # an abbreviation in brackets ("مكتب تنسيق الشؤون الإنسانية (أوتشا)", session 34); nor the subject of a
            # verb joined after a comma ("، ومنعتهم قوات الأمن …، واعتقلت": the nearer clause's, session 45)
        if any(e is not ev and s.i1 <= starts.get(e.trigger_start, -1) < k and ":verb:" in e.rule for e in evs):
            continue
        if ev.target_actor_id == s.actor.id:
            continue
        if charge:
            # "وأكدت الحركة في بيان مقتل قائدها، واتهمت إسرائيل باغتياله" (session 27 B15AR2): the accusation joined
            # after a comma to an uncoded opening verb; its one actor, right before the ب-charge, is the accused
            copy_side(ev, "target", ev, "source")
            fill_side(ev, "source", s.actor, (s.start, s.end))
            ev.rule += ":conj-opening:conj-obj"
            continue
        if obj:
            # "وصل الوزير الأردني إلى دمشق …، والتقى الرئيس السوري": the transitive meeting verb joined after a comma
            # with no object pronoun goes on with the first verb's subject; the actor after it is met (session 17 LFT)
            copy_side(ev, "target", ev, "source")
            fill_side(ev, "source", s.actor, (s.start, s.end))
            ev.rule += ":conj-opening"
            back = reversed_copy(ev, "conj-opening-back")
            # (one happening per direction: a later act of the root between the same two, "وبحث معه", is its part)
            evs[:] = [e for e in evs if not (e.root == ev.root and e.trigger_start > ev.trigger_start and any(
                (e.source_actor_id, e.target_actor_id) == (x.source_actor_id, x.target_actor_id) for x in (ev, back)))]
            evs.append(back)
            continue
        fill_side(ev, "source", s.actor, (s.start, s.end))
        ev.rule += ":conj-opening"


def _joined_clause_subject(words, i0: int) -> bool:
    """Does the actor at word ``i0`` stand right after a word joined by و right after a comma ("، ومنعتهم قوات الأمن"):
    the subject of that clause's verb?"""
    return i0 >= 2 and words[i0 - 2].text in ("،", ",") and words[i0 - 1].norm[:1] == "و" \
        and len(words[i0 - 1].norm) >= 4 and not words[i0 - 1].punct


def _to_after(words, args, start: int) -> bool:
    """The bare actor starting at ``start`` is followed right away by إلى / على (an appeal's addressee: "دعا الكتل
    إلى الحوار"; appeal_object_ar._TO)."""
    a = next((a for a in args if a.start == start and not a.prep), None)
    return a is not None and a.i1 < len(words) and words[a.i1].norm in appeal_object_ar._TO


def _charge_after(words, args, start: int) -> bool:
    """The bare actor starting at ``start`` is followed right away by a word with ب (the charge of an accusation:
    "اتهمت إسرائيل بتنفيذ …"), so it is the accused, not the subject."""
    a = next((a for a in args if a.start == start and not a.prep), None)
    if a is None or a.i1 >= len(words) or words[a.i1].punct:
        return False
    w = words[a.i1]
    return w.prefix[-1:] == "ب" or (w.norm[:1] == "ب" and len(w.norm) > 3)
