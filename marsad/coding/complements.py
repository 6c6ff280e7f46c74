"""English complements that are the content of another act, not acts of their own (English round 6).

* **A refused permission** -- "Iran refused to allow inspectors to visit the site", "North Korea refused to let
  inspectors visit": one refusal by the subject toward the ones not let in.  The permission verb (cue
  ``permit_verb``: allow, let, permit) under a refusal or a negation is the event; the act it would have
  permitted (the visit) is its content, not an event by the inspectors.  With an international party in the
  object (cue ``intl_party``: inspectors, monitors, peacekeepers, aid ...; or an IGO / NGO actor) the code is
  CAMEO 1245 "refuse to allow international involvement", the negation of 086; an asserted permission of such a
  party is that cue's 086 code (0861 peacekeepers, 0862 inspectors, 0863 aid).
* **A generic refusal / promise and its specific complement** -- "refused (120) to release (1243) the hostages",
  "pledged (030) to provide (033) aid", "offered (030) to mediate (039)": one happening, reported by the specific
  code (the generic verb's target is kept when the complement has none).
* **A warning's content** -- "Russia warned NATO against deploying troops in Finland": one warning (130) by
  Russia to NATO; "deploying" after "against" under a threat / warning verb is what was warned against, not an
  asserted deployment.

:func:`apply` reads the per-event word views of :func:`marsad.coding.english.argument_rules` and returns the ids
of the events to drop.  Word lists are cue types of ``cues_en.tsv``.
"""
from __future__ import annotations

from .structure import clear_side, copy_side
from .structure import fill_side as _set_side

_NEG = frozenset(["not", "n't", "never", "refused", "refuses", "refuse", "refusing"])
_INTL_CODES = ("IGO", "NGO")
# generic codes of a verb whose "to V" complement, recoded into the same root, reports the same act more exactly:
# "refused (120) to release (1243)", "pledged (030) to provide aid (033)", "offered (030) to mediate (039)"
_GENERIC = frozenset(["120", "030"])
_PERMIT_ROOTS = frozenset(["08", "12"])


def _mark(ev, tag: str) -> None:
    if f":{tag}" not in ev.rule:
        ev.rule = f"{ev.rule}:{tag}"


def _recode(ev, cameo: str) -> None:
    from .english import recode_event
    recode_event(ev, cameo)


def _plain_gap(words, lo: int, hi: int) -> bool:
    """No punctuation and no clause word among words[lo:hi]."""
    return not any(w.punct or "clause_word" in w.cue for w in words[lo:hi])


def _refused_before(words, k: int, at_k, evs, pos) -> "tuple[bool, object]":
    """Is the permission word at ``k`` refused or negated?  (refused, the generic refusal event governing it)."""
    gov = None
    if k >= 2 and words[k - 1].norm == "to":
        gov = next((m for m in evs if m is not at_k and (m.root or "") == "12" and pos[id(m)][3] == k - 2), None)
    if gov is not None:
        return True, gov
    if at_k is not None and (at_k.negated or (at_k.root or "") == "12"):
        return True, None
    for j in range(k - 1, max(-1, k - 4), -1):
        w = words[j]
        if w.punct:
            break
        if w.norm in _NEG:
            return True, None
    return False, None


