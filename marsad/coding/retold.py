"""One happening told again within an article: the headline, the lead and the body (session 15, STORY).

News tells its main happening up to three times: the headline ("Soldier killed in border shooting"), the lead ("an
Armenian soldier was shot dead near Tegh") and the body ("Azerbaijani troops opened fire on Armenian positions,
killing a conscript"); "السنغال تستدعي سفير موريتانيا بعد مقتل صياد" then "احتجاجا على مقتل صياد سنغالي برصاص خفر
السواحل".  Each telling is coded where it stands; this step makes them one event: it keeps the most informative telling,
fills its empty fields from the other (an actor side, a date or a place of its own) and records the other's trigger
span in ``Event.also_spans`` (the evidence of the same happening), rule marker ``:retold``.

Two events are one happening only when everything they tell agrees:

- the same CAMEO code, or one is its root's generic code (``xx0``) and the other a code of that root with both
  actors named in both, or a headline's agreement (030) and the body's signing (057) with both actors named in both
  (session 18) -- or a headline's ceasefire (0871) and the body's agreement (030) so named ("India and Pakistan agree
  to ceasefire" over "… agreed on Saturday to stop all firing", session 44) --, or both are violence (roots 18, 19,
  20), one of them names no attacker (the victims'
  telling: "was killed" / مقتل) and both name the victims;
- the same negation and modality, neither of them background (a headline that the learned filter set as background,
  ``:clf-``, is still the headline of the story's happening: it may merge and the kept event is current); never a
  statement (root 01: a statement is its speaker's act);
- compatible actors on each side: the same code, one side empty, or one code less specific than the other with
  nothing against it (``ARM`` and ``ARMMIL``; a bare role and that role of a country, ``MIL`` and ``ARMMIL``: the
  kept event takes the specific one), never a bare role and a country (``GOV`` and ``SAU``), two countries or two roles
  that differ (so a reciprocal act, A expels B's diplomats and B expels A's, stays two events);
- the same date, or one of them dated only by the publication date (a headline's), and no two different places named
  in their own clauses;
- where they stand: one in the headline and the other in the body at most ``_NEAR`` sentences after the lead (outside
  violence the body's telling has a source); or, for violence only, one telling only the victims (no source, a target:
  "was shot dead") and the other the attacker and the victims ("opened fire on Armenian positions"), one in the lead
  (the first body sentence) and the other at most ``_NEAR`` sentences after it, or both in the body at most ``_GAP``
  sentences apart.  But for a protest, the two name one actor side both (an actor-less headline "القمة" is no
  bilateral meeting).  Two meetings of one pair in the body stay two ("the ministers met on Monday …; on the sidelines
  of the summit the president met the king").  Captions are never merged; two events of one sentence are
  ``events._dedupe``'s work.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, definite_ar, kind_sets

_VIOLENT = frozenset(("18", "19", "20"))
_RIOT = "145"   # a crowd storming a building: the violence a later "على خلفية الاقتحام" names (s41, PREC41)
_REPRESSION = "175"   # violent repression (police firing on a crowd) is the same violence family here (session 27 EN3)
_GAP = 2
_NEAR = 5   # the headline's and the lead's happening is told again within this many sentences after the lead
_WEAK_DATES = frozenset(("publication", "unresolved"))
_WEAK_PLACES = frozenset((None, "dateline", "actors"))
_VERBAL = frozenset((1, 3))   # QuadClass: verbal cooperation, verbal conflict


def _retell(prev, e) -> None:
    """``e`` is ``prev`` told again: its trigger span joins ``prev.also_spans`` (marker ``:retold``)."""
    prev.also_spans = sorted(set(list(prev.also_spans) + [(e.trigger_start, e.trigger_end)]))
    if ":retold" not in prev.rule:
        prev.rule += ":retold"


_AGREED_SIGNED = frozenset(("030", "057"))
# the code pairs of one agreement told in two words (the headline's one, the body's other): see _codes_fit
_AGREEMENT_PAIRS = (_AGREED_SIGNED, frozenset(("030", "0871")))
# codes whose verb is an act of its own beside its root's others (a visit or reception verb and the talks held during it;
# events._dedupe reads the same set within a sentence)
OWN_ACT_CODES = frozenset(['1711', '042', '043', '143', '173', '192'])   # 192: a town captured after the fighting is an act of its own (session 28, lead)


def _codes_fit(a, b) -> bool:
    if a.cameo != b.cameo and frozenset((a.cameo, b.cameo)) in _AGREEMENT_PAIRS:
        # "Turkey and Iraq agree to boost security cooperation" over "… the two governments signed an agreement to
        # increase security cooperation": a headline's agreement is the body's signing told short, for one pair named
        # on both sides of both (session 18, DTX); two agreements in the body stay two
        return (a.segment_kind == "title") != (b.segment_kind == "title") \
            and bool(a.source_code and b.source_code and a.target_code and b.target_code)
    if a.root != b.root and (_promised(a, b) or _promised(b, a)):
        return True
    if a.root != b.root and not (_violent(a) and _violent(b)):
        return False
    if a.cameo == b.cameo:
        return True
    if _violent(a) and _violent(b):
        # the victims' telling beside the attacker's, both naming the victims ("struggles" in a headline is no
        # kidnapping told again); or the attacker's telling with no victims beside the attacker's and victims' ("Kenyan
        # police open fire as …" over "police shot dead at least five people", session 27 EN3)
        # (or the root's generic code beside a specific one, both sides named in both: "مصر تقصف درنة" (195) over
        # "شنت طائرات حربية مصرية غارات على … في درنة" (190), session 32 fixar)
        return ((not a.source_code or not b.source_code) and bool(a.target_code and b.target_code)) \
            or _attacker_only(a, b) or _generic_pair(a, b)
    # a root's generic code and a specific one only for one pair told both times ("لن نقبل" in a headline is not the
    # body's refusal to meet, 125); never an own act's verb beside another verb ("الرئيس الجزائري يزور تونس" over "والتقى
    # تبون الرئيس التونسي": the visit and the meeting held during it, session 25 B13AR)
    if ":verb:" in a.rule and ":verb:" in b.rule and (a.cameo in OWN_ACT_CODES or b.cameo in OWN_ACT_CODES):
        return False
    return _generic_pair(a, b)


_COOP_ROOTS = frozenset(("04", "05", "06", "07"))


def _promised(title, body) -> bool:
    """A headline's cooperation told in the present ("المغرب يستأنف علاقاته مع إسرائيل", 050) over the body's promise of it
    (a future verb recoded to the intent root 03: "وأن المملكة ستستأنف الاتصالات … مع إسرائيل", 032), both sides named in
    both (session 34)."""
    return title.segment_kind == "title" and body.segment_kind != "title" and title.root in _COOP_ROOTS \
        and body.root == "03" and body.modality in ("future", "intent") \
        and bool(title.source_code and body.source_code and title.target_code and body.target_code)


def _generic_pair(a, b) -> bool:
    """One of the two codes is its root's generic code (xx0) and both sides are named in both."""
    return ((len(a.cameo) == 3 and a.cameo[2] == "0") or (len(b.cameo) == 3 and b.cameo[2] == "0")) \
        and bool(a.source_code and b.source_code and a.target_code and b.target_code)


