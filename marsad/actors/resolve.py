"""Resolve a piece of text (an actor phrase) to a CAMEO actor.

``resolve_text("نائب وزير الخارجية الروسي")`` -> ``Resolution(code="RUSGOV", country="RUS",
role="GOV", kind="person", basis="title+nationality", ...)``.

The same phrase machinery (:func:`match_items`, :func:`combine`) is used by the actors stage on
running text, so the CLI, the evaluation and the pipeline agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from .codes import NONSTATE_ROLES, NONSTATE_TOPS, code_main, make_code
from .lexicon import (TYPE_RANK, Entry, Lexicon, clean_word, entry_code, get_lexicon, phrase_key, prefix_of,
                      word_keys)


@dataclass(slots=True)
class Item:
    """A lexicon match over words [i, j) of a word list."""
    i: int
    j: int
    entries: list[Entry]
    type: str
    conj: bool = False          # the first word carries the conjunction و (a new conjunct)
    prefix: str = ""            # proclitic letters stripped from the first word to match
    mention_ids: list[str] = field(default_factory=list)
    mention_type: Optional[str] = None  # for items made from NER mentions (PERS/ORG)
    span: Optional[tuple[int, int]] = None  # character span of a mention item
    # a place name read as several countries (عمان: Oman / Amman; الكونغو: COD / COG): the readings
    # of the other countries (one entry each), and the default country (context.tsv) when the
    # document does not decide
    alt: tuple = ()
    default: Optional[str] = None

    @property
    def entry(self) -> Optional[Entry]:
        return self.entries[0] if self.entries else None


@dataclass(slots=True)
class Resolution:
    code: Optional[str]
    country: Optional[str]
    role: Optional[str]
    kind: str
    name_ar: Optional[str] = None
    name_en: Optional[str] = None
    basis: str = "lexicon"
    entity_id: Optional[str] = None
    main: Optional[str] = None   # top-level CAMEO part (country, IGO, NGO, ...) as gold data reports it
    expired: bool = False        # a named official whose dated roles do not cover the date

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def _pick(entries: list[Entry]) -> tuple[str, list[Entry]]:
    best = max(TYPE_RANK.get(e.type, 0) for e in entries)
    es = [e for e in entries if TYPE_RANK.get(e.type, 0) == best]
    typ = es[0].type
    if typ == "role":
        es.sort(key=lambda e: -e.priority)  # stable: curated first among equals
    return typ, es


def _used_prefix(word: str, key: str) -> str:
    """The proclitics a match stripped to reach ``key``: the shortest that does ("ولبنان" -> و, not the و + ل
    that prefix_of strips greedily: the actor's span had lost the ل of لبنان)."""
    full = prefix_of(word)
    w = clean_word(word)
    return next((full[:n] for n in range(1, len(full)) if word_keys(w[n:])[:1] == (key,)), full)


def match_items(lex: Lexicon, words: list[str], keys: Optional[list[tuple[str, ...]]] = None,
                starts: Optional[list[int]] = None) -> list[Item]:
    """Greedy longest-match of lexicon phrases over ``words``.  ``starts`` (optional): the word
    indices, ascending, whose keys begin a lexicon phrase (the others cannot start a match)."""
    if keys is None:
        keys = [word_keys(w) for w in words]
    if starts is None:
        first = lex.trie.keys()
        starts = [i for i, ki in enumerate(keys) if not first.isdisjoint(ki)]
    out: list[Item] = []
    i = 0          # the first word not yet covered by a match
    memo = lex.memo
    entries = lex.entries
    leaf = getattr(lex, "_leaf", None) or {}
    # what a match makes (its Item's fields, or _SKIP) is a function of the word, the match (length,
    # entry ids, first key) and the word's first key: memoised per lexicon.  ``pend`` is the key of a
    # match being worked out: still pending at the next start (or the end), it was skipped.  Lower-case
    # ASCII words are not memoised (_role_after reads the next words).
    imemo = memo.get("items")
    if imemo is None or len(imemo) > 100_000:
        imemo = memo["items"] = {}
    pend = None
    for s in starts:
        if pend is not None:
            imemo[pend] = _SKIP
            pend = None
        if s < i:
            continue
        ks = keys[s]
        if len(ks) == 1 and ks[0] in leaf:
            # (what match_at answers for a word of one key that is a one-word leaf phrase)
            m = (1, leaf[ks[0]], ks[0])
        else:
            m = lex.match_at(keys, s, words)
        if m is None:
            continue
        ids = m[1]
        pk = tuple(ids)
        pick = memo.get(pk)
        if pick is None:
            pick = memo[pk] = _pick_ids(entries, ids)
        if pick[2]:
            # an imported (low-priority) trigger phrase must not hide a curated trigger inside it
            alt = lex.match_at(keys, s, words, min_role_priority=2)
            if alt is not None:
                m = alt
                ids = m[1]
                pk = tuple(ids)
                pick = memo.get(pk)
                if pick is None:
                    pick = memo[pk] = _pick_ids(entries, ids)
        length, _, k0 = m
        w = words[s]
        if length == 1 and pick[0] == "role" and (k0 in lex.plural_name_roles or s and lex.plural_name_cues and
                                                  not lex.plural_name_cues.isdisjoint(keys[s - 1])) \
                and _plural_name(w, k0, pick[1]):
            continue   # "عشيرة العقيدات", "مسلحون من العقيدات": a tribe, no colonel (role_plural_name.tsv, s23 GAPA2)
        ik = (w, length, pk, k0, ks[0])
        got = imemo.get(ik)
        if got is not None:
            if got is not _SKIP:
                # Item(s, s + length, list(es), typ, conj, prefix, alt=alt, default=dflt) as a bare instance with
                # its slots stored here: no keyword call, no default-factory test (about half the time an item)
                es, typ, conj, prefix, alt, dflt = got
                it = _new(Item)
                it.i = s
                it.j = s + length
                it.entries = list(es)
                it.type = typ
                it.conj = conj
                it.prefix = prefix
                it.mention_ids = []
                it.mention_type = None
                it.span = None
                it.alt = alt
                it.default = dflt
                out.append(it)
                i = s + length
            continue
        if not (w[:1].isascii() and w[:1].islower()):
            pend = ik
        typ = pick[0]
        if typ in _NAME_TYPES and w[:1].isascii() and w[:1].islower() and \
                not (w[2:3] == "-" and w[3:4].isupper()) and \
                not (typ == "entity" and length > 1 and
                     " ".join(phrase_key(x) for x in words[s:s + length]) in lex.lower_names) and \
                not (typ == "demonym" and length == 1 and k0 in lex.lower_names and
                     (w.endswith("s") or _role_after(lex, keys, s + 1, words))):
            # English proper names are capitalised: "rice", "brown", "hope" are words (a transliterated
            # Arabic article is not: "al-Qaeda", "el-Sisi")
            continue
        if length == 1 and (pick[3] or typ == "media") and k0 not in _unfolded(w) and \
                not (pick[3] and not _unfolded(w).isdisjoint(lex.one_word_names)):
            # a one-word person name matches only as written (no feminine/plural folding):
            # المنصورية (a place) is not the surname المنصوري; nor a one-word news agency: وأمين "and secretary"
            # folded (ين) is no وام (session 23, B10AR2).  A name whose own ending the fold takes (بوتين -> بوت,
            # ماكرون، هنية) is written as listed: it matches (session 53 gapar53; it never did before)
            continue
        if length == 1 and typ == "role" and k0 in lex.fem_roles and clean_word(w).endswith((k0, k0 + "ا")):
            continue   # الدوري (the league), بشرط (on condition), وزار (and visited): role_feminine.tsv
        if length == 1 and typ == "role" and k0 in lex.masc_roles and (
                clean_word(w).endswith(k0 + "ين") or (clean_word(w).endswith(k0 + "ه") and w.rstrip("،,.:;؛!؟?\"»)").endswith("ة"))):
            continue   # آمنة / آمنين "safe" is no أمن "security": role_masculine.tsv (session 20 ARB)
        if length == 1 and typ == "role" and k0 in lex.abstract_possessed and \
                clean_word(w).endswith(tuple(k0 + p for p in _POSSESSIVE_AR)) and not w.rstrip("،,.:;؛!؟?\"»)").endswith("ة"):
            continue   # أمنهم / أمنها "their / its security" is no security force: role_masculine.tsv (session 32)
        if length == 1 and typ in _PLACE_TYPES and k0 not in lex.fem_names and clean_word(w).endswith("ه"):
            continue   # وزارة المالية: a feminine adjective folded onto a country name (مالي)
        if length == 1 and typ in _PLACE_TYPES and k0 in lex.plural_names and \
                not clean_word(w).endswith(tuple(lex.plural_names[k0])):
            continue   # البحر الأحمر: the sea, not البحرين; كاميرات (cameras, ات): not الكاميرون (ون)
        es = pick[1]
        if length == 1 and typ == "country" and k0 not in lex.plural_names and \
                clean_word(w).endswith(("ون", "ين")):
            # سوريون: a plural of people folded onto a country name (سورية); the nationality noun,
            # not the country (فلسطين، البحرين keep their own ending: plural_names)
            dem = tuple(e for e in (entries[x] for x in ids) if e.type == "demonym")
            if dem:
                typ, es = "demonym", dem
        used_stripped = k0 != keys[s][0]
        conj = used_stripped and clean_word(w)[:1] == "و"
        prefix = _used_prefix(w, k0) if used_stripped else ""
        if typ == "role" and length == 1 and len(es) > 1 and (es[0].role != es[1].role or es[0].kind != es[1].kind) and \
                es[0].priority == es[1].priority:
            # one folded key, two triggers of equal rank (مقاتلات jets MIL / مقاتلين fighters; of one role but two
            # kinds: المعارضة the opposition, an organisation / المعارض an opposition figure, a person):
            # the trigger written as in the text wins
            forms = _unfolded(w)
            exact = [e for e in es if e.form in forms]
            if not exact:
                fem_pl = clean_word(w).endswith("ات")
                exact = [e for e in es if e.form.endswith("ات") == fem_pl]
            if exact and exact[0] is not es[0]:
                es = exact + [e for e in es if e not in exact]
        it = Item(s, s + length, list(es), typ, conj, prefix)
        if pick[4]:
            it.alt = pick[4]
            it.default = lex.default_by_ids.get(pk)
        if pend is not None:
            imemo[pend] = (tuple(es), typ, conj, prefix, it.alt, it.default)
            pend = None
        out.append(it)
        i = s + length
    if pend is not None:
        imemo[pend] = _SKIP
    return out


_POSSESSIVE_AR = ("هما", "هم", "هن", "ها", "ه", "نا", "كم")   # pronoun suffixes (normalised)

_SKIP = ()     # match_items' memo: the match makes no item
_new = object.__new__


_NAME_TYPES = frozenset({"entity", "media", "country", "capital", "demonym"})
_PLACE_TYPES = frozenset({"country", "capital"})


def _pick_ids(entries: list[Entry], ids: list[int]) -> tuple:
    """(type, entries, all low-priority roles, entity of persons only, readings of other countries)
    for a match's entry ids."""
    es_all = [entries[x] for x in ids]
    low = all(e.type == "role" and e.priority <= 1 for e in es_all)
    typ, es = _pick(es_all)
    persons = typ == "entity" and all(e.kind == "person" for e in es)
    alt: tuple = ()
    if typ in _PLACE_READINGS:
        # the same name as a place of another country (عمان: Oman the country, Amman the capital)
        seen = {es[0].country}
        others = []
        for e in sorted((e for e in es_all if e.type in _PLACE_READINGS),
                        key=lambda e: -TYPE_RANK.get(e.type, 0)):
            if e.country not in seen:
                seen.add(e.country)
                others.append(e)
        alt = tuple(others)
    return typ, tuple(es), low, persons, alt


_PLACE_READINGS = frozenset({"country", "capital", "demonym"})


def _role_after(lex: Lexicon, keys, i: int, words: list[str]) -> bool:
    """A role phrase starts at word ``i``: a lower-case nationality word listed in lower case
    ("foreign") before it is the phrase's nationality ("foreign troops" -> INTMIL), as when capitalised."""
    if i >= len(words):
        return False
    m = lex.match_at(keys, i, words)
    return m is not None and all(lex.entries[x].type == "role" for x in m[1])


def _plural_name(word: str, key: str, es) -> bool:
    """``word`` is a person role trigger ``key`` with an ات ending the fold took away (العقيدات -> عقيد)."""
    return clean_word(word).endswith("ات") and key not in _unfolded(word) and es[0].kind == "person"


def _unfolded(word: str) -> set[str]:
    w = clean_word(word)
    out = {w}
    for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "لل", "فال", "كال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            out.add(w[len(p):])
    return out


def best_role(items: Iterable[Item]) -> tuple[Optional[str], Optional[Item]]:
    best, best_item, best_p = None, None, -1
    for it in items:
        if it.type != "role":
            continue
        e = it.entries[0]
        if e.priority > best_p:
            best, best_item, best_p = e.role, it, e.priority
    return best, best_item


_COMBINE_MEMO: dict = {}


def combine(items: list[Item], date: Optional[str] = None) -> Optional[Resolution]:
    """One actor from the items of one phrase (one referent)."""
    if not items:
        return None
    # Without a named entity the reading is a function of the items' types and first entries alone
    # (no date, no positions): memoised by (type, id of the first entry) per item, a fresh
    # Resolution each call (callers change theirs).  The memo holds the entries (ids stay theirs).
    mk = tuple([(it.type, id(it.entries[0]) if it.entries else None) for it in items])
    got = _COMBINE_MEMO.get(mk)
    if got is not None:
        f = got[0]
        if f is None:
            return None
        # (a bare instance with the memo's ten fields stored, in the order the memo writes them below: no
        # __init__ frame; tests/test_actors_speed_s11.py checks they are every slot of Resolution)
        r = _new(Resolution)
        r.code, r.country, r.role, r.kind, r.name_ar, r.name_en, r.basis, r.entity_id, r.main, r.expired = f
        return r
    r = _combine(items, date)
    if "entity" not in [t[0] for t in mk]:
        if len(_COMBINE_MEMO) > 100_000:
            _COMBINE_MEMO.clear()
        _COMBINE_MEMO[mk] = ((r.code, r.country, r.role, r.kind, r.name_ar, r.name_en, r.basis, r.entity_id,
                              r.main, r.expired) if r is not None else None,
                             [it.entries[0] for it in items if it.entries])
    return r


def _combine(items: list[Item], date: Optional[str] = None) -> Optional[Resolution]:
    ents = [it for it in items if it.type == "entity"]
    places = [it for it in items if it.type in ("country", "capital", "demonym")]
    role, role_item = best_role(items)
    if ents:
        # prefer a person, then the first entity
        persons = [it for it in ents if it.entries[0].kind == "person"]
        it = (persons or ents)[0]
        e = it.entries[0]
        code, country, erole, expired = entry_code(e, date)
        main = code_main(code) if code else None
        if persons and role_item is not None and role_item.j <= it.i and \
                role_item.entries[0].kind != "person" and country:
            # "قوات مناوي", "حكومة الرئيس X": the institution of a person, in the person's country
            # (a non-state leader's forces share his sector: a rebel leader's forces are rebels)
            r = erole if role == "MIL" and erole in NONSTATE_ROLES else role
            return Resolution(code=make_code(country, r), country=country, role=r, kind="organisation",
                              basis="title+nationality", main=country)
        if expired and places and not main:
            main = places[0].entries[0].country
        if code and not erole and role and not expired:
            # an organisation without a sector, with a sector word: قوات الناتو -> IGO... + MIL
            code = code + role if len(code) == 3 else code
            erole = role
        return Resolution(code=code, country=country, role=erole, kind=e.kind or "organisation",
                          name_ar=e.name_ar, name_en=e.name_en, basis="lexicon", entity_id=e.entity_id,
                          main=main, expired=expired)
    if not places and role is None:
        return None
    # a state's nationality decides over a people's (Iraqi Kurds, الأكراد العراقيون -> IRQ: the
    # Kurds of a state are that state's, as in the PLOVER gold)
    p0 = next((p for p in places if p.entries[0].country not in NONSTATE_TOPS), places[0]) if places else None
    main = p0.entries[0].country if p0 else None
    country = main if main and main not in NONSTATE_TOPS else None
    if role is None:
        if places[0].type == "capital" and len(places) == 1:
            role, basis, kind = "GOV", "metonym", "country"
        elif places[0].type == "country":
            basis, kind = "lexicon", "country"
        else:
            basis, kind = "nationality", "group"
    else:
        kind = role_item.entries[0].kind or "person"
        basis = "title+nationality" if country else "title"
        if role == "MIL" and country and p0.type in ("country", "demonym") and role_item.entries[0].form in _state_leaders():
            role = "GOV"   # "قادة العراق ومصر": a state's leaders, not its commanders (session 26 AR1B)
    e0 = p0.entries[0] if p0 else None
    return Resolution(code=make_code(main, role), country=country, role=role, kind=kind,
                      name_ar=e0.name_ar if e0 else None,
                      name_en=e0.name_en if e0 else None, basis=basis, main=main)


_STATE_LEADERS: list = []


def _state_leaders() -> frozenset:
    """The role forms (clean_word) read as a state's leaders with a country's name (role_state_leaders.tsv)."""
    if not _STATE_LEADERS:
        from ..resources import data_path, read_tsv_dicts
        _STATE_LEADERS.append(frozenset(clean_word(r["trigger"]) for r in read_tsv_dicts(
            data_path("actors", "role_state_leaders.tsv"))))
    return _STATE_LEADERS[0]


def drop_disguised(items: list[Item], keys: list[tuple[str, ...]], disguise: set[str]) -> list[Item]:
    """"مسلحون يرتدون زي الشرطة العراقية": a force named after a ``disguise`` cue word (زي، بزي) is a
    uniform, not an actor; so is the item right after it (its nationality)."""
    kept, last = [], -1
    for it in items:
        if (it.i > 0 and not disguise.isdisjoint(keys[it.i - 1])) or it.i == last:
            last = it.j
            continue
        kept.append(it)
    return kept


def _title_adjective(word: str, it: Item, prev: Item) -> bool:
    """Is the one-word Arabic role item ``it`` a definite nisba adjective (العسكري، العسكرية) right after a person's
    title ``prev`` that it qualifies ("المدعي العام العسكري")?"""
    w = clean_word(word)
    return it.j - it.i == 1 and prev.j == it.i and prev.type == "role" and prev.entries[0].kind == "person" and \
        not word[:1].isascii() and w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 5


def mark_former(lex: Lexicon, words, keys, items: list[Item], former: set) -> None:
    """"الرئيس السوداني السابق", "رئيس الوزراء الأسبق", "former minister": a person's title marked as
    a past one is an elite (ELI: CAMEO codes former officials so), whatever the office was."""
    n = len(words)
    for x, it in enumerate(items):
        if it.type != "role" or it.entries[0].kind not in ("person", "group"):
            continue
        k = it.j
        if x + 1 < len(items) and items[x + 1].i == k and items[x + 1].type == "demonym":
            k = items[x + 1].j       # after the nationality: الرئيس السوداني السابق
        after = k < n and not former.isdisjoint(keys[k]) and not words[k][:1].isascii()
        before = it.i > 0 and words[it.i - 1][:1].isascii() and words[it.i - 1].lower() in former
        if not (after or before):
            continue
        if after and x > 0 and _title_adjective(words[it.i], it, items[x - 1]):
            # "المدعية العامة العسكرية السابقة": the former marks the title the sector adjective qualifies, not
            # the adjective (read alone as a military person, whose feminine form then dropped the whole phrase)
            it = items[x - 1]
        e = it.entries[0]
        if e.role == "ELI":
            continue
        memo = lex.memo.setdefault("former", {})
        eli = memo.get(id(e))
        if eli is None:
            eli = memo[id(e)] = type(e)(type="role", kind=e.kind, role="ELI", priority=max(e.priority, 8),
                                        source=e.source, form=e.form)
        it.entries = [eli] + [y for y in it.entries if y.role != e.role]


def resolve_text(text: str, lang: Optional[str] = None, date: Optional[str] = None,
                 lexicon_files: Iterable[str] = ()) -> Optional[Resolution]:
    """Best actor reading of ``text`` as one actor phrase, or None when nothing is known.

    ``date`` (ISO) selects the time-valid role of named people; ``lang`` is accepted for symmetry
    (the lexicon holds both scripts and the script decides)."""
    lex = get_lexicon(tuple(lexicon_files))
    words = text.split()
    items = [it for it in match_items(lex, words) if it.type != "media"]
    disguise = lex.cues.get("disguise")
    if disguise and len(items) > 1:
        items = drop_disguised(items, [word_keys(w) for w in words], disguise) or items
    former = lex.cues.get("former")
    if former and items:
        mark_former(lex, words, [word_keys(w) for w in words], items, former)
    if not items:
        return None
    # a name of several countries without a document around it: its default reading (context.tsv)
    for k, it in enumerate(items):
        if it.alt and it.default and it.entries and it.entries[0].country != it.default:
            e = next((x for x in it.alt if x.country == it.default), None)
            if e is not None:
                items[k] = Item(it.i, it.j, [e], e.type, conj=it.conj, prefix=it.prefix)
    return combine(items, date)
