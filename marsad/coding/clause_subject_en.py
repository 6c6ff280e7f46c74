"""The subject of a clause that continues the main one (English, session 17 B4AC).

1. A participle adjunct after a comma: "Chile expelled a Bolivian envoy and recalled its ambassador, accusing La Paz
   of …": the "-ing" verb right after the comma has the main clause's subject, the source of the nearest earlier
   verb event of the sentence whose subject stands before its verb; the actor the frame had given it from the main
   clause's object ("a Bolivian envoy") is replaced.  Rule marker ``:ing-subject``.
2. A conjoined predicate: "The African Union said it stood by Malawi and would send …", "Kenyan police stormed into
   the compound and arrested …": a verb right after "and" (a modal or an adverb between allowed) with no subject of
   its own keeps the clause's subject, the actor that opens the sentence; the actor the frame had given it sits in a
   prepositional phrase of the first predicate ("by Malawi", "into the compound"), which never is a subject.  Only
   when that actor is the first one after the opening actor and the opening actor is not coordinated with another.
   Rule marker ``:conj-pred``.
3. A gerund after before / after / while / upon (``sequence_clause.tsv`` kind ``opener_en``) with no subject of its
   own: "Sisi was received by President Kiir before holding talks with Abiy", "Blinken met X after meeting Y": the
   main clause's subject -- the source of the nearest earlier verb event of the sentence, or its target when that verb
   is a passive ("was received by"; session 26 EN).  A noun trigger only after a light verb (kind ``light_en``:
   "before holding talks", not "after receiving complaints from owners").  Rule marker ``:gerund-subject``.
4. A predicate of a list after a comma: "Tokayev accepted the resignation …, declared a state of emergency and
   removed …" (session 31, :func:`_listed`).  Rule marker ``:list-pred``.  The list's last predicate after "and", a
   past form, has the list's subject too (session 47, :func:`_list_last`).  Rule marker ``:list-last``.
"""
from __future__ import annotations

import re

from .structure import actor_args, clear_side, copy_side, fill_side, kind_sets, words_of

_AND_GAP = frozenset(["would", "will", "could", "can", "may", "might", "shall", "should", "also", "then", "later",
                      "had", "has", "have", "immediately", "quickly"])
_BOUNDARY = frozenset(["that", "who", "which", "whose", "while", "whereas", "but", "after", "before", "when",
                       "as", "because", "if", "until", "where"])
_OPEN = frozenset(["the", "a", "an"])
_PASS_MARKS = frozenset([",", '"', "“", "”", "'", "‘", "’"])
_DETS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that"])
_PREPS = frozenset(["by", "into", "to", "from", "with", "in", "on", "at", "for", "against", "toward", "towards", "onto",
                    "over", "near", "inside", "outside", "behind", "through", "across", "around"])


def _in_pp(words, a) -> bool:
    """Is the actor argument ``a`` inside a prepositional phrase (its governing preposition, or one before its
    determiner: "into the embassy")?"""
    if a.prep:
        return True
    k = a.i0 - 1
    while k >= 0 and words[k].norm in _DETS:
        k -= 1
    return k >= 0 and words[k].norm in _PREPS


