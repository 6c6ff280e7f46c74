"""A statement, communique or meeting as the subject of an Arabic act: the issuer is the source (session 15, FIELD).

"وطالب البيان، الذي تلاه الأمين العام لجامعة الدول العربية، البلدين بضبط النفس": the statement demands nothing by
itself; its issuer does.  When the word right after an event's verb is a statement / body noun
(``statement_subject_ar.tsv`` kind ``noun``) and the event has no source, the source is (1) the actor of a relative or
issued-by clause after the noun (kind ``link``: الذي تلاه X، الصادر عن X), up to the next punctuation (an actor right
after that comma is the addressee, the target, when the event has none), else (2) the
source of the first verb act of the nearest earlier sentence (at most two back) that names such a statement ("دعا القادة
العرب في البيان الختامي لقمتهم …"): the one that issued it.  A statement with no issuer in reach keeps no source;
an event whose subject is an actor ("وطالب الوزير") is left alone.  The verb reading of طالب before these nouns is
``plural_heads.homograph_verb_next``.

English (``issuer_source_en``): "The statement, read by the secretary-general of the Arab League, urged Ethiopia to
…": a subject-less act whose clause opens with a statement noun (kind ``en_noun``) followed by ", read / issued … by X,"
(kind ``en_link``) takes X as its source; "The statement urged …" with no such participle stays without one.  Session 27
EN5: "The delegation, led / headed by X, met …" acts as X (without commas it was already read so); a mutual act (met,
held talks) so sourced gets its other direction, as one with a named subject.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import copy_side, fill_side, has_any, kind_sets, reversed_copy, start_index

_KINDS = ("noun", "link", "en_noun", "en_link")
_BACK = 3   # sentences back in which the issuing act is sought (2 before session 46)
_LIGHT = 1   # words between the closing comma and the act ("The delegation, led by X, held talks")


def _names_statement(doc, si: int, nouns: frozenset) -> bool:
    s = doc.sentences[si]
    return any(_statement_form(normalize(w.strip("،,.:\"«»()"))) in nouns for w in doc.text[s.start:s.end].split())


_OWNER_SUFFIXES = ("هما", "هم", "ها", "ه")
_NAMING_PREPS = frozenset({"في", "ب", "عبر", "ضمن", "خلال"})   # "وفي بيان صدر أمس، دعت الوزارة …": fronted, still hers


def _noun_key(w: str) -> str:
    """A statement noun's bare stem: "القرار"، "قرارا"، "قرارها" -> "قرار" (the article, the accusative alif, the
    owner's pronoun off)."""
    w = _statement_form(w)
    w = w[2:] if w.startswith("ال") else w
    return w[:-1] if w.endswith("ا") and len(w) > 3 else w


def _names_in_clause(doc, x, keys: set, key=None) -> bool:
    """(session 51, gapar51b) Whether act ``x``'s sentence names a statement noun of ``keys`` (stems, or what ``key``
    makes) in the act's own clause -- after its trigger ("اعتمد مجلس الأمن أمس قرارا"), or before it right after a
    preposition ("وفي قرار صدر أمس، دعا المجلس") -- not as the subject of another verb before it ("وجاء القرار، الذي
    صاغته فرنسا، ثمرة مفاوضات مع واشنطن التي كانت تطالب …": Washington demanded nothing in the resolution)."""
    s = doc.sentences[x.sentence]
    prev = ""
    for m in re.finditer(r"\S+", doc.text[s.start:s.end]):
        w = normalize(m.group().strip("،,.:\"«»()"))
        own_clause = s.start + m.start() > x.trigger_start or prev in _NAMING_PREPS
        if own_clause and (key or _noun_key)(_statement_form(w)) in keys:
            return True
        prev = w[1:] if w.startswith("و") and len(w) > 2 else w
    return False


def _statement_form(w: str) -> str:
    """A statement or meeting noun with an owner's pronoun as its definite form: "قمتهم" -> "القمه"، "اجتماعهم" ->
    "الاجتماع"، "بيانها" -> "البيان" ("دان القادة، في ختام قمتهم الطارئة، …": the sentence names the summit whose final
    statement is told after; session 46, gapar46); any other word as it is."""
    for suf in _OWNER_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3 and not w.startswith("ال"):
            stem = w[:-len(suf)]
            return "ال" + (stem[:-1] + "ه" if stem.endswith("ت") else stem)
    return w


