"""A threat told as a refusal to stay passive or as a vowed reply (sessions 16 EVT, 17 ENG and B4EV).

"Serbia would not stand by if Serbs in Kosovo were attacked": "stand by" + if (``manual_en.tsv``, cond ``if_threat``,
the session-15 mechanism of "would respond if") is a conditional threat (13) only when negated -- "would not stand
by" says the speaker will act; its negation is the form of the threat, not a negated threat.  Without the negation
("will stand by if needed") the speaker stays passive: no event.  The verb forms are in ``threat_if.tsv`` (kind
``neg_only``).  Rule marker ``:not-stand-by``.

Session 17: a respond / react trigger (kind ``reply_verb``) opened by an attack word after it ("We will respond to
every attack", cues_en.tsv purpose ``respond_attack``, ENG) or by a manner word ("Moscow would respond in an
appropriate manner", "will respond in kind", purpose ``if_threat``, B4EV) is a threat only when it is announced: an
if / unless after it (kind ``cond_word``), a future modality, or would / will / shall / to right before it, maybe
with one adverb between (kind ``vow_aux``).  "The army responded to the attack by shelling …", "Russia responded in
kind, expelling ten diplomats" are the reply itself, told as its act: no threat.  An announced reply without a
condition is marked ``:vowed-reply`` (``reply_target`` then names the act it answers).

Session 18 (B5EV): "would raise the matter at the WTO if the ban continued", "will take the case to the Security
Council if …" (``manual_en.tsv`` raise / take + matter / case, cond ``if_threat``): a body after the verb (kind
``forum_verb``) is the forum, not the threatened side: its target is cleared (marker ``:forum``) and
``reply_target`` names the side whose act the threat answers.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from . import if_particle_ar
from .structure import clear_side, copy_side, fill_side, kind_sets, start_index

_KINDS = ("neg_only", "reply_verb", "cond_word", "vow_aux", "forum_verb")
_COND_WINDOW = 10   # as events._find_triggers' purpose window


def _condition_after(words, k: int, sets) -> bool:
    return any(words[x].norm in sets["cond_word"] for x in range(k + 1, min(len(words), k + _COND_WINDOW)))


def _vowed(words, k: int, sets) -> bool:
    return any(words[x].norm in sets["vow_aux"] for x in range(max(0, k - 2), k))


_QUOTES = frozenset(('"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"))


def _announced_after(words, k: int, sets) -> bool:
    """(session 33, GAPEN) "Russia's retaliation will not be long in coming", "Iran's revenge would be crushing": a
    reply noun that is the subject of will / would / shall (a quote mark may stand between) is announced."""
    x = k + 1
    while x < len(words) and words[x].norm in _QUOTES:
        x += 1
    return x < len(words) and words[x].norm in sets["vow_aux"] and words[x].norm != "to"


def _in_condition(ev, words, sets) -> bool:
    """(session 24, B11EN) "would take countermeasures if NATO deployed …": a body named after the condition word is
    the subject of the condition -- the threatened side -- not the forum of the act."""
    if words is None or not ev.target_span:
        return False
    return any(ev.trigger_end <= w.start < ev.target_span[0] and w.norm in sets["cond_word"] for w in words)


def apply(evs: list, words=None) -> list:
    sets = kind_sets("threat_if.tsv", _KINDS)
    forms = sets["neg_only"]
    at = start_index(words) if words is not None else None
    out = []
    for ev in evs:
        if ev.root == "13" and ev.trigger:
            first = ev.trigger.split()[0].lower()
            if first in forms:
                if not ev.negated:
                    continue   # "will stand by if asked": no threat
                ev.negated = False
                ev.rule += ":not-stand-by"
            elif first in sets["reply_verb"] and at is not None:
                k = at.get(ev.trigger_start)
                if k is not None:
                    conditional = _condition_after(words, k, sets)
                    if not (conditional or ev.modality == "future" or _vowed(words, k, sets)
                            or _announced_after(words, k, sets)):
                        continue   # "responded to the attack by shelling …": the reply itself, told as its act
                    if not conditional:
                        ev.rule += ":vowed-reply"
            elif first in sets["forum_verb"] and (ev.target_code or "").startswith("IGO") \
                    and not _in_condition(ev, words, sets):
                # (session 18, B5EV) "would raise the matter at the WTO if the ban continued": the body is the forum,
                # not the threatened; reply_target names the one whose act is answered
                clear_side(ev, "target")
                ev.rule += ":forum"
        out.append(ev)
    return out


def told_reply(ev) -> bool:
    """Is ``ev`` a future reply ("that Cairo would respond to any provocation", kind ``reply_verb``) that a threat verb
    before it tells (session 22 B9EN2)?  The threat verb then carries the reply's ``:vowed-reply`` marker."""
    first = ev.trigger.split()[0].lower() if ev.trigger else ""
    return ev.lang == "en" and first in kind_sets("threat_if.tsv", ("reply_verb",))["reply_verb"]


