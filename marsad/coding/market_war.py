"""Price wars and takeover battles are no assaults (session 13, lead).

Business pages borrow the war reporter's verbs: "Corvex launched an aggressive attack on its rival's memory
business", "the price war hits the smartphone market", "المنافسة تقتل هوامش الربح".  GDELT codes such sentences as
assaults between the companies' countries.  An event of the roots in :data:`ROOTS` (and the military threat
:data:`THREATS`, "will fight for every contract") is dropped when

- a market object (``market_war.tsv``, kind ``object``: business, margins, profits, prices, market share, هوامش،
  الأرباح …) follows the trigger within :data:`AFTER` words without punctuation; a bare "market" / سوق is a
  market object only after a product word (kind ``product``: "the smartphone market", "stock market"), because
  "the airstrike hit a crowded market" is an attack; or
- a market subject (kind ``subject``: competition, inflation, المنافسة، الغلاء …; or a war noun beside its kind,
  kinds ``war`` and ``war_kind``: "price war", "trade war", "حرب الأسعار") stands right before the trigger (at most two words between, no punctuation: "the price war could kill off smaller suppliers"); or
- the trigger is itself such a war noun beside its kind ("faces a patent fight", session 14); or
- the trigger is a definite war noun with no side ("The battle comes as the smartphone market shrinks", "وتأتي هذه
  الحرب …") after a market war named earlier in the document ("price war", "حرب الأسعار": kinds ``war`` and
  ``war_kind``), the same war told again (session 17 DSN; kind ``definite``: the, this, that, هذه …); or
- the trigger is a verb a product "hits" the market with (kind ``launch_verb``) and a launch place (kind ``launch``:
  market, shelves, stores) follows it directly or after "the", and the sentence names no weapon or casualty (kind
  ``weapon``: "a rocket hit the market" is an attack): "the phone hits the market next week" (session 14).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .hazards import derived, stem_of
from .structure import has_any, has_any_form, kind_sets, last_word, listed_forms, start_index

ROOTS = frozenset(("17", "18", "19", "20"))
THREATS = frozenset(("138", "1381", "1382", "1383", "1384", "1385"))

# the roots / CAMEO codes drop_market_wars acts on: the events stage skips it for a sentence with none
ACTS_ON = ROOTS | THREATS
AFTER = 6   # words after the trigger: "an attack on its rival's memory business"


def _forms() -> dict:
    """{lang: {kind: forms}}."""
    return kind_sets("market_war.tsv", ("object", "product", "market", "subject", "war", "war_kind", "head_stop",
                                        "launch_verb", "launch", "weapon", "portion", "definite"), by_lang=True)


def _keys(w) -> tuple:
    """The word's stem (:func:`hazards.stem_of`) and, when it starts with و / ف, the stem without it (the tokenizer
    leaves such a conjunction on a word it cannot split): the keys :func:`hazards.listed` looks up."""
    s = stem_of(w)
    return (s, s[1:]) if s[:1] in ("و", "ف") else (s,)


def _in(keys, forms) -> bool:
    return keys[0] in forms or (len(keys) > 1 and keys[1] in forms)


def _market_object(words, i: int, f: dict) -> bool:
    n = len(words)
    for j in range(i + 1, min(n, i + 1 + AFTER)):
        w = words[j]
        if w.punct:
            return False
        k = _keys(w)
        if _in(k, f["object"]) and _head(words, j, f):
            return True
        if _in(k, f["market"]) and j > i + 1 and _head(words, j, f) and (
                _in(_keys(words[j - 1]), f["product"]) or (j + 1 < n and _in(_keys(words[j + 1]), f["product"]))
                or _portion_of(words, i, j, f)):
            return True
    return False


def _portion_of(words, i: int, j: int, f: dict) -> bool:
    """"captured 11 percent of the Indian market", "won a bigger share of the market": a portion word (kind
    ``portion``) and "of" between the trigger and the market word (session 14 EN9)."""
    return any(_in(_keys(words[k]), f["portion"]) and words[k + 1].norm == "of" for k in range(i + 1, j - 1))


def _head(words, j: int, f: dict) -> bool:
    """words[j] ends its noun phrase (English: punctuation, the end or a function word after it; "attacked the
    business district" is a place); Arabic nouns head their genitives ("هوامش الربح") and always count."""
    if not f["head_stop"]:
        return True
    return j + 1 >= len(words) or words[j + 1].punct or words[j + 1].norm in f["head_stop"]


def _market_subject(words, i: int, f: dict) -> bool:
    for j in (i - 1, i - 2, i - 3):
        if j < 0 or words[j].punct:
            return False
        k = _keys(words[j])
        if _in(k, f["subject"]) or (_in(k, f["war"]) and _kind_of_war(words, j, f)):
            return True
    return False


def _kind_of_war(words, j: int, f: dict) -> bool:
    """words[j] (a war noun) has its kind beside it: before it in English ("price war"), after it in Arabic
    ("حرب الأسعار", "حرب تجارية")."""
    return any(0 <= k < len(words) and not words[k].punct and _in(_keys(words[k]), f["war_kind"]) for k in (j - 1, j + 1))


def _war_noun(words, i: int, f: dict) -> bool:
    """The trigger words[i] is a war noun with its kind beside it ("a patent fight", "the price war")."""
    return _in(_keys(words[i]), f["war"]) and _kind_of_war(words, i, f)


def _launch(words, i: int, f: dict) -> bool:
    """"hits the market" / "hit the shelves": a product goes on sale (see the module doc)."""
    if words[i].norm not in f["launch_verb"]:
        return False
    j = i + 1
    if j < len(words) and words[j].norm == "the":
        j += 1
    if j >= len(words) or words[j].norm not in f["launch"]:
        return False
    return not has_any(words, f["weapon"])


def _told_again(doc, words, i: int, e, f: dict) -> bool:
    """The trigger words[i] is a definite war noun with no side after a market war named earlier in ``doc`` (see the
    module doc): "price war" / "حرب الأسعار" in the text before the sentence (looked for only here, a rare case)."""
    if doc is None or e.source_code or e.target_code or not _in(_keys(words[i]), f["war"]):
        return False
    w = words[i]
    if not (w.norm.startswith("ال") or (i > 0 and not words[i - 1].punct and _in(_keys(words[i - 1]), f["definite"]))):
        return False
    before = normalize(doc.text[:e.sentence_start]).lower()
    if not before:
        return False
    ar = w.norm[:1] >= "\u0600"
    return any(f"{a} {b}" in before or f"{a} ال{b}" in before if ar else f"{b} {a}" in before
               for a in f["war"] for b in f["war_kind"])


def _gate(f: dict) -> frozenset:
    """The words one of which every test of :func:`drop_market_wars` needs: a market object or market word, a
    market subject or war noun (as :func:`_in` reads them), or a launch verb (its norm)."""
    return listed_forms(f["object"] | f["market"] | f["subject"] | f["war"]) | f["launch_verb"]


def drop_market_wars(words, evs: list, lang: str, doc=None, *, gate: bool = True) -> list:
    """``evs`` (one sentence's events) without the business pages' metaphorical attacks (see the module doc; ``doc``
    for a market war told again; ``gate``: the set test of :func:`_gate` first, False: the tests only, the same
    result)."""
    f = _forms().get(lang)
    if not f or not any(e.root in ROOTS or e.cameo in THREATS for e in evs):
        return evs
    if gate and not has_any_form(words, derived("gate", f, _gate)):
        return evs   # (no market, subject or war word, no launch verb: one set test; session 21 SPD)
    idx = start_index(words)
    out = []
    for e in evs:
        if e.root in ROOTS or e.cameo in THREATS:
            i = idx.get(e.trigger_start)
            if i is not None:
                if _market_object(words, last_word(words, i, e.trigger_end), f) or _market_subject(words, i, f) \
                        or _war_noun(words, i, f) or _launch(words, i, f) or _told_again(doc, words, i, e, f):
                    continue
        out.append(e)
    return out
