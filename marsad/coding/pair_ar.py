""""The two sides" as the subject of a mutual act: the pair of the event before (Arabic, session 10 AR3).

"وكان رئيس الوزراء العراقي قد بحث مع الرئيس التركي …، واتفق الجانبان على تشكيل لجنة أمنية مشتركة": the agreement is
by both, toward each other.  A cooperation event (roots 03-06) with no target whose trigger word has a pair noun
(``pair_ar.tsv``: الجانبان، الطرفين، الوزيران …) right after it (VSO) or right before it (after إن: "إن الطرفين اتفقا")
takes the two actors of the nearest earlier event of the same or the previous sentence whose source and target are of
different countries (not a fan-out), one event each way.  The English rule is ``pair_anaphora.py``.  Rule marker
``:pair``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from . import conflict_sides, definite_body
from .structure import clear_side, copy_side, fill_side, form_set, kind_sets, reversed_copy

_ROOTS = frozenset(("03", "04", "05", "06"))
_THIRD_ROOTS = frozenset(("02", "10", "11", "12", "13"))   # acts of the pair toward a third party
# cooperation codes the pair does together toward a third party, not with each other: an offer to mediate (039),
# mediation (045): "وأبدى الجانبان استعدادهما للوساطة بين الطرفين" (session 32)
_THIRD_CODES = frozenset(("039", "045"))
_STRIP = "،,.;؛:!؟?\"«»()"


def _pair_next(text: str, ev, pairs, before_too: bool = True) -> "str | None":
    """The pair noun (normalised) that is the subject of the event's trigger, or None."""
    after = text[ev.trigger_end:ev.trigger_end + 24].split(None, 1)
    if after and normalize(after[0].strip(_STRIP)) in pairs:
        return normalize(after[0].strip(_STRIP))
    inside = text[ev.trigger_start:ev.trigger_end].split()
    if len(inside) > 1 and normalize(inside[1].strip(_STRIP)) in pairs:
        return normalize(inside[1].strip(_STRIP))   # (session 17) a multi-word trigger holding its subject: "ووقع الجانبان أربع اتفاقيات"
    if ":noun:" in ev.rule and len(after) > 1:
        # (session 20, B7SH) a meeting noun with a relative clause whose subject is a dual head of the pair: "اجتماع
        # عقده وفدا البلدين" (the head a construct dual in ا)
        nxt = after[1].split(None, 2)
        if len(nxt) > 1 and after[0][-1:] not in _STRIP and len(nxt[0]) > 3 and nxt[0][-1] == "ا" \
                and normalize(nxt[1].strip(_STRIP)) in pairs:
            return normalize(nxt[1].strip(_STRIP))
    if not before_too:
        return None
    before = text[max(ev.sentence_start, ev.trigger_start - 32):ev.trigger_start].split()
    if before and normalize(before[-1].strip(_STRIP)) in pairs:
        return normalize(before[-1].strip(_STRIP))
    # (session 17) a noun trigger after its light verb, a dual: "إن الوزيرين عقدا اجتماعا" (before[-2] the pair)
    # (session 29) the pluperfect's قد between: "وكان البلدان قد وقعا اتفاقا"
    if (":noun:" in ev.rule or normalize(before[-1].strip(_STRIP)) == "قد") if before else False:
        if len(before) > 1 and normalize(before[-2].strip(_STRIP)) in pairs:
            return normalize(before[-2].strip(_STRIP))   # (session 18) the pair between a light verb and the
            # noun's head: "عقد الرئيسان جلسة مباحثات"
    return None


def _pair_before(text: str, ev, word: str) -> bool:
    """Does the pair noun ``word`` stand before the trigger (at most two words between: "الطرفان قد وقعا")?"""
    before = text[max(ev.sentence_start, ev.trigger_start - 40):ev.trigger_start].split()[-3:]
    return any(normalize(w.strip(_STRIP)) == word for w in before)


