"""The other side of a two-country story as the target of a threat that names none (session 31).

"PARIS - … France expelled two Azerbaijani diplomats …  Aliyev said Baku would not accept lectures from Paris and
warned that any military supplies to Yerevan would be seen as a hostile act", "حذر وزير الخارجية المالي من أن بلاده
سترد على أي اعتداء جديد على سيادتها" in a story of Mali and Algeria: a warning or threat whose clause names no side it
is aimed at is, in a story told between two countries, aimed at the other of the two -- the reader codes AZE -> FRA,
MLI -> DZA.  Without this step the threat has no target and drops out of every dyad.

The story's two countries (:func:`story_pair`) are the two most named (actor spans and places, the dateline too), both
named at least ``MIN_EACH`` times, holding ``PAIR_SHARE`` of all country mentions between them, the second at least
``SECOND_SHARE`` of the first's: a story of one country with foreign reactions, or of three, has no pair.  Only an
event of a root in ``ROOTS`` (threats), with a source of one of the two countries, no target at all, not negated, in a
sentence naming no third country before the threat and no body of the source's own people or institutions after it
(police, courts, the opposition, civilians: a threat at home), whose target was not cleared on purpose (the forum of a threat, rule markers
in ``_CLEARED``).  The target's evidence is the other country's mention nearest before the event (or after it, in
the headline's case).  Rule marker ``:tgt-dyad``.
"""
from __future__ import annotations

from collections import Counter

from ..lang.normalize import normalize
from .structure import country_level, fill_side, kind_sets

# threats only: criticism (11) was measured +1 on the article gold, but a condemnation of an attack whose author no
# rule found ("ودان الرئيس النيجيري الهجوم" in a Nigeria-Chad story) took the other country, not the attackers
ROOTS = frozenset({"13"})
# session 46 (DYAD46): the acts besides threats that a reader aims at the story's other party when their clause names
# none, CAMEO code prefixes, each measured alone on the article gold ("proposed a third round of talks", "lodged a
# protest", "returned fire", "accused", "demanded the release of the sailors", "recalled its ambassador", "scrambled
# jets", "regretted the deaths"), with their own guards: "mil" takes a military source only (an army's air strike
# or returned fire is aimed across the line; a government's "attack" may be told of an old event), "after" none
# with another actor named after the act (the thing rejected may be that actor's: "رفضت الوزارة ما قالته النقابة",
# "rejected the report and accused the commission").  Withdrawn as measured: pledges / agreements (030: an
# agreement to hold elections at home, 2 files down), praise (051, +3 -4), criticism (111, +1 -1), demands at large
# (100, -3), meetings (040, +2 strict +2 extras, and "التقى وزير الخارجية الفرنسي رئيس الوزراء": a bare title's
# partner is either country's, test_events_session14_ar10), visits (042), appeals (020), sanctions and repression
# (16x, 17x: home acts of a home story with a foreign second)
OTHER_PARTY = {"018": (), "035": (), "036": (), "105": (), "112": (), "114": (), "120": ("after",),
               "124": (), "150": (), "154": (), "161": (), "190": ("mil",), "195": ("mil",)}
assert all(len(code) == 3 for code in OTHER_PARTY)   # (_kind_guards looks an event's first three characters up)
MIN_EACH = 3
PAIR_SHARE = 0.7
SECOND_SHARE = 0.3
# rule markers of rules that leave a target empty on purpose (threat_if: the forum of "take the case to the UN")
# (threat_if.own_side_told's cleared target is the warner's own state, which says who would act, not at whom: the
# threat stays open to this step)
_CLEARED = (":forum",)


def story_pair(doc):
    """(first, second) country of a story told between two (see the module doc), or None."""
    mentions: Counter = Counter()
    for a in doc.actors:
        if a.country:
            mentions[a.country] += len(a.spans)
    for pl in doc.places:
        if pl.country and pl.start >= 0:   # (not a country place the places step made for an event: no mention)
            mentions[pl.country] += 1
    top = mentions.most_common(2)
    if len(top) < 2:
        return None
    (a, n), (b, k) = top
    if k < MIN_EACH or k < SECOND_SHARE * n or n + k < PAIR_SHARE * sum(mentions.values()):
        return None
    return a, b


def _sentence_countries(doc, lo: int, hi: int, places: bool = True) -> set:
    out = {a.country for a in doc.actors if a.country and any(lo <= s < hi for s, _ in a.spans)}
    if places:
        out.update(pl.country for pl in doc.places if pl.country and lo <= pl.start < hi)
    return out


def _nearest(doc, country: str, pos: int):
    """(actor, span) of ``country``'s mention nearest before ``pos`` (a country or a state body of it), else the first
    after it; None when it has none."""
    before = after = None
    for a in doc.actors:
        if a.country != country or not country_level(a):
            continue
        for sp in a.spans:
            if sp[0] < pos:
                if before is None or sp[0] > before[1][0]:
                    before = (a, sp)
            elif after is None or sp[0] < after[1][0]:
                after = (a, sp)
    return before or after


