"""The actor lexicon: loading the data tables into a phrase index, and matching words against it.

Tables (marsad/data/actors/, see its README.md):
  countries.tsv  (names, capitals, demonyms)    roles.tsv / *_agents.tsv  (sector triggers)
  people.tsv, organisations.tsv, up_actors.tsv, phoenix_actors.tsv  (named entities, dated codes)
  cues.tsv (locative prepositions, place-sense heads, glue words)
User files given in ``PipelineConfig.lexicons["actors"]`` use the entity format of people.tsv and
are added after the shipped ones (or replace them with ``extend_lexicons=False``);
``PipelineConfig.lexicons["agents"]`` adds role-trigger files in the format of roles.tsv.

Matching form of a word (``word_keys``): normalised (marsad.lang.normalize), proclitics stripped
(و ف ب ل ك and the article), then a light lemma: the feminine ة, the sound plural/dual endings and
the accusative alif are folded, so روسي / روسية / الروسيين / روسيون share one key, as do UP's
lemma-form dictionary entries and inflected text.  English: lower-cased, plural -s folded.
"""
from __future__ import annotations

import functools

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .codes import code_country, code_role, split_code

DEFAULT_ENTITY_FILES = ["people.tsv", "organisations.tsv", "up_actors.tsv", "phoenix_actors.tsv"]
_IMPORTED_ENTITY_FILES = frozenset({"up_actors.tsv", "phoenix_actors.tsv"})
DEFAULT_ROLE_FILES = ["roles.tsv", "up_agents.tsv", "phoenix_agents.tsv"]

TYPE_RANK = {"entity": 5, "media": 5, "country": 4, "capital": 3, "demonym": 2, "role": 1}

_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
_AR = re.compile(r"[\u0621-\u064a]")


@dataclass(slots=True)
class Period:
    code: str
    start: str = ""
    end: str = ""


@dataclass(slots=True)
class Entry:
    """What one lexicon phrase means."""
    type: str                      # entity | media | country | capital | demonym | role
    kind: str = ""                 # person | organisation | group | country | media
    entity_id: Optional[str] = None
    periods: list[Period] = field(default_factory=list)
    country: Optional[str] = None  # for country/capital/demonym entries
    role: Optional[str] = None     # for role triggers
    priority: int = 0
    name_en: Optional[str] = None
    name_ar: Optional[str] = None
    plural: bool = False           # demonym form used as a noun for people (الروس، الأميركيين)
    source: str = ""
    acronym: bool = False          # English all-caps alias: matched case-sensitively
    form: str = ""                 # a role trigger as written (clean_word), to tell folded homographs apart


# ------------------------------------------------------------------ word keys
_AR_PREFIX1 = ("و", "ف")
_AR_PREFIX2 = ("ب", "ل", "ك")


def _fold_ar(w: str, light: str = "") -> str:
    # the article: ال written with a plain alef (ألبان / ألمانيا keep their hamza-alef)
    if w.startswith("ال") and len(w) > 3 and (not light or light.startswith("ال")):
        w = w[2:]
    n = len(w)
    if n < 4:
        return w
    # (the endings, tested in fewer steps: يون / يين / يات end in ون / ين / ات, and يه in ه)
    if n >= 6 and w.endswith(("يتان", "يتين")):   # a feminine nisba dual: مقاتلتان تركيتان -> تركي (session 34)
        return w[:-3]
    if n >= 5 and w.endswith(_FOLD2):     # plural / dual endings: يون، يين، يان، يات، ون، ين، ات
        return w[:-2]
    last = w[-1]
    if last == "ه":                       # ة (normalised): يه، ه
        return w[:-1]
    if n >= 5 and last == "ا" and w[-2] != "ي":
        return w[:-1]
    return w


_FOLD2 = ("ون", "ين", "ات", "يان")


