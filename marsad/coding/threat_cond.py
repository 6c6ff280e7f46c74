"""Arabic conditional threats told as a future act (session 19, B6TH).

"قال مسؤول أردني إن بلاده ستعيد النظر في اتفاقية المياه مع سوريا إذا واصلت دمشق تجاهل مطالبها" and "إذا استمرت
الهجمات فإن الحكومة ستتخذ إجراءات أخرى": a future act (``manual_ar.tsv`` rows أعاد + النظر, اتخذ + قرارات / إجراءات /
خطوات / تدابير, root 13; only their future forms, kind ``act`` in ``threat_cond.tsv``) is a threat when a condition
(إذا، في حال، ما لم: kinds ``cond`` / ``cond_after_ma``) stands in its clause, before it or after it, with no full stop
between.  Without one it is a plan, no event ("ستعيد الحكومة النظر في قانون الضرائب"، "ستتخذ الوزارة إجراءات لتسهيل
السفر").  It is made in any clause, not only under a warning verb (the session-18 "محذرا من أن … ستعيد النظر").

The attack word inside the condition ("إذا استمرت الهجمات") is the condition, not an event of its own: its unasserted
violence event (roots 18-20) goes, as THR's rule for "سنرد على أي اعتداء".  A threat whose condition names an attack
(cue purpose ``respond_attack``) answers it: marked ``:vowed-reply`` so ``threat_if.reply_target`` names the attacker
told before.  Rule marker ``:cond-act``.
"""
from __future__ import annotations

from .structure import actor_of, clear_side, copy_side, fill_side, kind_sets, start_index

_KINDS = ("act", "act_sawfa", "sawfa", "cond", "cond_after_ma", "stop", "act_en", "cond_en", "frame_en", "reserve",
          "warn_verb", "that", "warn_verb_en", "cond_det_en")
_BEFORE = 10   # words before the act in which its condition may open ("إذا استمرت الهجمات فإن الحكومة ستتخذ")
_AFTER = 16    # words after it ("ستعيد النظر في برنامج المساعدات … إذا واصلت نيامي")
_VIOLENT = frozenset(("18", "19", "20"))


def _bare(w: str, forms) -> str:
    return w[1:] if w not in forms and w[:1] in ("و", "ف") and w[1:] in forms else w


def _condition(words, k: int, sets):
    """(start, end) of the condition of the act at ``k``: from its condition word to the act (before it) or to the end
    of the clause (after it); None without one."""
    def is_cond(x: int) -> bool:
        w = words[x].norm
        return w in sets["cond"] or (w in sets["cond_after_ma"] and x > 0 and words[x - 1].norm == "ما")
    for x in range(k - 1, max(-1, k - _BEFORE - 1), -1):
        if words[x].text in sets["stop"]:
            break
        if is_cond(x):
            return x, k
    for x in range(k + 1, min(len(words), k + _AFTER + 1)):
        if words[x].text in sets["stop"]:
            break
        if is_cond(x):
            end = next((y for y in range(x + 1, len(words)) if words[y].text in sets["stop"]), len(words))
            return x, end
    return None


def _warned_that(words, k: int, sets) -> bool:
    """Is the word before ``k`` the أن / بأن of a warning verb (kind ``warn_verb``) at most two words before it, with
    no punctuation between ("وهدد بأن تعيد"، "وحذر الوزير من أن تتخذ")?"""
    if words[k - 1].norm not in sets["that"]:
        return False
    for x in range(k - 2, max(-1, k - 5), -1):
        if words[x].punct:
            return False
        if _bare(words[x].norm, sets["warn_verb"]) in sets["warn_verb"]:
            return True
    return False