def _violent(e) -> bool:
    return e.root in _VIOLENT or e.cameo == _REPRESSION


def _attacker_only(a, b) -> bool:
    """One attacker named alike in both, the victims in one only: the attacker's short telling of its act."""
    return a.lang == b.lang == "en" and bool(a.source_code) and a.source_code == b.source_code \
        and bool(a.target_code) != bool(b.target_code) and ":mutual" not in a.rule and ":mutual" not in b.rule
    # (English only: an Arabic claimed capture, سيطرت, after the lead's killing by the same group is another act,
    # articles_ar somalia-base-attack; never one side of a mutual clash: "troops exchanged heavy fire", then "the army
    # said Pakistani soldiers shelled villages" is one side's claim of its own act, session 10 EN3's test)


def _side_fits(a, b, side: str) -> bool:
    ca, cb = getattr(a, f"{side}_code"), getattr(b, f"{side}_code")
    if not ca or not cb or ca == cb:
        return True
    na, nb = getattr(a, f"{side}_country"), getattr(b, f"{side}_country")
    if side == "target" and a.lang == b.lang == "ar" and _violent(a) and _violent(b) \
            and (_place_target(a) or _place_target(b)):
        return True   # ("غارة إسرائيلية … في الدوحة" (QAT, where) and "شنت إسرائيل غارة على مبنى يقيم فيه أعضاء في حماس"
        # (PSE, who): the country of the attack's place is no other victim than the one named; session 42; Arabic only:
        # in English it merged a shot-down balloon's two tellings wrongly, blind_s56)
    if na and nb and na != nb:
        return False
    if ca.startswith(cb) or cb.startswith(ca):
        return True   # a country and its military (ARM, ARMMIL), an organisation and its organ
    # a bare role and the same role of a country (MIL, ARMMIL); not a bare role and a country (GOV, SAU): they may be
    # anyone's government
    ra, rb = getattr(a, f"{side}_role"), getattr(b, f"{side}_role")
    if _violent(a) and _violent(b) and ra and rb and (na == nb or not (na and nb)):
        # an armed group named two ways in two tellings of one attack ("hideouts of the Pakistani Taliban" (REB), then
        # "killed at least 20 terrorists" (CRM): session 24 PREC2; ``retold_cause.tsv`` kind ``armed``)
        armed = kind_sets("retold_cause.tsv", ("armed",))["armed"]
        if ra.lower() in armed and rb.lower() in armed:
            return True
    if na and na == nb and "title" in (a.segment_kind, b.segment_kind) and {ra, rb} <= _RULERS \
            and "en" in (a.lang, b.lang):
        return True   # (a headline's "Niger junta" (MIL) and the lead's "the officers who seized power" (GOV): a
        # military ruler is both its army and its government; session 42 GAPEN42, English)
    return bool(ra) and ra == rb and not (na and nb)


_RULERS = frozenset(("GOV", "MIL"))
_PLACE_TARGETS = (":tgt-foreign", ":tgt-place")   # a target read from the attack's place, not from an actor


def _place_target(e) -> bool:
    return e.target_span is None and any(m in e.rule for m in _PLACE_TARGETS)