def issuer_source(doc, words, args, evs: list, earlier: list) -> None:
    """Give the events whose subject is a statement noun the statement's issuer as source (see the module doc)."""
    L = kind_sets("statement_subject_ar.tsv", _KINDS)
    if not has_any(words, L["noun"]):
        return
    idx = start_index(words)
    for e in evs:
        if e.source_actor_id or ":verb:" not in e.rule:
            continue
        t = idx.get(e.trigger_start)
        if t is None:
            continue
        if t + 1 >= len(words) or words[t + 1].norm not in L["noun"]:
            if _joined_to_statement(words, t, L["noun"]):
                _earlier_issuer(doc, e, earlier, L["noun"], words[1].norm)
            continue
        end = next((j for j in range(t + 2, len(words)) if words[j].punct and j > t + 2), len(words))
        src = None
        link = next((j for j in range(t + 2, end) if words[j].norm in L["link"]), None)
        if link is not None and all(words[j].punct or _nisba(words[j].norm) for j in range(t + 2, link)):
            # (the relative clause on the statement noun itself, after its adjectives: "وطالب البيان، الذي تلاه X"،
            # "أدان المجلس الوزاري، الذي …"; not one on the object, "أدان المجلس أمس الحرب التي تشنها روسيا", s36)
            src = next((a for a in args if t + 2 <= a.i0 < end and a.actor.id != e.target_actor_id), None)
        if src is not None:
            fill_side(e, "source", src.actor, (src.start, src.end))
            e.rule += ":issuer"
            obj = next((a for a in args if a.i0 == end + 1 and not a.prep), None) if end < len(words) else None
            if obj is not None and not e.target_actor_id:
                fill_side(e, "target", obj.actor, (obj.start, obj.end))   # "…، إيران بوقف": the addressee
            continue
        # "وطالب المجلس الأعلى للقضاء …": a body with a name of its own (a ل-genitive) is no "مجلس الأمن" told before
        named = any(j < len(words) and (words[j].prefix.startswith("ل") or words[j].text.startswith("لل"))
                    for j in (t + 2, t + 3))
        _earlier_issuer(doc, e, earlier, L["noun"], words[t + 1].norm, stem=not named)


def _earlier_issuer(doc, e, earlier: list, nouns: frozenset, subject: str, stem: bool = True) -> None:
    """The source of the first verb act of the nearest earlier sentence (at most ``_BACK`` back) that names a statement
    or a meeting, else the speaker of such a sentence's quotation (:func:`_statement_speaker`).  (Session 51, gapar51b)
    A sentence naming the subject's own noun (:func:`_names_in_clause`: "اعتمد المجلس قرارا …" for "ويدعو القرار") comes
    before one naming another statement or body ("ورفضت الجزائر، العضو العربي في المجلس، …" in between); either
    names it in the issuing act's own clause, not as another verb's subject before it."""
    cands = [x for x in earlier if x.source_actor_id and ":verb:" in x.rule and e.sentence - _BACK <= x.sentence < e.sentence
             and x.source_actor_id != e.target_actor_id]
    key = _noun_key if stem else (lambda w: w)   # (by stem: "مجلس الأمن" for المجلس; else the exact forms)
    naming = [x for x in cands if _names_in_clause(doc, x, {key(subject)}, key)] \
        or [x for x in cands if _names_in_clause(doc, x, {key(n) for n in nouns}, key)]
    last = max((x.sentence for x in naming), default=None)
    prev = next((x for x in naming if x.sentence == last), None)   # that sentence's first verbal act naming it
    said = _stating_speaker(doc, e, prev, nouns) if prev is not None else None
    if said is not None:
        actor, span = said
        fill_side(e, "source", actor, span)
        e.rule += ":issuer-speaker"
        return
    if prev is not None:
        copy_side(e, "source", prev)
        e.rule += ":issuer"
        return
    q = _statement_speaker(doc, e, nouns)
    if q is not None:
        actor, span = q
        fill_side(e, "source", actor, span)
        e.rule += ":issuer-speaker"