def apply(words, evs: list) -> list:
    sets = kind_sets("threat_cond.tsv", _KINDS)
    at = start_index(words)
    out, conds = [], []
    for ev in evs:
        k = at.get(ev.trigger_start) if ev.root == "13" else None
        if k is not None and _bare(words[k].norm, sets["act_sawfa"]) in sets["act_sawfa"]:
            # the bare present is the act's future only right after سوف ("سوف تعيد النظر … إذا"; session 19, ARX3),
            # or as the subjunctive of a warning's أن ("وهدد بأن تعيد باماكو النظر … إذا لم ترفع"; session 32)
            if k == 0 or (words[k - 1].norm not in sets["sawfa"] and not _warned_that(words, k, sets)):
                continue   # "تعيد الحكومة النظر في القانون كل عام": no threat, no event
        if k is not None and _bare(words[k].norm, sets["reserve"]) in sets["reserve"]:
            # (session 28 B18AR) "تحتفظ مصر بحقها في الرد (إذا …)": a reserved right to answer is a threat made now,
            # with or without its condition; it answers an act told before it: ``reply_target`` names that act's
            # author (the row's cond reserve_act already asked for the reply / defence word)
            ev.rule += ":vowed-reply"
            span = _condition(words, k, sets)
            if span is not None:
                conds.append(span)   # (its condition's attack word, "إذا تعرضت لهجوم", is no event of its own)
        elif k is not None and (_bare(words[k].norm, sets["act"]) in sets["act"]
                              or _bare(words[k].norm, sets["act_sawfa"]) in sets["act_sawfa"]):
            span = _condition(words, k, sets)
            if span is None:
                continue   # "ستعيد الحكومة النظر في القانون": a plan, no threat
            conds.append(span)
            ev.rule += ":cond-act"
            src_at = at.get(ev.source_span[0]) if ev.source_span else None
            if src_at is not None and k < span[0] <= src_at < span[1]:
                # "إن المملكة ستتخذ إجراءات إذا واصلت أوتاوا التدخل": the actor after the act is the condition's
                # subject, the side threatened, not the act's (its subject, a bare noun, made no actor) (s32)
                if not ev.target_code:
                    copy_side(ev, "target", ev, "source")
                clear_side(ev, "source")
                ev.rule += ":cond-subject"
            hit = next((x for x in range(*span) if words[x].cue.get("purpose") == "respond_attack"), None)
            if hit is not None:
                # (reply_target: the attacker told before; a definite attack noun, "إذا استمرت الاعتداءات", names
                # the attacks the article told, maybe several sentences back)
                ev.rule += ":vowed-reply" + (":reply-ref" if words[hit].norm.startswith("ال") else "")
        out.append(ev)
    if not conds:
        return out
    # the condition's attack word ("إذا استمرت الهجمات") is no event of its own
    return [e for e in out if not (e.root in _VIOLENT and e.modality != "asserted" and e.trigger_start in at
                                   and any(a < at[e.trigger_start] < b for a, b in conds))]


_WARN_REACH = 12   # words from the warning verb to the conditional act ("وهدد بأن مقديشو ستتخذ"; "وحذر الوزير في
# تصريح للصحفيين من أن المملكة ستتخذ", session 32)


def fold_into_verb(words, evs: list, text: str) -> list:
    """(session 31) "وهدد بأن مقديشو ستتخذ إجراءات إضافية إذا واصلت نيروبي دعم هذه الجماعات": a conditional act
    (``:cond-act``, :func:`apply`) told as the content of a warning verb right before it (kind ``warn_verb``: هدد،
    حذر، توعد, then its subject maybe and أن / بأن / من أن, kind ``that``) is that warning's threat: one event, the verb's.  When the verb
    made a threat event of its own (root 13), that event stays and takes the act's missing sides (the condition's
    side as target, the act's subject's country as source); otherwise the act's evidence runs from the verb (the
    warning made, which a reader anchors).  Marker ``:warned-act``."""
    sets = kind_sets("threat_cond.tsv", _KINDS)
    at = start_index(words)
    drop = set()
    for b in evs:
        if ":cond-act" not in b.rule or b.trigger_start not in at:
            continue
        k = at[b.trigger_start]
        v = next((x for x in range(k - 1, max(-1, k - _WARN_REACH - 1), -1)
                  if _bare(words[x].norm, sets["warn_verb"]) in sets["warn_verb"]), None)
        if v is None or not any(words[x].norm in sets["that"] for x in range(v + 1, k)) or \
                any(words[x].punct for x in range(v + 1, k)):   # (the verb's subject may stand before أن)
            continue
        a = next((e for e in evs if e is not b and e.root == "13" and e.trigger_start == words[v].start
                  and not e.negated), None)
        if a is None:
            b.trigger_start = words[v].start
            b.trigger = text[b.trigger_start:b.trigger_end]   # (the trigger's words follow its span)
            b.rule += ":warned-act"
            continue
        if (a.target_role or (a.target_code or "")[3:]) == "MED":
            clear_side(a, "target")   # (the press told, "في تصريح للصحفيين", is the audience, not the threatened:
            # condition_target_ar, next, names the condition's side)
        if b.target_code and not a.target_code:
            copy_side(a, "target", b)
        if not a.source_country and b.source_country:
            copy_side(a, "source", b)
        a.rule += ":warned-act"
        drop.add(id(b))
    return [e for e in evs if id(e) not in drop] if drop else evs