def apply(doc, events: list, lex) -> bool:
    """Give the participles and conjoined predicates their clause's subject; True when a source changed."""
    cache: dict = {}
    changed = False
    for ev in events:
        if ev.lang == "en" and not ev.source_code and 0 <= ev.sentence < len(doc.sentences):
            changed |= _gerund(doc, ev, events) or _together_with(doc, ev, events) or _relative_light(doc, ev)
        if ev.lang != "en" or ":verb:" not in ev.rule or not 0 <= ev.sentence < len(doc.sentences) \
                or ":quote-statement" in ev.rule:
            continue
        first = doc.text[ev.trigger_start:ev.trigger_end].split(None, 1)
        if not first:
            continue
        ing = first[0].lower().endswith("ing")
        before = doc.text[max(ev.sentence_start, ev.trigger_start - 24):ev.trigger_start].split()
        if ing and doc.text[max(ev.sentence_start, ev.trigger_start - 2):ev.trigger_start].strip() == ",":
            changed |= _participle(ev, events) or _opening_participle(doc, ev, events, lex, cache)
            _participle_date(doc, ev, events)
        elif not ev.source_code and not ing and \
                doc.text[max(ev.sentence_start, ev.trigger_start - 2):ev.trigger_start].strip() == ",":
            changed |= _listed(doc, ev, events)
        elif before and (before[-1].lower() == "and"
                         or (len(before) > 1 and before[-2].lower() == "and" and (
                             before[-1].lower() in _AND_GAP or before[-1].lower() in _light_en()))):
            # (a noun trigger after its light verb: "met X in New Delhi and held talks with Y", session 41)
            if _list_last(doc, ev, events):
                changed = True
            elif not _crowd_pred(doc, ev, events):
                changed |= _conjoined(doc, ev, lex, cache, events)
            else:
                changed = True
    changed |= _crowd_part(doc, events)
    for ev in events:
        if ev.lang == "en" and ":tgt-owner" in ev.rule and not ev.target_span and ev.source_span and ev.source_country \
                and ev.target_code == ev.source_country:
            # "Obama spoke to Erdogan by phone and offered American help": the object's owner, read while the verb
            # had the first predicate's partner as its subject, is the subject's own country -- no target (s40)
            clear_side(ev, "target")
            ev.rule = ev.rule.replace(":tgt-owner", "")
    return changed


_TOGETHER = re.compile(r",\s+and\s+(?:together|along)\s+with\s+[^,;:.\"“”]{1,80}$")


def _together_with(doc, ev, events) -> bool:
    """(Session 40) "Caputova condemned the attack, and together with President-elect Pellegrini urged parties to …": a
    verb after ", and together with X" (or "along with") has no subject of its own; the subject of the nearest earlier
    verb event of the sentence (standing before its verb) is its source (X, a partner, is left to the gold's optional
    copy).  Rule marker ``:co-agent``."""
    if not _TOGETHER.search(doc.text, ev.sentence_start, ev.trigger_start):
        return False
    main = max((e for e in events if e is not ev and e.sentence == ev.sentence and e.trigger_end <= ev.trigger_start
                and ":verb:" in e.rule and e.source_code and e.source_span and e.source_span[1] <= e.trigger_start),
               key=lambda e: e.trigger_start, default=None)
    if main is None:
        return False
    copy_side(ev, "source", main)
    ev.rule += ":co-agent"
    return True


_WHO_LIGHT = re.compile(r",\s+who\s+(?:(?:has|had|have)\s+)?(\w+)\s+(?:[\w-]+\s+){0,4}$")


def _relative_light(doc, ev) -> bool:
    """(Session 40) "Mohamed Muizzu, who began a five-day state visit to China on Monday, …": a noun trigger after a
    light verb (``sequence_clause.tsv`` kind ``rel_light_en``: began, held, paid …) of a comma-set who-clause is the
    act of the actor right before the comma (the verb rows' own relative rule reads only a verb right after "who").
    Rule marker ``:rel-light``."""
    m = _WHO_LIGHT.search(doc.text, ev.sentence_start, ev.trigger_start)
    if m is None or m.group(1).lower() not in kind_sets("sequence_clause.tsv", ("rel_light_en",))["rel_light_en"]:
        return False
    comma = m.start()
    ante = next(((a, sp) for a in doc.actors for sp in a.spans
                 if ev.sentence_start <= sp[0] and sp[1] == comma), None)
    if ante is None:
        return False
    fill_side(ev, "source", ante[0], ante[1])
    ev.rule += ":rel-light"
    return True


_STATE_ROLES = frozenset(["GOV", "MIL", "COP", "SPY", "JUD", "LEG"])   # (a state's own protest has no crowd)
_PART_OPEN = re.compile(r"\s*(\w+)\s+([a-z]\w*)")
_PART_STOP = frozenset(["of", "who", "which", "that", "were", "are", "was", "is", "had", "have", "more", "other"])
_CLAUSE_END = re.compile(r"[,;:\"“”(]|\b(?:before|after|when|while|but|as|until|because|who|which)\b")