def _dates_fit(a, b) -> bool:
    if a.date_basis in _WEAK_DATES or b.date_basis in _WEAK_DATES or not a.date or not b.date:
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _places_fit(doc, a, b) -> bool:
    if a.place_basis in _WEAK_PLACES or b.place_basis in _WEAK_PLACES or a.place_id == b.place_id:
        return True
    if a.quad_class in _VERBAL and (a.segment_kind == "title") != (b.segment_kind == "title"):
        return True   # a headline's statement or warning: where it was said is seldom told, the places read from its
        # clause are another act's or a slip ("RSF seizes Wad Madani as UN warns of famine"; session 27 EN5)
    pa, pb = doc.place(a.place_id), doc.place(b.place_id)
    if pa is None or pb is None or pa.name == pb.name:
        return True
    # a country or a region and a town of that country ("in Armenia" / "near Tegh", "شمال سيناء" / "العريش") do not
    # disagree (the gazetteer keeps no province of a town: the same country is the test); two towns do
    return pa.country == pb.country and (pa.precision != "city" or pb.precision != "city")


def _background(e) -> bool:
    """Background that does not keep a headline apart: the filter's verdict on a headline (``:clf-``)."""
    return e.historical and not (e.segment_kind == "title" and ":clf-" in e.rule and e.date_basis in _WEAK_DATES)


def _body_pos(doc, i: int, lead: int) -> int:
    """Sentence ``i``'s position for the reach after the lead: page chrome between them ("Related: …",
    "Advertisement": segment kind ``other``) does not count (session 27 EN5: "UN warns of famine" over the body's
    "Griffiths warned" five body sentences after the lead, a "Related:" line between)."""
    if doc is None or i <= lead:
        return i
    sents = doc.sentences
    st = _OTHERS
    if st[0] is not doc or st[1] is not sents or st[2] != len(sents):
        # (session 33, SPD33: asked for every body event, a sum over the sentences before it was events x
        # sentences; a running count of the page chrome, built once per document, gives the same number)
        counts, k = [0], 0
        for s in sents:
            k += s.segment_kind == "other"
            counts.append(k)
        st[:] = [doc, sents, len(sents), counts]
    counts = st[3]
    n = len(sents)
    return i - (counts[min(i, n)] - counts[min(lead + 1, n)]) if i > lead + 1 else i


_OTHERS: list = [None, None, -1, None]   # doc, its sentences list, its length, [page chrome sentences before k]


def _placed(a, b, lead: int, doc=None) -> bool:
    """May ``a`` (told first) and ``b`` be two tellings of one happening by where they stand?"""
    if not _violent(a) and not b.source_code:
        return False   # (outside violence a body event with no source is a speaker the coder missed, not a
        # retelling: "وحذر الاتحاد الأفريقي …، ودعا الطرفين" is the Union's appeal, not the headline's or the lead's)
    if a.root != "14" and not ((a.source_code and b.source_code) or (a.target_code and b.target_code)):
        return False   # (and they name one actor both: an actor-less headline "القمة" is no bilateral meeting, a
        # headline's "nightclub killing" no gang's smashing of display cases "in a separate case")
    if a.segment_kind == "title":
        return b.segment_kind == "body" and _body_pos(doc, b.sentence, lead) <= lead + _NEAR
    if a.segment_kind != "body" or b.segment_kind != "body" or b.sentence <= a.sentence:
        return False
    if a.sentence == lead and b.sentence > lead + _NEAR:
        return False
    if _lead_statement(a, lead):
        return ":quote" in b.rule and a.cameo == b.cameo   # (the lead's reported stance told again by the speaker
        # quoted in the body, s38; one code: a list of measures -- "suspend contacts …, boycott the World Cup" -- is
        # several acts)
    if not _violent(a):
        return False   # (two meetings of one pair in the body are not one: "the ministers met on Monday …; on the
        # sidelines of the summit the president met the king")
    if a.sentence == lead and b.sentence - a.sentence <= _GAP and _attacker_only(a, b):
        return True   # ("police shot dead at least five people …", then "Police fired tear gas, water cannon and live
        # rounds": the lead's attacker tells its act again without the victims, session 27 EN3)
    if not (a.target_code and b.target_code) or (not a.source_code) == (not b.source_code):
        # (the victims' telling and the attacker's, both naming the victims: an actor-less "واعتداءات" is attacks in
        # general, "the fighting put the truce at risk" no victims' telling; two attacks each with its attacker are
        # two reports - "exchanged artillery fire" and "Cambodian forces shelled two villages")
        return False
    return a.sentence == lead or b.sentence - a.sentence <= _GAP


def _lead_statement(e, lead: int) -> bool:
    """(session 38) A stance reported in the lead -- quoted, negated or not asserted: "صرح مسؤول روسي كبير بأن بلاده لن
    تبادر إلى اقتراح إجراء مفاوضات" -- that the body quotes again from its speaker ("قال ريابكوف إن موسكو لا تنوي
    المبادرة إلى اقتراح إجراء مفاوضات مع واشنطن"): the lead summarises the body's statement."""
    return e.sentence == lead and e.segment_kind == "body" and ":quote" in e.rule \
        and (e.negated or e.modality != "asserted")


def _fits(doc, a, b, lead: int) -> bool:
    return a.root != "01" and b.root != "01" and a.negated == b.negated \
        and (a.modality == b.modality or _promised(a, b) or _promised(b, a)) \
        and not _background(a) and not _background(b) and _codes_fit(a, b) and _placed(a, b, lead, doc) \
        and _side_fits(a, b, "source") and _side_fits(a, b, "target") and _dates_fit(a, b) and _places_fit(doc, a, b) \
        and not _further_act(doc, a) and not _further_act(doc, b)


