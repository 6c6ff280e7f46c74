"""Sports pages: no political events from the language of the game (session 12, lead).

News feeds carry sports reports, and their words are the event coder's words: "شن الأهلي هجوما" (the
club attacked), "طرد الحكم المدافع" (the referee sent the defender off), "City crushed United", "the
players protested at the decision".  GDELT codes such sentences as assaults and expulsions; a user counting
conflict per dyad gets noise.  A document is a sports report when it holds at least :data:`MIN_CUES`
distinct cue words (``domain.tsv``, role ``sports``: words rare outside sports pages, such as مباراة،
الشوط، referee, midfielder).  Then:

- when at least :data:`PAGE_SHARE` of its coded sentences hold a cue, the whole page is a sports report and
  every event of a sentence without an anchor word is dropped (a sentence of the page need not name the
  game: "City attacked from the opening whistle");
- otherwise (a news page with a sports paragraph) only the events of sentences that hold a cue are dropped.

An anchor (role ``anchor``: the police, riots, the dead and wounded, arrests, a minister, protesters)
keeps a sentence's events: fans' riots and the police's response are news in their own right.  The page's
verdict is recorded in ``doc.meta["domain"]`` with the number of events dropped, so a user can see why a
page yields none.  Option ``sports_gate`` (default on) switches the rule off.

Screen pages (session 14, OTH2) pass the same gate with their own cue words (role ``screen``: film, cinema,
actress, box office, فيلم، سينما، مسلسل …): a film review retells battles, sieges and killings that happened to
nobody ("rebels storm the palace", "the villain poisons the old king").  On such a page only the material events
(roots :data:`SCREEN_ROOTS`: protest, force posture, coercion, assault, fight, mass violence) of sentences without
an anchor are dropped, and so is an act of such a sentence with no actor on either side (the heroine "negotiates
with him", "throws her out": session 23, OTH4; not what is said, :data:`SCREEN_SAID_ROOTS`); what the people of the
page say and do to each other off screen ("the actress slammed her critics") stays.  A novel's or a painter's page is a screen page too (روايه، حبكه، تشكيلي، لوحات،
novelist, paintings: "في لوحته تقصف طائرات قرية").  Option ``screen_gate`` (default on) switches it off.

Market pages (session 21, OTH): stock, oil and company news speak of a price war, the speculators' attack, a
battle for commissions, a hostile bid that "attacks" a rival's dominance (role ``market``: shares, shareholders,
takeover, اسهم، مساهمين، استحواذ، المضاربين …).  On such a page only the violent roots :data:`MARKET_ROOTS` (assault,
fight, mass violence) of sentences without an anchor are dropped: sanctions, arrests, strikes and protests of a
business page are news.  Besides the shared anchors, the role's own anchors (``market_anchor``: army, troops,
militants, missile, جيش، قوات، مسلحون …) keep the sentence of a tanker attacked in a market report.  Option
``market_gate`` (default on) switches it off.

Science pages (session 21, OTH; role ``science``: asteroid, spacecraft, crater, telescope, كويكب، ناسا، مركبة فضائية …)
are gated as sports pages are, every root: "an asteroid strike", "a probe struck the asteroid", "the mission's
target", "protect the Earth" are no events between actors.  Option ``science_gate`` (default on).

Private pages (session 22, OTH3): a car recall, a pop star's court day, a travel guide (roles ``business``: carmaker,
supplier, dealers, airbag …; ``celebrity``: singer, fans, publicist, bodyguard …; ``travel``: tourists, travellers,
bookings, beaches …; and ``market``) tell of companies, products, stars and tourists, and the word-by-word coder reads
"the defect" (120), "abused drugs" (180), "cut ties with her bodyguard" (161), "invaded by tourists" (190) as events.
On such a page (found as a sports page is) an event needs a political side: a country named as an actor, an actor of a
role that is not private (:data:`PRIVATE_SIDE_ROLES`: companies, civilians, media, health, education, religion,
criminals, elites: CAMEO's celebrities) or an IGO / NGO; an event whose two sides are private people, companies (BUS),
civilians (CVL) or nobody is dropped (session 23, OTH4: an exam results page too, role ``education``: pupils,
A-level, امتحانات، الثانوية العامة: "the school smashed its record", "universities were bombarded with calls"), except a protest (:data:`PRIVATE_KEEP_ROOTS`) that has a side (session 25, OTH8: "chipmakers rally" on a
market page has none; "workers rallied outside the plant" keeps its crowd) and the events of a sentence with a casualty anchor
(role ``private_anchor``: the dead, the wounded, a stampede, a riot; not the officials of the shared anchors, who are
a political side when they act).  A weather or flood warning is such a page too (session 24, OTH6, role ``weather``:
أرصاد، سيول، منخفض جوي، forecasters: "أطلقت إنذارا"، "الطوارئ تعلن الاستنفار" with no actor).  Option ``private_gate``
(default on).

Crime pages (session 28, PREC6; role ``crime``: detectives, stabbing, robbery, burglary, magistrates, CCTV …): a local
police report tells of acts between nobody ("officers are still searching for two men" 090, "he was attacked after he
asked the youths to stop" 020 / 190, "called for more patrols" 150).  The private gate runs once more with this role
and keeps, besides the events with a political side, the crimes (18), the arrests and charges (17, often an agentless
passive: "was charged with burglary") and protests (:data:`CRIME_KEEP_ROOTS`).  English cues only so far.
"""
from __future__ import annotations