def _pair_ante(events: list, ev, back: int):
    """The nearest earlier event (``back`` sentences at most) whose source and target are of two countries; beyond
    the sentence before, only a meeting or cooperation of the two (roots 03-06: "التقى الصفدي نظيره السوري"), not
    any act between two countries (the army's shots at smugglers a monitor reported); the callers look back over
    six sentences first, then over the whole story before (the meeting its headline tells).  A background event (a
    relative clause's, ``historical``: "التقى الصفدي وزير الدفاع العراقي الذي يزور الأردن") is the pair only when no
    other is (the meeting's two sides are the two ministers; session 27 AR4)."""
    ante = back_ante = None
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or not (ev.sentence - back <= p.sentence <= ev.sentence) \
                or ":compound" in p.rule or (p.sentence < ev.sentence - 1 and p.root not in _ROOTS):
            continue
        if p.source_actor_id and p.target_actor_id and p.source_country and p.target_country \
                and p.source_country != p.target_country:
            if p.historical:
                if back_ante is None or p.trigger_start > back_ante.trigger_start:
                    back_ante = p
            elif ante is None or p.trigger_start > ante.trigger_start:
                ante = p
    return ante or back_ante


def pair_subjects(doc, events: list) -> None:
    """Give each Arabic cooperation event of "the two sides" the pair of the event before it (both directions).
    The pair is that of the same or the previous sentence, else (session 16) of the nearest earlier event between
    two countries at most six sentences back ("التقى الصفدي نظيره السوري … وقال … إن البلدين اتفقا").  An act of
    the pair toward a third party ("ودعا الوزيران المجتمع الدولي إلى …": an appeal, a statement, no mutual act)
    with no source of its own is by each of the two (``:pair-subject``; the target stays)."""
    pairs = None
    added = []
    for ev in events:
        mutual = ev.root in _ROOTS and ev.cameo not in _THIRD_CODES
        if ev.lang != "ar" or ev.target_actor_id and mutual and ev.source_actor_id or ":pair" in ev.rule:
            # (session 18) a target but no source: "أن الجانبين اتفقا على إرسال وفد إلى بغداد" -- the target came
            # from a later word of the clause; the pair noun names both sides
            continue
        if not mutual and (ev.source_actor_id or (ev.root not in _THIRD_ROOTS and ev.cameo not in _THIRD_CODES)):
            continue
        if pairs is None:
            pairs = form_set("pair_ar.tsv")
        word = _pair_next(doc.text, ev, pairs, ev.root in _ROOTS)
        if word is None:
            continue
        if not mutual:
            ante = _pair_ante(events, ev, 6) or _pair_ante(events, ev, ev.sentence)
            if ante is None:
                continue
            other = replace(ev, id=stable_id(ev.id, "pair-subject"))
            other.plover_context = list(ev.plover_context)
            copy_side(ev, "source", ante)
            copy_side(other, "source", ante, "target")
            ev.rule += ":pair-subject"
            other.rule += ":pair-subject"
            added.append(other)
            continue
        met = _met_pair(events, ev)   # (one side met two: those two are "the two sides", before any other pair)
        ante = None if met is not None else (_pair_ante(events, ev, 1) or _pair_ante(events, ev, 6)
                                             or _pair_ante(events, ev, ev.sentence))   # (the story's meeting)
        if ante is None and met is None and word in form_set("pair_countries_ar.tsv"):
            # "the two countries" are the story's two countries: the nearest earlier act between two countries,
            # whatever its kind ("استدعت تونس السفير الليبي … وكان البلدان قد وقعا اتفاقا"; session 29)
            ante = definite_body._story_pair(events, ev)
        if ante is None and met is None:
            lead = _coordinated_pair(doc, ev)
            if lead is not None:   # (session 20, B7SH) "أعلنت البحرين وقطر … في ختام اجتماع عقده وفدا البلدين"
                (a, sa), (b, sb) = lead
                fill_side(ev, "source", a, sa)
                fill_side(ev, "target", b, sb)
                ev.rule += ":pair-lead"
                added.append(reversed_copy(ev, "pair"))
                continue
        if ante is None and met is None and word in _sides():
            # "أعلن المبعوث الأممي موافقة أطراف النزاع على هدنة …، وقال إن الطرفين وافقا على وقف العمليات": no pair
            # before, but the story's war names the two sides -- the dyad of its attacks (session 35)
            ante = _warring_pair(events, ev)
        if ante is None:
            if met is None:
                if ev.source_span and ev.source_span[1] <= ev.trigger_start and ev.quote_id is not None \
                        and ev.source_span[1] <= _pair_start(doc.text, ev, word):
                    # "وقال غروندبرغ إن الطرفين وافقا": the pair noun is the subject, the speaker no party (s35)
                    clear_side(ev, "source")
                if ev.source_span and ev.source_span[0] >= ev.trigger_end and _pair_before(doc.text, ev, word):
                    # "وكان الطرفان قد وقعا … إعلانا لحماية المدنيين": the pair noun before the verb is its subject;
                    # the actor after it is its object's, never the subject (session 29)
                    clear_side(ev, "source")
                continue
            copy_side(ev, "source", met[0], "target")
            copy_side(ev, "target", met[1], "target")
            ev.rule += ":pair-met"
            added.append(reversed_copy(ev, "pair"))
            continue
        copy_side(ev, "source", ante)
        copy_side(ev, "target", ante)
        ev.rule += ":pair"
        added.append(reversed_copy(ev, "pair"))
    events.extend(added)


