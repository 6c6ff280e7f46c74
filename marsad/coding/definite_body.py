"""Country-less bodies named back: "الفصائل" after Palestinian factions, "السلطات في البلدين" (session 19, B6AC).

"وقعت حركتا فتح وحماس وأحد عشر فصيلا فلسطينيا … ودعتا الفصائل إلى تنفيذ بنوده": the definite plural "الفصائل" has no
country of its own (REB), but names back the factions the story named before, all Palestinian.  An event side whose
code is a bare sector of ``definite_body.tsv`` kind ``role`` (REB: armed factions), whose phrase is definite (Arabic
ال on its first word, English "the"), takes the country of the actors of that sector the document named before it,
when they are of one country -- also over the guess of the sentence's one country (``:tgt-domestic``: "ورحبت قطر
…، ودعت الفصائل" is no Qatari faction) (:func:`same_sector`; ``:tgt-named-back`` / ``:src-named-back``).

"ودعتا السلطات في البلدين إلى توفير ممرات آمنة": a country-less body followed by a ``pair`` phrase (في البلدين, "of
both countries") is the body of each country of the story's pair (the nearest earlier event between two countries):
the target takes the first country and a copy the second (:func:`pair_body`; ``:tgt-pair-body``).  A body with a
country, or a pair phrase with no earlier pair, is left alone.

"… اجتماعا في القاهرة … وأشار المصدر إلى أن الاجتماع لم يحقق أي تقدم": a definite meeting noun (roots 03-06, an Arabic noun
event with ال, no target) whose source is a side of an earlier event of the same code names that meeting back: it is
no new one and is dropped (:func:`drop_named_back`).
"""
from __future__ import annotations

from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from .structure import definite_ar, kind_sets

_SIDES = ("source", "target")
# (side, its code, span, country and role field names): the per-event loops read the fields by these names, not by an
# f-string built for every event and side (session 44, SPD44)
_SIDE_FIELDS = tuple((side, f"{side}_code", f"{side}_span", f"{side}_country", f"{side}_role") for side in _SIDES)


def _sets():
    return kind_sets("definite_body.tsv", ("role", "pair", "junta", "junta_member"))


def _definite(doc, span) -> bool:
    w = doc.text[span[0]:span[1]].split()
    if not w:
        return False
    return definite_ar(w[0]) or (span[0] >= 4 and doc.text[span[0] - 4:span[0]].lower() == "the ")


def same_sector(doc, events) -> None:
    """The country of the earlier bodies of the same sector for a definite country-less one (see the module doc)."""
    roles = None
    for ev in events:
        for side, code_f, span_f, country_f, role_f in _SIDE_FIELDS:
            code, span = getattr(ev, code_f), getattr(ev, span_f)
            if not code or not span:
                continue
            if getattr(ev, country_f):
                if (":src-domestic" if side == "source" else ":tgt-domestic") not in ev.rule:
                    continue
                code = getattr(ev, role_f) or ""   # (the sentence's one country was a guess: "ورحبت قطر …
                # ودعت الفصائل": the factions are not Qatar's)
            if roles is None:
                roles = {r.upper() for r in _sets()["role"]}
            if code.upper() not in roles or not _definite(doc, span):
                continue
            countries = {a.country for a in doc.actors
                         if a.country and a.role == code and a.spans and a.spans[0][0] < span[0]}
            if len(countries) != 1 or countries == {getattr(ev, country_f)}:
                continue
            c = countries.pop()
            setattr(ev, country_f, c)
            setattr(ev, code_f, c + code)
            ev.rule += ":src-named-back" if side == "source" else ":tgt-named-back"


def _junta_phrase(doc, span, forms) -> bool:
    t = " ".join(doc.text[span[0]:span[1]].lower().split())
    return normalize(t) in forms or normalize(t[4:] if t.startswith("the ") else t) in forms


def junta_named_back(doc, events) -> None:
    """"… threatened further attacks unless the junta cancelled its oil deals" after "Niger's military government":
    a definite country-less junta (``definite_body.tsv`` kind ``junta``) is the junta the story named before with a
    country, when all such mentions before it are of one country (``:src-named-back`` / ``:tgt-named-back``;
    session 25, B12X).  The kind's forms name a ruling military (not any army: a story of two states names both).
    A member of the junta ("A senior junta official warned", kind ``junta_member``) likewise (session 26 B17EN)."""
    forms = _sets().get("junta")
    if not forms:
        return
    for ev in events:
        for side, code_f, span_f, country_f, role_f in _SIDE_FIELDS:
            span = getattr(ev, span_f)
            if getattr(ev, country_f) or not span or not getattr(ev, code_f) \
                    or not ((_definite(doc, span) and _junta_phrase(doc, span, forms)) or _junta_member(doc, span)):
                continue
            countries = {a.country for a in doc.actors if a.country and any(
                s1 <= span[0] and _names_junta(doc, (s0, s1), forms) for s0, s1 in a.spans)}
            if len(countries) != 1:
                continue
            c = countries.pop()
            role = getattr(ev, role_f) or getattr(ev, code_f)
            setattr(ev, country_f, c)
            setattr(ev, code_f, c + role)
            ev.rule += ":src-named-back" if side == "source" else ":tgt-named-back"


def _junta_member(doc, span) -> bool:
    """"A senior junta official warned …", "junta spokesman X said": a member of the junta (kind ``junta_member``,
    any determiner) names back the junta as a definite junta does (session 26 B17EN)."""
    t = normalize(" ".join(doc.text[span[0]:span[1]].lower().split()))
    return any(t == f or t.endswith(" " + f) or t.startswith(f + " ") for f in _sets().get("junta_member", ()))