from ..lang.columns import token_norm_set
from ..lang.normalize import normalize, without_article
from ..resources import cached, data_path, read_tsv_dicts

MIN_CUES = 3        # distinct cue words of a sports report
PAGE_SHARE = 0.3    # share of coded sentences with a cue that makes the whole page a sports report
SCREEN_ROOTS = frozenset(("14", "15", "17", "18", "19", "20"))   # what a screen page's story does to nobody
SCREEN_SAID_ROOTS = frozenset(("01", "02", "10", "11", "12", "13"))   # what the page's people say, kept without actors
MARKET_ROOTS = frozenset(("18", "19", "20", "138"))   # the metaphors of the market: a price war, the speculators' attack
# (138: "wanted / wants to attack its rival's dominance" -- the assault metaphor as an intent; session 32 FIXEN2;
# a root or a full code, :func:`_gate` reads both)
PRIVATE_ROLES = ("business", "celebrity", "travel", "market", "education", "weather")   # the page kinds of :func:`private_gate`
PRIVATE_SIDE_ROLES = frozenset(("BUS", "MNC", "CVL", "ELI", "MED", "HLH", "EDU", "AGR", "CRM", "DEV", "REL", "CHR", "HIN",
                                "BUD", "JEW", "SUN"))   # actor roles that make no side political: companies, people
PRIVATE_KEEP_ROOTS = frozenset(("14",))   # a protest is political whoever its sides are
# (session 28, PREC6) a local crime page (role ``crime``) keeps, besides the political sides, the crimes themselves and
# what the police and courts do to the suspects (arrests, charges: often an agentless passive) and protests; its other
# acts between nobody ("officers are searching", "asked the youths to stop", "called for more patrols") are no events
CRIME_KEEP_ROOTS = frozenset(("14", "17", "18"))


_NONE = (frozenset(), frozenset())


def _forms() -> dict:
    """{(lang, role): (one-word forms, two-word forms as tuples)}."""
    def load() -> dict:
        out: dict = {}
        for r in read_tsv_dicts(data_path("coding", "domain.tsv")):
            key = (r["lang"].strip(), r["role"].strip())
            one, two = out.setdefault(key, (set(), set()))
            form = r["form"].strip()
            if "_" in form:
                a, b = form.split("_", 1)
                two.add((normalize(a), normalize(b)))
            else:
                one.add(normalize(form))
        return {k: (frozenset(a), frozenset(b)) for k, (a, b) in out.items()}
    return cached(("coding.domain",), load)