def speaker_side(doc, events: list) -> None:
    """A kept Arabic threat inside a quotation whose subject is a bare role or none ("قال الناطق باسم الرئاسة
    الفلسطينية إن "القيادة ستتخذ قرارات أخرى"") is of the speaker's country: the role takes that country, an empty
    source the speaker.  Marker ``:speaker-side``."""
    for ev in events:
        if ev.root != "13" or ev.lang != "ar" or ev.source_country or not ev.reported_by_actor_id \
                or not (":cond-act" in ev.rule or ":vowed-reply" in ev.rule):
            continue
        who = actor_of(doc, ev.reported_by_actor_id)
        if who is None or not who.country or (ev.source_code or "")[:3] in ("IGO", "NGO"):
            continue
        if ev.source_code:
            ev.source_country, ev.source_code = who.country, who.country + ev.source_code
        else:
            ev.source_actor_id, ev.source_code, ev.source_country = who.id, who.code or who.country, who.country
            ev.source_role = who.role
        ev.rule += ":speaker-side"


def apply_en(words, args, evs: list) -> list:
    """English: "Boluarte said that if Mexico continued to question her government, Peru would review all aspects of
    the relationship" (``manual_en.tsv`` review + relationship / relations / ties / aspects / cooperation, root 13) is
    a threat only announced (would / will / shall / to right before it, ``threat_if.tsv`` kind ``vow_aux``) and with
    if / unless (kind ``cond_en``) in its sentence; "the ministers reviewed bilateral relations" none.  With no target
    (or one of its own country) it takes the first actor of another country after the condition word: the side whose
    act the condition names (``:cond-target``, as ``threat_if.condition_target_ar``).  Marker ``:cond-act``."""
    sets = kind_sets("threat_cond.tsv", _KINDS)
    aux = kind_sets("threat_if.tsv", ("vow_aux",))["vow_aux"]
    at = start_index(words)
    out = []
    for ev in evs:
        k = at.get(ev.trigger_start) if ev.root == "13" else None
        if k is None or words[k].norm not in sets["act_en"]:
            out.append(ev)
            continue
        c = next((x for x in range(len(words)) if words[x].norm in sets["cond_en"]), None)
        if c is None or not any(words[x].norm in aux for x in range(max(0, k - 2), k)):
            continue   # "the two ministers reviewed bilateral relations": no threat
        ev.rule += ":cond-act"
        if not ev.target_country or ev.target_country == ev.source_country:
            a = next((a for a in args if a.i0 > c and a.i0 != k and a.actor.country
                      and a.actor.country != ev.source_country), None)
            if a is not None:
                fill_side(ev, "target", a.actor, (a.start, a.end))
                ev.rule += ":cond-target"
        out.append(ev)
    warn_condition_target(words, args, out, sets)
    return out