def _fold_en(w: str) -> str:
    if w.endswith("'s") or w.endswith("’s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


@functools.lru_cache(maxsize=300_000)  # words repeat; the actor stage's hot path
def clean_word(word: str) -> str:
    return _PUNCT.sub("", normalize(word))


_MARKS = re.compile("[\u0640\u064b-\u0658\u0670\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")


def _light(word: str) -> str:
    """The word without marks and edge punctuation, hamza kept (aligned with clean_word)."""
    return _PUNCT.sub("", _MARKS.sub("", word))


@functools.lru_cache(maxsize=300_000)
def phrase_key(word: str) -> str:
    """Key of a word as written in a lexicon phrase (no proclitic stripping beyond the article)."""
    return _phrase_key(word)


def _phrase_key(word: str) -> str:
    w = clean_word(word)
    if not w:
        return ""
    if _AR.search(w):
        lt = _light(word)
        return _fold_ar(w, lt if len(lt) == len(w) else "")
    return _fold_en(w)


@functools.lru_cache(maxsize=300_000)
def word_keys(word: str) -> tuple[str, ...]:
    """Candidate keys of a running-text word: as written first, then with proclitics stripped.
    (Memoised per process: words repeat, and this is the stage's hot path.)"""
    return _word_keys(word)


def _word_keys(word: str) -> tuple[str, ...]:
    w = clean_word(word)
    if not w:
        return ()
    if not _AR.search(w):
        return (_fold_en(w),)
    lt = _light(word)
    if len(lt) != len(w):
        lt = w
    out = [_fold_ar(w, lt)]
    cands = [0]
    # a three-letter word sheds its و / ف too: the first word of a two-word name ("وتل أبيب", "وبن علي"); its two
    # letters match nothing alone (no one-word actor phrase of two letters but لص), only a whole phrase
    if w[0] in _AR_PREFIX1 and len(w) >= 3:
        cands.append(1)
    for c in list(cands):
        if w[c:c + 1] in _AR_PREFIX2 and len(w) - c > 3:
            cands.append(c + 1)
            if w[c:c + 2] == "لل" and len(w) - c > 4:  # لل = ل + ال
                cands.append(c + 2)
    for c in cands[1:]:
        k = _fold_ar(w[c:], lt[c:])
        if len(k) >= 2 and k not in out:
            out.append(k)
    return tuple(out)


def prefix_of(word: str) -> str:
    """Proclitics of a word as far as a lexicon match used them (best effort, for cues)."""
    w = clean_word(word)
    p = ""
    if w[:1] in _AR_PREFIX1 and len(w) >= 3:   # (as _word_keys: "وتل" of "وتل أبيب")
        p, w = p + w[0], w[1:]
    if w[:1] in _AR_PREFIX2 and len(w) > 3:
        p += w[0]
    return p


# ------------------------------------------------------------------ lexicon
class Lexicon:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.trie: dict = {}
        self._phrases: dict[tuple[str, ...], list[int]] = {}
        self.max_len = 1
        self.entities: dict[str, list[int]] = {}        # entity_id -> entry ids
        self.countries: dict[str, dict] = {}            # iso3 -> row
        self.cues: dict[str, set[str]] = {}
        # keys of one-word country/capital names written with a feminine ending (السعودية، الدوحة):
        # any other feminine word folding onto a country name is an adjective (المالية is no Mali)
        self.fem_names: set[str] = set()
        # keys of one-word country/capital names whose plural-looking ending the fold removed
        # (البحرين -> بحر): only a word with that ending matches them ({key: the endings}: الكاميرون ends in ون,
        # so كاميرات "cameras", folded to the same key, is no Cameroon: session 24, B11AR)
        self.plural_names: dict[str, set[str]] = {}
        # keys of role triggers that need their feminine ending in running text (role_feminine.tsv)
        self.fem_roles: set[str] = set()
        # keys of role triggers whose ة / ين form is another word (role_masculine.tsv: أمن, not آمنة "safe")
        self.masc_roles: set[str] = set()
        # keys of role triggers that with a possessive pronoun are abstract nouns (role_masculine.tsv: أمنهم "their safety")
        self.abstract_possessed: set[str] = set()
        # keys of role triggers whose ات form is a tribe / family name, and the keys of the words after which any
        # person role's folded ات form is one (role_plural_name.tsv: العقيدات is no colonel)
        self.plural_name_roles: set[str] = set()
        self.plural_name_cues: set[str] = set()
        # English plural nationality nouns listed in lower case (foreigners): common nouns, matched
        # in lower case too (names must be capitalised otherwise)
        self.lower_names: set[str] = set()
        # one-word person names of the curated entity files as written (clean_word): بوتين، ماكرون، هنية.
        # Their phrase key is folded (بوتين -> بوت), so the matcher's "as written" test needs the written form
        # (session 53 gapar53: a bare بوتين / ماكرون / أوباما was no actor at all)
        self.one_word_names: set[str] = set()
        self.default_by_ids: dict[tuple[int, ...], str] = {}
        self.memo: dict = {}   # per-lexicon memo tables of the matcher (pure functions of the lexicon)
        # document-context rules (context.tsv): matching key / sector -> (context countries, country),
        # and the default country of names read as several countries (phrase keys -> country)
        self.context_words: dict[str, tuple[frozenset, str]] = {}
        self.context_roles: dict[str, tuple[frozenset, str]] = {}
        self.context_default: dict[tuple[str, ...], str] = {}
        # a written form (with its vowel marks) that decides such a name: عُمان is Oman
        self.context_spelled: dict[str, str] = {}
        # a body's bare name that other countries give their own body too ("Congress"): matching key ->
        # (the countries whose body is so called, the name's own country)
        self.context_home: dict[str, tuple[frozenset, str, dict[str, str]]] = {}

    # -- building
    def add_phrase(self, phrase: str, eid: int) -> None:
        keys = tuple(k for k in (phrase_key(w) for w in phrase.split()) if k)
        if not keys:
            return
        ids = self._phrases.setdefault(keys, [])
        if eid not in ids:
            ids.append(eid)

    def new_entry(self, e: Entry, phrases: Iterable[str]) -> int:
        eid = len(self.entries)
        self.entries.append(e)
        for p in phrases:
            if p:
                self.add_phrase(p, eid)
        return eid

    def finish(self) -> None:
        trie: dict = {}
        ents = self.entries
        for keys, ids in self._phrases.items():
            # one role entry per sector (the highest priority, curated first); all others kept
            best_role: dict[str, int] = {}
            kept = []
            for x in ids:
                e = ents[x]
                if e.type == "role":
                    y = best_role.get(e.role)
                    if y is None:
                        best_role[e.role] = x
                        kept.append(x)
                    elif {e.kind, ents[y].kind} == {"person", "organisation"} and e.priority == ents[y].priority \
                            and e.source == ents[y].source and e.form != ents[y].form:
                        # one sector, a person and an organisation of one file folded together (المعارضة the
                        # opposition / المعارض an opposition figure): both kept, the form written in the text
                        # decides (resolve.match_items; session 28 GAPAR)
                        kept.append(x)
                    elif e.priority > ents[y].priority:
                        kept[kept.index(y)] = x
                        best_role[e.role] = x
                else:
                    kept.append(x)
            ids[:] = kept
            node = trie
            for k in keys:
                node = node.setdefault(k, {})
            node.setdefault(None, []).extend(ids)   # None marks the end of a phrase
            self.max_len = max(self.max_len, len(keys))
        # terminals need filtering only when they hold acronyms or low-priority triggers
        self._plain: set[int] = set()
        stack = [trie]
        while stack:
            nd = stack.pop()
            for k, v in nd.items():
                if k is None:
                    if not any(ents[x].acronym or (ents[x].type == "role" and ents[x].priority < 2) for x in v):
                        self._plain.add(id(v))
                else:
                    stack.append(v)
        self.trie = trie
        # the default readings of names listed in context.tsv, by the entry ids the matcher returns
        self.default_by_ids: dict[tuple[int, ...], str] = {}
        for keys, country in self.context_default.items():
            node = trie
            for k in keys:
                node = node.get(k) if node is not None else None
            if node is not None and node.get(None):
                self.default_by_ids[tuple(node[None])] = country
        # one-word phrases that no longer phrase continues, with nothing to filter: match_at answers
        # them with one dict hit instead of a trie walk (about half of its calls in running text)
        self._leaf: dict[str, list[int]] = {k: v[None] for k, v in trie.items()
                                            if len(v) == 1 and v.get(None) and id(v[None]) in self._plain}

    # -- matching
    def match_at(self, keys: list[tuple[str, ...]], i: int, texts: Optional[list[str]] = None,
                 min_role_priority: int = 0) -> Optional[tuple[int, list[int], str]]:
        """Longest phrase starting at word ``i``: (length, entry ids, first-word key) or None.
        A trie walk over each word's candidate keys (as written first, then clitic-stripped)."""
        best = None
        n = len(keys)
        entries = self.entries
        plain = self._plain
        leaf = self._leaf
        for k0 in keys[i]:
            ids = leaf.get(k0)
            if ids is not None:
                # (what the walk below finds for a leaf: one word, unfiltered; a skipped quote
                # after it leads nowhere)
                if best is None:
                    best = (1, ids, k0)
                continue
            node = self.trie.get(k0)
            if node is None:
                continue
            if None not in node:
                # (most first keys only begin longer phrases: when the next word continues none of
                # them, the walk below would find nothing; tested here in C)
                if i + 1 >= n:
                    continue
                kd = keys[i + 1]
                if kd:
                    if node.keys().isdisjoint(kd):
                        continue
                elif texts is None or texts[i + 1] not in _QUOTE_TOKENS:
                    continue
            stack = [(node, 1, False)]
            while stack:
                nd, d, skipped = stack.pop()
                ids = None if skipped else nd.get(None)
                if ids is not None and (best is None or d > best[0]):
                    if id(ids) not in plain:   # acronyms / low-priority triggers: filter
                        if texts is not None:
                            ids = [x for x in ids if not entries[x].acronym or _is_upper(texts[i:i + d])]
                        if min_role_priority:
                            ids = [x for x in ids if entries[x].type != "role"
                                   or entries[x].priority >= min_role_priority]
                    if ids:
                        best = (d, ids, k0)
                if i + d < n:
                    kd = keys[i + d]
                    if not kd and texts is not None and texts[i + d] in _QUOTE_TOKENS and not skipped:
                        # a quote inside a name: تنظيم « القاعدة » = تنظيم القاعدة
                        stack.append((nd, d + 1, True))
                        continue
                    for k in kd:
                        ch = nd.get(k)
                        if ch is not None:
                            stack.append((ch, d + 1, False))
        return best

    def lookup(self, text: str) -> list[Entry]:
        keys = tuple(k for k in (phrase_key(w) for w in text.split()) if k)
        return [self.entries[i] for i in self._phrases.get(keys, [])] if keys else []


_QUOTE_TOKENS = frozenset('«»"“”\'’-–')   # (the apostrophe too: "charge d'affaires" is tokenised charge, d, ', affaires; s27)
# (a dash inside a name is passed over as a quote is: "الحركة الشعبية لتحرير السودان - شمال", only where a longer
# phrase goes on after it; session 36)


def _is_upper(words: list[str]) -> bool:
    return all(w.upper() == w for w in words)


def _is_acronym(n: str) -> bool:
    """US, U.S., UN, WHO: matched only when written in capitals."""
    return n.isascii() and n.isupper() and len(n.replace(".", "")) <= 5 and " " not in n


def _split(s: Optional[str]) -> list[str]:
    return [x.strip() for x in (s or "").split("|") if x.strip()]


def load_entity_file(lex: Lexicon, path, source: str) -> None:
    groups: dict[str, list[dict]] = {}
    order: list[str] = []
    for r in read_tsv_dicts(path):
        eid = r.get("entity_id") or f"{source}.{len(order)}"
        if eid not in groups:
            groups[eid] = []
            order.append(eid)
        groups[eid].append(r)
    for eid in order:
        rows = groups[eid]
        first = rows[0]
        kind = first.get("kind") or "organisation"
        periods = []
        for r in rows:
            if split_code(r.get("code", "")):
                periods.append(Period(r["code"].strip().upper(), (r.get("start") or "").strip(),
                                      (r.get("end") or "").strip()))
        if kind != "media" and not periods:
            continue
        name_en = first.get("name_en") or None
        name_ar = first.get("name_ar") or None
        names_en = [name_en] if name_en else []
        names_ar = [name_ar] if name_ar else []
        for r in rows:
            names_en += _split(r.get("aliases_en"))
            names_ar += _split(r.get("aliases_ar"))
        for n in names_en:
            if n[:1].islower() and " " in n:
                # a common-noun name written in lower case ("international coalition"): matched as written
                lex.lower_names.add(" ".join(phrase_key(w) for w in n.split()))
        typ = "media" if kind == "media" else "entity"
        plain = [n for n in dict.fromkeys(names_en + names_ar) if not _is_acronym(n)]
        if kind == "person" and source not in _IMPORTED_ENTITY_FILES:   # (the imported tables list common words
            # as people: جزيرة; a one-word media name keeps its old reading: الجزيرة alone is read by other rules)
            lex.one_word_names.update(clean_word(n) for n in plain if " " not in n.strip())
        acr = [n for n in dict.fromkeys(names_en) if _is_acronym(n)]
        base = dict(type=typ, kind=kind, entity_id=eid, periods=periods,
                    name_en=name_en, name_ar=name_ar, source=source)
        i = lex.new_entry(Entry(**base), plain)
        lex.entities.setdefault(eid, []).append(i)
        if acr:
            j = lex.new_entry(Entry(**base, acronym=True), acr)
            lex.entities[eid].append(j)


def _is_plural_demonym(form: str) -> bool:
    f = normalize(form)
    if f.startswith("ال"):
        f = f[2:]
    if f.endswith(("ون", "ين")):
        return True
    return not f.endswith(("ي", "يه", "ه", "يات", "يان", "ات"))


def _add_demonyms(lex, row: dict, common: dict) -> None:
    """The singular and plural demonym entries of a country or region row (``demonyms_ar`` / ``demonyms_en``);
    a lower-case English form is also recorded in ``lex.lower_names``."""
    sing, plur = [], []
    for d in _split(row.get("demonyms_ar")):
        (plur if _is_plural_demonym(d) else sing).append(d)
    for d in _split(row.get("demonyms_en")):
        (plur if d.endswith("s") else sing).append(d)
        if d[:1].islower():   # (a singular, "foreign", only before a role: resolve._role_after)
            lex.lower_names.add(phrase_key(d))
    if sing:
        lex.new_entry(Entry(type="demonym", **common), sing)
    if plur:
        lex.new_entry(Entry(type="demonym", plural=True, **common), plur)


def build_lexicon(extra_files: Iterable[str] = (), replace: bool = False,
                  extra_role_files: Iterable[str] = ()) -> Lexicon:
    lex = Lexicon()
    # countries
    for r in read_tsv_dicts(data_path("actors", "countries.tsv")):
        iso = r["iso3"]
        cc = r.get("cameo") or iso
        lex.countries[iso] = r
        common = dict(kind="country", country=cc, name_en=r["name_en"], name_ar=r["name_ar"], source="countries")
        names = _split(r["names_ar"]) + _split(r["names_en"])
        acr = [n for n in names if _is_acronym(n)]
        lex.new_entry(Entry(type="country", **common), [n for n in names if n not in acr])
        if acr:
            lex.new_entry(Entry(type="country", acronym=True, **common), acr)
        caps = _split(r.get("capitals_ar")) + _split(r.get("capitals_en"))
        for n in names + caps:
            if " " not in n.strip() and clean_word(n).endswith("ه"):
                lex.fem_names.add(phrase_key(n))
            if " " not in n.strip() and _AR.search(n) and clean_word(n).endswith(("ين", "ون", "ات")) and \
                    phrase_key(n) != clean_word(n).removeprefix("ال"):
                # البحرين folds to بحر: the sea (البحر) is no Bahrain
                lex.plural_names.setdefault(phrase_key(n), set()).add(clean_word(n)[-2:])
        if caps:
            lex.new_entry(Entry(type="capital", **common), caps)
        _add_demonyms(lex, r, common)
    # nationality words of world regions (أوروبي -> EUR): demonyms only, no region names
    for r in read_tsv_dicts(data_path("actors", "region_demonyms.tsv")):
        cc = r["code"].strip().upper()
        common = dict(kind="country", country=cc, name_en=r["name_en"], name_ar=r["name_ar"], source="regions")
        _add_demonyms(lex, r, common)
    # roles
    tstop = {phrase_key(r["word"]) for r in read_tsv_dicts(data_path("actors", "trigger_stop.tsv"))}
    lex.fem_roles = {phrase_key(r["trigger"]) for r in read_tsv_dicts(data_path("actors", "role_feminine.tsv"))}
    masc = list(read_tsv_dicts(data_path("actors", "role_masculine.tsv")))
    lex.masc_roles = {phrase_key(r["trigger"]) for r in masc}
    lex.abstract_possessed = {phrase_key(r["trigger"]) for r in masc if (r.get("possessed") or "").strip() == "abstract"}
    for r in read_tsv_dicts(data_path("actors", "role_plural_name.tsv")):
        (lex.plural_name_roles if r["kind"] == "rank" else lex.plural_name_cues).add(phrase_key(r["word"]))
    role_files = [data_path("actors", fn) for fn in DEFAULT_ROLE_FILES] + [Path(f) for f in extra_role_files]
    # the curated English one-word heads (roles.tsv): an imported phrase ending in one, of the same sector ("federal
    # police", "national police": priority 1 in phoenix_agents.tsv), is as specific as its head -- at priority 1 the
    # longer match shadowed the head's row and read the phrase as a generic noun, no actor without a country.  Not a
    # government's ("interim government", "military government", "state officials"): named without its country it is
    # often another country's than the sentence's actors' (measured: two gold files down with GOV heads raised); nor
    # the opposition's ("main opposition" qualifies the party named after it: "the main opposition party" is PTY)
    en_heads: dict[tuple[str, str], int] = {}
    for p in role_files:
        if not p.exists():
            continue
        fn = p.name
        for r in read_tsv_dicts(p):
            role = (r.get("role") or "").strip()
            if not role or " ".join(phrase_key(w) for w in r["trigger"].split()) in tstop:
                continue
            priority = int(r.get("priority") or 1)
            words = r["trigger"].split()
            if r.get("lang") == "en":
                if fn == "roles.tsv" and len(words) == 1:
                    en_heads[(words[0].lower(), role)] = priority
                elif fn != "roles.tsv" and len(words) == 2 and role not in ("GOV", "OPP"):
                    priority = max(priority, en_heads.get((words[-1].lower(), role), 0))
            lex.new_entry(Entry(type="role", kind=r.get("kind") or "person", role=role,
                                priority=priority, source=fn,
                                form=clean_word(r["trigger"])), [r["trigger"]])
    # named entities (shipped, then user)
    files = [] if replace else [str(data_path("actors", f)) for f in DEFAULT_ENTITY_FILES]
    files += list(extra_files)
    for f in files:
        load_entity_file(lex, f, source=str(f).rsplit("/", 1)[-1])
    # a phrase that is both a shipped role trigger and an entity keeps both; a phrase listed by
    # several entities keeps the curated ones first (files are loaded curated-first)
    for r in read_tsv_dicts(data_path("actors", "cues.tsv")):
        lex.cues.setdefault(r["cue"], set()).add(phrase_key(r["word"]))
    load_context(lex, data_path("actors", "context.tsv"))
    lex.finish()
    return lex


def load_context(lex: Lexicon, path) -> None:
    """The document-context rules of context.tsv (see its header)."""
    if not Path(path).exists():
        return
    for r in read_tsv_dicts(path):
        rule, match, country = r["rule"].strip(), r["match"].strip(), (r.get("country") or "").strip().upper()
        ctx = frozenset(x.strip().upper() for x in (r.get("context") or "").split("|") if x.strip())
        if not match or not country:
            continue
        if rule == "word":
            for k in {phrase_key(match), phrase_key(match).lower()}:
                lex.context_words[k] = (ctx, country)
        elif rule == "role":
            lex.context_roles[match.upper()] = (ctx, country)
        elif rule == "default":
            keys = tuple(k for k in (phrase_key(w) for w in match.split()) if k)
            if keys:
                lex.context_default[keys] = country
        elif rule == "spelled":
            lex.context_spelled[match] = country
        elif rule == "home":
            # a listed country may carry the role its own body of that name has ("IND=OPP": India's Congress is the
            # party, not a legislature)
            roles = {c.split("=")[0]: c.split("=")[1] for c in ctx if "=" in c}
            ctx = frozenset(c.split("=")[0] for c in ctx)
            lex.context_home[phrase_key(match)] = (ctx, country, roles)


def get_lexicon(extra_files: Iterable[str] = (), replace: bool = False,
                extra_role_files: Iterable[str] = ()) -> Lexicon:
    """The lexicon (shipped tables + user actor files + user role files), once per process."""
    extra = tuple(str(x) for x in extra_files)
    roles = tuple(str(x) for x in extra_role_files)
    return cached(("actors", "lexicon", extra, replace, roles), lambda: build_lexicon(extra, replace, roles))


# ------------------------------------------------------------------ time validity
def _norm_date(d: Optional[str]) -> str:
    return (d or "")[:10]


def valid_period(entry: Entry, date: Optional[str]) -> tuple[Optional[Period], bool]:
    """The entry's period valid at ``date``: (period, expired).  ``expired`` is True when every
    dated period ended before ``date`` (then the returned period is the latest one, for its country)."""
    ps = entry.periods
    if not ps:
        return None, False
    if len(ps) == 1 and not ps[0].start and not ps[0].end:
        return ps[0], False
    d = _norm_date(date)
    if not d:
        open_ = [p for p in ps if not p.end]
        pool = open_ or ps
        return max(pool, key=lambda p: (p.start or "", p.end or "9999")), False
    valid = [p for p in ps if (not p.start or p.start <= d) and (not p.end or d < p.end)]
    if valid:
        return max(valid, key=lambda p: p.start or ""), False
    future = [p for p in ps if p.start and p.start > d]
    past = [p for p in ps if p.end and p.end <= d]
    if past and not future:
        return max(past, key=lambda p: p.end), True
    # only future roles: the person is not yet in office
    return min(future, key=lambda p: p.start), True


def entry_code(entry: Entry, date: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str], bool]:
    """(code, country, role, expired) of an entity entry at ``date``."""
    p, expired = valid_period(entry, date)
    if p is None:
        return None, None, None, False
    country = code_country(p.code)
    if expired:
        # an official whose role ended (or has not begun): the bare country, no role
        return (country, country, None, True) if country else (None, None, None, True)
    return p.code, country, code_role(p.code), False