def _words(role: str = "sports") -> tuple:
    """((lang, words of its ``role`` forms, the same with the article ال, its forms), ...): the words of every one-
    and two-word form of the role per language, for :func:`_may_be_sports`."""
    def load() -> tuple:
        out = []
        for (lang, r), (one, two) in sorted(_forms().items()):
            if r != role:
                continue
            words = frozenset(one) | frozenset(w for pair in two for w in pair)
            out.append((lang, words, frozenset("ال" + w for w in words), (one, two)))
        return tuple(out)
    return cached(("coding.domain.words", role), load)


def _may_be_sports(doc, role: str = "sports") -> bool:
    """Can the document hold :data:`MIN_CUES` distinct sports cues?  An upper bound from its distinct token norms
    (set operations, no loop over the tokens): a stem (:func:`_stems`) is a token's norm, or the norm without
    ال; a one-word form counts when it is such a stem of some token, a two-word form when both its words are.
    Below the bound :func:`sports_gate` finds fewer cues anyway and changes nothing."""
    norms = token_norm_set(doc)
    bound = 0
    for _, words, al_words, (one, two) in _words(role):
        present = norms & words
        with_al = norms & al_words
        if with_al:
            present |= {w[2:] for w in with_al}
        if not present:
            continue
        bound += len(one & present)
        if two:
            bound += sum(1 for a, b in two if a in present and b in present)
        if bound >= MIN_CUES:
            return True
    return False


def _stems(doc, sent) -> list[str]:
    """The sentence's word stems as the data file writes them (Arabic: no article)."""
    out = []
    for t in doc.tokens[sent.token_start:sent.token_end]:
        n = t.norm
        if t.has_article:
            n = without_article(n)
        out.append(n)
    return out


def _hits(stems: list[str], forms) -> set:
    one, two = forms
    found = {s for s in stems if s in one}
    if two:
        found.update(f"{a}_{b}" for a, b in zip(stems, stems[1:]) if (a, b) in two)
    return found


def sports_gate(doc, events: list, sentence_lang, coded_kinds, *, precheck: bool = True) -> list:
    """``events`` without those of the sports sentences of a sports report (see the module doc).  ``precheck``:
    reject a document that cannot hold enough cues first (:func:`_may_be_sports`; False: always scan, the same
    result)."""
    return _gate(doc, events, sentence_lang, coded_kinds, "sports", None, precheck)


def screen_gate(doc, events: list, sentence_lang, coded_kinds, *, precheck: bool = True) -> list:
    """``events`` without the material events (:data:`SCREEN_ROOTS`) of the screen sentences of a film / series
    page (see the module doc)."""
    return _gate(doc, events, sentence_lang, coded_kinds, "screen", None, precheck,
                 keep=lambda e: e.root not in SCREEN_ROOTS
                 and (e.root in SCREEN_SAID_ROOTS or bool(e.source_actor_id or e.target_actor_id)))


def market_gate(doc, events: list, sentence_lang, coded_kinds, *, precheck: bool = True) -> list:
    """``events`` without the violent events (:data:`MARKET_ROOTS`) of the market sentences of a stock / company
    page (see the module doc)."""
    return _gate(doc, events, sentence_lang, coded_kinds, "market", MARKET_ROOTS, precheck)


def science_gate(doc, events: list, sentence_lang, coded_kinds, *, precheck: bool = True) -> list:
    """``events`` without those of the science sentences of a space / science page (see the module doc)."""
    return _gate(doc, events, sentence_lang, coded_kinds, "science", None, precheck)


def _political_side(doc, actor_id, code, role) -> bool:
    """Is one side of an event political: a country named as an actor (not a place's country), an actor of a
    political role, an IGO / NGO?"""
    if not actor_id or not code:
        return False
    if code.startswith(NAMED_PREFIXES):
        return True
    if role:
        return role not in PRIVATE_SIDE_ROLES
    a = doc.actor(actor_id)
    return a is not None and bool(a.country)