def _crowd_part(doc, events) -> bool:
    """Case 5 (session 40): "Thousands of supporters of the coup marched on the French embassy in Niamey. Several tried
    to force their way into the compound and set fire to one of its doors": a sentence opening with a part word
    (``crowd_part_en.tsv``: several, some, many …) right before a verb has the crowd of the sentence before as the
    subject of its first clause's verbs -- the source of that sentence's protest event (root 14) of no state body; the
    crowd's attack or arson is a riot (``recode.tsv`` crowd_subject rows).  Rule marker ``:crowd-part``."""
    parts = None
    changed = False
    for k, sent in enumerate(doc.sentences):
        if k == 0 or sent.segment_kind != "body":
            continue
        m = _PART_OPEN.match(doc.text, sent.start, sent.end)
        if m is None or not m.group(1)[:1].isupper() or m.group(2) in _PART_STOP:
            continue
        if parts is None:
            parts = kind_sets("crowd_part_en.tsv", ("part",))["part"]
        if m.group(1).lower() not in parts:
            continue
        prev = doc.sentences[k - 1]
        crowd = next((e for e in events if e.lang == "en" and e.sentence_start == prev.start and e.root == "14"
                      and e.source_code and e.source_code[-3:] not in _STATE_ROLES and not e.negated), None)
        if crowd is None:
            continue
        stop = _CLAUSE_END.search(doc.text, m.end(1), sent.end)
        end = stop.start() if stop else sent.end
        for ev in events:
            if ev.sentence_start != sent.start or ev.trigger_start >= end or ":verb:" not in ev.rule:
                continue
            copy_side(ev, "source", crowd)
            ev.source_span = None
            if not ev.target_span and crowd.target_code and crowd.target_country != crowd.source_country:
                copy_side(ev, "target", crowd)   # ("into the compound": the embassy the crowd marched on)
                ev.target_span = None
            if not ev.place_id and crowd.place_id:
                ev.place_id, ev.place_basis = crowd.place_id, crowd.place_basis   # (where the crowd was)
            to = next((to for frm, when, to, _ in _recode_rows() if when == "crowd_subject" and ev.cameo == frm), None)
            if to:
                from .english import recode_event
                recode_event(ev, to)
            ev.rule += ":crowd-part"
            changed = True
    return changed


def _recode_rows():
    from .lexicon import lexicon
    return lexicon("en").recode


def _crowd_pred(doc, ev, events) -> bool:
    """(Session 34) "Australia said it would send police after protesters set fire to buildings and demanded the
    resignation of …": a verb right after "and" whose source is only the quote's speaker (or none) continues the clause
    of the crowd noun told just before it (a self-frame noun event: "protesters set"), no comma between -- the crowd is
    its subject.  Rule marker ``:crowd-pred``."""
    if ev.source_actor_id and ev.source_actor_id != ev.reported_by_actor_id:
        return False
    crowd = max((e for e in events if e is not ev and e.sentence == ev.sentence and ":noun:self" in e.rule
                 and e.trigger_end <= ev.trigger_start and e.source_code), key=lambda e: e.trigger_start, default=None)
    if crowd is None or any(c in doc.text[crowd.trigger_end:ev.trigger_start] for c in ",;:\"“”"):
        return False
    if ev.target_actor_id and ev.target_actor_id == crowd.source_actor_id:
        return False
    copy_side(ev, "source", crowd, "source")
    ev.rule += ":crowd-pred"
    return True


