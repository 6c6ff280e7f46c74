""""الحكومات مطالبة بحماية …" is an obligation, not a demand (session 13, lead).

The predicate of a nominal clause "X مُطالَبة / مُطالَبون ب…" (X is required to …) is spelt as the verbal noun
مطالبة (a demand), so the noun frame made X the source of a demand: "قال الخبير إن الحكومات مطالبة بحماية الفئات
الأضعف" gave 100 GOV -> nobody.  No one demands anything there; an expert says what governments ought to do.  An
event whose trigger is such a form (``obliged_ar.tsv``: no attached pronoun; مطالبتهم stays a noun) is dropped when
the word before it is a definite noun (the subject: with ال, after an optional و / ف) and the word after it starts
with the preposition ب (the duty itself; the verbal noun has its object first: "مطالبة الحكومة بالاستقالة").
"مظاهرات مطالبة برحيل الحكومة" (an indefinite subject: protests demanding) keeps its demand.
"""
from __future__ import annotations

from .structure import form_set, has_any, start_index


def _definite(w) -> bool:
    n = w.norm
    return not w.punct and (n.startswith("ال") or n[:1] in ("و", "ف") and n[1:3] == "ال")


def drop_obligations(words, evs: list) -> list:
    """``evs`` (one Arabic sentence's events) without the "X مطالبة ب…" predicates (see the module doc)."""
    forms = form_set("obliged_ar.tsv")
    if not has_any(words, forms):
        return evs
    idx = start_index(words)
    out = []
    for e in evs:
        i = idx.get(e.trigger_start)
        if (i is not None and 0 < i < len(words) - 1 and words[i].norm in forms and _definite(words[i - 1])
                and words[i + 1].prefix == "ب"):
            continue
        out.append(e)
    return out