def _political(doc, ev) -> bool:
    return (ev.root in PRIVATE_KEEP_ROOTS and bool(ev.source_code or ev.target_code)) \
        or _political_side(doc, ev.source_actor_id, ev.source_code, ev.source_role) \
        or _political_side(doc, ev.target_actor_id, ev.target_code, ev.target_role)


def private_gate(doc, events: list, sentence_lang, coded_kinds, *, precheck: bool = True) -> list:
    """``events`` without those that have no political side on a business / celebrity / travel / market page (see
    the module doc)."""
    for role in PRIVATE_ROLES:
        if not events or all(_political(doc, e) for e in events):
            break
        events = _gate(doc, events, sentence_lang, coded_kinds, role, None, precheck,
                       keep=lambda e: _political(doc, e), label="private_" + role,
                       anchors=("private_anchor",))
    if events and not all(_political(doc, e) or e.root in CRIME_KEEP_ROOTS for e in events):
        events = _gate(doc, events, sentence_lang, coded_kinds, "crime", None, precheck,
                       keep=lambda e: _political(doc, e) or e.root in CRIME_KEEP_ROOTS, label="private_crime",
                       anchors=("private_anchor",))
    return events


OPINION_HEAD = 3    # the page's first sentences where a column's label ("رأي:", "Opinion:") is looked for
OPINION_TAIL = 2    # its last sentences where the writer's note ("* كاتبة", "The writer is") is looked for
COUNTERFACTUAL = frozenset(("hypothetical", "conditional"))
NAMED_PREFIXES = ("IGO", "NGO")


def _opinion_page(doc, sentence_lang, coded_kinds) -> bool:
    """Is the document an opinion column (see the module doc)?"""
    forms = _forms()
    sents = [s for s in doc.sentences if s.segment_kind in coded_kinds or s.segment_kind == "title"]
    for sent in sents[:OPINION_HEAD]:
        toks = doc.tokens[sent.token_start:sent.token_end]
        if len(toks) > 1 and toks[1].text == ":":
            stems = _stems(doc, sent)
            if _hits(stems[:1], forms.get((sentence_lang(doc, sent), "opinion_head"), _NONE)):
                return True
    for sent in sents[-OPINION_TAIL:]:
        stems = [w for w in _stems(doc, sent) if any(c.isalpha() for c in w)][:4]
        if _hits(stems, forms.get((sentence_lang(doc, sent), "opinion_tail"), _NONE)):
            return True
    return False


def _named(ev) -> bool:
    """Does the event name a country or an international organisation on either side?"""
    return bool(ev.source_country or ev.target_country
                or any(c and c.startswith(NAMED_PREFIXES) for c in (ev.source_code, ev.target_code)))


def _generic_before(doc, ev, sentence_lang) -> bool:
    """A generic quantifier (``opinion_generic``) at most two words before the event's trigger ("أي دولة تفرض")."""
    sent = doc.sentences[ev.sentence]
    toks = doc.tokens[sent.token_start:sent.token_end]
    stems = _stems(doc, sent)
    i = next((k for k, t in enumerate(toks) if t.start >= ev.trigger_start), None)
    if i is None:
        return False
    return bool(_hits(stems[max(0, i - 2):i], _forms().get((sentence_lang(doc, sent), "opinion_generic"), _NONE)))


def opinion_gate(doc, events: list, sentence_lang, coded_kinds) -> list:
    """``events`` without the generalities of an opinion column (see the module doc)."""
    if not events or all(_named(e) for e in events) or not _opinion_page(doc, sentence_lang, coded_kinds):
        return events
    kept = [e for e in events if _named(e)
            or (e.modality in COUNTERFACTUAL and not _generic_before(doc, e, sentence_lang))]
    doc.meta.setdefault("domain", {}).update({"opinion": "page", "events_dropped": len(events) - len(kept)})
    return kept