def _listed(doc, ev, events) -> bool:
    """Case 4 (session 31): a predicate of a list, "Tokayev accepted the resignation of the government, declared a
    nationwide state of emergency and removed …": a verb right after a comma with no subject of its own has the
    subject of the nearest earlier verb event of the sentence (its subject before its verb), with no clause opener
    (that, who, while …) or other punctuation between.  Rule marker ``:list-pred``."""
    main = None
    for e in events:
        if e is ev or e.sentence != ev.sentence or e.trigger_end > ev.trigger_start or ":verb:" not in e.rule \
                or ":quote-statement" in e.rule or not e.source_span or e.source_span[1] > e.trigger_start:
            continue
        if main is None or e.trigger_start > main.trigger_start:
            main = e
    # (a pronoun's antecedent told in an earlier sentence, "… said that …  It commended …": from this sentence on)
    if main is None or any(w.lower().strip(",") in _BOUNDARY for w in doc.text[
            max(main.source_span[1], main.sentence_start):main.trigger_start].split()):
        return False   # (the verb of a relative clause, "X, who has refused to …, called it …": the comma ends it)
    between = doc.text[main.trigger_end:ev.trigger_start]
    if any(c in between for c in ";:.\"“”()") or between.count(",") != 1 or \
            any(w.lower().strip(",") in _BOUNDARY for w in between.split()):
        return False
    copy_side(ev, "source", main)
    ev.rule += ":list-pred"
    return True


def _list_last(doc, ev, events) -> bool:
    """"It commended the voters, urged the new authorities to hold elections on schedule and pledged the bloc's
    support": the last predicate of a list, a past form in -ed right after "and", has the subject of the list's
    predicate before it (an event given its subject by :func:`_listed`), not the actor of that predicate's object or
    infinitive ("the new authorities"); no punctuation or clause opener between the two.  (A bare form after "and",
    "urged them to hold elections and release prisoners", is the infinitive's.)  Rule marker ``:list-last``."""
    first = doc.text[ev.trigger_start:ev.trigger_end].split(None, 1)
    if not first or not first[0].endswith("ed") or not first[0].islower():
        return False
    prev = max((e for e in events if e is not ev and e.sentence == ev.sentence and ":list-pred" in e.rule
                and e.trigger_end <= ev.trigger_start and e.source_code), key=lambda e: e.trigger_start, default=None)
    if prev is None or prev.source_actor_id == ev.source_actor_id:
        return False
    between = doc.text[prev.trigger_end:ev.trigger_start]
    if any(c in between for c in ",;:.\"“”()") or any(w.lower() in _BOUNDARY for w in between.split()):
        return False
    copy_side(ev, "source", prev)
    if ev.target_code and ev.target_code == ev.source_code:   # ("pledged the bloc's support": its own, no target)
        clear_side(ev, "target")
    ev.rule += ":list-last"
    return True


_BE = frozenset(["was", "were", "is", "are", "been", "be", "being"])


def _gerund(doc, ev, events) -> bool:
    """Case 3 of the module's note."""
    first = doc.text[ev.trigger_start:ev.trigger_end].split(None, 1)
    before = doc.text[max(ev.sentence_start, ev.trigger_start - 30):ev.trigger_start].split()
    if not first or not before:
        return False
    sets = kind_sets("sequence_clause.tsv", ("opener_en", "light_en"))
    openers = sets["opener_en"]
    if first[0].lower().endswith("ing") and before[-1].lower() in openers:
        n = 1
    elif len(before) > 1 and before[-1].lower() in sets["light_en"] and before[-2].lower() in openers:
        n = 2   # "before holding talks": the noun trigger after its light verb
    else:
        return False
    opener_at = doc.text.rfind(before[-n], ev.sentence_start, ev.trigger_start)
    main = None
    for e in events:
        if e is ev or e.sentence != ev.sentence or e.trigger_end > opener_at or ":verb:" not in e.rule:
            continue
        if e.source_span and e.source_span[1] <= e.trigger_start and any(
                w.lower().strip(",") in _BOUNDARY for w in doc.text[e.source_span[1]:e.trigger_start].split()[-3:]):
            continue   # (a subordinate clause's verb, "warned that they could use force if the demand was not met,
            # while imposing …": the subject of the clause before the opener is the main one's; session 40)
        if main is None or e.trigger_start > main.trigger_start or (
                e.trigger_start == main.trigger_start and _span0(e) < _span0(main)):
            main = e   # (of a mutual pair, the direction whose source is the sentence's subject)
    if main is None:
        return False
    lead = doc.text[max(main.sentence_start, main.trigger_start - 12):main.trigger_start].split()
    side = "target" if lead and lead[-1].lower() in _BE else "source"
    if not getattr(main, f"{side}_code") or getattr(main, f"{side}_span") == ev.target_span:
        return False
    copy_side(ev, "source", main, side)
    ev.rule += ":gerund-subject"
    return True


