"""A judgement on an agreement noun: its target is the agreement's parties (session 19, B6AC).

"وقعت حركتا فتح وحماس … إعلانا للمصالحة … ورحبت جامعة الدول العربية ومصر بإعلان الجزائر"، "وقعت تونس والاتحاد الأوروبي
مذكرة تفاهم … وانتقد نواب في البرلمان الأوروبي المذكرة": a welcome, praise, criticism or rejection (roots 05, 11, 12; a
verb) with no target whose object -- after the verb and its subject (actor words, و and a member's preposition), with or without ب -- is an
agreement noun of ``agreement_object.tsv`` names the agreement signed earlier in the story (the nearest earlier
signing, CAMEO 057).  The judgement's target is each party of that signing (its sources and targets) other than the
judge itself: one event toward the first party -- for a welcome / praise (root 05) since session 21 (B8AR; the gold
files' convention), for a criticism or rejection (11, 12) since session 41 (PREC41); the fan-out to each party stays
for any other root.  No earlier signing, or a noun after other
words, leaves the reading unchanged.  Rule marker ``:tgt-parties``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from .pair_anaphora import pair_before
from .structure import copy_side, fill_side, kind_sets

_ROOTS = frozenset(("05", "11", "12"))
_WORD = re.compile(r"\S+")
_STRIP = "،,.;؛:!؟?\"'«»()“”"
SPAN = 80
# the words that may join the subject's actor words: و, and the preposition of a member of a body ("نواب في البرلمان
# الأوروبي", "lawmakers in the European Parliament"; the next word must again be an actor's or the noun)
_GLUE = frozenset(("و", "في", "عن", "من", "in", "of", "from", "and"))


def _statement_words() -> frozenset:
    return kind_sets("condemned_act.tsv", ("aside",))["aside"] | _JOINT


_JOINT = frozenset(("مشترك", "مشتركه"))


def _noun_after(doc, ev, nouns: frozenset, spans: list):
    """The match of the object noun (of ``nouns``) after the verb and its subject, or None; ``definite`` is set on
    the result when the noun refers back (Arabic ال-, English "the / this / that / its" before it)."""
    text = doc.text
    en = ev.lang == "en"
    det = False
    last = None
    for last in _WORD.finditer(text, ev.trigger_start, ev.trigger_end):
        pass
    if last is not None and last.start() > ev.trigger_start and not en:
        # (session 38) the object noun inside a multi-word trigger: "صادقت الحكومة الإسرائيلية صباح أمس على الاتفاق"
        form = normalize(last.group().strip(_STRIP))
        if form in nouns:
            return last, form.startswith("ال")
    for m in _WORD.finditer(text, ev.trigger_end, min(ev.sentence_end, ev.trigger_end + SPAN)):
        raw = m.group()
        word = raw.strip(_STRIP)
        form = word.lower() if en else normalize(word)
        if en and form in ("the", "this", "that", "its"):
            det = True
            continue
        if not en and form[:1] in ("ب", "و") and form[1:] in nouns:
            form = form[1:]
        if form in nouns:
            return m, (det if en else form.startswith("ال"))
        det = False
        if not any(s < m.end() and m.start() < e for s, e in spans) and form not in _GLUE \
                and not (not en and form in _statement_words()):
            return None   # (an Arabic "in a (joint) statement" may stand between: "في بيان مشترك بالاتفاق", s35)
        if raw[-1:] in _STRIP and raw[-1:] not in "\"'«»“”":
            return None
    return None


def _refers_back(text: str, m, en: bool) -> bool:
    """The noun ends its clause or is followed by a word that is no actor's or "between" (the act of a named
    agent, "the decision of the council", "القرار الأممي" is another's): nothing but punctuation, و / and, or a
    word of the clause's next part follows (the noun is read as the story's own act)."""
    raw = m.group()
    if raw[-1:] in _STRIP:
        return True
    nxt = text[m.end():m.end() + 20].split(None, 1)
    if not nxt:
        return True
    w = nxt[0].strip(_STRIP)
    w = w.lower() if en else normalize(w)
    return w in _CLAUSE_NEXT.get("en" if en else "ar", ())


# words after the noun that open the next part of the sentence (the noun refers back): "بالقرار، وأعربت"، "بالخطوة
# التي"، "the move, saying"
_CLAUSE_NEXT = {"ar": frozenset(("و", "التي", "الذي", "مؤكدا", "مؤكدة", "معتبرا", "معتبرة", "واصفا", "واصفة")),
                "en": frozenset(("and", "as", "saying", "which", "that"))}


_BETWEEN = {"ar": "بين", "en": "between"}
# "بالاتفاق بين البلدين"، "the deal between the two countries": the pair words after "between" (the story's pair)
_PAIR_AFTER = re.compile(r"\s+(?:بين\s+(?:البلدين|الطرفين|الجانبين|الحكومتين|الدولتين)"
                         r"|between\s+(?:the\s+two|both)\s+(?:countries|governments|sides|neighbours|neighbors|nations))"
                         r"(?=[\s،,.;؛]|$)", re.I)


def _between_pair(text: str, m, lang: str) -> bool:
    return _PAIR_AFTER.match(text, m.end()) is not None


_RELATIVE = frozenset(("الذي", "التي"))
_BY_IT = frozenset(("بموجبه", "بموجبها", "فيه", "فيها"))


def _between(doc, m, ev) -> list:
    """The parties named after the noun: "بين X وY" / "between X and Y" (actors of two different countries right
    after "between", joined by و / and), or the two subjects of a relative clause on the noun ("الاتفاق الذي أعلنت
    بموجبه X وY"), as [(actor, span), …]; [] otherwise."""
    text = doc.text
    nxt = text[m.end():m.end() + 12].split(None, 1)
    if not nxt:
        return []
    if nxt[0] in _RELATIVE and ev.lang == "ar":
        # "رفضت القيادة الاتفاق الذي أعلنت بموجبه الإمارات وإسرائيل تطبيع العلاقات": the relative clause's verb (and
        # بموجبه / فيه) then the two parties, its subjects (session 36)
        ws = text[m.end():m.end() + 60].split()
        k = 2 + (1 if len(ws) > 2 and normalize(ws[2]) in _BY_IT else 0)
        if len(ws) <= k:
            return []
        start = m.end() + text[m.end():].find(ws[k - 1]) + len(ws[k - 1])
    elif nxt[0].lower() != _BETWEEN.get(ev.lang):
        return []
    else:
        start = m.end() + text[m.end():].find(nxt[0]) + len(nxt[0])
    found = sorted((sp[0], sp[1], a) for a in doc.actors if a.country for sp in a.spans
                   if start <= sp[0] < min(ev.sentence_end, start + 60))
    if len(found) < 2 or text[start:found[0][0]].strip():
        return []
    (s1, e1, a), (s2, e2, b) = found[0], found[1]
    glue = text[e1:s2].strip().lower()
    if a.country == b.country or glue not in ("و", "and") or a.country == ev.source_country \
            or b.country == ev.source_country:
        return []
    return [(a, (s1, e1)), (b, (s2, e2))]


_AUTHOR_ROOTS = frozenset(("11", "12"))


def _author_target(doc, ev, events) -> None:
    """(session 38) "ودانت الولايات المتحدة القرار"، "رفضت وزارة الخارجية الهندية الخطوة"، "رفضت الخارجية التركية البيان":
    a criticism or rejection of a definite decision, step or statement noun (``agreement_object.tsv`` kinds act and
    said) with no target is aimed at its author: the story's own act -- the source of the lead's first act (else the
    headline's), when it is another side than the critic's (the nearest earlier act had named a bystander).  Rule
    marker ``:tgt-decision-author``."""
    ante = None
    lead = None
    for kind in ("body", "title"):
        for e in sorted(events, key=lambda x: x.trigger_start):
            if e is ev or e.segment_kind != kind or e.trigger_start >= ev.trigger_start or e.root == "01" \
                    or e.rule.endswith("quote-statement") or e.lang != ev.lang or not e.source_code:
                continue
            if lead is None and kind == "body":
                lead = e.sentence
            if kind == "body" and e.sentence != lead:
                break
            if (e.source_country and e.source_country != ev.source_country) or (
                    not e.source_country and (e.source_code or "")[:3] == "IGO" and e.source_code != ev.source_code):
                ante = e
                break
        if ante is not None:
            break
    if ante is not None:
        copy_side(ev, "target", ante, "source")
        ev.target_span = None
        ev.rule += ":tgt-decision-author"


_AUTHOR_REACH = 1500   # characters back to the noun told with its author ("قرار الحكومة": the paragraphs before)


_DRAFT = frozenset(("مشروع", "لمشروع", "بمشروع", "ومشروع"))


def _named_author(doc, ev, noun: str, drafts: bool = True) -> bool:
    """(session 43) "… احتجاجا على قرار الحكومة.  ورفض الأمين العام للحزب القرار": the definite noun names back the
    nearest earlier telling of the same noun with its author as its genitive (قرار الحكومة، بقرار مجلس الوزراء) -- that
    actor, not the lead's, is the target (also one of the critic's own country: a party against its government).  True
    when such an author was found and set (rule marker ``:tgt-decision-named``)."""
    if not noun.startswith("ال") or len(noun) < 4:
        return False
    bare = noun[2:]
    text = doc.text
    lo = max(0, ev.sentence_start - _AUTHOR_REACH)
    best = None
    for m in _WORD.finditer(text, lo, ev.trigger_start):
        form = normalize(m.group().strip(_STRIP))
        if form != bare and not (form[:1] in ("ب", "و", "ل") and form[1:] == bare):
            continue
        before = text[max(lo, m.start() - 12):m.start()].split()
        if not drafts and before and normalize(before[-1]) in _DRAFT:
            continue   # (session 54: "مشروع قرار أميركيا": a draft's sponsor; the welcomed resolution is the forum's)
        nxt = m.end() + 1
        for a in doc.actors:
            if a.code and a.code != ev.source_code and any(s == nxt for s, _ in a.spans):
                best = (a, next((s, e) for s, e in a.spans if s == nxt))
                break
    if best is None:
        return False
    fill_side(ev, "target", best[0], best[1])
    if not ev.target_country and ev.target_code == "GOV":
        # a bare "الحكومة" is the dateline country's (the home-country pass has run before this stage's step)
        from ..geo.locate import dateline_place
        dl = dateline_place(doc)
        if dl is not None and dl.country:
            ev.target_country, ev.target_code = dl.country, dl.country + "GOV"
    ev.rule += ":tgt-decision-named"
    return True


def _party_key(e, side):
    return getattr(e, f"{side}_country") or getattr(e, f"{side}_code")


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def apply(doc, events: list) -> None:
    cands = [ev for ev in events if ev.root in _ROOTS and not ev.target_code and ev.source_code
             and ":verb:" in ev.rule and ev.lang in ("ar", "en")]
    if not cands:
        return
    kinds = kind_sets("agreement_object.tsv", ("noun", "act", "said"), by_lang=True)
    added = []
    told: list = []   # the parties named with the last agreement noun (_between)
    every = None   # the document's actor spans by start, sorted once (not a walk over every span per candidate)
    for ev in cands:
        k = kinds.get(ev.lang, {})
        nouns = k.get("noun", frozenset()) | k.get("act", frozenset()) | k.get("said", frozenset())
        if not nouns:
            continue
        if every is None:
            every = sorted((s, e) for a in doc.actors for s, e in a.spans)
            starts = [s for s, _ in every]
        # the spans starting in [trigger end, trigger end + SPAN) (_noun_after only asks whether one overlaps)
        spans = every[bisect_left(starts, ev.trigger_end):bisect_left(starts, ev.trigger_end + SPAN)]
        found = _noun_after(doc, ev, nouns, spans)
        if found is None:
            continue
        m, definite = found
        raw = m.group().strip(_STRIP)
        form = raw.lower() if ev.lang == "en" else normalize(raw)
        bare = form[1:] if form[:1] in ("ب", "و") and (form[1:] in k.get("act", ()) or form[1:] in k.get("said", ())) \
            else form
        act = bare in k.get("act", ())
        if ev.root in _AUTHOR_ROOTS and definite and (act or bare in k.get("said", ())) and (
                ev.lang == "ar" or bare in k.get("said", ())):   # (English: the statement nouns only, session 39)
            if not (ev.lang == "ar" and _named_author(doc, ev, bare)):
                # "ودانت الولايات المتحدة القرار"، "رفضت الخارجية التركية البيان" (s38)
                _author_target(doc, ev, events)
            continue
        if ev.root == "05" and ev.lang == "ar" and definite and act and _named_author(doc, ev, bare, drafts=False):
            continue   # session 54 (GAPAR54B): "رحبت مصر بقرار كندا …  ورحبت قطر بالقرار": a welcome of the definite
            # decision / step told before with its author as genitive is aimed at that author, as a rejection is (s43)
        if bare in k.get("said", ()):
            continue   # (a statement noun names no agreement)
        signings = [e for e in events if e.cameo == "057" and e.trigger_start < ev.trigger_start and not e.negated
                    and (e.source_code or e.target_code)]   # (a bare "قبل توقيع المذكرة" names no party)
        named = _between(doc, m, ev)
        if named:   # (session 20, B7SH) "رحب … بالاتفاق بين البحرين وقطر", "welcomed the deal between Peru and Chile"
            _fan_out(ev, named, added, lambda dst, item: fill_side(dst, "target", *item))
            told = named
            continue
        if told and definite and not signings:
            # "رفضت القيادة الاتفاق الذي أعلنت بموجبه الإمارات وإسرائيل … أدانت حركة حماس الاتفاق": the definite
            # noun names back the agreement whose parties the story named with it (session 36)
            own = {ev.source_country, ev.source_code} - {None}
            rest = [item for item in told if item[0].country not in own]
            if rest:
                _fan_out(ev, rest, added, lambda dst, item: fill_side(dst, "target", *item))
            continue
        if signings and not act:
            # the nearest signing between two named parties, told as a current act: not one party's approval ("صادقت
            # الحكومة الإسرائيلية على الاتفاق") nor a welcome's own "بتوقيع الاتفاق" told after it (session 37)
            signings = [e for e in signings if e.source_code and e.target_code and not e.historical] or signings
            last = max(e.trigger_start for e in signings)
            signings = [e for e in signings if e.trigger_start == last]
        elif definite and ev.root == "05" and (_refers_back(doc.text, m, ev.lang == "en")
                                               or _between_pair(doc.text, m, ev.lang)):
            # (session 20, B7SH) no signing told before, or a decision / step / reconciliation: the definite noun
            # names the story's own act back -- the pair of the nearest earlier event between two countries (or
            # the story's dyad, ``pair_anaphora.pair_before``): "أعلنت البحرين وقطر استئناف العلاقات … وأشادت
            # السعودية بالقرار"
            # only a welcome / praise (root 05; "Aid groups criticised the decision" after "Chad closed its border"
            # is one side's act), and only the pair of the two sentences before (the act just told)
            ante = pair_before(events, ev, 2)
            signings = [ante] if ante is not None and ante.sentence >= ev.sentence - 2 \
                and ante.root not in _JUDGED_NO_DECISION else []
        else:
            continue
        if not signings:
            continue
        own = {ev.source_country, ev.source_code} - {None}
        if ev.root in ("11", "12") and ev.source_country and any(
                ev.source_country in (e.source_country, e.target_country) for e in signings):
            continue   # (session 38: "هاجم زعيم المعارضة الإسرائيلية الاتفاق": a party's own critic judges his own
            # side's deal, not the other party)
        parties: list = []   # (event, side) of each party, in order
        seen: set = set()
        for e in signings:
            for side in ("source", "target"):
                k = _party_key(e, side)
                if k and k not in seen and k not in own:
                    seen.add(k)
                    parties.append((e, side))
        _fan_out(ev, parties, added, lambda dst, item: copy_side(dst, "target", item[0], item[1]))
    events.extend(added)


# (session 21, B8AR) roots whose judgement of an agreement is ONE event with the first party as target, not one per
# party: a welcome / praise.  Every gold file codes it so ("A welcome or praise of an agreement between two countries
# takes either party as target": blind_s19 .. blind_s21; articles_ar, blind_s14, blind_s15, blind_s17 one event
# each, target "*" or one party); the copy toward the second party was counted an extra.  Session 41 (PREC41): a
# criticism or rejection too (roots 11, 12: "رفضت القيادة الفلسطينية الاتفاق"، "أدانت حركة حماس الاتفاق" after the
# UAE-Israel deal, blind_s58: the gold codes one event toward the first party; 3 copies extra in-sample, none matched).
ONE_TARGET_ROOTS = frozenset(("05", "11", "12"))
# (session 45) a rejection, criticism or threat told just before -- "ورفضت الجبهة القرار، متهمة واشنطن …  ورحبت
# فرنسا وإسبانيا بالقرار" -- is no decision a welcome names back: its pair is no target (a congratulation between the
# two parties still is: "هنأه على الخطوة … وأشادت السعودية بالقرار")
_JUDGED_NO_DECISION = frozenset(("11", "12", "13"))


def _fan_out(ev, items, added, write) -> None:
    """One event per party: ``ev`` itself for the first item, a copy (added to ``added``) for each other; ``write``
    gives the copy its target from the item.  A welcome / praise (:data:`ONE_TARGET_ROOTS`): ``ev`` only, toward the
    first party."""
    if ev.root in ONE_TARGET_ROOTS:
        items = items[:1]
    for n, item in enumerate(items):
        dst = ev
        if n:
            dst = replace(ev, id=stable_id(ev.id, "parties", str(n)))
            dst.plover_context = list(ev.plover_context)
            added.append(dst)
        write(dst, item)
        dst.rule = ev.rule.replace(":tgt-parties", "") + ":tgt-parties"