def _further_act(doc, e) -> bool:
    """"Venezuela also freed 20 Venezuelan prisoners" after the headline's "Venezuela releases 10 Americans": a body
    verb right after "also" (``retold_cause.tsv`` kind ``another``) is a further act of its side, no telling of an
    earlier one (session 43 GAPEN43B; English: the word before the trigger)."""
    if doc is None or e.lang != "en" or e.segment_kind != "body":
        return False
    prev = doc.text[max(0, e.trigger_start - 12):e.trigger_start].split()
    return bool(prev) and prev[-1].lower() in kind_sets("retold_cause.tsv", ("opener", "another"))["another"]


def _rank(e) -> tuple:
    return (bool(e.source_code) + bool(e.target_code), e.segment_kind == "body", e.date_basis not in _WEAK_DATES,
            e.place_basis not in _WEAK_PLACES, len(e.source_code or "") + len(e.target_code or ""),
            bool(e.source_code))


def absorb(keep, other) -> None:
    """``keep`` takes ``other``'s trigger span as further evidence and every field it lacks."""
    for side in ("source", "target"):
        mine, theirs = getattr(keep, f"{side}_code"), getattr(other, f"{side}_code")
        if theirs and (not mine or (theirs.startswith(mine) and len(theirs) > len(mine))
                       or (getattr(other, f"{side}_country") and not getattr(keep, f"{side}_country"))):
            copy_side(keep, side, other)   # (the more specific code of one actor: ARMMIL for ARM)
    if keep.date_basis in _WEAK_DATES and other.date_basis not in _WEAK_DATES:
        keep.date, keep.date_end, keep.date_granularity = other.date, other.date_end, other.date_granularity
        keep.date_basis, keep.date_timeref_id = other.date_basis, other.date_timeref_id
    if keep.place_basis in _WEAK_PLACES and other.place_basis not in _WEAK_PLACES:
        keep.place_id, keep.place_basis = other.place_id, other.place_basis
    if not keep.reported_by_code and other.reported_by_code:
        keep.reported_by_code, keep.reported_by_actor_id = other.reported_by_code, other.reported_by_actor_id
    if keep.historical and not other.historical:
        keep.historical = False   # (a headline set as background by the filter, told as current in the body)
    keep.confidence = max(keep.confidence, other.confidence)
    spans = [(other.trigger_start, other.trigger_end)] + list(other.also_spans) + list(keep.also_spans)
    keep.also_spans = sorted(set(spans))
    if ":retold" not in keep.rule:
        keep.rule += ":retold"


def _likeness(a, b) -> tuple:
    """How well body event ``b`` tells headline event ``a`` again: the same code, the actor codes named alike on both
    sides, the same countries (a headline that fits two body events is the one it matches best: session 17 ARG)."""
    same = sum(1 for side in ("source", "target") if getattr(a, f"{side}_code")
               and getattr(a, f"{side}_code") == getattr(b, f"{side}_code"))
    land = sum(1 for side in ("source", "target") if getattr(a, f"{side}_country")
               and getattr(a, f"{side}_country") == getattr(b, f"{side}_country"))
    return a.cameo == b.cameo, same, land


def _best_tellings(doc, events: list, lead: int) -> dict:
    """{id(headline event): the body event it fits best} for each headline event that fits two body events or more
    (the first of equals; one fitting body event needs no choice)."""
    heads = [a for a in events if a.segment_kind == "title" and a.root != "01" and not _background(a)]
    if not heads:
        return {}
    body = [b for b in events if b.segment_kind == "body" and b.root != "01" and not _background(b)
            and _body_pos(doc, b.sentence, lead) <= lead + _NEAR]
    best = {}
    for a in heads:
        fit = [b for b in body if _violent(b) == _violent(a) and _fits(doc, a, b, lead)]
        if len(fit) > 1:
            best[id(a)] = max(fit, key=lambda b: _likeness(a, b))   # (max keeps the first of equals)
    return best


def merge(doc, events: list) -> list:
    """The events of ``doc`` with each happening told again merged into one event (document order kept)."""
    if len(events) < 2:
        return events
    lead = next((i for i, s in enumerate(doc.sentences) if s.segment_kind == "body"), -1)
    near = lead + _NEAR
    best = _best_tellings(doc, events, lead)
    # the events that may be told first, by family (a root; violence is one): the headline's, and the body's violence
    alive: dict = {}
    drop: set = set()
    for b in sorted(events, key=lambda e: (e.sentence, e.trigger_start)):
        if b.root == "01" or _background(b):
            continue
        violent = _violent(b)
        fam = "V" if violent else b.root
        told = alive.get(fam)
        for pair in _AGREEMENT_PAIRS:
            if b.cameo in pair:   # (a headline's agreement and the body's signing; a headline's ceasefire and the
                # body's agreement)
                told = (told or []) + [x for c in pair if c != b.cameo for x in alive.get(c[:2], ())]
        if fam == "03" and b.modality in ("future", "intent"):
            # (a headline's cooperation, the body's promise of it: _promised, session 34)
            told = (told or []) + [x for r in sorted(_COOP_ROOTS) for x in alive.get(r, ())]
        a = next((a for a in reversed(told) if _fits(doc, a, b, lead)
                  and best.get(id(a), b) is b), None) if told and (violent or _body_pos(doc, b.sentence, lead) <= near) \
            else None
        if a is None:
            if b.segment_kind == "title" or (violent and b.segment_kind == "body") or _lead_statement(b, lead):
                alive.setdefault(fam, []).append(b)
            continue
        keep, other = (b, a) if _rank(b) > _rank(a) else (a, b)
        absorb(keep, other)
        drop.add(id(other))
        best.pop(id(a), None)   # (told again by its best match: a later telling may still join it)
        if keep is b:
            for kept in alive.values():
                for i, x in enumerate(kept):
                    if x is a:
                        kept[i] = b
    if drop:
        drop |= _copies_of_merged(events, drop)
    if lead >= 0:
        drop |= _lead_causes(doc, [e for e in events if id(e) not in drop], lead)
    return [e for e in events if id(e) not in drop] if drop else events