def _span0(e) -> int:
    return e.source_span[0] if e.source_span else 1 << 30


def _main_verb(ev, events):
    """The nearest earlier verb event of the participle's sentence whose subject stands before its verb, or None."""
    main = None
    for e in events:
        if e is ev or e.sentence != ev.sentence or e.trigger_start >= ev.trigger_start or ":verb:" not in e.rule \
                or ":quote-statement" in e.rule or not e.source_span or e.source_span[1] > e.trigger_start:
            continue
        if main is None or e.trigger_start > main.trigger_start:
            main = e
    return main


def _participle_date(doc, ev, events) -> None:
    """", calling the balloon's presence 'a clear violation'" after "Blinken on Friday postponed a trip to Beijing that
    had been due to begin on Sunday": a participle adjunct dated by a time of a relative or subordinate clause
    (``_BOUNDARY`` word between the main verb and that time) before it is of its main verb's time instead (session 37
    GAPEN37)."""
    main = _main_verb(ev, events)
    if main is None or not main.date or main.date == ev.date or main.source_code != ev.source_code:
        return
    own = next((r for r in doc.timerefs if r.id == ev.date_timeref_id), None) if ev.date_timeref_id else None
    if own is None or own.start >= ev.trigger_start or own.start < main.trigger_end or _BOUNDARY.isdisjoint(
            w.lower() for w in doc.text[main.trigger_end:own.start].split()):
        return   # (", saying on Monday that …": its own time; "closed the border from Monday to Wednesday, accusing
        # …": a time of the main clause itself, no relative or subordinate clause's, stays)
    ev.date, ev.date_end, ev.date_granularity = main.date, main.date_end, main.date_granularity
    ev.date_basis, ev.date_timeref_id = main.date_basis, main.date_timeref_id


def _participle(ev, events) -> bool:
    main = _main_verb(ev, events)
    if main is None or main.source_code == ev.source_code:
        return False
    if ev.source_span and not (main.source_span[1] <= ev.source_span[0] < ev.trigger_start):
        return False   # (the main subject itself, or an actor after the participle: its object, read as such by the frame)
    ev.source_actor_id, ev.source_code, ev.source_country = main.source_actor_id, main.source_code, main.source_country
    ev.source_role, ev.source_span = main.source_role, main.source_span
    if ev.target_code == ev.source_code and ev.target_span == ev.source_span:
        clear_side(ev, "target")
    ev.rule += ":ing-subject"
    return True


def _opening_participle(doc, ev, events, lex, cache: dict) -> bool:
    """(Session 48) "Putin hit back on Thursday, calling the sanctions an unfriendly act", "Vance also weighed in,
    accusing …": a participle adjunct after a main clause that is no event (hit back, weighed in) has the clause's
    subject, the actor opening the sentence (a fronted phrase closed by a comma before it allowed), when the words
    from that actor to the comma are one predicate: no punctuation, clause opener or speech verb ("said rebels shelled
    …, killing": the reported clause's).  Only a participle with no source; rule marker ``:ing-subject``."""
    if ev.source_code or _main_verb(ev, events) is not None:
        return False
    key = ev.sentence
    if key not in cache:
        words = words_of(doc, doc.sentences[ev.sentence], lex)
        cache[key] = (words, actor_args(doc, doc.sentences[ev.sentence], words, "en"))
    words, args = cache[key]
    comma = next((k for k, w in enumerate(words) if w.start >= ev.trigger_start), 0) - 1
    if comma < 2 or words[comma].text != ",":
        return False
    lead = _fronted_end(words)
    subj = next((a for a in args if a.i0 >= lead), None)
    if subj is None or subj.prep or subj.i1 >= comma or any(
            words[k].norm not in _OPEN and not _title_word(words[k]) for k in range(lead, subj.i0)):
        return False
    for a in args[args.index(subj) + 1:]:
        if a.i0 >= comma or (a.actor.id != subj.actor.id and a.actor.code != subj.actor.code) or not all(
                _title_word(words[k]) for k in range(subj.i1, a.i0)):
            break
        subj = a   # ("German Chancellor" + "Friedrich Merz": one subject, as in :func:`_conjoined`)
    gap = words[subj.i1:comma]
    if not gap or not gap[0].text.islower() or gap[0].norm in ("and", "or") or len(gap) > 8 or any(
            w.punct or w.norm in _BOUNDARY or w.norm in _SPEECH for w in gap):
        return False
    fill_side(ev, "source", subj.actor, (subj.start, subj.end))
    if ev.target_actor_id == subj.actor.id:
        clear_side(ev, "target")
    ev.rule += ":ing-subject"
    return True


