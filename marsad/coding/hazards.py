"""Natural hazards are no attackers (session 12, lead).

Disaster news is written with the coder's verbs: "ضرب زلزال ولاية هطاي … ما أدى إلى مقتل سبعة أشخاص"، "هاجمت
الأمواج القوارب"، "A typhoon battered the coast, killing 12"، "firefighters fought the flames".  GDELT codes
these as assaults.  An event of the material-conflict roots in :data:`ROOTS` (or a blockade, :data:`CODES`: "وقطعت
السيول الطرق") is dropped when its trigger's first
word is one a natural force can be the subject or cause of (``hazards.tsv``, kind ``verb``: struck, swept,
killed, ضرب، اجتاح، مقتل …; an airstrike or a shelling is never one) and

- a hazard noun (``hazards.tsv``, kind ``hazard``: زلزال، سيول، storm, quake, flames …) follows the trigger within
  :data:`AFTER` words without punctuation: the Arabic verb-initial subject ("ضرب زلزال"), the English object
  ("fought the flames") or agent ("killed by floods"); or
- a hazard noun stands right before the trigger (at most one word between, no punctuation): the subject of a
  nominal clause ("وعاصفة تجتاح سواحل ليبيا") or of an English verb, whatever source the event was given;
- the event has no source and, going back from the trigger through the sentence, a hazard noun comes before
  any other material-conflict trigger coded in the sentence: the English subject ("The storm struck"), the cause
  of a result noun ("ضرب زلزال … ما أدى إلى مقتل", "A typhoon battered …, killing 12").  An event with a source
  ("During the storm, gunmen killed five") keeps its attacker.
"""
from __future__ import annotations

from ..lang.columns import token_norm_set, token_norms
from ..lang.normalize import normalize, without_article
from ..resources import cached, data_path, read_tsv_dicts
from .structure import has_any_form, listed_forms, start_index

ROOTS = frozenset(("15", "17", "18", "19", "20"))
CODES = frozenset(("144", "138"))   # a road blocked: "وقطعت السيول الطرق" (session 17, B4EV); "المنخفض سيهاجم" (S22)

# the roots / CAMEO codes drop_natural acts on: the events stage skips it for a sentence with none
ACTS_ON = ROOTS | CODES
AFTER = 3


def _forms() -> dict:
    """{lang: (hazard nouns, verbs)}."""
    def load() -> dict:
        out: dict = {}
        for r in read_tsv_dicts(data_path("coding", "hazards.tsv")):
            out.setdefault(r["lang"].strip(), {"hazard": set(), "verb": set(), "wave": set(), "wave_of": set()})[
                r["kind"].strip()].add(normalize(r["form"].strip()))
        return {k: (frozenset(v["hazard"]), frozenset(v["verb"]), frozenset(v["wave"]), frozenset(v["wave_of"]))
                for k, v in out.items()}
    return cached(("coding.hazards",), load)


def hazard_nouns(lang: str) -> frozenset:
    """The hazard nouns of ``lang`` (empty when the language has none): the public face of :func:`_forms` for the
    modules that only ask "is this word a hazard" (hazard_warning_ar)."""
    return _forms().get(lang, (frozenset(),))[0]


def stem_of(w) -> str:
    return without_article(w.stem or w.norm)


def listed(w, forms) -> bool:
    """The word's stem (:func:`stem_of`) is one of ``forms``, also with a leading و / ف that the tokenizer left on it
    because it cannot tell it from a root letter ("وهاجمت"، "وعاصفة")."""
    n = stem_of(w)
    return n in forms or (n[:1] in ("و", "ف") and n[1:] in forms)


_DERIVED: dict = {}   # (tag, id(obj)) -> (obj, value): see derived


def derived(tag: str, obj, make):
    """``make(obj)`` once per object of the cached data (a module's ``_forms()`` tuples, sets or dicts; a reload makes
    new ones), e.g. a memo of a word type's listing (:func:`listed` reads only ``w.stem or w.norm``)."""
    key = (tag, id(obj))
    got = _DERIVED.get(key)
    if got is None or got[0] is not obj:
        if len(_DERIVED) > 16:
            _DERIVED.clear()
        got = _DERIVED[key] = (obj, make(obj))
    return got[1]


def _listing(forms) -> dict:
    """{``w.stem or w.norm``: flags} for ``forms`` (one language's tuple of :func:`_forms`): 1 when the word is
    :func:`listed` as a hazard noun, 2 when listed as a wave noun (the first test of :func:`_protest_wave`).  Both
    tests read only that key (:func:`stem_of`), so a word type is tested once, not at every word of every
    sentence with an attack (session 13, SPD2)."""
    return derived("listing", forms, lambda f: {})


def _listed_flags(w, forms, memo: dict) -> int:
    f = (1 if listed(w, forms[0]) else 0) | (2 if listed(w, forms[2]) else 0)
    if len(memo) < 100_000:
        memo[w.stem or w.norm] = f
    return f


def _protest_wave(words, k: int, waves, wave_of) -> bool:
    """words[k] is "a wave (of) protests / anger" ("اجتاحت موجة من الاحتجاجات المدن", "a wave of protests swept"): a
    wave of protests sweeps like a storm and attacks no one.  "ضربت موجة من التفجيرات بغداد" (a wave of bombings) is
    an attack and no such wave."""
    if not listed(words[k], waves):
        return False
    rest = [w for w in words[k + 1:k + 4] if not w.punct and w.norm not in ("من", "of")][:1]
    return bool(rest) and (listed(rest[0], wave_of) or rest[0].norm in wave_of)