def _permission(doc, evs, pos, drop: set) -> None:
    words = pos[id(evs[0])][0]
    args = pos[id(evs[0])][1]
    at = {pos[id(m)][2]: m for m in evs}
    for k, w in enumerate(words):
        if "permit_verb" not in w.cue:
            continue
        at_k = at.get(k)
        if at_k is not None and id(at_k) in drop:
            continue
        # the object "allow X to V" / "let X V" / "allow X into Y": at most six words, up to "to", a trigger,
        # a preposition or punctuation
        end = k + 1
        while end < len(words) and end - k <= 6 and not (words[end].punct or "clause_word" in words[end].cue
                                                         or words[end].norm in ("to", "into", "in", "through")
                                                         or (end in at and end > k + 1 and ":verb:" in at[end].rule)):
            end += 1
        c = next((m for m in evs if m is not at_k and id(m) not in drop and ":verb:" in m.rule
                  and pos[id(m)][2] == (end + 1 if end < len(words) and words[end].norm == "to" else end)), None)
        obj = next((a for a in args if a.i0 > k and a.i1 <= end and a.prep == ""), None)
        intl = next((words[j].cue["intl_party"] for j in range(k + 1, end) if "intl_party" in words[j].cue), None)
        if intl is None and obj is not None and (obj.actor.code or "")[:3] in _INTL_CODES:
            intl = "086"
        refused, gov = _refused_before(words, k, at_k, evs, pos)
        if not refused:
            if at_k is not None and intl and not at_k.negated and ((at_k.root or "") == "08" or at_k.cameo == "035"):
                # "Iran allowed UN inspectors to visit the site": receiving the international party (086x);
                # "Israel will allow aid into Gaza" (announced: 035): intent to allow international involvement
                _recode(at_k, intl if (at_k.root or "") == "08" else "0355")
                if obj is not None and obj.actor.id != at_k.source_actor_id:
                    _set_side(at_k, "target", obj.actor, (obj.start, obj.end))
                _mark(at_k, "permit")
            continue
        if at_k is None and gov is None and (c is None or (not c.negated and (c.root or "") != "12")):
            continue            # "let X V" with no refusal read on V: nothing to fold
        # the event that reports the refusal: the permission verb's, else the refusal verb's ("refused to let
        # inspectors visit"), else the permitted act's ("would not let inspectors visit")
        ev = at_k if at_k is not None else (gov if gov is not None else c)
        if c is not None and ev is not c:
            drop.add(id(c))     # the permitted act is the refusal's content
        _recode(ev, "1245" if intl else ((ev.cameo if (ev.root or "") == "12" and ev.cameo != "120" else "124")))
        ev.negated = False
        if ev.modality == "hypothetical":
            ev.modality = "asserted"
        if gov is not None and gov is not ev:
            copy_side(ev, "source", gov)
            ev.confidence = max(ev.confidence, gov.confidence)   # (it reports the main clause's refusal)
            drop.add(id(gov))   # "refused (120) to allow (1245)": one refusal
        if obj is not None and obj.actor.id != ev.source_actor_id:
            _set_side(ev, "target", obj.actor, (obj.start, obj.end))
        elif obj is None and ev.target_span and ev.target_span[0] >= words[min(end, len(words) - 1)].start:
            clear_side(ev, "target")   # (the site of the visit is not the one refused)
        _mark(ev, "permit")


def _generic_refusal(evs, pos, drop: set) -> None:
    for m in evs:
        if id(m) in drop or m.cameo not in _GENERIC or ":verb:" not in m.rule:
            continue
        words, _, mi, ml = pos[id(m)]
        root = m.cameo[:2]
        c = next((c for c in evs if c is not m and id(c) not in drop and (c.root or "") == root and c.cameo != m.cameo
                  and pos[id(c)][2] == ml + 2 and words[ml + 1].norm == "to"), None)
        if c is None or (c.source_code and m.source_code and c.source_code != m.source_code):
            continue
        # "Hamas refused (120) to release (1243) the hostages", "pledged (030) to provide aid (033)": one act, by
        # its specific code (the intent's modality stays the complement's, as the stage's own dedupe keeps it)
        if not c.source_code and m.source_code:
            copy_side(c, "source", m)
        if not (c.target_code or c.target_country) and (m.target_code or m.target_country) and ":common-foe" not in c.rule:
            copy_side(c, "target", m)   # (not the foe the complement's cooperation is against: s24 B11EN2)
        c.confidence = max(c.confidence, m.confidence)
        if root == "12":
            # a refusal is the act: "refused to withdraw the reform" is a 1246 made (asserted), whatever the
            # refused complement read on its own (hypothetical under the refusal)
            c.modality, c.negated = m.modality, m.negated
        drop.add(id(m))