def _fronted_end(words) -> int:
    """The index after a fronted prepositional phrase closed by a comma at the head of the sentence ("In an
    interview published on Friday, …", "On Monday, …"), at most ten words; 0 without one."""
    if not words or words[0].norm not in _PREPS:
        return 0
    for k in range(1, min(len(words), 11)):
        if words[k].text == ",":
            return k + 1
        if words[k].punct:
            return 0
    return 0


_SAID = frozenset(("said", "says", "stated", "announced", "claimed"))
_SELF_PRONOUNS = frozenset(("it", "they"))


def _pronoun_clause(words, subj, src) -> bool:
    """"India said it had foiled Pakistani drone attacks … and struck radars": the reported clause's subject is a
    pronoun for the speaker right after the speech verb (that between allowed); an actor after it is an object or a
    modifier ("Pakistani"), no subject of the predicate joined by "and" (session 41)."""
    for k in range(subj.i1, src.i0 - 1):
        if words[k].norm in _SAID:
            j = k + 1 + (words[k + 1].norm == "that")
            return j < src.i0 and words[j].norm in _SELF_PRONOUNS
    return False


_SPEECH = frozenset(("said", "says", "told", "stated", "announced", "claimed", "added", "insisted"))


def _said_content(words, subj, src, ev, k_trig: int) -> bool:
    """(Session 48) "China's foreign ministry said the resignation was Japan's own affair and urged Tokyo to …": a
    past form in -ed right after "and" that tells a verbal act (quad class 1 or 3: urged, accused, warned, rejected)
    after "SUBJECT said CLAUSE" is the speaker's second predicate, not one of the reported clause's actor: that clause
    is told, the speaker acts.  The speech verb follows the opening subject within four words ("said on Monday");
    a bare form ("would close its border and expel …") or a force verb ("had attacked the town and killed …") stays
    the reported clause's."""
    if ev.quad_class not in (1, 3) or k_trig >= len(words) or words[k_trig - 1].norm != "and":
        return False
    verb = words[k_trig].text
    if not (verb.islower() and verb.endswith("ed")):
        return False
    k = next((k for k in range(subj.i1, min(src.i0, subj.i1 + 5)) if words[k].norm in _SPEECH), None)
    if k is None or any(words[x].punct for x in range(subj.i1, k)):
        return False
    j = k + 1
    while j < src.i0 and (words[j].norm in _CONTENT_LEAD or words[j].text in _DAYS):
        j += 1
    # the reported clause's own subject ("said Iran must halt enrichment and accused …", "said the rebels criticised
    # the plan and called for …": the pinned reading of session 12 / 44) keeps the verb; an owner ("Prague's
    # accusations") or an actor inside the reported predicate ("was Japan's own affair") does not
    return not (src.i0 == j and not (src.i1 < len(words) and words[src.i1].norm in ("'s", "’s")))


_CONTENT_LEAD = frozenset(("that", "on", "late", "early", "earlier", "later", "last", "this", "the"))
_DAYS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def _light_en() -> frozenset:
    return kind_sets("announced_act.tsv", ("light_en",))["light_en"]   # (held, hold, holding: talks, a meeting)


def _title_word(w) -> bool:
    return w.text[:1].isupper() or w.norm in ("of", "for")


