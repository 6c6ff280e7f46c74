"""A member "for / in" a body is the body's (Arabic, session 18, B5AC).

"انتقد نائب عن حزب الشعب الجمهوري المعارض الحكومة التركية": the subject is the MP, whom the actor tables leave without
an actor of his own (a singular person role with no country); the body after the preposition is what he speaks for.
An event of a verb with no source whose next word is a member noun (``member_of_ar.tsv`` kind ``noun``: نائب، عضو،
قيادي) followed directly by a preposition (kind ``prep``: عن، في، من) and an actor with a country takes that actor as
its source, unless it is already the event's target.  "انتقد نائب رئيس الحزب …" (no preposition) and a member of a
country-less body are left alone.  Marker ``:member-of``.  Session 26 (B17AR): an unnamed official ("وهدد مسؤول في
الجبهة"، "مسؤول بالحركة": kind ``official``) is the body's too, only after في or ب (kind ``prep_in``: "مسؤول عن" is
"responsible for").
"""
from __future__ import annotations

from .structure import clear_side, fill_side, kind_sets, start_index


def _bare(e, words, t) -> bool:
    """The event's source is a country-less role read from the member noun itself ("وانتقد نواب في البرلمان
    الأوروبي": LEG), not a body of its own (session 19, B6AC)."""
    return bool(e.source_code and not e.source_country and e.source_span and t + 1 < len(words)
                and e.source_span[0] == words[t + 1].start and e.source_span[1] <= words[t + 1].end)


def apply(words, args, evs) -> None:
    if not args or not any(not e.source_country for e in evs):
        return
    L = kind_sets("member_of_ar.tsv", ("noun", "prep", "official", "prep_in"))
    idx = None
    for e in evs:
        if e.source_country or ":verb:" not in e.rule:
            continue
        if idx is None:
            idx = start_index(words)
        t = idx.get(e.trigger_start)
        if t is None or t + 2 >= len(words) or (words[t + 1].norm not in L["noun"]
                                                 and words[t + 1].norm not in L["official"]):
            continue
        preps = L["prep"] if words[t + 1].norm in L["noun"] else L["prep_in"]
        if (e.source_actor_id or e.source_code) and not _bare(e, words, t):
            continue
        a = next((a for a in args if a.i0 == t + 2 and a.prep in preps), None)
        if a is None:
            a = next((a for a in args if a.i0 == t + 3 and words[t + 2].norm in preps), None)
        if a is None and words[t + 1].norm in L["noun"]:
            # (session 44) "توعد نائب رئيس المجلس السياسي في حزب الله محمود قماطي": the member's post (up to four
            # words, no punctuation, no actor) between the member noun and في + the body
            a = next((a for a in args if t + 3 <= a.i0 <= t + 6 and a.prep == "في"
                      and not any(w.punct for w in words[t + 2:a.i0])
                      and not any(b is not a and t + 1 < b.i0 < a.i0 for b in args)), None)
        if a is not None and a.actor.id == e.target_actor_id and preps is L["prep_in"] \
                and tuple(e.target_span or ()) == (a.start, a.end):
            clear_side(e, "target")   # "وهدد مسؤول بالحركة بـ…": the official's body right after him is no target
        if a is None or not (a.actor.country or (a.actor.code or "").startswith("IGO")) \
                or a.actor.id == e.target_actor_id:
            continue   # (session 19: an international body too, "نواب في البرلمان الأوروبي")
        fill_side(e, "source", a.actor, (a.start, a.end))
        e.rule += ":member-of"


def body_subject(words, k: int, args):
    """The body of a member or official noun ``words[k]`` right after a VSO verb ("اتهم قيادي في جماعة الحوثي
    السعودية …"، "وطالب مسؤول في حركة حماس إسرائيل بـ…"): the actor right after the noun's preposition (kind ``prep``
    after a member noun, ``prep_in`` after an official), with a country or an international body; else None.  The
    member is the subject; the bare actor after the body is the verb's object, not its subject (session 54, gapar54:
    the object had been read as the VSO subject, the body as an oblique, and apply found the source taken)."""
    if k + 2 >= len(words):
        return None
    L = kind_sets("member_of_ar.tsv", ("noun", "prep", "official", "prep_in"))
    x = words[k].norm
    if x in L["noun"]:
        preps = L["prep"]
    elif x in L["official"]:
        preps = L["prep_in"]
    else:
        return None
    a = next((a for a in args if a.i0 == k + 1 and a.prep in preps), None)
    if a is None:
        a = next((a for a in args if a.i0 == k + 2 and words[k + 1].norm in preps), None)
    if a is None or not (a.actor.country or (a.actor.code or "").startswith("IGO")):
        return None
    return a