_AR_KINDS = ("reply_told_ar", "cond_word_ar", "vow_aux_ar", "neg_only_ar", "due_time_ar", "ref_reply_ar", "question_ar")

# the roots / CAMEO codes drop_sourceless_warnings acts on: the events stage skips it for a sentence with none
SOURCELESS_ON = frozenset(("13",))


def apply_ar(evs: list, words) -> list:
    """Session 17 THR: "سنرد على أي اعتداء"، "ستردّ بالمثل" (manual_ar.tsv rows of رد with cond respond_attack /
    if_threat) are a vowed retaliation (13) only when the reply is announced: a future form (س+ imperfect), سوف
    right before it, or a condition (إذا / حال) after it.  "ردت القوات على مصادر النيران بقصف …"، "ردت روسيا بالمثل
    وطردت …"، "الجيش يرد بحزم" tell the reply as its act: no threat (as ``apply`` for English)."""
    sets = kind_sets("threat_if.tsv", _AR_KINDS)
    told = sets["reply_told_ar"]
    at = start_index(words)
    out = []
    for ev in evs:
        if ev.root == "13" and ev.trigger:
            k = at.get(ev.trigger_start)
            if k is not None:
                w = words[k].norm
                if w not in told and w[:1] in ("و", "ف") and w[1:] in told:
                    w = w[1:]
                if _answers_question(words, k, sets):
                    continue   # "وردا على سؤال عما إذا كان …": an answer to a question (its إذا is the question's)
                cond = any(words[x].norm in sets["cond_word_ar"] for x in range(k + 1, min(len(words), k + _COND_WINDOW)))
                if w in told and not (cond or any(words[x].norm in sets["vow_aux_ar"] for x in range(max(0, k - 2), k))):
                    continue   # ردت القوات على مصادر النيران بقصف …: the reply itself
                v = w[1:] if w[:1] in ("و", "ف") and w[1:] in sets["neg_only_ar"] else w
                if v in sets["neg_only_ar"]:
                    # (session 18) "لن نقف مكتوفي الأيدي": a threat only when negated, the negation its form
                    if not ev.negated:
                        continue
                    ev.negated = False
                    ev.rule += ":not-stand-by:vowed-reply"
                    if ev.source_span and any(
                            words[x].norm in sets["cond_word_ar"] and words[x].end <= ev.source_span[0]
                            for x in range(k + 1, min(len(words), k + _COND_WINDOW))):
                        # '"لن تقف مكتوفة الأيدي" إذا استمرت أنقرة في عملياتها': the actor after the condition word is
                        # the one warned (the target), not the one who will not stand by (session 36)
                        if not ev.target_code:
                            copy_side(ev, "target", ev, "source")
                        clear_side(ev, "source")
                    if v in sets["ref_reply_ar"]:
                        ev.rule += ":reply-ref"   # (s19) "هذه الجريمة لن تمر دون رد": the act told before
                elif _reply_form(w) and not cond:
                    if _due_time_only(words, k, sets):
                        continue   # "سترد على الاستفسارات في الوقت المناسب": an answer, no threat
                    ev.rule += ":vowed-reply"   # (reply_target: the act it answers)
        out.append(ev)
    # the attack word of a kept vowed reply ("سنرد على أي اعتداء") is the threat's condition, not an act of its own:
    # its unasserted event (138 future, 18x / 19x hypothetical) goes
    vows = [at[e.trigger_start] for e in out if e.root == "13" and e.trigger_start in at
            and words[at[e.trigger_start]].norm not in told]
    if vows:
        out = [e for e in out if not (e.modality != "asserted" and e.trigger_start in at and any(
            0 < at[e.trigger_start] - v < _COND_WINDOW for v in vows)
            and words[at[e.trigger_start]].cue.get("purpose") == "respond_attack")]
    return out