def _stating_speaker(doc, e, prev, nouns: frozenset):
    """(session 50, gapar50) "وقال مكتب رئيس الوزراء في بيان إن الجيش هاجم … . واتهم البيان …": the sentence that names
    the statement tells it as a speaker's words, and its first verbal act (``prev``) stands inside the reported content:
    that act's subject (the army) is what the statement talks about, the speaker is who issued it.  The speaker of the
    quote holding ``prev`` whose statement noun stands between the speech verb and the content (the statement the
    speaker spoke in) -- an actor with a source of its own, not the event's target.  Returns (actor, span) or None."""
    q = next((q for q in doc.quotes if q.sentence == prev.sentence and q.speaker_actor_id
              and q.content_start <= prev.trigger_start < q.content_end), None)
    if q is None or q.speaker_actor_id in (prev.source_actor_id, e.target_actor_id):
        return None
    lo, hi = min(q.cue_start, q.speaker_start), q.content_start
    if not any(_statement_form(normalize(w.strip("،,.:\"«»()"))) in nouns for w in doc.text[lo:hi].split()):
        return None
    actor = next((a for a in doc.actors if a.id == q.speaker_actor_id), None)
    if actor is None or not actor.code:
        return None
    return actor, (q.speaker_start, q.speaker_end)


def _joined_to_statement(words, t: int, nouns: frozenset) -> bool:
    """(session 38) "وقال البيان الختامي إن …، وطالب طهران بالكف عن …": a verb joined by و after a comma in a sentence
    that opens with a verb whose subject is a statement noun shares that subject."""
    if not words[t].prefix.startswith("و") or t < 3 or not (words[t - 1].punct and words[t - 1].text in ("،", ",")):
        return False
    return len(words) > 1 and words[1].norm in nouns and not words[0].punct


def _nisba(norm: str) -> bool:
    """A definite nisba adjective ("الوزاري"، "الختامي"، "المشتركة")."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه"))


def _statement_speaker(doc, e, nouns: frozenset):
    """(session 18) "وقالت الوزارة في بيان إن … . وطالب البيان الحكومة التركية بـ …": the statement's sentence holds no
    coded act with a source (its content is about another side), but its speech verb has a speaker: the actor of the
    nearest quotation (at most ``_BACK`` sentences back) whose sentence names a statement noun, when it is an actor of a
    country other than the event's target's.  Returns (actor, span) or None."""
    best = None
    for q in doc.quotes:
        if not q.speaker_actor_id or not (e.sentence - _BACK <= q.sentence < e.sentence):
            continue
        if best is None or q.sentence > best.sentence:
            if _names_statement(doc, q.sentence, nouns):
                best = q
    if best is None:
        return None
    actor = next((a for a in doc.actors if a.id == best.speaker_actor_id), None)
    if actor is None or not actor.country or actor.id == e.target_actor_id or actor.country == e.target_country:
        return None
    return actor, (best.speaker_start, best.speaker_end)


# the words (data file, kind) one of which a sentence must hold for ``issuer_source_en`` and
# ``opening_document_en`` to act: the events stage tests them with its neighbours' in one set test a sentence
# (s42 SPD42)
EN_ISSUER_WORDS = ("statement_subject_ar.tsv", "en_noun")


def issuer_source_en(words, args, evs: list) -> list:
    """English: the issuer in ", read by X," after a statement subject is the source; the leader in "The delegation,
    led by X," too; a mutual act so sourced gets its other direction (see the module doc)."""
    L = kind_sets("statement_subject_ar.tsv", _KINDS)
    if not args or not has_any(words, L["en_noun"]) or not has_any(words, L["en_link"]):
        return evs
    idx = start_index(words)
    more = []
    for e in evs:
        if e.source_actor_id:
            continue
        t = idx.get(e.trigger_start)
        if t is None:
            continue
        n = next((j for j in range(t - 1, -1, -1) if words[j].norm in L["en_noun"]), None)
        if n is None or n + 3 >= t or words[n + 1].text != "," or words[n + 2].norm not in L["en_link"] \
                or words[n + 3].norm != "by":
            continue
        # the closing comma right before the act, or before its light verb ("…, held talks"; at most _LIGHT words)
        c = next((j for j in range(t - 1, max(n + 3, t - 2 - _LIGHT), -1) if words[j].text == ","), None)
        if c is None or any(w.punct for w in words[c + 1:t]):
            continue
        src = next((a for a in reversed(args) if n + 3 < a.i0 < c), None)   # (the body of "the secretary-general of X")
        if src is None or src.actor.id == e.target_actor_id:
            continue
        fill_side(e, "source", src.actor, (src.start, src.end))
        e.rule += ":issuer"
        if ":mutual" in e.rule and e.target_actor_id:
            more.append(reversed_copy(e, "issuer-back"))
    return evs + more if more else evs


_EN_OPENERS = frozenset(("the", "their", "its", "his", "her", "a", "final", "joint", "closing", "draft", "new", "latest",
                         "non-binding", "nonbinding", "brief", "written"))


