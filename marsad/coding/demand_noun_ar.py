""""جدد المحتجون مطالبة الحكومة بالاستقالة": the genitive of a demand noun is the one asked (session 13, lead).

The demand noun مطالبة has the noun frame gen_src ("مطالبة المعارضة" = the opposition's demand), which is right
when a possessive pronoun or nothing follows, and after most verbs ("رفضت الحكومة مطالبة المعارضة بتأجيل الانتخابات":
the opposition demands).  The actor is the one asked -- the event's target, its source the clause's subject before
the noun (an actor argument with no preposition: المحتجون) or no one -- when

- it is the object of the demanded act when that act is aimed at it (kind ``against``: "مظاهرات مطالبة برحيل
  الحكومة"); any other actor inside the content is no demander either and leaves the event ("ورفع المتظاهرون
  شعارات للمطالبة بعودة الرئيس": the protesters demand, the president is neither side); or
- the noun is the object of a verb of renewing a demand (``demand_nouns_ar.tsv``, kind ``renew``: جدد، كرر، واصل)
  and the content follows the genitive ("جدد المحتجون مطالبة الحكومة بالاستقالة"): the subject is the demander;
  likewise a demand decided ("قرر المجلس … ومطالبة الحكومة التركية بسحب قواتها", session 33).

Gave 1041 GOV -> nobody and 100 GOV -> nobody before.
"""
from __future__ import annotations

from .decided_noun_ar import decision_before
from .hazards import listed
from .structure import clear_side, copy_side, fill_side, has_any, kind_sets, start_index

# the roots / CAMEO codes demanded_of acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("10",))


def _forms() -> dict:
    return kind_sets("demand_nouns_ar.tsv", ("noun", "renew", "against", "content"))


def _with_ba(w) -> bool:
    """The word carries the preposition ب: split off by the tokenizer, or still on a word of four letters or more
    (the tokenizer keeps ب on "برحيل" since it cannot tell it from a root letter; right after a demand noun or its
    genitive the preposition is the commoner reading)."""
    return w.prefix == "ب" or (w.norm[:1] == "ب" and len(w.norm) > 3)


def _subject(args, i: int):
    """The last actor argument before word i that no preposition governs."""
    best = None
    for a in args:
        if a.i1 <= i and not a.prep:
            best = a
    return best


def demanded_of(words, args, evs: list) -> None:
    """Turn the demand nouns' genitive sources into targets (see the module doc); ``evs`` is changed in place."""
    f = _forms()
    forms = f["noun"]
    if not any(e.root in ACTS_ON for e in evs) or not has_any(words, forms):
        return
    idx = start_index(words)
    for e in evs:
        if e.root != "10" or not e.source_span or e.target_code or not e.rule.startswith("ar:noun:gen_src"):
            continue
        i = idx.get(e.trigger_start)
        if i is None or words[i].norm not in forms:
            continue
        j = idx.get(e.source_span[0])
        if j is None or j <= i:
            continue
        end = j
        while end + 1 < len(words) and words[end + 1].start < e.source_span[1]:
            end += 1
        content = next((k for k in range(i + 1, j) if _with_ba(words[k])), None)
        after = (content is None and end + 1 < len(words) and _with_ba(words[end + 1]) and i > 0
                 and (any(words[k].norm in f["renew"] for k in range(max(0, i - 4), i))
                      # "قرر المجلس … ومطالبة الحكومة التركية بسحب قواتها": a decided demand (session 33)
                      or decision_before(words, i, [idx[x.trigger_start] for x in evs
                                                    if x.rule.startswith("ar:verb") and x.trigger_start in idx])))
        if content is None and not after:
            continue
        if after or words[content].norm in f["against"]:
            copy_side(e, "target", e, "source")
        clear_side(e, "source")
        subj = _subject(args, i)
        if subj is not None:
            fill_side(e, "source", subj.actor, (subj.start, subj.end))


def drop_contents(words, evs: list) -> list:
    """(Session 40, PREC40) "تستجيب لمطالب اللبنانيين"، "استغلال مطالب المحتجين"، "هذا التوسيع المصطنع للمطالبات": the
    plural of the demand noun (kind ``content``: مطالب، مطالبات, with clitics and a pronoun) names the demands
    themselves, a topic -- no act of demanding (the article gold codes none).  Its noun event is dropped after the
    learned filter (the PROTEST filter reads the kinds of a sentence's other events: "خرج المحتجون … لرفع مطالبهم"),
    so the filter's candidates are unchanged."""
    forms = _forms()["content"]
    at = start_index(words)
    return [e for e in evs if not (e.root == "10" and ":noun:" in e.rule and at.get(e.trigger_start) is not None
                                   and listed(words[at[e.trigger_start]], forms))]