def _answers_question(words, k: int, sets) -> bool:
    """(session 45, PREC45) Is the reply at ``k`` an answer: على right after it and a question word after that
    ("وردا على سؤال عما إذا كان سيقطع المساعدات"، "سيرد على أسئلة النواب": kind ``question_ar``)?  A condition word
    after it then belongs to the question, and the reply threatens no one."""
    return k + 2 < len(words) and words[k + 1].norm in ("علي", "على") and words[k + 2].norm in sets["question_ar"]


def _reply_form(w: str) -> bool:
    """A form of رد (سنرد، سترد، نرد …; the stem رد after the future / person prefixes)."""
    return w.endswith(("رد", "ردون", "ردان")) and len(w) <= 6


def _due_time_only(words, k: int, sets) -> bool:
    """Is the reply at ``k`` announced only by a due-time word ("في الوقت المناسب", kind ``due_time_ar``) while
    على + a word that is no attack word follows it ("سترد على الاستفسارات في الوقت المناسب")?"""
    end = min(len(words), k + _COND_WINDOW)
    if not any(words[x].norm in sets["due_time_ar"] for x in range(k + 1, end)):
        return False
    if any(words[x].cue.get("purpose") in ("respond_attack", "if_threat") and words[x].norm not in sets["due_time_ar"]
           for x in range(k + 1, end)):
        return False   # (an attack word or a manner word: "سنرد بحزم على أي اعتداء")
    return k + 2 < len(words) and words[k + 1].norm in ("علي", "على")


def vowed_content_ar(evs: list) -> list:
    """(session 27 B15AR2) "توعد حزب الله بأن الاغتيال "لن يمر دون رد وعقاب"": the negated-form vow (``:not-stand-by``,
    :func:`apply_ar`) has no subject of its own (the act it answers is its subject); it is the content of the asserted
    threat verb with a source before it in the sentence (توعد، هدد، حذر), one threat: dropped, its markers
    (``:vowed-reply``, ``:reply-ref``: ``reply_target`` names the act answered) and its target go to the verb."""
    drop = set()
    for b in evs:
        if b.root != "13" or ":not-stand-by" not in b.rule or b.source_code or b.source_country or b.negated:
            continue
        a = next((a for a in reversed(evs) if a is not b and a.root == "13" and ":verb:" in a.rule
                  and a.modality == "asserted" and not a.negated and (a.source_code or a.source_country)
                  and a.trigger_end <= b.trigger_start and ":not-stand-by" not in a.rule), None)
        if a is None:
            continue
        for m in (":vowed-reply", ":reply-ref"):
            if m in b.rule and m not in a.rule:
                a.rule += m
        if b.target_code and not a.target_code and b.target_country:
            copy_side(a, "target", b, "target")   # (a country-less role stays out: the verb's condition names the
            # threatened side, condition_target_ar; session 29 B20AR "لن تتردد في استخدام القوة إذا عبرت القوات …")
        a.confidence = max(a.confidence, b.confidence)
        drop.add(id(b))
    return [e for e in evs if id(e) not in drop] if drop else evs


_COND_REACH = 26   # words after the threat verb in which its condition is sought (16 before session 38: a long
# subject with its bracketed abbreviation and a quoted instrument stand between)


_INNER_MARKS = frozenset('"«»“”()')   # (quotation marks and brackets inside the clause end nothing: session 38,
# "هدد مفوض … (إيكواس) عبد الفتاح موسى بنشر "قوة احتياط" في النيجر إذا لم يفرج المجلس العسكري")