def _warned_against(evs, pos, drop: set) -> None:
    for c in evs:
        words, _, ci, _ = pos[id(c)]
        if id(c) in drop or ci < 2 or words[ci - 1].norm != "against" or not words[ci].norm.endswith("ing"):
            continue
        m = next((m for m in evs if m is not c and (m.root or "") == "13" and ":verb:" in m.rule
                  and 0 < ci - pos[id(m)][3] <= 10 and _plain_gap(words, pos[id(m)][3] + 1, ci)), None)
        if m is None:
            continue
        # "Russia warned NATO against deploying troops": what was warned against, not an act
        drop.add(id(c))
        _mark(m, "against")


def _main_after_relative(doc, evs, pos) -> None:
    """"Troops who were deployed to the border last month opened fire on smugglers": a restrictive relative clause
    has no comma to end it, so the clause the event stage reads runs from "who" to the sentence's end and the main
    verb after the relative's own verb is marked background.  The second verb of such a clause, with no "and" /
    "or" / "to" / participle between, is the main clause's: a report, whose subject is the relative's antecedent."""
    words, args = pos[id(evs[0])][0], pos[id(evs[0])][1]
    for ev in evs:
        if not ev.historical or ":ref" not in ev.rule or ":verb:" not in ev.rule:
            continue
        _, _, i, _ = pos[id(ev)]
        w = words[i]
        # (a passive main verb too: "A man who shot the premier … was charged with attempted murder", session 40)
        passive = "be" in words[i - 1].cue and w.norm.endswith(("ed", "en")) and i >= 3
        if w.norm.endswith("ing") or i < 3 or words[i - 1].norm == "to" or "aux" in words[i - 1].cue \
                or ("be" in words[i - 1].cue and not passive):
            continue
        k = i - 1
        while k >= 0 and not (words[k].punct or "boundary" in words[k].cue or "comp" in words[k].cue):
            k -= 1
        if k < 1 or "rel" not in words[k].cue:
            continue
        m = next((m for m in evs if m is not ev and ":verb:" in m.rule and k < pos[id(m)][2] < i
                  and ":ref" in m.rule), None)
        if m is None or any(words[j].norm in _COORD for j in range(pos[id(m)][3] + 1, i - (1 if passive else 0))):
            continue
        ante = next((a for a in args if a.i1 == k and a.prep == ""), None)
        ev.historical = False
        ev.rule = ev.rule.replace(":ref", "")
        _mark(ev, "main-after-rel")
        side = "target" if passive else "source"   # (the passive's antecedent is its patient)
        if ante is not None and ante.actor.id != getattr(ev, ("source" if passive else "target") + "_actor_id"):
            _set_side(ev, side, ante.actor, (ante.start, ante.end))


_COORD = frozenset(["and", "or", "but", "then"])


def _crowd_gathering(evs, pos, drop: set) -> None:
    """"Hundreds gathered in Paris to protest the killing": a counted crowd that gathers for a protest coded in the
    same sentence is that protest, not a meeting (04) of its own."""
    for ev in evs:
        if (ev.root or "") != "04" or ev.source_code or ":verb:" not in ev.rule or id(ev) in drop:
            continue
        words, _, i, _ = pos[id(ev)]
        if not any("quant" in words[k].cue for k in range(max(0, i - 3), i)):
            continue
        if any((m.root or "") == "14" and pos[id(m)][2] > i for m in evs):
            drop.add(id(ev))