def _copies_of_merged(events: list, drop: set) -> set:
    """(session 24, PREC2) The other target copies of a telling merged into another event: "ومظاهرات في مقديشو رفضا
    لاتفاق ميناء بين إثيوبيا وأرض الصومال" in a headline gives one protest per country of the purpose; the body's
    protest against Ethiopia took one copy as its telling, and the copy against the other country is the same words
    of the same happening (an act told against two targets is one happening, its other copy optional), so it joins
    the kept event too.  Only copies of one trigger span, code, source, negation and modality that differ in the
    target (a copy with another source - "Egypt and Jordan condemn" - is another actor's act and stays), and never
    a copy that itself merged with a telling of its own."""
    gone = [e for e in events if id(e) in drop and ":compound" in e.rule]
    more: set = set()
    for o in gone:
        keep = next((k for k in events if id(k) not in drop and (o.trigger_start, o.trigger_end) in k.also_spans), None)
        if keep is None:
            continue
        for c in events:
            if c is o or id(c) in drop or c is keep or ":retold" in c.rule or c.also_spans \
                    or (c.trigger_start, c.trigger_end) != (o.trigger_start, o.trigger_end) or c.cameo != o.cameo \
                    or c.source_code != o.source_code or c.target_code == o.target_code \
                    or c.negated != o.negated or c.modality != o.modality or c.historical != o.historical:
                continue
            more.add(id(c))
            if ":retold" not in keep.rule:
                keep.rule += ":retold"
    return more


def _cause_clause(doc, e, words: dict) -> bool:
    """Is ``e`` told in an "after …" clause of its sentence (a word of kind ``opener`` at most 8 words before the
    trigger, no comma or semicolon between)?"""
    sent = doc.sentences[e.sentence]
    before = doc.text[sent.start:e.trigger_start]
    cut = max(before.rfind(","), before.rfind(";"))
    toks = [t.strip("\"'()").lower() for t in before[cut + 1:].split()][-8:]
    return any(t in words["opener"] for t in toks)


def _lead_causes(doc, events: list, lead: int) -> set:
    """The lead's cause told again in the body (session 19, ENX): "India ordered a Canadian diplomat to leave …,
    hitting back after Canada expelled an Indian diplomat" (166 CAN -> INDGOV), then "Ottawa had expelled the head of
    India's intelligence service in the country" (166 CANGOV -> INDSPY).  An act of the lead sentence told in an
    "after" clause (``retold_cause.tsv``, kind ``opener``; not violence, which ``merge`` handles) is one happening
    with the first body event at most ``_NEAR`` sentences after the lead that has its CAMEO code, its negation and
    modality, and the same countries on both sides: the target may be another role of that country (a diplomat, a
    spy chief).  The body's telling is kept (the "after" clause takes its date from the main clause, so its date is
    not compared); a body event after "also" (kind ``another``) is a further act and stays."""
    words = kind_sets("retold_cause.tsv", ("opener", "another"))
    causes = [a for a in events if a.sentence == lead and a.segment_kind == "body" and not _violent(a)
              and a.root != "01" and not a.historical and a.source_country and a.target_country
              and a.source_country != a.target_country]
    drop: set = set()
    for a in causes:
        if not _cause_clause(doc, a, words):
            continue
        for b in events:
            if b is a or b.segment_kind != "body" or not (lead < b.sentence <= lead + _NEAR):
                continue
            if b.cameo != a.cameo or b.negated != a.negated or b.modality != a.modality or b.historical \
                    or b.source_country != a.source_country or b.target_country != a.target_country:
                continue
            prev = doc.text[max(0, b.trigger_start - 12):b.trigger_start].split()
            if prev and prev[-1].lower() in words["another"]:
                break   # ("Somalia also expelled two Kenyan attaches": another act; nothing later is the cause)
            date = (b.date, b.date_end, b.date_granularity, b.date_basis, b.date_timeref_id)
            absorb(b, a)
            b.date, b.date_end, b.date_granularity, b.date_basis, b.date_timeref_id = date
            drop.add(id(a))
            break
    return drop


