"""An indefinite plural or dual with its ن is a subject, never the head of a genitive (Arabic, round 14).

"اتهم مسؤولون إسرائيل بخرق الهدنة": a sound plural or dual that keeps its ن (مسؤولون، مسؤولان، مراقبون) is no
construct head -- the construct drops the ن (مسؤولو إسرائيل) -- so right after the verb it is the verb's
subject and the name after it the verb's object.  The actor stage makes no actor of a generic head alone
(مسؤولون, role priority 2), and the verb's subject slot went to the name: "ISR accused", "SYR accused".

:func:`plural_subject` (hook after the learned filter, before the purpose / domestic rules): for an Arabic
verb event (``ar:verb:``) whose source actor starts right after such a word, and that word right after the
trigger's first word and inside no actor, the source becomes the plural's role (``plural_heads_ar.tsv``:
مسؤول -> GOV; country-less, no actor id; empty when the row has no role) and the former source the target.
A plural that is an actor itself (مسلحون UAF, round 13 in the actor stage) is already its own phrase and
is left alone here.  A plural with a في-phrase naming its body (اتهم مسؤولون في الحكومة العراقية إيران) takes that
body as the source, and the name right after the phrase is the target.  Rule marker ``:pl-subject``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .structure import clear_side, fill_side, form_set, kind_sets

_CLITICS = ("و", "ف")


def _load() -> dict:
    out: dict[str, str] = {}
    for r in read_tsv_dicts(data_path("coding", "plural_heads_ar.tsv")):
        sing = (r.get("singular") or "").strip()
        if not sing or sing.startswith("#"):
            continue
        out[normalize(sing)] = (r.get("role") or "").strip()
    return out


def table() -> dict:
    return cached("coding.plural_heads.ar", _load)


def subject_role(norm: str, tab: dict) -> "str | None":
    """The role of an indefinite nominative sound plural (ون) or dual (ان) word, "" for a plural without one,
    None when the word is no such plural.  A listed singular + ون / ان, or any م-initial participle in ون of
    six letters or more (مراسلون، محللون: no name has that shape in news text)."""
    w = norm
    if w[:1] in _CLITICS and len(w) > 6:
        w = w[1:]
    if w.startswith("ال") or len(w) < 5:
        return None
    if w.endswith(("ون", "ان")):
        sing = w[:-2]
        role = tab.get(sing)
        if role is None and sing.endswith("ي"):     # جنديان / جنديون are in the table as جندي already
            role = tab.get(sing[:-1])
        if role is not None:
            return role
        if w.endswith("ون") and w[0] == "م" and len(w) >= 6:
            return ""
    return None


def plural_subject(doc, words, args, evs) -> None:
    if not args:
        return
    tab = None
    for ev in evs:
        sp = ev.source_span
        if sp is None or ":verb:" not in ev.rule:
            continue
        # (the source's own argument, then the two words before it: the verb and the plural; no word index
        # of the sentence is built)
        src = next((a for a in args if a.start == sp[0] and a.end == sp[1]), None)
        if src is None or src.i0 < 2 or src.prep:
            continue
        inst = None
        if words[src.i0 - 2].start != ev.trigger_start:
            # "اتهم مسؤولون في الحكومة العراقية إيران": the plural's في-phrase names its body (the source), the
            # name right after that phrase is the object
            inst = next((a for a in args if a.i1 == src.i0 and a.prep == "في" and a.i0 >= 3), None)
            if inst is None or words[inst.i0 - 1].norm != "في" or words[inst.i0 - 3].start != ev.trigger_start \
                    or not (inst.actor.country or inst.actor.code):
                continue
            w = words[inst.i0 - 2]
        else:
            w = words[src.i0 - 1]
        if w.punct:
            continue
        if tab is None:
            tab = table()
        role = subject_role(w.norm, tab)
        if role is None or any(a.i0 <= (inst.i0 - 2 if inst else src.i0 - 1) < a.i1 for a in args):
            continue
        if ev.target_actor_id != src.actor.id:
            clear_side(ev, "target")
            fill_side(ev, "target", src.actor, (src.start, src.end))
        clear_side(ev, "source")
        if inst is not None:
            fill_side(ev, "source", inst.actor, (inst.start, inst.end))
        elif role:
            ev.source_code, ev.source_role = role, role
        ev.rule += ":pl-subject"


_STATE_BODY_ROLES = frozenset(["GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP", "PTY"])
# and a title of several words heading a group ("وطالب شيخ قبيلة البقارة قوات النظام بـ…", "وطالب زعيم قبلي",
# "طالب رجل دين"; session 23 GAPA) -- not one word, an adjective of the student (طالب مدني، طالب مسيحي، طالب مسلح),
# nor the fields of study (إعلام MED, طب HLH, حقوق HRI, تجارة BUS)
_TITLE_SUBJECT_ROLES = frozenset(["CVL", "REL", "REB", "UAF", "INS"])


def homograph_verb_prep(words, items, clean, k: int = 0) -> bool:
    """A verb / role homograph (طالب) right before a ب-phrase of what is demanded ("وطالب بتحديد موعد"، "طالب
    بالإفراج عن"، "وطالب بإجراء انتخابات") is the verb "demanded": the ب-word is no actor (not "طالب بريطاني") and
    not a place or field of study (student_fields_ar.tsv: "طالب بجامعة القاهرة"، "طالب بالمدرسة"، "طالب بارز").
    Used by the actors stage at a clause start or on a homograph carrying و / ف (session 26 AR2)."""
    if len(words) < k + 2:
        return False
    w1 = normalize(clean(words[k + 1]))
    if w1 == "بان" and not any(x.i == k + 1 for x in items):
        return True   # "وطالب بأن تكون أوروبا جزءا من …": a demand's complementizer, no student (session 49 armiss49)
    if not w1.startswith("ب") or len(w1) < 4 or any(x.i == k + 1 for x in items):
        return False
    bare = w1[1:]
    fields = form_set("student_fields_ar.tsv")
    return w1 not in fields and bare not in fields and (bare if bare.startswith("ال") else "ال" + bare) not in fields


def homograph_verb_next(words, items, clean, k: int = 0) -> bool:
    """After a clause-opening verb / role homograph (طالب: "demanded" / "student"; actors cue ``verb_homograph``),
    is the next word the verb's subject?  An Arabic nominative sound plural in ون (متظاهرون، مسؤولون: indefinite
    too -- a construct would need the genitive متظاهرين; six letters or a م-initial participle, not قانون) or a
    state body / office (البرلمان، الحكومة، الرئيس: role item at word 1 whose sector is a state or political one;
    not EDU -- طالب الجامعة is a student).  ``k``: the homograph's word position (a clause start).  Used by the
    actors stage (round 14)."""
    if len(words) < k + 2:
        return False
    w1 = clean(words[k + 1])
    if w1.endswith("ون") and (len(w1) >= 6 or w1.startswith("م")):
        return True
    if normalize(w1) in form_set("two_sides_ar.tsv"):
        return True   # "وطالب طرفي النزاع بـ …"، "…، وطالب الطرفين بـ": the two sides addressed (session 11 AR6)
    if normalize(w1) in kind_sets("statement_subject_ar.tsv", ("noun", "link"))["noun"]:
        return True   # "وطالب البيان، الذي تلاه …، البلدين بـ"، "وطالب المجلس": a statement / body as subject (session 15)
    w0 = clean(words[k])
    if (len(w0) > 1 and w0[0] in _CLITICS and w1.startswith("ال") and len(w1) > 3 and
            normalize(w1) not in form_set("student_fields_ar.tsv") and
            not any(x.i == k + 1 and (x.entries[0].role or "") == "EDU" for x in items if x.entries)):
        return True   # "وطالب البيان الحكومة بـ …": و / ف + the homograph + a definite noun opens the verb (session 15 AR11)
    return any(x.i == k + 1 and x.type == "role" and ((x.entries[0].role or "") in _STATE_BODY_ROLES or
                                                      (x.entries[0].role or "") in _TITLE_SUBJECT_ROLES and x.j - x.i > 1)
               for x in items)
