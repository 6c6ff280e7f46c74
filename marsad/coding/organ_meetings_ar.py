"""The meetings of an organ named as a class after a preposition are no happening (session 24, B11ARX).

"قرر الوزراء استئناف مشاركة وفود الحكومة السورية في اجتماعات مجلس الجامعة"، "يشارك الوزير في اجتماعات الجمعية
العامة": the plural meeting noun (``organ_meetings_ar.tsv`` kind ``plural``) right after a preposition (kind
``prep``: في، خلال; or with the proclitic ب) and right before an organ (kind ``organ``: مجلس، الجمعية، اللجنة …)
names that organ's meetings in general; the 040 it codes meets nobody.  Such an Arabic event of root 04 is dropped.
"عقد الوزراء اجتماعات مع نظرائهم" (no preposition), "في اجتماع مجلس المحافظين" (one meeting) stay.
"""
from __future__ import annotations

from .hazards import stem_of
from .structure import drop_one_word, kind_sets

_KINDS = ("plural", "prep", "organ")

# the roots / CAMEO codes drop acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("04",))


def _organ_class(words, k: int, sets) -> bool:
    w = words[k]
    if k + 1 >= len(words) or stem_of(words[k + 1]) not in sets["organ"]:
        return False
    if w.prefix[-1:] == "ب":
        return True
    return k > 0 and not words[k - 1].punct and words[k - 1].norm[len(words[k - 1].prefix):] in sets["prep"]


def drop(words, evs: list, lang: str) -> list:
    if lang != "ar":
        return evs
    sets = kind_sets("organ_meetings_ar.tsv", _KINDS)
    # في اجتماعات مجلس الجامعة: the organ's meetings in general
    return drop_one_word(words, evs, ACTS_ON,
                         lambda k: stem_of(words[k]) in sets["plural"] and _organ_class(words, k, sets))