def drop_references(events: list) -> list:
    """(session 19, B6TH) "خرج مئات الفلسطينيين في مسيرة ضد الاقتحام"، "ونددت حماس بما وصفته بالمجزرة" after the
    article told the raid and its dead: a definite Arabic violence noun (roots 18-20, ال / بال / لل …) that the
    learned filter or the reference rule set as background (``:clf-`` / ``:ref``), in the body and dated by no date of
    its own (not ``explicit``), names the violence the article told before: it is no event of its own but further
    evidence of the latest earlier current violence event of the body (its span joins ``also_spans``, marker
    ``:retold``), also when it stands under a negated verb ("ولم يعلق الجيش على الغارة": the negation is the
    comment's).  Without an earlier current violence event ("في ذكرى المجزرة" alone) it stays; an indefinite noun
    ("في هجوم"), one with its own date ("الهجوم الذي وقع عام 2020") or with its own attacker right after it of another
    country than the earlier event's ("الغارات التركية") stays.  Session 41 (PREC41): a crowd's storming told as a riot
    (145, "واقتحم مئات المحتجين السفارة") is such earlier violence too ("توقيف نحو 40 شخصا على خلفية الاقتحام")."""
    if len(events) < 2:
        return events
    drop = set()
    for k, e in enumerate(events):
        if e.lang != "ar" or e.root not in _VIOLENT or not e.historical or e.segment_kind != "body" \
                or e.date_basis == "explicit" or not (":clf-" in e.rule or ":ref" in e.rule) \
                or ":verb:" in e.rule or not definite_ar(e.trigger.split()[0] if e.trigger else ""):
            continue
        prev = next((p for p in reversed(events[:k]) if (p.root in _VIOLENT or p.cameo == _RIOT) and not p.historical
                     and id(p) not in drop
                     and p.segment_kind == "body" and p.sentence < e.sentence), None)
        own = e.source_span and e.source_span[1] > e.trigger_start and e.source_span[0] <= e.trigger_end + 2
        if prev is None or (own and e.source_country != prev.source_country):
            continue   # ("إلا أن الغارات التركية لم تتوقف": its own attacker, not the one told before)
        _retell(prev, e)
        drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


def drop_told_subjects(doc, events: list) -> list:
    """(session 43, PREC43) "وأسفرت المواجهات عن مقتل أكثر من 600 شخص" after "ويتبادل حزب الله والجيش الإسرائيلي
    القصف"، "وجاءت القمة بعد ساعات من …" after the summit's report: a definite Arabic act noun with no actor on either
    side that is the subject of a verb that only comments on a happening (``retold_cause.tsv`` kind ``comment``: جاء،
    أسفر، أدى …, right before it) names the happening told before: its span joins the latest earlier event of the
    headline or the body of its root (or of violence, for violence; a background one too: "ويتبادل الطرفان القصف منذ
    أشهر" is what the clashes name) as evidence (marker ``:retold``), no event of its own.  With no
    such earlier event (a one-sentence report, "وأسفر الهجوم عن مقتل خمسة") it stays.
    Session 51 (prec51): the subject right after a "come" verb opening its sentence (kind ``come``: "وجاءت القمة بعد
    ساعات من …"، "ويأتي اعتقال فلان بعد أقل من أسبوعين على …"، "وتأتي الزيارة في وقت …") is the story's act in a
    sentence that only places it in time or context: dropped also in construct ("اعتقال فلان"), with its own sides,
    and with no earlier event of its root (the headline's "قمة العلا:" codes none)."""
    if len(events) < 2 or not any(e.lang == "ar" and ":noun:" in e.rule for e in events):
        return events
    cues = kind_sets("retold_cause.tsv", ("comment", "come"))
    comment, come = cues["comment"], cues["come"]
    drop = set()
    for k, e in enumerate(events):
        if e.lang != "ar" or ":noun:" not in e.rule or e.segment_kind != "body" or not e.trigger:
            continue
        before = doc.text[e.sentence_start:e.trigger_start].split()
        opening = len(before) == 1 and normalize(before[0]).removeprefix("و") in come
        if not opening and (e.source_code or e.target_code or not definite_ar(e.trigger.split()[0])):
            continue
        if not before or normalize(before[-1]).removeprefix("و") not in comment:
            continue
        prev = next((p for p in reversed(events[:k]) if id(p) not in drop and p.segment_kind in ("body", "title")
                     and p.sentence < e.sentence and (p.root == e.root or (_violent(p) and _violent(e)))), None)
        if opening:
            drop.add(id(e))   # (s51 prec51: "ويأتي اعتقال فلان بعد …": the story's act, told before or not)
        if prev is not None:
            for p in events[:k]:
                if p.trigger_start == prev.trigger_start:
                    _retell(p, e)   # (each copy of that telling: a later step may keep either)
            drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


_MEETING_CODES = frozenset(("040", "042", "043", "044", "046"))   # meet, visit, host, meet elsewhere, negotiate


