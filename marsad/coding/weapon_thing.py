"""A weapon noun that names a thing made or owned is no attack (session 24, B11ARX).

"تملك كمية من اليورانيوم المخصب تكفي نظريا لصنع عدة قنابل"، "تسعى إلى امتلاك قنبلة نووية": the bomb noun
(``weapon_thing_ar.tsv`` kind ``weapon``, the stem without the article) right after a making / owning / developing word
(kind ``make``, its proclitic ل / و / ب stripped), only count words (kind ``quant``: عدة، عدد من) between, names a
thing, not a bombing: such a one-word Arabic event of roots 18 - 20 is dropped.  "انفجرت قنبلة في سوق"، "ألقت
الطائرات قنابل على القرية" stay: no making word before the noun.  (Session 45) A bomb noun right before a gas word
(kind ``gas``: "قنابل الغاز المسيل للدموع"، "قنابل دخانية") is a tear-gas or smoke canister: dropped too.
"""
from __future__ import annotations

from .hazards import stem_of
from .structure import drop_one_word, kind_sets

_KINDS = ("weapon", "make", "quant", "gas")
_ROOTS = frozenset(("18", "19", "20"))

# the roots / CAMEO codes drop acts on: the events stage skips it for a sentence with none
ACTS_ON = _ROOTS
QUANT_WORDS = 2   # count words between the making word and the weapon noun


def _made(words, k: int, sets) -> bool:
    j, used = k - 1, 0
    while j >= 0 and used <= QUANT_WORDS:
        w = words[j]
        if w.punct:
            return False
        n = w.norm[len(w.prefix):] if w.prefix else w.norm
        if n in sets["make"] or stem_of(w) in sets["make"]:
            return True
        if n not in sets["quant"]:
            return False
        j, used = j - 1, used + 1
    return False


def drop(words, evs: list, lang: str) -> list:
    if lang != "ar":
        return evs
    sets = kind_sets("weapon_thing_ar.tsv", _KINDS)
    # لصنع عدة قنابل: a thing made, no bombing
    # لصنع عدة قنابل: a thing made, no bombing; "أطلقت القوات قنابل الغاز المسيل للدموع" (session 45): tear-gas
    # canisters, the firing verb's own act (175), no bombing
    return drop_one_word(words, evs, _ROOTS, lambda k: stem_of(words[k]) in sets["weapon"] and (
        _made(words, k, sets) or (k + 1 < len(words) and words[k + 1].norm in sets["gas"])))