def warn_condition_target(words, args, evs: list, sets) -> None:
    """(session 33, GAPEN) "A junta official warned that Niger would take all necessary measures if U.S. forces
    stayed", "warned that it would respond with all its strength if the army attacked its positions": an English
    warning verb (kind ``warn_verb_en``) with no target, or one of its own country (the reported clause's subject),
    and if / unless after it whose clause opens with an actor (at most a determiner between, kind ``cond_det_en``) is
    aimed at that actor -- not the warner himself.  Marker ``:cond-target``."""
    at = start_index(words)
    for ev in evs:
        if ev.root != "13" or ev.lang != "en" or not ev.trigger:
            continue
        k = at.get(ev.trigger_start)
        if k is None or words[k].norm not in sets["warn_verb_en"]:
            continue
        subj = k + 2 < len(words) and words[k + 1].norm in sets["that"] and ev.target_span is not None \
            and ev.target_span[0] == words[k + 2].start   # (the that-clause's subject: the warner's side)
        if ev.target_country and ev.target_country != ev.source_country and not subj:
            continue
        c = next((x for x in range(k + 1, len(words)) if words[x].norm in sets["cond_en"]), None)
        if c is None:
            continue
        x = c + 1
        while x < len(words) and words[x].norm in sets["cond_det_en"]:
            x += 1
        a = next((a for a in args if a.i0 == x), None)
        if a is None or not a.actor.code or a.actor.id == ev.source_actor_id:
            continue
        fill_side(ev, "target", a.actor, (a.start, a.end))
        ev.rule += ":cond-target"


def drop_ready_frames(words, evs: list) -> list:
    """English: "Riga was ready to close its own crossings with Belarus if needed": the readiness (kind ``frame_en``,
    030) whose to-complement is a threat of the same source (root 13, its trigger right after "to") is that threat's
    frame, no event of its own ("was ready to talk" stays: no threat after it)."""
    if not any(e.root == "13" for e in evs):
        return evs
    frames = kind_sets("threat_cond.tsv", _KINDS)["frame_en"]
    at = start_index(words)
    threats = {at[e.trigger_start]: e for e in evs if e.root == "13" and e.trigger_start in at}
    out = []
    for ev in evs:
        k = at.get(ev.trigger_start) if ev.root == "03" else None
        if k is not None and words[k].norm in frames and k + 2 < len(words) and words[k + 1].norm == "to":
            t = threats.get(k + 2)
            if t is not None and t.source_code == ev.source_code:
                continue
        out.append(ev)
    return out


_ACT_OBJ_REACH = 90   # characters after the threat verb in which "بـ<act> <actor>" is sought


def act_object_target(doc, events) -> None:
    """(session 31) "وهدد قائد قوات الدعم السريع … بملاحقة قائد الجيش عبد الفتاح البرهان إذا لم يستسلم": an Arabic
    verb threat with no target whose threatened act (a word with بـ after the verb and its subject) has an actor
    right after it is aimed at that actor (not the threatener's own actor, not an international body).  Marker
    ``:tgt-act-object``."""
    for ev in events:
        if ev.lang != "ar" or ev.root != "13" or ev.target_code or ":verb:" not in ev.rule or ev.negated:
            continue
        lo = max(ev.trigger_end, ev.source_span[1] if ev.source_span and ev.source_span[0] >= ev.trigger_start
                 else ev.trigger_end)
        hi = min(ev.sentence_end, lo + _ACT_OBJ_REACH)
        best = None
        for a in doc.actors:
            if a.id == ev.source_actor_id or not a.country or (a.code or "")[:3] in ("IGO", "NGO"):
                continue
            for s0, e0 in a.spans:
                if not lo <= s0 < hi:
                    continue
                before = doc.text[lo:s0].split()
                # the act word right before the actor: "بملاحقة"، "باستهداف" (not inside a condition)
                if before and before[-1][:1] == "ب" and len(before[-1]) > 3 and not any(
                        w in ("إذا", "اذا", "إن", "ان", "لم") for w in before) \
                        and not any(c in doc.text[lo:s0] for c in "،.:"):
                    if best is None or s0 < best[1][0]:
                        best = (a, (s0, e0))
        if best is not None:
            fill_side(ev, "target", best[0], best[1])
            ev.rule += ":tgt-act-object"