def opening_document_en(doc, words, args, evs: list, earlier: list) -> None:
    """(session 39) "The resolution, adopted by 143 votes to five, … demands that Russia reverse …", "Their final
    statement condemned …": a verbal act (roots 01-13) with no source in a sentence that opens with a statement noun
    (kind ``en_noun``, after at most three determiners / adjectives, no actor before it) and no bare actor between that
    noun and the act is its issuer's: the source of the first verb act with a source in the nearest earlier sentence
    (at most two back), as :func:`_earlier_issuer` does for Arabic; with none, the organisation that opens the sentence
    before ("The Security Council voted on Friday to extend the mission.  The resolution … demands …")."""
    L = kind_sets("statement_subject_ar.tsv", _KINDS)
    n = next((j for j in range(min(4, len(words))) if words[j].norm in L["en_noun"]), None)
    if n is None:
        return
    if any(words[j].norm not in _EN_OPENERS and not (0 < j and words[n].norm in _SUMMIT_TEXTS
                                                     and words[j].text[:1].isupper()) for j in range(n)) \
            or any(a.i0 <= n for a in args):
        return   # (a summit's name before its declaration: "The Tianjin declaration also condemned …", session 53)
    idx = start_index(words)
    summit = _summit_body(doc) if words[n].norm in _SUMMIT_TEXTS else None
    for e in evs:
        if e.source_actor_id or ":verb:" not in e.rule or not e.root or e.root > "13":
            continue
        t = idx.get(e.trigger_start)
        if t is None or t <= n or any(a.prep == "" and n < a.i0 < t and not _in_commas(words, n, a.i0)
                                      for a in args):
            continue
        if summit is not None and summit[0].id != e.target_actor_id:
            fill_side(e, "source", *summit)
            e.rule += ":issuer-summit"
            continue
        cands = [x for x in earlier if x.source_actor_id and ":verb:" in x.rule
                 and e.sentence - _BACK <= x.sentence < e.sentence and x.source_actor_id != e.target_actor_id]
        if cands:
            last = max(x.sentence for x in cands)
            prev = min((x for x in cands if x.sentence == last), key=lambda x: x.trigger_start)
            copy_side(e, "source", prev)
            e.rule += ":issuer"
            continue
        body = _opening_body(doc, e)   # (no coded act before: "The Security Council voted to extend the mission.")
        if body is not None:
            fill_side(e, "source", *body)
            e.rule += ":issuer"


# (session 53, GAPEN53) the texts a summit adopts: their issuer is the story's bloc, not the last sentence's speaker
_SUMMIT_TEXTS = frozenset({"declaration", "communique", "communiqué"})
_SUMMIT_MIN = 3   # the least mentions of the story's international body


def _summit_body(doc):
    """(actor, span) of the international body (an IGO code) a story names most, at least ``_SUMMIT_MIN`` times and
    more than any other -- the bloc whose summit adopted "the declaration" ("Iran welcomed the declaration.  The
    declaration also condemned …": BRICS's, not Iran's); its first mention's span; None otherwise."""
    igos = sorted(((len(a.spans), a) for a in doc.actors if a.code and a.code.startswith("IGO") and a.spans),
                  key=lambda x: -x[0])
    if not igos or igos[0][0] < _SUMMIT_MIN or len(igos) > 1 and igos[1][0] == igos[0][0]:
        return None
    a = igos[0][1]
    return a, min(a.spans)


def _in_commas(words, n: int, k: int) -> bool:
    """Is word ``k`` inside a comma-set clause right after the statement noun at ``n`` ("The resolution, adopted by
    143 votes …,")?"""
    if n + 1 >= len(words) or words[n + 1].text != ",":
        return False
    close = next((j for j in range(n + 2, len(words)) if words[j].text == ","), None)
    return close is not None and k < close


def _opening_body(doc, e):
    """(actor, span) of the organisation that opens the sentence before ``e``'s (its first actor, within its first
    six words), or None."""
    if e.sentence < 1:
        return None
    prev = doc.sentences[e.sentence - 1]
    limit = prev.start + len(" ".join(doc.text[prev.start:prev.end].split()[:6]))
    first = min(((a, sp) for a in doc.actors for sp in a.spans if prev.start <= sp[0] < limit),
                key=lambda x: x[1][0], default=None)
    if first is None or first[0].kind != "organisation" or first[0].id == e.target_actor_id:
        return None
    return first