def pair_sides(doc, pos: int):
    """((actor, span), (actor, span)) of the story's two countries' mentions nearest ``pos`` (see :func:`_nearest`), the
    one named last first, or None when the story is told between no two (``pair_anaphora``: "The two sides agreed …"
    with no event of two countries before it)."""
    pair = story_pair(doc)
    if pair is None:
        return None
    a, b = _nearest(doc, pair[0], pos), _nearest(doc, pair[1], pos)
    if a is None or b is None:
        return None
    return (b, a) if b[1][0] > a[1][0] else (a, b)


# the sectors of a state's own people and bodies at home: a threat whose words name one of its own country's is about
# home affairs, not the other country ("Dodik warned that any attempt by state police to arrest him would be resisted",
# a Bosnia story with Serbia as the second country)
_DOMESTIC_ROLES = frozenset(("COP", "JUD", "OPP", "CVL", "PTY", "REB", "LEG", "LAB", "EDU", "MED"))


def _own_body_after(doc, ev) -> bool:
    lo, hi = ev.trigger_end, ev.sentence_end
    for a in doc.actors:
        if a.role in _DOMESTIC_ROLES and a.country in (ev.source_country, None) \
                and any(lo <= s < hi for s, _ in a.spans):
            return True
    return False


def _domestic_ministry(doc, ev) -> bool:
    """Is the threat's source an interior or health ministry (``home_country.tsv`` kind ``domestic_ministry``)?  Its
    warnings are aimed at home ("وحذرت وزارة الداخلية من أنها ستتصدى لأي تجمع من دون تصريح", session 45)."""
    if not ev.source_span:
        return False
    words = normalize(doc.text[ev.source_span[0]:ev.source_span[1]]).lower()
    return any(f in words for f in kind_sets("home_country.tsv", ("domestic_ministry",))["domestic_ministry"])


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = ROOTS | {c[:2] for c in OTHER_PARTY}


def _other_party_kind(ev) -> bool:
    """Is ``ev`` one of the non-threat acts of ``OTHER_PARTY`` (its military-only kinds by a military source)?"""
    guards = _kind_guards(ev)
    return guards is not None and ("mil" not in guards or ev.source_role == "MIL")


def _kind_guards(ev):
    """The guards of ``ev``'s kind in ``OTHER_PARTY``, None when it is not one."""
    return OTHER_PARTY.get(ev.cameo[:3])   # (every code of the table three characters: asserted below it)


def _actor_after(doc, ev, pair) -> bool:
    """Does the sentence name an actor after the act other than the two countries themselves ("رفضت الوزارة ما قالته
    النقابة", "rejected the report and accused the commission")?  The act may answer it, not the other country."""
    lo, hi = ev.trigger_end, ev.sentence_end
    for a in doc.actors:
        if a.country in pair and country_level(a):
            continue
        if a.country == ev.source_country and a.role is None:
            continue
        if any(lo <= s < hi for s, _ in a.spans):
            return True
    return False


def apply(doc, events) -> None:
    todo = [ev for ev in events if ev.source_country and not ev.target_code and not ev.negated
            and (ev.root in ROOTS or _other_party_kind(ev)) and not any(m in ev.rule for m in _CLEARED)]
    if not todo:
        return
    pair = story_pair(doc)
    if pair is None:
        return
    for ev in todo:
        if ev.source_country not in pair:
            continue
        other = pair[1] if ev.source_country == pair[0] else pair[0]
        if ev.root not in ROOTS and (ev.target_actor_id or any(
                e.trigger_start == ev.trigger_start and e.source_country == other for e in events)):
            continue   # (an object without a country -- "التقى وزير الخارجية الفرنسي رئيس الوزراء": the bare prime
            # minister is either's -- or the other country a co-subject of the act: "Peru and Ecuador recalled their
            # ambassadors to Colombia")
        # (a place named before a non-threat act is where it was told, not at whom: "speaking at a forum in Oslo,
        # rejected the proposal")
        if _sentence_countries(doc, ev.sentence_start, ev.trigger_start, ev.root in ROOTS) - set(pair):
            continue   # a third country named in the sentence before the threat: it may be aimed at it (one named
            # in the threat's words, "any military supplies to Yerevan", is what the threat is about, not its addressee)
        if _own_body_after(doc, ev) or _domestic_ministry(doc, ev):
            continue   # "warned that any attempt by state police to arrest him would be resisted": a domestic threat
        if ev.root not in ROOTS and "after" in _kind_guards(ev) and _actor_after(doc, ev, pair):
            continue
        hit = _nearest(doc, other, ev.trigger_start)
        if hit is None:
            continue
        if ev.root not in ROOTS and hit[1][0] >= ev.sentence_end and ev.segment_kind == "body" \
                and other not in _sentence_countries(doc, ev.sentence_start, ev.sentence_end):
            continue   # (session 54 blindar54) the other country first named after the sentence of a body act: a reader
            # cannot aim it there ("فيما نشر الجيش مدرعات عند مداخل المدينة" in a Mali story whose Ukraine comes
            # last); a place of it in the sentence counts ("غارات على مناطق أخرى من القطاع")
        fill_side(ev, "target", hit[0], hit[1])
        ev.rule += ":tgt-dyad"
