"""Per-sentence views shared by the quote and event stages: words with their normalised form and
cue types, and the actor mentions of the sentence mapped to word positions.

Only cross-stage functions are used to reach other layers: ``marsad.actors.query.actors_in_span``
(when the actors layer is present) and the model's ``Actor.spans``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Optional

from ..lang.normalize import normalize
from ..lang.split import _abbrevs
from ..model import Actor, Document, Sentence, stable_id
from .. import resources as _resources
from ..resources import cached, data_path, read_tsv_dicts
from .lexicon import Lexicon, lexicon

PUNCT_BOUNDARY = frozenset(",،;؛:")
PUNCT_FINAL = frozenset(".!?؟")
_ARABIC = ("\u0600", "\u06ff")


@dataclass(slots=True)
class Word:
    ti: int            # index into doc.tokens
    start: int
    end: int
    text: str
    norm: str          # normalised whole word
    stem: str          # normalised stem from the tokenizer ('' when same as norm)
    punct: bool
    cue: dict
    prefix: str = ""
    trig: tuple = (None, ())   # (lexicon, trigger entries of the word: of its whole form, else of its stem)


@dataclass(slots=True)
class Arg:
    i0: int            # first word index (inclusive)
    i1: int            # last word index (exclusive)
    actor: Actor
    start: int
    end: int
    prep: str = ""     # governing preposition ('' when none)


def _title_apposition(words, args: list) -> list:
    """"استقبل رئيس الوزراء الشيخ أحمد …": a person whose first word is an honorific (honorifics_ar.tsv) right after
    a bare role noun (no nationality of its own) is that role's name, not the verb's object: the role's span takes
    it in.  A person with a country of their own, or a role with its nationality ("الرئيس المصري الشيخ تميم"),
    stays apart (session 25 B14AR).  A bare role whose country came from an earlier mention (basis anaphora: "رئيس
    الوزراء" after "مجلس الوزراء") is bare in the text too (session 26 AR2)."""
    hon = form_set("honorifics_ar.tsv")
    keep: list[Arg] = []
    for g in args:
        p = keep[-1] if keep else None
        if (p is not None and p.i1 == g.i0 and g.actor.kind == "person" and p.actor.role
                and not g.actor.country and p.actor.basis in ("title", "context", "anaphora")
                and words[g.i0].norm in hon and not words[g.i0].prefix):
            p.i1, p.end = g.i1, g.end
            continue
        keep.append(g)
    return keep


def sentence_lang(doc: Document, sent: Sentence) -> str:
    lang = sent.lang or doc.lang
    if lang in ("ar", "en"):
        return lang
    txt = doc.text[sent.start:sent.end]
    n_ar = sum(1 for c in txt if _ARABIC[0] <= c <= _ARABIC[1])
    return "ar" if n_ar * 3 >= len(txt.replace(" ", "")) else "en"


_EMPTY: dict = {}
_LAST: list = [None, {}]


# {id(words list): (that list, {character start: word index})}: start_index's maps of the recent sentences.  The
# per-document rules walk the events in document order and come back to a sentence after another (a rule with its own
# per-call cache per rule call); one map a words list saves ~16 rebuilds an article (session 51, SPD51).  The list is
# held in the entry, so its id is not reused while the entry lives; emptied when it holds _START_INDEX_MAX lists.
_START_INDEX: dict = {}
_START_INDEX_MAX = 64


_NORM = attrgetter("norm")
_STEM = attrgetter("stem")


# [words list, its norms as a frozenset, its norms and stems as a frozenset or None]: the last words list asked
# about.  The rules of one sentence each gate on has_any(words, …) with the same list (7-9 calls a list, ~190 an
# article): the set is built at the first call and every gate is a set-vs-set test (CPython iterates the smaller
# set) instead of a map over the words: replayed calls 420 -> 204 us an article (session 17, SPD).  Words lists
# are never changed in place (words_of caches them per document); the list is held, so `is` is safe.
_NORM_SETS: list = [None, None, None]


def _norm_set(words: list[Word]) -> frozenset:
    st = _NORM_SETS
    if st[0] is words:
        return st[1]
    ns = frozenset(map(_NORM, words))
    st[0], st[1], st[2] = words, ns, None
    return ns


def event_keys(evs) -> set:
    """The roots and CAMEO codes of ``evs`` (a sentence's or a document's events): a rule module whose declared set
    (``ACTS_ON`` …) is disjoint from them would return the events unchanged and is not called (session 27, SPEED2;
    the per-document rules too since session 42, SPD42)."""
    if len(evs) == 1:   # (most calls: a sentence's one event, ~40 an article; no comprehension frames)
        e = evs[0]
        return {e.root, e.cameo}
    keys = {e.root for e in evs}
    keys.update([e.cameo for e in evs])
    return keys


def has_any(words: list[Word], forms: frozenset) -> bool:
    """Does one of the words' norms belong to ``forms``?  One set test over the norms, iterated in C: the gate of a
    rule that needs one of its words in the sentence (no per-word Python step when none is there)."""
    st = _NORM_SETS   # (_norm_set's hit inline: ~390 gate calls an article, one Python call each saved; s32 SPD32)
    return not forms.isdisjoint(st[1] if st[0] is words else _norm_set(words))


def has_any_form(words: list[Word], forms: frozenset) -> bool:
    """:func:`has_any` over the norms and the tokenizer's stems: a gate for a rule whose test reads ``w.stem or
    w.norm``, so that a clitic form (بحادث، والحادث) opens it as the bare form does."""
    st = _NORM_SETS
    ns = st[1] if st[0] is words else _norm_set(words)
    fs = st[2]
    if fs is None:
        fs = _NORM_SETS[2] = ns.union(map(_STEM, words))
    return not forms.isdisjoint(fs)


# the clitic forms a word's norm or stem may take when hazards.listed(w, forms) holds (its stem without the article
# ال, or with a و / ف the tokenizer left on): f, ال+f, و+f, ف+f, الو+f, الف+f (session 21, SPD)
_LISTED_PREFIXES = ("", "ال", "و", "ف", "الو", "الف")


def listed_forms(forms) -> frozenset:
    """Every form of ``forms`` with each clitic prefix a listed word may carry: ``has_any_form(words,
    listed_forms(forms))`` is False only when no word of the sentence is listed (``hazards.listed``: the stem
    without ال, also without a leading و / ف) in ``forms`` -- the gate of a rule that tests words that way, one set
    test over the sentence's shared norm-and-stem set instead of a walk over its words (build it once per data set,
    e.g. with ``hazards.derived``)."""
    return frozenset(p + f for f in forms for p in _LISTED_PREFIXES)


def sorted_actor_spans(doc: Document) -> list[tuple[int, int]]:
    """Every actor span of the document, sorted: a rule that reads the actor words after each of its events takes
    them as a slice (:func:`spans_starting`), not a walk over every actor's spans per event (session 50, SPD50).
    Build it once per rule call: a rule may add an actor or a span."""
    return sorted((s, e) for a in doc.actors for s, e in a.spans)


def spans_starting(every: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``every`` (:func:`sorted_actor_spans`) that start in [lo, hi)."""
    return every[bisect_left(every, (lo,)):bisect_left(every, (hi,))]


def head_end(ev) -> int:
    """The end of the event's trigger word itself: a label or description trigger spans its object ("called the raid a
    crime", "وصف الرئاسة طرد السفير بأنه مؤسف"), whose words come after its first word (session 46)."""
    return ev.trigger_start + len(ev.trigger.split(None, 1)[0]) if " " in ev.trigger else ev.trigger_end


def start_index(words: list[Word]) -> dict[int, int]:
    """{character start: word index} of a sentence's words.  The event rules that run after the filter
    each look triggers up by their start; the map is built once per words list (the recent ones are kept:
    the per-document rules come back to a sentence)."""
    got = _START_INDEX.get(id(words))
    if got is not None and got[0] is words:
        return got[1]
    if len(_START_INDEX) >= _START_INDEX_MAX:
        _START_INDEX.clear()
    # (a dictcomp: dict(zip([w.start …], range(n))) runs fewer opcodes but is twice as slow, min-of-40 replay)
    by_start = {w.start: k for k, w in enumerate(words)}
    _START_INDEX[id(words)] = (words, by_start)
    return by_start


def drop_en_nouns(doc: Document, evs: list, acts_on: frozenset, forms: frozenset, told_so) -> list:
    """``evs`` without the English noun events of a root / code of ``acts_on`` whose trigger (lower-cased) is one of
    ``forms`` and for which ``told_so(words, n)`` holds (the sentence's words, the trigger's word index): the shared
    walk of the rules that read a noun's neighbours to find it is no event of its own (session 49: the setting and
    brokered nouns)."""
    out = []
    for e in evs:
        if e.lang == "en" and (e.root in acts_on or e.cameo in acts_on) and ":noun:" in e.rule \
                and e.trigger.strip().lower() in forms and 0 <= e.sentence < len(doc.sentences):
            words = words_of(doc, doc.sentences[e.sentence], lexicon("en"))
            n = start_index(words).get(e.trigger_start, -1)
            if n >= 0 and told_so(words, n):
                continue
        out.append(e)
    return out


def reach_end(words: list[Word], k: int, limit: int) -> int:
    """Index one past the reach that starts at word ``k``: at most ``limit`` words after ``k - 1``, stopping at
    the first punctuation mark (the reach of a hope verb's content, of an "until" under a vow)."""
    j = k
    while j < len(words) and j - (k - 1) <= limit and not words[j].punct:
        j += 1
    return j


def drop_within(words: list[Word], evs: list, reaches: list[tuple[int, int]], keep=None) -> list:
    """The events whose trigger word lies in none of ``reaches`` ([first, end) word indexes), and those
    ``keep(event)`` keeps whatever their place."""
    if not reaches:
        return evs
    starts = start_index(words)
    return [e for e in evs if (keep is not None and keep(e))
            or not any(a <= starts.get(e.trigger_start, -1) < b for a, b in reaches)]


def drop_one_word(words: list[Word], evs: list, roots, pred) -> list:
    """The events but the one-word ones of a root in ``roots`` whose trigger word (its index k) satisfies
    ``pred(k)``: the shared shape of the rules that drop a noun naming a thing, not a happening (a danger,
    an organ's meetings, a weapon made)."""
    def candidate(e) -> bool:
        return e.root in roots and " " not in e.trigger
    if not any(candidate(e) for e in evs):
        return evs
    at = start_index(words)
    out = []
    for e in evs:
        k = at.get(e.trigger_start) if candidate(e) else None
        if k is not None and pred(k):
            continue
        out.append(e)
    return out


def last_word(words: list[Word], k: int, end: int) -> int:
    """Index of the last word of a span that starts at word ``k`` and ends at character ``end`` (a multi-word
    trigger: "launched an aggressive attack", "أطلقت كوريا الشمالية صاروخين")."""
    n = len(words)
    while k + 1 < n and words[k + 1].start < end:
        k += 1
    return k


def insert_after(events: list, added: dict) -> None:
    """Put each event's copies (``added``: ``id(event)`` -> its new events, as a fan-out rule made them) right after
    it, in place; the order of the other events is kept."""
    if not added:
        return
    out = []
    for e in events:
        out.append(e)
        out.extend(added.get(id(e), ()))
    events[:] = out


_CUE_INDEX: list = [None, None]


def cue_index(words: list[Word]) -> dict[str, list[int]]:
    """{cue type: ascending word positions} of a sentence's words, built once per words list (the last one
    is kept, like :func:`start_index`): "is there a word with cue X in [lo, hi)" is a look-up and a bisect
    (:func:`has_cue`) instead of a scan of the words."""
    st = _CUE_INDEX
    if st[0] is words:
        return st[1]
    idx: dict[str, list[int]] = {}
    for k, w in enumerate(words):   # (a plain loop: the slot reads are faster than map(attrgetter))
        if not w.cue:
            continue
        for t in w.cue:
            ps = idx.get(t)
            if ps is None:
                idx[t] = [k]
            else:
                ps.append(k)
    st[0], st[1] = words, idx
    return idx


def has_cue(idx: dict[str, list[int]], cue: str, lo: int, hi: int, skip: int = -1) -> bool:
    """Is there a word with ``cue`` at a position in [lo, hi) other than ``skip`` (``idx``: :func:`cue_index`)?"""
    ps = idx.get(cue)
    if not ps:
        return False
    k = bisect_left(ps, lo)
    n = len(ps)
    if k < n and ps[k] == skip:
        k += 1
    return k < n and ps[k] < hi


# the roles of a state's own bodies: with a country they stand for that country as an event side (ally_target,
# story_dyad, prep_country_target)
STATE_BODY_ROLES = frozenset(("GOV", "MIL", "COP", "LEG", "JUD", "SPY"))


def country_level(a) -> bool:
    """Is the actor a country, or a state body of one (a role of :data:`STATE_BODY_ROLES` with its country)?"""
    return bool(a.country) and (a.kind == "country" or a.role in STATE_BODY_ROLES)


SIDE_FIELDS = ("actor_id", "code", "country", "role", "span")   # Event.source_* / Event.target_*
# {side: its field's name} for each field of SIDE_FIELDS: a per-event loop reads getattr(ev, SIDE_SPAN[side]), not
# getattr(ev, f"{side}_span") -- an f-string name is a new string built and hashed on every access (~40 ns more an
# access; session 44, SPD44)
SIDE_ACTOR_ID, SIDE_CODE, SIDE_COUNTRY, SIDE_ROLE, SIDE_SPAN = (
    {side: f"{side}_{f}" for side in ("source", "target")} for f in SIDE_FIELDS)


def fill_side(ev, side: str, actor: Actor, span) -> None:
    """Write ``actor`` (with its evidence ``span``) as the event's ``side`` ("source" / "target" / another
    prefix with the same five fields): the one place every coding rule sets an event's actor."""
    if side == "source":   # (the two sides written directly: no attribute names built per call)
        ev.source_actor_id, ev.source_code, ev.source_country = actor.id, actor.code or actor.country, actor.country
        ev.source_role, ev.source_span = actor.role, (tuple(span) if span else None)
        return
    if side == "target":
        ev.target_actor_id, ev.target_code, ev.target_country = actor.id, actor.code or actor.country, actor.country
        ev.target_role, ev.target_span = actor.role, (tuple(span) if span else None)
        return
    setattr(ev, f"{side}_actor_id", actor.id)
    setattr(ev, f"{side}_code", actor.code or actor.country)
    setattr(ev, f"{side}_country", actor.country)
    setattr(ev, f"{side}_role", actor.role)
    setattr(ev, f"{side}_span", tuple(span) if span else None)


def copy_side(dst, side: str, src, from_side: str = "") -> None:
    """Give ``dst``'s ``side`` the actor of ``src``'s ``from_side`` (the same side by default): every field of
    :data:`SIDE_FIELDS`."""
    from_side = from_side or side
    for f in SIDE_FIELDS:
        setattr(dst, f"{side}_{f}", getattr(src, f"{from_side}_{f}"))


# resources.cached's own table: the rules ask for their word lists on every sentence (~150 calls an article), so
# form_set / kind_sets look their list up there first and build the loader closure and call cached() only on the
# first call (the same objects, and resources.clear_cache still empties it; session 17, SPD)
_LOADED = _resources._cache


def form_set(filename: str) -> frozenset:
    """The normalised ``form`` column of a coding data file (``marsad/data/coding/<filename>``), read once per
    process: the word lists of participles_ar.tsv, hal_ar.tsv …"""
    got = _LOADED.get(("coding.form_set", filename))   # (fast path, see _LOADED)
    if got is not None:
        return got

    def load() -> frozenset:
        return frozenset(normalize(r["form"].strip()) for r in read_tsv_dicts(data_path("coding", filename))
                         if r.get("form", "").strip())
    return cached(("coding.form_set", filename), load)


def kind_sets(filename: str, kinds: tuple, by_lang: bool = False) -> dict:
    """The normalised ``form`` column of a coding data file grouped by its ``kind`` column, read once per process:
    {kind: frozenset} for each of ``kinds`` (empty when the file has none), or with ``by_lang`` {lang: {kind:
    frozenset}} by the ``lang`` column (the word lists of deaths.tsv, market_war.tsv, denied_reports.tsv …)."""
    got = _LOADED.get(("coding.kind_sets", filename, kinds, by_lang))   # (fast path, see _LOADED)
    if got is not None:
        return got

    def load() -> dict:
        out: dict = {}
        for r in read_tsv_dicts(data_path("coding", filename)):
            form = r.get("form", "").strip()
            if form:
                lang = r["lang"].strip() if by_lang else ""
                out.setdefault(lang, {}).setdefault(r["kind"].strip(), set()).add(normalize(form))
        sets = {lang: {k: frozenset(v.get(k, ())) for k in kinds} for lang, v in out.items()}
        return sets if by_lang else sets.get("", {k: frozenset() for k in kinds})
    return cached(("coding.kind_sets", filename, kinds, by_lang), load)


def reversed_copy(ev, tag: str):
    """A copy of ``ev`` with source and target swapped (the other direction of a mutual act), id derived from
    ``ev``'s with ``tag``; its plover_context is its own list."""
    back = replace(ev, id=stable_id(ev.id, tag))
    copy_side(back, "source", ev, "target")
    copy_side(back, "target", ev, "source")
    back.plover_context = list(ev.plover_context)
    return back


def clear_side(ev, side: str) -> None:
    """Empty the event's ``side`` (every field of :data:`SIDE_FIELDS`)."""
    for f in SIDE_FIELDS:
        setattr(ev, f"{side}_{f}", None)


def actor_span(doc: Document, pred) -> tuple:
    """(actor, (start, end)) of the first actor span, in the order of ``doc.actors`` and their spans, for which
    ``pred(start, end)`` holds; (None, None) when none does.  The one scan behind "the actor at / ending at /
    starting after this offset" questions of the rules."""
    for a in doc.actors:
        for s, e in a.spans:
            if pred(s, e):
                return a, (s, e)
    return None, None


_ACTOR_IDS: list = [None, None, -1, None]   # doc, its actors list, that list's length, {id: first actor}


def actor_of(doc: Document, actor_id) -> Optional[Actor]:
    """``doc.actor(actor_id)`` (the first actor with that id, None for None) from an id index built once per
    document and rebuilt when the document, its actors list or that list's length changes (the event stage
    adds split actors), instead of a scan of the actors per question."""
    if actor_id is None:
        return None
    actors = doc.actors
    st = _ACTOR_IDS
    if st[0] is not doc or st[1] is not actors or st[2] != len(actors):
        by: dict = {}
        for a in actors:
            if a.id not in by:
                by[a.id] = a
        st[:] = [doc, actors, len(actors), by]
    return st[3].get(actor_id)


_LAYERS: list = []   # [marsad.timex.dating, marsad.geo.locate], imported at the first event (not per call)


def date_and_place(doc: Document, ev) -> None:
    """Date and place a new event (``timex.dating.date_event``, ``geo.locate.locate_event``); a failure
    of either is a document warning, never a lost event."""
    if not _LAYERS:
        from ..geo import locate
        from ..timex import dating
        _LAYERS[:] = [dating, locate]
    dating, locate = _LAYERS
    try:
        dating.date_event(doc, ev)
    except Exception as e:  # pragma: no cover - a dating failure must not lose the event
        doc.warnings.append(f"date_event failed: {e!r}")
    try:
        locate.locate_event(doc, ev)
        if ev.place_basis == "clause" and ev.root == "14":
            from .solidarity_place import relocate
            relocate(doc, ev, locate)   # "تضامنا مع غزة": not where the crowd stands (session 11)
    except Exception as e:  # pragma: no cover
        doc.warnings.append(f"locate_event failed: {e!r}")


_HAS_TRIG, _END_P, _SPEECH, _DIRECTIVE = 1, 2, 4, 8   # flags of a word type (the last field of its row)
_new = object.__new__
_END_PUNCT = frozenset(PUNCT_BOUNDARY | PUNCT_FINAL)


def _word_type(lex: Lexicon, txt: str, tnorm: str, suffix: str) -> tuple:
    """The word type row of a token (text, tokenizer stem, pronoun suffix): (norm, stem, punct, cue, trig,
    flags), memoised in ``lex._word_memo`` by :func:`sentence_view`."""
    ar = lex.lang == "ar"
    memo = lex._norm_memo
    punct = len(txt) == 1 and not txt.isalnum()
    n = memo.get(txt)
    if n is None:
        n = normalize(txt) if ar else txt.lower()
        if len(memo) < 200_000:
            memo[txt] = n
    stem = tnorm if (ar and tnorm and tnorm != n) else ""
    cue = lex.cue(n) if not punct else _EMPTY
    if not cue and stem:
        cue = lex.cue(stem)
        if "hist" in cue and suffix:   # يقصده (frequents it) is not the definition marker يقصد
            cue = {k: v for k, v in cue.items() if k != "hist"}
    # the trigger entries the event stage looks up (Lexicon.lookup, memoised there too), with the
    # lexicon they come from: one look-up per word type instead of per word
    ents = () if punct else (lex.lookup(n) or (lex.lookup(stem) if stem else ()))
    flags = (_HAS_TRIG if ents else 0) | (_END_P if punct and txt in _END_PUNCT else 0) \
        | (_SPEECH if "speech" in cue else 0) | (_DIRECTIVE if "directive" in cue else 0)
    return (n, stem, punct, cue, (lex, ents) if ents else (lex, ()), flags)


def sentence_view(doc: Document, sent: Sentence, lex: Lexicon) -> tuple:
    """(words, trigger-candidate positions, speech cue positions, end-punctuation positions, has a directive
    cue) of a sentence: :func:`sentence_flags` with the words built (:func:`words_of`).  A candidate has
    trigger entries (``Word.trig``); end punctuation is boundary or final punctuation (``,،;؛:.!?؟``)."""
    rows, cands, speech, endp, directive = sentence_flags(doc, sent, lex)
    return (words_of(doc, sent, lex), cands, speech, endp, directive)


def sentence_flags(doc: Document, sent: Sentence, lex: Lexicon) -> tuple:
    """(word type rows, trigger-candidate positions, speech cue positions, end-punctuation positions, has a
    directive cue) of a sentence, from the flags of its word types (one memo look-up a token) and cached on
    the document like :func:`words_of`, without building the words: a stage asks "is there a trigger
    candidate / a speech cue / a directive word" first and builds the words (:func:`words_of`) only for the
    sentences it reads (about 30 % of the tokens are in sentences neither the quote nor the event stage
    reads).  The rows list has one row a word (its length is the number of words)."""
    if _LAST[0] is not doc:
        _LAST[0] = doc
        _LAST[1] = {}
    cache = _LAST[1]
    vkey = ("view", sent.start, lex.lang)
    view = cache.get(vkey)
    if view is not None:
        return view
    wmemo = lex._word_memo   # (text, tokenizer stem, no suffix) -> word type row
    get = wmemo.get
    rows: list[tuple] = []
    append = rows.append
    cands: list[int] = []
    speech: list[int] = []
    endp: list[int] = []
    directive = False
    k = 0
    for t in doc.tokens[sent.token_start:sent.token_end]:
        got = get((t.text, t.norm, not t.suffix))
        if got is None:
            got = _word_type(lex, t.text, t.norm, t.suffix)
            if len(wmemo) < 300_000:
                wmemo[(t.text, t.norm, not t.suffix)] = got
        append(got)
        f = got[5]
        if f:
            if f & _HAS_TRIG:
                cands.append(k)
            if f & _END_P:
                endp.append(k)
            if f & _SPEECH:
                speech.append(k)
            if f & _DIRECTIVE:
                directive = True
        k += 1
    if endp and lex.lang == "en":
        endp = _abbreviation_dots(doc.tokens, sent.token_start, rows, endp, lex)
    view = cache[vkey] = (rows, cands, speech, endp, directive)
    return view


def _abbreviation_dots(tokens, t0: int, rows: list, endp: list, lex: Lexicon) -> list:
    """English: the full stop of an abbreviation of the sentence splitter's list (``data/ner/abbreviations.tsv``:
    "Oct.", "Gen.", "Sen.", "No.") is part of the word, not punctuation: the splitter never ends a sentence
    there, so no rule should stop at it ("the Oct. 9 vote", "Gen. X said"; session 14 EN8).  Its row becomes
    a plain word "." with no cue; the other end-punctuation positions are returned."""
    abbr = _abbrevs()
    keep = []
    for k in endp:
        if k and rows[k][0] == "." and rows[k - 1][0] in abbr and tokens[t0 + k - 1].end == tokens[t0 + k].start:
            rows[k] = (".", "", False, _EMPTY, (lex, ()), 0)
        else:
            keep.append(k)
    return keep


def words_of(doc: Document, sent: Sentence, lex: Lexicon) -> list[Word]:
    """The sentence's words (cached on the document: the quote and event stages share them), built from
    the word type rows of :func:`sentence_flags`."""
    # one-document cache shared by the quote and event stages (never stored on the document)
    if _LAST[0] is doc:
        got = _LAST[1].get((sent.start, lex.lang))
        if got is not None:
            return got
    rows = sentence_flags(doc, sent, lex)[0]
    ti = t0 = sent.token_start
    # Word(ti, start, end, text, norm, stem, punct, cue, prefix, trig) without the class call: a bare instance
    # and its slots stored here (no argument tuple, no __init__ frame: 0.3 instead of 0.43 us a word)
    out: list[Word] = []
    append = out.append
    for t, g in zip(doc.tokens[t0:sent.token_end], rows):
        w = _new(Word)
        w.ti = ti
        w.start = t.start
        w.end = t.end
        w.text = t.text
        w.norm, w.stem, w.punct, w.cue, w.trig, _ = g
        w.prefix = t.prefix or ""
        append(w)
        if "comp" in w.cue and _in_name(doc, w.start):
            # "دعا بان كي مون الطرفين": a name's first word that folds onto a complementizer (بان = بأن) opens no
            # reported clause (session 37)
            w.cue = {k: v for k, v in w.cue.items() if k != "comp"}
        if not w.prefix and w.text[:1] == "ب" and "b_stem" not in w.cue and w.start in _b_names(doc):
            # "وأشاد بولس بالدور القطري": a surname whose own first letter is ب (بولس، بيكر، بري) named in full before
            # is the verb's subject, not its ب-object (cue b_name, read by events._find_prep; session 53 gapar53)
            w.cue = {**w.cue, "b_name": ""}
        ti += 1
    _LAST[1][(sent.start, lex.lang)] = out
    return out


def _b_names(doc: Document) -> set:
    """The starts of actor mentions whose first word opens with ب and is a word of the actor's Arabic name or of
    another of its mentions ("مسعد بولس … وأشاد بولس"): a name's own letter, no clitic preposition."""
    got = _LAST[1].get("b_names")
    if got is None:
        got = _LAST[1]["b_names"] = set()
        text = doc.text
        for a in doc.actors:
            if len(a.spans) < 2 and not a.name_ar:
                continue
            for s, e in a.spans:
                first = text[s:e].split()[:1]
                if not first or first[0][:1] != "ب" or first[0][:2] == "بب":
                    continue
                if first[0] in (a.name_ar or "").split() or any(
                        s2 != s and first[0] in text[s2:e2].split() for s2, e2 in a.spans):
                    got.add(s)
    return got


def _in_name(doc: Document, pos: int) -> bool:
    """Does a named actor's span (a lexicon entity: "الأمين العام للأمم المتحدة بان كي مون") hold offset ``pos``?"""
    spans = _LAST[1].get("name_spans")
    if spans is None:
        spans = _LAST[1]["name_spans"] = [sp for a in doc.actors if a.entity_id for sp in a.spans]
    return any(s <= pos < e for s, e in spans)


_QUERY: list = []   # [marsad.actors.query or None], imported once


def _actors_in_span(doc: Document, start: int, end: int) -> list[Actor]:
    if not _QUERY:
        try:
            from ..actors import query   # the actors layer's contract
        except ImportError:              # layer missing: read the model directly
            query = None
        _QUERY.append(query)
    query = _QUERY[0]
    if query is not None:
        try:
            return list(query.actors_in_span(doc, start, end))
        except Exception:   # pragma: no cover - a broken layer must not stop coding
            pass
    return [a for a in doc.actors if any(s < end and e > start for s, e in a.spans)]


AR_PREPS = {"علي": "علي", "ضد": "ضد", "مع": "مع", "الي": "الي", "في": "في", "من": "من", "عن": "عن",
            "لدي": "لدي", "بين": "بين", "تجاه": "تجاه", "حيال": "حيال", "امام": "امام", "عبر": "عبر"}
# locative heads: "شرق بغداد", "قرب الحدود", "مدينة جنين" are places, not participants
for _w in ("شرق", "غرب", "شمال", "جنوب", "وسط", "قرب", "بالقرب", "داخل", "خارج", "اطراف", "ضواحي", "مدينه",
           "محافظه", "منطقه", "بلده", "قريه", "العاصمه", "ولايه", "اقليم", "شرقي", "غربي", "شمالي", "جنوبي"):
    AR_PREPS[_w] = "في"
# attribution: "بحسب المسؤولين"، "وفق مصادر": the source of the information, not a participant (oblique)
for _w in ("بحسب", "حسب", "وفق", "وفقا", "حسبما"):
    AR_PREPS[_w] = "عن"
# company: "ودان الوزير الهجوم خلال تفقده الموقع برفقة السفير الإيراني": who came along with the subject is neither
# the verb's subject nor its object (its own oblique, events._OBLIQUE; session 25 B12AR2)
for _w in ("برفقه", "رفقه", "بصحبه", "صحبه", "بمرافقه", "مرافقه"):
    AR_PREPS[_w] = "برفقه"
EN_PREPS = {"against": "against", "with": "with", "to": "to", "on": "on", "in": "in", "from": "from",
            "by": "by", "at": "at", "between": "between", "of": "of", "for": "for", "into": "into"}


def actor_args(doc: Document, sent: Sentence, words: list[Word], lang: str) -> list[Arg]:
    """Actor mentions inside the sentence, as word ranges, sorted by position (cached per document
    like :func:`words_of`; the stages do not modify them)."""
    if not words:
        return []
    if _LAST[0] is doc:
        key = ("args", sent.start, lang, len(doc.actors))
        got = _LAST[1].get(key)
        if got is None:
            got = _LAST[1][key] = _actor_args(doc, sent, words, lang)
        return got
    return _actor_args(doc, sent, words, lang)


def _clitic_on_name(doc: Document, g: Arg) -> bool:
    """(session 50, gapar50) "وأجرى شولتس اتصالا هاتفيا بماكرون": the tokenizer keeps ب / ل on a word it does not
    know, so a person's bare surname read back from an earlier mention holds the clitic in its span and had no
    preposition -- the partner was taken for a subject.  A one-word mention opening with ب / ل whose rest is a word of
    the actor's Arabic name or of another of its mentions has that clitic as its preposition."""
    text = doc.text
    if text[g.start:g.start + 1] not in ("ب", "ل") or " " in text[g.start:g.end].strip():
        return False
    rest = text[g.start + 1:g.end].strip()
    if len(rest) < 3 or (g.actor.name_ar or "").startswith(text[g.start:g.end]):
        return False
    return rest in (g.actor.name_ar or "").split() or any(
        s != g.start and rest in text[s:e].split() for s, e in g.actor.spans)


def _actor_args(doc: Document, sent: Sentence, words: list[Word], lang: str) -> list[Arg]:
    actors = _actors_in_span(doc, sent.start, sent.end)
    if not actors:
        return []
    starts = [w.start for w in words]
    args: list[Arg] = []
    for a in actors:
        if not a.code and not a.country:
            continue
        for s, e in a.spans:
            if s >= sent.end or e <= sent.start:
                continue
            i0 = bisect_right(starts, s) - 1
            if i0 < 0:
                i0 = 0
            i1 = bisect_left(starts, e)
            if i1 <= i0:
                i1 = i0 + 1
            args.append(Arg(i0, i1, a, s, e))
    if lang == "ar":
        for g in args:
            if g.i1 - g.i0 < 3 or not g.actor.name_ar:
                continue
            # "اللجنة قوات الدعم السريع"، "وزارة الداخلية حركة حماس": a definite noun phrase cannot
            # govern a genitive, so one glued before a name whose first word is indefinite (قوات، حركة)
            # is not the name's (the actor stage's span reached back over it)
            m = 1 if words[g.i0].text.startswith("ال") else \
                2 if words[g.i0 + 1].text.startswith("ال") and g.i1 - g.i0 >= 4 else 0
            if g.actor.kind == "person" and (m == 2 or words[g.i0].norm in form_set("honorifics_ar.tsv")
                                             or (m == 1 and g.actor.basis == "title")):
                # a title right before a person's name is part of the subject: الشيخ، الدكتور، المهندس (m = 1)
                # and "وزير الخارجية بدر عبد العاطي"، "رئيس الحكومة نواف سلام" (m = 2: title + definite noun);
                # a person the actor stage read from its role title is that title's: "الناشط كريم الدباغ" (s28)
                continue
            if m and not words[g.i0 + m].text.startswith(("ال", "وال")) and not any(words[x].punct for x in range(g.i0, g.i0 + m)) \
                    and _first_norm(g.actor.name_ar) in (words[g.i0 + m].norm, words[g.i0 + m].stem):
                g.i0 += m
                g.start = words[g.i0].start
    if lang == "ar" and doc.mentions:
        args = _split_merged(doc, sent, words, starts, args)
    args.sort(key=lambda x: (x.i0, -(x.i1 - x.i0)))
    # drop nested duplicates (keep the longest mention at a position)
    out: list[Arg] = []
    for g in args:
        if out and g.i0 < out[-1].i1:
            continue
        out.append(g)
    if lang == "ar" and len(out) > 1:
        out = _title_apposition(words, out)
    preps = AR_PREPS if lang == "ar" else EN_PREPS
    for g in out:
        w = words[g.i0]
        if lang == "ar":
            # clitic preposition on the mention's first word (بواشنطن، لروسيا)
            if doc.text[g.start:g.start + 1] in ("ب", "ل") and g.start == w.start and w.prefix.endswith(("ب", "ل")) \
                    and not (g.actor.entity_id and (g.actor.name_ar or "").startswith(w.text)):
                # (not a name whose own first letter the tokenizer took for the clitic: "بان كي مون", s37)
                g.prep = "ب" if w.prefix.endswith("ب") else "ل"
            elif w.prefix.endswith(("ب", "ل")) and w.start < g.start:
                g.prep = w.prefix[-1]
            elif w.start < g.start and doc.text[w.start:g.start] in ("ل", "ب", "ول", "وب", "فل", "فب"):
                g.prep = doc.text[g.start - 1]   # "للسودان" whose clitic the tokenizer left unsplit
            elif g.start == w.start and not w.prefix and _clitic_on_name(doc, g):
                g.prep = doc.text[g.start]   # "اتصالا هاتفيا بماكرون": the clitic on a surname named before
        j = g.i0 - 1
        if lang == "ar" and j >= 1 and words[j].punct and words[j].text in ('"', "«", "“"):
            j -= 1   # 'بين "جهاز الردع" و…': the preposition before a quoted name (session 27 B19AR)
        # skip one intervening word (e.g. title "على الرئيس") only when it is not an actor
        if lang == "en" and j >= 2 and not g.prep and words[j].norm == "the" and words[j - 1].norm == "by" \
                and words[g.i0].text[:1].isupper() and words[j - 2].norm.endswith(("ed", "en")):
            # "killed by the Taliban": a passive's named agent with its article ("a visit by the Ukrainian foreign
            # minister" is no passive: the visitor stays the noun's argument; s22)
            j -= 1
        if j >= 0 and not g.prep:
            p = preps.get(words[j].norm)
            if p == "عبر" and (j == 0 or words[j - 1].punct):
                p = None   # "عبر الرئيس عن تقديره …": opening its clause عبر is the verb "expressed" (session 19 COVAR)
            if p:
                g.prep = p
            elif lang == "ar" and words[j].norm in ("ب", "ل"):
                g.prep = words[j].norm
        if lang == "ar" and not g.prep and g.i0 >= 2 and not words[g.i0 - 1].punct and (
                ("setting" in words[g.i0 - 2].cue and not gathering_closed(words, g.i0))
                or "setting" in words[g.i0 - 1].cue):
            g.prep = "في"   # "والتقى أردوغان على هامش قمة مجموعة العشرين": the gathering's owner (session 35)
        elif lang == "ar" and not g.prep and g.i0 >= 2 and "venue" in words[g.i0 - 1].cue and (
                words[g.i0 - 1].prefix[-1:] == "ب" or words[g.i0 - 2].norm in ("في", "داخل")):
            g.prep = "في"   # "في اجتماع طارئ عقدوه في مقر الجامعة العربية": the venue's owner, no party (session 35;
            # "أمام مقر البرلمان", a protest's target, stays)
        # partitive "العشرات من المسلحين": the quantified noun is a bare argument
        if g.prep == "من" and g.i0 >= 2 and ("quant" in words[g.i0 - 2].cue or words[g.i0 - 2].norm.isdigit()
                                            or "delegation" in words[g.i0 - 2].cue):   # وفدا من الاتحاد الأوروبي
            g.prep = ""
        # "أدانت كل من مصر والأردن": "كل من" (both / each of; each_of_ar.tsv) opens a coordination of bare arguments,
        # unless a preposition governs it ("انسحبت من كل من سوريا والعراق"; session 25, B12AR)
        elif lang == "ar" and g.prep == "من" and g.i0 >= 2 and words[g.i0 - 2].norm in form_set("each_of_ar.tsv") \
                and not words[g.i0 - 2].prefix and not (g.i0 >= 3 and words[g.i0 - 3].norm in preps):
            g.prep = ""
    if lang == "en":
        for a, b in zip(out, out[1:]):
            # "talks mediated by Qatar and Turkey": the conjunct of a passive's agent is an agent too, no bare object
            # of the verb before (session 42)
            k = b.i0 - 1 - (b.i0 >= 2 and words[b.i0 - 1].norm == "the")   # ("… and the United States")
            if a.prep == "by" and not b.prep and k >= 1 and words[k].norm in ("and", ",") and a.i1 >= k:
                b.prep = "by"
    if lang == "ar":
        # "أي حل عسكري"، "التصعيد العسكري"، "عمل عسكري": a sector adjective after an abstract noun describes the
        # noun; it is no soldier (cues sector_adj / abstract_head, session 10)
        out = [g for g in out if not (g.i1 - g.i0 == 1 and g.i0 > 0 and "sector_adj" in words[g.i0].cue
                                      and "abstract_head" in words[g.i0 - 1].cue)]
    return out


def gathering_closed(words, k: int) -> bool:
    """Does the definite noun before the actor at word ``k`` close its phrase -- a definite noun governs no genitive,
    and the actor's first word is no nisba adjective of it ("على هامش القمة الرئيس الفلسطيني": the president is the
    verb's party; "على هامش القمة الخليجية" is the gathering's own adjective)?  (session 47)"""
    w, a = words[k - 1].norm, words[k].norm
    return w.startswith("ال") and not (a.startswith("ال") and a.endswith(("ي", "يه")))


_FIRST_NORM: dict = {}


def _first_norm(name: str) -> str:
    got = _FIRST_NORM.get(name)
    if got is None:
        parts = normalize(name).split()
        got = _FIRST_NORM[name] = parts[0] if parts else ""
    return got


def _split_merged(doc: Document, sent: Sentence, words, starts, args: list[Arg]) -> list[Arg]:
    """VSO with two adjacent names ("اتهمت إيران الولايات المتحدة …"): when one actor span covers two
    or more named-entity mentions, each mention is its own argument; the first keeps the actor, the
    others are resolved on their own (``marsad.actors.resolve.resolve_text``) and added to
    ``doc.actors`` (so the subject and the object are both there)."""
    cache = _LAST[1] if _LAST[0] is doc else {}
    got = cache.get("mention_starts")
    if got is None:
        ordered = sorted(doc.mentions, key=lambda m: m.start)
        got = cache["mention_starts"] = ([m.start for m in ordered], ordered)
    ms_starts, ordered = got
    out: list[Arg] = []
    for g in args:
        a0, a1 = bisect_left(ms_starts, g.start), bisect_left(ms_starts, g.end)
        if a1 - a0 < 2:   # fewer than two mentions start inside this actor span
            two = _split_nisba(doc, words, g) if g.i1 - g.i0 >= 3 else None
            if two:
                out.extend(two)
            else:
                out.append(g)
            continue
        inner = [m for m in ordered[a0:a1] if m.end <= g.end]
        if len(inner) < 2 or any(b.start < a.end for a, b in zip(inner, inner[1:])) or any(
                normalize(doc.text[a.end:b.start].strip()) in form_set("honorifics_ar.tsv") for a, b in zip(inner, inner[1:])):
            # (not across a title: "الأمين العام لحزب الله الشيخ نعيم قاسم" is one person, session 10)
            out.append(g)
            continue
        parts = []
        made: list[Actor] = []   # new actors, added to doc.actors only when the whole split succeeds
        for k, m in enumerate(inner):
            if k == 0:
                actor = g.actor
            else:
                r = resolve_phrase(doc.text[m.start:m.end], doc.published_at)   # (memoised resolve_text)
                if r is None or not (r.code or r.country) or (r.code or r.country) == (g.actor.code or g.actor.country):
                    parts = []
                    break
                actor = next((a for a in doc.actors if (m.start, m.end) in a.spans), None)
                if actor is None:
                    actor = Actor(id=stable_id(doc.id, "actor-split", m.start, m.end), code=r.code, country=r.country,
                                  role=r.role, kind=r.kind, name_ar=r.name_ar, name_en=r.name_en,
                                  entity_id=r.entity_id, spans=[(m.start, m.end)])
                    made.append(actor)
            i0 = max(0, bisect_right(starts, m.start) - 1)
            i1 = max(i0 + 1, bisect_left(starts, m.end))
            parts.append(Arg(i0, i1, actor, m.start, m.end))
        if parts:
            doc.actors.extend(made)
        out.extend(parts if parts else [g])
    return out


_NOT_HEAD = set(AR_PREPS) | {"لدي", "الي", "علي", "و", "او", "ب", "ل"}
_RESOLVED: dict = {}
_RESOLVE: list = []   # [marsad.actors.resolve or None], imported once


def resolve_phrase(text: str, date):
    """``marsad.actors.resolve.resolve_text`` (Arabic) memoised per process (bounded); None when the
    actors layer is missing or fails."""
    key = (text, date)
    if not _RESOLVE:
        try:
            from ..actors import resolve
        except Exception:   # pragma: no cover - the actors layer is optional here
            resolve = None
        _RESOLVE.append(resolve)
    if _RESOLVE[0] is None:   # pragma: no cover
        return None
    fn = _RESOLVE[0].resolve_text   # (read from the module per call: tests replace it)
    got = _RESOLVED.get(key)
    if got is not None and got[0] is fn:   # (a result of the function in place now: a replaced one is asked again)
        return got[1]
    try:
        r = fn(text, lang="ar", date=date)
    except Exception:   # pragma: no cover - the actors layer is optional here
        r = None
    if len(_RESOLVED) < 50_000:
        _RESOLVED[key] = (fn, r)
    return r


def _split_nisba(doc: Document, words, g: Arg):
    """VSO where the subject ends in a nationality adjective and the object follows with no mention
    boundary ("اتهمت الحكومة السورية تركيا …"، "حذرت الخارجية الروسية الولايات المتحدة …"، "استقبل الملك
    الأردني عبد الله الثاني وزير الخارجية الأميركي"): split the actor span after a nisba adjective
    (ال…ي / ال…ية) when the part before still reads as the actor's country and the part after, with
    no clitic or preposition of its own, reads as another country's actor.  None when no split."""
    for k in range(g.i0 + 2, g.i1):
        prev, w = words[k - 1], words[k]
        if not (prev.norm.startswith("ال") and prev.norm.endswith(("ي", "يه"))) or w.punct:
            continue
        if any(x.prefix or x.norm in _NOT_HEAD or x.punct for x in words[k:g.i1]):
            continue
        left = resolve_phrase(doc.text[g.start:prev.end], doc.published_at)
        if left is None or not left.country or left.country != g.actor.country:
            continue
        r = resolve_phrase(doc.text[w.start:g.end], doc.published_at)
        if r is None or not r.country or r.country == left.country:
            continue
        span = (w.start, g.end)
        actor = next((a for a in doc.actors if span in a.spans), None)
        if actor is None:
            actor = Actor(id=stable_id(doc.id, "actor-split", *span), code=r.code, country=r.country,
                          role=r.role, kind=r.kind, name_ar=r.name_ar, name_en=r.name_en,
                          entity_id=r.entity_id, spans=[span])
            doc.actors.append(actor)
        return [Arg(g.i0, k, g.actor, g.start, prev.end), Arg(k, g.i1, actor, w.start, g.end)]
    return None


def get_lexicon(lang: str, config=None) -> Lexicon:
    """The lexicon for ``lang`` honouring ``PipelineConfig.lexicons`` (keys triggers_ar / triggers_en)."""
    extra: tuple[str, ...] = ()
    replace = False
    if config is not None and getattr(config, "lexicons", None):
        key = "triggers_ar" if lang == "ar" else "triggers_en"
        extra = tuple(config.lexicons.get(key, []))
        replace = not getattr(config, "extend_lexicons", True)
    return lexicon(lang, extra, replace)


def en_new_verb(w) -> bool:
    """Does the English word open a new finite verb phrase after "and" ("denied the charges and was fined", "… and
    resigned"): an auxiliary, a form of "be", a speech verb or a past form in -ed?"""
    return "be" in w.cue or "aux" in w.cue or "speech" in w.cue or (w.norm.endswith("ed") and len(w.norm) > 3)


_SUBJECT_HEADS = ("the", "its", "their", "his", "her", "our", "it", "you", "this", "that")


def en_and_subject(norms: list, k: int, cue) -> bool:
    """Does "and" at ``norms[k]`` (lowercased English words, ``cue(word)`` their cue types) open a clause with a
    subject of its own: a subject pronoun (cue ``subj_pron``: we, they, he, she, I) + a word ("…, and we will
    continue to support Ukraine"), or "the" / "its" / "it" … + at most three words + an auxiliary or a form of "be"
    ("… and the government will keep …")?  The object, place or denied report of the verb before it ends there
    (session 27 EN6).  A bare verb after "and" ("and destroyed villages") is :func:`en_new_verb`'s."""
    nxt = norms[k + 1:k + 6]
    if not nxt or not nxt[0]:
        return False
    if "subj_pron" in cue(nxt[0]):
        return len(nxt) > 1 and nxt[1][:1].isalpha()
    if nxt[0] not in _SUBJECT_HEADS:
        return False
    for w in nxt[1:5]:
        c = cue(w)
        if "aux" in c or "be" in c:
            return True
        if not w[:1].isalpha():
            return False
    return False


def definite_ar(word: str) -> bool:
    """Does an Arabic word carry the article, alone or after its proclitics: ال، وال، فال، بال، كال، وبال، لل (= ل +
    ال)، وللـ …?  One test for the coding modules that ask whether a noun names back something told before."""
    w = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    return w.startswith("ال") or (w[:1] in ("ب", "ك") and w[1:3] == "ال") or w.startswith("لل")