def _rejected_object(evs, pos, drop: set) -> None:
    """"Hamas rejected talks with Israel", "ruled out talks with the rebels": a cooperative event (roots 03-08) that is
    the direct object of a generic rejection (120) is what was rejected, not a happening: the rejection takes the
    code the ``neg`` rows of the recode tables give the object's code (talks 04 -> 125, release 0841 -> 1243 ...),
    and the object's events are dropped."""
    from .lexicon import lexicon
    for m in evs:
        if id(m) in drop or m.cameo != "120" or ":verb:" not in m.rule or m.negated:
            continue
        words, _, mi, ml = pos[id(m)]
        k = ml + 1
        while k < len(words) and k - ml <= 4 and not words[k].punct and (
                words[k].norm == "out" or "np_pre" in words[k].cue or (words[k].text.islower()
                                                                     and words[k].text.replace("-", "").isalpha()
                                                                     and "adjunct_open" not in words[k].cue
                                                                     and k not in {pos[id(c)][2] for c in evs})):
            k += 1
        if k + 1 < len(words) and "proposal" in words[k + 1].cue:
            continue   # "rejected the ceasefire proposal": the proposal is the object (proposal_author's)
        objs = [c for c in evs if c is not m and id(c) not in drop and pos[id(c)][2] == k
                and "01" < (c.root or "") < "09" and not c.negated]
        code = None
        if not objs:
            # "would not accept third-party mediation", "refused talks with Kyiv": the object noun already read as
            # the refusal of itself (126, 125) is the verb's own code, one event (session 40 GAPEN40)
            objs = [c for c in evs if c is not m and id(c) not in drop and pos[id(c)][2] == k
                    and (c.root or "") == "12" and c.cameo != "120" and ":noun:" in c.rule]
            code = objs[0].cameo if objs else None
        if not objs:
            continue
        code = code or next((to for frm, when, to, _ in lexicon("en").recode
                             if when == "neg" and objs[0].cameo.startswith(frm)), None)
        if code is None:
            continue
        _recode(m, code)
        if not (m.target_code or m.target_country):
            other = next((c for c in objs if c.target_code and c.target_code != m.source_code), None)
            if other is not None:
                copy_side(m, "target", other)
        for c in objs:
            drop.add(id(c))
        _mark(m, "rejected-object")


def _punished_for(evs, pos) -> None:
    """"Police arrested a journalist for criticising the president", "jailed for insulting the king": the act after
    "for" under a coercive verb (root 17) is the alleged reason, background, and the punished one's (round 6)."""
    for ev in evs:
        words, _, i, _ = pos[id(ev)]
        if ev.historical or i < 3 or words[i - 1].norm != "for" or not words[i].norm.endswith("ing"):
            continue
        m = next((m for m in evs if m is not ev and (m.root or "") == "17" and ":verb:" in m.rule
                  and 0 < i - pos[id(m)][3] <= 10 and not any(w.punct for w in words[pos[id(m)][3] + 1:i])), None)
        if m is None:
            continue
        ev.historical = True
        _mark(ev, "ref")
        _mark(ev, "punished-for")
        if m.target_code or m.target_country:
            copy_side(ev, "source", m, "target")
        else:
            clear_side(ev, "source")
        if ev.target_actor_id and ev.target_actor_id in (ev.source_actor_id, m.source_actor_id):
            clear_side(ev, "target")   # (not the punisher, nor the punished itself)


_COOP_ROOTS = frozenset(["03", "04", "05", "06", "07", "08"])


def _failed_to(evs, pos, drop: set) -> None:
    """A failure verb (cue ``fail_verb``; PETRARCH2 FAIL 120) and its coded "to V" complement are one act, not two.
    A failed agreement or other cooperation ("Israel and Hamas failed to reach an agreement": 120 and a negated
    030 both ways) is one rejection (120; the PLOVER GSR codes such sentences REJECT) toward the complement's
    other party; a failed act of another kind ("failed to capture the town") is that act, negated, and the 120
    goes.  Session 9 EN2."""
    for m in evs:
        if id(m) in drop or m.cameo != "120" or ":verb:" not in m.rule:
            continue
        words, _, mi, ml = pos[id(m)]
        if "fail_verb" not in words[mi].cue or ml + 2 >= len(words) or words[ml + 1].norm != "to":
            continue
        cs = [c for c in evs if c is not m and id(c) not in drop and c.cameo != "120" and pos[id(c)][0] is words
              and (pos[id(c)][2] == ml + 2 or (pos[id(c)][2] == ml + 3 and not words[ml + 2].punct))]
        if not cs:
            # "the mission had failed to protect civilians": a failure to do what is no event here is no
            # rejection of anyone either; "the talks failed to produce a deal" is a failed agreement (session 10)
            if not any("agreement_noun" in w.cue for w in words[ml + 2:ml + 7]):
                drop.add(id(m))
            continue
        if ":accused" in m.rule:
            # "accused Russia of failing to protect its citizens": a failure inside an accusation is the accusation's
            # content (the 112 carries it), neither a rejection nor the act not done (session 22 B9EN3)
            drop.update([id(m)] + [id(c) for c in cs])
            continue
        if all((c.root or c.cameo[:2]) in _COOP_ROOTS for c in cs):
            # the rejection keeps its subject; the complement event of the same source lends its other party
            own = next((c for c in cs if c.source_code and c.source_code == m.source_code), None)
            if own is None and not m.source_code:
                own = cs[0]
                copy_side(m, "source", own)
            if own is not None and not (m.target_code or m.target_country) and (own.target_code or own.target_country):
                copy_side(m, "target", own)
            m.confidence = max(m.confidence, max(c.confidence for c in cs))
            for c in cs:
                drop.add(id(c))
            _mark(m, "failed")
            continue
        for c in cs:
            if not c.negated and c.modality == "asserted":
                c.negated = True
            if not c.source_code and m.source_code:
                copy_side(c, "source", m)
        drop.add(id(m))


