"""A condemnation of a definite act noun told earlier in the article: its target is that act's author (session 17, B4AC).

"ودانت حكومة الإقليم الهجوم في بيان"، "وأدانت ألمانيا وهولندا الهجمات"، "Chile and Peru also condemned the raid": the
condemnation (root 11, a verb) has no target; its object, after the verb and its subject (VSO: the actor words and
the conjunction between them are skipped), is a definite act noun of ``condemned_act.tsv`` (الهجوم، الغارات، القصف, the
raid, the strikes …) that names an act of the story.  Its target is, first, the target of the nearest earlier
condemnation of the same noun ("The OAS condemned the raid …  Chile also condemned the raid"), else the source of the
nearest earlier asserted attack (roots 18-20) by another side at most :data:`BACK` sentences before
(``condemned_attack.nearest_attack``).  The noun coded as an act of its own (no source) is that earlier act, not a
new one: it is dropped.  With neither the reading is unchanged.  Complements ``condemned_attack`` (the noun right
after the verb, coded as a noun event) and ``english.object_author`` (the English noun of a trigger word of the act,
five sentences back).  Rule marker ``:tgt-act``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .condemned_attack import nearest_attack
from .structure import clear_side, copy_side, fill_side, head_end, kind_sets, sorted_actor_spans, spans_starting

BACK = 6          # sentences
SPAN = 90         # characters after the verb in which the noun is looked for
_WORD = re.compile(r"\S+")
_STRIP = "،,.;؛:!؟?\"'«»()“”"
_CONJ_EN = frozenset(["and", "also", "strongly", "both", "jointly", "swiftly", "on", "have", "has", "had"])
_ATTACK = frozenset(["18", "19", "20"])
_AR_CLASS = {"ه": "[هة]", "ا": "[اأإآ]", "ي": "[يى]"}   # the normalised letters back to the text's spellings
_POSSESSED = re.compile(r"['’]s\s+(?:territorial\s+)?(\w+)")   # "Qatar's sovereignty", "Qatar's territorial integrity"
_ARMED = frozenset(["REB", "INS", "UAF", "SEP", "CRM"])   # armed groups: "another side" within one country


def _kinds() -> dict:
    return kind_sets("condemned_act.tsv", ("act", "frame", "author", "aside", "story", "opener", "coup", "decision",
                                           "sanction_ref", "wreck", "attempt", "launch", "seizure", "modifier", "victim_of",
                                           "sovereignty"),
                     by_lang=True)


def _clause_author(doc, ev, authors: frozenset):
    """"نددت المنظمة بعمليات طرد جماعية قالت إن قوات الأمن التونسية نفذتها": the actor between إن and a verb of
    ``authors`` (the relative clause after the condemned noun, :data:`SPAN` characters after the verb) -- the act's
    author -- as (actor, span), or None (session 19, B6AC)."""
    text = doc.text
    limit = min(ev.sentence_end, ev.trigger_end + SPAN + 40)
    seg = normalize(text[ev.trigger_end:limit])   # (once, not once per author verb: session 32, SPD32)
    if not any(a in seg for a in authors):
        return None
    for a in doc.actors:
        if not a.country:
            continue
        for s, e in a.spans:
            if not (ev.trigger_end < s < limit):
                continue
            before = text[max(ev.trigger_end, s - 4):s].split()
            after = text[e:limit].split()
            if before and normalize(before[-1]) in ("ان", "انه") and after \
                    and normalize(after[0].strip(_STRIP)) in authors:
                return a, (s, e)
    return None


def _object_noun(doc, ev, nouns: frozenset, spans: list, frames: frozenset = frozenset(),
                 asides: frozenset = frozenset(), openers: frozenset = frozenset(), attempts: frozenset = frozenset(),
                 modifiers: frozenset = frozenset()):
    """(start, end, form) of the act noun that is ``ev``'s object, or None.  Between the verb and the noun only actor
    words (its subject), the Arabic conjunction و before one, and in English the article / a few adverbs; or the words
    of a "what it called" frame (``frames``, session 19: "بما وصفته بالمجزرة", "what it called a massacre"), after
    which the noun may carry ب and need not be definite; "in a statement" (``asides``) may stand before such a frame only;
    the words of a coordination's opener (``openers``: "أدانت كل من السعودية وقطر الهجوم", session 25) right after the
    verb, before its subject.  (Session 34) "in a statement" and a time ("وأدانت إيكواس في بيان مساء أمس") may also stand
    before a bare noun, and an attempt word before a coup noun is passed over (``attempts``: "محاولة الانقلاب").
    (Session 37) An English modifier right after "the" (``modifiers``: "the forced landing") may stand before the noun."""
    text = doc.text
    limit = min(ev.sentence_end, ev.trigger_end + SPAN)
    en = ev.lang == "en"
    framed = aside = stated = modified = False
    opening = True   # no word but an opener's read yet
    opened = False   # (after one, a country's name read as a place is a conjunct too: "كل من الأردن ومصر")
    first = ev.trigger.split(None, 1)[0] if " " in ev.trigger else ""
    # (a label trigger spans its object: "called the kidnapping a serious violation", "ووصف بوتين إسقاط الطائرة بأنه
    # طعنة" -- the scan starts after its first word, session 34)
    for m in _WORD.finditer(text, ev.trigger_start + len(first) if first else ev.trigger_end, limit):
        raw = m.group()
        word = raw.strip(_STRIP)
        form = word.lower() if en else normalize(word)
        if en and form == "the":
            continue
        if form in nouns and (framed or not en or text[max(0, m.start() - 4):m.start()].lower() == "the "
                              or modified) and not (aside and not framed and not stated):
            return m.start(), m.end(), form
        modified = en and form in modifiers and text[max(0, m.start() - 4):m.start()].lower() == "the "
        if modified:
            continue   # "condemned the forced landing" (session 37 GAPEN37)
        if not en and form[:1] == "ب" and form[1:] in nouns and (framed or not aside):
            return m.start(), m.end(), form[1:]   # ("ونددت مصر بالهجوم": the verb's ب-object too, session 41)
        if form in frames and (framed or form in ("بما", "what")):
            framed = True
            continue
        if not framed and form in asides:
            aside = True
            stated = stated or form != "في"
            continue
        if form in attempts and not framed:
            continue   # "محاولة الانقلاب": the attempted coup
        if (stated or not en) and any(t.start <= m.start() < t.end for t in doc.timerefs):
            continue   # "في بيان مساء أمس": the statement's time; "ودانت إيران اليوم الاغتيال" (session 46, gapar46)
        if opening and form in openers:
            opened = True
            continue
        opening = False
        covered = any(s < m.end() and m.start() < e for s, e in spans) or (opened and any(
            p.precision == "country" and p.start < m.end() and m.start() < p.end for p in doc.places))
        if not covered and not (en and form in _CONJ_EN):
            return None
        if raw[-1:] in _STRIP and raw[-1:] not in "\"'«»“”" and not (raw[-1:] == ")" and raw[:1] == "("):
            return None   # (a subject's abbreviation in brackets, "المجموعة الاقتصادية لدول غرب إفريقيا (إيكواس)", goes on)
    return None


def _authored(e) -> bool:
    return bool(e.source_code and e.source_country)


def _named_attack(doc, ev, events, form: str):
    """The nearest earlier attack (roots 18-20, asserted, by another side) told in a sentence that names the noun itself
    (its indefinite form: "في هجوم شنه مقاتلو الحركة" … "ودان الرئيس الهجوم"); an armed group of the condemner's own
    country (REB, INS, UAF …) is another side here.  The whole article before: the noun names the act.  None when no
    such sentence holds one."""
    bare = form[2:] if form.startswith("ال") else form
    pat = re.compile(r"(?<![\w])(?:[وفبل]?(?:ال)?)" + "".join(_AR_CLASS.get(c, re.escape(c)) for c in bare)
                     + r"(?![\w])") if ev.lang == "ar" else re.compile(r"\b" + re.escape(bare) + r"\b", re.I)
    hit: dict = {}
    ante = None
    for e in events:
        if e is ev or e.root not in _ATTACK or e.negated or e.modality != "asserted" or not _authored(e) \
                or e.trigger_start >= ev.trigger_start or e.source_code == ev.source_code \
                or (e.source_country == ev.source_country and (e.source_role or "") not in _ARMED):
            continue
        if e.sentence not in hit:
            hit[e.sentence] = pat.search(doc.text, e.sentence_start, min(e.sentence_end, ev.trigger_start)) is not None
        if hit[e.sentence] and (ante is None or e.trigger_start > ante.trigger_start):
            ante = e
    return ante


def _seizure(ev, events, cameo: str = "1711", back: int = 0):
    """"Army officers said they had seized power …  France condemned the takeover": the nearest earlier asserted,
    not negated seizure (1711: "seized power") or attack (roots 18-20) by a side of another country than the
    condemner's, anywhere before -- a coup is the story's act (kind ``coup`` of ``condemned_act.tsv``; session 30,
    lead).  With ``cameo`` 1712 and ``back`` sentences (kind ``wreck``: "North Korea blew up the liaison office …
    Seoul condemned the demolition"): the nearest destruction of property or attack (session 32 FIXEN); with ``cameo`` 15
    (kind ``launch``: "North Korea fired an intercontinental ballistic missile …  Seoul condemned the launch"): the nearest
    show of force or attack (session 34).  ``cameo`` is a code prefix."""
    ante = None
    for e in events:
        if e is ev or not (e.cameo.startswith(cameo) or e.root in _ATTACK) or e.negated or e.modality != "asserted" \
                or not _authored(e) or e.trigger_start >= ev.trigger_start or e.source_country == ev.source_country \
                or (back and e.sentence < ev.sentence - back):
            continue
        if ante is None or e.trigger_start > ante.trigger_start:
            ante = e
    return ante


def _told_decision(ev, events):
    """"Seoul said it would end the intelligence-sharing pact …  Tokyo denounced the decision": the nearest earlier
    asserted, not negated reduction of relations or coercive act (roots 16, 17; :data:`_DECISION_ROOTS`, as the Arabic
    "القرار" alone) by a side of another country, at most :data:`BACK` sentences before (session 34 gapen34)."""
    ante = None
    for e in events:
        if e is ev or e.root not in _DECISION_ROOTS or e.negated or e.historical or not _authored(e) \
                or e.trigger_start >= ev.trigger_start or e.source_country == ev.source_country \
                or e.sentence < ev.sentence - BACK:
            continue
        if ante is None or e.trigger_start > ante.trigger_start:
            ante = e
    return ante


_BORROWED = (":src-prev-country", ":src-subject-back")   # a source country read from the sentence before


def _victim_source(ev, events) -> None:
    """"Ukrainian drones struck a refinery in southern Russia.  The foreign ministry condemned the attack.": a
    condemnation of an act noun whose country-less subject ("the foreign ministry") took the country of the sentence
    before (``english.role_subject_country``, ``definite_body.subject_ministry``) speaks for the side struck, not for
    the striker: when the nearest earlier asserted attack (roots 18-20, :data:`BACK` sentences) is by that very
    country against another, the source becomes the attack's target country (role kept) (session 21, GAPE)."""
    if not any(m in ev.rule for m in _BORROWED) or not ev.source_country:
        return
    ante = None
    for e in events:
        if e is ev or e.root not in _ATTACK or e.negated or e.modality != "asserted" \
                or not (ev.sentence - BACK <= e.sentence < ev.sentence):
            continue
        if ante is None or e.trigger_start > ante.trigger_start:
            ante = e
    if ante is None or ante.source_country != ev.source_country or not ante.target_country \
            or ante.target_country == ante.source_country:
        return
    role = (ev.source_code or "")[3:]
    ev.source_country, ev.source_code = ante.target_country, ante.target_country + role
    ev.rule += ":src-victim"


_SKIP_AR = frozenset(["في", "بيان", "بشده", "بشدة", "امس", "اليوم", "هذه", "هذا", "تلك", "ذلك", "من", "ازاء", "حيال"])
# (demonstratives: s32; من / إزاء / حيال after a feeling, "أعرب عن صدمته من القرار": s34)
_STATE = frozenset(("GOV", "LEG", "JUD", "MIL", "COP"))
_DECISION_ROOTS = frozenset(("16", "17"))   # "القرار" alone: the last sanction / restriction told (event roots)


def _bare_ar(word: str) -> str:
    w = normalize(word.strip(_STRIP))
    for p in ("و", "ب", "ف", "ل"):
        if w.startswith(p) and len(w) > 4 and w[1:3] == "ال":
            w = w[1:]
            break
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    elif w[:1] == "ب" and len(w) > 4:
        w = w[1:]
    return w


def _noun_forms(b: str) -> set:
    """The forms under which a trigger's first word names its act as a noun: itself, and a Form I verb's perfect as
    its verbal noun (حظرت / الحظر, فرضت / فرض; a proclitic و dropped)."""
    out = {b}
    if b.endswith("ت") and len(b) > 3:
        out.add(b[:-1])
    if b[:1] == "و" and len(b) > 3:
        out.add(b[1:])
    return out


def _told_act_author(doc, ev, events, decisions=frozenset(), sanction_refs=frozenset(), every=None) -> None:
    """(session 31) "ونددت وزارة الخارجية المغربية في بيان باستقبال غالي" after "استقبل الرئيس التونسي زعيم
    البوليساريو": an Arabic condemnation with no target whose object (after its subject and "في بيان", with or without
    بـ) is the act noun of an event told before (the same word, article and بـ aside; the same sentence too) by
    another country or an IGO (session 32) -- or by its own state when another of its people speaks -- is aimed at
    that act's author;
    "قرار X" (cue ``decision``) names the act X, "القرار" alone the last sanction / restriction (16, 17) told.  A
    rejection (12: "ورفضت الجماعة قرار الحظر") too.  Rule marker ``:tgt-told-act``."""
    text = doc.text
    # (a description's trigger spans its object: "وصفت الرئاسة طرد السفير بأنه \"مؤسف\"" -- read after its first word,
    # past the time of the statement, "اليوم السبت"; session 46)
    at = head_end(ev)
    hi = min(ev.sentence_end, at + SPAN)
    spans = spans_starting(sorted_actor_spans(doc) if every is None else every, at, hi)
    spans += [(t.start, t.end) for t in doc.timerefs if at <= t.start < hi]
    after = []
    for m in _WORD.finditer(text, at, hi):
        if any(s0 <= m.start() < e0 for s0, e0 in spans) and not after:
            continue
        w = normalize(m.group(0).strip(_STRIP))
        if not after and (not w or w in _SKIP_AR):
            continue
        after.append(m.group(0))
        if len(after) == 2 or any(c in m.group(0) for c in _STRIP):
            break
    if not after:
        return
    word = _bare_ar(after[0])
    decision = word in decisions   # "ورفضت قرار الحظر": the decision's act is the next word; "القرار" alone: the
    if decision:                   # story's last decision (session 31)
        word = _bare_ar(after[1]) if len(after) > 1 and not any(c in after[0] for c in _STRIP) else ""
    elif normalize(after[0].strip(_STRIP)) in sanction_refs:
        decision, word = True, ""   # "تدين بشدة هذه العقوبات": the last sanction told (session 32)
    if len(word) < 3 and not decision:   # (three letters: "طرد السفير", session 46)
        return
    best = None
    for e in events:
        if e is ev or e.root in ("11", "12") or not (e.source_country or (e.source_code or "")[:3] == "IGO") \
                or e.trigger_start >= ev.trigger_start \
                or e.sentence < ev.sentence - BACK or e.lang != "ar" or e.negated or e.historical:
            continue
        if e.source_country == ev.source_country and (e.source_actor_id == ev.source_actor_id
                                                      or (e.source_role or "") not in _STATE):
            continue   # (the same country: only a state's act criticised by another of its people, "النائب السابق")
        if word:
            first = text[e.trigger_start:e.trigger_end].split()
            if not first or word not in _noun_forms(_bare_ar(first[0])):
                continue
        elif e.root not in _DECISION_ROOTS:
            continue
        if best is None or e.trigger_start > best.trigger_start:
            best = e
    if best is not None:
        copy_side(ev, "target", best, "source")
        ev.target_span = None
        ev.rule += ":tgt-told-act"


def _wronged_owner(text: str, ev, nouns: frozenset) -> bool:
    """Whether ``ev``'s target is the owner of a sovereignty / territory noun (``nouns``): the Arabic noun right before
    it ("لسيادة قطر"، "سيادة قطر"), the English one right after "X's" or before "of X" -- the wronged party of the
    condemned act, not its author (session 42)."""
    s, e = ev.target_span
    if ev.lang == "ar":
        before = text[max(0, s - 14):s].split()
        first = text[s:e].split(None, 1)
        if len(first) > 1:   # (the actor read with the noun: "[سيادة قطر]")
            before = first[:1]
        if not before:
            return False
        w = normalize(before[-1].strip(_STRIP))
        return w in nouns or (w[:1] in "لبو" and w[1:] in nouns) or (w[:2] in ("ول", "وب") and w[2:] in nouns)
    owned = _POSSESSED.match(text, e)
    if owned:
        return owned.group(1).lower() in nouns
    before = text[max(0, s - 20):s].lower().split()
    return len(before) >= 2 and before[-1] == "of" and before[-2].strip(_STRIP) in nouns


def apply(doc, events: list) -> list:
    rejects = [ev for ev in events if ev.root == "12" and ev.lang == "ar" and ":verb:" in ev.rule and ev.source_code
               and not ev.target_code and not ev.negated]
    if rejects:   # "ورفضت الجماعة قرار الحظر": the rejected decision's author (session 31)
        decisions = _kinds()["ar"]["decision"]
        for ev in rejects:
            _told_act_author(doc, ev, events, decisions, _kinds()["ar"]["sanction_ref"])
    cands = [ev for ev in events if ev.root == "11" or ev.root == "05" and (ev.lang == "en" or ev.cameo == "051")]
    # (session 37 GAPEN37: an English praise of a told act, "Erdogan praised the operation", names its author as the
    # condemnation does; session 46 gapar46: so does an Arabic welcome, "ورحبت وزارة الإعلام الصومالية بالغارة")
    if not cands:
        return events
    cands = [ev for ev in cands if ":verb:" in ev.rule and ev.source_code and ev.lang in ("ar", "en")]
    if not cands:
        return events
    kinds = _kinds()
    for ev in cands:
        if ev.target_span and not (ev.lang == "ar" and ev.root == "05") \
                and _wronged_owner(doc.text, ev, kinds[ev.lang]["sovereignty"]):   # (a welcome names no wronged owner)
            clear_side(ev, "target")
            ev.rule += ":tgt-wronged"
    every = sorted_actor_spans(doc)   # (each condemnation's actor words: a slice, s50)
    nouns = {lang: v["act"] | v["story"] | v["coup"] | v["wreck"] | v["launch"] | v["seizure"]
             | (v["decision"] if lang == "en" else frozenset()) for lang, v in kinds.items()}
    # (the Arabic decision words are _told_act_author's: "قرار X" names its act in the next word)
    objects: dict = {}   # id(condemnation) -> (start, end, form) of its act noun
    for ev in cands:
        forms = nouns.get(ev.lang)
        if forms:
            at = head_end(ev)
            spans = spans_starting(every, at, ev.trigger_end + SPAN)
            found = _object_noun(doc, ev, forms, spans, kinds[ev.lang]["frame"], kinds[ev.lang]["aside"],
                                 kinds[ev.lang]["opener"], kinds[ev.lang]["attempt"], kinds[ev.lang]["modifier"])
            if found is not None:
                objects[id(ev)] = found
        if ev.lang == "ar" and not ev.target_code and kinds["ar"]["author"]:
            got = _clause_author(doc, ev, kinds["ar"]["author"])
            if got is not None and got[0].country != ev.source_country:
                fill_side(ev, "target", got[0], got[1])
                ev.rule += ":tgt-clause-author"
    for ev in cands:
        if id(ev) in objects and ev.lang == "en" and not ev.target_country:
            _victim_source(ev, events)
        elif ev.lang == "ar" and not ev.target_code and id(ev) not in objects:
            _told_act_author(doc, ev, events, kinds["ar"]["decision"], kinds["ar"]["sanction_ref"], every)
    drop: set = set()
    for ev in cands:
        found = objects.get(id(ev))
        if found is None:
            continue
        n0, n1, form = found
        own = bool(ev.target_span) and (n0 <= ev.target_span[0] < n1 or (
            ev.lang == "ar" and 0 <= ev.target_span[0] - n1 <= 1 and (not ev.target_country or ":tgt-domestic" in ev.rule
                                                                    or form in kinds["ar"]["victim_of"])))
        # ("واستنكرت تركيا استهداف الوفد المفاوض": the genitive of a targeting noun is its victim, no side of the
        # condemnation; the attacker is, session 41)
        if ev.target_country and not ((":tgt-domestic" in ev.rule or ":tgt-home" in ev.rule
                                       or form in kinds[ev.lang]["victim_of"]) and own):
            continue   # (the noun itself read as MIL took the sentence's one country, "ودان رئيس الحكومة اللبنانية
            # الغارة": LBNMIL, the condemner's own army; it is replaced as the bare MIL is, session 27 B15AR2; so is one given
            # the story's home country: "ونددت الخارجية التركية بالغارات على دمشق" read SYRMIL, session 42)
        if ev.target_actor_id and not own:
            continue   # (a country-less target read from the noun itself, "الغارات" as MIL, is replaced; so is the
            # Arabic noun's country-less genitive: "وأدانت موسكو إسقاط الطائرة", session 34)
        ante = None
        for e in cands:   # "X condemned the raid …  Y also condemned the raid": the same act, the same author
            if e is ev or not e.target_country or e.target_country == ev.source_country \
                    or e.trigger_start >= ev.trigger_start or e.sentence < ev.sentence - BACK:
                continue
            if objects.get(id(e), (0, 0, ""))[2] == form and (ante is None or e.trigger_start > ante.trigger_start):
                ante = e
        if ante is not None:
            copy_side(ev, "target", ante, "target")
        elif ev.lang == "en" and form in kinds["en"]["decision"]:
            ante = _told_decision(ev, events)   # "Tokyo denounced the decision" (session 34 gapen34)
            if ante is None:
                continue
            copy_side(ev, "target", ante, "source")
        elif form in kinds[ev.lang]["coup"] or form in kinds[ev.lang]["wreck"] or form in kinds[ev.lang]["launch"] \
                or form in kinds[ev.lang]["seizure"]:
            k = kinds[ev.lang]
            ante = _seizure(ev, events) if form in k["coup"] else _seizure(ev, events, "171") if form in k["seizure"] \
                else _seizure(ev, events, "15" if form in k["launch"] else "1712", BACK)
            if ante is None and ev.lang == "ar" and form in k["seizure"]:
                # (session 46, gapar46) "اعترضت البحرية الإسرائيلية قوارب الأسطول …  ودان الوزير اعتراض القوارب": an
                # Arabic interception, detention or arrest noun names the nearest such act (root 17) told before
                ante = _seizure(ev, events, "17")
            # (a seizure, as a coup, is the story's act: the nearest one before, however far back)
            if ante is None:
                continue
            copy_side(ev, "target", ante, "source")
        else:
            story = form in kinds[ev.lang]["story"] or form in kinds[ev.lang]["victim_of"]
            # ("the uprising": the story's act, however far back, s24; "استهداف الوفد": the targeting told in the lead, s41)
            ante = _named_attack(doc, ev, events, form) \
                or nearest_attack(ev, events, ev.sentence if story else BACK, _authored,
                                  doc.text if ev.lang == "ar" else "")   # (a relative clause's attack last, s45)
            if ante is None:
                continue
            copy_side(ev, "target", ante, "source")
        ev.target_span = None
        ev.rule += ":tgt-act"
        drop.update(id(e) for e in events if e.sentence == ev.sentence and e.root in _ATTACK and not e.source_code
                    and n0 <= e.trigger_start < n1)
    return [e for e in events if id(e) not in drop] if drop else events
