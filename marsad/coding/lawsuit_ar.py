"""The accuser of a lawsuit's relative clause is the party that filed it (Arabic, session 20 B7AR).

"رفعت الحكومة الأوكرانية دعوى أمام محكمة العدل الدولية تتهم فيها روسيا بارتكاب جرائم حرب"، "بعد رفع الحكومة
الأرمينية شكوى إلى المحكمة تتهم فيها أذربيجان بـ…": an accusation verb (CAMEO 112) right after a lawsuit / complaint
noun of ``lawsuit_ar.tsv`` (kind ``noun``) and its court phrase (words of no actor after أمام / إلى / لدى / التي, kind
``court``; no punctuation) has no subject of its own: it is the party named right before the lawsuit noun (the subject
of رفع / قدم, or the genitive of the masdar "رفع الحكومة … دعوى").  The actor right after the verb (after an optional
"فيها", kind ``in``), which the verb had read as its subject, is the accused: it becomes the target (over an actor named inside the charge), the
filer the source.  The court is no side.  Not when an actor other than the filer stands between the noun and the verb, nor when
the filer and the accused are one.  Rule marker ``:lawsuit``.

:func:`in_lawsuit_object`: "اتهمت كييف في الدعوى التي رفعتها أمام محكمة العدل الدولية موسكو بارتكاب …": the accusation
verb's subject is followed by "في" + a lawsuit noun and its relative / court phrase; the accused stands after that
phrase, right before its charge (a word with ب).  An accusation with no target so built takes that actor as target
(the first bare actor after the phrase not after a court word, within :data:`REACH` words, no punctuation).  Marker
``:lawsuit-obj``.
"""
from __future__ import annotations

from . import agreement
from .structure import clear_side, copy_side, fill_side, kind_sets, start_index

REACH = 9   # words from the lawsuit noun to the verb


def apply(words, args, evs) -> None:
    if not args:
        return
    filed_sides(words, args, evs)
    in_lawsuit_object(words, args, evs)
    sets = None
    starts = None
    for ev in evs:
        if not ev.cameo.startswith("112") or ":verb:" not in ev.rule or not ev.source_span \
                or ev.source_span[0] < ev.trigger_end:
            continue
        if sets is None:
            sets = kind_sets("lawsuit_ar.tsv", ("noun", "court", "in"))
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or k < 3:
            continue
        n = next((j for j in range(k - 1, max(-1, k - 1 - REACH), -1)
                  if words[j].norm in sets["noun"] or words[j].norm.lstrip("وب") in sets["noun"]), None)
        if n is None or n < 1 or any(words[x].punct for x in range(n, k)):
            continue
        # between the noun and the verb: the court's phrase only (no actor there but after a court word)
        if any(n < a.i0 < k and not (words[a.i0 - 1].norm in sets["court"] or a.prep) for a in args):
            continue
        filer = next((a for a in args if a.i1 == n and not a.prep), None)
        j = k + 1
        if j < len(words) and words[j].norm in sets["in"]:
            j += 1
        accused = next((a for a in args if a.i0 == j and not a.prep), None)
        if filer is None or accused is None or ev.source_span[0] != accused.start:
            continue
        if (filer.actor.code or filer.actor.country) == (accused.actor.code or accused.actor.country):
            continue
        copy_side(ev, "target", ev, "source")   # (over an actor inside the charge: "بتسليح X" is no target of it)
        fill_side(ev, "source", filer.actor, (filer.start, filer.end))
        ev.rule += ":lawsuit"


def in_lawsuit_object(words, args, evs) -> None:
    sets = None
    for ev in evs:
        if not ev.cameo.startswith("112") or ":verb:" not in ev.rule or not ev.source_span or ev.target_code \
                or ev.source_span[0] < ev.trigger_end:
            continue
        s = next((a for a in args if a.start == ev.source_span[0] and not a.prep), None)
        if s is None or s.i1 + 2 >= len(words) or words[s.i1].norm != "في":
            continue
        if sets is None:
            sets = kind_sets("lawsuit_ar.tsv", ("noun", "court", "in"))
        if words[s.i1 + 1].norm not in sets["noun"]:
            continue
        for j in range(s.i1 + 2, min(len(words) - 1, s.i1 + 2 + REACH)):
            if words[j].punct:
                break
            o = next((a for a in args if a.i0 == j), None)
            if o is None:
                continue
            if _after_court(words, o, sets["court"]):
                continue   # (the court, after أمام / إلى: the place of the act)
            if o.prep:
                break   # (an actor inside another phrase: no object so placed)
            if o.i1 < len(words) and words[o.i1].norm.startswith("ب") and (o.actor.code or o.actor.country) != (
                    s.actor.code or s.actor.country):
                fill_side(ev, "target", o.actor, (o.start, o.end))
                ev.rule += ":lawsuit-obj"
            break


