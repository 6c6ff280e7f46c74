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
        if pl.country:
            mentions[pl.country] += 1
    top = mentions.most_common(2)
    if len(top) < 2:
        return None
    (a, n), (b, k) = top
    if k < MIN_EACH or k < SECOND_SHARE * n or n + k < PAIR_SHARE * sum(mentions.values()):
        return None
    return a, b


def _sentence_countries(doc, lo: int, hi: int) -> set:
    out = {a.country for a in doc.actors if a.country and any(lo <= s < hi for s, _ in a.spans)}
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
ACTS_ON = ROOTS


def apply(doc, events) -> None:
    todo = [ev for ev in events if ev.root in ROOTS and ev.source_country and not ev.target_code and not ev.negated
            and not any(m in ev.rule for m in _CLEARED)]
    if not todo:
        return
    pair = story_pair(doc)
    if pair is None:
        return
    for ev in todo:
        if ev.source_country not in pair:
            continue
        other = pair[1] if ev.source_country == pair[0] else pair[0]
        if _sentence_countries(doc, ev.sentence_start, ev.trigger_start) - set(pair):
            continue   # a third country named in the sentence before the threat: it may be aimed at it (one named
            # in the threat's words, "any military supplies to Yerevan", is what the threat is about, not its addressee)
        if _own_body_after(doc, ev) or _domestic_ministry(doc, ev):
            continue   # "warned that any attempt by state police to arrest him would be resisted": a domestic threat
        hit = _nearest(doc, other, ev.trigger_start)
        if hit is None:
            continue
        fill_side(ev, "target", hit[0], hit[1])
        ev.rule += ":tgt-dyad"