def drop_meeting_references(doc, events: list) -> list:
    """(session 45, PREC45) "التقى وزير الخارجية المصري نظيره الأردني في عمان …", then "وشارك في المحادثات، التي
    استمرت ثلاث ساعات، مستشارو الوزيرين"، "وانتقدت أحزاب معارضة الزيارة": an Arabic definite meeting, visit or talks
    noun (CAMEO 040 -- 046, ال / بال / لل …) in the body, asserted (negated too, session 46 PREC46: "ولم يشارك عدد من
    القادة في القمة" after the summit: the non-participation's meeting is the one told), with no counterpart of its own
    (no target) and no date written in its own sentence names the meeting the article told before: its span joins
    the latest earlier current event of the headline or the body of the same root as evidence (marker ``:retold``),
    no event of its own.  Without such an earlier meeting ("وشارك في المحادثات وفد أمريكي" opening a story) it
    stays; so does one told as another meeting by the word after it ("الاجتماع المقبل"، "القمة السابقة":
    ``retold_cause.tsv`` kind ``other_meeting``) and a demanded or planned one ("والعودة إلى المفاوضات").
    Session 50 (prec50): a meeting act of its kind told before it in its own sentence names it back too
    (:func:`_told_meeting`), and after an occasion word ("ووقع البلدان خلال الزيارة مذكرة مع البنك الدولي") the noun
    may have a target: the clause's side, not a counterpart of the meeting's."""
    if len(events) < 2 or not any(e.lang == "ar" and e.cameo in _MEETING_CODES for e in events):
        return events
    cues = kind_sets("retold_cause.tsv", ("other_meeting", "other_time"))
    other, other_time = cues["other_meeting"], cues["other_time"]
    occasion = kind_sets("setting_ar_en.tsv", ("occasion",), by_lang=True).get("ar", {}).get("occasion", frozenset())
    own_dated = {t.id for t in doc.timerefs}
    drop = set()
    for k, e in enumerate(events):
        if e.lang != "ar" or e.cameo not in _MEETING_CODES or ":noun:" not in e.rule \
                or e.segment_kind != "body" or e.modality != "asserted" or not e.trigger \
                or not definite_ar(e.trigger.split()[0]):
            continue
        before = doc.text[max(e.sentence_start, e.trigger_start - 20):e.trigger_start].split()[-1:]
        before = normalize(before[0]).strip("،,.؛:\"«(") if before else ""
        at_occasion = before in occasion
        if e.target_code and not at_occasion:
            continue   # (a side of its own: "اللقاء مع نظيره" tells a meeting; "خلال الزيارة" takes the clause's)
        t = next((t for t in doc.timerefs if t.id == e.date_timeref_id), None) \
            if e.date_timeref_id in own_dated else None
        same = _told_meeting(events[:k], e, drop, before in other_time, t)
        if t is not None and t.sentence == e.sentence and not _occasion_after_date(doc, t, e) and same is None:
            continue   # (its own date: "الاجتماع الذي عقد في مارس" is another meeting)
        after = [normalize(w).strip("،,.؛:\"»)") for w in doc.text[e.trigger_end:e.trigger_end + 40].split()[:2]]
        if any(w in other for w in after):
            continue
        prev = same or next((p for p in reversed(events[:k]) if id(p) not in drop
                             and p.segment_kind in ("body", "title") and p.sentence < e.sentence
                             and p.root == e.root and not p.historical), None)
        if prev is None:
            continue
        for p in events[:k]:
            if p.trigger_start == prev.trigger_start:
                _retell(p, e)   # (each copy of that telling: a later step may keep either)
        drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


_MEET_OR_HOST = frozenset(("040", "043", "044"))   # one meeting told as met, hosted or met elsewhere


def _same_kind(told: str, noun: str) -> bool:
    """Can a meeting noun of code ``noun`` name back an act of code ``told`` of its sentence?  A visit or talks noun
    only a visit or talks act ("المفاوضات" after "التقى" is the wider talks a meeting belongs to)."""
    return told == noun or told in _MEET_OR_HOST and noun in _MEET_OR_HOST


def _told_meeting(earlier: list, e, drop: set, other_time: bool, t):
    """(session 50, prec50) A meeting act told before a definite meeting noun in its own sentence ("التقى الرئيسان
    في القاهرة اليوم الأحد، فيما انضم وزير ثالث إلى الاجتماع"): the noun names it back.  A time word right before
    the noun sets it apart ("التقى الوزيران قبيل الاجتماع الوزاري": another meeting, ``retold_cause.tsv`` kind
    ``other_time``); so does a date written after the noun that is not the act's (the noun's own: ``t``, the noun's
    date expression, or None)."""
    if other_time:
        return None
    prev = next((p for p in reversed(earlier) if id(p) not in drop and _same_kind(p.cameo, e.cameo)
                 and p.sentence == e.sentence and p.trigger_end <= e.trigger_start and not p.historical), None)
    if prev is None:
        return None
    return prev if t is None or t.sentence != e.sentence or t.id == prev.date_timeref_id \
        or t.end <= e.trigger_start else None


def _occasion_after_date(doc, t, e) -> bool:
    """(session 47, prec47) "وفي بيان مشترك صدر فجر اليوم في ختام الزيارة": a date written before the meeting noun,
    the noun right after an occasion word (``setting_ar_en.tsv`` kind ``occasion``: ختام، خلال، هامش …), dates the
    clause's own act (the statement issued at the visit's end), not the meeting: no date of the noun's own."""
    if t.end > e.trigger_start:
        return False
    before = doc.text[max(t.end, e.trigger_start - 20):e.trigger_start].split()[-1:]
    occasion = kind_sets("setting_ar_en.tsv", ("occasion",), by_lang=True).get("ar", {}).get("occasion", frozenset())
    return bool(before) and normalize(before[0]) in occasion


_EN_DEFINITE = frozenset(("the", "these", "those"))