def _names_junta(doc, span, forms) -> bool:
    """Does the actor phrase end with a junta form ("Niger's military government", "المجلس العسكري في النيجر")?"""
    t = normalize(" ".join(doc.text[span[0]:span[1]].lower().split()))
    return any(t == f or t.endswith(" " + f) or t.startswith(f + " ") for f in forms)


def _story_pair(events, ev):
    """The nearest earlier event of the story between two countries (any act: the row the story tells)."""
    ante = None
    for p in events:
        if p.trigger_start < ev.trigger_start and p.source_country and p.target_country \
                and p.source_country != p.target_country and ":compound" not in p.rule \
                and (ante is None or p.trigger_start > ante.trigger_start):
            ante = p
    return ante


def pair_body(doc, events: list) -> None:
    """One target per country of the story's pair for a country-less body "in the two countries" (module doc)."""
    pairs = _sets()["pair"]
    if not pairs:
        return
    added = []
    for ev in events:
        span = ev.target_span
        if not ev.target_code or ev.target_country or not span or ev.target_code[:3] in ("IGO", "NGO"):
            continue
        after = normalize(" ".join(doc.text[span[1]:span[1] + 30].split()[:3])).lower()
        if not any(after.startswith(p) for p in pairs):
            continue
        ante = _story_pair(events, ev)
        if ante is None:
            continue
        role = ev.target_role or ev.target_code
        first, second = ante.source_country, ante.target_country
        if ev.source_country in (first, second):
            continue   # (one of the pair speaking of "both countries": not this construction)
        other = replace(ev, id=stable_id(ev.id, "pair-body"))
        other.plover_context = list(ev.plover_context)
        for e, c in ((ev, first), (other, second)):
            e.target_country, e.target_code = c, c + role
            e.rule += ":tgt-pair-body"
        added.append(other)
    events.extend(added)


_MEET_ROOTS = frozenset(("03", "04", "05", "06"))


# the roots / codes ``drop_named_back`` acts on: the events stage calls it only for a document with one (s42 SPD42)
NAMED_BACK_ON = _MEET_ROOTS


def drop_named_back(doc, events: list) -> list:
    """Drop the definite meeting nouns that name an earlier meeting of their source back (see the module doc)."""
    drop = []
    for ev in events:
        if ev.lang != "ar" or ev.root not in _MEET_ROOTS or ":noun:" not in ev.rule or ev.target_code \
                or not ev.source_code:
            continue
        w = doc.text[ev.trigger_start:ev.trigger_end].split()
        if not w or not (w[0].startswith("ال") or (w[0][:1] in ("و", "ف") and w[0][1:3] == "ال")):
            continue
        if any(p.cameo == ev.cameo and p.sentence < ev.sentence and p.source_code and p.target_code
               and ev.source_code in (p.source_code, p.target_code) for p in events):
            drop.append(id(ev))
    return [e for e in events if id(e) not in drop] if drop else events



def _opening_body(doc, sent, forms):
    """The country-less GOV actor whose definite phrase opens the sentence ("The foreign ministry …"), with its span."""
    for a in doc.actors:
        if a.code != "GOV" or a.country:
            continue
        for s0, s1 in a.spans:
            if sent.start <= s0 < sent.end and doc.text[sent.start:s0].strip().lower() == "the" \
                    and doc.text[s0:s1].lower() in forms:
                return a, (s0, s1)
    return None


def subject_ministry(doc, events) -> None:
    """English, session 20 (B7EN): "Azerbaijan summoned Russia's charge d'affaires … The foreign ministry handed the
    diplomat a note of protest and demanded …": a country-less government body (code bare GOV) whose definite phrase
    (a ``subject_en`` form of ``definite_body.tsv``: "the foreign ministry", "the ministry") opens its sentence is the
    subject of the story told just before: it takes the source country of the nearest event of an earlier sentence
    whose source has a country -- not when that country is the event's own target ("demanded that Moscow …" after a
    Russian act is no Russian ministry).  An event of the sentence whose bare-GOV source is the object of an earlier
    verb joined by "and" ("handed the diplomat a note … and demanded") is the body's own: its source becomes the body.
    Marker ``:src-subject-back``."""
    forms = None
    for ev in events:
        if ev.lang != "en" or ev.source_code != "GOV" or ev.source_country or not ev.source_span:
            continue
        if forms is None:
            forms = {f.lower() for f in kind_sets("definite_body.tsv", ("subject_en",))["subject_en"]}
        s0, s1 = ev.source_span
        sent = next((s for s in doc.sentences if s.start <= s0 < s.end), None)
        got = _opening_body(doc, sent, forms) if sent is not None else None
        if got is None:
            continue
        body, span = got
        if span != (s0, s1) and not (s1 <= ev.trigger_start
                                     and " and " in f" {doc.text[s1:ev.trigger_start].lower()} "):
            continue   # (another body of the sentence, not the opening one's conjunct verb)
        ante = None
        for p in events:
            if p.source_country and p.trigger_start < sent.start \
                    and (ante is None or p.trigger_start > ante.trigger_start):
                ante = p
        if ante is None or ante.source_country == ev.target_country:
            continue
        ev.source_actor_id, ev.source_span = body.id, span
        ev.source_country, ev.source_code = ante.source_country, ante.source_country + "GOV"
        ev.rule += ":src-subject-back"