def condition_target_ar(words, args, evs) -> None:
    """(session 18) "هددت الكويت بعرض الخلاف على مجلس الأمن إذا لم يلتزم العراق بالاتفاقية": the party a conditional
    threat is aimed at is the subject of its condition (إذا / اذا / حال, kind ``cond_word_ar``, or إن: session 20
    STR; maybe لم / لا and one verb before the actor), not the venue or instrument named in the threatened act (the Security Council).  A verb
    threat (root 13) whose target is none or an international body takes that actor, when it is of another country
    than the threatener; no punctuation between.  Rule marker ``:cond-target``."""
    sets = kind_sets("threat_if.tsv", _AR_KINDS)
    if_words = if_particle_ar.if_words()   # "وهدد بالرد إن فرضت واشنطن …" (session 20 STR)
    at = None
    for ev in evs:
        if ev.root != "13" or ":verb:" not in ev.rule or not (ev.source_country or (ev.source_code or "")[:3] == "IGO"):
            continue   # (an international body threatens too: "هدد مفوض … في إيكواس … إذا لم يفرج المجلس العسكري", s38)
        if ev.target_code and not (ev.target_code or "").startswith("IGO"):
            continue
        at = at or start_index(words)
        k = at.get(ev.trigger_start)
        if k is None:
            continue
        c = next((x for x in range(k + 1, min(len(words), k + _COND_REACH)) if words[x].norm in sets["cond_word_ar"]
                  or words[x].text in if_words or (words[x].punct and words[x].text not in _INNER_MARKS)), None)
        if c is None or words[c].punct:
            continue
        j = c + 1
        if j < len(words) and "neg" in words[j].cue:
            j += 1
        a = next((g for g in args if g.i0 == j + 1 and not g.prep), None)   # (the verb at j, its subject after it)
        if a is None or not a.actor.country or a.actor.country == ev.source_country:
            continue
        fill_side(ev, "target", a.actor, (a.start, a.end))
        ev.rule += ":cond-target"


def warned_subject_target_ar(words, args, evs) -> None:
    """(session 38) "وحذر وزير الخارجية من أن إسرائيل ستتحمل المسؤولية عن أي تصعيد"، "حذرت طهران من أن واشنطن ستدفع
    الثمن": a warning verb (root 13, no target) whose content clause (من أن / بأن, within ``_WARN_REACH`` words) opens with
    a bare actor of another side, followed by a future or modal verb, warns that side: its target.  Rule marker
    ``:warned-subject``."""
    at = None
    for ev in evs:
        if ev.root != "13" or ev.target_code or ":verb:" not in ev.rule:
            continue
        at = at or start_index(words)
        k = at.get(ev.trigger_start)
        if k is None:
            continue
        c = next((x for x in range(k + 1, min(len(words), k + _WARN_REACH))
                  if words[x].norm == "بان" or (words[x].norm == "ان" and words[x - 1].norm == "من")), None)
        if c is None or any(words[x].punct for x in range(k + 1, c)):
            continue
        a = next((g for g in args if g.i0 == c + 1 and not g.prep), None)
        if a is None or a.i1 >= len(words) or not a.actor.country or a.actor.country == ev.source_country:
            continue
        v = words[a.i1]
        if not (v.norm[:2] in ("ست", "سي", "سن") or "future" in v.cue or "possible" in v.cue or "can" in v.cue):
            continue   # (a future or modal predicate: the warned consequence, not a report about the side)
        fill_side(ev, "target", a.actor, (a.start, a.end))
        ev.rule += ":warned-subject"


_WARN_REACH = 12   # words after the warning verb in which its من أن is sought (its subject between)


_HOSTILE = frozenset(("11", "12", "13", "16", "17", "18", "19", "20"))
_BACK = 4   # sentences back to the act replied to
_BACK_REF = 8   # (session 19) the same when the reply names the act by a definite noun ("إذا استمرت الاعتداءات")


def reply_target(events: list) -> None:
    """A vowed reply with no target (``:vowed-reply``: "Moscow would respond in an appropriate manner") takes as
    target the source of the latest hostile act (roots 11-20) of the few sentences before it whose target is the
    replier's country and whose source is another country ("Moldova expelled a Russian diplomat"): the act it
    answers.  Rule marker ``:reply-to``.  Session 18: also a threat to take a matter to a forum (``:forum``)."""
    for k, ev in enumerate(events):
        if ":forum" in ev.rule and (ev.target_code or "").startswith("IGO"):
            clear_side(ev, "target")   # the forum again after the document rules ("tgt-owner" names the body)
        if (":vowed-reply" not in ev.rule and ":forum" not in ev.rule) or ev.target_code or not ev.source_country:
            continue
        # (session 22 STR: or the conditional act of its own sentence before it: "إذا هاجمت إسرائيل المنشآت النووية
        # فإن إيران سترد": the condition's attacker)
        # (session 28 B18AR: or a hostile act of another country before it in its own sentence with no target told,
        # "قالت الوزارة إن إثيوبيا استمرت في رفض الحلول … وتحتفظ مصر بحقها في الرد": the refuser)
        prev = next((p for p in reversed(events[:k]) if p.root in _HOSTILE and p.source_country
                     and p.source_country != ev.source_country
                     and (p.target_country == ev.source_country and (
                          ev.sentence - (_BACK_REF if ":reply-ref" in ev.rule else _BACK) <= p.sentence < ev.sentence
                          or p.sentence == ev.sentence and p.modality == "conditional"
                          and p.trigger_start < ev.trigger_start)
                          or not p.target_country and p.sentence == ev.sentence and p.trigger_start < ev.trigger_start
                          and p.root != "13")
                     and not p.negated), None)
        if prev is not None:
            copy_side(ev, "target", prev, "source")
            ev.rule += ":reply-to"