def _sides() -> frozenset:
    return kind_sets("two_sides_ar.tsv", ("sides", "countries", "delegations"))["sides"]


_WAR_ROOTS = frozenset(("18", "19", "20"))


def _warring_pair(events: list, ev):
    """The story's warring pair for "the two sides" of a truce with no pair named before: the dyad of two countries
    most often attacking each other anywhere in the story (the first of equals), one of its events; None when the
    story tells no attack between two countries, or when ``ev``'s own source country is outside that dyad and not
    the speaker's (a party naming the other side)."""
    counts: dict = {}
    first: dict = {}
    for p in events:
        if p.root in _WAR_ROOTS and p.source_actor_id and p.target_actor_id and p.source_country \
                and p.target_country and p.source_country != p.target_country and not p.negated:
            key = frozenset((p.source_country, p.target_country))
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, p)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].trigger_start))
    return first[best]


def _pair_start(text: str, ev, word: str) -> int:
    """The start of the pair noun ``word`` right before the trigger (at most 40 characters back), else the trigger's."""
    lo = max(ev.sentence_start, ev.trigger_start - 40)
    seg = text[lo:ev.trigger_start]
    for m in reversed(list(_WORD.finditer(seg))):
        if normalize(m.group().strip(_STRIP)) == word:
            return lo + m.start()
    return ev.trigger_start


def _coordinated_pair(doc, ev):
    """The two actors of different countries joined by و before the trigger in its own sentence ("أعلنت مملكة البحرين
    ودولة قطر"), the nearest such pair: ((actor, span), (actor, span)), or None."""
    text = doc.text
    found = sorted((sp[0], sp[1], a) for a in doc.actors if a.country for sp in a.spans
                   if ev.sentence_start <= sp[0] and sp[1] <= ev.trigger_start)
    for (s1, e1, a), (s2, e2, b) in reversed(list(zip(found, found[1:]))):
        if a.country != b.country and text[e1:s2].strip() == "و":
            return (a, (s1, e1)), (b, (s2, e2))
    return None


def _met_pair(events: list, ev):
    """"التقت المبعوثة الأممية وفدين يمثلان مجلس النواب والمجلس الأعلى للدولة …، إن الطرفين اتفقا": no earlier pair of
    two countries, but one side meeting two others at one trigger (same or previous sentence): the two sides are those
    two (the events whose targets they are), not the side that met them."""
    groups: dict = {}
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or not (ev.sentence - 1 <= p.sentence <= ev.sentence) \
                or p.root not in _ROOTS or not (p.source_actor_id and p.target_actor_id):
            continue
        groups.setdefault(p.trigger_start, []).append(p)
    for start in sorted(groups, reverse=True):
        evs = groups[start]
        by_src: dict = {}
        for p in evs:
            by_src.setdefault(p.source_code, {}).setdefault(p.target_code, p)
        for tgts in by_src.values():
            if len(tgts) == 2 and len(by_src) == 3:   # X -> A, X -> B (and A -> X, B -> X): A and B are the two sides
                return tuple(tgts.values())
    return None


_WORD = re.compile(r"\S+")
_OBJECT_ROOTS = frozenset(("02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13"))