def apply(doc, same: dict, pos) -> set:
    """The ids of the events of ``same`` (English events by sentence, with ``pos[id(ev)] = (words, args, i, last)``) that are the
    content of another act; recodes the governing acts in place."""
    drop: set = set()
    for group in same.values():
        if not group:
            continue
        if any(e.negated or e.root in _PERMIT_ROOTS or e.cameo == "035" for e in group) \
                and any("permit_verb" in w.cue for w in pos[id(group[0])][0]):
            # (a permission is an 08 event or a refused / negated one: other sentences are not scanned)
            _permission(doc, group, pos, drop)
        if len(group) < 2:
            continue
        if sum(1 for e in group if e.historical) >= 2:
            _main_after_relative(doc, group, pos)
        roots = {e.root for e in group}
        if "12" in roots or "03" in roots:
            _generic_refusal(group, pos, drop)
        if "12" in roots:
            _failed_to(group, pos, drop)
            _rejected_object(group, pos, drop)
        if "17" in roots:
            _punished_for(group, pos)
        if "13" in roots:
            _warned_against(group, pos, drop)
        if "04" in roots and "14" in roots:
            _crowd_gathering(group, pos, drop)
    return drop


_OBJECT_OPENERS = frozenset(["the", "a", "an", "their", "its", "his", "her", "several", "two", "three", "dozens",
                             "targets", "positions", "sites", "bases", "villages", "towns"])


def _has_object(text: str, ev) -> bool:
    """"U.S. and British warplanes struck their positions", "… struck Houthi targets": the fight verb has an object of
    its own (in its trigger words or right after them), so its conjoined subjects act together on it (session 13,
    EN7)."""
    words = (ev.trigger + " " + text[ev.trigger_end:ev.trigger_end + 40]).split()
    return len(words) > 1 and (words[1].lower() in _OBJECT_OPENERS or (len(ev.trigger.split()) > 1
                                                                       and words[1][:1].isupper()))


# the roots / codes ``conjoined_fighters`` acts on: en_doc_rules calls it only for a document with one (s42 SPD42)
FIGHTERS_ON = frozenset(("19",))


def conjoined_fighters(events, text: str = "") -> None:
    """"Rebels and government troops fought for control of the airport": a fight (root 19) whose two conjoined
    subjects became two source-only events (``english.compound_actors``) is the two fighting each other: each takes
    the other as its target.  Only for exactly two conjuncts of different actors and no target named, and not when
    the verb has an object of its own ("struck their positions": allies striking together)."""
    groups: dict = {}
    for ev in events:
        if ev.lang == "en" and ev.root in FIGHTERS_ON and ":compound" in ev.rule and ev.source_code \
                and not (ev.target_code or ev.target_country) and not (text and _has_object(text, ev)):
            groups.setdefault((ev.sentence, ev.trigger_start), []).append(ev)
    for pair in groups.values():
        if len(pair) != 2 or pair[0].source_code == pair[1].source_code \
                or pair[0].source_actor_id == pair[1].source_actor_id:
            continue
        a, b = pair
        copy_side(a, "target", b, "source")
        copy_side(b, "target", a, "source")
        _mark(a, "fight-pair")
        _mark(b, "fight-pair")