_STATE_ROLES = frozenset(["", "GOV", "MIL"])


def state_side(code) -> bool:
    """Is ``code`` a country or its government / military (no party, opposition, civilians …)?"""
    return bool(code) and code[3:] in _STATE_ROLES


# a quoted word or two inside the accusation ("accused Armenia of "militarising" by …", session 25 B12X): scare quotes,
# no quotation that ends the accusation's clause
_SCARE_QUOTED = re.compile(r"[\"“][^\"“”;:.]{1,30}[\"”]")
_AND_THAT = re.compile(r"\band\s+([a-z]+)\s+that\s+(?:the\s+)?$")


def own_side_told(doc, events: list) -> None:
    """English (session 22 B9EN3): "Azerbaijan accused Armenia of provocations and warned that Baku would respond":
    the subject of "that …" after a threat verb is the warner's own state (its country or government, as the
    source), so no target -- the frame reads that only when the verb's own subject is found in its clause, and a
    predicate joined by "and" gets it later.  Such a warning joined by "and" to an accusation (112) of the same source
    before it in the sentence is addressed to the accused: the accusation's target.  Session 23 (GAPE): the same when
    the threat is the content's own verb with the capital as its subject and no target ("Iran accused Israel of the
    strike and warned that Tehran would retaliate": 138 IRNGOV, the warning verb no event of its own).  Rule marker
    ``:own-side-told``."""
    for ev in events:
        if ev.lang != "en" or ev.root != "13" or ":verb:" not in ev.rule or ev.negated or not ev.source_country \
                or not state_side(ev.source_code):
            continue
        if ev.target_span and ev.target_country == ev.source_country and state_side(ev.target_code) \
                and doc.text[ev.trigger_end:ev.target_span[0]].lower().split() in (["that"], ["that", "the"]):
            clear_side(ev, "target")
            ev.rule += ":own-side-told"
            at = ev.trigger_start
        elif not ev.target_code and ev.source_span and ev.source_span[1] <= ev.trigger_end and (m := _AND_THAT.search(
                doc.text, max(ev.sentence_start, ev.source_span[0] - 40), ev.source_span[0])):
            at = m.start(1)   # "… and warned that Tehran would retaliate": the verb of "that", after "and" (the threat's
            # evidence may run from "warned" since session 30: the source then stands inside the trigger)
        else:
            continue
        before = doc.text[ev.sentence_start:at].split()
        acc = next((a for a in reversed(events) if a is not ev and a.sentence == ev.sentence and a.lang == "en"
                    and a.cameo[:3] == "112" and a.trigger_end <= at and a.target_code
                    and a.source_country == ev.source_country and a.target_country != ev.source_country), None)
        if acc is not None and before and before[-1].lower() == "and" \
                and not any(c in _SCARE_QUOTED.sub("", doc.text[acc.trigger_end:at]) for c in ";:\"“”"):
            copy_side(ev, "target", acc, "target")
            if ":own-side-told" not in ev.rule:
                ev.rule += ":own-side-told"


def drop_sourceless_warnings(evs: list) -> list:
    """"ويرى خبراء أن …، محذرين من أن موجة الغلاء قد تضرب …": the hal participle of warn (kind ``warn_participle``)
    is the main subject's warning; when that subject is no actor (experts, analysts) it is commentary, no threat
    (session 17).  "وقال وزير الداخلية …، محذرا من أن …" keeps the minister's warning."""
    if not any(e.root in SOURCELESS_ON and not e.source_code for e in evs):
        return evs
    forms = kind_sets("threat_if.tsv", ("warn_participle",))["warn_participle"]
    return [e for e in evs if not (e.root == "13" and not e.source_code and e.trigger
                                   and normalize(e.trigger.split()[0]) in forms)]
