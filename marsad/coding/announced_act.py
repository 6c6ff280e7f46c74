"""An Arabic act announced by a verb and named by its verbal noun (session 40, lead).

"وأعلن رئيس الوزراء العراقي أمس استقالته"، "أعلن عبد المهدي عزمه تقديم استقالته"، "قررت الحكومة طرد السفير": the
noun event (resignation 0831, expulsion 1663 …) is the happening, and the announcing verb before it in its clause is
its report word: a reader points at either.  The verb's span joins the noun event's evidence (``Event.also_spans``),
as the entering verb of a truce does (entry_into_force_ar.py).  Only a verb of ``announced_act.tsv`` at most
``_REACH`` words before the noun in its clause (no punctuation, no complementiser أن / إن between, no other event's
trigger), and only a noun event of an act (not a statement, an appeal or a meeting: roots 01, 02, 04; a meeting noun
takes its light verb, kind light: "وأجرى الوزير اتصالا هاتفيا بنظيره"، "خلال اجتماع عقده الوزير", session 40 PREC40).  English
too: "the union head declared a general strike" (kind verb_en, at most ``_REACH_EN`` words back).  A verb of suffering
before an attack noun (kind suffer: "وتعرضت طائرة مدنية لإطلاق نار") reports it too, also when the learned filter
judged the act background (session 41).  Session 47 (gapar47): a source-less act noun joined by و after a comma
is the next act of the announcing verb's list ("أعلنت الشرطة الأردنية إحباط مخطط …، واعتقال 16 شخصا"): the walk goes
on past that comma for the announcer's subject only (:func:`_comma_before`), and a listed noun read a reference in its
own clause is the announced act, no background.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import islice

from ..lang.normalize import normalize
from .structure import copy_side, fill_side, get_lexicon, kind_sets

_REACH = 12   # (a full name and a time word between: "وأعلن رئيس الوزراء العراقي عادل عبد المهدي أمس عزمه تقديم")
_REACH_EN = 4   # ("declared a nationwide general strike": the noun's own words between)
_SKIP_ROOTS = frozenset(("01", "02", "04"))
_SUFFERED_ROOTS = frozenset(("17", "18", "19", "20"))
# (acts an announcer tells of others -- "أعلن الجيش مقتل خمسة": the deaths are not the army's doing -- take no source
# from the announcing verb; a sentence, a decision, a resignation is the announcer's own)
_TOLD_ROOTS = frozenset(("14", "18", "19", "20"))   # (acts one suffers: تعرض لهجوم، لقصف، لإطلاق نار، للاعتقال)
_STOPS = frozenset(("ان", "بان", "انه", "انها", "لان", "that", "which", "who", "،", ",", ".", "؛", ":", "؟", "!", "\"", "«",
                    "»"))
_STOP_MARKS = frozenset("،,.؛:؟!")   # (a word holding one of these ends the walk: its clause ends there)
# (kind_sets' table, the Arabic report verbs of a told act -- verb, suffer, renew, order --, the English ones --
# verb_en, light_en): the unions built again only when the table is (resources.clear_cache)
_REPORT_VERBS: list = [None, frozenset(), frozenset()]


def apply(doc, events) -> None:
    text = doc.text
    if not any(":noun:" in ev.rule or ev.root == "04" or (ev.lang == "ar" and ":verb:" in ev.rule) for ev in events):
        return
    sets = kind_sets("announced_act.tsv", ("verb", "verb_en", "light_en", "light", "suffer", "renew", "order"))
    if _REPORT_VERBS[0] is not sets:   # (the unions once per table, not per event)
        _REPORT_VERBS[:] = [sets, sets["verb"] | sets["suffer"] | sets["renew"] | sets["order"],
                            sets["verb_en"] | sets["light_en"]]
    starts = sorted(e.trigger_start for e in events)
    lex = None
    for ev in events:
        if ev.lang not in ("ar", "en") or (":noun:" not in ev.rule and not (
                ev.lang == "en" and ev.root == "04")):   # ("held talks": "talks" is read by a verb row)
            if ev.lang != "ar" or ":verb:" not in ev.rule:
                continue
            if lex is None:
                lex = get_lexicon("ar")
            if not _noun_reading(ev, lex):
                continue
        # (session 47) a later act of an announced list after its comma, read a reference in its own clause
        listed_ref = ev.historical and ":listed" in ev.rule and ":ref" in ev.rule and _comma_before(
            text[max(ev.sentence_start, ev.trigger_start - 160):ev.trigger_start], ev) >= 0
        # (session 51) "ووجه رئيس الوزراء بتشكيل لجنة تحقيق": the act an order verb's ب-content names, read a reference
        ordered_ref = ev.historical and ev.lang == "ar" and ":ref" in ev.rule and ev.root not in _SKIP_ROOTS
        if ev.historical and not (ev.lang == "ar" and ev.root in _SUFFERED_ROOTS) and not listed_ref \
                and not ordered_ref:
            continue
        if ev.root in _SKIP_ROOTS and ev.lang == "ar" and ev.root != "04":
            # (session 50) "وجدد الوزير دعوته المجتمع الدولي إلى …": a renewing or expressing verb reports even an
            # appeal or a statement noun -- the noun is what the verb's subject says again (kind renew)
            verbs = sets["renew"]
        elif ev.root in _SKIP_ROOTS:
            if ev.root != "04":
                continue
            # ("held talks with the leaders", "وأجرى الوزير اتصالا هاتفيا بنظيره": the light verb of a meeting noun,
            # for each direction's copy -- the gold anchors the other direction on the verb; s40 lead, PREC40)
            verbs = sets["light_en"] if ev.lang == "en" else sets["light"]
        elif ev.historical and not listed_ref and ev.root in _SUFFERED_ROOTS:
            verbs = sets["suffer"]   # ("وتعرضت طائرة مدنية لإطلاق نار": the patient's verb reports even a background act)
        elif ev.historical and not listed_ref:
            verbs = sets["order"]   # (an ordered act: the order is its report, the act no background)
        else:
            verbs = _REPORT_VERBS[1] if ev.lang == "ar" else _REPORT_VERBS[2]
        reach = _REACH if ev.lang == "ar" else _REACH_EN
        lo = max(ev.sentence_start, ev.trigger_start - 160)
        head = text[lo:ev.trigger_start]
        end = ev.trigger_start - lo
        crossed = False
        if ev.lang == "ar" and not ev.source_code and not ev.source_country and ev.root not in _TOLD_ROOTS:
            cut = _comma_before(head, ev)
            if cut >= 0:   # (session 47: past a list's comma or an aside, for the announcer's subject only)
                head, end, crossed, reach = head[:cut], cut, True, _REACH_CROSSED
        # the words before the trigger, nearest first, each located as it is read: the walk stops at the first stop
        # word, so the words before it are never located (session 44, SPD44)
        for w in islice(reversed(head.split()), reach + 1):
            k = head.rfind(w, 0, end)
            end = k
            s, e = lo + k, lo + k + len(w)
            n = normalize(w.strip("\"«»")) if ev.lang == "ar" else w.lower()
            if not _STOP_MARKS.isdisjoint(w) or n in _STOPS:
                break
            k = bisect_right(starts, s)   # (the first trigger after s: one look, not a walk over every event)
            if k < len(starts) and starts[k] < ev.trigger_start and not crossed:
                break   # (another event's trigger between: the verb reports that one)
            bare = n[1:] if n[:1] in ("و", "ف") and n[1:] in verbs else n
            if bare in verbs:
                if not crossed:
                    ev.also_spans = sorted(set(ev.also_spans) | {(s, e)})
                if ev.lang == "ar" and not ev.source_code and not ev.source_country and ev.root not in _TOLD_ROOTS:
                    # (past the list's comma only the verb's own subject, right after it: "قرر المجلس تقديم شكوى ضد
                    # أنقرة، ومطالبة …" -- أنقرة is the first act's object)
                    _verb_subject(doc, ev, e, adjacent=crossed)
                elif ev.lang == "ar" and ":verb:" in ev.rule and ev.source_span and ev.source_span[0] >= ev.trigger_end:
                    _owner_subject(doc, ev, e)
                if listed_ref and crossed:
                    ev.historical = False   # (a later act of the announced list, read a reference in its own clause)
                if ordered_ref and not crossed and bare in sets["order"]:
                    ev.historical = False   # (the ordered act is told now, by its order)
                    ev.rule += ":ordered"
                break


_REACH_CROSSED = 16   # (a list's first act noun and its object between: "ضبط مستودع في الزرقاء يخزن أدوية …، والقبض")


def _comma_before(head: str, ev) -> int:
    """(session 47) The offset in ``head`` (the text before an Arabic act noun) of a comma right before the noun when
    the noun is joined by و after it -- the next act of an announcing verb's list ("أعلنت الشرطة الأردنية إحباط مخطط
    …، واعتقال 16 شخصا"; the earlier item's noun may be an event of its own) --, else -1.  The walk then reads the
    announcer's subject only: the verb is no evidence of the later noun (a reader points at the list's head)."""
    body = head.rstrip()
    return len(body) - 1 if body.endswith(("،", ",")) and ev.trigger[:1] == "و" else -1


def _noun_reading(ev, lex) -> bool:
    """(session 45) "أعلنت جامعة الدول العربية رفضها للخطوة": a verb-read Arabic trigger of one word, not joined by و /
    ف, that the lexicon also reads as a verbal noun of its code (رفضها: "rejected it" or "its rejection") is that noun
    when an announcing verb and its subject stand right before it -- a verb takes no verb as its object."""
    w = normalize(ev.trigger)
    if " " in w or w[:1] in ("و", "ف"):
        return False
    if ev.root in ("01", "02"):
        # (session 50: "دعوته" -- "his call" or "called him" -- an appeal or a statement word is reported by a
        # renewing verb only, kind renew: "وجدد الوزير دعوته المجتمع الدولي إلى …"; the lexicon has no noun row for it)
        return True
    return any(t.kind == "noun" and t.cameo == ev.cameo for t in lex.lookup(w))


def _owner_subject(doc, ev, verb_end: int) -> None:
    """(session 51, gapar51) "وجدد وزير الخارجية الأردني دعوته المجتمع الدولي إلى …": a verb-read word that is the
    reported noun (دعوته: "his call", not "called him") has its owner in its pronoun -- the reporting verb's subject,
    the first actor between the verb and the noun; the actor read after the word as a verb's subject is the noun's
    addressee, its target."""
    first = None
    for a in doc.actors:
        if not (a.code or a.country) or a.id == ev.source_actor_id:
            continue
        for s0, s1 in a.spans:
            if verb_end <= s0 and s1 <= ev.trigger_start and (first is None or s0 < first[1][0]):
                first = (a, (s0, s1))
    if first is None:
        return
    copy_side(ev, "target", ev, "source")
    fill_side(ev, "source", first[0], first[1])
    ev.rule += ":src-announcer-owner"


def _verb_subject(doc, ev, verb_end: int, adjacent: bool = False) -> None:
    """(session 44) "أصدرت الدائرة الجنائية في المحكمة الابتدائية بتونس فجر السبت أحكاما بالسجن": a source-less act
    noun takes its announcing verb's subject, the first actor between the verb and the noun (Arabic VSO), when that
    actor is no side of the noun already."""
    first = None
    for a in doc.actors:
        if not (a.code or a.country) or a.id == ev.target_actor_id:
            continue
        for s0, s1 in a.spans:
            if verb_end <= s0 and s1 <= ev.trigger_start and (first is None or s0 < first[1][0]):
                first = (a, (s0, s1))
    if first is not None and adjacent and doc.text[verb_end:first[1][0]].strip():
        return   # (``adjacent``: the actor must stand right after the verb)
    if first is not None:
        fill_side(ev, "source", first[0], first[1])
        ev.rule += ":src-announcer"
