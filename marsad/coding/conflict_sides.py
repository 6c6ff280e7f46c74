""""The two sides" addressed by a call or a demand (Arabic, session 11 AR6).

"دعا الأمين العام للأمم المتحدة طرفي النزاع إلى وقف فوري لإطلاق النار"، "وطالب طرفي النزاع بحماية المدنيين": the
addressee is the conflict's two sides (``two_sides_ar.tsv``: طرفي، الطرفين، الجانبين …), named after a verb trigger
(after its subject too) and before the content (إلى / a ب-word); the content's object (المدنيين) is no target.  When
the document codes two sides of one country against each other (an event whose source and target share a country,
one a state force -- MIL, GOV, COP, SPY -- the other rebels: SDNMIL / SDNREB), the two sides are that country's (target
code: the country); otherwise the target is left empty.  Rule marker ``:two-sides``.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import stable_id
from .pair_anaphora import pair_before
from .structure import actor_of, clear_side, copy_side, form_set, get_lexicon, kind_sets

_ROOTS = frozenset(("02", "10"))
_GUEST_ROOT = "04"   # "واستقبل الوزير الوفدين": the two delegations as a meeting's guests (session 26 AR1B)
_STATE = frozenset(("MIL", "GOV", "COP", "SPY"))
_REBEL = frozenset(("REB", "INS"))
_NON_STATE = frozenset(("LAB", "BUS", "CVL", "OPP", "PTY", "NGO", "EDU", "MED", "REL", "HLH"))   # callers who are no party
_CONTENT = frozenset(("الي", "علي"))
_WINDOW = 10
_COUNTRIES_BACK = 6   # "البلدين" (session 26 AR1): the story's dyad, named further back than "the two sides" (2)


def is_warring(ev) -> bool:
    """Are the event's source and target one country's state force and its rebels (SDNMIL / SDNREB)?"""
    c = ev.source_country
    if not c or c != ev.target_country:
        return False
    roles = {(ev.source_code or "")[3:6], (ev.target_code or "")[3:6]}
    return not roles.isdisjoint(_STATE) and not roles.isdisjoint(_REBEL)


def conflict_country(events) -> "str | None":
    found = {ev.source_country for ev in events if is_warring(ev)}
    return next(iter(found)) if len(found) == 1 else None


def _pair_at(doc, ev, sides) -> "int | None":
    """The start of the two-sides word after the trigger, before the content and any punctuation; None if none."""
    sent = doc.sentences[ev.sentence] if ev.sentence < len(doc.sentences) else None
    if sent is None:
        return None
    n = 0
    toks = doc.tokens[sent.token_start:sent.token_end]
    k = 0
    while k < len(toks):
        t = toks[k]
        k += 1
        if t.start < ev.trigger_end:
            continue
        close = _aside_close(toks, k - 1)
        if close > 0:
            k = close + 1   # "وطالب البيان، الذي تلاه الأمين العام …، البلدين بـ …": a relative aside is passed
            continue
        if not t.norm[:1].isalpha() or (t.norm in _CONTENT and not _name_ali(toks, k - 1, ev)) or "ب" in t.prefix:
            return None   # (punctuation, إلى / على or a ب-word: the content has begun)
        if t.norm in sides and not t.prefix:
            return t.start
        n += 1
        if n >= _WINDOW:
            return None
    return None


_ASIDE_MAX = 12   # words of a relative aside between the subject and the two sides


def _aside_close(toks, j: int) -> int:
    """The index of the comma closing a relative aside opened by the comma ``toks[j]`` ("، الذي تلاه X،": cue ``rel``
    right after it, at most ``_ASIDE_MAX`` words, no other punctuation inside), else -1 (session 45)."""
    if toks[j].text not in "،," or j + 1 >= len(toks) or "rel" not in get_lexicon("ar").cue(toks[j + 1].norm):
        return -1
    for m in range(j + 2, min(len(toks), j + 2 + _ASIDE_MAX)):
        if not toks[m].norm[:1].isalpha():
            return m if toks[m].text in "،," else -1
    return -1


def _name_ali(toks, j: int, ev) -> bool:
    """Is ``toks[j]`` the name علي (written with ي, after a word of a person's name: "محمود علي يوسف"), not the
    preposition على of the content (session 45)?"""
    t = toks[j]
    if t.prefix or t.text != "علي" or j == 0:
        return False
    prev = toks[j - 1]
    return prev.start >= ev.trigger_end and prev.norm[:1].isalpha() and not prev.has_article and not prev.prefix


def addressed(doc, evs: list) -> None:
    """Sentence step (before the joined-verb subject rule): an Arabic call / demand to "the two sides" loses the sides
    read after that word (the content's object: المدنيين), so a joined verb takes its subject from the verb before."""
    sides = None
    for ev in evs:
        if ev.lang != "ar" or ev.root not in _ROOTS | {_GUEST_ROOT} or ev.negated or ":verb:" not in ev.rule \
                or ":two-sides" in ev.rule:
            # (a verb: "مطالب ومكاسب الطرفين" are the two sides' own demands)
            continue
        if sides is None:
            sides = form_set("two_sides_ar.tsv")
        at = _pair_at(doc, ev, sides)
        if at is None or (ev.target_span and ev.trigger_end <= ev.target_span[0] < at):
            continue   # (an addressee named before the two sides: not this construction)
        word = doc.text[at:at + 12].split()[0].strip("،,.")
        if ev.root == _GUEST_ROOT and word not in _delegations():
            continue   # (a meeting's guests: only "the two delegations", not "the two sides")
        if ev.source_span and ev.source_span[0] > at:
            clear_side(ev, "source")
        clear_side(ev, "target")
        ev.rule += ":two-sides"
        if word in _countries():
            ev.rule += ":countries"   # "ودعت قطر البلدين": two countries, never one country's sides (s23 GAPA2)
        elif word in _delegations():
            ev.rule += ":delegations"


_ATTACK = frozenset(("18", "19", "20"))


def _countries() -> frozenset:
    return kind_sets("two_sides_ar.tsv", ("sides", "countries", "delegations"))["countries"]


def _delegations() -> frozenset:
    return kind_sets("two_sides_ar.tsv", ("sides", "countries", "delegations"))["delegations"]


def apply(doc, events: list) -> None:
    """Document step: each call / demand to "the two sides" gets the conflict's country as its target (or none); and
    the bare state force that a country-less spokesman of the same force reports as the attacker ("وقال المتحدث باسم
    الجيش إن الطيران الحربي دمر …", session 12) is that conflict's country's force (``:own-force``)."""
    country = False
    added: list = []
    for ev in events:
        if ev.target_code:
            pass
        elif ":two-sides" in ev.rule:
            if country is False:
                country = conflict_country(events)
            if country and ":countries" not in ev.rule and ":delegations" not in ev.rule:
                ev.target_country = country
                ev.target_code = country
            else:
                _to_pair(events, ev, added)
            continue
        role = ev.source_code
        if ev.root in _ATTACK and role in _STATE and ev.lang == "ar" and ev.quote_id is not None \
                and _defence_reporter(doc, ev):
            # "أعلنت وزارة الدفاع الجزائرية أن وحدات الدفاع الجوي أسقطت طائرة …": a bare force reported by a country's
            # army or defence ministry is that country's own (session 13)
            c = ev.reported_by_code[:3]
            if ev.target_country != c:
                ev.source_country, ev.source_code = c, c + role
                ev.rule += ":own-force"
            continue
        if ev.root not in _ATTACK or ev.source_country or role not in _STATE or ev.lang != "ar" \
                or ev.reported_by_code not in (role, None) or ev.quote_id is None or ev.reported_by_code is None:
            continue
        if country is False:
            country = conflict_country(events)
        if country:
            ev.source_country, ev.source_code = country, country + role
            ev.rule += ":own-force"
    events.extend(added)


def _pair_of(events, ev):
    """The story's pair for "the two sides" of ``ev``: an event of the same sentence between two countries (before or
    after the call: "دعت الجامعة الطرفين إلى ضبط النفس بعد اشتباكات بين السودان وتشاد"), else the nearest earlier one
    of the two sentences before (``pair_anaphora.pair_before``; six for "البلدين", the story's two countries, session 26
    AR1); None when the caller is one of the pair (not a non-state body of one of its countries: a union)."""
    ante = None
    callers = {e.source_country for e in events if e.trigger_start == ev.trigger_start and e.source_country} \
        if (ev.source_role or "") not in _NON_STATE else set()   # (the caller and its co-callers: "Japan and Australia")
    for p in events:
        if p is not ev and p.sentence == ev.sentence and p.source_country and p.target_country \
                and p.source_country != p.target_country and ":two-sides" not in p.rule \
                and not p.rule.endswith("quote-statement") and p.root not in _NO_PAIR_ROOTS \
                and not callers.intersection((p.source_country, p.target_country)):
            # (the caller's own act of the sentence is no pair: "رحب ماكرون بالاتفاق، ودعا الطرفين إلى احترامه",
            # session 34: the pair is looked for before)
            if ante is None or abs(p.trigger_start - ev.trigger_start) < abs(ante.trigger_start - ev.trigger_start):
                ante = p
    if ante is None and ":delegations" in ev.rule:
        ante = _parties_before(events, ev)
    if ante is None:
        back = _COUNTRIES_BACK if ":countries" in ev.rule else 2
        ante = pair_before([p for p in events if p is ev or not callers.intersection((p.source_country, p.target_country))],
                           ev, back)
        if ante is not None and ante.sentence < ev.sentence - back:
            ante = None
    if ante is None and any(":tgt-parties" in p.rule and p.sentence == ev.sentence and p.trigger_start < ev.trigger_start
                            for p in events):
        # (session 46, gapar46) "رحب الأمين العام بالاتفاق، وحث الطرفين على …": the sentence's judgement of an
        # agreement (agreement_object: its parties) names the two sides -- the parties of the nearest earlier signing
        ante = max((p for p in events if p.cameo.startswith("057") and p.trigger_start < ev.trigger_start
                    and p.source_country and p.target_country and p.source_country != p.target_country),
                   key=lambda p: p.trigger_start, default=None)
    if ante is None or ev.source_country in (ante.source_country, ante.target_country) \
            and (ev.source_role or "") not in _NON_STATE:
        return None   # (a union or a party of one of the two may call on both governments: session 32)
    return ante


# the roots of a sentence's act that tells no pair of sides: a statement, a welcome or praise (session 34); nor does an
# act of (or toward) the caller's own country or a co-caller's, the caller a state ("رحب ماكرون بالاتفاق، ودعا الطرفين
# إلى احترامه": the pair is looked for before, without them)
_NO_PAIR_ROOTS = frozenset(("01", "05"))


def _parties_before(events, ev):
    """"the two delegations" (session 26 AR1B): the nearest earlier event, six sentences back at most, between two
    actors of known countries with different codes -- two countries, or one country's two sides ("اتفق وفدا مجلس
    النواب والمجلس الأعلى للدولة": LBYLEG / LBYGOV); else None."""
    ante = None
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or p.sentence < ev.sentence - _COUNTRIES_BACK \
                or p.rule.endswith("quote-statement") or ":two-sides" in p.rule:
            continue
        if p.source_country and p.target_country and p.source_code and p.target_code \
                and p.source_code != p.target_code and (ante is None or p.trigger_start > ante.trigger_start):
            ante = p
    return ante


def _to_pair(events, ev, added: list) -> None:
    """(session 21, GAPA) a call to "the two sides" with no one-country conflict: one event per party of the story's
    pair (:func:`_pair_of`), rule marker ``:pair``."""
    ante = _pair_of(events, ev)
    if ante is not None:
        sides = ((ante, "source"), (ante, "target"))
    else:
        sides = _fanned_pair(events, ev)
        if sides is None:
            return
    other = replace(ev, id=stable_id(ev.id, "pair"))
    other.plover_context = list(ev.plover_context)
    copy_side(ev, "target", *sides[0])
    copy_side(other, "target", *sides[1])
    for e in (ev, other):
        e.target_span = None
        e.rule += ":pair"
        if ":countries" in e.rule and e.target_country:
            e.target_code, e.target_role = e.target_country, None   # "البلدين": the countries (ARM), not their armies
    added.append(other)


def _fanned_pair(events, ev):
    """(session 25, RECALL) "ودعت الجامعة الطرفين إلى ضبط النفس، وحثت الخرطوم وأبوظبي على حل خلافاتهما": the pair named
    later in the same sentence as the two coordinated objects of one appeal of the same caller (two events of one
    trigger, the caller's source, two countries as targets): ((event, "target"), (event, "target")), else None."""
    fan = [p for p in events if p is not ev and p.sentence == ev.sentence and p.root in _ROOTS
           and p.source_code == ev.source_code and p.target_country and ":two-sides" not in p.rule]
    for i, a in enumerate(fan):
        for b in fan[i + 1:]:
            if a.trigger_start == b.trigger_start and a.target_country != b.target_country \
                    and ev.source_country not in (a.target_country, b.target_country):
                return (a, "target"), (b, "target")
    return None


def _defence_reporter(doc, ev) -> bool:
    """Is the event reported by a country's army (…MIL) or defence ministry (a GOV actor whose words name الدفاع)?"""
    rep = ev.reported_by_code or ""
    if len(rep) != 6 or rep[3:] not in ("MIL", "GOV"):
        return False
    if rep[3:] == "MIL":
        return True
    a = actor_of(doc, ev.reported_by_actor_id)
    words = form_set("defence_ar.tsv")   # (الدفاع is the same normalised and as written)
    return a is not None and any(w in doc.text[s:e] for s, e in a.spans for w in words)