def _conjoined(doc, ev, lex, cache: dict, events=()) -> bool:
    if not ev.source_span or ev.source_span[1] > ev.trigger_start:
        return False
    sent = doc.sentences[ev.sentence]
    key = ev.sentence
    if key not in cache:
        words = words_of(doc, sent, lex)
        cache[key] = (words, actor_args(doc, sent, words, "en"))
    words, args = cache[key]
    if len(args) < 2:
        return False
    subj = args[0]
    lead = _fronted_end(words)   # "In an interview published on Friday, Francis said …" (session 31)
    if subj.i0 < lead:
        subj = next((a for a in args if a.i0 >= lead), None)
        if subj is None or subj is args[-1]:
            return False
        args = args[args.index(subj):]
    if subj.prep or any(words[k].norm not in _OPEN and not _title_word(words[k]) for k in range(lead, subj.i0)):
        return False   # (a title before the name may stay outside the actor's span: "Saudi Minister of State for
        # Foreign Affairs Adel al-Jubeir met …", session 41)
    if subj.i1 < len(words) and (words[subj.i1].norm in ("and", "or") or words[subj.i1].text == ","):
        return False   # (coordinated or appositive opening: "Chile and Peru …", "X, the minister, …")
    src = next((a for a in args if a.start == ev.source_span[0]), None)
    rest = [a for a in args[1:] if a.actor.id != subj.actor.id]   # (the subject's title and name may be two spans)
    while rest and rest[0].actor.code == subj.actor.code and all(_title_word(words[k]) for k in range(subj.i1, rest[0].i0)):
        subj, rest = rest[0], rest[1:]   # ("Saudi Minister of State for Foreign Affairs" + "Adel al-Jubeir": one subject)
    if src is None or src is subj or not rest or src is not rest[0]:
        return False
    first_object = any(e is not ev and e.sentence == ev.sentence and e.trigger_end <= src.start
                       and e.source_actor_id == subj.actor.id and e.target_actor_id == src.actor.id
                       and e.root != "01" and ":quote" not in e.rule for e in events)
    # (not a speech verb's addressee: "The African Union said Malawi would close …" -- Malawi is the reported subject)
    k_trig = next((k for k, w in enumerate(words) if w.start >= ev.trigger_start), len(words))
    if not (_in_pp(words, src) or first_object or _pronoun_clause(words, subj, src)
            or _said_content(words, subj, src, ev, k_trig)):
        return False   # ("met Jaishankar in New Delhi and held talks with Sharif": the first verb's object is no
        # subject of the second either, session 41)
    if any(w.norm in _BOUNDARY or (w.punct and w.text not in _PASS_MARKS) for w in words[subj.i1:k_trig]):
        return False   # (quotation marks go on: 'said it was "seriously concerned" about attacks on … and urged', s34)
    if subj.actor.code == ev.source_code:
        return False
    old = ev.source_actor_id
    fill_side(ev, "source", subj.actor, (subj.start, subj.end))
    if ev.target_code and ev.target_code == ev.source_code and ev.target_span == ev.source_span:
        clear_side(ev, "target")
    obj = next((a for a in args if a.i0 > k_trig), None)
    if obj is not None and obj.actor.code != subj.actor.code and (not ev.target_span or ":tgt-place" in ev.rule) \
            and all(words[k].norm in _DETS for k in range(k_trig + 1, obj.i0)):
        # ("Zakharova said Prague's accusations were absurd and accused the Czech government of …": the object right
        # after the verb, dropped as a self-loop while the reported clause's Prague was the subject, is the target;
        # a place target read for want of one gives way, session 48)
        fill_side(ev, "target", obj.actor, (obj.start, obj.end))
        ev.rule = ev.rule.replace(":tgt-place", "")
    ev.rule += ":conj-pred"
    for back in events:
        if back is not ev and back.trigger_start == ev.trigger_start and back.target_actor_id == old \
                and back.source_actor_id != subj.actor.id and ":mutual" in back.rule:
            # (the mutual act's other direction: toward the new subject; "held talks with Sharif" -- Sharif -> al-Jubeir)
            fill_side(back, "target", subj.actor, (subj.start, subj.end))
            back.rule += ":conj-pred"
    return True