def drop_told_subjects_en(doc, events: list) -> list:
    """(session 45 GAPEN45) "The protests began on Monday, when students rallied outside parliament", "The protests
    began after the canopy fell" in a story that told the protests before: an English act noun opening its sentence
    after a definite article (the, these, those) and right before a verb that only tells when or how the happening
    started (``retold_cause.tsv`` kind ``comment_en``: began, started, erupted …) names the story's happening told
    before: its span joins the latest earlier event of the headline or the body of its root (marker ``:retold``), no
    event of its own.  An indefinite noun ("Protests began in three cities"), one not opening its sentence, or one
    with no earlier event of its root stays.
    Session 51 (PRECEN51): the definite noun may also open a clause inside its sentence (kind ``subject_clause_en``
    right before the article: "Police said the rallies were peaceful", "as the parade began", "a spokesman said on
    Friday that the talks had been held in a good atmosphere", ", and the blockade was lifted"), and the verb after it
    may be one that describes the happening or tells what befell it (kind ``subject_state_en``: was, were, had, did
    …) -- the happening told before is what the clause speaks of.  A verb row's word read there is the noun too (the
    article before it).  "The talks will resume next week" (a plan, no description) stays."""
    if len(events) < 2:
        return events
    cues = kind_sets("retold_cause.tsv", ("comment_en", "subject_clause_en", "subject_state_en"))
    comment, clause, state = cues["comment_en"], cues["subject_clause_en"], cues["subject_state_en"]
    text = doc.text
    drop = set()
    for k, e in enumerate(events):
        if e.lang != "en" or e.segment_kind != "body" or " " in e.trigger.strip():
            continue
        before = text[e.sentence_start:e.trigger_start].split()
        after = text[e.trigger_end:e.trigger_end + 20].split()
        word = after[0].lower().strip('"\u201c\u201d,') if after else ""
        if not before or before[-1].lower() not in _EN_DEFINITE or not word:
            continue
        if len(before) == 1:
            if ":noun:" not in e.rule or word not in comment:
                continue
        elif before[-2].lower().strip(",") not in clause or (word not in comment and word not in state):
            continue
        prev = next((p for p in reversed(events[:k]) if id(p) not in drop and p.segment_kind in ("body", "title")
                     and p.sentence < e.sentence and p.root == e.root), None)
        if prev is not None:
            for p in events[:k]:
                if p.trigger_start == prev.trigger_start:
                    _retell(p, e)
            drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


def drop_implied_crowds(events: list) -> list:
    """(session 27, AR3) An Arabic crowd noun a force acts on ("فرقت الشرطة محتجين"، "اعتقلت محتجين"، "مقتل ثلاثة
    محتجين") is no protest report of its own: the implied protest (``ar:implied:crowd``, :mod:`.implied`) of a bare
    (indefinite) crowd noun the learned filter rejected (``:clf-``, so far kept as background) is dropped; a kept one in the headline (or in the body at
    most ``_GAP`` sentences after) a current protest event of the article (its lead's "احتجاجات اندلعت", not itself
    implied) whose source is of the same country (or either names none) is that protest told again: its span joins the
    protest's ``also_spans`` (marker ``:retold``).  A protest noun the force acts on (``ar:implied:noun``) stays.  A
    definite crowd after a count and من ("اعتقلت ثلاثة من المحتجين"، "اعتدوا على عدد من المحتجين": marker
    ``:partitive``) is some people, as a bare one (session 40, PREC40)."""
    drop = set()
    for k, e in enumerate(events):
        if e.lang != "ar" or ":implied:crowd" not in e.rule:
            continue
        if ":clf-" in e.rule and (":partitive" in e.rule or not e.trigger.startswith(("ال", "وال", "بال", "فال", "لل"))):
            drop.add(id(e))   # (a definite crowd, "فرقت الشرطة المتظاهرين", keeps its background protest: the protest
            continue          # the article speaks of; a bare "محتجين" is some people, no protest told)
        title = e.segment_kind != "body"
        prev = next((p for p in events if p.root == "14" and not p.historical and id(p) not in drop
                     and ":implied:" not in p.rule and p.segment_kind == "body"
                     and (0 < p.sentence - e.sentence <= _NEAR if title else 0 < e.sentence - p.sentence <= _GAP)
                     and (not p.source_country or not e.source_country or p.source_country == e.source_country)), None)
        if prev is not None:
            _retell(prev, e)
            drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


def drop_crowd_nouns(events: list) -> list:
    """(session 27, EN3) "Thousands of protesters stormed the parliament …", then "Demonstrators overwhelmed police
    lines and entered the compound": an English crowd noun coded as a protest by itself (``:noun:self``) that the
    reference rule set as background (``:ref``: no time or anchor of its own), in the body at most ``_GAP`` sentences
    after a current protest event (root 14) of the body whose source is of the same country (or either names none),
    is that crowd told again: its span joins the earlier event's ``also_spans`` (marker ``:retold``), no event of its
    own.  Without such an earlier protest ("Demonstrators broke through police lines" opening a story) it stays.
    Session 41 (PREC41): an Arabic definite crowd noun the learned filter judged no report (``:clf-``: "وحطم المحتجون
    البوابة"، "وأغلق المحتجون الطريق") is the crowd an earlier current protest of the body told, at any distance: the
    definite article names it again (in-sample: 3 extra, one wrong, none matched)."""
    if len(events) < 2:
        return events
    drop = set()
    for k, e in enumerate(events):
        if e.root != "14" or not e.historical or e.segment_kind != "body" or ":noun:self" not in e.rule \
                or e.date_basis == "explicit":
            continue
        ar = e.lang == "ar"
        if ar and not (":clf-" in e.rule and definite_ar(e.trigger.split()[0] if e.trigger else "")):
            continue   # (Arabic: only the definite crowd the filter judged no report, "وحطم المحتجون البوابة")
        if not ar and (e.lang != "en" or ":ref" not in e.rule or e.place_basis not in _WEAK_PLACES):
            continue   # (a crowd in a place of its own, "Demonstrators in Lyon blocked a motorway", is another crowd)
        prev = next((p for p in reversed(events[:k]) if p.root == "14" and not p.historical and id(p) not in drop
                     and p.segment_kind == "body" and 0 < e.sentence - p.sentence <= (e.sentence if ar else _GAP)
                     and (not p.source_country or not e.source_country or p.source_country == e.source_country)), None)
        if prev is None:
            continue
        _retell(prev, e)
        drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events
