"""Actors stage: lexicon matches, NER mentions and constructions -> one Actor per referent.

Per sentence (never in photo credits, ads, source lines or datelines):
  1. greedy longest match of the actor lexicon over the words (clitic-aware keys, see
     marsad.actors.lexicon), NER PERS/ORG mentions added as items;
  2. items that touch (only quotes/brackets or English "of the" between them) form one phrase;
     a conjunction و on a nationality or title starts a new conjunct (دبلوماسيين أميركيين وروس ->
     two actors sharing the title);
  3. each phrase yields actors: named entities with their time-valid code (document date),
     a person name with its title/nationality (unknown name + title -> the title's code),
     title + nationality (نائب وزير الخارجية الروسي -> RUSGOV), capitals as government metonyms
     (basis "metonym") unless a locative preposition or place noun governs them, country names
     (not after a locative), plural nationality nouns (الروس); news agencies are never actors.
Then per document: actors the words alone do not place take their country from the document
(context.tsv: قوات الاحتلال in news of Israel / Palestine; عمان، الكونغو read by the countries the
document names, else by their default), a bare definite state body (الجيش) is the same body named
earlier with its one country, surnames link back to full names (ريابكوف -> سيرغي ريابكوف), English and
Arabic spellings of one person merge (lexicon entity id, or transliteration skeletons for unknown
names), and actors are merged per referent with all their spans and mention ids.
"""
from __future__ import annotations

import bisect
import hashlib
import functools
import re
from itertools import compress
from operator import attrgetter, itemgetter, not_
from typing import Optional

from ..actors import paired_names, resolve
from ..actors.codes import NONSTATE_ROLES, NONSTATE_TOPS, make_code, sides_conflict
from ..actors.lexicon import (_QUOTE_TOKENS, Entry, Lexicon, Period, clean_word, entry_code, get_lexicon, phrase_key,
                              word_keys)
from ..actors.resolve import Item, Resolution, best_role, combine, drop_disguised, mark_former, match_items
from ..actors.translit import same_name, skeleton
from ..coding import home_country, title_back
from ..coding.family_first_en import surname_word
from ..coding.structure import form_set
from ..geo import world_regions
from ..lang.normalize import normalize
from ..resources import data_path, read_tsv_dicts
from ..lang.columns import token_norms, token_starts, token_texts, token_triples, tokens_outside
from ..lang.memo import misses
from ..model import Actor, Document, stable_id  # noqa: F401  (actor ids == stable_id(doc.id, "actor", s, e))

SKIP_KINDS = {"photo_credit", "ad", "source_line", "dateline", "other"}   # ("other": page chrome, related links; s37)
ACTOR_MENTIONS = {"PERS": "person", "ORG": "organisation"}
_LED = frozenset({"-led", "-Led", "-LED"})
_GAP_PUNCT = set("\"'«»“”‘’()[]-–—")
_DATELINE_DASH = frozenset(["ـ", "-", "–", "—"])
_CREDIT = {"/", "via"}
# the words w with w in _CREDIT or w.lower() in _CREDIT (only ASCII letters lower-case to v, i, a)
_CREDIT_FORMS = frozenset({"/"} | {a + b + c for a in "vV" for b in "iI" for c in "aA"})
_OTHER_TYPES = frozenset({"role", "country", "capital", "demonym"})
_sha1 = hashlib.sha1


class _Spec:
    __slots__ = ("key", "res", "start", "end", "mention_ids", "kind", "resolved", "name", "sentence", "surname_keys",
                 "readings", "default", "ctxw")

    def __init__(self, key, res, start, end, mention_ids, kind, resolved=True, name=None, sentence=0):
        self.key, self.res, self.start, self.end = key, res, start, end
        self.mention_ids = list(mention_ids)
        self.kind, self.resolved, self.name, self.sentence = kind, resolved, name, sentence
        self.surname_keys: list[str] = []
        # a name read as several countries: country -> (key, res, start, end) of each reading
        self.readings: Optional[dict] = None
        self.default: Optional[str] = None
        self.ctxw = False      # its sentence holds a context word (context.tsv): _context looks at it


class ActorStage:
    def __init__(self, config):
        self.config = config

    def _lexicon(self) -> Lexicon:
        cfg = self.config
        lx = getattr(cfg, "lexicons", None) or {}
        user = list(lx.get("actors", []))
        replace = bool(user) and not getattr(cfg, "extend_lexicons", True)
        return get_lexicon(tuple(user), replace, tuple(lx.get("agents", [])))

    def __call__(self, doc: Document) -> Document:
        if not doc.tokens or not doc.sentences:
            return doc
        lex = self._lexicon()
        date = (doc.published_at or "")[:10] or None
        specs: list[_Spec] = []
        by_sent_mentions: dict[int, list] = {}
        by_sent_places: dict[int, set] = {}   # starts of place-name mentions (abstract_construct)
        for m in doc.mentions:
            if m.type in ACTOR_MENTIONS:
                by_sent_mentions.setdefault(m.sentence, []).append(m)
            if m.type in ("GPE", "LOC"):
                by_sent_places.setdefault(m.sentence, set()).add(m.start)
        led = "-led" in doc.text or "-Led" in doc.text or "-LED" in doc.text
        texts = norms = None   # (the document's token columns, shared with the other stages: sliced per sentence)
        for si, sent in enumerate(doc.sentences):
            if sent.segment_kind in SKIP_KINDS:
                continue
            a, b = sent.token_start, sent.token_end
            toks = doc.tokens[a:b]
            if toks:
                if texts is None:
                    texts, norms = token_texts(doc), token_norms(doc)
                specs.extend(_sentence(doc, lex, si, toks, by_sent_mentions.get(si, ()), date, led,
                                       by_sent_places.get(si, ()), texts[a:b], norms[a:b]))
        pending = [sp for sp in specs if sp.key[0] == "P"]   # bare titles kept for title_back.resolve only
        if pending:
            specs = [sp for sp in specs if sp.key[0] != "P"]
        _dual_nationalities(doc, lex, specs)   # (may add the only actors of a sentence: before the check)
        _coordinated_title_countries(doc, specs, " و", _dual_title, "dual")
        _coordinated_title_countries(doc, specs, " and ", _plural_title, "plural_title")
        _title_of_body(doc, lex, specs)
        _title_in_government(doc, specs)   # "نائب وزير الخارجية في حكومة الحوثيين": YEMREB (s30)
        _body_before_title(doc, specs)
        _hedged_nationality(doc, lex, specs)
        _side_nationality(doc, lex, specs)
        _delegation_head(doc, lex, specs)
        _definite_minister(doc, lex, specs)
        _definite_title(doc, lex, specs)
        _titled_name_en(doc, specs)   # "Zambia's attorney general … Attorney General Mulilo Kabesha": Zambia's (s50)
        _delegation_anaphor(doc, lex, specs)
        _source_anaphor(doc, specs)   # "نقلت سانا عن مصدر حكومي … ودعا المصدر": that source (s50)
        _leader_title(doc, lex, specs)
        _quoted_group(doc, lex, specs, lex.cues.get("quoted_group_head") or (),   # 'جبهة "…"': an unknown front (s26)
                      lex.cues.get("quoted_armed_head") or (),   # '"جهاز الردع"': an armed group (s27)
                      lex.cues.get("quoted_ngo_head") or (),   # 'منظمة "أفغان إيفاك"': a civil body (s49)
                      lex.cues.get("quoted_company_head") or ())   # 'مجموعة "أورانو" الفرنسية': a company (s51)
        _party_attribute(doc, lex, specs)   # "جمعية الوفاق البحرينية المعارضة": one body, OPP of its nisba (s27 AR3)
        if specs:
            _context(doc, lex, specs)
            _body_in_country(doc, specs)
            _homograph_nisba(doc, lex, specs)   # "السلطات المالية" in a story on Mali: MLIGOV (s53)
            _region_body(doc, lex, specs)
            _region_admin(doc, lex, specs)   # "إدارة جوبالاند"، "رئيس جوبالاند X": SOMGOV (s30 ACT21)
            _region_anaphor(doc, lex, specs)   # "… إقليم كردستان … ودعا قيادة الإقليم": IRQGOV (s36)
            _anaphora(doc, specs)
            _bare_named_org(doc, specs)
            _name_adjective(doc, specs, lex.cues.get("name_adjective") or ())
            _participle_adjective(doc, specs, lex.cues.get("participle_adjective") or ())   # s31
            _demonym_leader(doc, lex, specs, lex.cues.get("demonym_leader") or ())   # "Malian leader X" (s31)
            _first_name_homograph(doc, lex, specs, lex.cues.get("first_name_homograph") or ())   # "Christian X"
            _igo_anaphor(doc, specs)
            _igo_leaders_anaphor(doc, specs)   # "G7 leaders … .  The leaders said …": the G7's (session 53)
            _igo_anaphor_ar(doc, specs)
            _body_head_anaphor_ar(doc, specs, lex.cues.get("spokesman_head") or (),   # "… كما قرر المجلس" (s33)
                                  lex.cues.get("body_attribute") or ())
            _body_anaphor(doc, specs)
            _head_noun_anaphor(doc, specs)
            _country_anaphor(doc, specs)
            _country_anaphor_ar(doc, specs)   # "وشكر عون المملكة" after "ولي العهد السعودي": SAU (s47)
            _named_org_head(doc, specs)
            _title_of_named_body(doc, specs, lex.cues.get("nonstate_body") or (), lex.cues.get("envoy_head") or ())
            _bare_group_noun(doc, specs, lex.cues.get("nonstate_body") or (), lex.cues.get("spokesman_head") or ())
            _demonstrative_group(doc, specs, lex.cues.get("demonstrative") or (), lex.cues.get("group_plural") or ())
            _spokesman_pronoun(doc, specs, lex.cues.get("spokesman_head") or (), lex.cues.get("feminine_head") or ())
            _igo_portfolio(doc, specs, lex.cues.get("igo_portfolio_head") or ())
            _team_noun(doc, specs, lex.cues.get("team_head") or ())
            _possessive(doc, specs, lex.cues.get("belongs") or ())
        _paired(doc, lex, specs, date)
        _igo_title_person(doc, specs)   # "EU Trade Commissioner Marta Kowalski": the EU's (before the surnames)
        _relative_leader(doc, lex, specs)   # "Jimmy Cherizier, who leads the G9 gang coalition, …": the gang's
        _title_apposition(doc, specs)   # "the governor of the Federal District, Ibaneis Rocha, …": the governor (s32)
        _title_surname(lex, specs, date)
        _surname_foreign_title(doc, lex, specs)   # "والتقى الصفدي وزير الدفاع العراقي": two actors (s27 AR4)
        _possessive_aide_en(doc, lex, specs)   # "Guterres …, his spokesman Stephane Dujarric said": IGOUNO (s37)
        _prefixed_full_name(specs)   # "Democrat Zohran Mamdani … Zohran Mamdani": one person (s51; before the surnames)
        _party_leader_untagged_en(doc, specs)   # "Chega leader Andre Ventura" untagged (s55)
        _surnames(doc, lex, specs, date)
        _shared_surnames_en(doc, specs)   # "Vice President Sara Duterte … Duterte denied …" beside her father (s47)
        _compound_surnames(doc, lex, specs)   # "عادل عبد المهدي … وأقال عبد المهدي": one person (s36)
        _aide_apposition(doc, lex, specs)   # "Hikmet Hajiyev, a foreign policy aide to Aliyev, …": AZEGOV (s32;
        # after the surnames: the owner may be a surname alone)
        _first_names(doc, specs, lex.cues.get("name_particle") or ())
        _name_of_body_en(doc, specs)   # "Kim of the People Power Party": the party's (s47)
        _home_story_names_en(doc, specs, lex.cues.get("named_place_head") or ())   # "Klingbeil rejected …": DEU
        # (s46 GAPEN46)
        _party_names_en(doc, specs)   # "X, leader of the largest opposition party, …" in a BRATISLAVA story (s55)
        specs = _supporters(doc, specs)   # "آلاف من أنصار الصدر": IRQCVL (s35; after the surnames)
        specs = _shared_capitals(doc, specs)   # "في بيروت وطرابلس وصيدا": Lebanon's Tripoli, no LBYGOV (s35)
        _council_members(specs)   # "وزراء الخارجية العرب … بمقر جامعة الدول العربية": IGOARBAGL (s35)
        specs.extend(title_back.resolve(doc, specs, pending))   # (after the surnames: "الرئيس سعيد" is Saied's)
        regions = world_regions.spans(doc.text)
        if regions:
            specs = _region_names(specs, regions)   # "North America", "Latin American leaders": no USA (s23 GAPE)
        doc.actors = _merge(doc, specs)
        _group_anaphor_en(doc)   # "The group later blamed …" after "the ELN" (s34)
        return doc


def _region_names(specs: list[_Spec], regions: list) -> list[_Spec]:
    """A country read inside a world region's name (world_regions.tsv: "North America") is no actor; a longer phrase
    that holds the name ("Latin American leaders") loses the country: its role alone (session 23, GAPE)."""
    out = []
    for sp in specs:
        if sp.res.country and any(a < sp.end and sp.start < b for a, b in regions):
            if world_regions.inside(regions, sp.start, sp.end) or sp.kind == "country":
                continue
            r = sp.res
            sp.res = Resolution(r.role, None, r.role, r.kind, basis="region")
            sp.key, sp.resolved = ("R", sp.start, sp.end), bool(r.role)
        out.append(sp)
    return out


def _paired(doc: Document, lex: Lexicon, specs: list[_Spec], date) -> None:
    """"فتح وحماس توقعان …": a bare name joined to a listed partner actor (paired_names.py, session 20 ARB)."""
    def covered(s, e):
        return any(sp.start < e and s < sp.end for sp in specs)
    for s, t, res, si in paired_names.find(doc, lex, covered, date):
        specs.append(_Spec(("E", res.entity_id), res, s, t, (), res.kind, True, res.name_ar or res.name_en, si))


# ---------------------------------------------------------------- per sentence
def _given_names_before(words, items) -> list:
    """English: a one-word organisation of the lexicon right after two capitalised words no item covers ("Therese
    Kayikwamba Wagner": the Wagner Group's alias) is a person's surname, no organisation (session 40)."""
    covered = set()
    for it in items:
        covered.update(range(it.i, it.j))
    out = []
    for it in items:
        i = it.i
        if it.type == "entity" and it.j == i + 1 and i >= 2 and all(
                getattr(e, "kind", "") == "organisation" for e in it.entries) \
                and all(w[:1].isupper() and w.isalpha() and k not in covered
                        for k, w in ((i - 1, words[i - 1]), (i - 2, words[i - 2]))):
            continue
        out.append(it)
    return out


def _sentence(doc: Document, lex: Lexicon, si: int, toks, mentions, date, led: bool = True,
              place_starts=(), words=None, norms=None) -> list[_Spec]:
    """The actor specs of one sentence (``toks``).  ``words`` / ``norms``: the tokens' texts / norms when the
    caller has them (slices of :mod:`marsad.lang.columns`), else read here."""
    if words is None:
        words = [t.text for t in toks]   # (faster than map(attrgetter) over the slots)
    if norms is None:
        norms = [t.norm for t in toks]
    tc = lex.memo.get("tokens")
    if tc is None:
        tc = lex.memo["tokens"] = {}
    # (C-level iteration: one memo lookup per token without a Python loop body)
    ents = list(map(tc.get, zip(words, norms)))
    if None in ents:
        # (only the tokens missing from the memo)
        for k in misses(ents):
            t = toks[k]
            ents[k] = _token_entry(lex, tc, t.text, t.norm)
    keys = list(map(_first, ents))
    starts = list(compress(range(len(ents)), map(_second, ents)))
    if starts:
        # drop the starts whose phrases all need a next word that cannot continue them (a quote may
        # be skipped inside a name): Lexicon.match_at finds nothing there
        n = len(ents)
        kept = []
        for s in starts:
            c = ents[s][2]
            if c is not None:
                if s + 1 >= n:
                    continue
                kn = keys[s + 1]
                if kn:
                    if c.isdisjoint(kn):
                        continue
                elif words[s + 1] not in _QUOTE_TOKENS:
                    continue
            kept.append(s)
        starts = kept
    items = match_items(lex, words, keys, starts) if starts else []
    if items and words[0][:1].isascii():
        items = _given_names_before(words, items)   # "Foreign Minister Therese Kayikwamba Wagner" (s40)
    if items and items[0].i == 0 and items[0].type == "capital" and keys[0] \
            and keys[0][0] in (lex.cues.get("capital_homograph") or ()):
        items = items[1:]   # "Male voters turned out …": the word, not the Maldivian capital (session 30)
    if led:
        _led_prefixes(lex, words, items)
    if items:
        fw = lex.memo.get("former_words")
        if fw and not fw.isdisjoint(words):
            mark_former(lex, words, keys, items, lex.cues["former"])
    if not items and not mentions:
        return []
    # a credit line ("Lehtikuva/Name/via REUTERS"): nothing in it is an actor
    if not _CREDIT_FORMS.isdisjoint(words) and any(it.type == "media" for it in items):
        return []
    if items:
        # (each filter below drops only items at or after a word of its gate set: a sentence with no
        # such word skips it)
        gates = lex.memo.get("gates", _NO_GATES)
        led = lex.cues.get("led_by")
        if led and not gates["led_by"].isdisjoint(words):
            # "بقيادة" is a led-by cue, not the sector word قيادة (command)
            items = [it for it in items if not (it.type == "role" and it.j - it.i == 1 and
                                                 keys[it.i] and keys[it.i][0] in led)]
            items = _led_force(lex, words, items, date)
        abstract = lex.cues.get("abstract_construct")
        if abstract and not gates["abstract_construct"].isdisjoint(words):
            # "أمن العراق", "تهديد أمن أوروبا": a bare sector word in construct with a place name is
            # the place's security, not its police ("قوات الأمن", "الأمن المصري", "أمن الدولة" stay)
            complement = lex.cues.get("abstract_complement", frozenset())
            country_at = {x.i for x in items if x.type in ("country", "capital")}

            def place_follows(j: int) -> bool:
                return j < len(words) and (j in country_at or toks[j].start in place_starts or
                                           not complement.isdisjoint(keys[j]))
            # only the (rare) bare sector words in the lexicon's abstract list are looked at
            items = [it for it in items if not (it.type == "role" and it.j - it.i == 1 and
                                                 not abstract.isdisjoint(keys[it.i]) and
                                                 not clean_word(words[it.i]).startswith("ال") and
                                                 place_follows(it.j))]
        particles = lex.cues.get("name_link")
        if particles and any(it.i > 0 and it.j - it.i == 1 and it.entries and it.entries[0].kind == "person"
                             for it in items):
            # "أقال عبد المهدي …": a one-word name after عبد / أبو / بن is the second half of another compound name
            # (Abdul-Mahdi), not the lexicon's person of that name (al-Mahdi of Sudan; session 36)
            items = [it for it in items if not (it.i > 0 and it.j - it.i == 1 and it.entries
                                                 and it.entries[0].kind == "person"
                                                 and phrase_key(words[it.i - 1]) in particles)]
        named_place = lex.cues.get("named_place_head")
        if named_place and any(_names_a_place(it, words, named_place) for it in items):
            # "في حي المالكي"، "مطار رفيق الحريري"، "Habib Bourguiba Avenue": a person's name after (English: before) a
            # street / district / airport noun names the place, no actor (session 41)
            items = [it for it in items if not _names_a_place(it, words, named_place)]
        if mentions and any(it.i > 0 and it.j - it.i == 1 and it.entries and it.entries[0].kind == "person"
                            for it in items):
            items = _other_bearers(lex, toks, words, mentions, items)
        manner = lex.cues.get("manner_adverb")
        if manner:
            # "سترد بقوة"، "هددت بالرد بقوة" (forcefully): the bare indefinite noun with ب is a manner adverb, no force
            # (not "بقوة من الجيش"، "بقوة قوامها …", nor with a nationality after it; session 22 STR)
            def _manner(it) -> bool:
                if it.type != "role" or it.j - it.i != 1 or words[it.i][:1] not in ("ب", "و", "ف") \
                        or phrase_key(words[it.i]) not in manner:
                    return False
                nxt = clean_word(words[it.j]) if it.j < len(words) else ""
                return nxt not in _FORCE_OF and not any(x.i == it.j for x in items)
            items = [it for it in items if not _manner(it)]
        homographs = lex.cues.get("verb_homograph")
        hgate = gates["verb_homograph"] if homographs else ()
        opener = lex.cues.get("clause_opener") or ()   # (session 10: كما طالب رئيس الحكومة … opens a clause too)
        if hgate and (words[0] in hgate or not hgate.isdisjoint(words)):
            from ..coding.plural_heads import homograph_verb_next as _homograph_verb_next   # (round 14: وطالب متظاهرون، وطالب البرلمان)
            from ..coding.plural_heads import homograph_verb_prep as _homograph_verb_prep   # (session 26: وطالب بتحديد موعد)
            # "طالب المحتجون بـ…" opens the sentence with the verb "demanded", not the noun "student": a
            # clause-initial homograph followed by a nominative plural (المحتجون، المتظاهرون) is a verb
            # and so is one followed by a named country or organisation ("طالب الاتحاد الأوروبي روسيا بـ…");
            # a clause opens at the sentence start or after a comma ("…، داعية إسرائيل إلى …": the participle)
            # inside a clause, a homograph carrying و / ف ("… لن تقبل ذلك وطالب باريس بـ …") opens a coordinated
            # clause only before a named country, capital or organisation (session 16: "وطالب جزائري" stays a student)
            for k0, w0 in enumerate(words):
                if w0 not in hgate:
                    continue
                # (the cue list holds phrase keys: "إذ" is listed as its key, matched through the word's keys)
                opens = k0 == 0 or words[k0 - 1] in ("،", ",") or words[k0 - 1] in opener or not opener.isdisjoint(
                    keys[k0 - 1] or ())
                if not opens and w0[:1] not in ("و", "ف") and not (
                        w0.endswith(("ه", "ها", "هم", "هما")) and _homograph_verb_prep(words, items, clean_word, k0)):
                    # (session 55, lead) "…، لكنه طالبها بتقديم إخطار": the homograph with an object pronoun before
                    # a ب-phrase of what is demanded is the verb inside a clause too ("her student" was AUSEDU)
                    continue
                named_next = any(x.i == k0 + 1 and x.type in ("country", "capital", "entity") and
                                 not any(e.kind == "person" for e in x.entries) for x in items) or (
                    # "وطالب أكبري مجلس الأمن بـ": a clause-opening homograph right before a person's name (an NER
                    # mention; a student would be "الطالب …") is the verb too (session 25, B12AR)
                    opens and k0 + 1 < len(toks) and any(
                        m.type in ("PERS", "ORG") and toks[k0 + 1].start <= m.start < toks[k0 + 1].end
                        for m in mentions))   # (and an organisation's: "…، وطالب حماس بالإفراج عن …", session 47)
                items = [it for it in items if not (
                    it.type == "role" and it.j - it.i == 1 and it.i == k0 and
                    not homographs.isdisjoint(keys[it.i]) and len(words) > k0 + 1 and
                    (named_next or _homograph_verb_prep(words, items, clean_word, k0) or
                     opens and ((words[k0 + 1].startswith("ال") and words[k0 + 1].endswith("ون")) or
                                              _homograph_verb_next(words, items, clean_word, k0))))]
        adj_role = lex.cues.get("adjective_role")
        if adj_role and not gates["adjective_role"].isdisjoint(words):
            items = _drop_adjective_roles(items, words, keys, adj_role, lex.cues.get("adjective_head") or ())
        disguise = lex.cues.get("disguise")
        if disguise and not gates["disguise"].isdisjoint(words):
            items = drop_disguised(items, keys, disguise)
        power = lex.cues.get("power_head")
        if power and not gates["power_head"].isdisjoint(words):
            # "صفقة تقاسم السلطة"، "تداول السلطة": power shared or passed on, not the authorities (cue power_noun;
            # session 26 AR1C)
            nouns = lex.cues.get("power_noun") or frozenset()
            items = [it for it in items if not (it.type == "role" and it.j - it.i == 1 and it.i > 0 and
                                                 not power.isdisjoint(keys[it.i - 1]) and not nouns.isdisjoint(keys[it.i]))]
    starts = _starts_of(doc, toks) if mentions else None
    added = False
    # NER mentions: attach to a lexicon item they overlap, else become their own items
    for m in mentions:
        i0 = max(0, bisect.bisect_right(starts, m.start) - 1)
        i1 = max(i0 + 1, bisect.bisect_left(starts, m.end))
        over = [it for it in items if it.i < i1 and i0 < it.j]
        named = [it for it in over if it.type in ("entity", "media")]
        if named:
            named[0].mention_ids.append(m.id)
            continue
        inner = [it for it in over if it.i >= i0 and it.j <= i1]
        if over and not inner:
            over[0].mention_ids.append(m.id)
            continue
        if inner and all(words[k] in _GAP_PUNCT or any(it.i <= k < it.j for it in inner)
                         for k in range(i0, i1)):
            # the "name" is only lexicon words (a nationality or title tagged PERS/ORG): no name
            inner[0].mention_ids.append(m.id)
            continue
        it = Item(i0, i1, [], "mention", mention_ids=[m.id], mention_type=m.type, span=(m.start, m.end))
        t0 = toks[i0]
        lead = doc.text[t0.start:m.start] if t0.start < m.start else (t0.prefix or "")
        it.conj = lead.startswith("و")
        # nationality / title words inside the mention stay as items (they give country/role)
        items = [x for x in items if not (x.i < i1 and i0 < x.j) or x in inner]
        items.append(it)
        added = True
    if added:
        # (lexicon items alone are already in order: disjoint, by position)
        items.sort(key=lambda x: (x.i, -(x.j - x.i), x.type != "mention"))
    out: list[_Spec] = []
    for chunk in _chunks(items, words, lex, date):
        out.extend(_chunk_actors(doc, lex, si, toks, words, keys, chunk, date))
    if out and "في" in words:
        _seat(toks, words, items, out)
    cws = lex.memo.get("context_words")
    if cws and out and not cws.isdisjoint(words):
        for sp in out:
            sp.ctxw = True
    if out and "في" in words and len(out) > 1:
        if starts is None:
            starts = _starts_of(doc, toks)
        out = _member_in(words, starts, out)
    if len(out) > 1 and out[0].end == toks[0].end and (doc.sentences[si].lang or doc.lang) == "ar" \
            and out[0].res.role and not out[0].res.country and not out[0].mention_ids:
        out = _opening_verb_role(toks, out)
    loyal = lex.cues.get("loyal_adj")
    if loyal and len(out) > 1:
        if starts is None:
            starts = _starts_of(doc, toks)
        _loyal_to(loyal, words, keys, starts, out)
    committee = lex.cues.get("committee_head")
    if committee and out and "في" in words:
        if starts is None:
            starts = _starts_of(doc, toks)
        out = _committee_member(committee, lex.cues.get("committee_member_head") or (), words, keys, starts, out)
    office = lex.cues.get("office_head")
    if office and out and (len(out) > 1 or len(out[0].mention_ids) > 1):
        if starts is None:
            starts = _starts_of(doc, toks)
        out = _official_of_body(office, words, keys, starts, out,
                                {m.id for m in mentions if m.type == "PERS"})
    partitive = lex.cues.get("partitive_head")
    if partitive and out and ("من" in words or "of" in words):
        if starts is None:
            starts = _starts_of(doc, toks)
        out = _partitive(partitive, toks, words, keys, starts, out)
    spokes = lex.cues.get("spokesman_head")
    if spokes and out and "باسم" in words:
        if starts is None:
            starts = _starts_of(doc, toks)
        out = _spokesman(spokes, toks, words, keys, starts, out)
    return out


def _drop_adjective_roles(items: list[Item], words, keys, adj_role, heads) -> list[Item]:
    """"sent military aid to Ukraine", "joint military exercises", "military and economic support": an English
    one-word role (cue ``adjective_role``: military, police, intelligence) right before a thing noun (cue
    ``adjective_head``: aid, assistance, exercises, cooperation, equipment …), or before "and" + one word + such a noun,
    is that noun's adjective, no actor (session 19, ENX2).  "the military said", "military officers" stay.  Arabic
    (session 26 B17AR): the role right after such a noun ("هدفا عسكريا")."""
    n = len(words)

    def head_at(j: int) -> bool:
        return j < n and not heads.isdisjoint(keys[j])
    return [it for it in items if not (
        it.type == "role" and it.j - it.i == 1 and not adj_role.isdisjoint(keys[it.i]) and
        (head_at(it.j) or (it.j + 2 < n and words[it.j] == "and" and head_at(it.j + 2))
         or (it.i > 0 and not words[it.i].isascii() and head_at(it.i - 1))))]   # "هدفا عسكريا" (s26 B17AR)


def _starts_of(doc: Document, toks) -> list[int]:
    """``[t.start for t in toks]`` for a sentence's tokens (a slice of ``doc.tokens``): a slice of the shared
    column (:func:`marsad.lang.columns.token_starts`)."""
    i, n = toks[0].index, len(toks)
    dt = doc.tokens
    if 0 <= i and i + n <= len(dt) and dt[i] is toks[0] and dt[i + n - 1] is toks[-1]:
        return token_starts(doc)[i:i + n]
    return [t.start for t in toks]


_SEAT_ROLES = frozenset({"GOV", "MIL"})


def _seat(toks, words, items: list[Item], specs: list[_Spec]) -> None:
    """"المجلس العسكري الحاكم في النيجر", "السلطات في مالي": a ruling body without a nationality,
    followed by في and a country, is that country's (not a force sent there: military group nouns
    such as قوات are left alone)."""
    at = ends = None
    for sp in specs:
        r = sp.res
        if r.country or r.main or r.role not in _SEAT_ROLES or sp.key[0] != "T" or \
                (sp.kind != "organisation" and r.role != "GOV"):
            continue
        if at is None:
            at = {it.i: it for it in items if it.type in ("country", "capital")}
            if not at:
                return
            ends = {t.end: k for k, t in enumerate(toks)}
        k = ends.get(sp.end)
        if k is None or k + 2 >= len(words) or words[k + 1] != "في":
            continue
        place = at.get(k + 2)
        if place is None or (place.j < len(words) and words[place.j] in ("و", "،", ",")):
            continue
        c = combine([place]).country if place.entries else None
        if not c:
            continue
        sp.res = Resolution(code=make_code(c, r.role), country=c, role=r.role, kind=r.kind,
                            basis="title+nationality", main=c)
        sp.key = ("T", sp.res.code, sp.res.basis) + tuple(sp.key[3:])


def _title_body(sp: _Spec, specs: list[_Spec], starts, words) -> Optional[_Spec]:
    """"المتحدث باسم الأمين العام للأمم المتحدة": a country-less title after باسم whose body follows it with ل is that
    body's officer -- the spokesperson speaks for the body (the UN), not for a bare secretary general (GOV)."""
    if sp.res.country or sp.res.basis != "title":
        return None
    for o in specs:
        if o is not sp and o.res.code and o.res.basis == "lexicon" and 0 < o.start - sp.end <= 3:
            # (the body's span starts after its ل proclitic: the token holding it starts with ل)
            k = bisect.bisect_right(starts, o.start) - 1
            if k >= 0 and starts[k] > sp.end and words[k].startswith("ل"):
                return o
    return None


def _spokesman(heads, toks, words, keys, starts, specs: list[_Spec]) -> None:
    """"الناطق باسم حركة حماس حازم قاسم", "المتحدث باسم الجيش الإسرائيلي دانيال هاغاري": the
    spokesperson speaks for the coded actor after باسم.  That actor's span widens back over the
    title, and an unresolved name right after it is the spokesperson, with the actor's code.  A title of two words
    ("المتحدث العسكري باسم الحوثيين": a country-less title actor over both) is the same (session 12)."""
    drop = None
    for sp in specs:
        if not sp.res.code or sp.res.basis == "metonym":
            continue
        k = bisect.bisect_left(starts, sp.start)
        if k < 2 or k >= len(starts) or starts[k] != sp.start or words[k - 1] != "باسم":
            continue
        if heads.isdisjoint(keys[k - 2]):
            two = next((o for o in specs if k >= 3 and o.start == toks[k - 3].start and o.end == toks[k - 2].end
                        and not o.res.country and not heads.isdisjoint(keys[k - 3])), None)
            if two is None:
                continue
            drop = (drop or set()) | {id(two)}
            k -= 1
        sp.start = toks[k - 2].start
        # the name right after the actor (its span may have taken the nationality: "الإسرائيلي دانيال")
        nxt = next((o for o in specs if o.kind == "person" and 0 <= o.start - sp.end <= 2 and
                    (not o.res.code or (not o.res.country and o.res.basis == "title" and o.key[0] == "M"))),
                   None)
        if nxt is None:
            # "المتحدث باسم البيت الأبيض جون كيربي": a listed person in a dated role right after the body is the
            # spokesperson too, with that role's code; one phrase with the title, no second actor after it
            # (session 38 PPL38)
            listed = _listed_after(specs, sp.end, 0)
            if listed is not None:
                listed.start = sp.start
                continue
        if nxt is None:
            # "جون كيربي المتحدث باسم البيت الأبيض": the name before the title (its span may have
            # taken the title word)
            nxt = next((o for o in specs if o.kind == "person" and o is not sp and not o.res.country and
                        o.start < sp.start and sp.start - 2 <= o.end <= toks[k - 2].end), None)
        if nxt is not None:
            body = _title_body(sp, specs, starts, words)
            r = body.res if body is not None else sp.res
            nxt.res = Resolution(code=r.code, country=r.country, role=r.role, kind="person",
                                 name_ar=nxt.res.name_ar, name_en=nxt.res.name_en,
                                 basis="title+nationality" if r.country else "title")
            nxt.resolved = True
            if nxt.start > sp.start:
                nxt.start = sp.start
            else:
                nxt.end = max(nxt.end, sp.end if body is None else body.end)
    return specs if drop is None else [o for o in specs if id(o) not in drop]


_OPEN_QUOTES = frozenset('«"“')


def _partitive(heads, toks, words, keys, starts, specs: list[_Spec]) -> list[_Spec]:
    """"قوة من الشرطة العراقية", "عناصر من حركة الشباب", "members of the army": a group noun followed
    by من / of and a coded actor is part of that actor (a police unit is police, a few of a movement's
    men act for the movement).  The coded actor's span widens back over the head noun, and a
    code-less actor of the head alone (قوة -> MIL) is dropped, so the event stage sees one actor."""
    drop: set[int] = set()
    for sp in specs:
        bare = sp.res.code in _BARE_PARTS and not sp.res.country
        if not (sp.res.country or (sp.res.code and sp.res.basis == "lexicon") or bare) \
                or sp.res.basis == "metonym":
            continue   # (a bare police or intelligence body too, session 35: "اقتحمت قوات من الشرطة" is the police)
        k = bisect.bisect_left(starts, sp.start)
        if k < 2 or k >= len(starts) or starts[k] != sp.start:
            continue
        if bare and words[k - 2][:1] == "ب":
            continue   # ("داهمت الشرطة المنزل بقوة من الأمن الخاص": with a force of -- the force stays)
        if words[k - 1] in _OPEN_QUOTES and k >= 3:
            k -= 1   # "عنصرين من «ألوية الناصر صلاح الدين»": a group's name in quotation marks (session 34, GSR34)
        h = k - 2
        if h >= 1 and words[k - 1].lower() == "the":      # "members of the Iraqi army"
            h -= 1
        elif h >= 1 and words[k - 2] == "من" and words[k - 1].startswith("ال") and not any(
                o.start <= toks[k - 1].start < o.end for o in specs):
            h -= 1   # "مسلحون من التركمان السوريين": a people's definite name before its nationality (session 34)
        if clean_word(words[h + 1]).lower() not in ("من", "of") or heads.isdisjoint(keys[h]):
            continue
        h0, h1 = toks[h].start, toks[h].end
        for o in specs:
            if o is not sp and o.start >= h0 and o.end <= h1 and not o.res.country:
                drop.add(id(o))
        sp.start = h0
    return [o for o in specs if id(o) not in drop] if drop else specs


@functools.lru_cache(maxsize=1)
def _supporter_heads() -> frozenset:
    return frozenset(normalize(row["form"]) for row in read_tsv_dicts(data_path("actors", "supporters_ar.tsv"))
                     if row["kind"] == "head")


_OWNER_SUFFIXES = frozenset(("ه", "ها"))


@functools.lru_cache(maxsize=1)
def _supporter_gates() -> tuple:
    """Substrings one of which any supporters head holds as written: its normalised form without the first letter (an
    alef or a hamza seat the text may spell otherwise), and with و spelled ؤ."""
    gates = set()
    for h in _supporter_heads():
        gates.add(h[1:])
        gates.add(h[1:].replace("و", "ؤ", 1))
    return tuple(sorted(gates))


def _supporters(doc: Document, specs: list[_Spec]) -> list[_Spec]:
    """"آلاف من أنصار الصدر", "أمهل الصدر أنصاره": a person's supporters (``supporters_ar.tsv``) are a crowd (CVL)
    of the person's country, not the person (session 35): the head right before a person's name, or with a pronoun
    suffix naming back the last person of its sentence before it.  After the surnames (a bare surname is a person only
    then)."""
    heads = _supporter_heads()
    if not any(g in doc.text for g in _supporter_gates()):
        return specs   # (a C-level scan first: most documents name no supporters)
    hits = []   # (token, owned: a pronoun suffix names the owner back)
    for t in doc.tokens:
        if t.norm in heads and (not t.suffix or t.suffix in _OWNER_SUFFIXES):
            hits.append((t, bool(t.suffix)))
        elif t.norm[-1:] == "ه" and (t.norm[:-1] in heads or t.norm[-2:] == "ها" and t.norm[:-2] in heads):
            hits.append((t, True))   # (a suffix the tokeniser left on: مؤيديه، أتباعه)
    if not hits:
        return specs
    text = doc.text
    ends = {t.end: t for t, owned in hits if not owned}
    out: list[_Spec] = []
    for sp in specs:
        h = ends.get(sp.start - 1) if sp.kind == "person" and sp.res.country else None
        if h is not None and text[h.end:sp.start] == " ":
            out.append(_crowd_of(sp.res.country, h.start + len(h.prefix), sp.end, sp.mention_ids, sp.sentence))
            continue
        h = ends.get(sp.start - 2) if sp.res.country else None
        if h is not None and text[h.end:sp.start] == " ل":
            # "هجوم شنه مناصرون لحزب الله": supporters of a body (with ل) are a crowd of its country too (s35)
            out.append(_crowd_of(sp.res.country, h.start + len(h.prefix), sp.end, sp.mention_ids, sp.sentence))
            continue
        out.append(sp)
    persons = sorted((sp for sp in out if sp.kind == "person" and sp.res.country), key=lambda x: x.start)
    added = []
    for t, owned in hits:
        if not owned or any(o.start <= t.start < o.end for o in out):
            continue
        si = _sentence_at(doc, t.start)
        ante = [p for p in persons if p.end <= t.start and p.sentence == si]
        if ante:
            added.append(_crowd_of(ante[-1].res.country, t.start + len(t.prefix), t.end, [], si))
    return out + added


def _crowd_of(country: str, start: int, end: int, mention_ids, si: int) -> _Spec:
    res = Resolution(code=country + "CVL", country=country, role="CVL", kind="group", basis="title+nationality",
                     main=country)
    return _Spec(("T", country + "CVL", "supporters", "group", "انصار"), res, start, end, mention_ids, "group", True,
                 None, si)


@functools.lru_cache(maxsize=1)
def _councils() -> dict:
    return {row["members"]: row["body"] for row in read_tsv_dicts(data_path("actors", "council_members.tsv"))}


def _council_members(specs: list[_Spec]) -> None:
    """A group of a body's members (``council_members.tsv``: ARBGOV) in a sentence that names that body (IGOARBAGL) acts
    as the body: the Arab foreign ministers meeting at the Arab League are its council (session 35)."""
    councils = _councils()
    bodies = {(sp.sentence, sp.res.code) for sp in specs if sp.res.code in councils.values()}
    if not bodies:
        return
    for sp in specs:
        body = councils.get(sp.res.code)
        if body and (sp.sentence, body) in bodies and sp.kind in ("group", "organisation"):
            sp.res = Resolution(code=body, country=None, role=None, kind="organisation", basis="title", main=body[:3])
            sp.key = ("T", body, "council", "organisation", "")


@functools.lru_cache(maxsize=1)
def _shared_capital_table() -> dict:
    return {row["form"]: row["other"] for row in read_tsv_dicts(data_path("actors", "shared_capitals.tsv"))}


def _shared_capitals(doc: Document, specs: list[_Spec]) -> list[_Spec]:
    """A capital's metonym (``shared_capitals.tsv``: طرابلس) in a story whose actors name the other country that has a
    city of that name more often than the capital's country is that city: the metonym is dropped (session 35)."""
    table = _shared_capital_table()
    text = doc.text
    hits = [sp for sp in specs if sp.res.basis == "metonym" and text[sp.start:sp.end] in table]
    if not hits:
        return specs
    counts: dict = {}
    for sp in specs:
        if sp.res.country and sp.res.basis != "metonym":
            counts[sp.res.country] = counts.get(sp.res.country, 0) + 1
    drop = {id(sp) for sp in hits
            if counts.get(table[text[sp.start:sp.end]], 0) > counts.get(sp.res.country, 0)}
    return [sp for sp in specs if id(sp) not in drop] if drop else specs


def _other_bearers(lex: Lexicon, toks, words, mentions, items: list) -> list:
    """"وقال النائب هيثم الحريري": a one-word lexicon person (a family name: الحريري) whose name the named-entity
    tagger reads with a given name before it, a word of none of that person's names in the tables, is another bearer
    of the family name, not the listed person (Rafik / Saad Hariri; session 37).  A given name the tables hold for
    the person ("طيب أردوغان") keeps him."""
    pers = [(m.start, m.end) for m in mentions if m.type == "PERS"]
    if not pers:
        return items
    name_words = _entity_name_words(lex)

    def other(it) -> bool:
        if not (it.i > 0 and it.j - it.i == 1 and it.entries and all(e.kind == "person" for e in it.entries)):
            return False
        prev, cur = toks[it.i - 1], toks[it.i]
        if not any(ms <= prev.start and cur.end <= me for ms, me in pers) or any(x.j == it.i for x in items):
            return False   # (no name read over both words, or the word before is an actor phrase of its own)
        given = phrase_key(words[it.i - 1])
        return not any(given in name_words.get(e.entity_id, ()) for e in it.entries)
    return [it for it in items if not other(it)]


def _entity_name_words(lex: Lexicon) -> dict:
    """{entity id: the keys of every word of every lexicon phrase naming it}, once per lexicon."""
    m = lex.memo.get("entity_name_words")
    if m is None:
        m = lex.memo["entity_name_words"] = {}
        for phrase, ids in lex._phrases.items():
            for k in ids:
                eid = lex.entries[k].entity_id
                if eid:
                    m.setdefault(eid, set()).update(phrase)
    return m


def _sentence_at(doc: Document, pos: int) -> int:
    starts = [s.start for s in doc.sentences]
    return bisect.bisect_right(starts, pos) - 1


# the forces a unit, a soldier or an officer serves in: "ضابط في الجيش السوري", "القوات الخاصة في الجيش الغيني"
_MEMBER_ROLES = frozenset({"MIL", "COP", "SPY"})
_BARE_PARTS = frozenset({"COP", "SPY"})   # bare bodies a partitive head joins (_partitive, session 35)


def _member_in(words, starts, specs: list[_Spec]) -> list[_Spec]:
    """"وحدة من القوات الخاصة في الجيش الغيني", "جنود في الجيش الإسرائيلي", "مديرية المخابرات في الجيش اللبناني": a force
    or a member of one with no country of its own (a title: قوات، وحدة، ضابط، مديرية المخابرات), followed -- after at
    most one adjective (الخاصة) -- by في and a country's army, police or intelligence body, serves in that body: it takes
    the body's country and keeps its own role (LBNSPY for the army's intelligence directorate).  Not for a country after
    في ("القوات في سوريا" is where a force is, not whose), nor a body of another sector ("ضابط في وزارة الداخلية")."""
    for sp in specs:
        r = sp.res
        if not r.country or r.role not in _MEMBER_ROLES or sp.kind != "organisation":
            continue
        k = bisect.bisect_left(starts, sp.start)
        if k < 2 or k >= len(starts) or starts[k] != sp.start or words[k - 1] != "في":
            continue
        o = next((o for o in specs if o is not sp and not o.res.country and o.res.role in _MEMBER_ROLES
                  and o.end <= starts[k - 1] and bisect.bisect_left(starts, o.end) >= k - 2), None)
        if o is None or any(not w.isalpha() for w in words[bisect.bisect_left(starts, o.end):k - 1]):
            continue
        c, role = r.country, o.res.role
        o.res = Resolution(code=make_code(c, role), country=c, role=role, kind=o.res.kind, basis="title+nationality",
                           main=c)
        o.key = ("T", o.res.code, o.res.basis) + tuple(o.key[3:])
    return specs


def _opening_verb_role(toks, specs: list[_Spec]) -> list[_Spec]:
    """(session 38) "وطالب عضو لجنة الأمن في البرلمان العراقي الحكومة …": a one-word role reading (طالب "student") of the
    sentence's first word, right before another actor (or one word before it, with و / ف), is the verb that opens the clause when the coding lexicon
    has it as a verb trigger: no actor."""
    first = specs[0]
    gap = sum(1 for t in toks[1:6] if first.end <= t.start and t.end <= specs[1].start)
    joined = toks[0].prefix[:1] in ("و", "ف")
    if gap > (1 if joined else 0) and not (joined and len(toks) > 1 and _group_head(toks[1])):
        return specs   # ("طالب جامعي يفوز …" may open with the noun; "وطالب عضو مجلس النواب" opens with the verb;
        # "وطالب الطب الذي أصيب …" is the student; session 52: "وطالب اتحاد المزارعين الحكومة …", "وطالب عدد من
        # النواب …" -- a group head no actor reads (verb_subject_heads_ar.tsv) opens the verb's subject)
    from ..coding.structure import get_lexicon as coding_lexicon
    if any(t.kind == "verb" for t in coding_lexicon("ar").lookup(normalize(toks[0].text))):
        return specs[1:]
    return specs


@functools.lru_cache(maxsize=1)
def _group_heads() -> frozenset:
    return frozenset(normalize(r["form"]) for r in read_tsv_dicts(data_path("actors", "verb_subject_heads_ar.tsv")))


def _group_head(tok) -> bool:
    """An indefinite group or count noun (اتحاد، منتدى، عدد) right after the opening word: a student is not "طالب
    اتحاد", so the opening word is the verb and this noun heads its subject (session 52, ARMISS52)."""
    return not tok.prefix and not tok.has_article and normalize(tok.text) in _group_heads()


def _loyal_to(loyal, words, keys, starts, specs: list[_Spec]) -> None:
    """(session 38) "قوات موالية لحكومة الوفاق"، "فصائل مسلحة تابعة لإيران": a force or group reading with a role and no
    country, followed (after at most one adjective) by a loyalty adjective (``loyal_adj``) and the preposition ل on an
    actor with a country, is that country's: it takes the country and keeps its role.  (Session 43: absorbing the
    patron's phrase into the force's was tried and withdrawn -- the subject search then missed "قوات موالية للحكومة
    السورية قادمة من مدينة حماة أسرت …", test_lead_s38.)"""
    n = len(words)
    for sp in specs:
        r = sp.res
        if r.country or not r.role or sp.kind == "country":
            continue
        k = bisect.bisect_left(starts, sp.end)   # the first word after the reading
        j = next((j for j in (k, k + 1) if j < n and not loyal.isdisjoint(keys[j])), None)
        if j is None or j + 1 >= n:
            continue
        w0 = starts[j + 1]
        o = next((o for o in specs if w0 <= o.start < w0 + len(words[j + 1]) and o.res.country), None)
        if o is None or not words[j + 1].startswith("ل"):
            continue
        c = o.res.country
        sp.res = Resolution(code=make_code(c, r.role), country=c, role=r.role, kind=r.kind, basis="title+nationality",
                            main=c)
        sp.key = ("T", sp.res.code, sp.res.basis) + tuple(sp.key[3:])


def _committee_member(committee, heads, words, keys, starts, specs: list[_Spec]) -> list[_Spec]:
    """"رئيس لجنة الشؤون الخارجية في مجلس النواب المصري كريم درويش": a member word (``committee_member_head``) before a
    committee noun (``committee_head``) within five words before في and a country's legislature: the member is a
    legislator of it -- the legislature's actor widens back over the title (a person), and readings inside the
    committee's name ("لجنة الدفاع": MIL) are dropped (session 38)."""
    drop = None
    for sp in specs:
        r = sp.res
        if r.role != "LEG" or not r.country:
            continue
        k = bisect.bisect_left(starts, sp.start)
        if k < 3 or k >= len(starts) or starts[k] != sp.start or words[k - 1] != "في":
            continue
        j = next((j for j in range(k - 2, max(0, k - 7), -1) if not committee.isdisjoint(keys[j])), -1)
        if j < 1 or heads.isdisjoint(keys[j - 1]) or not all(w.isalpha() for w in words[j - 1:k - 1]):
            continue
        lo, hi = starts[j - 1], starts[k - 1]
        drop = (drop or set()) | {id(o) for o in specs if o is not sp and o.start >= lo and o.end <= hi}
        sp.start = lo
    return specs if drop is None else [o for o in specs if id(o) not in drop]


def _official_of_body(heads, words, keys, starts, specs: list[_Spec], person_ids) -> list[_Spec]:
    """(session 47) "ودعت مسؤولة السياسة الخارجية في الاتحاد الأوروبي X"، "وانتقد المفوض العام لوكالة الأونروا X": an
    office word (cue ``office_head``) opening a title of at most five words (letters only), then في or the clitic ل on
    a named body (a code of its own: no country name, no bare role), then a person's name right after the body (or
    inside its phrase): the title and the name are the body's official.  The body's actor widens back over the title
    (readings inside the title are dropped) and on over an unresolved name, which takes the body's code (a known
    person keeps an actor of its own).  Without the name after the body a title may end before في ("تحدث رئيس
    الوزراء في الاتحاد الأوروبي عن …" is where he spoke): left alone."""
    drop = None
    n = len(words)
    for sp in specs:
        r = sp.res
        if sp.kind == "country" or not r.code or r.code == r.role or r.basis == "metonym" or id(sp) in (drop or ()):
            continue
        k = bisect.bisect_right(starts, sp.start) - 1
        if k < 2:
            continue
        if starts[k] == sp.start and words[k - 1] == "في":
            t_end = k - 1      # (the title's words end before في)
        elif sp.start == starts[k] + 1 and words[k][:1] == "ل":
            t_end = k          # (before the word with the clitic ل)
        else:
            continue
        j = next((j for j in range(t_end - 1, max(-1, t_end - 6), -1) if not heads.isdisjoint(keys[j])), -1)
        if j < 0 or not all(w.isalpha() for w in words[j:t_end]):
            continue
        lo, hi = starts[j], starts[t_end] if t_end < n else sp.start
        if any(o is not sp and o.start < hi and o.end > lo and o.res.country for o in specs):
            continue   # (a title with a country of its own: "وزير الخارجية القطري في …" is that country's)
        name = next((o for o in specs if o.kind == "person" and o is not sp and 0 < o.start - sp.end <= 2), None)
        inside = any(m in person_ids for m in sp.mention_ids[1:])
        if name is None and not inside and not _plural_members(words[j]):
            continue
        drop = (drop or set()) | {id(o) for o in specs if o is not sp and o.start >= lo and o.end <= hi}
        sp.start = lo
        if name is not None and not name.res.code:
            sp.end = name.end
            sp.mention_ids = sp.mention_ids + [m for m in name.mention_ids if m not in sp.mention_ids]
            drop.add(id(name))
    return specs if drop is None else [o for o in specs if id(o) not in drop]


def _plural_members(word: str) -> bool:
    """(session 49, gapar49) "وانتقد مسؤولون في الاتحاد الأوروبي …"، "خبراء حقوق الإنسان في الأمم المتحدة": an
    indefinite plural office word (sound plural, or a broken plural of office_plural_ar.tsv) opening the title names
    members of the body after في, no place where one spoke: no name is needed after the body."""
    if "ال" in word[:4] or word[:2] == "لل":
        return False   # (definite, also after a clitic: "للأمين العام" is no plural)
    return word.endswith(("ون", "ين")) and len(word) >= 6 or word in _office_plurals()


@functools.lru_cache(maxsize=1)
def _office_plurals() -> frozenset:
    return frozenset(r["form"].strip() for r in read_tsv_dicts(data_path("actors", "office_plural_ar.tsv")))


_TK_CACHE: dict[tuple[str, str], tuple[str, ...]] = {}


@functools.lru_cache(maxsize=1)
def _surface_stop() -> frozenset:
    """The written forms of surface_stop.tsv (no actor word whatever their key)."""
    return frozenset(r["form"].strip() for r in read_tsv_dicts(data_path("actors", "surface_stop.tsv")))


_HAMZA_LAM = frozenset(("أل", "إل", "آل"))


def _token_keys(text: str, norm: str) -> tuple[str, ...]:
    """word_keys of the word, plus the tokenizer's stem norm when it differs (memoised)."""
    try:
        return _TK_CACHE[(text, norm)]
    except KeyError:
        pass
    if text in _surface_stop():
        k = ()   # "أمرا رئاسيا": an order, though its key is the woman's (surface_stop.tsv, session 36)
        _TK_CACHE[(text, norm)] = k
        return k
    k = word_keys(text)
    if norm and norm != text and not (text[:2] in _HAMZA_LAM and not phrase_key(norm).startswith("ال")):
        # (a hamza-alef + lam is never the article: "ألباريس" (Albares) is no Paris, session 45)
        extra = phrase_key(norm)
        if extra and extra not in k:
            k = k + (extra,)
    if len(_TK_CACHE) > 300_000:
        _TK_CACHE.clear()
    _TK_CACHE[(text, norm)] = k
    return k


# the words after "بقوة" that make it "with a force (of / numbering …)": a force, no manner adverb
_FORCE_OF = frozenset(("من", "قوامها", "تابعة", "مؤلفة"))
_GATES = ("led_by", "abstract_construct", "verb_homograph", "disguise", "adjective_role", "power_head")
_NO_GATES = {g: frozenset() for g in _GATES}


def _token_entry(lex: Lexicon, cache: dict, text: str, norm: str) -> tuple:
    """(keys of the token, can it start a lexicon phrase, continuations), memoised per lexicon.  The
    continuations (else None): when every phrase the token's keys begin is longer than one word (no
    one-word phrase, no leaf), the keys a next word must have for a match to start here (see
    _sentence).  A token whose keys are a former cue or a context word also goes into the
    per-lexicon sets that tell _sentence whether a sentence needs those rules (a set test on the
    sentence's words)."""
    k = _token_keys(text, norm)
    trie = lex.trie
    start = not trie.keys().isdisjoint(k)
    cont = None
    if start:
        leaf = getattr(lex, "_leaf", None) or {}
        nodes = []
        for k0 in k:
            if k0 in leaf:
                nodes = None
                break
            nd = trie.get(k0)
            if nd is None:
                continue
            if None in nd:
                nodes = None
                break
            nodes.append(nd)
        if nodes:
            # (one node: its keys view, no copy)
            cont = nodes[0].keys() if len(nodes) == 1 else frozenset().union(*(nd.keys() for nd in nodes))
    e = (k, start, cont)
    gates = lex.memo.get("gates")
    if gates is None:
        gates = lex.memo["gates"] = {g: set() for g in _GATES}
        # every key any of the tests below looks for (one test for the many words that have none)
        lex.memo["special_keys"] = frozenset().union(lex.cues.get("former") or (), lex.context_words or (),
                                                     *(lex.cues.get(g) or () for g in _GATES))
    if lex.memo["special_keys"].isdisjoint(k):
        pass
    else:
        former = lex.cues.get("former")
        if former and not former.isdisjoint(k):
            lex.memo.setdefault("former_words", set()).add(text)
        cw = lex.context_words
        if cw and not cw.keys().isdisjoint(k):
            lex.memo.setdefault("context_words", set()).add(text)
        # the word forms that can make one of _sentence's item filters drop something (a sentence
        # without any of them skips the filter)
        cues = lex.cues
        if k:
            led = cues.get("led_by")
            if led and k[0] in led:
                gates["led_by"].add(text)
        for g in _GATES[1:]:
            c = cues.get(g)
            if c and not c.isdisjoint(k):
                gates[g].add(text)
    if len(cache) > 300_000:
        cache.clear()
    cache[(text, norm)] = e
    return e


_CLOSE_QUOTES = frozenset('»"”')


def _object_after_name(prev: Item, it: Item, words: list[str]) -> bool:
    """Is the one-word Arabic role ``it`` after the named body ``prev`` an indefinite plural, accusative or feminine
    singular ("قتل جنود الناتو مدنيين"، "أرسل الناتو قوات"، "هاجم عناصر حزب الله دورية إسرائيلية"): the verb's object, no
    word of the body's phrase (a name takes no indefinite adjective)?"""
    return prev.type == "entity" and it.type == "role" and it.j - it.i == 1 and not words[it.i][:1].isascii() \
        and prev.entries[0].kind != "person" and not _definite(clean_word(words[it.i])) \
        and clean_word(words[it.i]).endswith(("ين", "ات", "ا", "ه"))


def _complete_name(chunk: list[Item], prev: Item) -> bool:
    """Is the phrase ``chunk`` (ending with the named body ``prev``) a complete name: named bodies only, or a title
    with its body in ل ("الأمين العام للأمم المتحدة": "وأدان الأمين العام للأمم المتحدة الغارات الإسرائيلية" -- the
    definite noun after it is the verb's object, not a word of the title's phrase; session 50, lead)?"""
    return all(x.type == "entity" for x in chunk) or (
        prev.prefix == "ل" and len(chunk) == 2 and chunk[0].type == "role")


def _definite_object_after_name(prev: Item, it: Item, words: list[str], lex: Lexicon) -> bool:
    """Is the definite Arabic role noun ``it`` right after the named body ``prev`` a noun, not an adjective of the name
    ("وطالبت منظمة العفو الدولية السلطات بـ …": the verb's object)?  An adjective of a body's name is a nisba (الدولي،
    اللبناني), a participle (المعارض، المسلحة: ال + م…, or فاعل: الحاكم) or a cue ``body_attribute`` word; a sound
    masculine plural (المحتجين) is no adjective of a singular body name (session 45, GAPAR45)."""
    if prev.type != "entity" or it.type != "role" or prev.entries[0].kind == "person" or it.conj \
            or words[it.i][:1].isascii():
        return False
    return _definite_noun_not_adjective(clean_word(words[it.i]), lex.cues.get("body_attribute", ()))


def _definite_noun_not_adjective(w: str, attributes) -> bool:
    """Is the cleaned definite Arabic word ``w`` a noun, not an adjective a body's name may go on with?  An adjective
    of a name is a nisba (الدولي، اللبناني), a participle (المعارض، المسلحة: ال + م…, or فاعل: الحاكم) or a cue
    ``body_attribute`` word (``attributes``); a sound masculine plural (المحتجين) is no adjective of a singular body's
    name (session 45, GAPAR45)."""
    if not w.startswith("ال") or w.startswith("الل") or phrase_key(w) in attributes:
        return False
    stem = w[2:]
    if stem.endswith(("ين", "ون")):
        return True
    nisba = stem.endswith(("ي", "يه", "ية", "يا"))
    participle = stem.startswith("م") or (len(stem.rstrip("ه")) == 4 and stem[1] == "ا")
    return not nisba and not participle


_IN_WORDS = frozenset(("في", "فى"))
# (session 43) the prepositions of an envoy's post ("المبعوث الخاص إلى العراق"، "السفير لدى الأمم المتحدة") and the
# words that may stand between the title and its post
_POST_PREPS = frozenset(("في", "فى", "إلى", "الى", "الي", "لدى", "لدي"))
_POST_GAP = _POST_PREPS | {"الخاص", "الخاصة"}


def _names_a_place(it: Item, words: list[str], heads) -> bool:
    """Is the lexicon person ``it`` the name of a place: right after a cue ``named_place_head`` noun in Arabic ("حي
    المالكي"), right before one in English ("Habib Bourguiba Avenue", "Rafic Hariri International Airport": one
    adjective between)?"""
    if it.type != "entity" or not it.entries or it.entries[0].kind != "person":
        return False
    if not words[it.i][:1].isascii():
        return it.i > 0 and phrase_key(words[it.i - 1]) in heads
    nxt = words[it.j:it.j + 2]
    return bool(nxt) and (phrase_key(nxt[0]) in heads or (len(nxt) == 2 and nxt[0][:1].isupper()
                                                            and phrase_key(nxt[1]) in heads))


def _post_place(o: Item, p0: int, words: list[str]) -> bool:
    """Is ``o`` a country or capital after في right before the person's name at ``p0`` ("المنسقة الخاصة للأمم المتحدة
    في لبنان جينين هينيس بلاسخارت", "المبعوث الأممي في ليبيا X"): the place of the post before the name, neither the
    person's nationality nor a word of the name's phrase (session 41)?"""
    return o.type in ("country", "capital") and o.j == p0 and o.i > 0 and clean_word(words[o.i - 1]) in _POST_PREPS
_NAMED_TYPES = frozenset(("entity", "mention", "country", "capital"))


def _named_after_name(prev: Item, it: Item) -> bool:
    """Does an opening quotation mark between two names begin a new one ('وحمّل حزب الله "إسرائيل" المسؤولية': the
    quoted state is the verb's object)?  A complete name takes no quoted genitive; a head noun does ('تنظيم «القاعدة»'
    is a role before the name, glued; session 41)."""
    return prev.type in _NAMED_TYPES and it.type in _NAMED_TYPES


def _people_nisba(word: str) -> bool:
    """Is the Arabic nationality word masculine (الأمريكي، الأوروبيون، الأوروبيين), so no apposition to a capital?"""
    w = clean_word(word)
    return not w[:1].isascii() and w.endswith(("ي", "ون", "ين"))


def _chunks(items: list[Item], words: list[str], lex: Lexicon, date=None) -> list[list[Item]]:
    new_ref = lex.cues.get("new_referent", set())
    chunks: list[list[Item]] = []
    for n_item, it in enumerate(items):
        if chunks:
            prev = chunks[-1][-1]
            if it.i < prev.j:  # nested in a mention: belongs to the same phrase
                chunks[-1].append(it)
                continue
            if prev.type == "role" and it.i <= prev.j + 3 and chunks[-1][0].type == "role":
                d = _portfolio_chain(lex, chunks[-1][0], prev, words)
                if d > 0 and it.i < d:
                    continue   # "وزير الزراعة والصيد البحري الإسباني": words of a second portfolio (session 18)
                if d > 0 and it.i == d and (it.type == "demonym" or (it.type == "country" and it.j == d + 1)):
                    # (session 54: a nisba the tables also read as the country, "والمغتربين السورية")
                    chunks[-1].append(it)   # … and the title's nationality
                    continue
            if it.type == "role" and new_ref and phrase_key(words[it.i]) in new_ref and \
                    not (prev.type in ("country", "capital", "demonym") and it.i == prev.j):
                # "his counterpart" is always someone else (… فيصل بن فرحان نظيره الإيراني)
                chunks.append([it])
                continue
            if it.i == prev.j and it.type in ("role", "demonym") and _is_person_item(prev) and \
                    not words[it.i][:1].isascii() and clean_word(words[it.i]).endswith(("ين", "ون")):
                # "وقال النائب هيثم الحريري للصحفيين"، "دعا عبد المهدي المحتجين إلى": a name takes no genitive; a
                # plural of people after it (with ل: the speech's addressee) is no word of the person's phrase (a
                # singular, "استقبال الرئيس X لزعيم الجبهة", is the act's object, read by the noun's rules; s37);
                # nor is a plural nationality ("دعا نجيب ميقاتي اللبنانيين إلى التهدئة": the object; s39)
                chunks.append([it])
                continue
            if it.i == prev.j:
                # side by side: only the tests that split two adjacent items apply (each reads it.i == prev.j;
                # a non-adjacent item skips them); none splits them: one phrase (an empty gap is all glue)
                if prev.type == "role" and it.type == "demonym" and it.j - it.i == 1 \
                        and not words[it.i][:1].isascii() and _written_definite(words[prev.j - 1]) \
                        and not _definite(clean_word(words[it.i])) and it.i + 1 < len(words) \
                        and not words[it.i + 1][:1].isascii() and words[it.i][-1:].isalpha():
                    # (session 51) "الصحفي تركي الجاسر"، "الأمير تركي الفيصل": an indefinite nisba after a definite
                    # title is no adjective of it (an adjective agrees in definiteness) -- a first name; no
                    # nationality read from it
                    continue
                if prev.type == "role" and it.type in ("capital", "country") and it.i == prev.j and \
                        not words[it.i][:1].isascii() and _definite(clean_word(words[prev.j - 1])) and \
                        not clean_word(words[it.i]).endswith(("ي", "يه", "ية")):
                    # a definite noun takes no genitive: in "قصفت طائرات التحالف بغداد" the city is the
                    # object, not the aircraft's country (وزير خارجية إيران: خارجية is indefinite, a construct);
                    # a nisba form (السورية، الإيراني: also Syria's name) is the noun's adjective
                    chunks.append([it])
                    continue
                if prev.type == "country" and len(chunks[-1]) == 1 and it.type in ("role", "entity") and \
                        not _is_person_item(it) and not words[it.i][:1].isascii() and \
                        not clean_word(words[prev.j - 1]).endswith(("ي", "يه", "ين", "ون")):
                    # an Arabic state name heads no construct: "طالبت ليبيا مجلس الأمن بـ"، "توعدت إسرائيل حزب
                    # الله" are subject + object (a nationality follows its noun; session 19 COVAR)
                    chunks.append([it])
                    continue
                if prev.type == "role" and it.type in ("capital", "country") and it.i == prev.j and \
                        words[it.i][:1].isascii():
                    # English puts the country before a title or after "of": "told journalists Moscow
                    # had …" is two phrases
                    chunks.append([it])
                    continue
                if prev.type == "role" and it.type == "role" and it.i == prev.j and not words[it.i][:1].isascii() \
                        and prev.j - 2 >= chunks[-1][0].i and _sector_adjective(words[prev.j - 2], words[prev.j - 1]) \
                        and not _construct_chain(prev, it, items[n_item + 1:n_item + 2], words):
                    # "اعتقال قوة عسكرية رئيس الوزراء": a nisba adjective that closes its noun's phrase heads no
                    # construct; the title after it is the next phrase (the object; session 33)
                    chunks.append([it])
                    continue
                if prev.type == "role" and it.type == "role" and it.i == prev.j and \
                        not words[it.i][:1].isascii() and not _construct(words[prev.j - 1], words[it.i]) and \
                        not (it.j - it.i > 1 and _construct(words[prev.j - 1], words[it.j - 1])) and \
                        not _construct_chain(prev, it, items[n_item + 1:n_item + 2], words) and \
                        not (it.entries[0].kind != "organisation" and _sector_adjective(words[prev.j - 1], words[it.i])) and \
                        not _indefinite_construct(words[prev.j - 1], it, words) and \
                        not _portfolio_genitive(lex, prev, it, items[n_item + 1:n_item + 2], words):
                    # two Arabic nouns side by side join only as a construct (قائد الجيش، رجال الشرطة);
                    # "خطف مسلحون مهندسين" is subject + object.  An institution noun is never the adjective
                    # (مستشفى folds to a ي ending: "قصفت طائرات حربية مستشفى" is agent + object)
                    chunks.append([it])
                    continue
                if prev.type == "role" and it.i == prev.j and _is_person_item(it) and \
                        prev.entries[0].kind in ("organisation", "group") and not words[it.i][:1].isascii() and \
                        _definite(clean_word(words[prev.j - 1])) and \
                        not any(x.type == "role" and x.entries[0].kind == "person" for x in chunks[-1]):
                    # "قوات مناوي" is his forces, but after a definite body ("اقتحمت قوات الاحتلال مخيم
                    # بلاطة", "أعلنت الحكومة X") the name is no genitive of it: the next phrase
                    chunks.append([it])
                    continue
                if prev.type == "role" and it.type in ("entity", "mention", "country") and it.i == prev.j and \
                        clean_word(words[prev.j - 1]).endswith("ون") and not words[it.i][:1].isascii() and \
                        (it.type != "mention" or it.mention_type == "PERS"):
                    # "وسلم المتظاهرون جون اكيج …": a nominative plural subject, then the named object (a
                    # body or a country too: "هاجم مسلحون حركة فتح"، "اتهم مسؤولون إسرائيل" -- a construct
                    # head would be مسلحو / مسؤولو, round 13)
                    chunks.append([it])
                    continue
                if prev.type == "role" and it.type in ("country", "demonym") and it.i == prev.j and \
                        not words[it.i][:1].isascii() and _is_nisba_plural(words[it.i]) and \
                        clean_word(words[chunks[-1][0].i]).endswith("ه") and \
                        not (chunks[-1][0].type == "role" and chunks[-1][0].entries[0].kind == "group") and \
                        not clean_word(words[prev.j - 1]).endswith(("ين", "ون")):
                    # "اعتقلت الشرطة السوريين": a plural of people does not agree with a feminine singular
                    # noun, so it is no adjective of it but the object (the phrase's head decides: in
                    # "رجال شرطة عراقيون" the adjective agrees with رجال; a broken plural of people in ة,
                    # قناصة إسرائيليون, is no feminine singular); after a plural of people it agrees with that
                    # genitive: "نقابة الصحفيين الأردنيين" is one body (session 14)
                    chunks.append([it])
                    continue
                if prev.type in ("entity", "mention") and it.type in ("country", "demonym") and it.i == prev.j and \
                        not words[it.i][:1].isascii() and _is_nisba_plural(words[it.i]) and \
                        not clean_word(words[prev.j - 1]).endswith(("ين", "ون")):
                    # "ودعت حماس الفلسطينيين إلى …"، "وحث حزب الله اللبنانيين على …": a plural of people does not
                    # agree with a singular name, so it is no nationality of the name but the verb's object (after a
                    # plural it may agree with it: "الإخوان المسلمين"; session 52, gapar52)
                    chunks.append([it])
                    continue
                if _object_after_name(prev, it, words):
                    # "قتل جنود الناتو مدنيين", "أرسل الناتو قوات": an indefinite plural (or accusative)
                    # right after a named body is the verb's object, not a word of the body's phrase; so is an
                    # indefinite feminine singular ("هاجم عناصر حزب الله دورية إسرائيلية": a name takes no indefinite
                    # adjective; session 34, GSR34)
                    chunks.append([it])
                    continue
                if _definite_object_after_name(prev, it, words, lex) and _complete_name(chunks[-1], prev) \
                        and not (n_item + 1 < len(items) and items[n_item + 1].i == it.j
                                 and items[n_item + 1].type in ("entity", "mention")):
                    # (the name heads its phrase -- not "الأمين العام لحزب الله السيد حسن نصرالله", a title's
                    # genitive -- and the noun names no one right after it: "الجيش الشعبي الجناح العسكري للحركة" is an
                    # apposition)
                    # "وطالبت منظمة العفو الدولية السلطات بالإفراج عنهم"، "دعت جامعة الدول العربية الحكومة إلى …":
                    # a body's complete name takes no definite noun after it -- only an adjective (المعارض، الحاكم،
                    # المسلحة, a nisba) -- so the definite noun is the verb's object (session 45, GAPAR45)
                    chunks.append([it])
                    continue
                if prev.type in ("country", "demonym") and it.type == "demonym" and it.i == prev.j and \
                        not words[it.i][:1].isascii() and clean_word(words[it.i]).endswith("ا") and \
                        not clean_word(words[prev.j - 1]).endswith("ا"):
                    # "قتل جنود إسرائيليون فلسطينيا": an accusative nationality noun after a nominative
                    # one is the verb's object, not a second nationality of the subject
                    chunks.append([it])
                    continue
                if prev.type == "entity" and it.type == "role" and prev.j - prev.i > 1 and \
                        not words[it.i][:1].isascii() and _definite(clean_word(words[it.i])) and \
                        _demonym_country(lex, clean_word(words[prev.j - 1])):
                    # "انتقد رئيس البرلمان الإيراني الحكومة الأميركية": a body's name that ends with its
                    # nationality ends the phrase; a definite noun after it is the object (session 17 ARG)
                    chunks.append([it])
                    continue
                if prev.type in ("country", "capital", "demonym") and it.type == "role" and it.i == prev.j and \
                        not words[it.i][:1].isascii() and not _honorific_before_name(chunks[-1], it, items, n_item):
                    # Arabic puts the nationality after its noun: "اتهمت الولايات المتحدة عناصر" is
                    # subject + object, not one phrase
                    chunks.append([it])
                    continue
                if it.i == prev.j and it.type in ("country", "capital") and \
                        (prev.type in ("country", "capital", "entity", "mention") or
                         (prev.type == "demonym" and (it.type == "country" or _people_nisba(words[prev.j - 1])))) and \
                        not words[it.i][:1].isascii() and (not prev.conj or prev.type in ("country", "capital")):
                    # two named actors side by side in Arabic are a VSO subject and its object
                    # ("دعت الأمم المتحدة إسرائيل إلى …", "اتهم حلف الناتو روسيا …", "دعا … غوتيريش
                    # إسرائيل إلى …"): a country never completes a named person, organisation or country
                    # without a word between them (also after a coordinated country: اتهمت ليبيا ولبنان مصر); nor
                    # does a capital complete a masculine nationality ("انتقد المسؤولون الأمريكيون طهران": the
                    # object; s24 B11AR2) -- a feminine one may stand before its capital (العاصمة اللبنانية بيروت)
                    chunks.append([it])
                    continue
                chunks[-1].append(it)
                continue
            gap = words[prev.j:it.i]
            gw = _gap_words(lex, gap) if 0 < len(gap) <= 4 else _NO_GAP
            if len(gap) == 1 and prev.type == "role" and (it.type == "demonym" or (
                    it.type == "country" and it.j - it.i == 1 and clean_word(words[it.i]).endswith("يه"))) and \
                    not gap[0][:1].isascii() and (_sector_adjective(words[prev.j - 1], gap[0], before_nationality=True) or
                                                  phrase_key(gap[0]) in lex.cues.get("drone_adjective", ())):
                # "مسؤول أمني عراقي", "المسؤول الحكومي المصري": an adjective between the title and
                # its nationality ("طائرة مسيرة تركية": a drone)
                chunks[-1].append(it)
                continue
            if gw[0] and it.type in ("country", "capital", "demonym", "entity") and \
                    any(x.type == "role" for x in chunks[-1]) and \
                    not any(x.type in ("country", "capital", "demonym", "entity", "mention") for x in chunks[-1]):
                # "قوات التحالف التي تقودها الولايات المتحدة", "forces led by the United States"
                it.conj = False
                chunks[-1].append(it)
                continue
            if len(gap) == 1 and prev.type == "role" and it.type in ("demonym", "country") and \
                    lex.cues.get("portfolio_head") and phrase_key(words[prev.j - 1]) in lex.cues["portfolio_head"] and \
                    not _definite(clean_word(words[prev.j - 1])) and \
                    all(x.type == "role" for x in chunks[-1]) and not gap[0][:1].isascii() and \
                    _portfolio_country(lex, gap[0], clean_word(words[it.j - 1]), it.type):
                # "وزارة النفط العراقية", "وزير الزراعة المصري", "وزير الاقتصاد السعودي": a portfolio not in the role
                # tables; "وزير اقتصاد السعودية", "وزير تجارة مصر": an indefinite portfolio and the country's name
                # as its genitive (session 25 GAPS).  A definite head takes no portfolio: "وانتقد الوزير الضربات
                # الإسرائيلية" is the subject and its object (session 48, lead)
                chunks[-1].append(it)
                continue
            if 1 <= len(gap) <= 3 and it.type == "mention" and it.mention_type == "PERS" and prev.type == "role" \
                    and len(chunks[-1]) == 1 and _portfolio_then_name(lex, words, prev, gap):
                # (session 51) "وزيرة التحول البيئي سارة آغيسن"، "وزير المناجم العقيد …": a portfolio the role tables
                # lack, then the minister's name -- one person (the title alone was an actor, the name another)
                chunks[-1].append(it)
                continue
            if gap and len(gap) == 1 and gap[0].lower() in ("and", ",", "،", "و") and \
                    prev.type == "demonym" and it.type == "demonym":
                # "Hungarian and Romanian officials", "الأميركيين والروس"
                it.conj = True
                chunks[-1].append(it)
                continue
            if it.type in ("country", "capital") and 1 <= len(gap) <= 2 and not words[it.i][:1].isascii() \
                    and clean_word(gap[-1]) in _POST_PREPS and all(clean_word(w) in _POST_GAP for w in gap) \
                    and n_item + 1 < len(items) and items[n_item + 1].i == it.j \
                    and items[n_item + 1].type == "mention" \
                    and any(x.type == "role" and phrase_key(words[x.i]) in lex.cues.get("envoy_head", ())
                            for x in chunks[-1]):
                # (session 43) "المبعوث الأميركي الخاص إلى العراق مارك سافايا": the post of an envoy's title, then the
                # name -- one phrase (the post's country is no nationality of the name: _post_place)
                chunks[-1].append(it)
                continue
            if len(gap) <= 3 and gw[1] and \
                    not (it.type == "role" and not words[it.i][:1].isascii() and any(w.strip() == "لدى" for w in gap)) \
                    and not (any(w.strip() == "لدى" for w in gap) and _postless_body(lex, chunks[-1], words)) \
                    and not (all(w in _CLOSE_QUOTES for w in gap) and _object_after_name(prev, it, words)) \
                    and not (all(w in _OPEN_QUOTES for w in gap) and _named_after_name(prev, it)):
                # (a closing mark after a quoted name is no glue before its object: "عناصر «حزب الله» دورية إسرائيلية")
                # glue joins "سفير مصر لدى الأمم المتحدة" (the host); a role after لدى is another
                # person: "احتجت الخارجية المصرية لدى السفير الإسرائيلي"
                chunks[-1].append(it)
                continue
        chunks.append([it])
    # (a split needs a name and what follows it: two items at least)
    heads = lex.cues.get("title_head", ())
    return [part for ch in chunks for part in (_split_foreign_title(ch, words, date, heads) if len(ch) > 1 else (ch,))]


_NO_GAP = (False, True)    # _gap_words of no word: no led-by cue, all (none) glue


def _portfolio_then_name(lex: Lexicon, words: list[str], head: Item, gap: list[str]) -> bool:
    """Is ``head`` a bare indefinite Arabic portfolio head (cue ``portfolio_head``: وزير، وزيرة) and ``gap`` its
    portfolio: one to three definite Arabic words, no time word among them (the name follows the gap)?"""
    w = clean_word(words[head.i])
    if head.j - head.i != 1 or w[:1].isascii() or _definite(w) \
            or phrase_key(w) not in lex.cues.get("portfolio_head", ()):
        return False
    for g in gap:
        c = clean_word(g)
        if any(ch in _NOT_LETTER for ch in g.strip()) or not _definite(c) or "time" in _coding_cue_ar(normalize(c)):
            return False   # (a comma, a quote or a day word ends the portfolio)
    return True


def _postless_body(lex: Lexicon, chunk: list[Item], words: list[str]) -> bool:
    """Does the phrase open with a home body that keeps no post abroad (cue ``postless_body``: الحكومة، الوزارة،
    الخارجية)?  After it لدى names the addressee of its act, not a host: "احتجت الحكومة السودانية لدى بريطانيا" is
    two actors; "سفير مصر لدى الأمم المتحدة"، "سفارة المملكة لدى واشنطن" keep their host (session 46, gapar46)."""
    heads = lex.cues.get("postless_body", ())
    return bool(heads) and bool(chunk) and chunk[0].type == "role" \
        and phrase_key(clean_word(words[chunk[0].i])) in heads


def _portfolio_chain(lex: Lexicon, head: Item, prev: Item, words: list[str]) -> int:
    """"وزير الزراعة والصيد الإسباني"، "وزير الزراعة والصيد البحري الإسباني": a title of a portfolio head (cue
    ``portfolio_head``: وزير، وزارة …) with its definite portfolio, then a second portfolio joined by و (والصيد) and at
    most one definite adjective, then a nationality adjective: one title of two portfolios, of that country (session
    18, ARL).  Returns the index of the nationality word, else -1.  "والتقى وزير الزراعة الصيادين والمزارعين المصريين"
    (no و-word right after the portfolio) is unchanged."""
    heads = lex.cues.get("portfolio_head")
    w = words[head.i]
    if not heads or not (phrase_key(w) in heads or w[:1] == "و" and phrase_key(w[1:]) in heads):
        return -1
    b = head.j
    if head.j - head.i == 1:   # (the bare head: its portfolio word follows, an item of its own or not)
        if b >= len(words) or not clean_word(words[b]).startswith("ال"):
            return -1
        b += 1
    if prev.j > b or b >= len(words):
        return -1
    c = clean_word(words[b])
    if c[:1] == "و" and phrase_key(c[1:]) in (lex.cues.get("portfolio_construct") or ()) \
            and b + 1 < len(words) and clean_word(words[b + 1]).startswith("ال"):
        b += 1   # (session 54) "وزارة الخارجية وشؤون المغتربين الأردنية": a construct portfolio and its genitive
        c = "و" + clean_word(words[b])
    if c.startswith("وال"):
        d = -1
        for x in (b + 1, b + 2):
            if x >= len(words) or not clean_word(words[x]).startswith("ال"):
                break
            if _demonym_country(lex, clean_word(words[x])):
                d = x
        return d
    # (session 47) "وزير التعليم العالي الأردني"، "وزير الموارد المائية والري المصري": the portfolio's own nisba
    # adjectives (and a و-portfolio) before the nationality, at most three words; the nationality a singular nisba
    # ("والتقى وزير الزراعة الصيادين المصريين": a plural noun and its plural nationality are the object)
    for x in range(b, min(len(words), b + 4)):
        c = clean_word(words[x])
        nisba = c.startswith("ال") and c.endswith(("ي", "يه", "ية"))
        if x > b and nisba and _demonym_country(lex, c):
            return x
        if not (nisba or c.startswith("وال")) or _demonym_country(lex, c):
            break
    return -1


def _gap_words(lex: Lexicon, gap: list[str]) -> tuple[bool, bool]:
    """(_led_by(lex, gap), are all the words glue or gap punctuation) for 1-4 words between two
    items (memoised per lexicon: pure functions of the words)."""
    memo = lex.memo.get("gap_words")
    if memo is None:
        memo = lex.memo["gap_words"] = {}
    k = tuple(gap)
    r = memo.get(k)
    if r is None:
        glue = lex.cues.get("glue", set())
        r = (_led_by(lex, gap), all((w in _GAP_PUNCT) or (phrase_key(w) in glue) for w in gap))
        if len(memo) > 200_000:
            memo.clear()
        memo[k] = r
    return r


def _is_person_item(it: Item) -> bool:
    return (it.type == "entity" and it.entries[0].kind == "person") or \
        (it.type == "mention" and it.mention_type == "PERS")


def _honorific_before_name(chunk: list[Item], it: Item, items: list[Item], n: int) -> bool:
    """"ولي العهد السعودي الأمير محمد بن سلمان": a personal title (الأمير، الشيخ) right before a name,
    after a person's title and nationality, goes on describing the same person."""
    if it.entries[0].kind != "person" or n + 1 >= len(items):
        return False
    nxt = items[n + 1]
    return nxt.i == it.j and _is_person_item(nxt) and \
        any(x.type == "role" and x.entries[0].kind == "person" for x in chunk)


def _item_country(it: Item, date) -> Optional[str]:
    if it.type == "entity":
        return entry_code(it.entries[0], date)[1]
    if it.type in ("country", "capital", "demonym"):
        r = combine([it], date)
        return r.country if r is not None else None
    return None


def _split_foreign_title(chunk: list[Item], words: list[str], date, heads=()) -> list[list[Item]]:
    """"استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي": after a person's name, a title
    with another country's nationality is the next actor (the object), not an apposition of the
    person (an apposition repeats the person's own country: "محمد بن سلمان ولي العهد السعودي")."""
    p = None
    for k, x in enumerate(chunk):
        t = x.type
        if (t == "entity" and x.entries[0].kind == "person") or (t == "mention" and x.mention_type == "PERS"):
            p = k      # (_is_person_item, inlined: most chunks hold no person)
            break
    if p is None or p + 1 >= len(chunk):
        return [chunk]
    inst = chunk[p + 1]
    if inst.type == "role" and inst.i == chunk[p].j and inst.entries[0].kind in ("organisation", "group") and \
            not inst.conj and not words[inst.i][:1].isascii():
        # "اتهم زعيم المعارضة خوان غوايدو الحكومة …": an institution right after a name is the
        # next actor (a person's apposition is a personal title: "… غوايدو زعيم المعارضة")
        return [chunk[:p + 1], chunk[p + 1:]]
    if inst.type == "role" and inst.i == chunk[p].j and not inst.conj and phrase_key(words[inst.i]) in heads and (
            (chunk[p].j - chunk[p].i > 1 and any((x.type == "role" and x.entries[0].kind == "person")
                                                 or phrase_key(words[x.i]) in heads for x in chunk[:p]))
            or (p == 0 and chunk[p].j - chunk[p].i == 1)):
        # "التقى وزير الداخلية الأردني مازن الفراية رئيسَ البرلمان العراقي": a person titled before a full name
        # takes no second title after it -- a title head (cue ``title_head``) right after the name opens the
        # next actor, of any country (s24 ARFIN); nor does a surname used alone, the person named in full before
        # ("وطالب جعجع رئيسَ الجمهورية …": an apposition follows a full name; session 39); the title before the name
        # may be a body's title read as the body ("المبعوثة الأممية هانا تيتيه رئيسَ الحكومة"; session 49, lead)
        return [chunk[:p + 1], chunk[p + 1:]]
    if p + 2 >= len(chunk):
        return [chunk]
    own = None
    for x in chunk[:p + 1]:
        own = own or _item_country(x, date)
    if own is None:
        return [chunk]
    for k in range(p + 1, len(chunk) - 1):
        r, nat = chunk[k], chunk[k + 1]
        if r.type == "role" and nat.type in ("demonym", "country") and nat.i == r.j and not nat.conj:
            c = _item_country(nat, date)
            if c and c != own:
                return [chunk[:k], chunk[k:]]
    return [chunk]


def _led_by(lex: Lexicon, gap: list[str]) -> bool:
    """The words between a force and a country say the force is led by it (a led_by cue, with
    only led_by_fill / glue words around it)."""
    if len(gap) > 4:
        return False
    led = lex.cues.get("led_by", set())
    ks = [phrase_key(w) for w in gap]
    if not any(k in led or k.lower() in led for k in ks):
        return False
    ok = led | lex.cues.get("led_by_fill", set()) | lex.cues.get("glue", set())
    return all(k in ok or k.lower() in ok or w in _GAP_PUNCT for k, w in zip(ks, gap))


def _led_force(lex: Lexicon, words: list[str], items: list[Item], date) -> list[Item]:
    """"التحالف الدولي بقيادة الولايات المتحدة": a named multinational force of no country (its code a
    bare IGO + MIL, organisations.tsv) led by a country is that country's force (USAMIL, as the role
    phrase قوات التحالف بقيادة … is); the country is no second actor."""
    out: list[Item] = []
    skip = None
    for n, it in enumerate(items):
        if it is skip:
            continue
        nxt = items[n + 1] if n + 1 < len(items) else None
        if it.type == "entity" and nxt is not None and nxt.type in ("country", "capital", "entity") and \
                entry_code(it.entries[0], date)[0] == "IGOMIL" and _led_by(lex, words[it.j:nxt.i]):
            c = _item_country(nxt, date) if nxt.type != "entity" else entry_code(nxt.entries[0], date)[0]
            if c and (nxt.type != "entity" or (c.startswith("IGO") and not c.endswith("MIL"))):
                # (led by a body: "التحالف الدولي بقيادة الناتو" is NATO's force, IGOWSTNATMIL as KFOR)
                e = it.entries[0]
                e2 = Entry(e.type, e.kind, e.entity_id, [Period(c + "MIL")], name_en=e.name_en, name_ar=e.name_ar,
                           source=e.source)
                it = Item(it.i, it.j, [e2], it.type, conj=it.conj, prefix=it.prefix,
                          mention_ids=list(it.mention_ids))
                skip = nxt if nxt.type != "entity" else None   # (the leading body stays an actor of its own)
        out.append(it)
    return out


def _led_prefixes(lex: Lexicon, words: list[str], items: list[Item]) -> None:
    """English "US-led coalition", "Saudi-led forces": the country before -led is the force's country
    (an item of that country over the hyphenated word)."""
    for k, w in enumerate(words):
        if w[-4:] in _LED and len(w) > 4 and not any(it.i <= k < it.j for it in items):
            sub = match_items(lex, [w[:-4]])
            if sub and sub[0].j == 1 and sub[0].type in ("country", "capital", "demonym", "entity"):
                x = sub[0]
                # a nationality before -led names the country ("Saudi-led" = led by Saudi Arabia)
                items.append(Item(k, k + 1, x.entries, "country" if x.type == "demonym" else x.type))
                items.sort(key=lambda x: x.i)


_DEFINITE = ("ال", "وال", "فال", "بال", "لل")   # the article, alone or after a proclitic (لل = ل + ال)


def _portfolio_country(lex: Lexicon, word: str, country: str, kind: str) -> bool:
    """After a portfolio head (وزير، وزارة …) and one portfolio ``word``, is the country word (``clean_word``-ed) the
    title's own?  A definite portfolio takes a nationality adjective (الزراعة المصري; السعودي reads as a country item
    too); an indefinite one of cue ``portfolio``, in a construct, the country's name (اقتصاد السعودية، تجارة مصر; not
    "زار وزير سابق مصر": the visited country)."""
    if _definite(clean_word(word)):
        return kind == "demonym" or country.endswith(("ي", "يه"))
    return kind == "country" and phrase_key(word) in lex.cues.get("portfolio", ())


def _portfolio_genitive(lex: Lexicon, head: Item, it: Item, nxt: list[Item], words: list[str]) -> bool:
    """"وزير تجارة مصر": a bare portfolio head (cue ``portfolio_head``), one indefinite portfolio word read as a role
    of its own (تجارة، صحة، داخلية) and the country's name right after it are one title (session 25 GAPS)."""
    return head.j - head.i == 1 and it.j - it.i == 1 and bool(nxt) and nxt[0].type == "country" and \
        nxt[0].i == it.j and phrase_key(words[head.i]) in lex.cues.get("portfolio_head", ()) and \
        _portfolio_country(lex, words[it.i], clean_word(words[nxt[0].j - 1]), "country")


def _definite(cleaned: str) -> bool:
    """Does an Arabic word (already ``clean_word``-ed) carry the article?"""
    return cleaned.startswith(_DEFINITE)


def _construct(first: str, second: str) -> bool:
    """Can ``first second`` be an Arabic construct (idafa)?  The head loses its nunation/ن (a
    sound plural in ون/ين/ان is not a head) and the second noun is definite."""
    a, b = clean_word(first), clean_word(second)
    if a.endswith(("ون", "ين", "ان")) and len(a) > 4:
        return False
    if _definite(a):
        return False  # a definite noun is no construct head: "اعتقلت الشرطة المتظاهرين"
    return _definite(b) or b.startswith("لال")


def _sector_adjective(noun: str, adj: str, before_nationality: bool = False) -> bool:
    """"مسؤول أمني", "مصدر عسكري", "المسؤول الحكومي": a singular nisba adjective (ـي / ـية) that agrees
    with its noun in definiteness describes it; the two words are one actor phrase (the nationality
    after them is the official's: مسؤول أمني عراقي).  Words in ـوية (الجوية، النووية) are adjectives
    too, but also nouns (تسوية، هوية، أولوية): they count only between a title and its nationality
    (الدفاعات الجوية السعودية)."""
    a, b = clean_word(noun), clean_word(adj)
    if before_nationality and b.endswith(("يون", "يين")) and a.endswith(b[-2:]) and len(a) > 4 and \
            _definite(a) == _definite(b):
        return True   # "مسؤولون أمنيون عراقيون": a plural adjective agreeing in case with its plural noun
    if not b.endswith(("ي", "يه")) or b.endswith("يي") or (b.endswith("ويه") and not before_nationality) or \
            len(b) < 4:
        return False
    if a.endswith(("ون", "ين")) and len(a[2:] if _definite(a) else a) > 4:
        return False   # a plural of people takes no singular adjective: "هاجم مستوطنون قرية" is two phrases
    if a.endswith("ه") and b.endswith("ي") and not before_nationality:
        return False   # (session 51) a feminine noun takes no masculine adjective: "اعتقلت الشرطة الصحفي" is the
        # subject and its object
    return _definite(a) == _definite(b)


def _construct_chain(head: Item, it: Item, nxt: list[Item], words: list[str]) -> bool:
    """"وزراء خارجية دول الاتحاد الأوروبي": an indefinite one-word noun after a construct head is itself the head of
    the next construct when a named body or country follows it at once (خارجية دول + الاتحاد): one chain, one actor
    (session 52, lead: the ministers and the union had been read as two parties of their own meeting)."""
    if it.j - it.i != 1 or not nxt or nxt[0].i != it.j or nxt[0].type not in ("entity", "country", "mention"):
        return False
    if it.entries[0].kind in ("group", "organisation"):
        return False   # a force or body noun heads its own name: "رئيس قوة الأمم المتحدة" is the head of the UN force
    a, b, c = clean_word(words[head.j - 1]), clean_word(words[it.i]), clean_word(words[nxt[0].i])
    last = clean_word(words[nxt[0].j - 1])   # "حلف الناتو": the named body's last word carries the article
    if _definite(b) or b.endswith(("ون", "ين", "ان")) or not (_definite(c) or _definite(last)):
        return False
    return _construct(words[head.j - 1], "ال" + b)


def _indefinite_construct(head: str, tail: Item, words: list[str]) -> bool:
    """"عناصر أمن", "جنود جيش": an indefinite construct of a head noun (not a sound plural, which
    takes no genitive) and one indefinite singular institution noun (kind organisation)."""
    if tail.j - tail.i != 1 or tail.entries[0].kind != "organisation":
        return False
    a, b = clean_word(head), clean_word(words[tail.i])
    if _definite(a) or _definite(b) or b.endswith(("ون", "ين", "ات", "ا")):
        return False
    if a.endswith("يه") and len(a) >= 5:
        return False   # a feminine nisba adjective heads no construct: "طائرات حربية مستشفى" is agent + object
    return not (a.endswith(("ون", "ين", "ان")) and len(a) > 4)


def _is_nisba_plural(word: str) -> bool:
    """الكينيين، العراقيون: a plural of people (country names do not end so: فلسطين، البحرين)."""
    return clean_word(word).endswith(("يين", "يون"))


def _is_plural(word: str) -> bool:
    w = clean_word(word)
    return w.endswith(("ين", "ون", "ات")) or (w.isascii() and w.endswith("s"))


def _own_envoy(lex: Lexicon, w: str) -> bool:
    """سفيره / سفيرها …: an envoy's noun with a pronoun suffix (phrase keys fold ها to ه and drop a final ه)."""
    return w.endswith(("ه", "ها")) and phrase_key(w) in lex.cues.get("envoy_from", ())


_BI_REACH = 6   # words from a ب-object verb to its object (the subject between: "أشاد الرئيس التركي رجب طيب أردوغان")


def _bi_object(words, i: int) -> bool:
    """Is the country at word ``i`` (with a clitic ب) the object of a verb of ``bi_object_verbs_ar.tsv`` at most
    :data:`_BI_REACH` words before it, no punctuation between ("أشاد الرئيس التركي بقطر"; session 46, lead)?"""
    verbs = form_set("bi_object_verbs_ar.tsv")
    for j in range(i - 1, max(-1, i - 1 - _BI_REACH), -1):
        w = clean_word(words[j])
        if not w or words[j] in _GAP_PUNCT or not any(c.isalnum() for c in words[j]):
            return False
        if w in verbs or (len(w) > 3 and w[0] in "وف" and w[1:] in verbs):
            return True
    return False


def _locative(lex: Lexicon, words, keys, it: Item, items_before: list[Item]) -> bool:
    """A place name governed by a locative preposition or a place noun: a location, not an actor."""
    if "ب" in it.prefix:
        return not (it.type == "country" and _bi_object(words, it.i))
    if it.type == "capital" and it.j < len(words) and words[it.j] in _DATELINE_DASH:
        return True  # "مدريد ـ «الشرق الأوسط»:" a dateline, "طريق بغداد - عمان" a road
    if it.j < len(words) and words[it.j].isdigit() and len(words[it.j]) <= 2 and \
            all(not any(c.isalnum() for c in w) for w in words[:it.i]):
        return True  # "* روسيا 24 مارس 2001 مقتل …": a chronology heading (place, date)
    if words[it.i][:1].isascii() and _in_english_place(words, it):
        return True   # "Port Sudan", "Kuwait City": a city whose name holds a country's
    if it.type == "capital" and it.j < len(words) and keys[it.j] \
            and keys[it.j][0] in lex.cues.get("treaty_tail", ()):
        return True   # "the Vienna Convention", "the Paris Agreement": a treaty's name, no government (s27 B19EN)
    if it.type == "capital" and it.j + 1 < len(words) and words[it.i][:1].isascii() and words[it.j].isalpha() \
            and words[it.j].islower() and keys[it.j + 1] and keys[it.j + 1][0] in lex.cues.get("treaty_tail", ()):
        return True   # "the 2015 Algiers peace deal", "the Minsk ceasefire agreements": one modifier between (s38)
    if it.type == "capital" and words[it.i][:1].isascii() and _poss_place(lex, words, it.j):
        return True   # "on Bishkek's central square", "Kabul's outskirts": the capital owns a place, no government (s32)
    loc = lex.cues.get("locative", set())
    head = lex.cues.get("place_head", set())
    j = it.i - 1
    # skip one nationality adjective between a place noun and the name (العاصمة التركية أنقرة)
    if j >= 0 and items_before and items_before[-1].j == it.i and items_before[-1].type == "demonym":
        j = items_before[-1].i - 1
    elif j >= 1 and not words[it.i][:1].isascii() and keys[j - 1] and keys[j - 1][0] in head \
            and any(e.type == "demonym" for e in lex.lookup(clean_word(words[j]))):
        j -= 1   # (the same when the caller passes no items: "في العاصمة الأردنية عمان", a capital that is also a
        # country's name, read as that country; session 54)
    while j >= 0 and (words[j] in _GAP_PUNCT or words[j] == ":"):
        j -= 1
    if j < 0:
        return False
    if words[j] == "," and words[it.i].isascii() and it.type == "country" and any(
            any(e.type == "country" for e in lex.lookup(" ".join(words[max(0, j - n):j]))) for n in (1, 2, 3)):
        return False   # "India, Pakistan trade fire", "US, China hold talks": two countries joined by a comma (s22)
    if words[j] == "," and words[it.i].isascii():
        # "Mantyniemi, Helsinki, Finland", "the residence, Helsinki, on Tuesday": a place list (a name
        # before the comma, or a comma after the name); "If Iran stops enriching uranium, Washington is
        # ready …": a new clause's subject
        # ("On Thursday, Ecuador declared …", "In March, Poland …": a fronted date before the comma, cue time_name)
        return (j > 0 and words[j - 1][:1].isupper() and not (keys[j - 1] and keys[j - 1][0] in lex.cues.get(
            "time_name", ()))) or it.j >= len(words) or words[it.j] in (",", ".", ";", ")")
    k = keys[j]
    if not k:
        return False
    w = clean_word(words[j])
    if len(w) > 2 and w[0] in "وف" and w[1:] in loc:
        return True   # وفي بغداد
    if w == "من" and j > 0 and clean_word(words[j - 1]) in form_set("each_of_ar.tsv") and \
            not (j > 1 and clean_word(words[j - 2]) in loc):
        return False   # "أدانت كل من السعودية وقطر": "كل من" (both / each of: each_of_ar.tsv) opens coordinated actors (s25 B12AR)
    if w in loc or k[0] in loc:
        # "يستدعي سفيره من أديس أبابا": the state an own envoy leaves is the host, an actor (session 17 B15); so is
        # the state of his post ("استدعى المغرب سفيرته في ألمانيا", session 24 B11AR)
        return not (w in ("من", "في") and j > 0 and _own_envoy(lex, clean_word(words[j - 1])))
    if (k[0] in head or any(x in head for x in k[1:2])) and not it.conj and \
            not (w.startswith("ال") and k[0] in lex.cues.get("compass_adjective", ())) and \
            not (w not in head and any(e.type == "country" for e in lex.lookup(w[1:] if w[:2] == "وا" else w))):
        # (a name joined by و is no genitive of the noun before it: "ترحب بالاتفاق وتل أبيب تتهم", session 40)
        # (a country's own name whose key is a place noun, البحرين -> بحر "sea": "اتفقت البحرين وإيران" are two
        # states, not the sea of Iran; session 27 B15AR2; the place noun written as itself stays one: "بحر الصين";
        # with its conjunction too: "السعودية والبحرين ومصر", session 32)
        # "جنوبي بغداد" (south of Baghdad) is a place; "كوريا الجنوبية الصين" is an adjective that
        # ends the previous name, then the next actor
        return True
    if k[0] in lex.cues.get("name_head", ()):
        return True   # صلاة المغرب، أذان المغرب: the prayer time, not Morocco
    # "الطريق بين مقديشو وبيدوا": between after a place noun; "الحدود مع أفغانستان"
    if j > 0 and keys[j - 1]:
        kb = keys[j - 1]
        if k[0] in lex.cues.get("place_between", ()):
            path = lex.cues.get("path_head", ())
            return any(x in path for x in kb)   # not "محادثات بين إيران و…" (parties)
        if k[0] in lex.cues.get("border_with", ()):
            border = lex.cues.get("border_head", ())
            return any(x in border for x in kb)
    return False


_PLACE_MEMO: dict[tuple[str, str, str], bool] = {}


_WATER: list = []   # [the place stage's water words (geo/cues.tsv, English keys lower-cased)], read once


def _water_words() -> frozenset:
    if not _WATER:
        from ..geo.gazetteer import get_gazetteer
        _WATER.append(frozenset(get_gazetteer().cues.water))
    return _WATER[0]


def _poss_place(lex: Lexicon, words: list[str], j: int) -> bool:
    """English "'s" at ``j`` and, within three words after it, a place noun (cue ``poss_place``)?"""
    if j >= len(words) or words[j] not in ("'s", "’s"):
        return False
    place = lex.cues.get("poss_place") or ()
    for x in range(j + 1, min(len(words), j + 4)):
        w = words[x]
        if w.lower() in place:
            # ("Ankara's Cankaya district administration": a body of the place, the capital's government; s32)
            return not (x + 1 < len(words) and words[x + 1].lower() in (lex.cues.get("poss_place_body") or ()))
        if not w[:1].isalpha() or w.lower() in ("and", "or", "of"):
            return False
    return False


def _in_english_place(words: list[str], it: Item) -> bool:
    """Is the English name at ``it`` part of a longer gazetteer place name with a capitalised word
    right before or after it (Port Sudan, Kuwait City, Panama City)?  (Memoised per neighbours.)"""
    before = words[it.i - 1] if it.i > 0 else ""
    after = words[it.j] if it.j < len(words) else ""
    if before == "of" and it.i > 1 and words[it.i - 2][:1].isupper() and words[it.i - 2].lower() in _water_words():
        return True   # "Gulf of Oman", "Sea of Japan": the water (cue water in geo/cues.tsv)
    if not ((before[:1].isupper() and before.isalpha()) or (after[:1].isupper() and after.isalpha())):
        return False
    if after[:1].isupper() and after.lower() in _water_words():
        return True   # "South China Sea", "Black Sea"
    name = " ".join(words[it.i:it.j])
    mk = (before, name, after)
    hit = _PLACE_MEMO.get(mk)
    if hit is None:
        from ..geo.gazetteer import get_gazetteer, key_of
        index = get_gazetteer().index
        hit = any(key_of(f"{a}{name}{b}") in index
                  for a, b, w in ((before + " ", "", before), ("", " " + after, after))
                  if w[:1].isupper() and w.isalpha())
        if len(_PLACE_MEMO) > 100_000:
            _PLACE_MEMO.clear()
        _PLACE_MEMO[mk] = hit
    return hit


def _chunk_actors(doc, lex, si, toks, words, keys, chunk: list[Item], date) -> list[_Spec]:
    if len(chunk) == 1 and chunk[0].type == "role" and -1 < chunk[0].entries[0].priority < 3:
        # a generic head noun alone (the shortcut of _sub_actors_ for the commonest chunk): no actor, unless a bare
        # definite title ("وأشاد الرئيس") that names an earlier holder back (title_back.resolve)
        it = chunk[0]
        e = it.entries[0]
        if it.j - it.i != 1 or e.role not in ("GOV", "MIL"):
            return []
        s, t = _span(toks, it.i, it.j, it.prefix)
        if not title_back.family(doc.text, s, t):
            return []
        return [_Spec(("P", s), Resolution(e.role, None, e.role, "person", basis="anaphora"), s, t, [], "person",
                      True, None, si)]
    # media in the phrase: the agency and its nationality are not actors
    if any(it.type == "media" for it in chunk):
        # (a country or capital name after the media name is the next phrase: "في بيان نشرته وكالة الأنباء السعودية
        # الدوحة بدعم …" -- the object of the sentence's verb; session 32)
        media_end = max(m.j for m in chunk if m.type == "media")
        after_media = [it for it in chunk if it.i >= media_end and it.type in ("country", "capital")]
        chunk = [it for it in chunk if it.type in ("entity",) or (it.type == "mention" and
                 not any(m.type == "media" and m.i <= it.i < m.j for m in chunk))]
        chunk = [it for it in chunk if it.type == "entity" or it.type == "mention"]
        if after_media:
            chunk = sorted(chunk + [it for it in after_media if not any(c.i <= it.i < c.j for c in chunk)],
                           key=lambda x: x.i)
        if not chunk:
            return []
    # conjuncts
    subs: list[list[Item]] = []
    for it in chunk:
        if subs and not (it.conj and it.type in ("demonym", "country", "capital", "role", "entity", "mention")):
            subs[-1].append(it)
        else:
            subs.append([it])
    out: list[_Spec] = []
    prev_role: Optional[Item] = None
    prev_loc = False
    # English order: the shared title comes after the last conjunct ("Hungarian and Romanian
    # officials"): earlier nationality-only conjuncts take it
    borrowed: dict[int, Item] = {}
    if len(subs) > 1 and words[subs[-1][0].i][:1].isascii():
        tail_role = best_role(subs[-1])[1]
        if tail_role is not None:
            for sub in subs[:-1]:
                if all(it.type == "demonym" for it in sub):
                    borrowed[id(sub)] = tail_role
    for sub in subs:
        inherit = borrowed.get(id(sub), prev_role)
        specs, role_item, loc = _sub_actors(doc, lex, si, toks, words, keys, sub, date, inherit, prev_loc)
        out.extend(specs)
        prev_role = role_item or prev_role
        prev_loc = loc
    return out


def _span(toks, it_i: int, it_j: int, prefix: str = "") -> tuple[int, int]:
    s = toks[it_i].start
    if prefix:
        t = toks[it_i]
        # leave a stripped conjunction/preposition (وواشنطن -> واشنطن) out of the span
        if t.text[:len(prefix)] == prefix and t.end - s > len(prefix) + 1:
            s += len(prefix)
    return s, toks[it_j - 1].end


def _sub_actors(doc, lex, si, toks, words, keys, sub: list[Item], date, inherit_role, inherit_loc):
    specs = _sub_actors_(doc, lex, si, toks, words, keys, sub, date, inherit_role, inherit_loc)
    mids = [m for it in sub if it.type not in ("entity", "mention") for m in it.mention_ids]
    if mids and specs[0]:
        tgt = specs[0][0]
        for m in mids:
            if m not in tgt.mention_ids:
                tgt.mention_ids.append(m)
    if specs[0]:
        for it in sub:
            if it.alt:
                _readings(doc, lex, si, toks, words, keys, sub, it, date, inherit_role, inherit_loc, specs[0])
                break
    return specs


def _overlapping(specs: list[_Spec], s: int, t: int) -> Optional[_Spec]:
    return next((sp for sp in specs if sp.start < t and s < sp.end), None)


def _readings(doc, lex, si, toks, words, keys, sub, it: Item, date, inherit_role, inherit_loc,
              specs: list[_Spec]) -> None:
    """"رحبت عمان", "Congolese soldiers": the phrase read with each country the ambiguous name may
    mean (the same rules, another lexicon reading); the document context picks one (_context)."""
    s0, t0 = toks[it.i].start, toks[it.j - 1].end
    sp = _overlapping(specs, s0, t0)
    if sp is None or not sp.res.country:
        return
    readings = {sp.res.country: (sp.key, sp.res, sp.start, sp.end)}
    for e in it.alt:
        it2 = Item(it.i, it.j, [e], e.type, conj=it.conj, prefix=it.prefix)
        sub2 = [it2 if x is it else x for x in sub]
        alt_specs = _sub_actors_(doc, lex, si, toks, words, keys, sub2, date, inherit_role, inherit_loc)[0]
        sp2 = _overlapping(alt_specs, s0, t0)
        if sp2 is not None and sp2.res.country and sp2.res.country not in readings:
            readings[sp2.res.country] = (sp2.key, sp2.res, sp2.start, sp2.end)
    if len(readings) > 1:
        sp.readings = readings
        sp.default = it.default
        if lex.context_spelled:
            raw = " ".join(words[it.i:it.j])
            c = next((c for form, c in lex.context_spelled.items() if form in raw), None)
            if c in readings:
                sp.default = c
                sp.readings = {c: readings[c]}    # the spelling decides, whatever the context


def _context(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """Countries from the document context (context.tsv): an actor without a country whose phrase
    holds a context word (قوات الاحتلال) or has a context sector (مستوطنون) takes the rule's
    country when the document names the rule's context countries at least as often as any other
    one country; a name read as several
    countries (عمان، الكونغو) takes the reading the document names most, else its default.
    Context: the countries of the other actors, of place names and nationality adjectives
    (marsad.geo.match.context_countries).  Nothing is computed when no actor needs it."""
    cw, cr, home = lex.context_words, lex.context_roles, lex.context_home
    owns = lex.memo.get("context_home_owns")
    if owns is None:
        owns = lex.memo["context_home_owns"] = frozenset(h[1] for h in home.values())
    pending: list[tuple[_Spec, Optional[tuple]]] = []
    text = doc.text
    for sp in specs:
        if sp.readings:
            pending.append((sp, None))
            continue
        r = sp.res
        if r.country in owns and r.entity_id and sp.kind == "organisation":
            h = home.get(phrase_key(text[sp.start:sp.end]))
            if h is not None and h[1] == r.country:
                pending.append((sp, ("home",) + h))   # "Congress" alone: context.tsv rule home
            continue
        if r.country or r.main or not (cw or cr) or sp.kind == "person" and not r.role:
            continue
        rule = cr.get(r.role) if r.role else None
        if rule is None and cw and sp.ctxw:
            for w in text[sp.start:sp.end].split():
                rule = next((cw[k] for k in word_keys(w) if k in cw), None)
                if rule is not None:
                    break
        if rule is not None:
            pending.append((sp, rule))
    if not pending:
        return
    ctx, multi = _doc_countries(doc, specs, {id(sp) for sp, _ in pending})
    for sp, rule in pending:
        if rule is None:
            rd = sp.readings
            if len(rd) == 1:
                c = next(iter(rd))
                sp.key, sp.res, sp.start, sp.end = rd[c]
                continue
            scores = sorted(((ctx.get(c, 0), c) for c in rd), reverse=True)
            if scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
                c = scores[0][1]
            elif sp.default in rd:
                c = sp.default
            else:
                continue
            sp.key, sp.res, sp.start, sp.end = rd[c]
            continue
        if rule[0] == "home":
            if not _attached_country(doc, lex, sp, rule[1], rule[3]):
                _home_body(doc, sp, ctx, multi, rule[1], rule[2], rule[3])
            continue
        cset, country = rule
        # the document is about the rule's countries: they are named, and at least as often as any
        # other one country ("قوات الاحتلال" in a report on Ukraine that mentions Israel once stays
        # country-less)
        own = sum(n for c, n in ctx.items() if c in cset) + sum(1 for m in multi if m <= cset)
        if own and own >= max((n for c, n in ctx.items() if c not in cset), default=0):
            r = sp.res
            res = Resolution(code=make_code(country, r.role), country=country, role=r.role, kind=r.kind,
                             name_ar=r.name_ar, name_en=r.name_en, basis="context", main=country)
            sp.res = res
            sp.resolved = True
            if sp.key[0] == "T":
                sp.key = ("T", res.code, res.basis) + tuple(sp.key[3:])


def _dateline_country(doc: Document) -> Optional[str]:
    """The country of the place a dateline segment opens with ("LIMA, Dec 22 -"), else None."""
    from ..geo.match import lookup
    s = next((s for s in doc.sentences if s.segment_kind == "dateline"), None)
    if s is None:
        return None
    name = re.split(r"[,،(\-–—ـ]", doc.text[s.start:s.end], maxsplit=1)[0].strip()
    if "/" in name and len({h.entry.country for h in map(lookup, name.split("/")) if h is not None}) > 1:
        return None   # "KYIV/ISTANBUL, June 2 -": filed from two countries, the story has no one home (session 46)
    h = lookup(name) if name else None
    if h is None and name:
        # (session 53, GAPEN53) "KOCANI, North Macedonia -": a town the gazetteer lacks, the region after its comma
        region = re.split(r"\s[-–—]", doc.text[s.start:s.end].partition(",")[2], maxsplit=1)[0].strip()
        h = lookup(region) if region and not region[:1].isdigit() else None
        if h is not None and (h.start != 0 or h.end != len(region)):
            h = None
    return h.entry.country if h is not None and h.entry is not None else None


_ATTACH_IN = frozenset({"في", "in"})


def _attached_country(doc: Document, lex: Lexicon, sp: _Spec, cset: frozenset, roles: dict) -> bool:
    """A body's name of a context.tsv ``home`` rule with its country written on it: a listed country's nationality
    adjective after it ("جماعة الإخوان المسلمين الأردنية") or before it ("the Jordanian Muslim Brotherhood",
    "Jordan's Muslim Brotherhood"), or في / in and the country's name after it ("الإخوان المسلمين في سوريا",
    "the Muslim Brotherhood in Jordan"): that country's body whatever the rest of the document names (session 29,
    ACT20).  Sets the spec and says True; False (nothing changed) otherwise."""
    text = doc.text
    after = text[sp.end:sp.end + 40].split(None, 2)
    before = text[max(0, sp.start - 40):sp.start].split()
    cands = []
    if after:
        cands.append(after[0].strip(".,،:;\"'»«”“)("))
        if len(after) > 1 and after[0] in _ATTACH_IN:
            cands.append(after[1].strip(".,،:;\"'»«”“)("))
    if before:
        w = before[-1]
        cands.append(w[:-2] if w.endswith(("'s", "’s")) else w)
    c = None
    for w in cands:
        c = next((e.country for e in lex.lookup(w) if e.type in ("demonym", "country") and e.country in cset), None)
        if c is not None:
            break
    if c is None:
        return False
    _home_reading(sp, c, roles)
    return True


def _home_reading(sp: _Spec, c: str, roles: dict) -> None:
    """The body's reading as country ``c``'s own body of that name (the role a context.tsv ``home`` rule gives that
    country, else the name's own role)."""
    r = sp.res
    role = roles.get(c, r.role)
    sp.res = Resolution(code=make_code(c, role), country=c, role=role, kind=r.kind, basis="context", main=c)
    sp.key = ("A", sp.res.code, "home")   # (every such mention one actor, as the entity was)


def _home_body(doc: Document, sp: _Spec, ctx: dict, multi: list, cset: frozenset, own: str, roles: dict) -> None:
    """"Castillo was removed by Congress", "clashed with police near Congress" in a story on Peru: a body's bare name
    that other countries give their own body too (context.tsv rule ``home``: "Congress" is the US Congress by default)
    is the body of the one listed country the document names most, when it names that country more often than the
    name's own one (USA); a tie between listed countries, or a story on the US, keeps the default (session 20, ENA).
    A place name of several countries counts for each listed one it may be in ("Lima": Peru, not the US one); when
    several listed countries are named, that of the dateline ("LIMA, Dec 22 -") decides when it is one of them."""
    n_of = {c: n for c, n in ctx.items() if c in cset}
    for m in multi:
        for c in m & cset:
            n_of[c] = n_of.get(c, 0) + 1
    # (a listed country named only by place names of several countries is no evidence: "الإسكندرية" is Alexandria
    # in Egypt, the own country, as well as a town in Iraq; session 29, ACT20)
    # (a country whose own body of the name is of another kind -- India's Congress, a party -- needs a story on it:
    # named twice at least; "Senators in Congress criticised Modi" is the US Congress)
    scores = sorted(((n, c) for c, n in n_of.items() if n > (1 if c in roles else 0) and ctx.get(c)), reverse=True)
    home = _dateline_country(doc) if len(scores) > 1 else None
    if home in cset and n_of.get(home):
        scores = [(n_of[home] + ctx.get(own, 0) + 1, home)]   # a listed country's dateline decides: its own story
    if not scores or (len(scores) > 1 and scores[0][0] == scores[1][0]) or scores[0][0] <= ctx.get(own, 0):
        return
    _home_reading(sp, scores[0][1], roles)


_ANAPHOR_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


# forces only: "حكومة التبت في المنفى" is no government of China (a region's government, parliament and courts are
# left to the event steps)
_REGION_ROLES = frozenset({"MIL", "COP", "SPY"})


_REGION_MEMO: list = [None, {}]   # [the gazetteer, {name: its geo.match.lookup Hit or None}]
_REGION_MEMO_MAX = 20_000
_NO_HIT = object()


def _region_lookup(name: str):
    """``geo.match.lookup(name)`` memoised per gazetteer.  :func:`_region_body` and :func:`_region_at` try every
    prefix of the few words after each bare force or administration phrase (up to five look-ups each, the same short
    strings in article after article: ~5 % of the stage's time); a look-up is a pure function of the string and the
    gazetteer, and its Hit is only read here (session 32, SPD32).  Every caller wants a region named from the
    string's start (``h.start == 0``, no compass phrase): a string at whose first word no name can begin
    (``geo.match.may_begin_name``) has none, and gives None without the look-up (session 43, SPD43)."""
    from ..geo.gazetteer import get_gazetteer
    g = get_gazetteer()
    if _REGION_MEMO[0] is not g:
        _REGION_MEMO[0], _REGION_MEMO[1] = g, {}
    memo = _REGION_MEMO[1]
    got = memo.get(name, _NO_HIT)
    if got is _NO_HIT:
        from ..geo.match import lookup, may_begin_name
        if len(memo) >= _REGION_MEMO_MAX:
            memo.clear()
        got = memo[name] = lookup(name) if may_begin_name(name) else None
    return got


def _region_body(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"قوات ولاية جوبالاند"، "شرطة إقليم بونتلاند"، "Jubaland forces", "Tigray forces": a bare state force (forces,
    police, intelligence) in construct with the name of a first-level region
    of the gazetteer (kind region: a federal member state, an autonomous or breakaway region), after at most a place
    noun (ولاية، إقليم: cues.tsv ``place_head``) or right before it in English, is the region's country's: CAMEO codes a
    regional administration and its forces with their country (SOMMIL, not the neighbour the sentence also names).
    Cities are left to the event steps (session 29, ACT20)."""
    heads = lex.cues.get("place_head", ())
    text = doc.text
    for sp in specs:
        r = sp.res
        if r.country or r.role not in _REGION_ROLES or sp.kind == "person":
            continue
        c = None
        after = text[sp.end:sp.end + 48]
        if after[:1] == " ":
            words = after.split()[:5]
            if words and (words[0] in heads or phrase_key(words[0]) in heads):
                cands = (words[:5], words[1:5])   # ("ولاية جنوب غرب الصومال" is a name with its place noun)
            else:
                cands = (words[:4],)
            for ws in cands:
                for n in range(len(ws), 0, -1):   # (the longest name first; a city further on is no region's)
                    h = _region_lookup(" ".join(ws[:n]))
                    if h is not None and h.start == 0 and h.entry.kind == "region" and not h.direction:
                        c, rid = h.entry.country, h.entry.id
                        break
                if c:
                    break
        if c is None:
            c, rid = _region_before(text, sp.start, sure=True)
        if not c:
            continue
        res = Resolution(code=make_code(c, r.role), country=c, role=r.role, kind=r.kind, name_ar=r.name_ar,
                         name_en=r.name_en, basis="region", main=c)
        sp.res = res
        sp.resolved = True
        sp.key = ("A", res.code, "region", rid)   # (one actor per region's body: not the federal forces)


def _region_before(text: str, start: int, sure: bool = False) -> tuple:
    """(country, region id) of a first-level region of the gazetteer whose English name, in capitalised words (at
    most three, maybe with 's), ends right before ``start``: "Tigray forces", "Khyber Pakhtunkhwa police", "New South
    Wales Premier" (the longest name first), or (None, None).  ``sure``: not a name several countries' regions bear
    (Punjab: India's or Pakistan's), which the caller cannot tell apart (session 45, GEO45)."""
    if text[start - 1:start] != " ":
        return None, None
    prev = text[max(0, start - 60):start].split()[-3:]
    if prev and prev[-1].endswith(("'s", "’s")):
        prev[-1] = prev[-1][:-2]
    for n in range(len(prev), 0, -1):
        ws = prev[-n:]
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in ws):
            continue
        name = " ".join(ws)
        h = _region_lookup(name)
        if h is not None and h.start == 0 and h.end == len(name) and h.entry.kind == "region" and not h.direction:
            if sure and h.ambiguous:
                from ..geo.match import get_matcher
                if get_matcher().own_country(h.key) != h.entry.country:
                    return None, None
            return h.entry.country, h.entry.id
    return None, None


def _region_at(words: list, heads) -> tuple:
    """(country, region id) of a first-level region of the gazetteer named at the start of ``words`` (after at most
    one place noun: ولاية، إقليم), or (None, None)."""
    if not words:
        return None, None
    cands = (words[:5], words[1:5]) if (words[0] in heads or phrase_key(words[0]) in heads) else (words[:4],)
    for ws in cands:
        for n in range(len(ws), 0, -1):   # (the longest name first)
            h = _region_lookup(" ".join(ws[:n]))
            if h is not None and h.start == 0 and h.entry.kind == "region" and not h.direction:
                return h.entry.country, h.entry.id
    return None, None


def _key_variant(key: str) -> str:
    """The regex of the Arabic spellings of a folded lexicon key (a final ه may be written ة, a bare alef أ / إ / آ,
    ي as ى)."""
    out = []
    for i, ch in enumerate(key):
        if ch == "ه" and i == len(key) - 1:
            out.append("[هة]")
        elif ch == "ا":
            out.append("[اأإآ]")
        elif ch == "ي":
            out.append("[يى]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_BODY_LEAD = "[وفبل]?(?:ال)?"   # (what may stand before a key in _body_pattern: at most 3 characters)
_BODY_LEAD_MAX = 3


@functools.lru_cache(maxsize=8)
def _body_pattern(keys: frozenset):
    """A regex for the Arabic words whose lexicon key may be one of ``keys`` (a folded ه may be written ة, a bare
    alef أ / إ / آ), with one proclitic و / ف / ب / ل and the article: a superset that :func:`_region_admin` then
    checks by key."""
    alts = "|".join(sorted((_key_variant(k) for k in keys if k), key=len, reverse=True))
    # (the keys are folded stems: an article before, an ending of up to three letters after, ة / ات)
    return re.compile("(?<![ء-ي])" + _BODY_LEAD + "(?:" + alts + ")[ء-ي]{0,3}(?![ء-ي])")


@functools.lru_cache(maxsize=8)
def _body_stems(keys: frozenset):
    """The keys' spellings alone, each alternative opening with a literal letter (an alef class spelled out), so that
    the regex engine skims the text for their first letters (no per-position attempt, as _body_pattern's leading
    look-behind and optional proclitics force)."""
    alts = []
    for k in sorted((k for k in keys if k), key=len, reverse=True):
        v = _key_variant(k)
        if v.startswith("[اأإآ]"):
            alts.extend(a + v[len("[اأإآ]"):] for a in "اأإآ")
        elif v.startswith("[يى]"):
            alts.extend(a + v[len("[يى]"):] for a in "يى")
        else:
            alts.append(v)
    return re.compile("|".join(alts))


def _skim(pat, stems, lead: int, text: str):
    """The matches of ``pat.finditer(text)``, found faster, for a ``pat`` with no literal prefix (a leading look-behind,
    optional proclitics) that the regex engine tries at every character: every (non-empty) match of ``pat`` holds a
    match of ``stems`` (a regex whose alternatives open with a literal letter, which the engine skims for) starting at
    most ``lead`` characters after its own start, so ``pat`` is tried only at those starts, in text order, from the end
    of the last match on (finditer's leftmost non-overlapping matches; a look-behind still sees the text before the
    start).  The stems are found by ``search`` from each found stem's next character: overlapping stems are not
    skipped (session 32, SPD32)."""
    end = 0
    tried = -1   # the last start tried
    m = stems.search(text)
    while m is not None:
        st = m.start()
        for s in range(max(end, tried + 1, st - lead), st + 1):
            tried = s
            got = pat.match(text, s)
            if got is not None:
                yield got
                end = got.end()
                break
        m = stems.search(text, st + 1)


def _body_matches(keys: frozenset, text: str):
    """The matches of ``_body_pattern(keys).finditer(text)`` (:func:`_skim` over the keys' spellings: the full scan
    was ~4 % of the actor stage, 132 -> 31 us an article)."""
    return _skim(_body_pattern(keys), _body_stems(keys), _BODY_LEAD_MAX, text)


def _region_admin(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"أعلنت إدارة جوبالاند تعليق علاقاتها"، "رئيس جوبالاند أحمد مدوبي"، "the Jubaland administration": an
    administration word (cue ``region_admin``: إدارة، حكومة، رئيس، administration, president …) in construct with
    the name of a first-level region of the gazetteer (as :func:`_region_body`) is that region's government, which
    CAMEO codes with its country (SOMGOV).  A country-less GOV phrase whose head is such a word and whose next word
    opens the region's name takes the country; a bare Arabic إدارة / حكومة (no actor alone: a generic head) before
    the name becomes one.  Not a government "في المنفى" / "in exile" (cue ``exile``: Tibet's is no Chinese
    government) (session 30, ACT21)."""
    admin = lex.cues.get("region_admin")
    if not admin:
        return
    heads = lex.cues.get("place_head", ())
    exile = lex.cues.get("exile", ())
    text = doc.text

    def exiled(end: int) -> bool:
        return any(phrase_key(w) in exile for w in text[end:end + 40].split()[:3])

    for sp in specs:
        r = sp.res
        if r.country or r.role != "GOV":
            continue
        words = text[sp.start:sp.end].split()
        c = None
        if words and phrase_key(words[0]) in admin and "\u0600" <= words[0][:1] <= "\u06ff":
            # (the name inside the phrase, "رئيس جوبالاند X", or after it, "حكومة ولاية | بونتلاند")
            c, rid = _region_at(words[1:] + text[sp.end:sp.end + 48].split(), heads)
        elif words and words[-1][:1].isascii() and (phrase_key(words[-1]) in admin or words[0][:1].isupper()):
            # "the Jubaland administration"; and a title before a name, "Ontario Premier Doug Ford", "Texas
            # Governor Greg Abbott": an English regional title is written after its region's name (s45 GEO45)
            c, rid = _region_before(text, sp.start, sure=phrase_key(words[-1]) not in admin)
        if not c or exiled(sp.end):
            continue
        sp.res = Resolution(code=make_code(c, "GOV"), country=c, role="GOV", kind=r.kind, name_ar=r.name_ar,
                            name_en=r.name_en, basis="region", main=c)
        sp.resolved = True
        if sp.kind != "person":
            sp.key = ("A", sp.res.code, "region", rid)
    # a bare Arabic administration body before a region's name: no actor was made of it
    body = lex.cues.get("region_admin_body")
    # (the candidate words found by one regex over the text, not a lexicon key per Arabic word: session 31 speed)
    for m in _body_matches(frozenset(body), text) if body else ():
        w = m.group(0)
        k = 1 if w[:1] in "وفبل" and phrase_key(w[1:]) in body else 0
        if not k and phrase_key(w) not in body:
            continue
        s, e = m.start() + k, m.end()
        if any(o.start < e + 1 and s < o.end for o in specs):
            continue
        after = text[e:e + 48]
        c, rid = _region_at(after.split(), heads)
        if not c:
            continue
        ws = after.split()
        n = 2 if ws and (ws[0] in heads or phrase_key(ws[0]) in heads) else 1
        # the span: the head and the region's name (as far as the gazetteer reads it)
        stop = e
        for w in ws[:n]:
            stop = text.index(w, stop) + len(w)
        if exiled(stop) or any(o.start < stop and e < o.end and o.res.country for o in specs):
            continue
        _add_region_government(doc, specs, c, rid, s, stop)


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+(?:\u0640[\u0621-\u064a]+)*")
_REGION_NAMED = re.compile(r"(?<![\w\u0600-\u06ff])[وبل]?إقليم\s+([\w\u0600-\u06ff]+(?: [\w\u0600-\u06ff]+){0,2})")


def _region_anaphor(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"أمهل العبادي حكومة إقليم كردستان … ودعا قيادة الإقليم إلى إلغاء نتائجه"، "هدد بإغلاق الحدود مع الإقليم": once
    a story has named a first-level region of the gazetteer ("إقليم كردستان"، "إقليم تيغراي"), the bare definite
    "الإقليم" (cue ``region_anaphor``) names it back.  A country-less state body or head right before it (قيادة
    الإقليم، رئيس الإقليم، قوات الإقليم) is that region's, which CAMEO codes with its country (as _region_admin /
    _region_body do for the name itself); the "leadership" of a region (cue ``region_leadership``: قيادة, whose sector
    reading alone is the military "command") is its government.  A bare "مع الإقليم" / "ضد الإقليم" (the other side of
    an act) is the region's government.  The latest region named before the word is the one (session 36)."""
    forms = lex.cues.get("region_anaphor")
    text = doc.text
    if not forms or "إقليم" not in text:
        return
    named = None
    for m in _REGION_NAMED.finditer(text):
        c, rid = _region_at(m.group(1).split(), ())
        if c:
            named = named or []
            named.append((m.start(), c, rid))
    if not named:
        return
    lead = lex.cues.get("region_leadership", ())
    sides = lex.cues.get("region_anaphor_side", ())
    for m in _ARABIC_WORD.finditer(text):
        w = m.group(0)
        if "قليم" not in w:
            continue
        core = w[1:] if w[:1] in "وبل" and phrase_key(w[1:]) in forms else w
        if phrase_key(core) not in forms:
            continue
        s, e = m.start() + (len(w) - len(core)), m.end()
        before = [x for x in named if x[0] < s]
        if not before:
            continue
        _, c, rid = before[-1]
        if any(o.start < e and s < o.end for o in specs):
            continue
        head = next((o for o in specs if o.end + 1 == s and not o.res.country and not o.res.main
                     and o.kind != "country"), None)
        if head is not None:
            r = head.res
            hw = text[head.start:head.end].split()
            role = "GOV" if hw and phrase_key(hw[-1]) in lead else r.role
            if role not in ("GOV", "LEG", "JUD", "MIL", "COP", "SPY"):
                continue
            head.res = Resolution(code=make_code(c, role), country=c, role=role, kind=r.kind, name_ar=r.name_ar,
                                  name_en=r.name_en, basis="region", main=c)
            head.resolved, head.end = True, e
            if head.kind != "person":
                head.key = ("A", head.res.code, "region", rid)
            continue
        prev = text[max(0, s - 12):s].split()
        if not prev or phrase_key(prev[-1]) not in sides:
            continue
        _add_region_government(doc, specs, c, rid, s, e)


def _add_region_government(doc: Document, specs: list[_Spec], c: str, rid, s: int, e: int) -> None:
    """A new actor: the government of region ``rid`` (country ``c``) at ``s:e``, unless its sentence is skipped."""
    si = next((i for i, st in enumerate(doc.sentences) if st.start <= s < st.end), None)
    if si is None or doc.sentences[si].segment_kind in SKIP_KINDS:
        return
    res = Resolution(code=make_code(c, "GOV"), country=c, role="GOV", kind="organisation", basis="region", main=c)
    specs.append(_Spec(("A", res.code, "region", rid), res, s, e, [], "organisation", True, None, si))


_IN_COUNTRY_ROLES = frozenset({"GOV", "LEG", "JUD"})


def _body_in_country(doc: Document, specs: list[_Spec]) -> None:
    """"نفت الحكومة الانتقالية في مالي …"، "البرلمان في ليبيا": a bare definite state institution (government,
    legislature, judiciary; not forces: "جنود في مالي" may be anyone's) followed, after at most two adjectives, by في
    and a country's name is that country's (session 13)."""
    cands = [sp for sp in specs if not sp.res.country and not sp.res.main and sp.res.role in _IN_COUNTRY_ROLES
             and sp.kind == "organisation"]
    if not cands:
        return
    text = doc.text
    # (a state's name as the document writes it elsewhere: "مالي" is also "financial", so a name the lexicon leaves
    # unread here is read by its other mentions)
    states = {clean_word(text[sp.start:sp.end]): sp.res.country for sp in specs
              if sp.kind == "country" and sp.res.country and not sp.res.role and " " not in text[sp.start:sp.end].strip()}
    # (and a territory whose institutions are a state's: "وزارة الصحة في غزة", body_territory.tsv; session 22 STR)
    lands = _body_territories()
    for sp in cands:
        w = text[sp.start:sp.end].split()
        # (a definite head, or a construct whose last word is definite: "وزارة الصحة", session 22 STR)
        if not w or not (_definite(clean_word(w[0]).lstrip("وف")) or len(w) > 1 and _definite(clean_word(w[-1]))):
            continue
        gap = text[sp.end:sp.end + 60].split()[:4]
        k = next((x for x, g in enumerate(gap) if clean_word(g) == "في"), -1)
        if k < 0 or k + 1 >= len(gap) or any(not _definite(clean_word(g)) for g in gap[:k]) \
                or any(c in " ".join(gap[:k + 1]) for c in "،,.؛:"):
            continue
        c = states.get(clean_word(gap[k + 1])) or lands.get(clean_word(gap[k + 1]))
        if c is None and k + 2 < len(gap):
            c = lands.get(clean_word(gap[k + 1]) + " " + clean_word(gap[k + 2]))
        if c is None:
            # (a state's name no other mention read, "مالي" being also "financial": after a state body + في it is the
            # country; session 33)
            c = _country_name(clean_word(gap[k + 1]))
        if c is None:
            continue
        sp.res = Resolution(make_code(c, sp.res.role), c, sp.res.role, sp.res.kind, basis="in_country", main=c)
        sp.key = ("A", sp.res.code, sp.start)


def _homograph_nisba(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"ودعت المنظمة السلطات المالية إلى …" in a story on Mali: a country-less state body whose head is listed in
    homograph_nisba.tsv, followed (after at most one definite adjective: "القوات المسلحة المالية") by a nisba the
    country table drops as a common word ("المالية", also "financial"), is that country's when the document names the
    country or its capital elsewhere; "وزارة المالية" (no listed head) stays the finance ministry (session 53)."""
    table = _homograph_nisbas()
    text = doc.text
    if not any(f in text for f in table["nisba"]):
        return
    cands = [sp for sp in specs if not sp.res.country and sp.res.role and sp.kind in ("organisation", "group")]
    if not cands:
        return
    named = {sp.res.country for sp in specs if sp.res.country}
    named_places = None
    for sp in cands:
        words = text[sp.start:sp.end].split()
        head = clean_word(words[0]) if words else ""
        if head not in table["head"] and head.lstrip("وفلب") not in table["head"]:
            continue
        m = _NISBA_AFTER.match(text, sp.end)
        if not m:
            continue
        g = 1 if m.group(1) in table["nisba"] else 2   # (the nisba right after the head, or after one adjective)
        c = table["nisba"].get(m.group(g))
        if c is None:
            continue
        if c not in named:
            if named_places is None:   # (the country's name as a place: "في مالي"; read once, when needed)
                named_places = {_country_name(clean_word(text[m0.start:m0.end])) for m0 in doc.mentions
                                if m0.type == "GPE" and " " not in text[m0.start:m0.end].strip()}
            caps = (lex.countries.get(c) or {}).get("capitals_ar") or ""
            if c not in named_places and not any(cap in text for cap in caps.split("|") if cap.strip()):
                continue
        sp.res = Resolution(make_code(c, sp.res.role), c, sp.res.role, sp.res.kind, basis="title+nationality", main=c)
        sp.end = m.end(g)
        sp.key = ("A", sp.res.code, sp.start)


# (the gap after a body: at most one definite adjective, then the nisba word itself)
_NISBA_AFTER = re.compile(r"[ \u00a0]+(?:(ال[\u0621-\u064a]+)[ \u00a0]+)?(ال[\u0621-\u064a]+)")


def _homograph_nisbas() -> dict:
    """homograph_nisba.tsv: {"nisba": {form: country}, "head": {head nouns}}."""
    def load():
        out: dict = {"nisba": {}, "head": set()}
        for r in read_tsv_dicts(data_path("actors", "homograph_nisba.tsv")):
            if r.get("kind") == "nisba" and r.get("country"):
                out["nisba"][r["form"].strip()] = r["country"].strip()
            elif r.get("kind") == "head":
                out["head"].add(clean_word(r["form"].strip()))
        return out
    from ..resources import cached
    return cached("actors.homograph_nisba", load)


def _country_name(word: str) -> Optional[str]:
    """The country code of ``word`` when the lexicon reads it as a country's name, else None."""
    from ..actors.resolve import resolve_text
    r = resolve_text(word, lang="ar") if word else None
    return r.country if r is not None and r.kind == "country" and r.code == r.country else None


def _body_territories() -> dict:
    """body_territory.tsv: {clean_word form (one or two words): country}."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        return {" ".join(clean_word(x) for x in r["form"].split()): r["country"].strip()
                for r in read_tsv_dicts(data_path("actors", "body_territory.tsv")) if r.get("form") and r.get("country")}
    from ..resources import cached
    return cached("actors.body_territory", load)


def _anaphora(doc: Document, specs: list[_Spec]) -> None:
    """"الجيش السوداني … إن الجيش استعاد": a bare definite state body (one Arabic word with the
    article) after the same body named with its country in the document is that body again, when
    the document names it for one country only."""
    if not any(not sp.res.country and sp.res.role in _ANAPHOR_ROLES and sp.kind == "organisation"
               for sp in specs):
        return
    named: dict[tuple, dict] = {}
    text = doc.text
    for sp in sorted(specs, key=_span_key):
        k = sp.key
        if k[0] != "T" or len(k) < 5 or sp.res.role not in _ANAPHOR_ROLES:
            continue
        head = (k[4], sp.res.role)
        r = sp.res
        if r.country:
            named.setdefault(head, {}).setdefault(r.country, sp)
            continue
        if r.main or sp.kind != "organisation":
            continue
        if len(named.get(head, ())) != 1 and r.role == "MIL" and len(named.get((k[4], "GOV"), ())) == 1 \
                and clean_word(text[sp.start:sp.end]) in resolve._state_leaders():
            head = (k[4], "GOV")   # "القيادة الفلسطينية … وطالبت القيادة": the leadership named back (GOV, s36)
        if head not in named and " " in k[4]:
            # "المجلس العسكري" after "المجلس العسكري الحاكم في النيجر": a longer title of the role opening with its
            # words, for one country only (session 38)
            longer = [h for h in named if h[1] == r.role and h[0].startswith(k[4] + " ") and len(named[h]) == 1]
            if len(longer) == 1:
                head = longer[0]
        if len(named.get(head, ())) != 1:
            continue
        w = text[sp.start:sp.end]
        ante = next(iter(named[head].values()))
        if not _definite(clean_word(w.split()[0])):
            continue
        # the same referent: one actor with both spans
        sp.key, sp.res, sp.resolved = ante.key, ante.res, ante.resolved


def _bare_named_org(doc: Document, specs: list[_Spec]) -> None:
    """"الجامعة العربية … عن استعداد الجامعة للقيام بوساطة": a bare definite word read as a country-less role (الجامعة
    "university" EDU) after an organisation named in full whose first word it is (الجامعة العربية، جماعة الحوثي،
    منظمة الصحة العالمية) is that organisation again (session 11)."""
    cands = [sp for sp in specs if not sp.res.country and not sp.res.main and sp.res.role
             and sp.res.role not in _ANAPHOR_ROLES   # (a state body: _anaphora, one country only)
             and sp.kind != "country" and " " not in doc.text[sp.start:sp.end].strip()]
    if not cands:
        return
    text = doc.text
    for sp in cands:
        a = sp.start
        while a > 0 and text[a - 1].isalpha():
            a -= 1   # (the whole word: the span of للجامعة starts after its first ل)
        w = clean_word(text[a:sp.end])
        if w[:1] in ("و", "ف") and (_definite(w[1:]) or w[1:3] == "لل"):
            w = w[1:]
        if w[:2] == "لل" and len(w) > 4:
            w = "ا" + w[1:]   # للجامعة = ل + الجامعة (session 24, B11AR)
        if not _definite(w) or len(w) < 5:
            continue
        key = phrase_key(w)
        ante = max((o for o in specs if o.end <= sp.start and o.res.code and o.res.code != o.res.role
                    and o.kind == "organisation"
                    and o.res.basis != "metonym" and len(text[o.start:o.end].split()) >= 2
                    and phrase_key(clean_word(text[o.start:o.end].split()[0]).lstrip("لبو")) == key),
                   key=_span_key, default=None)
        if ante is not None:
            sp.key, sp.res, sp.resolved = ante.key, ante.res, ante.resolved


_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def _name_adjective(doc: Document, specs: list[_Spec], adjectives) -> None:
    """"واتهم الائتلاف الوطني السوري المعارض الدول العربية …": a body's own descriptive adjective (cue
    ``name_adjective``: المعارض, masculine only) right after its named organisation (a masculine head word, not a state
    body) is part of the subject's name, not a second actor (the verb's object: session 24, B11AR).  Not after a
    feminine head ("اتهمت الحكومة المعارضة": the opposition) nor a state body ("اتهم النظام المعارض البارز …": a person)."""
    if not adjectives or _none_of_keys(doc, adjectives):
        return
    text = doc.text
    drop = []
    for sp in specs:
        w = clean_word(text[sp.start:sp.end])
        if sp.res.main or " " in text[sp.start:sp.end].strip() or w.endswith("ه") or not _definite(w) \
                or phrase_key(w) not in adjectives:
            continue   # (phrase keys fold ة: المعارضة is read as a noun, "the opposition")
        ante = next((o for o in specs if o is not sp and o.kind == "organisation" and o.res.code
                     and o.res.code != o.res.role and not text[o.end:sp.start].strip()), None)
        if ante is None or ante.res.role in _STATE_ROLES:
            continue
        head = clean_word(text[ante.start:ante.end].split()[0])
        if head.endswith("ه") or not _definite(head.lstrip("وف")):
            continue
        ante.end = sp.end
        drop.append(sp)
    if drop:
        specs[:] = [sp for sp in specs if not any(sp is d for d in drop)]


_CAP_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w'-]+ ){1,2})(\w+) $")


def _demonym_leader(doc: Document, lex: Lexicon, specs: list[_Spec], heads) -> None:
    """"Malian leader Assimi Goita", "Bosnian Serb leader Milorad Dodik": a person the lexicon does not know, right
    after a nationality and a head word that is no role of the tables (cue ``demonym_leader``: leader, strongman,
    figure …) is a person of that country -- the first demonym when two stand there (a Bosnian Serb is a Bosnian).
    The country only, no sector: "leader" alone says no office (a bare "leader" as a government head turned an
    opposition party's leader into its government, session 31).  English only (session 31)."""
    if not heads:
        return
    text = doc.text
    for sp in specs:
        r = sp.res
        if sp.kind != "person" or r.country or r.code or r.main or not text[sp.start:sp.start + 1].isupper():
            continue
        m = _CAP_WORDS_BEFORE.search(text, max(0, sp.start - 60), sp.start)
        if m is None or m.end() != sp.start or m.group(2).lower() not in heads:
            continue
        first = m.group(1).split()[0]
        c = next((e.country for e in lex.lookup(first) if e.type == "demonym" and e.country), None)
        if not c or len(c) != 3:
            continue
        sp.res = Resolution(code=c, country=c, role=None, kind=r.kind, name_ar=r.name_ar, name_en=r.name_en,
                            basis="title+nationality", main=c)
        sp.resolved = True
        sp.start = m.start()


def _first_name_homograph(doc: Document, lex: Lexicon, specs: list[_Spec], names) -> None:
    """"High Representative Christian Schmidt": a role word that is also a first name (cue
    ``first_name_homograph``: Christian) read as the title of the capitalised name after it made the person a
    Christian (CHR).  Before a capitalised word the phrase is a name: its person gets the reading of the title
    before it, if any, else none (session 31)."""
    if not names:
        return
    text = doc.text
    for sp in specs:
        if sp.res.country or sp.res.role not in ("CHR", "REL"):
            continue   # (the cheap tests first: most actors are no religious reading of a word)
        words = text[sp.start:sp.end].split()
        k = next((i for i, w in enumerate(words) if w[:1].isupper() and phrase_key(w) in names), None)
        if k is None or k + 1 >= len(words) or not words[k + 1][:1].isupper():
            continue
        r = sp.res
        if k == 0:
            sp.res = Resolution(code=None, country=None, role=None, kind="person", name_ar=r.name_ar,
                                name_en=r.name_en, basis="unresolved")
            sp.resolved = False
        else:
            # the title before the name gives the role ("High Representative": its own table reading)
            head = " ".join(words[:k])
            role = next((e.role for e in lex.lookup(head) if e.type == "role" and e.role), None)
            sp.res = Resolution(code=role, country=None, role=role, kind="person", name_ar=r.name_ar,
                                name_en=r.name_en, basis="title" if role else "unresolved")
            sp.resolved = role is not None


def _participle_adjective(doc: Document, specs: list[_Spec], forms) -> None:
    """"واستدعت جميع دبلوماسييها العاملين في نيروبي": a definite active participle of the cue list
    ``participle_adjective`` (العاملين "working", المقيمين "residing") right after a noun (a definite word or one with
    a possessive pronoun) describes that noun: no actor of its own (the role table reads العاملين as workers, LAB)
    (session 31).  After a verb it is the subject ("وتظاهر العاملون في المصنع")."""
    if not forms:
        return
    text = doc.text
    drop = []
    for sp in specs:
        w = text[sp.start:sp.end]
        if " " in w.strip() or phrase_key(w) not in forms or sp.res.country or sp.res.main:
            continue
        prev = text[max(0, sp.start - 40):sp.start].split()
        if not prev or not text[sp.start - 1:sp.start].isspace():
            continue
        p = clean_word(prev[-1])
        if "\u0600" <= p[:1] <= "\u06ff" and (p.startswith(("ال", "وال", "بال", "لل")) or p.endswith(
                ("ها", "هم", "هما", "يه")) or (p.endswith("ه") and len(p) > 4)):
            drop.append(sp)
    if drop:
        specs[:] = [sp for sp in specs if not any(sp is d for d in drop)]


_OF_NOUN = re.compile(r"\s+of\s+(?!\w+ing\b)")   # "the union of journalists"; not "accused the union of failing"


def _adopt_antecedent(specs: list[_Spec], ante: _Spec, s: int, e: int, si: int, lo: int, hi: int,
                      add: bool = True) -> None:
    """An anaphor at s..e names `ante`: the readings inside it take the antecedent's actor (or, with `add` and no
    reading, a new span is added); nothing changes when a reading has a country or a name of its own, or reaches
    outside lo..hi (a longer name)."""
    own = [o for o in specs if o.start < e and s < o.end]
    if any(o.res.country or o.res.code != o.res.role or o.start < lo or o.end > hi for o in own):
        return
    for o in own:
        o.key, o.res, o.resolved = ante.key, ante.res, ante.resolved
    if add and not own:
        specs.append(_Spec(ante.key, ante.res, s, e, (), ante.kind, ante.resolved, ante.name, si))


def _igo_anaphors() -> tuple:
    """igo_anaphor.tsv: ({noun: the word the IGO's name must hold ('' for any)}, the compiled "the <noun>" pattern)."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        nouns = {r["form"].strip().lower(): r.get("name_word", "").strip().lower()
                 for r in read_tsv_dicts(data_path("actors", "igo_anaphor.tsv")) if r.get("form", "").strip()}
        alts = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
        return nouns, re.compile(r"\b[Tt]he\s+(" + alts + r")\b(?!-)")
    from ..resources import cached
    return cached("actors.igo_anaphor", load)


def _igo_title_person(doc: Document, specs: list[_Spec]) -> None:
    """"EU Trade Commissioner Marta Kowalski", "UN human rights chief X": an unknown English name right after an
    intergovernmental / non-governmental organisation named in its own title phrase (at most three words between,
    the last a title of cue ``igo_title``: commissioner, envoy, chief …, the others letters only) is that
    organisation's official: the person takes its code (basis ``igo+title``), and so does a later surname alone
    ("Kowalski said …", linked by _surnames after this).  Only the organisation of the title phrase, never a role
    row ("Kenyan police commissioner X" is no IGO); a name that has a reading of its own is kept (session 23 ENX2)."""
    orgs = [o for o in specs if o.kind == "organisation" and (o.res.code or "")[:3] in ("IGO", "NGO")]
    if not orgs:
        return
    from ..coding.lexicon import lexicon
    cue = lexicon("en").cue
    text = doc.text
    for sp in _unknown_names_en(specs):
        org = max((o for o in orgs if o.sentence == sp.sentence and o.end <= sp.start and sp.start - o.end <= 45),
                  key=_span_key, default=None)
        if org is None:
            # "Richard Bennett, the UN special rapporteur on human rights in Afghanistan, …": the title phrase as the
            # name's apposition, after its comma and article (session 49, lead)
            m = _APPOSED_ARTICLE.match(text, sp.end)
            org = next((o for o in orgs if m and o.start == m.end()), None)
            if org is None:
                continue
            gap = re.split(r"[,.;(]", text[org.end:org.end + 60], maxsplit=1)[0].split()[:3]
            if not gap or not all(g.replace("-", "").isalpha() for g in gap) \
                    or not any("igo_title" in cue(g.lower()) for g in gap):
                continue
            sp.res = Resolution(code=org.res.code, country=org.res.country, role=org.res.role, kind="person",
                                name_en=sp.name, basis="igo+title", main=org.res.main or org.res.code[:3])
            sp.resolved = True
            continue
        gap = text[org.end:sp.start].split()
        if not 1 <= len(gap) <= 3 or not all(g.replace("-", "").isalpha() for g in gap) \
                or "igo_title" not in cue(gap[-1].lower()):
            continue
        sp.res = Resolution(code=org.res.code, country=org.res.country, role=org.res.role, kind="person",
                            name_en=sp.name, basis="igo+title", main=org.res.main or org.res.code[:3])
        sp.resolved = True
    # a known official of the same organisation after its title phrase ("EU foreign policy chief Josep Borrell"): one
    # phrase, so that "Blinken and EU … Borrell called" is two subjects, not Blinken and the EU (session 33)
    drop = []
    for sp in specs:
        if sp.kind != "person" or not sp.res.code or sp.res.code[:3] not in ("IGO", "NGO") or sp.res.basis != "lexicon":
            continue   # (a known official only: an unknown name keeps its own span, coded above)
        org = max((o for o in orgs if o.sentence == sp.sentence and o.end <= sp.start and sp.start - o.end <= 45
                   and o.res.code == sp.res.code), key=_span_key, default=None)
        if org is None or org in drop:
            continue
        gap = text[org.end:sp.start].split()
        if 1 <= len(gap) <= 3 and all(g.replace("-", "").isalpha() for g in gap) and "igo_title" in cue(gap[-1].lower()):
            sp.start = org.start
            drop.append(org)
    for o in drop:
        specs.remove(o)


_APPOSED_ARTICLE = re.compile(r",\s+(?:the|a|an)\s+")
_WHO_REL = re.compile(r",\s+(?:the\s+[^,.;]{0,60}?\s+)?who\s+([a-z]+)\s+[^,.;]*")


def _unknown_names_en(specs: list[_Spec]) -> list[_Spec]:
    """The English person names the lexicon did not know and no rule coded yet: the candidates of the apposition rules
    (_igo_title_person, _relative_leader, _aide_apposition, _title_apposition)."""
    return [sp for sp in specs if sp.key[0] == "M" and sp.kind == "person" and not sp.res.code and sp.name
            and sp.name.isascii()]


# an unknown organisation's name the rule takes: an acronym (the CGT, CONAIE, the SPD); a firm's name ("Grant
# Financial") in a business story is no body of the state's politics
_ORG_ACRONYM = re.compile(r"[A-Z][A-Z-]{1,9}")
# a title a possessive owns right before the name: "Its leader Lee Jae-myung" is the party's (the events stage's
# possessive-body rule), not a bare national
_OWNED_TITLE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){1,2}$")


# the bare roles of a titled name that _home_story_names_en gives the home country: the state's office holders (an
# "opposition leader X" is left: whose arrest a later "condemned the arrest" aims at the captors, test_b16en_s26)
_HOME_TITLE_ROLES = frozenset(("GOV", "LEG", "JUD", "MIL", "COP"))
# (the words between a title and its holder's name: a complement, "قبيلة العكيدات", or a rank, "الفريق أول")
_TITLE_GAP_WORDS = 2
_AR_PROCLITICS = frozenset("وفبل")
_TITLE_GAP_STOPS = ",.;:()\"«»،؛"
_NAME_LINKS = frozenset(("of", "the", "and", "for", "de", "del", "la", "el", "al", "wal", "al-", "wa", "des", "du"))


def _home_story_names_en(doc: Document, specs: list[_Spec], place_heads=()) -> None:
    """"BERLIN, May 6 - … SPD co-leader Lars Klingbeil urged … Klingbeil rejected suggestions …": a wire story's
    domestic politics names its politicians, parties and unions, and a reader codes an unknown one as the country of
    the story.  An English name the lexicon and the apposition rules left without a code takes the dateline's
    country (a code of the country alone, basis ``home``) when that country is the story's by its mentions
    (``home_country.dominates``), and the sentence that names the person first names no other country (a foreign
    official named in a home story: "Ryanair chief executive Michael O'Leary" in a story naming Belarus and
    Ireland).  The name's surname mentions go with it (one key).  Persons, and organisations named by an acronym
    (parties, unions); a name before a coded abbreviation in brackets is that actor's long name, and a name after a
    possessive's title ("Its leader X") the owner's: both are left."""
    unknown = [sp for sp in specs if sp.key[0] == "M" and not sp.res.code and sp.name and (
               sp.name.isascii() and (sp.kind == "person" or sp.kind == "organisation"
                                      and _ORG_ACRONYM.fullmatch(sp.name))
               or sp.kind == "person" and len(sp.name.split()) >= 2)]
    # (session 47) a named person whose title gave a bare role and no country, "Governor Gavin Newsom", "Senate
    # President Francis Escudero" (GOV): the country is as unknown as an untitled name's; the role stays
    titled = [sp for sp in specs if sp.kind == "person" and sp.res.code and not sp.res.country
              and sp.res.role in _HOME_TITLE_ROLES and sp.res.code == sp.res.role and sp.name and sp.name.isascii()
              and len(sp.name.split()) >= 2]
    unknown += titled
    if not unknown:
        return
    home = _dateline_country(doc)
    if not home:
        return
    from ..geo.match import context_countries
    triples, texts = token_triples(doc), token_texts(doc)
    named: dict[int, set] = {}

    def others(si: int) -> set:
        """The countries other than ``home`` that sentence ``si`` names (places, nationalities, actors; "?" for a
        place name of several countries none of which is ``home``)."""
        got = named.get(si)
        if got is None:
            s = doc.sentences[si]
            single, amb = context_countries(doc.text, triples[s.token_start:s.token_end],
                                            texts[s.token_start:s.token_end])
            got = set(single) | {sp.res.country for sp in specs if sp.sentence == si and sp.res.country}
            got.discard(home)
            if any(home not in m for m in amb):
                got.add("?")
            named[si] = got
        return got
    keys: dict[tuple, list[_Spec]] = {}
    for sp in unknown:
        keys.setdefault(sp.key, []).append(sp)
    coded = {sp.key for sp in specs if sp.res.code and (sp.res.country or sp.res.code != sp.res.role)}
    # (a mention read elsewhere: "Vice President X" in the body)
    # a name before a coded abbreviation in brackets is that actor's full name: "Jama'at Nusrat al-Islam wal-Muslimin
    # (JNIM)" is the known group, not a body of the story's country
    text = doc.text
    bracketed = [o.start for o in specs if o.res.code and text[max(0, o.start - 2):o.start].strip() == "("]

    def expanded(sp: _Spec) -> bool:
        # (the words between are the long name's own: "Geert Wilders pulled his Freedom Party (PVV)" is no long name
        # of the PVV; session 46)
        return any(0 < o - sp.end <= 30 and not any(c in text[sp.end:o] for c in ",.;)") and all(
            w[:1].isupper() or w.lower() in _NAME_LINKS or "-" in w for w in text[sp.end:o - 1].split())
            for o in bracketed)
    titled_keys = {sp.key for sp in titled}
    # an Arabic name a few words after a title's span is its holder: "شيخ قبيلة X فلان", "وزير الدفاع الفريق أول
    # فلان" -- the title already stands for the person (the structure stage would read the name as a second actor,
    # the verb's object); the words between are the title's complement or a rank, with no punctuation
    # (a rebel's "title" is mostly a camp's adjective, "مرشح اليمين المتشدد فلان": a label, no office the name holds)
    titles = [o for o in specs if o.res.code and o.res.role and o.res.role != "REB" and o.kind == "person"
              and o.res.basis.startswith("title")]

    def place_name(sp: _Spec) -> bool:
        """The Arabic tagger's person that names a place: a name right after a place's head noun ("بكنيسة X"،
        "جزيرتي X وY"، "في حي أبو X": cue ``named_place_head``, a proclitic و ف ب ل allowed on the head)."""
        if sp.name.isascii():
            return False
        before = text[max(0, sp.start - 30):sp.start].split()
        head = phrase_key(before[-1]) if before and text[sp.start - 1:sp.start].isspace() else ""
        return bool(head) and (
            head in place_heads or head[:1] in _AR_PROCLITICS and phrase_key(before[-1][1:]) in place_heads)

    def title_holder(sp: _Spec) -> bool:
        return not sp.name.isascii() and any(
            0 <= sp.start - o.end <= 24 and not any(c in text[o.end:sp.start] for c in _TITLE_GAP_STOPS)
            and len(text[o.end:sp.start].split()) <= _TITLE_GAP_WORDS for o in titles)

    def left(key: tuple, sps: list[_Spec]) -> bool:
        first = min(sps, key=_span_key).sentence
        if key in titled_keys and first > 0 and others(first - 1):
            return False   # (a titled official right after a sentence of another country is often its: "Germany
            # criticised the decision.  Economy Minister X warned …"; "Washington's confidence …  Treasury
            # Secretary X also praised …", s47)
        return not (key in coded or others(first) or any(map(expanded, sps)) or any(map(title_holder, sps))
                    or any(map(place_name, sps))
                    or any(_OWNED_TITLE.search(text, max(0, sp.start - 40), sp.start) for sp in sps))
    # (the document's country count below reads the place names of every token, against one sentence's for a name:
    # it waits until some name is left -- most names' sentences name another country; session 47, SPD47)
    if not any(left(key, sps) for key, sps in keys.items()):
        return
    ctx, multi = _doc_countries(doc, specs, set())
    # (the story is the dateline country's by the test of the bare roles, home_country.dominates -- its share, or
    # half and twice any other's: the Buenos Aires election story whose US officials are a third; session 47)
    led = not home_country.dominates(home, ctx, sum(ctx.values()) + len(multi))
    headline = _title_names(doc, specs, home) if led else True
    if headline is None:
        # (session 53, GAPEN53) a headline naming no country names the story's people: one of the unknown persons
        # ("Connolly elected president in landslide as Humphreys concedes"), not a company page's brands alone
        t0 = next((s.start for s in doc.sentences if s.segment_kind == "title"), -1)
        t1 = next((s.end for s in doc.sentences if s.segment_kind == "title"), -1)
        headline = None if any(sp.kind == "person" and t0 <= sp.start < t1 for sp in unknown) else False
    if led and not (ctx and ctx.get(home, 0) == max(ctx.values()) and _lead_names_only(doc, others)
                    and headline is not False):
        # (session 49 GAPEN49: or, for persons, the story the home country leads -- its most named, the lead
        # naming no other country -- as home_country's bare roles: "BUCHAREST - Romania's Constitutional Court
        # annulled … Georgescu and his rival Elena Lasconi both condemned the ruling", Russia named in the foreign
        # reactions; not a company of a business page, "Hanjin said it had signed a deal with Germany's …")
        return
    for key, sps in keys.items():
        if led and sps[0].kind != "person":
            continue
        if headline is None and not any(len(sp.name.split()) >= 2 for sp in sps):
            continue   # (session 53, GAPEN53) a headline naming no country ("Connolly elected president in
            # landslide as Humphreys concedes", a DUBLIN lead naming Ireland alone): a person written once with
            # a first name, "Heather Humphreys" -- not a one-word brand the tagger calls a person ("Hanjin")
        if not left(key, sps):
            continue
        for sp in sps:
            r = sp.res
            role = r.role if r.code and r.code == r.role else None
            sp.res = Resolution(code=home + (role or ""), country=home, role=role, kind=r.kind or sp.kind,
                                name_en=sp.name, basis="home", main=home)
            sp.resolved = True


# (session 55, GAPEN55B) "Chega leader Andre Ventura": a capitalised name of two or three words right after a
# capitalised word (a party's name) and "leader"
_PARTY_LEADER_NAME_EN = re.compile(
    r"(?<![\w'’])[A-Z][\w&-]*\s+(?:leader|co-leader)\s+((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,2}"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![-'’])")


def _party_leader_untagged_en(doc: Document, specs: list[_Spec]) -> None:
    """"Chega leader Andre Ventura accused …": the tagger often reads no person in a party leader's name after the
    party's own (a foreign word) and "leader"; such a name that no actor span touches becomes an unknown person (its
    surname links its later mentions, ``_surnames``; its country is ``_party_names_en``'s or
    ``_home_story_names_en``'s).  English sentences only."""
    text = doc.text
    if " leader " not in text and " co-leader " not in text:
        return
    starts = [x.start for x in doc.sentences]
    for m in _PARTY_LEADER_NAME_EN.finditer(text):
        s, e = m.span(1)
        si = bisect.bisect_right(starts, s) - 1
        if si < 0 or (doc.sentences[si].lang or doc.lang) != "en" or doc.sentences[si].segment_kind in SKIP_KINDS:
            continue
        if any(o.start < e and s < o.end for o in specs):
            continue
        name = text[s:e]
        res = Resolution(code=None, country=None, role=None, kind="person", basis="unresolved", name_en=name)
        sp = _Spec(("M", clean_word(name)), res, s, e, [], "person", False, name, si)
        sp.surname_keys = [phrase_key(surname_word(name))]
        specs.append(sp)


# (session 55, GAPEN55B) a party politician's tie written beside the name: "X, leader of the largest opposition
# party, …", "X of the ruling Libre party" (after it); "opposition leader X", "party rival X" (before it)
_PARTY_AFTER_EN = re.compile(
    r",?\s+(?:(?:the\s+)?(?:leader|head|chairman|chairwoman|co-leader|candidate|founder)\s+of|of)\s+(?:the|his|her)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:[Pp]arty|[Oo]pposition)\b")
_PARTY_BEFORE_EN = re.compile(
    r"(?:\b(?:[Pp]arty|[Oo]pposition)\s+(?:leader|co-leader|rival|candidate|chief|chairman|chairwoman|figure)"
    r"|(?<![\w'’])[A-Z][\w&-]*\s+(?:leader|co-leader))\s+$")   # (also "Chega leader X": a party's name)
# the dateline country's least share of the story's country mentions for its party politicians (a story of the
# home country and one foreign power: Honduras 11 of 28 beside the United States' 15)
_PARTY_HOME_SHARE = 1 / 3


def _party_names_en(doc: Document, specs: list[_Spec]) -> None:
    """"BRATISLAVA - … Michal Simecka, leader of the largest opposition party, Progressive Slovakia, called on Fico to
    resign … Simecka accused Fico …": an unknown English person written as a party's politician (``_PARTY_AFTER_EN``,
    ``_PARTY_BEFORE_EN``) is of the dateline's country -- domestic parties are the country's the story is filed from
    -- when the sentence of that mention names no other country and the dateline's country holds a third of the
    story's country mentions.  ``_home_story_names_en`` asks more (a home story, or one it leads with a lead naming no
    other country), which a story of a home and a foreign power (the US president's threats in an election story,
    Moscow in a protest story) does not give.  The name's other mentions go with it (one key)."""
    cands = [sp for sp in _unknown_names_en(specs) if len(sp.name.split()) >= 2]
    if not cands:
        return
    text = doc.text
    tied = {}
    for sp in cands:
        lo = max(0, sp.start - 40)
        if sp.key not in tied and (_PARTY_AFTER_EN.match(text, sp.end) or _PARTY_BEFORE_EN.search(
                text, lo, sp.start)) and not _OWNED_TITLE.search(text, lo, sp.start):
            tied[sp.key] = sp
    if not tied:
        return
    home = _dateline_country(doc)
    if not home:
        return
    from ..geo.match import context_countries
    triples, texts = token_triples(doc), token_texts(doc)

    def foreign(si: int) -> bool:
        s = doc.sentences[si]
        single, amb = context_countries(text, triples[s.token_start:s.token_end], texts[s.token_start:s.token_end])
        got = set(single) | {o.res.country for o in specs if o.sentence == si and o.res.country}
        return bool(got - {home}) or any(home not in m for m in amb)
    tied = {k: sp for k, sp in tied.items() if not foreign(sp.sentence)}
    if not tied:
        return
    ctx, multi = _doc_countries(doc, specs, set())
    if ctx.get(home, 0) < _PARTY_HOME_SHARE * (sum(ctx.values()) + len(multi)):
        return
    for sp in specs:
        if sp.key in tied and not sp.res.code:
            sp.res = Resolution(code=home, country=home, role=None, kind="person", name_en=sp.name, basis="home",
                                main=home)
            sp.resolved = True


def _title_names(doc: Document, specs: list, home: str) -> Optional[bool]:
    """Does the headline name ``home`` (a place, a nationality or an actor of that country)?  A story the home country
    only leads is its politics when the headline says so ("Romania's top court annuls presidential vote"), not a
    company's or a court's page ("Brightwave wins patent battle against rival Corvex").  None: a headline naming no
    country at all (session 53)."""
    from ..geo.match import context_countries
    si = next((i for i, s in enumerate(doc.sentences) if s.segment_kind == "title"), None)
    if si is None:
        return False
    s = doc.sentences[si]
    single, _ = context_countries(doc.text, token_triples(doc)[s.token_start:s.token_end],
                                  token_texts(doc)[s.token_start:s.token_end])
    named = set(single) | {sp.res.country for sp in specs if sp.sentence == si and sp.res.country}
    return home in named or (None if not named else False)


def _lead_names_only(doc: Document, others) -> bool:
    """Does the lead (the first body sentence) name no country but the dateline's (``others``: a sentence's other
    countries)?"""
    si = next((i for i, s in enumerate(doc.sentences) if s.segment_kind == "body"), None)
    return si is not None and not others(si)


_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?")


def _name_of_body_en(doc: Document, specs: list[_Spec]) -> None:
    """"… 41 percent for Kim of the People Power Party", "Mher Grigoryan of Armenia and Shahin Mustafayev of
    Azerbaijan": an unknown English person's name right before "of (the)" and a coded organisation or country is
    that body's member (the person takes its code, and the name's other mentions too: one key)."""
    text = doc.text
    bodies = {sp.start: sp for sp in specs if sp.res.code and sp.kind in ("organisation", "country")}
    if not bodies:
        return
    took: dict[tuple, Resolution] = {}
    for sp in _unknown_names_en(specs):
        m = _OF_BODY.match(text, sp.end)
        body = bodies.get(m.end()) if m else None
        if body is not None and sp.key not in took:
            r = body.res
            took[sp.key] = Resolution(code=r.code, country=r.country, role=r.role, kind="person", name_en=sp.name,
                                      basis="of_body", main=r.main)
    for sp in specs:
        got = took.get(sp.key)
        if got is not None and not sp.res.code:
            sp.res, sp.resolved = got, True


def _relative_leader(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"Jimmy Cherizier, who leads the G9 gang coalition, warned …", "X, the former police officer who heads the
    militia, …": an unknown English name with no code followed by a relative clause whose verb is of cue ``lead_rel``
    (leads, heads, commands …) is the leader of the first named body after that verb in the clause (not a country):
    the person takes its code, and a later surname alone too (session 23 ENX2)."""
    verbs = lex.cues.get("lead_rel")
    if not verbs:
        return
    text = doc.text
    for sp in _unknown_names_en(specs):
        m = _WHO_REL.match(text, sp.end)
        if m is None or phrase_key(m.group(1)) not in verbs:
            continue
        body = min((o for o in specs if m.end(1) < o.start < m.end() and o.res.code and o.kind != "country"
                    and o.res.code != sp.res.code), key=_span_key, default=None)
        if body is None:
            continue
        r = body.res
        sp.res = Resolution(code=r.code, country=r.country, role=r.role, kind="person", name_en=sp.name,
                            basis="rel+leader", main=r.main)
        sp.resolved = True


_AIDE_APPOS = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,4}?)?([a-z]+)\s+(?:to|of|for)\s+(?:the\s+)?")
# (without an article the head noun stands right after the comma: "X, head of the …", "X, adviser to …"; session 44)
_STATE_BODY_ROLES = frozenset(("GOV", "MIL", "SPY", "LEG", "JUD", "COP", "DIP"))


def _aide_apposition(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"Hikmet Hajiyev, a foreign policy aide to Aliyev, accused Tehran …": an unknown English name with no code followed
    by an apposition whose head noun is of cue ``aide_head`` (aide, adviser, spokesman, envoy …) and to / of / for + a
    person or state body with a country is that country's government official (session 32)."""
    heads = lex.cues.get("aide_head")
    if not heads:
        return
    bodies = lex.cues.get("body_head") or ()
    text = doc.text
    for sp in _unknown_names_en(specs):
        m = _AIDE_APPOS.match(text, sp.end)
        if m is not None and phrase_key(m.group(1)) in bodies and m.group(0).split()[1] in ("the", m.group(1)):
            # "Yevgeny Prigozhin, the head of Russia's Wagner mercenary group, …": the body's leader (session 35)
            body = next((o for o in specs if o.start == m.end() and o.res.code
                         and not (o.kind == "person" and o.res.basis == "lexicon")), None)   # (not a named person)
            if body is None:
                # (session 44) "Masaaki Kanai, head of the Japanese foreign ministry's Asian Affairs Bureau, urged …":
                # the body's name may open with its owner's words; the first coded body (no named person, no bare
                # country) inside the apposition, up to its closing comma
                close = text.find(",", m.end())
                body = min((o for o in specs if m.end() <= o.start and 0 <= close and o.end <= close and o.res.code
                            and o.res.country and o.kind != "country"
                            and not (o.kind == "person" and o.res.basis == "lexicon")),
                           key=lambda o: o.start, default=None)
            if body is not None:
                r, own = body.res, sp.res   # (in place: a later bare surname shares the name's resolution)
                own.code, own.country, own.role, own.main, own.basis = r.code, r.country, r.role, r.main, "head+body"
                own.kind, own.name_en = "person", own.name_en or sp.name
                sp.resolved = True
            continue
        if m is None or phrase_key(m.group(1)) not in heads:
            continue
        owner = next((o for o in specs if o.start == m.end() and o.res.country
                      and (o.kind in ("person", "country") or o.res.role in _STATE_BODY_ROLES)), None)
        if owner is None:
            continue
        c = owner.res.country
        sp.res = Resolution(code=c + "GOV", country=c, role="GOV", kind="person", name_en=sp.name, basis="aide+owner")
        sp.resolved = True


def _possessive_aide_en(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"U.N. Secretary-General Antonio Guterres will not seek …, his spokesman Stephane Dujarric said": an English title
    phrase opened by his / her whose head is of cue ``aide_head`` (spokesman, aide, adviser …), with no country or
    international code of its own, speaks for the nearest named person before it in its sentence or the one before,
    whose code it takes (session 37)."""
    heads = lex.cues.get("aide_head")
    if not heads:
        return
    text = doc.text
    for sp in specs:
        if sp.res.country or (sp.res.code or "")[:3] in NONSTATE_TOPS or text[max(0, sp.start - 4):sp.start] \
                not in ("his ", "her ", "His ", "Her "):
            continue
        words = text[sp.start:sp.end].split()
        if not words or phrase_key(words[0]) not in heads:
            continue
        owner = max((o for o in specs if o is not sp and o.end <= sp.start and o.kind == "person" and o.res.code
                     and (o.res.country or o.res.code[:3] in NONSTATE_TOPS) and sp.sentence - 1 <= o.sentence),
                    key=lambda o: o.start, default=None)
        if owner is None:
            continue
        r = owner.res
        sp.res = Resolution(code=r.code, country=r.country, role=r.role, kind="person", main=r.main,
                            name_en=sp.res.name_en, basis="aide+owner")
        sp.key = ("A", r.code, sp.start)
        sp.resolved = True


_THE = re.compile("The|the")   # (the literal opening of _the_nouns' patterns, for _skim)


_TITLE_GAP = re.compile(r"(?: of(?: [A-Za-z][A-Za-z'-]*){1,5})?, ")


def _title_apposition(doc: Document, specs: list[_Spec]) -> None:
    """"suspended the governor of the Federal District, Ibaneis Rocha, from office", "the head of the election
    commission, Jane Doe, said": an unknown English name with no code set off by commas right after a title phrase
    (a person of a role, with a code; an "of" + up to five words between, no other actor there) is that title's
    holder: the name takes the title's code, and a later surname alone too ("Rocha, who had fired …, apologised";
    session 32 FIXEN)."""
    text = doc.text
    titles = [o for o in specs if o.kind == "person" and o.res.code and o.res.basis in ("title", "title+nationality")
              and text[o.start:o.end].isascii()]
    if not titles:
        return
    for sp in _unknown_names_en(specs):
        if sp.end < len(text) and text[sp.end] not in ",.;":
            continue   # (the name closes the apposition)
        t = max((o for o in titles if o.end < sp.start and o.sentence == sp.sentence), key=lambda o: o.end, default=None)
        if t is None or not _TITLE_GAP.fullmatch(text, t.end, sp.start) \
                or any(t.end <= o.start < sp.start for o in specs if o is not t):
            continue
        r = t.res
        sp.res = Resolution(code=r.code, country=r.country, role=r.role, kind="person", name_en=sp.name,
                            basis="title+apposition", main=r.main)
        sp.resolved = True


def _english_sentences(doc: Document) -> bool:
    """Has the document an English sentence?  None: :func:`_the_nouns` yields nothing, and a pass acting only on its
    matches (:func:`_head_noun_anaphor`, :func:`_group_anaphor_en`) is skipped before its own set-up (an Arabic
    article: session 43, SPD43)."""
    lang = doc.lang
    return any((s.lang or lang) == "en" for s in doc.sentences)


def _the_nouns(doc: Document, pat):
    """(match, sentence index) of each "the <noun>" of ``pat`` in an English sentence, the noun in lower case and not
    before "of" + a noun (shared by _igo_anaphor and _body_anaphor)."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    # (every such pattern opens with \b[Tt]he, case-sensitive: it is tried only where "the" / "The" stands, not at
    # every character; an Arabic article has none: session 32, SPD32)
    for m in _skim(pat, _THE, 0, text):
        s, e = m.span(1)
        if text[s:e] != text[s:e].lower() or _OF_NOUN.match(text, e):
            continue
        si = bisect.bisect_right(starts, s) - 1
        if si >= 0 and (doc.sentences[si].lang or doc.lang) == "en":
            yield m, si


_ARMED_ROLES = frozenset({"REB", "INS", "UAF", "SEP", "RAD"})


def _group_anaphors_en():
    """group_anaphor_en.tsv: the compiled "the <noun>" pattern."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        nouns = [r["form"].strip().lower() for r in read_tsv_dicts(data_path("actors", "group_anaphor_en.tsv"))
                 if r.get("form", "").strip()]
        return re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + r")\b(?!-)")
    from ..resources import cached
    return cached("actors.group_anaphor_en", load)


def _group_anaphor_en(doc: Document) -> None:
    """"The ELN admitted … The group later blamed army operations", "if the group kept taking civilians hostage": an
    English "the" + a noun of group_anaphor_en.tsv that no actor covers is the armed non-state group (REB, INS, UAF, SEP,
    RAD) named last before it, when the nearest named organisation before it is that group; the group's actor takes the
    span (session 34).  Run on the merged actors: an acronym ("ELN") is resolved only by the merge."""
    if not _english_sentences(doc) or not any(a.role in _ARMED_ROLES and a.code != a.role and a.kind == "organisation"
                                              for a in doc.actors):
        return
    text = doc.text
    for m, _ in _the_nouns(doc, _group_anaphors_en()):
        s, e = m.span(1)
        if any(a0 < e and s < b0 for a in doc.actors for a0, b0 in a.spans):
            continue
        ante, at = None, -1
        for a in doc.actors:
            if a.kind != "organisation" or not a.code or a.code == a.role or a.basis in ("anaphora", "metonym"):
                continue
            for a0, b0 in a.spans:
                if b0 <= s and b0 > at and text[a0:b0][:1].isupper():
                    ante, at = a, b0
        if ante is not None and ante.role in _ARMED_ROLES:
            ante.spans = sorted(ante.spans + [(s, e)])


def _igo_anaphor(doc: Document, specs: list[_Spec]) -> None:
    """"Armenia froze its participation in the Collective Security Treaty Organization … accusing the alliance of …":
    an English "the" + a noun of igo_anaphor.tsv (alliance, bloc, union …) is the intergovernmental organisation named
    before it, when the nearest named organisation before it is that IGO (and its name holds the row's word: "the
    union" is a Union); one actor with both spans.  A noun another reading made a country-less role ("union" LAB)
    takes the IGO; one with a country or a name is kept.  Not before "of" + a noun ("the union of journalists"; "accused
    the union of imposing …" is read)."""
    text = doc.text
    if "IGO" not in "".join(sp.res.code or "" for sp in specs if sp.kind == "organisation"):
        return
    nouns, pat = _igo_anaphors()
    for m, si in _the_nouns(doc, pat):
        s, e = m.span(1)
        named = [o for o in specs if o.end <= s and o.kind == "organisation" and o.res.code and o.res.code != o.res.role
                 and o.res.basis not in ("anaphora", "metonym", "title+nationality") and text[o.start:o.end][:1].isupper()]
        word = nouns[text[s:e].lower()]
        if word:   # "the assembly": the nearest IGO whose name holds the word, past other bodies (session 39)
            named = [o for o in named if word in " ".join((o.res.name_en or "", text[o.start:o.end])).lower()]
        ante = max(named, key=_span_key, default=None)
        if ante is None or not ante.res.code.startswith("IGO"):
            continue
        _adopt_antecedent(specs, ante, s, e, si, m.start(), len(text))   # (not a longer name or a reading of its own)


_THE_LEADERS = re.compile(r"\b[Tt]he\s+(leaders)\b(?!-)")
_LEADERS = re.compile(r"\bleaders\b")


def _igo_leaders_anaphor(doc: Document, specs: list[_Spec]) -> None:
    """(Session 53, GAPEN53C) "Group of Seven leaders branded Iran … .  The leaders said … and urged …": an English
    "the leaders" whose nearest "leaders" before it in the article came right after an IGO's name ("G7 leaders", "EU
    leaders") is that IGO's summit (one actor with both spans).  Any other antecedent ("Arab leaders", "the two
    leaders" of a meeting) leaves it unread."""
    if "leaders" not in doc.text or not any(sp.kind == "organisation" and (sp.res.code or "").startswith("IGO")
                                            for sp in specs):
        return
    text = doc.text
    for m, si in _the_nouns(doc, _THE_LEADERS):
        s, e = m.span(1)
        prev = [x for x in _LEADERS.finditer(text, 0, m.start())]
        if not prev:
            continue
        p0 = prev[-1].start()
        ante = max((o for o in specs if o.kind == "organisation" and (o.res.code or "").startswith("IGO")
                    and o.end <= p0 and not text[o.end:p0].strip() and text[o.start:o.end][:1].isupper()),
                   key=_span_key, default=None)
        if ante is not None:
            _adopt_antecedent(specs, ante, s, e, si, m.start(), len(text))


def _definite_alts(forms) -> str:
    """The regex alternation of definite Arabic nouns with their proclitics (الوكالة، بالوكالة، كالوكالة، للوكالة),
    longest first: shared by the IGO and the body head-noun anaphors."""
    return "|".join("(?:[بك]?" + re.escape(f) + "|لل" + re.escape(f[2:]) + ")" for f in sorted(forms, key=len, reverse=True))


def _igo_anaphors_ar() -> tuple:
    """igo_anaphor_ar.tsv: ({form: the word the IGO's Arabic name must hold ('' for any)}, the compiled pattern)."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        forms = {r["form"].strip(): r.get("name_word", "").strip()
                 for r in read_tsv_dicts(data_path("actors", "igo_anaphor_ar.tsv")) if r.get("form", "").strip()}
        return forms, re.compile(r"(?<!\w)[وف]?(" + _definite_alts(forms) + r")(?!\w)")
    from ..resources import cached
    return cached("actors.igo_anaphor_ar", load)


_IGO_AR_LEAD = 4   # [وف]? + [بك]? + ال, or [وف]? + لل: the characters before a form's stem in _igo_anaphors_ar's pattern


def _igo_stems_ar():
    """The stems of the igo_anaphor_ar.tsv forms (each without its first two letters: الوكالة, بالوكالة and للوكالة all
    hold وكالة, at most :data:`_IGO_AR_LEAD` characters after the match's start), as a regex for :func:`_skim`; None
    when a form is too short to have one."""
    def load():
        forms, _ = _igo_anaphors_ar()
        stems = sorted({f[2:] for f in forms}, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, stems))) if stems and all(stems) else None
    from ..resources import cached
    return cached("actors.igo_anaphor_ar.stems", load)


def _igo_holders_ar() -> dict:
    """igo_anaphor_ar.tsv: {form: the title word of an IGO reading that stands in for the name word} (session 49)."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        return {r["form"].strip(): r["holder_word"].strip()
                for r in read_tsv_dicts(data_path("actors", "igo_anaphor_ar.tsv"))
                if r.get("form", "").strip() and r.get("holder_word", "").strip()}
    from ..resources import cached
    return cached("actors.igo_holders_ar", load)


def _igo_holder(text: str, specs: list[_Spec], s: int, word: str):
    """(session 49, gapar49) "المبعوثة الأممية إلى ليبيا هانا تيتيه … ودعت البعثة إلى …": the last reading of an IGO
    named before ``s`` whose title holds ``word`` (igo_anaphor_ar.tsv holder_word: مبعوث), whose mission the anaphor
    is though no IGO name holds the name word or another body was named in between; else None."""
    if not word:
        return None
    held = [o for o in specs if o.end <= s and (o.res.code or "").startswith("IGO")
            and word in text[o.start:o.end]]
    return max(held, key=_span_key, default=None)


_NGO_ANAPHOR_AR = frozenset({"المنظمة"})   # igo_anaphor_ar.tsv forms an NGO's name holds too (session 55, gapar55b)


def _igo_anaphor_ar(doc: Document, specs: list[_Spec]) -> None:
    """"سحبت إيران اعتماد مفتشين من الوكالة الدولية للطاقة الذرية … ونددت الوكالة بالقرار"، "إذا أصدر مجلس المحافظين
    قرارا": the Arabic side of :func:`_igo_anaphor` (session 24, B11AR): a definite noun or an organ of
    igo_anaphor_ar.tsv is the intergovernmental organisation named before it, when the nearest named organisation
    before it is that IGO and its Arabic name holds the row's word (الوكالة: a وكالة), and no indefinite "وكالة …"
    (a news agency) is written in between.  A reading of the words without a country or a name (المحافظين GOV) takes
    the IGO; one with a country or a name is kept."""
    text = doc.text
    codes = "".join(sp.res.code or "" for sp in specs if sp.kind == "organisation")
    if "IGO" not in codes and "NGO" not in codes:
        return
    forms, pat = _igo_anaphors_ar()
    holders = _igo_holders_ar()
    starts = [x.start for x in doc.sentences]
    stems = _igo_stems_ar()
    # (the scan from the stems: the pattern's own, tried at every character, was ~0.17 ms an article; session 32)
    for m in (_skim(pat, stems, _IGO_AR_LEAD, text) if stems is not None else pat.finditer(text)):
        s, e = m.span(1)
        si = bisect.bisect_right(starts, s) - 1
        if si < 0 or (doc.sentences[si].lang or doc.lang) != "ar":
            continue
        named = [o for o in specs if o.end <= s and o.kind == "organisation" and o.res.code and o.res.code != o.res.role
                 and o.res.basis not in ("anaphora", "metonym", "title+nationality")]
        ante = max(named, key=_span_key, default=None)
        word = m.group(1)
        form = word if word in forms else next((f for f in forms if word.endswith(f) or word.endswith(f[2:])), "")
        need = forms.get(form, "")
        # (the word may also head the IGO's name just before it: "بعثة الأمم المتحدة للدعم في ليبيا … البعثة")
        # (session 55, gapar55b) "ونددت منظمة مراسلون بلا حدود … ودعت المنظمة الدول …": المنظمة also names back a
        # non-governmental organisation named before it (NGO…, its name holding منظمة); before, the clause had no source
        tops = ("IGO", "NGO") if form in _NGO_ANAPHOR_AR else ("IGO",)
        if ante is None or not ante.res.code.startswith(tops) or need and (
                not any(need in text[max(0, o.start - len(need) - 2):o.end]
                        for o in named if o.res.code == ante.res.code)
                or re.search(r"(?<!ال)(?<!\w)" + re.escape(need), text[ante.end:s])):
            # (session 55, gapar55b: the word may be held by an earlier naming of the same IGO -- "المفوضية الأوروبية …
            # الاتحاد الأوروبي … المفوضية" -- or stand just before it, "مفوضية المجموعة"; before, only the nearest's)
            # (an indefinite وكالة in between: a news agency)
            ante = _igo_holder(text, specs, s, holders.get(form, ""))
            if ante is None:
                continue
        _adopt_antecedent(specs, ante, s, e, si, s, e)   # (not a longer name or a reading of its own)


def _body_heads_ar() -> tuple:
    """body_head_ar.tsv: ({form: the word the antecedent's name must hold}, the compiled pattern)."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        forms = {r["form"].strip(): r["name_word"].strip()
                 for r in read_tsv_dicts(data_path("actors", "body_head_ar.tsv")) if r.get("form", "").strip()}
        alts = _definite_alts(forms)
        # (not before a definite word: "المجلس الأعلى للدولة" is another name, not the council named before -- but
        # a definite time word may follow: _body_head_anaphor_ar reads the next word; REVIEW33)
        return forms, re.compile(r"(?<!\w)[وف]?(" + alts + r")(?!\w)(?:\s+(?=(?:ال|لل)\w)(\w+))?")
    from ..resources import cached
    return cached("actors.body_head_ar", load)


def _coding_cue_ar(w: str) -> dict:
    """The Arabic coding lexicon's cues of the normalised word ``w`` (cue ``time``: اليوم، الاثنين …)."""
    from ..coding.structure import get_lexicon as coding_lexicon
    return coding_lexicon("ar").cue(w)


def _body_head_anaphor_ar(doc: Document, specs: list[_Spec], spokes=(), attributes=()) -> None:
    """"قرر المجلس الوزاري للأمن الوطني … كما قرر المجلس تقديم شكوى": an Arabic definite head noun of body_head_ar.tsv
    (المجلس، اللجنة، الهيئة) standing alone is the nearest body named before it whose name holds the row's word
    (مجلس), whatever its code -- a state's council without its country too (the story's country is given to it
    later, as to its first mention).  Before session 33 such a subject had no reading at all and its clause no
    source.  A reading of the words with a country or a name of its own is kept."""
    text = doc.text
    forms, pat = _body_heads_ar()
    if not any(f[2:] in text for f in forms):   # (a stem of no form in the text: skip the scan)
        return
    starts = [x.start for x in doc.sentences]
    for m in pat.finditer(text):
        s, e = m.span(1)
        si = bisect.bisect_right(starts, s) - 1
        if si < 0 or (doc.sentences[si].lang or doc.lang) != "ar":
            continue
        if m.group(2) and "time" not in _coding_cue_ar(normalize(m.group(2))) \
                and not any(o.start == m.start(2) and (o.res.kind == "person" or _object_after_head(o, m, attributes))
                            for o in specs):
            continue   # (REVIEW33: "وطالب المجلس الاثنين …", "وقال المجلس اليوم": a day / time word names no other body;
            # session 38: nor does a person's title after it, "المتحدث باسم المجلس العقيد أمادو عبد الرحمن")
        word = m.group(1)
        need = next((w for f, w in forms.items() if word.endswith(f[2:])), "")
        named = [o for o in specs if o.end <= s and o.res.code and o.kind != "country"
                 and o.res.basis not in ("anaphora", "metonym") and need in text[o.start:o.end]]
        ante = max(named, key=_span_key, default=None)
        if ante is not None:
            _adopt_antecedent(specs, ante, s, e, si, s, e)
            if m.group(2) and spokes:
                _body_spokesman(doc, specs, ante, s, e, spokes)


def _object_after_head(o: _Spec, m: re.Match, attributes) -> bool:
    """(session 51) "واتهم الاتحاد الحكومة بالتنصل"، "وطالب الاتحاد النيابة العمومية": an actor read from the definite
    word right after a bare body head, a noun and no adjective of a name (:func:`_definite_noun_not_adjective`), is
    the verb's object -- the head stands alone and names back the body ("المجلس الأعلى" and "الاتحاد الأوروبي" go on
    with adjectives and stay other names)."""
    return o.end > m.end(2) - 1 and o.res.code is not None and o.kind != "person" \
        and _definite_noun_not_adjective(clean_word(m.group(2)), attributes)


def _listed_after(specs: list[_Spec], end: int, gap: int) -> Optional[_Spec]:
    """A listed person in a dated role (people.tsv, not expired) starting ``gap`` to 2 characters after ``end``: the
    spokesperson named right after "المتحدث باسم <body>" (session 38 PPL38)."""
    return next((o for o in specs if o.kind == "person" and o.res.basis == "lexicon" and o.res.code
                 and not o.res.expired and gap <= o.start - end <= 2), None)


def _body_spokesman(doc: Document, specs: list[_Spec], ante: _Spec, s: int, e: int, spokes) -> None:
    """(session 38) "واتهم المتحدث باسم المجلس العقيد أمادو عبد الرحمن …": the spokesperson named right after a body
    anaphor after باسم speaks for the body (as :func:`_spokesman` reads a body named in full; the anaphor is read only
    now, after the sentence's chunks)."""
    before = doc.text[max(0, s - 40):s].split()
    if len(before) < 2 or before[-1] != "باسم":
        return
    w = normalize(before[-2]).lstrip("و")
    if w not in spokes and w[2:] not in spokes:   # (the cue keys are the bare stems: متحدث، ناطق)
        return
    nxt = next((o for o in specs if o.kind == "person" and 0 < o.start - e <= 2 and not o.res.country), None)
    listed = _listed_after(specs, e, 1) if nxt is None else None
    if nxt is None and listed is None:
        return
    if nxt is None:
        nxt = listed   # a listed person in a dated role keeps the role's code (as in _spokesman; session 38 PPL38)
    else:
        nxt.key, nxt.res, nxt.resolved = ante.key, ante.res, ante.resolved   # (the body's own actor: it may take the
        # story's country later, as the body does)
    t0 = doc.text.rfind(before[-2], 0, s)
    for o in specs:   # (the title and the body are the spokesperson's phrase, as _spokesman widens it)
        if o.start == s and o.end == e:
            o.start = t0
    nxt.start = t0


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")   # "the island nation of Fiji"; not "accusing the Baltic state of hostility"


def _country_anaphors() -> tuple:
    """country_anaphor.tsv: ({form: {country codes}}, the compiled "the <form>" pattern, any case)."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        forms = {r["form"].strip().lower(): frozenset(r.get("countries", "").split())
                 for r in read_tsv_dicts(data_path("actors", "country_anaphor.tsv")) if r.get("form", "").strip()}
        alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
        return forms, re.compile(r"\b[Tt]he\s+(" + alts + r")\b(?!-)", re.I)
    from ..resources import cached
    return cached("actors.country_anaphor", load)


def _country_anaphor(doc: Document, specs: list[_Spec]) -> None:
    """"Russia expelled Estonia's ambassador, accusing the Baltic state of meddling", "the Gulf kingdom", "the island
    nation": an English "the" + a form of country_anaphor.tsv is the country of the nearest actor before it in the
    article whose country is one of the row's ("Estonia's ambassador", "Tallinn": Estonia; session 27 EN4); one actor
    with both spans.  Not before "of" + a name ("the island nation of Fiji" names it; "of hostility" is read).  A
    reading of the words without a country (phoenix "kingdom" GOV) takes the country; one with a country is kept."""
    if not any(sp.res.country for sp in specs):
        return
    text = doc.text
    if "the" not in text.lower():
        # every match holds t h e (the pattern's [Tt]he under re.I; no other character folds to t, h or e, checked
        # over all code points): a text without them (an Arabic article) has none, and the scan with no literal
        # prefix cost ~0.1 ms an article (session 29, SPEED3)
        return
    forms, pat = _country_anaphors()
    starts = [x.start for x in doc.sentences]
    for m in pat.finditer(text):
        s, e = m.span(1)
        si = bisect.bisect_right(starts, s) - 1
        if m.group(0)[:1] not in "Tt" or _OF_NAME.match(text, e) or si < 0 \
                or (doc.sentences[si].lang or doc.lang) != "en":
            continue
        _nearest_country(specs, forms.get(" ".join(text[s:e].lower().split())), s, e, si, m.start(), len(text))


def _nearest_country(specs: list[_Spec], codes, s: int, e: int, si: int, lo: int, hi: int) -> None:
    """The anaphor at s..e names the country of the nearest actor before it whose country is one of ``codes``
    ("Estonia's ambassador": Estonia, the country itself read): that country's actor takes the span (a new one when
    the article names the country only in a title)."""
    near = max((o for o in specs if o.end <= s and o.res.country in codes), key=_span_key, default=None) \
        if codes else None
    if near is None:
        return
    c = near.res.country
    ante = max((o for o in specs if o.kind == "country" and o.res.code == c == o.res.country), key=_span_key,
               default=None)
    if ante is None:
        ante = _Spec(("A", c, s), Resolution(code=c, country=c, role=None, kind="country", basis="anaphora", main=c),
                     s, e, (), "country", True, None, si)
    _adopt_antecedent(specs, ante, s, e, si, lo, hi)


def _country_anaphors_ar() -> tuple:
    """country_anaphor_ar.tsv: ({form: {country codes}}, the compiled pattern of the definite forms with their
    clitics: group 1 the word from its article (ال / لل), group 2 the form)."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        # (keyed by the form without its final ة: the pattern reads either spelling of it)
        forms = {r["form"].strip()[:-1]: frozenset(r.get("countries", "").split())
                 for r in read_tsv_dicts(data_path("actors", "country_anaphor_ar.tsv")) if r.get("form", "").strip()}
        alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        # (ال after ب / ك, or لل after ل: "بالمملكة"، "للمملكة"; the span starts at the article as other Arabic spans)
        return forms, re.compile(r"(?<![^\s«\"(])[وف]?[بك]?((?:ال|لل)(" + alts + r")[ةه])(?![^\s،,.:؛\"»)])")
    from ..resources import cached
    return cached("actors.country_anaphor_ar", load)


def _country_anaphor_ar(doc: Document, specs: list[_Spec]) -> None:
    """(session 47) "… ولي العهد السعودي … وشكر عون المملكة على وقوفها …": a bare definite noun of
    country_anaphor_ar.tsv (the kingdom, the sultanate) is the country of the nearest actor before it in the article
    whose country is one of the row's; one actor with the country's spans (as :func:`_country_anaphor` for English).
    Not before a nisba or المتحدة (a full name: المملكة المتحدة، المملكة العربية السعودية)."""
    if not any(sp.res.country for sp in specs):
        return
    text = doc.text
    if "مملك" not in text and "سلطن" not in text:
        return
    forms, pat = _country_anaphors_ar()
    starts = [x.start for x in doc.sentences]
    for m in pat.finditer(text):
        s, e = m.span(1)
        nxt = text[e:e + 20].split()[:1]
        if nxt and (normalize(nxt[0]).startswith("ال") and normalize(nxt[0].rstrip("،,.")).endswith(("ي", "يه", "ه"))):
            continue   # ("المملكة المتحدة"، "المملكة العربية السعودية"، "السلطنة العمانية": a name of its own)
        si = bisect.bisect_right(starts, s) - 1
        if si < 0:
            continue
        _nearest_country(specs, forms.get(m.group(2)), s, e, si, m.start(), len(text))


def _body_anaphors() -> tuple:
    """body_anaphor.tsv: ({noun: (role of the antecedent, {words one of which its name holds})}, "the <noun>" pattern)."""
    def load():
        from ..resources import data_path, read_tsv_dicts
        nouns: dict = {}
        for r in read_tsv_dicts(data_path("actors", "body_anaphor.tsv")):
            form = r.get("form", "").strip().lower()
            if form:
                role, words = nouns.setdefault(form, (r["role"].strip(), set()))
                words.add(r["name_word"].strip().lower())
        alts = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
        return nouns, re.compile(r"\b[Tt]he\s+(" + alts + r")\b(?!-)")
    from ..resources import cached
    return cached("actors.body_anaphor", load)


def _body_anaphor(doc: Document, specs: list[_Spec]) -> None:
    """"… West Yorkshire Police said. … the force has set up a new unit": an English "the" + a noun of body_anaphor.tsv
    ("force") is the body of the row's role (COP) named before it, when the nearest security body before it (a police
    or army actor) has that role and the nearest one named in capitals with a word of the
    row (Police, Constabulary) is the antecedent; the noun's own reading (MIL from "forces") takes the antecedent's
    actor.  Not before "of" ("the force of the blast"); a reading with a country or a name is kept (session 24 OTH7,
    after _igo_anaphor)."""
    text = doc.text
    if "orce" not in text:   # (the one noun of the file today: skip the scan)
        return
    nouns, pat = _body_anaphors()
    security = ("COP", "MIL")
    for m, _ in _the_nouns(doc, pat):
        s, e = m.span(1)
        role, words = nouns[text[s:e].lower()]
        before = [o for o in specs if o.end <= m.start() and o.res.code and o.res.role in security
                  and o.res.basis not in ("anaphora", "metonym")]
        near = max(before, key=_span_key, default=None)
        if near is None or near.res.role != role:
            continue
        ante = max((o for o in before if o.res.role == role and text[o.start:o.start + 1].isupper()
                    and words & set(text[o.start:o.end].lower().split())), key=_span_key, default=None)
        if ante is None:
            continue
        _adopt_antecedent(specs, ante, s, e, 0, m.start(), len(text), add=False)


_THE_PLURAL = re.compile(r"\b[Tt]he\s+([a-z]{3,}s)\b(?!-)")


def _head_noun_anaphor(doc: Document, specs: list[_Spec]) -> None:
    """"A group of Gabonese army officers said … In a statement …, the officers, who called themselves …, said they had
    dissolved …": an English "the" + a plural noun that no reading gives a country names back the earlier actor whose
    phrase of two words or more ends with that noun, or is followed by it ("Gabonese army" + "officers": GABMIL),
    when the story's earlier actors ending with it are all of one country (not "Israeli soldiers … Lebanese soldiers … the soldiers").  One actor with
    both spans; a bare reading of the noun (MIL from "soldiers") takes the antecedent's; not before "of" + a noun
    (session 30, lead)."""
    if not _english_sentences(doc):
        return
    text = doc.text
    named = [o for o in specs if o.res.country and o.res.code and o.res.basis not in ("anaphora", "metonym")
             and " " in text[o.start:o.end].strip()]
    if not named:
        return
    for m, si in _the_nouns(doc, _THE_PLURAL):
        s, e = m.span(1)
        noun = text[s:e]
        after = " " + noun
        before = [o for o in named if o.end <= m.start()
                  and (text[o.start:o.end].rstrip().lower().endswith(after)
                       or (text.startswith(after, o.end) and not text[o.end + len(after):o.end + len(after) + 1].isalpha()))]
        if not before or len({o.res.country for o in before}) != 1:
            continue
        _adopt_antecedent(specs, max(before, key=_span_key), s, e, si, m.start(), len(text))
    _short_name_anaphor(doc, text, named, specs)


# (session 55, GAPEN55B) "the Guards", "the Brigades": the one capitalised plural word of a longer name said again
_THE_NAME_PLURAL = re.compile(r"\b[Tt]he\s+([A-Z][a-z]{3,}s)\b(?![-'’])")


def _short_name_anaphor(doc: Document, text: str, named: list, specs: list[_Spec]) -> None:
    """"… Revolutionary Guards naval forces seized the vessel …  The Guards said in a statement …, and accused its
    operators …": "the" + a capitalised plural word that an earlier coded actor's phrase of two words or more holds
    as a word of its name names that actor back (all such earlier actors of one country), as ``_head_noun_anaphor``
    does for a lower-case head noun ("the officers"); a reading of its own with a country or a name is kept."""
    starts = [x.start for x in doc.sentences]
    for m in _skim(_THE_NAME_PLURAL, _THE, 0, text):
        s, e = m.span(1)
        word = text[s:e]
        si = bisect.bisect_right(starts, s) - 1
        if si < 0 or (doc.sentences[si].lang or doc.lang) != "en" or _OF_NOUN.match(text, e):
            continue
        before = [o for o in named if o.end <= m.start() and word in text[o.start:o.end].split()]
        if not before or len({o.res.country for o in before}) != 1:
            continue
        _adopt_antecedent(specs, max(before, key=_span_key), m.start(), e, si, m.start(), len(text))


def _name_head(name: str) -> str:
    """The head noun of an English organisation name of two words or more: the word before "of" (International Court
    of Justice: Court), else the last word (European Commission: Commission); '' for a one-word name."""
    w = name.split()
    if len(w) < 2:
        return ""
    k = w.index("of") if "of" in w else len(w)
    return w[k - 1] if k >= 2 else ""


_NAME_KEYS = frozenset("MT")   # an unresolved name mention, a title phrase


def _named_org_head(doc: Document, specs: list[_Spec]) -> None:
    """"The European Commission imposed duties … Germany urged the Commission to …": an English capitalised word after
    "the" that the tables leave unknown or read as a country-less title (Commission, Court) is the organisation named in
    full before it whose English name has that head noun (:func:`_name_head`), when the document names one such organisation only
    (session 20, ENA; the Arabic first-word case is _bare_named_org)."""
    text = doc.text
    cands = [sp for sp in specs if sp.key[0] in _NAME_KEYS and sp.kind == "organisation" and not sp.res.country
             and not sp.res.main and text[sp.start:sp.start + 1].isupper() and text[sp.start:sp.end].isalpha()
             and text[max(0, sp.start - 4):sp.start].lower() == "the "]
    if not cands:
        return
    heads: dict = {}   # head noun -> the named organisations with it, in text order
    for o in specs:
        if o.kind == "organisation" and o.res.code and o.res.basis != "metonym" and " " in text[o.start:o.end]:
            h = _name_head(text[o.start:o.end])
            if h:
                heads.setdefault(h, []).append(o)
    if not heads:
        return
    for sp in cands:
        antes = [o for o in heads.get(text[sp.start:sp.end], ()) if o.end <= sp.start]
        if antes and len({o.key for o in antes}) == 1:
            o = antes[-1]
            sp.key, sp.res, sp.resolved = o.key, o.res, o.resolved


_QUOTED_GROUP = (re.compile(r'(?<![\w])(?P<h1>[وف]?\w+)\s*["«“](?P<n1>[^"»”\n]{2,40})["»”]'),
                 re.compile(r'["«“](?P<h2>\w+)\s+(?P<n2>[^"»”\n]{2,60})["»”]'))


_ACRONYM = re.compile(r"\s*\(([^()\n]{2,15})\)")
_OPEN_QUOTE = re.compile(r'["«“]')
_SPACE_CHAR = re.compile(r"\s")
_WORD_CHAR = re.compile(r"\w")


def _head_quote_matches(text: str) -> list:
    r"""``list(_QUOTED_GROUP[0].finditer(text))``, found from the quote marks.  The pattern has no literal prefix, so
    finditer tried it at every character (~0.27 ms an article); a match opens on the word that starts a \w run
    ((?<![\w]) then \w+) and ends right before ``\s*`` and an opening quote, so each opening quote at or after the
    last match's end gives one candidate start (its word, found backward with the pattern's own \s / \w classes),
    and the pattern is matched there (a lookbehind sees the text before ``pos``).  Candidates come in text order
    and the first that matches is finditer's leftmost, so the list is the same (session 29, SPEED3; tests/
    test_speed3_s29.py compares the two on random strings)."""
    pat = _QUOTED_GROUP[0]
    out = []
    pos = 0
    for q in _OPEN_QUOTE.finditer(text):
        j = q.start()
        if j < pos:
            continue   # inside the last match (a straight quote " also closes one)
        while j > pos and _SPACE_CHAR.match(text, j - 1):
            j -= 1
        p = j
        while p > pos and _WORD_CHAR.match(text, p - 1):
            p -= 1
        if p == j:
            continue   # no word right before the quote
        m = pat.match(text, p)
        if m:
            out.append(m)
            pos = m.end()
    return out


def _one_country(doc: Document, specs: list[_Spec], skip: list) -> Optional[str]:
    """The one country a document names (its actors and places outside ``skip``), else None."""
    ctx, _ = _doc_countries(doc, specs, {id(sp) for sp in skip})
    return next(iter(ctx)) if len(ctx) == 1 else None


# A text with no character of the Arabic block (U+0600-U+06FF: the only characters ``normalize`` folds into Arabic
# letters) has no word whose phrase key is an Arabic word, so a pass that acts only on the words of cue lists whose
# keys are all Arabic does nothing on it (an English story; session 43, SPD43: ~0.3 ms an English article).  Each such
# pass names its cue lists in a constant next to it (``_QUOTED_GROUP_CUES`` …) and asks :func:`_none_of_cues` first.
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_TEXT_SCRIPT: list = [None, False]   # the last text asked about, has it an Arabic-block character
_ARABIC_KEYS: dict = {}   # id(key set) -> (the key set, are all its keys Arabic)


def _none_of_cues(doc: Document, lex: Lexicon, cues: tuple) -> bool:
    """Is no word of the document one of the cue lists ``cues`` (names of ``lex.cues``), because the text has no
    Arabic-block character and every key of those lists holds an Arabic letter?  (False when it cannot tell: the
    pass then runs.)"""
    return _none_of_keys(doc, *(lex.cues.get(c, ()) for c in cues))


def _none_of_keys(doc: Document, *key_sets) -> bool:
    """:func:`_none_of_cues` for the key sets themselves."""
    text = doc.text
    st = _TEXT_SCRIPT
    if st[0] is not text:
        st[0], st[1] = text, _ARABIC_BLOCK.search(text) is not None
    if st[1]:
        return False
    for keys in key_sets:
        got = _ARABIC_KEYS.get(id(keys))
        if got is None or got[0] is not keys:   # (memoised per key set: the cue lists are built once)
            got = _ARABIC_KEYS[id(keys)] = (keys, all(_ARABIC_LETTER.search(k) for k in keys))
        if not got[1]:
            return False
    return True


_QUOTED_GROUP_CUES = ("quoted_group_head",)   # (the head test every reading of _quoted_group passes)


def _quoted_group(doc: Document, lex: Lexicon, specs: list[_Spec], heads=(), armed=(), civil=(), companies=()) -> None:
    """'فيما رفضت "جبهة التحرير والعدالة في النيجر" التوقيع'، 'واتهمت جبهة "فتح" الجيش': a front (cue
    ``quoted_group_head``: جبهة) with its name in quotes, or the whole name in quotes, that the lexicon does not know
    is an armed opposition group (REB; the country of a country place inside the name, else none: the event's home
    country may give it one).  Such a span replaces the partial readings inside it (an unresolved "جبهة التحرير", a
    title caught across the closing quote); a known organisation there stays (session 26 AR2).  A brigade, apparatus,
    battalion or force (cue ``quoted_armed_head``: '"اللواء 444 قتال"'، '"جهاز الردع"') is an armed group of unknown
    allegiance (UAF), and the name written again without quotes is the same group (session 27 B19AR).  An organisation
    or association (cue ``quoted_ngo_head``: 'دانت منظمة "أفغان إيفاك"، التي تساعد الأفغان …') is a non-governmental
    body (NGO, no country: the tagger read nothing of it, and a nationality in its relative clause is its clients';
    session 49, lead)."""
    if not heads:
        return
    if _none_of_cues(doc, lex, _QUOTED_GROUP_CUES):
        specs.sort(key=attrgetter("start"))   # (the order the pass leaves when it finds no group)
        return
    text = doc.text
    names = []
    companies_named: list = []   # (end, Resolution) of each quoted company
    for m in _head_quote_matches(text) + list(_QUOTED_GROUP[1].finditer(text)):
        gd = m.groupdict()
        head = gd.get("h1") or gd.get("h2")
        if phrase_key(clean_word(head)) not in heads and phrase_key(clean_word(head)[1:]) not in heads:
            continue
        start = m.start("h1") if gd.get("h1") else m.start("h2")
        if gd.get("h1") and head[:1] in "وف" and phrase_key(clean_word(head)) not in heads:
            start += 1
        end = m.end() - 1
        inside = [sp for sp in specs if sp.start < end and start < sp.end]
        hk = phrase_key(clean_word(head))
        is_armed = hk in armed or phrase_key(clean_word(head)[1:]) in armed
        if any(sp.start <= start + len(head) and (sp.res.entity_id or (sp.res.role and not is_armed)) for sp in inside):
            continue   # a known organisation or a title opens it (اللواء of an armed group's name is no rank)
        after = len(text) - len(text[end + 1:].lstrip())
        for sp in inside:
            if sp.end > after:   # 'فاكت" المجلس العسكري': a title caught across the closing quote keeps its own words
                sp.start = after
        inside = [sp for sp in inside if sp.end <= after]
        acro = _ACRONYM.match(text, end + 1)
        if acro:   # '"جبهة التناوب والوفاق" (فاكت)': the group's acronym in brackets is no other actor
            inside += [sp for sp in specs if acro.start() <= sp.start < acro.end()]
        country = next((it.entries[0].country for it in match_items(lex, [clean_word(w) for w in text[start:end].split()])
                        if it.type == "country" and it.entries and it.entries[0].country), None)
        name = text[start:end].replace('"', "").replace("«", "").replace("“", "")
        is_civil = hk in civil or phrase_key(clean_word(head)[1:]) in civil
        if is_civil and not gd.get("h1"):
            continue   # ('واعتبارها "جمعية غير مشروعة"': a label in quotes, no body's name)
        is_company = hk in companies or phrase_key(clean_word(head)[1:]) in companies
        if is_company:
            # (session 51) 'مجموعة "أورانو" الفرنسية': a company's quoted name with its nationality right after the
            # quote is that country's business (BUS); without one the words name no company for sure
            nxt = text[after:after + 40].split()[:1]
            its = match_items(lex, [clean_word(nxt[0])]) if gd.get("h1") and nxt else []
            country = next((it.entries[0].country for it in its if it.type == "demonym" and it.entries
                            and it.entries[0].country), None)
            if not country or any(sp.res.entity_id for sp in inside):
                continue
            tail = after + len(nxt[0].rstrip(_NOT_LETTER))
            inside += [sp for sp in specs if after <= sp.start < tail]
            end = tail
        role = "UAF" if is_armed else ("NGO" if is_civil else ("BUS" if is_company else "REB"))
        if role == "NGO":
            country = None
        if is_armed and not country:
            country = _one_country(doc, specs, inside)   # (a one-country story: its armed group)
        res = Resolution(code=make_code(country, role) if country else role, country=country, role=role,
                         kind="organisation", name_ar=name, basis="quoted_group")
        specs[:] = [sp for sp in specs if sp not in inside]
        sent = next((k for k, st in enumerate(doc.sentences) if st.start <= start < st.end), 0)
        specs.append(_Spec(("Q", phrase_key(name)), res, start, end, [], "organisation", True, name, sent))
        if role == "UAF" and len(name.split()) >= 2:
            names.append((name.strip(), res, end))
        elif role == "BUS":
            # ('وانتقدت "أورانو" القرار': the company's name again, quoted or not, without its head)
            names.append((gd.get("n1", "").strip(), res, end))
            companies_named.append((end, res))
    for name, res, after in names:
        # "… احتجز جهاز الردع قائد اللواء 444": the name again, unquoted, later in the story
        for m in re.finditer(r"(?<!\w)[وفب]?(" + re.escape(name) + r")(?!\w)", text[after:]):
            s0, e0 = after + m.start(1), after + m.end(1)
            inside = [sp for sp in specs if sp.start < e0 and s0 < sp.end]
            if any(sp.res.entity_id or sp.start < s0 or sp.end > e0 for sp in inside):
                continue   # (a known organisation, or a longer actor phrase that holds the name)
            specs[:] = [sp for sp in specs if sp not in inside]
            sent = next((k for k, st in enumerate(doc.sentences) if st.start <= s0 < st.end), 0)
            specs.append(_Spec(("Q", phrase_key(name)), res, s0, e0, [], "organisation", True, name, sent))
    if companies_named:
        # "وحذرت الشركة من أنها ستلاحق …": a bare company head (a country-less BUS reading of one definite word) after
        # a quoted company is the nearest one named before it
        for sp in specs:
            if sp.res.role == "BUS" and not sp.res.country and not sp.res.entity_id \
                    and " " not in text[sp.start:sp.end].strip() and _definite(clean_word(text[sp.start:sp.end])):
                ante = max((c for c in companies_named if c[0] <= sp.start), key=lambda c: c[0], default=None)
                if ante is not None:
                    sp.res = ante[1]
                    sp.key = ("Q", phrase_key(ante[1].name_ar or ""))
    specs.sort(key=attrgetter("start"))


_WORD = re.compile(r"\w+")
_PARTY_ATTRIBUTE_CUES = ("party_head",)   # (the head word every phrase of _party_attribute opens with)
# [the party_head cue set, the body_attribute cue set, word forms that pass _party_attribute's head test, word forms
# that are an attribute, word forms tested] (see there; valid while the two cue sets are the same objects)
_PARTY_HEAD_MEMO: list = [None, None, set(), set(), set()]


def _party_head(word: str, heads) -> bool:
    """Is a \\w+ word a party head of ``heads`` (cue ``party_head``), bare or after و / ف?"""
    return phrase_key(word) in heads or (word[:1] in "وف" and phrase_key(word[1:]) in heads)


def _party_attribute(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"انتقدت جمعية الوفاق البحرينية المعارضة …"، "وانتقد حزب العدالة المغربي المعارض الحكومة": a party / society
    head (cue ``party_head``: حزب، جمعية، حركة، تيار), one to three name words, a definite nationality adjective and a
    definite role adjective agreeing with it in gender (cue ``body_attribute``: المعارض(ة)) with only spaces between
    are one actor: the body, of the adjective's country, with the role (OPP).  Before, the nisba and the role word
    started a new actor of their own (the Arabic split of a nationality and a following title) and the body's own
    words none (or a known party kept its code and المعارض became the verb's object).  A known body opening the
    span keeps its code when it has a country (حزب النهضة TUNOPP).  Session 27, AR3."""
    heads, attrs = lex.cues.get("party_head"), lex.cues.get("body_attribute")
    if not heads or not attrs:
        return
    if _none_of_cues(doc, lex, _PARTY_ATTRIBUTE_CUES):
        specs.sort(key=attrgetter("start"))   # (the order the pass leaves when it finds no phrase)
        return
    text = doc.text
    # A phrase needs a head word and an attribute word (phrase_key in ``attrs``), so a document lacking either has none
    # and Match objects are made only when both are there.  A \w+ word never crosses white space, so the text holds
    # such a word iff one of its white-space pieces does: the pieces come from str.split in C and each distinct piece
    # is tested once (its words by findall; the answers kept across documents while the two cue sets are the same
    # objects).  (Session 29, SPEED3: the words of findall over the whole text, ~0.6 -> 0.25 ms an article; session
    # 43, SPD43: the pieces, ~130 -> ~75 us an Arabic article, most of which hold no such phrase.)
    pieces = text.split()
    memo = _PARTY_HEAD_MEMO
    if memo[0] is not heads or memo[1] is not attrs:
        memo[:] = [heads, attrs, set(), set(), set()]
    yes, yes_attr, seen = memo[2], memo[3], memo[4]   # pieces holding a head / an attribute word, pieces tested
    if len(seen) > 300_000:   # (bounded: all emptied together, then this document's pieces are all tested)
        seen.clear()
        yes.clear()
        yes_attr.clear()
    new = set(pieces)
    new.difference_update(seen)
    for piece in new:
        for h in _WORD.findall(piece):
            if _party_head(h, heads):
                yes.add(piece)
            if phrase_key(h) in attrs:
                yes_attr.add(piece)
    seen.update(new)
    if yes.isdisjoint(pieces) or yes_attr.isdisjoint(pieces):
        specs.sort(key=attrgetter("start"))
        return
    head_words = {h for piece in yes.intersection(pieces) for h in _WORD.findall(piece) if _party_head(h, heads)}
    ws = list(_WORD.finditer(text))
    for k, m in enumerate(ws):
        h = m.group()
        if h not in head_words:
            continue
        start = m.start() if phrase_key(h) in heads else m.start() + 1
        for n in (1, 2, 3):
            a = k + n + 2
            if a >= len(ws) or any(text[ws[x].end():ws[x + 1].start()].strip() for x in range(k, a)):
                break
            nat, attr = ws[a - 1].group(), ws[a].group()
            country = _demonym_country(lex, nat)
            if not country or phrase_key(attr) not in attrs or not attr.startswith("ال") \
                    or attr.endswith("ة") != nat.endswith("ة"):
                continue
            end = ws[a].end()
            inside = [sp for sp in specs if sp.start < end and start < sp.end]
            if any(sp.start < start or sp.end > end for sp in inside):
                break   # an actor reaching out of the phrase: not ours to rebuild
            known = next((sp for sp in inside if sp.start == start and sp.res.entity_id and sp.res.country == country),
                         None)
            name = text[start:end]
            res = known.res if known is not None else Resolution(
                code=make_code(country, "OPP"), country=country, role="OPP", kind="organisation", name_ar=name,
                basis="party_attribute")
            specs[:] = [sp for sp in specs if sp not in inside]
            sent = next((i for i, st in enumerate(doc.sentences) if st.start <= start < st.end), 0)
            key = known.key if known is not None else ("Q", phrase_key(name))
            specs.append(_Spec(key, res, start, end, [], "organisation", True, name, sent))
            break
    specs.sort(key=attrgetter("start"))


def _bare_group_noun(doc: Document, specs: list[_Spec], nonstate=(), spokes=()) -> None:
    """"هجوم شنه مقاتلو حركة الشباب … وقتلت أكثر من ثلاثين من عناصر الحركة"، "تجمعا لمقاتلي الحركة": a bare definite
    group noun (cue ``nonstate_body``: الحركة، الجماعة، التنظيم، الجبهة …) that no actor span covers, after a non-state
    group named in full with that noun (حركة الشباب، جبهة تحرير أزواد), is the nearest such group named before it
    (session 13; "قوات الجماعة" as a force title is :func:`_title_of_named_body`)."""
    if not nonstate:
        return
    text = doc.text
    named = []   # (end, key of the group noun, the group's spec)
    for sp in specs:
        if not sp.res.country or sp.res.basis == "metonym":
            continue
        if sp.res.name_ar and sp.kind == "organisation":
            # the group's full name opens with the noun (حركة الشباب; also a group named bare, "ونددت حماس … وقال
            # المتحدث باسم الحركة": حركة حماس, and a party: Fatah is PSEPTY; session 19, ARX3)
            key = phrase_key("ال" + sp.res.name_ar.split()[0])
            if key in nonstate:
                named.append((sp.end, key, sp))
                continue
        if sp.res.role not in NONSTATE_ROLES:
            continue
        for w in text[sp.start:sp.end].split()[:3]:
            w = clean_word(w)
            key = next((k for k in (phrase_key(w), phrase_key("ال" + w), phrase_key("ال" + w[1:])) if k in nonstate),
                       None)
            if key is not None:
                named.append((sp.end, key, sp))
                break
    if not named:
        return
    keys = {k for _, k, _ in named}
    covered = sorted((sp.start, sp.end) for sp in specs)
    sents = [s.start for s in doc.sentences]
    first = min(e for e, _, _ in named)
    toks = doc.tokens
    for ti, tok in enumerate(toks):
        if tok.start < first:
            continue
        if ti + 1 < len(toks) and clean_word(toks[ti + 1].text).startswith("ال") \
                and clean_word(toks[ti + 1].text).endswith(("ية", "يه", "ي")):
            continue   # "الحركة التجارية"، "الجبهة الداخلية": another movement / front, named by its adjective
        w = clean_word(tok.text)
        if len(w) < 5:
            continue
        if w[0] in "وف" and w[1:3] in ("ال", "لل", "با"):
            w = w[1:]
        if w.startswith("لل"):
            w = "ال" + w[2:]
        elif w.startswith("بال"):
            w = w[1:]
        if not w.startswith("ال"):
            continue
        key = phrase_key(w)
        if key not in keys:
            continue
        ante = max((x for x in named if x[0] <= tok.start and x[1] == key), key=lambda x: x[0], default=None)
        if ante is None:
            continue
        k = bisect.bisect_right(covered, (tok.start, 10 ** 12)) - 1
        if k >= 0 and covered[k][0] <= tok.start < covered[k][1]:
            continue
        g = ante[2]
        head = next((sp for sp in specs if sp.end < tok.start and not text[sp.end:tok.start].strip()
                     and not sp.res.country and sp.res.role in NONSTATE_ROLES), None)
        if head is not None:
            # "لمقاتلي الحركة" (fighters, UAF, glued to the noun before): the group's fighters are the group
            head.key, head.res, head.end = g.key, g.res, tok.end
            continue
        si = bisect.bisect_right(sents, tok.start) - 1
        start = tok.start
        if spokes and ti >= 2 and clean_word(toks[ti - 1].text) == "باسم" \
                and phrase_key(toks[ti - 2].text) in spokes:
            start = toks[ti - 2].start   # "المتحدث باسم الحركة": the spokesperson speaks for it (as _spokesman)
        specs.append(_Spec(g.key, g.res, start, tok.end, [], g.kind, True, None, si))


def _group_noun_key(w: str, nouns) -> Optional[str]:
    """The key of a group plural (cue ``group_plural``) that ``w`` spells, with or without the article and a proclitic
    و / ف / ل / ب (لأحزاب، وفصائل), else None."""
    w = clean_word(w)
    for c in (w, w[1:] if w[:1] in "وفلب" else ""):
        if not c:
            continue
        for k in (phrase_key(c), phrase_key("ال" + c), phrase_key("ال" + c[1:]) if c.startswith("لل") else ""):
            if k and k in nouns:
                return k
    return None


def _demonstrative_group(doc: Document, specs: list[_Spec], dems=(), nouns=()) -> None:
    """"… الجماعات الكردية الإيرانية المعارضة … لنزع سلاح هذه الجماعات": a demonstrative (cue ``demonstrative``) +
    a group plural (cue ``group_plural``: الجماعات، الفصائل، الأحزاب …) is the group named before in the document with
    that plural, else the last group named before with any of those plurals (a named group with a country or a
    non-state code, not a bare role); the actor read on the plural alone (الأحزاب PTY) gives way (session 24 GAPM)."""
    if not dems or not nouns or _none_of_keys(doc, nouns):   # (a group named before opens with a word of nouns)
        return
    text = doc.text
    named = []   # (end, noun key, spec)
    for sp in specs:
        r = sp.res
        if sp.kind == "country" or r.basis == "metonym" or not r.code or not (r.country or r.code != r.role):
            continue
        ws = text[sp.start:sp.end].split()
        k = _group_noun_key(ws[0], nouns) if len(ws) >= 2 else None
        if k is not None:
            named.append((sp.end, k, sp))
    if not named:
        return
    toks = doc.tokens
    first = min(e for e, _, _ in named)
    sents = [s.start for s in doc.sentences]
    for ti in range(len(toks) - 1):
        t = toks[ti]
        if t.start < first:
            continue
        d = clean_word(t.text)
        if phrase_key(d) not in dems and not (d[:1] in "وفلب" and phrase_key(d[1:]) in dems):
            continue
        nt = toks[ti + 1]
        k = _group_noun_key(nt.text, nouns)
        if k is None:
            continue
        before = [x for x in named if x[0] <= t.start]
        ante = max((x for x in before if x[1] == k), key=lambda x: x[0], default=None) \
            or max(before, key=lambda x: x[0], default=None)
        if ante is None:
            continue
        g = ante[2]
        covering = [sp for sp in specs if sp.start < nt.end and nt.start < sp.end]
        if any(sp.res.country or (sp.res.code and sp.res.code != sp.res.role) for sp in covering):
            continue   # "هذه الأحزاب الكردية": a group named here with its own nationality
        for sp in covering:
            sp.key, sp.res, sp.resolved = g.key, g.res, g.resolved
            if sp.start == nt.start:
                sp.start = t.start   # (the demonstrative is the phrase's: "هذه الجماعات", الجماعات REB since s25 GAPS)
        if not covering:
            si = bisect.bisect_right(sents, t.start) - 1
            specs.append(_Spec(g.key, g.res, t.start, nt.end, [], g.kind, True, None, si))


def _first_name_entry(table: dict, k: str, sp: _Spec, particles) -> None:
    if len(k) < 3 or k in particles:
        return
    if k in table and table[k] is not None and table[k].key != sp.key:
        table[k] = None   # two persons with that first name: none
    else:
        table.setdefault(k, sp)


def _first_names(doc: Document, specs: list[_Spec], particles=()) -> None:
    """"Prime Minister Anwar Ibrahim … Anwar said he …", "Sheikh Mohammed bin Zayed … Sheikh Mohammed praised …",
    "محمد بن سلمان … وأشاد محمد": a later mention by the first name alone is the person named in full before it, when
    no other person of the document has that first name or surname (session 24 GAPM).  Linked: a one-word person
    mention left unresolved (either script), and an English capitalised word of 4+ letters outside every actor span
    with no capitalised word next to it.  A first word of cue ``name_particle`` (عبد، أبو، Abu, Al …) is never one."""
    people = [sp for sp in specs if sp.kind == "person" and (sp.key[0] == "E" or (sp.key[0] == "M" and sp.name))]
    if not people:
        return
    table: dict[str, Optional[_Spec]] = {}
    last_names: dict[str, set] = {}
    for sp in people:
        names = (sp.res.name_en, sp.res.name_ar, sp.name) if sp.key[0] == "E" else (sp.name,)
        span = doc.text[sp.start:sp.end].split()
        for n in names:
            ws = (n or "").split()
            if len(ws) < 2:
                continue
            last_names.setdefault(phrase_key(clean_word(ws[-1])), set()).add(sp.key)
            # the first name as the listed name spells it, and as the text does (Mohamed / Mohammed bin Zayed)
            f = clean_word(ws[0])
            keys = {phrase_key(f)} | {phrase_key(clean_word(w)) for w in span if w[:1].lower() == f[:1].lower() and w.isascii()
                                      and f.isascii() and skeleton(clean_word(w)) == skeleton(f)}
            for k in keys:
                _first_name_entry(table, k, sp, particles)
    table = {k: v for k, v in table.items() if v is not None and last_names.get(k, {v.key}) <= {v.key}}
    if not table:
        return

    def antecedent(k, start):
        tgt = table.get(k)
        if tgt is None:
            return None
        first = min((o.end for o in specs if o.key == tgt.key), default=tgt.end)
        return tgt if first <= start else None

    text = doc.text
    for sp in specs:
        if sp.key[0] == "M" and sp.kind == "person" and not sp.resolved and sp.name and len(sp.name.split()) == 1:
            if any(o is not sp and o.kind == "person" and ((o.start >= sp.end and not text[sp.end:o.start].strip())
                                                          or (o.end <= sp.start and not text[o.end:sp.start].strip()))
                   for o in specs):
                continue   # "وأضاف ريم البنا": a word of a longer name (البنا, another person's surname)
            tgt = antecedent(phrase_key(clean_word(sp.name)), sp.start)
            if tgt is not None:
                sp.key, sp.res, sp.resolved = tgt.key, tgt.res, tgt.resolved
    if not any(k.isascii() for k in table):
        return
    toks = doc.tokens
    texts = token_texts(doc)   # (the shared column: toks is doc.tokens)
    # (the word test once per distinct word, not per token: this loop ran over every token of every English page)
    linked = {w for w in set(texts) if w.isascii() and w[:1].isupper() and w.isalpha() and len(w) >= 4
              and phrase_key(clean_word(w)) in table}
    if not linked:
        return
    covered = sorted((sp.start, sp.end) for sp in specs)
    # only the tokens of a linked word are visited (found in C: a few an article among hundreds)
    for ti in compress(range(len(texts)), map(linked.__contains__, texts)):
        t = toks[ti]
        w = t.text
        if (ti + 1 < len(toks) and toks[ti + 1].text[:1].isupper()) or \
                (ti > 0 and toks[ti - 1].text[:1].isupper() and toks[ti - 1].sentence == t.sentence
                 and toks[ti - 1].text.isalpha()):
            continue   # a word of a longer name ("Anwar Sadat", "Omar Anwar")
        tgt = antecedent(phrase_key(clean_word(w)), t.start)
        if tgt is None:
            continue
        k = bisect.bisect_right(covered, (t.start, 10 ** 12)) - 1
        if k >= 0 and covered[k][0] <= t.start < covered[k][1]:
            continue
        specs.append(_Spec(tgt.key, tgt.res, t.start, t.end, [], tgt.kind, tgt.resolved, tgt.name, t.sentence))


_SPOKES_PRONOUN = {"باسمها": "F", "باسمه": "M"}
_SPOKES_KINDS = frozenset({"organisation", "country", "person"})


def _head_gender(text: str, kind: str, feminine=()) -> str:
    """The grammatical gender of an actor phrase for a pronoun after it: "F", "M" or "" (either).  A country, and a
    one-word name without the article (حماس، فرنسا), takes either; a person is masculine; else the head noun (the first
    word, without و/ب/ل and the article): ة or a plural in ات, or a cue ``feminine_head`` (الأمم), is feminine."""
    if kind == "country":
        return ""
    ws = text.split()
    if not ws:
        return ""
    if kind == "person":
        return "M"
    w = clean_word(ws[0])
    if w[:1] in ("و", "ف") and len(w) > 3:
        w = w[1:]
    if w.startswith("لل"):
        w = "ال" + w[2:]
    elif w.startswith(("بال", "لال")):
        w = w[1:]
    if not w.startswith("ال") and len(ws) == 1:
        return ""
    if w.endswith(("ة", "ه", "ات")) or phrase_key(w) in feminine:   # (clean_word writes ة as ه)
        return "F"
    return "M"


def _spokesman_pronoun(doc: Document, specs: list[_Spec], spokes=(), feminine=()) -> None:
    """"ورحبت حكومة الإقليم بالاتفاق، وقال المتحدث باسمها جوتيار عادل …"، "ورفض الحزب … وقال المتحدث باسمه": a spokesperson
    title before باسمها / باسمه speaks for the actor the pronoun refers to: the first coded actor (an organisation,
    a country; a person for the masculine ه) of the pronoun's gender (:func:`_head_gender`) in the sentence before the
    title, else in the sentence before.  A name right after the pronoun is the spokesperson, with that actor's code;
    without a name the title joins the actor (as :func:`_spokesman`; session 23, B10AR2)."""
    if not spokes or ("باسمها" not in doc.text and "باسمه " not in doc.text):
        return
    text = doc.text
    toks = doc.tokens
    for ti, tok in enumerate(toks):
        g = _SPOKES_PRONOUN.get(clean_word(tok.text))
        if g is None or ti == 0 or phrase_key(toks[ti - 1].text) not in spokes:
            continue
        title = toks[ti - 1]
        if any(sp.start <= title.start < sp.end for sp in specs):
            continue   # already read (a title phrase the tables know)
        si = tok.sentence
        ante = None
        for s in (si, si - 1):
            if s < 0 or (s < si and doc.sentences[s].segment_kind in SKIP_KINDS):
                break
            cands = sorted((sp for sp in specs if sp.sentence == s and sp.end <= title.start and sp.res.code
                            and sp.kind in _SPOKES_KINDS and (sp.kind != "person" or g == "M")),
                           key=_span_key)
            ante = next((sp for sp in cands
                         if _head_gender(text[sp.start:sp.end], sp.kind, feminine) in ("", g)), None)
            if ante is not None or cands:
                break   # (an actor of the other gender only: not the one meant)
        if ante is None:
            continue
        r = ante.res
        nxt = next((o for o in specs if o.kind == "person" and 0 <= o.start - tok.end <= 2 and
                    (not o.res.code or (not o.res.country and o.res.basis == "title" and o.key[0] == "M"))), None)
        if nxt is not None:
            nxt.res = Resolution(code=r.code, country=r.country, role=r.role, kind="person",
                                 name_ar=nxt.res.name_ar, name_en=nxt.res.name_en,
                                 basis="title+nationality" if r.country else "title")
            nxt.resolved = True
            nxt.start = title.start
        else:
            specs.append(_Spec(ante.key, r, title.start, tok.end, [], ante.kind, ante.resolved, ante.name, si))


_IGO_PORTFOLIO_IN = frozenset(("في", "لدى"))


def _igo_portfolio(doc: Document, specs: list[_Spec], heads=()) -> None:
    """"هدد مفوض الشؤون السياسية والأمن في المجموعة الاقتصادية لدول غرب أفريقيا"، "مفوضة السلم والأمن بالاتحاد
    الأفريقي": an Arabic portfolio title (a head of cue ``igo_portfolio_head``: مفوض، مفوضة) whose portfolio, one to five
    definite words, runs to في / لدى / a proclitic ب or ل + an intergovernmental organisation, is that organisation's
    official: the title joins the organisation's actor, and an actor the tables read inside the portfolio (الأمن:
    police, الخارجية: government) is none (session 24, GAPA3; the English "EU Trade Commissioner X" is
    :func:`_igo_title_person`)."""
    if not heads:
        return
    igos = {o.start: o for o in specs if o.kind == "organisation" and (o.res.code or "").startswith("IGO")}
    if not igos:
        return
    toks = doc.tokens
    for ti, tok in enumerate(toks):
        w = clean_word(tok.text)
        if phrase_key(w) not in heads and not (w[:1] == "و" and phrase_key(w[1:]) in heads):
            continue
        org, end = None, ti + 1
        for j in range(ti + 1, min(len(toks), ti + 7)):
            t = toks[j]
            if t.sentence != tok.sentence:
                break
            if t.text in _IGO_PORTFOLIO_IN and j + 1 < len(toks):
                org = igos.get(toks[j + 1].start)
                break
            if t.text[:1] in "بل" and (t.start in igos or t.start + 1 in igos):
                org = igos.get(t.start) or igos.get(t.start + 1)
                break
            cw = clean_word(t.text)
            if not (cw.startswith(("ال", "وال", "لل")) or cw == "و"):
                break
            end = j + 1
        if org is None or end == ti + 1:
            continue
        start, stop = tok.start, toks[end - 1].end
        specs[:] = [o for o in specs if not (start <= o.start and o.end <= stop)]
        specs.append(_Spec(org.key, org.res, start, stop, [], org.kind, org.resolved, org.name, tok.sentence))


def _team_noun(doc: Document, specs: list[_Spec], heads=()) -> None:
    """"هاجم الفريق التونسي لجنة التحكيم"، "دافع الفريق الإسباني عن لقبه": a head of cue ``team_head`` (فريق: a team,
    and the rank lieutenant general, MIL in roles.tsv) followed by a nationality adjective and nothing more is a team
    (a rank is followed by أول / ركن or a name: "الفريق أول عبد الفتاح البرهان"): no actor (session 24, OTH7)."""
    if not heads:
        return
    text = doc.text
    drop = []
    for sp in specs:
        if sp.res.basis != "title+nationality" or sp.res.role != "MIL":
            continue
        w = text[sp.start:sp.end].split()
        if len(w) != 2:
            continue
        head = clean_word(w[0])
        if phrase_key(head) in heads or (head[:1] in "وفب" and phrase_key(head[1:]) in heads):
            drop.append(sp)
    if drop:
        specs[:] = [o for o in specs if o not in drop]


def _title_of_named_body(doc: Document, specs: list[_Spec], nonstate=(), envoys=()) -> None:
    """"الجيش السوداني … وهدد قائد الجيش": a title in construct with a bare definite state body (two Arabic words,
    the second with the article: قائد الجيش، وزير الدفاع، مدير الشرطة) and no country, after that role is named
    in the document for one country only, is that country's (as :func:`_anaphora` for the bare body); the title
    keeps its own actor (the commander is not the army)."""
    cands = [sp for sp in specs if not sp.res.country and not sp.res.main and sp.res.role in _ANAPHOR_ROLES
             and sp.key[0] == "T"]   # (a role phrase; not a name read as a title: وليد القاضي)
    if not cands:
        return
    text = doc.text
    for sp in cands:
        words = text[sp.start:sp.end].split()
        if len(words) != 2 or not "\u0600" <= words[0][:1] <= "\u06ff" or _definite(clean_word(words[0])) \
                or not _definite(clean_word(words[1])):
            continue
        if phrase_key(words[1]) in nonstate:
            # "قوات الجماعة" after "جماعة الحوثي" (cue nonstate_body): the group named before, not a state's forces
            # (session 11); no such group named: the title stays country-less
            key = phrase_key(words[1])
            ante = max((o for o in specs if o.end <= sp.start and o.res.country and o.res.role not in _ANAPHOR_ROLES
                        and any(phrase_key(x) == key or (x[:1] in "لبو" and phrase_key(x[1:]) == key)
                                for x in text[o.start:o.end].split())), key=_span_key, default=None)
            if ante is not None:
                r = ante.res
                sp.res = Resolution(r.code, r.country, r.role, sp.res.kind, basis="anaphora", main=r.main)
                sp.key = ("A", r.code, sp.start)
            continue
        nxt = text[sp.end:sp.end + 60].split()[:2]
        goes_on = len(nxt) == 2 and text[sp.end:sp.end + 1] == " " and all(_masculine_nisba(w) or (
            _is_nisba_adjective(w) and _definite(clean_word(w))) for w in nxt)
        # (a foreign envoy, cue envoy_head, is a guest: "التقى الموفد الفرنسي … رئيس الحكومة" in a Beirut story is
        # Lebanon's head of government, not France's; session 37 PPL37)
        countries = {o.res.country for o in specs if o.end <= sp.start and o.res.country
                     and o.res.role == sp.res.role and o.res.basis != "metonym"
                     and not (envoys and phrase_key(text[o.start:o.end].split()[0]) in envoys)}
        if len(countries) != 1:
            continue
        c = next(iter(countries))
        if goes_on and c != _dateline_country(doc):
            # "مقديشو - … للسلطات الكينية.  واتهمت وزارة الأمن الداخلي الفيدرالية …": a body whose phrase goes on
            # with two adjectives of its own is a body of its own, not the foreign one named before, in a story
            # datelined elsewhere (one adjective is often the body's kind, "قائد القوات البرية في الحرس الثوري" in
            # a Baghdad story is Iran's; "رئيس الوفد الحكومي" in a Sanaa story keeps the home government's)
            # (session 30, ACT21)
            continue
        sp.res = Resolution(make_code(c, sp.res.role), c, sp.res.role, sp.res.kind, basis="anaphora", main=c)
        sp.key = ("A", sp.res.code, sp.start)


# (the و first and the "no letter before it" test after it: a pattern that opens with a literal lets the regex engine
# jump from و to و; the old form, "(?<!\S)و…", ran its look-behind at every character of the text: 190 -> 8 us an
# article, the same matches on the bench corpus; session 17, SPD)
_SECOND_NISBA = re.compile(r"و(?<!\Sو)\S{3,}(?:ي|ى|ية|يه)(?!\w)")
_DUAL_ENDINGS = ("ان", "ين")   # الجانبان / الجانبين، الرئيسان / الرئيسين; a construct dual: وزيرا / وزيري + genitive


def _dual_singular(word: str) -> Optional[str]:
    """The singular of an Arabic dual (clean_word-ed, a leading و allowed), or None: الرئيسان -> الرئيس، وزيرا
    -> وزير."""
    if word.startswith("و") and len(word) > 5:
        word = word[1:]
    if len(word) >= 6 and word.endswith(_DUAL_ENDINGS):
        return word[:-2]
    if len(word) >= 4 and word[-1] in "اي" and not word.startswith("ال"):
        return word[:-1]
    return None


def _demonym_country(lex: Lexicon, word: str) -> Optional[str]:
    """The country of a definite nationality adjective (الروسي، والتركي), or None."""
    w = word[1:] if word.startswith("و") and word[1:].startswith("ال") else word
    if not w.startswith("ال"):
        return None
    return next((e.country for e in lex.lookup(w) if e.type == "demonym" and e.country and not e.plural), None)


def _dual_nationalities(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"الجانبان الروسي والتركي"، "الرئيسين الأمريكي والصيني"، "وزيرا الخارجية المصري والسعودي": a dual noun (with
    at most one genitive after it) and two coordinated nationality adjectives are two actors, each of its country,
    with the noun's role when the singular is a role word (الرئيس GOV; الجانب / الطرف / البلد: the countries).
    Before, the second adjective was a bare country and a dual that is no lexicon form gave no actor at all."""
    text = doc.text
    # the second nisba ("والتركي"، "والسورية") found by one scan of the text: most documents have none
    hits = [m.start() for m in _SECOND_NISBA.finditer(text)]
    if not hits:
        return
    toks = doc.tokens
    starts = token_starts(doc)
    seconds = {bisect.bisect_left(starts, h) for h in hits}
    # the second nisbas by the sentence of their token (only those sentences are visited, in order)
    by_sent: dict[int, list[int]] = {}
    ntok = len(toks)
    for n in seconds:
        if n < ntok:
            by_sent.setdefault(toks[n].sentence, []).append(n)
    sents = doc.sentences
    at = None
    for si in sorted(by_sent):
        sent = sents[si]
        if sent.segment_kind in SKIP_KINDS or sent.token_end - sent.token_start < 3:
            continue
        for k in sorted({n - d for n in by_sent[si] if sent.token_start + 2 <= n < sent.token_end for d in (2, 3)
                         if n - d >= sent.token_start}):
            sing = _dual_singular(clean_word(toks[k].text))
            if sing is None:
                continue
            c1 = c2 = None
            for n1 in (k + 1, k + 2):
                if n1 + 1 >= sent.token_end:
                    break
                w2 = clean_word(toks[n1 + 1].text)
                c1 = _demonym_country(lex, clean_word(toks[n1].text))
                c2 = _demonym_country(lex, w2) if w2.startswith("و") else None
                if c1 and c2 and c1 != c2:
                    break
            if not (c1 and c2 and c1 != c2):
                continue
            role_e = next((e for e in lex.lookup(sing) if e.type == "role" and e.role), None)
            if n1 == k + 2:   # a construct: the phrase's role is the dual's with its genitive (وزيرا الخارجية)
                role_e = next((e for e in lex.lookup(f"{sing} {clean_word(toks[k + 1].text)}") if e.type == "role"),
                              role_e)
            role = role_e.role if role_e else None
            kind = role_e.kind if role_e else "country"
            if at is None:
                at = {(sp.start, sp.end): sp for sp in specs}
            for n, c in ((n1, c1), (n1 + 1, c2)):
                t = toks[n]
                s0 = t.start + (1 if n == n1 + 1 and text[t.start] == "و" else 0)
                res = Resolution(make_code(c, role) if role else c, c, role, kind, basis="dual", main=c)
                sp = at.get((s0, t.end)) or at.get((t.start, t.end))
                if sp is not None:
                    if not sp.res.role or sp.res.country != c:
                        sp.res, sp.key = res, ("D", res.code, sp.start)
                    continue
                if any(o.start < t.end and s0 < o.end for o in specs if o.sentence == si):
                    continue   # inside another actor's phrase (وزيرا الخارجية المصري is already EGYGOV)
                specs.append(_Spec(("D", res.code, s0), res, s0, t.end, [], kind, True, None, si))


def _dual_title(text: str, a: _Spec) -> bool:
    """وزيرا خارجية مصر: the title phrase opens with a dual (its singular is known).  A singular in ي is a
    nisba's plural (الحوثيين، الفلسطينيين: -iyyīn), not a dual title (session 11)."""
    sing = _dual_singular(clean_word(text[a.start:a.end].split()[0]))
    return sing is not None and not sing.endswith("ي")


_PLURAL_TITLE_OF = re.compile(r"[a-z]s of (the )?$")


def _plural_title(text: str, a: _Spec) -> bool:
    """the foreign ministers of Egypt: the title phrase is "<plural title> of <country>"."""
    head = text[a.start:a.end]
    cut = head.rfind(" of ")
    return cut >= 0 and _PLURAL_TITLE_OF.search(head[:cut + 4].lower()) is not None


def _coordinated_title_countries(doc: Document, specs: list[_Spec], conj: str, title_ok, basis: str) -> None:
    """A country coordinated (``conj`` right before it) after a title phrase that names another country and
    is held by two (``title_ok``) is the second holder of that title: "وزيرا خارجية مصر والأردن" (dual,
    JOR -> JORGOV), "the foreign ministers of Egypt and Turkey" (plural + of, TUR -> TURGOV)."""
    text = doc.text
    n = len(conj)
    bare = [sp for sp in specs if sp.kind == "country" and not sp.res.role and sp.res.country
            and sp.start > n and text[sp.start - n:sp.start] == conj]
    if not bare:
        return
    ends = {sp.end: sp for sp in specs if sp.res.role and sp.res.country}
    for sp in bare:
        a = ends.get(sp.start - n)
        if a is None or a.sentence != sp.sentence or a.res.country == sp.res.country or not title_ok(text, a):
            continue
        c, role = sp.res.country, a.res.role
        sp.res = Resolution(make_code(c, role), c, role, a.res.kind, basis=basis, main=c)
        sp.key, sp.kind = ("D", sp.res.code, sp.start), a.kind


_ARMED_ROLES = frozenset({"REB", "MIL", "UAF", "INS", "SPY"})
_OFFICE_ROLES = _ARMED_ROLES | {"GOV", "COP", "JUD", "LEG"}   # a holder of an office or an armed wing, not a crowd
_TITLE_OF_GAP = re.compile(r" (?:(\w+) )?ل$")   # "الأمين العام ل…", "المبعوث الخاص ل…"


def _title_of_body(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"الأمين العام للأمم المتحدة", "المبعوث الخاص للأمم المتحدة", "الأمين العام لحزب الله": a bare title (a role
    with no country) followed by ل + a named body is that body's official, coded as the body (IGOUNO, LBNREB),
    one actor over both spans (the title alone had been a country-less GOV, and the body the next actor)."""
    if not any(sp.res.role in _OFFICE_ROLES and not sp.res.country and sp.res.code == sp.res.role for sp in specs):
        return   # (most documents: no bare office title)
    text = doc.text
    drop = set()
    adjs = lex.cues.get("office_adjective", ())
    order = sorted(specs, key=lambda sp: (sp.sentence, sp.start))
    # (right to left, so a chain resolves: "الممثلة الخاصة للأمين العام للأمم المتحدة" -- the secretary-general's
    # title takes the UN first, then the special representative the secretary-general's; session 41)
    for k in range(len(order) - 2, -1, -1):
        a, b = order[k], order[k + 1]
        if a.sentence != b.sentence or a.res.country or a.res.role not in _OFFICE_ROLES or a.res.code != a.res.role \
                or b.kind == "country" or not b.res.code or b.res.code == b.res.role:
            continue
        inside = a.start < b.start and b.end <= a.end and a.kind == "person" and len(text[a.start:b.start].split()) <= 3
        # ("الأمين العام للحركة الشعبية - شمال إسماعيل جلاب": the title, the body and the name read as one person
        # phrase; the body inside it after the title, session 36)
        m = _TITLE_OF_GAP.match(text, a.end, b.start) if not inside else None
        if not inside and (m is None or (m.group(1) and phrase_key(m.group(1)) not in adjs)):
            continue   # (المتظاهرين المؤيدين للحكومة: supporters of a body are not its officials)
        if a.res.role in _ARMED_ROLES and b.res.country:
            # "الجناح العسكري لحركة فتح": the armed wing of a party is the armed group of its country (PSEREB)
            c = b.res.country
            a.res = Resolution(make_code(c, a.res.role), c, a.res.role, a.res.kind, basis="title_of", main=c)
        else:
            a.res = b.res
        a.end = max(a.end, b.end)
        a.key = ("T", a.res.code, a.start)
        a.mention_ids = a.mention_ids + [m for m in b.mention_ids if m not in a.mention_ids]
        drop.add(id(b))
    if drop:
        specs[:] = [sp for sp in specs if id(sp) not in drop]


_GOVERNMENT_WORDS = frozenset(("حكومه", "الحكومه"))


def _title_in_government(doc: Document, specs: list[_Spec]) -> None:
    """"نائب وزير الخارجية في حكومة الحوثيين حسين العزي"، "وزير الداخلية في الحكومة الإسرائيلية": a bare office title
    followed by "في" + a government named with its owner (the bare حكومة + a named body right after it, or a
    government with its country) is that government's official: one actor over the title and the government phrase,
    coded as the owner's (YEMREB, ISRGOV) (session 30, lead).  Arabic only."""
    if not any(sp.res.role in _OFFICE_ROLES and not sp.res.country and sp.res.code == sp.res.role for sp in specs):
        return
    text = doc.text
    order = sorted(specs, key=lambda sp: (sp.sentence, sp.start))
    drop = set()
    for k in range(len(order) - 1):
        a, b = order[k], order[k + 1]
        if a.sentence != b.sentence or a.res.country or a.res.role not in _OFFICE_ROLES or a.res.code != a.res.role \
                or text[a.end:b.start] != " في " or id(a) in drop:
            continue
        if normalize(text[b.start:b.end].split()[0]) not in _GOVERNMENT_WORDS:
            # "المتحدثة باسم مجلس الأمن القومي في البيت الأبيض": a named state body with its country (the
            # lexicon's, of the title's sector or the government) owns the title the same way (session 40)
            if not (b.res.country and b.kind == "organisation" and b.res.basis == "lexicon"
                    and b.res.code != b.res.role and b.res.role in ("GOV", a.res.role)):
                continue
        own = b
        if not b.res.country:
            c = order[k + 2] if k + 2 < len(order) else None
            if c is None or c.sentence != b.sentence or text[b.end:c.start] != " " or not c.res.code \
                    or c.res.code == c.res.role or c.kind == "country":
                continue
            own = c
        a.res, a.end = own.res, own.end
        a.key = ("T", a.res.code, a.start)
        for x in {id(b): b, id(own): own}.values():
            a.mention_ids = a.mention_ids + [m for m in x.mention_ids if m not in a.mention_ids]
            drop.add(id(x))
    if drop:
        specs[:] = [sp for sp in specs if id(sp) not in drop]


def _body_before_title(doc: Document, specs: list[_Spec]) -> None:
    """"State Department spokesman Tommy Pigott", "Pentagon spokeswoman …", "NATO spokesman …": an English
    country-less title (a person read by its title word) right after a named body (one space between) is that body's
    official, coded as the body (session 16, ACT).  A comma or any word between ("the State Department, officials
    said") ends it; a metonym ("Beijing spokesman") is left to the other rules."""
    text = doc.text
    order = None
    for b in specs:
        if b.res.country or b.res.basis != "title" or b.res.role not in _OFFICE_ROLES or b.kind != "person" \
                or not text[b.start:b.start + 1].isascii():
            continue
        if order is None:
            order = {(o.sentence, o.end): o for o in specs}
        a = order.get((b.sentence, b.start - 1))
        if a is None or text[a.end:b.start] != " " or a.kind != "organisation" or a.res.basis != "lexicon" \
                or not a.res.code or a.res.code == a.res.role:
            continue
        r = a.res
        b.res = Resolution(r.code, r.country, r.role, "person", name_en=b.res.name_en, basis="title_of",
                           main=r.main)
        b.key = ("T", r.code, b.start)


def _hedged_nationality(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"قال المرصد إن طائرات يرجح أنها تركية شنت غارة": an Arabic country-less role (MIL, UAF …) followed by a verb of
    likelihood (cue ``hedge``: يرجح، يعتقد، يشتبه), a complementiser with a pronoun (``hedge_that``: أنها، أنهم) and a
    nationality adjective is that country's (TURMIL; session 16, ACT), its span widened over the clause.  Only that order, with nothing between; the
    English "aircraft believed to be Turkish" is read already."""
    hedge = lex.cues.get("hedge")
    text = doc.text
    if not hedge or not any(h in text for h in hedge) or not any(sp.res.role and not sp.res.country for sp in specs):
        return
    that = lex.cues.get("hedge_that") or ()
    for sp in specs:
        if sp.res.country or not sp.res.role or sp.res.role == sp.res.code and sp.kind == "country":
            continue
        words = text[sp.end:sp.end + 40].split(None, 3)
        if len(words) < 3 or phrase_key(words[0]) not in hedge or phrase_key(words[1]) not in that:
            continue
        nat = words[2].strip("،,.;:!؟?\"«»()")
        c = next((e.country for e in lex.lookup(nat) if e.type == "demonym" and e.country), None)
        if c is None:
            continue
        r = sp.res
        sp.res = Resolution(make_code(c, r.role), c, r.role, r.kind, name_ar=r.name_ar, name_en=r.name_en,
                            basis="title+nationality", main=c)
        sp.key = ("T", sp.res.code, sp.start)
        sp.end = text.index(nat, sp.end) + len(nat)   # (one phrase up to the nationality: the verb's subject)


_SIDE_ARTICLES = ("ال", "لل", "بال", "وال", "فال", "وبال", "ولل")


def _side_nationality(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"وأشاد الوزير بتعاون الجانب التونسي"، "وسلم الجانب الجزائري مذكرة": a side noun (cue ``side_noun``: الجانب، the
    side) and a nationality adjective are that country (session 18, ARL), an actor of its own.  Not after a locative
    preposition (cue ``side_locative``: "في الجانب الليبي من الحدود" is a place), nor inside another actor's phrase.
    Only the places of the bare noun in the text are read (a find per occurrence, no scan of every word)."""
    nouns = lex.cues.get("side_noun")
    text = doc.text
    if not nouns:
        return
    loc = lex.cues.get("side_locative") or ()
    req = lex.cues.get("side_request") or ()
    toks = None
    for noun in nouns:
        at = text.find(noun + " ")
        while at >= 0:
            m_start, after = at, at + len(noun) + 1
            at = text.find(noun + " ", after)
            w0 = text.rfind(" ", 0, m_start) + 1   # (the word's start: its article / proclitics before the noun)
            w0 = max(w0, text.rfind("\n", 0, m_start) + 1)
            while w0 < m_start and text[w0] in _OPEN_QUOTES:
                w0 += 1   # ('"العدو الإسرائيلي"': a quoted phrase, the mark glued to its first word; session 41)
            if text[w0:m_start] not in _SIDE_ARTICLES:
                continue
            end = after
            while end < len(text) and not text[end].isspace():
                end += 1
            adj = text[after:end].rstrip("،,.;:!؟?\"»)")
            c = _demonym_country(lex, adj) if adj.startswith("ال") else None   # (a definite nisba: التونسي)
            if c is None:
                continue
            prev = text[max(0, w0 - 12):w0].split()
            asked = prev and prev[-1] == "من" and req and any(
                phrase_key(w) in req for w in text[max(0, w0 - 60):w0].split()[-6:-1])
            if prev and phrase_key(prev[-1]) in loc and not asked:
                continue   # (after a request verb "من الجانب الروسي" is the one asked: session 53, MISS53)
            s0 = m_start - (3 if text[w0:m_start].endswith("بال") else 2)   # (from the article: الجانب، للجانب)
            s0 = max(s0, w0)
            e0 = after + len(adj)
            if any(o.start < e0 and s0 < o.end for o in specs):
                continue
            if toks is None:
                toks = token_starts(doc)
            k = max(0, bisect.bisect_right(toks, s0) - 1)
            si = doc.tokens[k].sentence if doc.tokens else 0
            if doc.sentences[si].segment_kind in SKIP_KINDS:
                continue
            res = Resolution(c, c, None, "country", basis="side", main=c)
            specs.append(_Spec(("S", c, s0), res, s0, e0, [], "country", True, None, si))


def _delegation_head(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"ووصل وفد مالي برئاسة وزير الخارجية إلى نواكشوط": a country-less title right after a delegation with a country
    (its first word a ``delegation`` cue: وفد، بعثة) and a ``led_by`` word (برئاسة، بقيادة) heads that delegation: it
    takes the delegation's country (session 19, ARX; before, the story's other foreign ministry left it country-less,
    or one named before gave it the wrong country)."""
    dele = lex.cues.get("delegation")
    text = doc.text
    if not dele or "برئاسة" not in text and "بقيادة" not in text:
        return
    led = lex.cues.get("led_by") or ()
    prev = None
    for sp in sorted(specs, key=_span_key):
        if prev is not None and not sp.res.country and sp.res.role and prev.res.country and prev.sentence == sp.sentence:
            gap = text[prev.end:sp.start].split()
            head = text[prev.start:prev.end].split()[0]
            if len(gap) == 1 and phrase_key(gap[0]) in led and (phrase_key(head) in dele or phrase_key(head[1:]) in dele):
                c, r = prev.res.country, sp.res
                sp.res = Resolution(make_code(c, r.role), c, r.role, r.kind, name_ar=r.name_ar, name_en=r.name_en,
                                    basis="anaphora", main=c)
                sp.key = ("A", sp.res.code, sp.start)
        prev = sp


def _definite_minister(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"قال وزير الخارجية الكويتي … وأجرى الوزير مساء الاثنين اتصالا": a definite title alone (cue
    ``minister_anaphor``: الوزير، the minister), country-less, is the minister named before it (an actor with a
    country whose words hold a ``minister_head``), when every minister named before it in the document is of one
    country (session 16, ACT).  Ministers of two countries before it ("… ونظيره العراقي … وقال الوزير"): left
    country-less."""
    anaphor = lex.cues.get("minister_anaphor")
    text = doc.text
    if not anaphor or not any(k in text for k in anaphor):
        return
    cands = [sp for sp in specs if not sp.res.country and sp.res.role == "GOV"
             and len(text[sp.start:sp.end].split()) == 1 and phrase_key(text[sp.start:sp.end]) in anaphor
             and (text[sp.start:sp.start + 3].lstrip("وف").startswith("ال")
                  or text[max(0, sp.start - 4):sp.start].lower() == "the ")]   # (definite: not "وزير اقتصاد مصر")
    if not cands:
        return
    heads = lex.cues.get("minister_head") or ()
    for sp in cands:
        # (session 47) a minister named as the partner of a joint act ("وقع وزير الحج مع وزير الشؤون الدينية
        # الإندونيسي اتفاقية"، after مع) is the guest, no antecedent of the story's "the minister"
        before = [o for o in specs if o.end <= sp.start and o.res.country and o.res.role == "GOV"
                  and any(phrase_key(w) in heads for w in text[o.start:o.end].split())
                  and text[max(0, o.start - 4):o.start].split()[-1:] != ["مع"]]
        if len({o.res.country for o in before}) > 1:
            # (session 18) ministers of two countries in the story: the one of the same or the sentence before
            # when that names ministers of one country ("وقال وزير الداخلية الليبي … . وأشاد الوزير بـ …")
            before = [o for o in before if o.sentence >= sp.sentence - 1]
        _take_one_country(sp, before)


_SOURCE_ANAPHOR = re.compile(r"(?<!\w)[وف]?(المصدر)(?!\w)")
_SOURCE_HEAD = ("مصدر ", "مصادر ")


def _source_anaphor(doc: Document, specs: list[_Spec]) -> None:
    """"ونقلت الوكالة عن مصدر حكومي مسؤول قوله إن … . ودعا المصدر الوسطاء إلى …": the bare definite "المصدر" (no
    actor alone: trigger_stop.tsv) names back the source named before it with its sector ("مصدر حكومي"، "مصدر
    دبلوماسي مصري": an actor whose words open with مصدر), when every such source before it has one code and
    within three sentences; nothing else is read at that word (session 50, lead)."""
    text = doc.text
    if "المصدر" not in text:
        return
    added = []
    for m in _SOURCE_ANAPHOR.finditer(text):
        s0, e0 = m.start(1), m.end(1)
        nxt = text[e0:e0 + 12].split()
        if nxt and nxt[0].startswith("ال") and nxt[0].rstrip("،,.").endswith(("ي", "ية", "ه")):
            continue   # "المصدر الأمني": a definite source with its own sector adjective is read by the role rows
        if any(sp.start < e0 and s0 < sp.end for sp in specs):
            continue
        si = next((k for k, st in enumerate(doc.sentences) if st.start <= s0 < st.end), None)
        if si is None:
            continue
        before = [o for o in specs if o.end <= s0 and o.res.code and o.sentence >= si - 3
                  and text[o.start:o.end].startswith(_SOURCE_HEAD)]
        if not before or len({o.res.code for o in before}) != 1:
            continue
        r = max(before, key=lambda o: o.start).res
        res = Resolution(r.code, r.country, r.role, "person", name_ar=r.name_ar, name_en=r.name_en, basis="anaphora",
                         entity_id=r.entity_id, main=r.main)
        added.append(_Spec(("A", r.code, s0), res, s0, e0, [], "person", True, None, si))
    if added:
        specs.extend(added)
        specs.sort(key=attrgetter("start"))


def _titled_name_en(doc: Document, specs: list[_Spec]) -> None:
    """"ruled in favour of Zambia's attorney general … Attorney General Mulilo Kabesha welcomed the judgment": a
    country-less English title written before a name (capitalised) holds the title an earlier actor named with its
    country's possessive ("Zambia's attorney general"): that country's officer, when every such earlier title is of
    one country (:func:`_take_one_country`; session 50, lead; the Arabic and lower-case anaphors are
    _definite_title's)."""
    text = doc.text
    if "'s " not in text and "’s " not in text:
        return
    titles: dict[str, list[_Spec]] = {}
    for o in specs:
        if not o.res.country or not o.res.role:
            continue
        ws = text[o.start:o.end].split()
        if len(ws) >= 2 and ws[0].endswith(("'s", "’s")) and all(w.islower() for w in ws[1:]):
            titles.setdefault(" ".join(ws[1:]), []).append(o)
    if not titles:
        return
    for sp in specs:
        if sp.res.country or not sp.res.role or sp.kind != "person" or not text[sp.start:sp.start + 1].isupper():
            continue
        low = text[sp.start:sp.end].lower()
        t = next((t for t in titles if low.startswith(t + " ")), None)
        if t is not None:
            _take_one_country(sp, [o for o in titles[t] if o.end <= sp.start])


def _take_one_country(sp: _Spec, before: list) -> None:
    """``sp`` becomes the last of the actors ``before`` it (its anaphor) when they are all of one country."""
    if not before or len({o.res.country for o in before}) != 1:
        return
    r = max(before, key=lambda o: o.start).res
    sp.res = Resolution(r.code, r.country, r.role, sp.res.kind, name_ar=r.name_ar, name_en=r.name_en,
                        basis="anaphora", entity_id=r.entity_id, main=r.main)
    sp.key = ("A", r.code, sp.start)


def _definite_title(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"Japan's foreign minister summoned China's ambassador … '…,' the foreign minister told reporters. … The
    ambassador rejected the protest": a definite country-less title or body of lower-case words whose head (cue
    ``title_anaphor``: the last English word, the first Arabic one) is the actor named before it whose words contain
    all of its words (the Arabic article dropped: السفير -> سفير مالي), when every such actor before it is of one
    country (session 18, B5AC; the condition of ``_definite_minister``, which reads the one-word "the minister")."""
    anaphor = lex.cues.get("title_anaphor")
    text = doc.text
    if not anaphor or not any(k in text for k in anaphor):
        return
    cands = []
    for sp in specs:
        if sp.res.country or sp.res.role not in _ANAPHOR_TITLE_ROLES:
            continue
        surf = text[sp.start:sp.end]
        ws = surf.split()
        if not ws or len(ws) > 3:
            continue
        if surf[:1].isascii():
            if not surf.islower() or phrase_key(ws[-1]) not in anaphor \
                    or text[max(0, sp.start - 4):sp.start].lower() != "the ":
                continue
            key = surf.lower()
        else:
            w0 = ws[0][1:] if ws[0][:1] in "وف" and ws[0][1:3] == "ال" else ws[0]
            if len(ws) == 1 and phrase_key(w0) in anaphor:
                key = w0[2:]
            elif len(ws) > 1 and phrase_key(" ".join(ws)) in anaphor:
                key = " ".join(ws)   # a title of two words, its second definite: "ولي العهد" (session 48, gapar48)
            else:
                continue
        cands.append((sp, key))
    for sp, key in cands:
        before = [o for o in specs if o.end <= sp.start and key in text[o.start:o.end].lower() and (
                  (o.res.country and o.res.role in ("GOV", sp.res.role))
                  or (not text[sp.start].isascii() and (o.res.code or "").startswith("IGO")))]
        # (an Arabic title names back an international body's too: "وحذر المبعوث" after "المبعوث الأممي"; s48)
        _take_one_country(sp, before)


# the roles of a definite title that names back (GOV; REL since session 48: "البابا" after "البابا لاوون الرابع عشر" is
# the pope named, a head of state -- not the host country's clergy)
_ANAPHOR_TITLE_ROLES = frozenset({"GOV", "REL"})


def _delegation_anaphor(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"اختتم وفد من جماعة الحوثي محادثات في الرياض … واستقبل وزير الدفاع السعودي الوفد": a definite delegation noun
    alone (cue ``delegation`` with the article: الوفد، البعثة; with و / ف / ل / ب before it), country-less, is the
    delegation named before it (an actor with a country whose first word is a ``delegation`` cue: "وفد من …"، "وفد
    مصري"), when every such delegation before it is of one country (session 25, B12AR; the condition of
    ``_definite_minister``).  Before, it was a bare government (GOV)."""
    dele = lex.cues.get("delegation")
    text = doc.text
    if not dele or "الوفد" not in text and "البعثة" not in text and "للوفد" not in text and "للبعثة" not in text:
        return

    def bare(w: str) -> str:
        w = clean_word(w)
        if w[:1] in ("و", "ف") and len(w) > 4:
            w = w[1:]
        if w[:1] == "ب" and w[1:3] == "ال":
            w = w[1:]
        return "ا" + w[1:] if w[:2] == "لل" and len(w) > 4 else w

    def is_dele(w: str) -> bool:
        return phrase_key(w) in dele
    for sp in specs:
        surf = text[sp.start:sp.end].split()
        if sp.res.country or len(surf) != 1 or not surf[0].strip() or not _definite(bare(surf[0])) \
                or not is_dele(bare(surf[0])):
            continue
        before = [o for o in specs if o.end <= sp.start and o.res.country and o.res.code
                  and text[o.start:o.end].split() and is_dele(bare(text[o.start:o.end].split()[0]))]
        _take_one_country(sp, before)


def _title_key(lex: Lexicon, words: list[str]) -> Optional[str]:
    """The ``leader_title`` cue the phrase's words begin with (a leading و / ف stripped), else None."""
    titles = lex.cues.get("leader_title") or ()
    for n in (2, 1):
        if len(words) >= n:
            for w0 in (words[0], words[0][1:] if words[0][:1] in "وف" else None):
                if w0:
                    k = phrase_key(" ".join([w0] + words[1:n]))
                    if k in titles:
                        return k
    return None


def _holds_title(lex: Lexicon, words: list[str], key: str) -> bool:
    """Whether the title ``key`` begins the phrase or follows its first words ("Croatian Prime Minister X")."""
    return any(_title_key(lex, words[i:]) == key for i in range(min(len(words), 3)))


def _leader_title(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"التقى رئيس الوزراء الجزائري … وانتقد رئيس الوزراء نذير العرباوي": a country-less head-of-government title
    (cue ``leader_title``), alone or before a name not in the tables, is of the country of the same title named
    before it, when every such title before it is of one country (session 16, FIX2; the one-country condition of
    ``_definite_minister``)."""
    if not lex.cues.get("leader_title"):
        return
    text = doc.text
    cands = [sp for sp in specs if not sp.res.country and sp.res.role == "GOV"
             and _title_key(lex, text[sp.start:sp.end].split())]
    if not cands:
        return
    for sp in cands:
        key = _title_key(lex, text[sp.start:sp.end].split())
        before = [o for o in specs if o.end <= sp.start and o.res.country and o.res.role == "GOV"
                  and _holds_title(lex, text[o.start:o.end].split(), key)]
        if not before or len({o.res.country for o in before}) != 1:
            continue
        r = max(before, key=lambda o: o.start).res
        sp.res = Resolution(make_code(r.country, "GOV"), r.country, "GOV", sp.res.kind, basis="anaphora", main=r.main)
        sp.key = ("A", sp.res.code, sp.start)


# singular and plural possessors (a body, a state, a group of people); a dual (دوريتهما) is two people
_POSS_SUFFIXES = frozenset({"ه", "ها", "هم"})
_POSS_TO = frozenset({"له", "لها", "لهم"})
_POSS_SINGULAR = frozenset({"ه", "ها"})   # (a body's: قائدها، رئيسه)   # the same possessors after تابع (cue belongs)


def _possessive(doc: Document, specs: list[_Spec], belongs=()) -> None:
    """"أعلنت كتائب القسام أن مقاتليها استهدفوا …", "قال الجيش إن جنوده …": a bare role noun (no country,
    no top code) carrying a possessive pronoun belongs to the one coded actor named before it in the
    sentence (a body without a country, السلطات، الحكومة, also counts as a possessor, and then
    nothing changes).  A named or sector-coded body (a group, a party, the Iraqi police) passes its whole code
    (its fighters are the group); a state or a person passes the country and the noun keeps its own role
    (قواتها after فرنسا -> FRAMIL).  With two or more coded actors before it the pronoun is ambiguous
    ("قالت حماس إن إسرائيل قتلت مقاتليها") and nothing changes."""
    toks = doc.tokens
    if not toks:
        return
    cands = []
    for sp in specs:
        r = sp.res
        if r.country or r.main or not r.role:
            continue
        if " " in doc.text[sp.start:sp.end].strip() and not belongs:
            continue   # (a phrase: only with تابعة لها after it, below)
        cands.append(sp)
    if not cands:
        return
    starts = token_starts(doc)   # (toks is doc.tokens)
    for sp in cands:
        k = bisect.bisect_left(starts, sp.start)
        if k >= len(toks) or toks[k].start != sp.start:
            continue
        e = bisect.bisect_left(starts, sp.end)   # the token after the phrase
        owner = _named_owner(specs, toks, e, belongs) if belongs and e + 1 < len(toks) else None
        if owner is None and not (belongs and e + 1 < len(toks) and toks[e + 1].norm in _POSS_TO
                                  and phrase_key(toks[e].norm) in belongs) \
                and (toks[k].suffix not in _POSS_SUFFIXES or " " in doc.text[sp.start:sp.end].strip()):
            continue   # ("فرقاطة تابعة لها"، "سفينة حربية تابعة لها": cue belongs + لها, as a possessive suffix; session 11)
        # possible possessors: coded actors, bodies and state services (السلطات، الجنود) even without a country
        before = [owner] if owner is not None else [
            o for o in specs if o.sentence == sp.sentence and o.end <= sp.start and o.res.basis != "metonym"
            and (o.res.country or o.res.main or o.kind == "organisation" or o.res.role in _ANAPHOR_ROLES)]
        if not before and toks[k].suffix in _POSS_SINGULAR and sp.sentence > 0 and not any(
                o.sentence == sp.sentence and o.end <= sp.start for o in specs):
            # the first actor of its sentence: the possessor is the one named body of the sentence before
            # ("قالت قوات اليونيفيل إنها … والتقى قائدها …"; session 16, FIX2)
            # (only when it is the only coded actor there: "قالت اليونيفيل إن إسرائيل …" is ambiguous)
            before = [o for o in specs if o.sentence == sp.sentence - 1 and o.res.basis != "metonym"
                      and (o.res.country or o.res.main or o.res.entity_id)]
            if not any(o.kind == "organisation" and o.res.entity_id for o in before):
                continue   # (a named body of the tables; one code there: checked below)
        keys = {o.res.code for o in before}
        if len(keys) != 1:
            continue
        a = max(before, key=_span_key).res
        if not (a.country or a.main or a.entity_id):
            continue   # (a named body of the tables without a country: an IGO force, UNIFIL, KFOR)
        if a.kind in ("country", "person") or not a.role or (
                a.role in _ANAPHOR_ROLES and sp.res.role in _ANAPHOR_ROLES and a.country):
            # (a state body's own forces: "وزارة الدفاع الصومالية … إن قواتها" -> SOMMIL, session 13)
            top = a.country or a.main
            sp.res = Resolution(make_code(top, sp.res.role), a.country, sp.res.role, sp.res.kind,
                                basis="possessive", main=a.main or a.country)
        else:
            sp.res = Resolution(a.code, a.country, a.role, sp.res.kind, a.name_ar, a.name_en,
                                basis="possessive", entity_id=a.entity_id, main=a.main)
        sp.key = ("P", sp.res.code, sp.start)


def _named_owner(specs: list[_Spec], toks, e: int, belongs) -> Optional[_Spec]:
    """The coded actor a bare role phrase belongs to by name: "القوات المسلحة التابعة للجماعة"، "قوات تابعة لحكومة
    الوحدة" -- cue ``belongs`` right after the phrase (token ``e``), then an actor with a country or a top code whose
    span opens at the next token with its ل (session 48, lead; "تابعة لها" is the pronoun's, above)."""
    nxt = toks[e + 1]
    if phrase_key(toks[e].norm) not in belongs or not ((nxt.prefix or "").endswith("ل") or nxt.norm.startswith("ل")):
        return None   # (the tokenizer keeps the clitic ل apart: prefix "ل", norm "الجماعه")
    at = toks[e + 1].start
    return next((o for o in specs if at <= o.start < toks[e + 1].end and (o.res.country or o.res.main)), None)


def _doc_countries(doc: Document, specs: list[_Spec], skip: set) -> tuple[dict, list]:
    """(count per country, country sets of ambiguous place names) named in the document outside
    the actors in ``skip``."""
    from ..geo.match import context_countries
    spans = [(sp.start, sp.end) for sp in specs if id(sp) in skip]
    ctx: dict[str, int] = {}
    for sp in specs:
        c = sp.res.country
        if c and id(sp) not in skip:
            ctx[c] = ctx.get(c, 0) + 1
    skipped = {i for i, s in enumerate(doc.sentences) if s.segment_kind in SKIP_KINDS}
    if skipped:   # (the shared columns' part outside those sentences)
        toks, triples, texts = tokens_outside(doc, skipped)
    else:
        toks, triples, texts = doc.tokens, token_triples(doc), token_texts(doc)
    if toks:
        single, multi = context_countries(doc.text, triples, texts, exclude=spans)
        for c, n in single.items():
            ctx[c] = ctx.get(c, 0) + n
    else:
        multi = []
    return ctx, multi


def _sub_actors_(doc, lex, si, toks, words, keys, sub: list[Item], date, inherit_role, inherit_loc):
    # one pass over the (mostly one-item) sub-phrase instead of a comprehension per item type
    ents: list[Item] = []
    ments: list[Item] = []
    others: list[Item] = []
    for it in sub:
        t = it.type
        if t == "entity":
            ents.append(it)
        elif t == "mention":
            ments.append(it)
        elif t in _OTHER_TYPES:
            others.append(it)
    persons = [it for it in ents if it.entries[0].kind == "person"] + \
        [it for it in ments if it.mention_type == "PERS"] if ents or ments else []
    role, role_item = best_role(others)
    specs: list[_Spec] = []
    org_roles: list[Item] = []
    if persons:
        p0 = min(it.i for it in persons)
        others = [o for o in others if not _post_place(o, p0, words)]
        # "حكومة الرئيس X", "نظام X": an institution word before a person names the person's
        # institution, not the person
        org_roles = [o for o in others if o.type == "role" and o.j <= p0 and o.entries[0].kind != "person"]
        if org_roles and any(o.type == "demonym" and org_roles[-1].j <= o.i and o.j <= p0 for o in others) and \
                not words[p0][:1].isascii():
            # "المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني": a name after the body's nationality adjective is
            # no genitive of the body (that is "قوات حفتر", right after it) but the person the title names
            # (session 37 PPL37)
            org_roles = []
        others = [o for o in others if o not in org_roles]
    # named entities (each its own actor)
    for it in ents:
        e = it.entries[0]
        code, country, erole, expired = entry_code(e, date)
        res = Resolution(code=code, country=country, role=erole, kind=e.kind or "organisation",
                         name_ar=e.name_ar, name_en=e.name_en, basis="lexicon", entity_id=e.entity_id,
                         expired=expired)
        s, t = _span(toks, it.i, it.j, it.prefix)
        if e.kind == "person" and expired and others:
            # the dated role ended: the title in the text (if any) says what the person is now
            tr = combine(others, date)
            if tr and tr.code:
                cc = tr.country or res.country
                res.code = (cc + tr.role) if (cc and tr.role) else (tr.code if tr.country else res.code)
                res.country, res.role = cc, tr.role if cc or tr.country else res.role
                res.basis = "title+nationality"
        elif e.kind == "person" and others and erole and len(ents) == 1 and not ments and \
                sides_conflict(erole, best_role(others)[0]):
            # "Opposition leader Raila Odinga", "الرئيس السابق X": a title in the person's own noun
            # phrase on the other side of the state (codes.tsv side) than the dated role says what
            # the person is in this text (an institution before the name, قوات X, is not his title;
            # "قائد قوات الدعم السريع X": a title of a named body is the body's, not the state's)
            tr = combine(others, date)
            if tr is not None and tr.role:
                cc = tr.country or res.country
                res.code, res.country, res.role = make_code(cc, tr.role), cc, tr.role
                res.basis = "title+nationality"
        if e.kind != "person" and not persons and others and _roles_hug(others, it, words):
            # "قوات الناتو", "رئيس جهاز ...": the title words are part of the organisation's phrase
            s = min(s, min(toks[o.i].start for o in others))
            t = max(t, max(toks[o.j - 1].end for o in others))
            if code and not erole and role:
                res.code, res.role = (code + role if len(code) == 3 else code), role
        spec = _Spec(("E", e.entity_id), res, s, t, it.mention_ids, e.kind or "organisation", True,
                     e.name_ar or e.name_en, si)
        if e.kind == "person":
            spec.surname_keys = _entity_surnames(lex, e)
            said = doc.text[toks[it.i].start:toks[it.j - 1].end]
            if len(said.split()) >= 2:
                # (session 43) the surname of the alias as written: "توم براك" (listed beside the name "توم باراك")
                # is named back by "براك"
                k = phrase_key(surname_word(said))
                if len(k) >= 3 and k not in spec.surname_keys:
                    spec.surname_keys.append(k)
        specs.append(spec)
    # unknown names (NER mentions)
    for it in ments:
        s, t = it.span or _span(toks, it.i, it.j)
        text = doc.text[s:t]
        kind = ACTOR_MENTIONS.get(it.mention_type or "", "unknown")
        attached = others if (it.mention_type == "PERS" and len(persons) == 1) or it.mention_type == "ORG" else []
        if org_roles and attached and it.mention_type == "PERS" and any(
                o.type == "role" and o.entries[0].kind == "person" and o.j == org_roles[0].i for o in others):
            # "رئيس البرلمان سالم مرهون", "رئيس المحكمة …": a title whose genitive is the institution heads it --
            # the person is the institution's (LEG, JUD), not the bare title's GOV (session 35)
            attached = others + org_roles
        tr = combine(attached, date) if attached else None
        if tr is not None and tr.role:
            res = Resolution(code=tr.code, country=tr.country, role=tr.role, kind=kind,
                             basis="title+nationality" if tr.country else "title")
            resolved = True
        else:
            country = tr.country if tr is not None else None
            res = Resolution(code=None, country=country, role=None, kind=kind, basis="unresolved")
            resolved = False
        if kind == "person":
            res.name_ar = text if any("\u0600" <= c <= "\u06ff" for c in text) else None
            res.name_en = None if res.name_ar else text
        spec = _Spec(("M", clean_word(text)), res, s, t, it.mention_ids, kind, resolved, text, si)
        ws = text.split()
        if kind == "person" and (len(ws) >= 2 or (resolved and len(ws) == 1 and len(ws[0]) >= 4 and ws[0].isascii()
                                                  and ws[0][:1].isupper())):
            # (one English word after a title names the person too: "Prime Minister Sheikh Hasina … demanded
            # Hasina's resignation", s27 B19EN)
            spec.surname_keys = [phrase_key(surname_word(text))]
        specs.append(spec)
    if ents and not persons and not ments and others and not any(_roles_hug(others, x, words) for x in ents):
        # "الحكومة اللبنانية للمحكمة الدولية": the title phrase is its own actor
        rest = [o for o in others]
        tr = combine(rest, date)
        if tr is not None and tr.role and tr.country is None and rest[-1].j < ents[0].i and \
                specs and specs[0].res.country and _led_by(lex, words[rest[-1].j:ents[0].i]):
            # "متشددين موالين لحركة طالبان": a force led by / loyal to a group takes its country
            tr.country = tr.main = specs[0].res.country
            tr.code = tr.country + tr.role
            tr.basis = "title+nationality"
        if tr is not None and (tr.role or tr.basis == "metonym"):
            s0, t0 = _span(toks, rest[0].i, rest[-1].j, rest[0].prefix)
            specs.append(_Spec(("T", tr.code, tr.basis, tr.kind, _head(words, rest[0])), tr, s0, t0, [],
                               tr.kind, True, None, si))
    if ents or ments:
        if org_roles:
            ps = [sp for sp in specs if sp.kind == "person"]
            tr = combine(org_roles + [o for o in others if o.type != "role" and o.j <= persons[0].i], date)
            if tr is not None:
                if tr.country is None and ps and ps[0].res.country:
                    # "قوات مناوي": the forces of a person take the person's country, and a
                    # non-state leader's forces his sector (a rebel leader's forces are rebels)
                    tr.country = tr.main = ps[0].res.country
                    if tr.role == "MIL" and ps[0].res.role in NONSTATE_ROLES:
                        tr.role = ps[0].res.role
                    tr.code = (tr.country + tr.role) if tr.role else tr.country
                    tr.basis = "title+nationality"
                tr.kind = "organisation"
                s0, t0 = _span(toks, org_roles[0].i, org_roles[-1].j, org_roles[0].prefix)
                specs.append(_Spec(("T", tr.code, tr.basis, tr.kind, _head(words, org_roles[0])), tr, s0, t0,
                                   [], "organisation", True, None, si))
        if persons:
            # the title/nationality words next to the person describe it: widen its span to them
            # (not across another name: "مدير وكالة ... وليام بيرنز" keeps the agency apart)
            pi = [i for i, s in enumerate(specs) if s.kind == "person"][0]
            p = specs[pi]
            pit = persons[0]
            # (an organisation between a title and the name is nested in the person's phrase:
            # "[مدير [وكالة المخابرات المركزية]] وليام بيرنز" is Burns)
            names = sorted([it for it in persons if it is not pit], key=lambda x: x.i)
            for o in others:
                between = [n for n in names if (o.j <= n.i and n.j <= pit.i) or (pit.j <= n.i and n.j <= o.i)]
                if not between:
                    # (from the title's own start: "بأمير قطر الشيخ تميم" keeps its clitic ب out, session 41)
                    p.start = min(p.start, _span(toks, o.i, o.j, o.prefix)[0])
                    p.end = max(p.end, toks[o.j - 1].end)
        return specs, role_item, False
    # no name: title / nationality / metonym / country
    places = [it for it in others if it.type != "role"]
    if role is None and inherit_role is not None and places and all(p.type == "demonym" for p in places):
        # "دبلوماسيين أميركيين وروس": the second nationality shares the first conjunct's title
        res = combine([inherit_role] + places, date)
        role_item = None
        if res:
            s, t = _span(toks, sub[0].i, sub[-1].j, sub[0].prefix)
            res.kind = "group"
            return [_Spec(("T", res.code, res.basis, res.kind), res, s, t, [], res.kind, True, None, si)], None, False
    if role is None:
        if not places:
            return [], None, False
        first = places[0]
        loc = inherit_loc if first.conj and inherit_loc else _locative(lex, words, keys, first, [])
        if loc and ((first.type == "demonym" and first.entries[0].plural) or _is_nisba_plural(words[first.j - 1])):
            loc = False   # "الآلاف من الكينيين": people after من are a partitive's whole, not a place
        if loc and first.type == "demonym" and _event_noun(lex, words, first) == "" and \
                not words[first.i][:1].isascii():
            loc = False   # "مفاوضات روسية أمريكية": the talks' nationalities are their parties (محادثات أنقرة: a place)
        if loc:
            return [], None, True
        if first.type == "demonym" and not (_is_plural(words[first.j - 1]) or first.entries[0].plural) and \
                not any(p.type == "demonym" and p.entries[0].plural for p in places[1:]):
            ev = _event_noun(lex, words, first)
            if ev is None:
                return [], None, False  # an adjective of an unknown noun (الحرب الروسية)
            # "القصف الإسرائيلي", "Saudi airstrike": the nationality of an attack names its author
            res = combine(places[:1], date)
            if res is None or not res.country:
                return [], None, False
            if ev == "MIL":
                res.role, res.code = "MIL", res.country + "MIL"
                res.basis = "title+nationality"
            res.kind = "group"
            s, t = _span(toks, first.i, first.j, first.prefix)
            k = first.i - 1
            if ev == "MIL" and k >= 0 and not words[k][:1].isascii() and \
                    phrase_key(words[k]) in lex.cues.get("drone_adjective", ()):
                # "مسيرة إسرائيلية": the drone is the actor itself, noun and nationality one span (as
                # "طائرة مسيرة إسرائيلية"), not an event noun of which the adjective names the author
                s = toks[k].start
            specs = [_Spec(("T", res.code, res.basis, res.kind, "event"), res, s, t, [], res.kind, True, None, si)]
            second = places[1] if len(places) > 1 else None
            if ev == "" and second is not None and second.type == "demonym" and second.i == first.j:
                # "مفاوضات روسية أمريكية": the second nationality right after the first is the other party (AR12)
                res2 = combine([second], date)
                if res2 is not None and res2.country and res2.country != res.country:
                    res2.kind = "group"
                    s2, t2 = _span(toks, second.i, second.j, second.prefix)
                    specs.append(_Spec(("T", res2.code, res2.basis, res2.kind, "event"), res2, s2, t2, [], res2.kind,
                                       True, None, si))
            return specs, None, False
        res = combine(places, date)
        if res is None:
            return [], None, False
        if first.type == "demonym":
            res.kind = "group"
        s, t = _span(toks, sub[0].i, sub[-1].j, sub[0].prefix)
        key = ("C", res.code) if res.basis == "lexicon" else ("T", res.code, res.basis, res.kind)
        return [_Spec(key, res, s, t, [], res.kind, True, None, si)], None, False
    # a title (with or without nationality)
    if not places and role_item.entries[0].priority < 3:
        return [], role_item, False   # a generic head noun alone (رئيس، شخص، عناصر) is no actor
    if not places and role_item.j - role_item.i == 1 and (
            (_is_nisba_adjective(words[role_item.i]) and not _plural_with_pronoun(words[role_item.i], role_item)) or
            (role_item.entries[0].kind == "person" and clean_word(words[role_item.i]).endswith("ه")
             and phrase_key(words[role_item.i]) not in lex.cues.get("title_anaphor", ())
             and not _construct_title(words, role_item.i))):
        # العلاقات الدبلوماسية: an adjective, not a diplomat; a title that names back (cue title_anaphor) is a
        # noun in its feminine form too: "وحذرت المبعوثة" is the envoy named before (session 49, lead); so is an
        # indefinite one in construct with a definite word: "وزيرة الصحة" (session 51, lead)
        return [], None, False
    if not places and len(others) == 1 and role_item.j - role_item.i == 1 and \
            all(e.kind == "organisation" for e in role_item.entries) and \
            any(e.form.endswith("يه") for e in role_item.entries) and _masculine_nisba(words[role_item.i]):
        # "الأمن الداخلي"، "التدخل الخارجي"، "النقل البحري": the ending fold reads a masculine adjective as the
        # institution named by its feminine form (الداخلية، الخارجية، البحرية), which alone is no actor either
        # (above); an adjective of the noun before it (session 30, ACT21: "وزارة الأمن الداخلي" left a GOV actor)
        return [], None, False
    if role_item is sub[0] and role_item.j - role_item.i == 1 and role_item.i > 0 and \
            _is_nisba_adjective(words[role_item.i]) and clean_word(words[role_item.i - 1]).startswith("ال") and \
            not words[role_item.i - 1][:1].isascii() and \
            phrase_key(words[role_item.i]) not in lex.cues.get("nisba_institution", ()):
        # ("زار الوزير القنصلية الإيرانية": a consulate is an institution though its word looks like an adjective, s36)
        # "الانتخابات البرلمانية التركية", "العلاقات الدبلوماسية الروسية": a feminine adjective of the
        # noun before it (which is no actor), not a parliament or a diplomat
        return [], None, False
    if places and places[0].type in ("country", "capital") and places[0].i > role_item.i and \
            _locative(lex, words, keys, places[0], []):
        places = []  # "شرطة في بغداد": the place is where, not whose
    res = combine([role_item] + places, date)
    if res is None:
        return [], role_item, False
    if _is_plural(words[role_item.j - 1]) or role_item.entries[0].kind == "group":
        res.kind = "group"
    s, t = _span(toks, sub[0].i, sub[-1].j, sub[0].prefix)
    return [_Spec(("T", res.code, res.basis, res.kind, _head(words, role_item)), res, s, t, [], res.kind,
                  True, None, si)], role_item, False


def _event_noun(lex: Lexicon, words: list[str], it: Item) -> Optional[str]:
    """"MIL" / "" when the nationality adjective ``it`` qualifies an event noun (the noun before it
    in Arabic, after it in English), else None."""
    mil = lex.cues.get("event_mil", set())
    nat = lex.cues.get("event_nat", set())
    if words[it.i][:1].isascii():
        k = it.j
    else:
        k = it.i - 1
        while k > 0 and words[k] in _QUOTE_TOKENS:
            k -= 1   # ('تدين "العدوان" التركي': the quoted noun before the adjective, session 36)
    if not 0 <= k < len(words):
        return None
    w = words[k]
    if k > 0 and not w[:1].isascii() and phrase_key(w) in lex.cues.get("event_adjective", ()):
        k -= 1        # "قصف جوي إسرائيلي", "غارة جوية روسية": a manner adjective between noun and nationality
        w = words[k]
    elif k > 0 and not w[:1].isascii() and _is_nisba_adjective(w) and phrase_key(words[k - 1]) in nat:
        k -= 1        # "مفاوضات روسية أمريكية": the second party's nationality after the first's (session 16, AR12)
        w = words[k]
    keys = (phrase_key(w), w.lower()) + tuple(word_keys(w)[:2])
    if any(x in mil for x in keys):
        march = lex.cues.get("march_homograph")
        if march and not march.isdisjoint(keys):
            # مسيرة: a drone unless the sentence tells of a march (مسيرة احتجاجية، جابت مسيرات …)
            cue = lex.cues.get("march_cue", ())
            if any(not cue.isdisjoint(word_keys(x)) for x in words):
                return None
        return "MIL"
    if any(x in nat for x in keys):
        return ""
    return None


def _roles_hug(others: list[Item], it: Item, words: list[str]) -> bool:
    """Only sector words, right before or right after the organisation (قوات الناتو, Taliban militants).
    An Arabic word with the article is no construct head: "واتهمت اللجنة قوات الدعم السريع" is the
    committee, then the RSF."""
    if not all(o.type == "role" for o in others):
        return False
    if others[-1].j == it.i or (others[-1].j == it.i - 1 and words[it.i - 1] in _OPEN_QUOTES):
        # (a quoted name is the head's genitive too: "مقاتلو «حماس»"، "عناصر «القاعدة»"; session 34, GSR34)
        w = words[others[-1].j - 1]
        return w[:1].isascii() or not _definite(clean_word(w))
    if others[0].i != it.j:
        return False
    # after the name: English "Taliban militants"; an Arabic indefinite noun after a named group is
    # the verb's object ("احتجز الحوثيون موظفين"), a definite one its apposition
    w = words[others[0].i]
    return w[:1].isascii() or _definite(clean_word(w))


def _construct_title(words: list[str], i: int) -> bool:
    """(session 51) Is the Arabic word at ``i`` (a feminine title, not a nisba) indefinite and followed by a definite
    word -- the head of a construct ("وزيرة الصحة"، "رئيسة الحكومة"، "سفيرة الاتحاد"), a noun and no adjective?"""
    return i + 1 < len(words) and not _written_definite(words[i]) and _written_definite(words[i + 1])


def _written_definite(word: str) -> bool:
    """Does the Arabic word as written carry the article (after at most و / ف / ب: الوزير، والوزير، للوزير)?
    (:func:`_definite` reads a cleaned word, where إلكتروني and إلى normalise to an ال they do not have; session 51)"""
    return word.lstrip("وفب").startswith(("ال", "لل"))


def _is_nisba_adjective(word: str) -> bool:
    w = clean_word(word)
    return w.endswith("يه") and len(w) > 5


def _masculine_nisba(word: str) -> bool:
    """A definite Arabic masculine nisba adjective (الداخلي، البحري، والخارجي): the article (after at most one
    proclitic) and a final ي."""
    w = clean_word(word)
    if w[:1] in ("و", "ف", "ب", "ل") and w[1:3] == "ال":
        w = w[1:]
    # (written ي: normalisation makes an alef maqsura one too, "المستشفى" is no adjective)
    return w.startswith("ال") and w.endswith("ي") and len(w) > 5 and word.rstrip(_NOT_LETTER).endswith("\u064a")


_NOT_LETTER = "\"'»«.,،:؛;!?)( "


def _plural_with_pronoun(word: str, it: Item) -> bool:
    """"مقاتليه", "مسلحيه": a plural group noun in the construct form (مقاتلي) with the pronoun ه, written
    with a final ه (a feminine nisba adjective is written with ة: عسكرية) - no adjective."""
    return word.endswith("يه") and it.entries[0].kind == "group"


def _head(words, it: Item) -> str:
    return " ".join(phrase_key(w) for w in words[it.i:it.j])


def _compound_surnames(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"رئيس الوزراء العراقي عادل عبد المهدي … وأقال عبد المهدي الفريق …": a compound family name (a name_link
    particle and a word: عبد المهدي، أبو الغيط) alone, an unknown person, is the one coded person named before with a
    phrase that ends with it (session 36; _surnames links one-word surnames only)."""
    links = lex.cues.get("name_link")
    if not links:
        return
    text = doc.text
    for sp in specs:
        w = (sp.name or "").split()
        if sp.key[0] != "M" or sp.kind != "person" or len(w) != 2 or phrase_key(w[0]) not in links:
            continue
        tail = " " + " ".join(w)
        owners = {o.key: o for o in specs if o is not sp and o.res.code and o.kind == "person"
                  and text[o.start:o.end].rstrip().endswith(tail)}
        if len(owners) == 1:
            o = next(iter(owners.values()))
            sp.key, sp.res, sp.resolved = o.key, o.res, o.resolved


def _entity_surnames(lex: Lexicon, e) -> list[str]:
    out = []
    for n in (e.name_ar, e.name_en):
        if n and len(n.split()) >= 2:
            # (s33 GAPEN: "Qin Gang" -> Qin, a family name written first; "Joseph Wu" -> Wu, two letters)
            k = phrase_key(surname_word(n))
            if len(k) >= 3 or (len(k) == 2 and k.isascii()):
                out.append(k)
    return out


def _title_surname(lex: Lexicon, specs: list[_Spec], date) -> None:
    """"met Prime Minister Kishida", "President Tebboune said": a title before one unknown name word (a mention the
    tables do not hold: surnames alone are no alias) is the one listed person of that surname who holds the title's
    role at the document's date (people.tsv, either script); two such people, or none, leave it (session 20, ENA).
    A full name earlier in the document is linked by _surnames as before (the same entity)."""
    cands = [sp for sp in specs if sp.key[0] == "M" and sp.res.role and sp.kind == "person" and not sp.res.country
             and sp.name and " " not in sp.name.strip()]
    if not cands:
        return
    table = lex.memo.get("title_surnames")
    if table is None:
        table = {}
        for e in lex.entries:
            if e.type == "entity" and e.kind == "person" and e.periods:
                for k in _entity_surnames(lex, e):
                    table.setdefault(k, []).append(e)
        lex.memo["title_surnames"] = table
    for sp in cands:
        if any(o is not sp and o.res.country and sp.start <= o.start and o.end <= sp.end for o in specs):
            continue   # "الأمين العام للحركة الشعبية - شمال إسماعيل جلاب": a body's officer, no namesake elsewhere (s36)
        hits = {}
        for e in table.get(phrase_key(sp.name), ()):
            code, country, role, expired = entry_code(e, date)
            if code and not expired and role == sp.res.role:
                hits.setdefault(e.entity_id, (e, code, country, role))
        if len(hits) != 1:
            continue
        e, code, country, role = next(iter(hits.values()))
        sp.res = Resolution(code=code, country=country, role=role, kind="person", name_ar=e.name_ar, name_en=e.name_en,
                            basis="title+surname", entity_id=e.entity_id, main=country)
        sp.key = ("E", e.entity_id)


# ---------------------------------------------------------------- per document
def _titled_surname_alone(specs: list[_Spec]) -> None:
    """"Haitian Prime Minister Ariel Henry … "We take note of Prime Minister Henry's commitment" … Henry said": an
    unknown English name of one word after a title (its own mention, the title's code, or a country-less title's
    country read back from the story) is the one unknown person of
    the document whose longer name ends with that word and whose country agrees -- one person, not a second bearer
    of the surname that makes every later "Henry" ambiguous (session 41, gapen41).  The longer name may be a listed
    person too (people.tsv): the titled surname is then that entity (session 47, people47)."""
    longer: dict[str, list[_Spec]] = {}
    for sp in specs:
        if sp.key[0] in ("M", "E") and sp.kind == "person" and sp.surname_keys and sp.name \
                and len(sp.name.split()) >= 2:
            for k in sp.surname_keys:
                longer.setdefault(k, []).append(sp)
    if not longer:
        return
    for sp in specs:
        if sp.key[0] not in ("M", "A") or sp.kind != "person" or len(sp.surname_keys) != 1 or not sp.name \
                or len(sp.name.split()) != 1 or not sp.name.isascii():
            continue
        full = {o.key: o for o in longer.get(sp.surname_keys[0], ())}
        if len(full) != 1:
            continue
        (tgt,) = full.values()
        if sp.res.country and tgt.res.country and sp.res.country != tgt.res.country:
            continue          # another country's office: another person
        if sp.res.code and not tgt.res.code:
            continue
        sp.key, sp.res, sp.resolved = tgt.key, tgt.res, tgt.resolved


def _surnames(doc: Document, lex: Lexicon, specs: list[_Spec], date) -> None:
    """Surnames alone link to the full name seen in the document (either script)."""
    table: dict[str, Optional[_Spec]] = {}
    coded: dict[str, set] = {}   # surname -> keys of the coded people who bear it
    uncoded: set = set()         # surnames an unknown person bears too
    _titled_surname_alone(specs)
    for sp in specs:
        for k in sp.surname_keys:
            if sp.res.code:
                coded.setdefault(k, set()).add(sp.key)
            else:
                uncoded.add(k)
            if k in table and table[k] is not None and table[k].key != sp.key:
                table[k] = None  # ambiguous surname
            else:
                table.setdefault(k, sp)
    enders = None   # (surname key of the last word of each coded person's phrase -> the phrases' keys)
    for k in uncoded:
        if table.get(k, 0) is None and len(coded.get(k, ())) == 1:
            # "President Robert Mugabe … Grace Mugabe … Mugabe met the army commander": a surname that one coded person
            # and only unknown ones bear is the coded person's, the principal of the story (session 35) -- unless
            # another coded person's phrase ends with the word ("الفريق قايد صالح" beside "عبد القادر بن صالح")
            if enders is None:
                enders = {}
                for sp in specs:
                    if sp.kind == "person" and sp.res.code:
                        last = doc.text[sp.start:sp.end].split()[-1:]
                        if last:
                            enders.setdefault(phrase_key(last[0]), set()).add(sp.key)
            key = next(iter(coded[k]))
            if enders.get(k, set()) - {key}:
                continue
            table[k] = next(sp for sp in specs if sp.key == key and k in sp.surname_keys)
    if not table:
        return
    for sp in specs:
        # "Foreign Minister Therese Kayikwamba Wagner … Wagner said": a one-word organisation of the lexicon that is
        # the surname of a person named before it in the document is that person (session 40)
        word = doc.text[sp.start:sp.end].strip()
        if sp.res.basis == "lexicon" and " " not in word and (
                (sp.kind == "organisation" and word[:1].isupper())
                # (session 49, lead) "Prime Minister Luis Montenegro … Montenegro denied …": so is a country's name
                or (sp.kind == "country" and word[:1].isupper() and word.isascii())
                # (session 46, gapar46) "المبعوث الأمريكي توم باراك … ورحب باراك": an Arabic one-word name the lexicon
                # gives another person (Ehud Barak) is the surname of the person named in full before it
                or (sp.kind == "person" and not word.isascii())):
            tgt = table.get(phrase_key(word))
            if tgt is not None and tgt.kind == "person" and tgt.start < sp.start and tgt.res.code \
                    and tgt.key != sp.key:
                sp.key, sp.res, sp.resolved, sp.kind = tgt.key, tgt.res, tgt.resolved, tgt.kind
    covered = sorted((sp.start, sp.end) for sp in specs)
    cstarts = [c[0] for c in covered]

    def inside(s, e):
        i = bisect.bisect_right(cstarts, s) - 1
        return i >= 0 and covered[i][0] <= s and e <= covered[i][1]

    _nisba_surname(doc, specs, table)
    # unresolved one-word person mentions whose word is a known surname merge with that person; so do a family name's
    # particles before it (cue ``surname_particle``: "Le Drian", "de Mistura" after "Jean-Yves Le Drian"; session 38)
    particles = lex.cues.get("surname_particle") or ()
    for sp in specs:
        ws = (sp.name or "").split()
        if sp.key[0] == "M" and sp.kind == "person" and ws and len(ws) <= 3 and \
                all(phrase_key(w).lower() in particles for w in ws[:-1]):
            tgt = table.get(phrase_key(ws[-1]))
            if tgt is not None and tgt is not sp:
                sp.key, sp.res, sp.resolved = tgt.key, tgt.res, tgt.resolved
                sp.res = tgt.res
    long_keys = {k for k in table if len(k) >= 4}
    if long_keys:
        _surname_tokens(doc, specs, table, long_keys, inside)
    short_en = {k: sp for k, sp in table.items() if sp is not None and len(k) in (2, 3) and k.isascii()}
    if short_en:
        _short_surname_tokens_en(doc, specs, short_en, inside)
    short_ar = {k: sp for k, sp in table.items() if sp is not None and len(k) == 3 and not k.isascii()
                and sp.kind == "person" and sp.res.code}
    if short_ar:
        _short_surname_tokens_ar(doc, specs, short_ar, inside)
    # unknown English names in captions vs Arabic names in the body (transliteration)
    unk = [sp for sp in specs if sp.key[0] == "M" and sp.kind == "person" and sp.name and len(sp.name.split()) >= 2]
    if len(unk) > 1:
        lat = [sp for sp in unk if sp.name.isascii()]
        ara = [sp for sp in unk if not sp.name.isascii()]
        if not lat or not ara:
            return
        ara_sk = [(b, [skeleton(w) for w in b.name.split()]) for b in ara]
        for a in lat:
            sa = [skeleton(w) for w in a.name.split()]
            ja = "".join(sa)
            for b, sb in ara_sk:
                if len(sa) == len(sb) and same_name("", "", ja, "".join(sb)) and \
                        sum(x != y for x, y in zip(sa, sb)) <= 1:
                    a.key, a.res = b.key, b.res
                    break


def _surname_foreign_title(doc: Document, lex: Lexicon, specs: list[_Spec]) -> None:
    """"استقبل وزير الخارجية الأردني أيمن الصفدي … والتقى الصفدي وزير الدفاع العراقي الذي يزور الأردن": a person phrase
    of an unknown name followed by a title of a country, where the name ends the name of one person named earlier in the
    document whose country is another, is two actors: the name is that person, the title is the next actor (a
    meeting's object), not his apposition (an apposition repeats the person's own country: "الصفدي وزير الخارجية
    الأردني").  Not after a title and one word (a first name the tagger left out: "وزير خارجية العراق باسل السيوفي رئيس
    ليبيا" is another السيوفي).  The sentence-level twin for a full name is ``_split_foreign_title`` (session 27 AR4)."""
    text = doc.text
    people = [o for o in specs if o.kind == "person" and o.res.country and o.name]
    if len(people) < 2:
        return
    for sp in list(specs):
        if sp.key[0] != "M" or sp.kind != "person" or not sp.res.country or not sp.res.role \
                or not (sp.res.basis or "").startswith("title") or not sp.name:
            continue
        span = text[sp.start:sp.end]
        name = sp.name.strip()
        if not span.startswith(name) or not span[len(name):].strip():
            continue   # (the title before the name: "وزير الدفاع العراقي الصفدي" is one person)
        if any(o.kind == "person" and o.sentence == sp.sentence and o.end < sp.start
               and len(text[o.end:sp.start].split()) == 1 for o in specs):
            continue   # ("وزير خارجية العراق باسل السيوفي رئيس ليبيا": a first name between a title and the name)
        tail = " " + name
        earlier = [o for o in people if o.end <= sp.start and o.key != sp.key
                   and (o.name.strip().endswith(tail) or text[o.start:o.end].endswith(tail))]
        if not earlier or len({o.key for o in earlier}) != 1 or earlier[-1].res.country == sp.res.country:
            continue
        rest = span[len(name):]
        s0 = sp.start + len(name) + len(rest) - len(rest.lstrip())
        ws = [clean_word(w) for w in text[s0:sp.end].split()]
        role = next((it for it in match_items(lex, ws) if it.type == "role"), None)
        head = _head(ws, role) if role is not None else phrase_key(ws[0])
        specs.append(_Spec(("T", sp.res.code, sp.res.basis, "person", head), sp.res, s0, sp.end, [], "person", True,
                           None, sp.sentence))
        ante = earlier[-1]
        sp.end = sp.start + len(name)
        sp.key, sp.res, sp.resolved = ante.key, ante.res, ante.resolved


def _nisba_surname(doc: Document, specs: list[_Spec], table) -> None:
    """"رئيس الوزراء محمد شياع السوداني … واستقبل السوداني شمخاني": a person phrase opened by a word that is the
    surname of another person named in full before it (a surname that is also a nationality adjective: السوداني
    "Sudanese") and followed by the phrase's name alone is two people: the surname is that earlier person, the name is
    its own (session 23, B10AR2).  The nationality read from the word goes; a person not named before keeps it."""
    text = doc.text
    for sp in list(specs):
        if sp.kind != "person" or not sp.name:
            continue
        span = text[sp.start:sp.end]
        head, _, rest = span.partition(" ")
        if not rest or not (" " + sp.name.strip()).endswith(" " + rest.strip()):
            continue   # (the name, or its surname alone: "السوداني عراقجي" of عباس عراقجي)
        w = clean_word(head)
        if w[:1] == "و" and len(w) > 4:
            w = w[1:]
        tgt = table.get(phrase_key(w))
        if tgt is None or tgt.key == sp.key or tgt.kind != "person" or tgt.end > sp.start:
            continue
        specs.append(_Spec(tgt.key, tgt.res, sp.start, sp.start + len(head), [], tgt.kind, tgt.resolved, tgt.name,
                           sp.sentence))
        sp.start = sp.end - len(rest)
        if "nationality" in (sp.res.basis or ""):
            same = next((o for o in specs if o.key == sp.key and o is not sp and o.end <= sp.start), None) \
                if sp.key[0] == "E" else None
            if same is not None:
                sp.res = same.res
            elif sp.key[0] == "M":
                sp.res = Resolution(code=None, country=None, role=None, kind="person", basis="unresolved")
                sp.resolved = False


_WK: dict[str, tuple[str, ...]] = {}     # word -> word_keys(word) (_surname_tokens)
_WORDS_OF_KEY: dict[str, list[str]] = {}   # key -> the words of _WK with that key among theirs (the inverse of _WK)


def _surname_tokens(doc: Document, specs: list[_Spec], table, long_keys: set, inside) -> None:
    """Tokens outside every actor span whose word is a known surname (4+ letters) join that person."""
    tokens = doc.tokens
    texts = token_texts(doc)   # (tokens is doc.tokens)
    # every word of the document is in the memo (its keys computed once per process, through a plain dict: word_keys'
    # lru_cache re-links every hit); the word forms that may spell a known surname are then read from the inverse
    # memo, a few keys a document, instead of a keys test per distinct word; their tokens are picked in C, in text order
    if len(_WK) > 300_000:
        _WK.clear()
        _WORDS_OF_KEY.clear()
    if not all(map(_WK.__contains__, texts)):
        for w in set(texts).difference(_WK):
            ks = _WK[w] = word_keys(w)
            for k in ks:
                _WORDS_OF_KEY.setdefault(k, []).append(w)
    hits = set()
    for k in long_keys:
        hits.update(_WORDS_OF_KEY.get(k, ()))
    if not hits:
        return
    sents = doc.sentences
    for ti in compress(range(len(texts)), map(hits.__contains__, texts)):
        t = tokens[ti]
        if t.end - t.start < 3 or sents[t.sentence].segment_kind in SKIP_KINDS:
            continue
        ks = _WK[t.text]
        hit = None
        for k in ks:
            if k in table and len(k) >= 4:
                # (short surnames such as علي also spell the preposition على: only NER-tagged
                # one-word mentions link those)
                hit = table[k]
                break
        if hit is None:
            continue
        if t.text.isascii() and not t.text[:1].isupper():
            continue
        if not _same_ending(t.text, hit.name):
            continue
        if inside(t.start, t.end):
            continue
        specs.append(_Spec(hit.key, hit.res, t.start, t.end, [], hit.kind, hit.resolved, hit.name,
                           t.sentence))


# words before a capitalised three-letter word that make it a month or a common word, not a surname ("in May",
# "since May", "5 May"); the word after it must be a lower-case word (a verb: "May told parliament", "Lee said");
# an article before it makes it a modifier ("the May deadline", "the May elections": the month, s33 GAPEN)
_SHORT_NAME_STOP_BEFORE = frozenset(("in", "since", "of", "until", "till", "by", "early", "late", "mid", "last", "next",
                                     "this", "from", "through", "before", "after", "during", "between", "and", "to",
                                     "the", "a", "an"))


def _short_surname_tokens_en(doc: Document, specs: list[_Spec], short: dict, inside) -> None:
    """A known English surname of two or three letters alone ("May", "Lee", "Cox", "Wu", s33) joins the person named before in full, when
    written capitalised outside every actor span, followed by a lower-case word and not after a number or a time
    preposition (``_SHORT_NAME_STOP_BEFORE``): "May told parliament", not "in May" / "May 5" (session 32).  The
    four-letter-and-longer surnames are linked by ``_surname_tokens``; the short ones there need an NER mention, and
    the tagger reads "May" as the month."""
    tokens = doc.tokens
    with_country = {sp.key for sp in specs if sp.res.country}
    person_ends = {sp.end for sp in specs if sp.kind == "person" and sp.res.code}
    for i, t in enumerate(tokens):
        w = t.text
        if len(w) not in (2, 3) or not w.isascii() or not w[:1].isupper() or not w[1:].islower():
            continue
        k = w.lower()
        hit = short.get(k)
        if hit is None or t.start <= hit.start or inside(t.start, t.end):
            continue
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        prev = tokens[i - 1].text.lower() if i else ""
        ends_object = nxt in (".", ",") and _past_verb_en(prev) and hit.key in with_country
        # (session 51, gapen51b) "Trump and Lee met …": after "and" that joins a coded person's name the word is the
        # second person, not a month or a common word ("April and May" joins no person)
        joined = prev == "and" and i >= 2 and tokens[i - 2].end in person_ends
        if not (nxt.isalpha() and nxt.islower() or ends_object) or (prev in _SHORT_NAME_STOP_BEFORE and not joined) \
                or prev.isdigit():
            continue   # (the object of a past verb ends its clause too: "He congratulated Lee.", s47; a person of a
            # country: a bare role's, "Senator Rodrigo Paz", would take the sentence's other country)
        if doc.sentences and doc.sentences[t.sentence].segment_kind in SKIP_KINDS:
            continue
        specs.append(_Spec(hit.key, hit.res, t.start, t.end, [], hit.kind, hit.resolved, hit.name, t.sentence))


def _past_verb_en(word: str) -> bool:
    """A lower-case English word of the past tense in -ed ("congratulated", "met" is left), whose object may be a
    short surname ending the clause."""
    return len(word) > 4 and word.isalpha() and word.islower() and word.endswith("ed")


def _short_surname_tokens_ar(doc: Document, specs: list[_Spec], short: dict, inside) -> None:
    """A three-letter Arabic surname of a coded person named in full before it ("جوزيف عون … وأجرى عون مساء أمس
    اتصالا …") is that person when written bare (no clitic, no article) as the subject right after a verb with the
    conjunction و / ف that opens its sentence or follows a comma ("، وقال بري"): the Arabic VSO subject slot.  Short
    surnames are common words elsewhere (عون "help", بري "ground", نور "light"), so only that slot links them
    (session 46, gapar46; the longer surnames are linked anywhere by ``_surname_tokens``)."""
    tokens = doc.tokens
    sents = doc.sentences
    for i, t in enumerate(tokens):
        if i == 0 or len(t.text) != 3 or t.text.isascii():
            continue
        hit = short.get(phrase_key(t.text))
        if hit is None or t.start <= hit.end or t.text != clean_word(t.text) or inside(t.start, t.end):
            continue
        verb = tokens[i - 1]
        if verb.sentence != t.sentence or verb.text[:1] not in ("و", "ف") or len(verb.text) < 4 \
                or not verb.text.isalpha():
            continue
        first = sents[t.sentence].token_start == i - 1
        if not (first or (i > 1 and tokens[i - 2].text in ("،", ","))):
            continue
        if sents[t.sentence].segment_kind in SKIP_KINDS or not _same_ending(t.text, hit.name):
            continue
        specs.append(_Spec(hit.key, hit.res, t.start, t.end, [], hit.kind, hit.resolved, hit.name, t.sentence))


def _prefixed_full_name(specs: list[_Spec]) -> None:
    """"… after Democrat Zohran Mamdani won the race … Supporters of Zohran Mamdani celebrate …": a person's full name
    written once behind a word the tagger took into the name (a party label, a rank: "Democrat", "Republican",
    "Socialist") and once without it is one person -- two keys made the surname ambiguous to ``_surnames``, so no bare
    "Mamdani" was linked and "Sliwa congratulated Mamdani" had no target.  The name of two words or more that ends
    another person's name of the same surname takes that person's key; a coded reading wins over an uncoded one, two
    coded readings of different codes are left (session 51, gapen51b)."""
    persons = [sp for sp in specs if sp.kind == "person" and sp.name and sp.surname_keys and sp.name.isascii()]
    if len(persons) < 2:
        return
    words = {id(sp): sp.name.split() for sp in persons}
    for a in persons:
        for b in persons:
            wa, wb = words[id(a)], words[id(b)]
            if a.key == b.key or len(wb) < 2 or len(wa) <= len(wb) or wa[-len(wb):] != wb:
                continue
            # (a: the longer name, b: the name it ends with)
            if a.res.code and b.res.code and a.res.code != b.res.code:
                continue
            keep, give = (a, b) if a.res.code or not b.res.code else (b, a)
            old = give.key
            for sp in specs:
                if sp.key == old:
                    sp.key, sp.res, sp.resolved = keep.key, keep.res, keep.resolved


def _shared_surnames_en(doc: Document, specs: list[_Spec]) -> None:
    """"Vice President Sara Duterte said … Speaking to reporters, Duterte denied …" in a story that names her father
    "former President Rodrigo Duterte" later: an English surname that two coded persons of the document bear is
    ambiguous to ``_surnames`` (no link at all).  A reader takes the bearer named in full last before the bare
    surname; it is done only when the bearers name no two countries (one family of one country's politics: the
    country is right whichever bearer is meant; "Kim Jong Un" beside "Kim Moon-soo" stays unlinked).  Capitalised
    tokens outside every actor span, in the sentences _surnames reads; a surname before the first full name is
    left."""
    bearers: dict[str, dict] = {}   # surname key -> {person key: (first full-name start, spec)}
    for sp in specs:
        # (a listed person's ``name`` is the table's Arabic one: the words as written decide; session 47, people47)
        written = doc.text[sp.start:sp.end] if sp.key[0] == "E" else sp.name
        if sp.kind == "person" and sp.res.code and written and written.isascii() and len(written.split()) >= 2:
            for k in sp.surname_keys:
                got = bearers.setdefault(k, {})
                if sp.key not in got or sp.start < got[sp.key][0]:
                    got[sp.key] = (sp.start, sp)
    shared = {k: sorted(v.values(), key=lambda x: x[0]) for k, v in bearers.items() if len(v) > 1 and len(
        {sp.res.country for _, sp in v.values() if sp.res.country}) <= 1}
    if not shared:
        return
    covered = sorted((sp.start, sp.end) for sp in specs)
    cstarts = [c[0] for c in covered]
    sents = doc.sentences
    for t in doc.tokens:
        if not (t.text.isascii() and t.text[:1].isupper()) or sents[t.sentence].segment_kind in SKIP_KINDS:
            continue
        named = shared.get(phrase_key(t.text))
        if named is None:
            continue
        i = bisect.bisect_right(cstarts, t.start) - 1
        if i >= 0 and covered[i][0] <= t.start and t.end <= covered[i][1]:
            continue
        before = [sp for start, sp in named if start < t.start]
        if before:
            hit = before[-1]
            specs.append(_Spec(hit.key, hit.res, t.start, t.end, [], hit.kind, hit.resolved, hit.name, t.sentence))


def _same_ending(word: str, name: Optional[str]) -> bool:
    """An Arabic word read as the surname alone ends as the surname is written: the key folds the endings ة / ون /
    ين / ات away, so "جولة ثانية" ("a second round") would spell ثاني of "آل ثاني" and "السودانيون" the surname
    السوداني (session 27, B19AR)."""
    if not name or word.isascii():
        return True
    last = clean_word(name.split()[-1]) if name.split() else ""
    w = clean_word(word)
    if not last or last.isascii() or not w:
        return True
    return w[-1] == last[-1]


_span_key = attrgetter("start", "end")
_text_of = attrgetter("text")
_start_of = attrgetter("start")
_end_of = attrgetter("end")
_sentence_of = attrgetter("sentence")
_first = itemgetter(0)
_second = itemgetter(1)
_norm_of = attrgetter("norm")


def _merge(doc: Document, specs: list[_Spec]) -> list[Actor]:
    groups: dict[tuple, list[_Spec]] = {}
    for sp in specs:
        groups.setdefault(sp.key, []).append(sp)
    actors = []
    # ids: stable_id(doc.id, "actor", start, end), spelled out (the same string)
    prefix = f"{doc.id}\x1factor\x1f"
    for key, sps in groups.items():
        if len(sps) == 1:
            best = sps[0]
            spans = [(best.start, best.end)]
            mids = list(dict.fromkeys(best.mention_ids))
        else:
            sps.sort(key=_span_key)
            # the best-informed reading wins (resolved, then one with a code)
            best = max(sps, key=lambda s: (s.resolved, s.res.code is not None, -s.start))
            spans = list(dict.fromkeys([(s.start, s.end) for s in sps]))
            mids = list(dict.fromkeys([m for s in sps for m in s.mention_ids]))
        r = best.res
        first = spans[0]
        country = r.country if r.country and r.country not in NONSTATE_TOPS else None
        basis = r.basis
        conf = 0.9 if basis == "lexicon" else 0.75 if basis in ("title+nationality", "metonym") else 0.6
        if not best.resolved:
            conf = 0.3
        actors.append(Actor(
            _sha1(f"{prefix}{first[0]}\x1f{first[1]}".encode("utf-8")).hexdigest()[:16],
            r.code, country, r.role, r.kind or best.kind, r.name_ar, r.name_en, r.entity_id,
            spans, mids, best.resolved, basis, conf))
    actors.sort(key=lambda a: a.spans[0])
    return actors