def _right_before(words, i: int, haz: set) -> bool:
    """A hazard noun right before the trigger (one adjective may stand between), whatever source the event was
    given: the subject of a nominal clause or an English subject ("وعاصفة تجتاح سواحل ليبيا", "a storm battered")."""
    for j in (i - 1, i - 2):
        if j < 0 or words[j].punct:
            return False
        if j in haz:
            return True
    return False


def _gate(forms) -> frozenset:
    """The forms whose presence lets :func:`drop_natural` find a hazard: hazard and wave nouns, as listed."""
    return listed_forms(forms[0] | forms[2])


def drop_natural(words, evs: list, lang: str, *, memo: bool = True, gate: bool = True) -> list:
    """``evs`` (one sentence's events) without the acts of natural forces (see the module doc).  ``memo``: the word
    types' listings from :func:`_listing` (False: a memo for this call only, the same result); ``gate``: the set
    test of :func:`_gate` first (False: the walk over the words only, the same result)."""
    forms = _forms().get(lang)
    if not forms or not any(e.root in ROOTS or e.cameo in CODES for e in evs):
        return evs
    if gate and not has_any_form(words, derived("gate", forms, _gate)):
        return evs   # (no hazard or wave noun in the sentence: one set test; session 21 SPD)
    hazards, verbs, waves, wave_of = forms
    memo = _listing(forms) if memo else {}
    haz = set()
    for k, w in enumerate(words):
        if w.punct:
            continue
        f = memo.get(w.stem or w.norm)
        if f is None:
            f = _listed_flags(w, forms, memo)
        if f and (f & 1 or _protest_wave(words, k, waves, wave_of)):
            haz.add(k)
    if not haz:
        return evs
    idx = start_index(words)
    attacks = {idx.get(e.trigger_start) for e in evs if e.root in ROOTS}
    drop = set()
    for e in evs:
        if e.root not in ROOTS and e.cameo not in CODES:
            continue
        i = idx.get(e.trigger_start)
        if i is None or not listed(words[i], verbs):
            continue
        after = False
        for j in range(i + 1, min(len(words), i + 1 + AFTER)):
            if words[j].punct:
                break
            if j in haz:
                after = True
                break
        if after or _right_before(words, i, haz):
            drop.add(id(e))
            continue
        if e.source_code:
            continue
        for j in range(i - 1, -1, -1):
            if j in haz:
                drop.add(id(e))
                break
            if j in attacks:
                break
    return [e for e in evs if id(e) not in drop] if drop else evs


# humanitarian aid given or offered (not military aid, 072 / 0332: troops sent to a country hit by a heatwave are no
# relief); the recipient is looked for at most DISASTER_GAP sentences back
AID_CODES = frozenset(("070", "071", "073", "075", "033"))
DISASTER_GAP = 3


def _with_article(nouns: frozenset) -> frozenset:
    """``nouns`` and each with ال before it: a token whose :func:`without_article` norm is a hazard noun has one of
    these as its norm (the upper bound of :func:`disaster_sentences`' document pre-check)."""
    return derived("al", nouns, lambda ns: ns | frozenset("ال" + n for n in ns))


def disaster_sentences(doc, sentence_lang, *, precheck: bool = True) -> list:
    """[(sentence index, country)] of the document's sentences that name a natural hazard and places of exactly one
    country, in order (computed once per document by the caller).  ``precheck``: first reject a document none of
    whose distinct token norms is a hazard noun, with or without ال (:func:`_with_article`), then skip each sentence
    none of whose token norms is (False: every token of every sentence tested, the same result)."""
    forms = _forms()
    out: list = []
    if precheck:
        bound = derived("al_any", forms, lambda fs: frozenset().union(*(_with_article(f[0]) for f in fs.values())))
        if token_norm_set(doc).isdisjoint(bound):
            return out   # no token's norm (with or without ال) is a hazard noun of any language: no sentence names one
        norms = token_norms(doc)
    for si, sent in enumerate(doc.sentences):
        if precheck and bound.isdisjoint(norms[sent.token_start:sent.token_end]):
            continue   # (the same upper bound for the sentence's tokens: "rain" in one sentence of a long story)
        f = forms.get(sentence_lang(doc, sent))
        if not f:
            continue
        hazard = False
        for t in doc.tokens[sent.token_start:sent.token_end]:
            n = without_article(t.norm) if t.has_article else t.norm
            if n in f[0]:
                hazard = True
                break
        if not hazard:
            continue
        cs = {p.country for p in doc.places if p.sentence == si and p.country}
        if len(cs) == 1:
            out.append((si, cs.pop()))
    return out


def aid_recipient(ev, disasters: list):
    """The country an aid event with no recipient goes to in a disaster story: that of the last sentence at or
    at most :data:`DISASTER_GAP` sentences before the event's that names a hazard and one country's places ("ضرب زلزال … جنوب تركيا" … "عرضت مصر
    وقطر تقديم مساعدات عاجلة": Turkey), when it is not the giver's own; else None."""
    if ev.target_country or ev.cameo not in AID_CODES:
        return None
    c = next((c for si, c in reversed(disasters) if ev.sentence - DISASTER_GAP <= si <= ev.sentence), None)
    return c if c and c != ev.source_country else None