def _gate(doc, events: list, sentence_lang, coded_kinds, role: str, roots, precheck: bool, *, keep=None,
          label: str = "", anchors: tuple = ("anchor",)) -> list:
    """The gate of ``role``'s pages; ``roots``: the roots it drops (None: every event); ``keep``: an event it keeps
    all the same (a predicate); ``label``: the verdict's key in ``doc.meta["domain"]`` (default ``role``); ``anchors``:
    the shared anchor roles of ``domain.tsv`` besides ``role``'s own (``role + "_anchor"``)."""
    if not events or (roots is not None and not any(e.root in roots or e.cameo in roots for e in events)) \
            or (precheck and not _may_be_sports(doc, role)):
        return events
    forms = _forms()
    cues: set = set()
    cue_sents: set = set()
    anchor_sents: dict = {}   # sentence -> its clauses that hold an anchor ((start, end) offsets) or None: all
    coded = 0
    for si, sent in enumerate(doc.sentences):
        if sent.segment_kind not in coded_kinds:
            continue
        coded += 1
        lang = sentence_lang(doc, sent)
        sports = forms.get((lang, role))
        if not sports:
            continue
        stems = _stems(doc, sent)
        found = _hits(stems, sports)
        if found:
            cues |= {(lang, c) for c in found}
            cue_sents.add(si)
        anchor_forms = [forms.get((lang, a), _NONE) for a in anchors + (role + "_anchor",)]
        if any(_hits(stems, f) for f in anchor_forms):
            anchor_sents[si] = _anchored_clauses(doc, sent, lang, stems, anchor_forms)
    if len(cues) < MIN_CUES:
        return events
    page = len(cue_sents) >= PAGE_SHARE * coded
    kept = [e for e in events
            if _in_anchored(anchor_sents, e) or not (page or e.sentence in cue_sents)
            or (roots is not None and e.root not in roots and e.cameo not in roots) or (keep is not None and keep(e))]
    doc.meta.setdefault("domain", {}).update({label or role: "page" if page else "sentences", "cues": len(cues),
                                              "events_dropped": len(events) - len(kept)})
    return kept


def _in_anchored(anchor_sents: dict, ev) -> bool:
    """Is the event's trigger in an anchored sentence, and in one of its clauses with an anchor when it has several?"""
    if ev.sentence not in anchor_sents:
        return False
    spans = anchor_sents[ev.sentence]
    return spans is None or any(a <= ev.trigger_start < b for a, b in spans)


def _anchored_clauses(doc, sent, lang: str, stems: list, anchor_forms) -> "list | None":
    """The clauses of an anchored sentence that hold an anchor, as (start, end) offsets, when the sentence joins two
    clauses with their own subjects (session 24 OTH7): "الأهلي يجتاح الزمالك … في القمة والشرطة تعتقل مشجعين" -- the
    police of the second clause anchor its arrest, not the first clause's metaphor.  A clause opens at a word of role
    ``clause_conj`` (or, in Arabic, a word with the proclitic و) that is no trigger, right before a word with a verb
    trigger entry ("والشرطة تعتقل"; English "as police arrest": the conjunction, one subject word, the verb).  None
    when the sentence has no such opening (the whole sentence is anchored, as before)."""
    from .structure import get_lexicon, words_of
    words = words_of(doc, sent, get_lexicon(lang))
    if len(words) != len(stems):
        return None
    conj = _forms().get((lang, "clause_conj"), _NONE)[0]

    def verb(k):
        return 0 <= k < len(words) and any(getattr(t, "kind", "") == "verb" for t in words[k].trig[1])

    cuts = []
    for k, w in enumerate(words):
        if w.punct or w.trig[1] or k == 0:
            continue
        if lang == "ar" and w.prefix[:1] == "و" and verb(k + 1):
            cuts.append(k)
        elif lang != "ar" and w.norm in conj and not words[k + 1:k + 2] == [] and not words[k + 1].trig[1] \
                and words[k + 1].text.isalpha() and verb(k + 2):
            cuts.append(k)
    if not cuts:
        return None
    bounds = [0] + cuts + [len(words)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        if any(_hits(stems[a:b], f) for f in anchor_forms):
            out.append((words[a].start, words[b - 1].end))
    return out