def _pair_object_at(doc, ev, pairs) -> int:
    """The start of a pair noun (الطرفين، البلدين …) that follows the trigger with only actor words (the subject:
    "ودعت ألمانيا وإيطاليا الطرفين") between; -1 when there is none."""
    text = doc.text
    end = min(ev.sentence_end, ev.trigger_end + 80)
    seg = text[ev.trigger_end:end]
    if not any(f in seg for f in pairs):
        return -1
    spans = [(s, e) for a in doc.actors for s, e in a.spans if ev.trigger_end <= s < end]
    for n, m in enumerate(_WORD.finditer(text, ev.trigger_end, end)):
        w = m.group()
        if normalize(w.strip(_STRIP)) in pairs:
            return m.start()
        if n >= 8 or w[-1:] in _STRIP or not any(s < m.end() and m.start() < e for s, e in spans):
            return -1
    return -1


def pair_objects(doc, events: list) -> None:
    """"ودعت ألمانيا وإيطاليا الطرفين إلى ضبط النفس" after a row between Algeria and France: the pair noun is the
    object, the named actors before it are the subject; the coordinated subject had been read as a mutual pair
    (DEU -> ITA, ITA -> DEU).  With two subjects or more, each subject actor gets one event toward each side of the pair of the nearest earlier
    event between two other countries (six sentences back at most): DEU -> DZA, DEU -> FRA, ITA -> DZA, ITA -> FRA
    (the English "urged the two sides" is ``pair_anaphora.pair_phrases``).  Rule marker ``:pair-object``."""
    pairs = None
    groups: dict = {}
    if conflict_sides.conflict_country(events):
        return   # ("دعت مصر الطرفين" in a story of one country's war: its two sides, ``conflict_sides``)
    for ev in events:
        if ev.lang == "ar" and ev.root in _OBJECT_ROOTS and ":pair" not in ev.rule and ev.source_code:
            groups.setdefault(ev.trigger_start, []).append(ev)
    drop, added = [], []
    if not groups:
        return
    pairs = form_set("pair_ar.tsv")
    if not any(f in doc.text for f in pairs):
        return   # (most documents: no pair noun at all)
    for group in groups.values():
        ev = group[0]
        q = _pair_object_at(doc, ev, pairs)
        if q < 0:
            continue
        subjects, seen = [], set()
        for e in group:
            for side in ("source", "target"):
                span = getattr(e, f"{side}_span")
                code = getattr(e, f"{side}_code")
                if code and code not in seen and span and span[0] < q \
                        and (side == "source" or ev.trigger_end <= span[0]):
                    # (the subjects stand before the pair noun: "وبحث الوزيران الأردني والعراقي" names its own pair)
                    seen.add(code)
                    subjects.append((e, side))
        if len(subjects) < 2:
            continue   # (one subject: "ودعا الاتحاد الأفريقي الطرفين" stays with ``conflict_sides``: the pair of a story
            # of several rows is not always the nearest one; measured on blind_s14 / s15)
        own = {getattr(e, f"{side}_country") for e, side in subjects}
        ante = None
        for p in events:
            if any(p is e for e in group) or p.trigger_start >= ev.trigger_start \
                    or not (ev.sentence - 6 <= p.sentence <= ev.sentence) or ":compound" in p.rule:
                continue
            if p.source_country and p.target_country and p.source_country != p.target_country \
                    and not own & {p.source_country, p.target_country} \
                    and (ante is None or p.trigger_start > ante.trigger_start):
                ante = p
        if ante is None:
            continue
        for k, (e, side) in enumerate(subjects):
            for pside in ("source", "target"):
                c = replace(ev, id=stable_id(ev.id, "pair-object", str(k), pside))
                copy_side(c, "source", e, side)
                copy_side(c, "target", ante, pside)
                c.target_span = None
                c.rule = ev.rule + ":pair-object"
                c.plover_context = list(ev.plover_context)
                added.append(c)
        drop.extend(group)
    if drop:
        events[:] = [e for e in events if all(e is not d for d in drop)]
        events.extend(added)


def told_by_pair(text: str, ev) -> bool:
    """Is ``ev`` (an Arabic mutual event) told of "the two sides" right after its verb ("حيث عقد الرئيسان جلسة
    مباحثات")?  Such an actor-less event waits for :func:`pair_subjects`; the sentence's dedupe keeps it (session 18)."""
    return ev.lang == "ar" and ":mutual" in ev.rule and _pair_next(text, ev, form_set("pair_ar.tsv")) is not None