def filed_sides(words, args, evs) -> None:
    """(session 20, lead) The lawsuit itself (CAMEO 115, the row رفع + دعوى): "رفعت الحكومة الأوكرانية دعوى أمام
    المحكمة …" and the masdar "بعد أسبوع من رفع الحكومة الأوكرانية دعوى …": the actor right after رفع (the verb's
    subject or the masdar's genitive, whatever its gender: the verb row took a feminine noun after the masculine-looking
    masdar as its object) is the filer; the accused is the actor after ضد (kind ``against``) or the one right after a
    following accusation verb (+ فيها); the court after أمام / إلى / لدى is never a side.  Rule marker ``:filed``."""
    sets = None
    starts = None
    for ev in evs:
        complaint = ev.cameo.startswith("114") and (":verb:" in ev.rule or ":noun:" in ev.rule)
        if not (ev.cameo.startswith("115") and ":verb:" in ev.rule) and not complaint:
            continue
        if sets is None:
            sets = kind_sets("lawsuit_ar.tsv", ("noun", "court", "in", "against", "accuse", "hand"))
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None:
            continue
        n = next((j for j in range(k + 1, min(len(words), k + 1 + REACH))
                  if words[j].norm in sets["noun"] or (complaint and _lawsuit_noun(words[j].norm, sets["noun"]))
                  or words[j].punct), None)
        if n is None or words[n].punct or (complaint and words[n].end != ev.trigger_end):
            continue   # (an official complaint, 114: only the row of the complaint noun, the trigger's last word)
        filer = next((a for a in args if a.i0 == k + 1 and a.i1 <= n and not a.prep), None)
        if complaint and filer is not None and _handed(words[k].norm, sets["hand"]):
            # "وسلمت السفير الألماني مذكرة احتجاج" (the subject from the verb before), "وسلمت الخارجية السفير
            # مذكرة": the last actor before the note is the one handed it (the target), an actor before it the
            # subject (session 36)
            bare = [a for a in args if k < a.i0 and a.i1 <= n and not a.prep]
            handed = bare[-1]
            if len(bare) >= 2:
                fill_side(ev, "source", bare[0].actor, (bare[0].start, bare[0].end))
            elif not (ev.source_span and ev.source_span[1] <= words[k].start) \
                    and not agreement.masc_object(words, k, handed, ""):
                continue   # (one actor that can be the subject and no subject before: the filer, as below)
            elif ev.source_span and ev.source_span[0] == handed.start:
                clear_side(ev, "source")
            if (handed.actor.code or handed.actor.country) != (ev.source_code or ev.source_country):
                fill_side(ev, "target", handed.actor, (handed.start, handed.end))
            ev.rule += ":handed"
            continue
        if filer is None and not complaint:
            if ev.target_span and _at_court(words, args, ev.target_span[0], sets["court"]):
                clear_side(ev, "target")   # "رفع المحامي دعوى أمام المحكمة الإدارية": the court is no side
                ev.rule += ":filed"
            continue
        accused = None
        for j in range(n + 1, min(len(words), n + 1 + REACH)):
            if words[j].punct:
                break
            if words[j].norm in sets["against"] or (j > n + 1 and words[j - 1].norm in sets["against"]):
                accused = next((a for a in args if a.i0 in (j, j + 1) and a.i0 > n), None)
                break
            if words[j].norm in sets["accuse"]:
                m = j + 1 + (1 if j + 1 < len(words) and words[j + 1].norm in sets["in"] else 0)
                accused = next((a for a in args if a.i0 == m and not a.prep), None)
                break
        if filer is None:
            # the masdar "كلف الرئيس الخارجية تقديم شكوى إلى مجلس الأمن ضد إسرائيل" (session 27 B15AR2): the
            # source found before it stays; the accused after ضد is the target, the body it goes to none
            if accused is not None and ev.source_span and accused.start != ev.source_span[0] \
                    and (accused.actor.code or accused.actor.country) != (ev.source_code or ev.source_country):
                fill_side(ev, "target", accused.actor, (accused.start, accused.end))
            elif ev.target_span and _at_court(words, args, ev.target_span[0], sets["court"]) \
                    and not (complaint and _handed(words[k].norm, sets["hand"]) and _state_side(ev.target_code)):
                # "رفع المحامي دعوى أمام المحكمة الإدارية": the court is no side; a note handed "إلى السفارة
                # الإيرانية" goes to the protested state itself (session 40)
                clear_side(ev, "target")
            ev.rule += ":filed"
            continue
        if accused is not None and (accused.actor.code or accused.actor.country) == (
                filer.actor.code or filer.actor.country):
            accused = None
        fill_side(ev, "source", filer.actor, (filer.start, filer.end))
        if accused is not None:
            fill_side(ev, "target", accused.actor, (accused.start, accused.end))
        elif ev.target_span:
            if ev.target_span[0] == filer.start or _at_court(words, args, ev.target_span[0], sets["court"]):
                clear_side(ev, "target")   # (the court, or the filer read as the object: no side)
        ev.rule += ":filed"


def _state_side(code) -> bool:
    """A state's own actor (its government, embassy or envoy), not an international body or a court."""
    return bool(code) and not code.startswith("IGO") and code[3:6] not in ("JUD", "") and len(code) >= 6


def _handed(verb: str, hand) -> bool:
    """Is the verb word a verb of handing over (kind ``hand``), with or without و / ف?"""
    return verb in hand or (verb[:1] in ("و", "ف") and verb[1:] in hand)


def _lawsuit_noun(norm: str, nouns) -> bool:
    """A lawsuit / complaint noun, bare or with و / ب attached ("تقدمت بشكوى"; not for the lawsuit row: بدعوى is
    also "on the pretext of")."""
    return norm in nouns or (norm[:1] in "وب" and norm[1:] in nouns)


def _at_court(words, args, start, court) -> bool:
    """The actor starting at ``start`` stands after a court word (:func:`_after_court`)."""
    t = next((a for a in args if a.start == start), None)
    return t is not None and _after_court(words, t, court)


def _after_court(words, a, court) -> bool:
    """The actor ``a`` stands after a court word (أمام / إلى / لدى: the court, the place of the act)."""
    return (a.i0 > 0 and words[a.i0 - 1].norm in court) or bool(a.prep and a.prep in court)
