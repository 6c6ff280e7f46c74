"""The speaker's feeling about an act is a statement, not the act (English, session 27, EN5).

"The European Union said it was troubled by the arrest of the Turkish opposition leader": the noun event (173) took
the speaker (the subject before the noun, the quote's "it") as its author.  An English noun event (rule ``:noun:``)
of the roots 13-20 whose noun stands right after a preposition of kind ``prep`` (by, over, about, at; at most
:data:`_GAP` words between, no punctuation) that follows a word of kind ``feeling`` (troubled, concerned, alarmed …,
``feeling_act_en.tsv``), and whose source stands before that word, loses its source (the act's author is not told);
the speaker's statement is coded on the feeling word (012, as أعرب عن قلقه), its target the act's target or the
actor named right after "of" (the arrested person's side).  A quote statement of the same quote ("said") is then
dropped: the feeling is what was said.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import stable_id
from .english import recode_event
from .structure import actor_of, actor_span, clear_side, fill_side, kind_sets

_ROOTS = frozenset(("13", "14", "15", "16", "17", "18", "19", "20"))
_GAP = 3   # words between the preposition and the noun ("by the recent arrest")
_CODE = "012"
_PUNCT = re.compile(r"[,;:.!?()\"]")
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.I)   # "arrest of the Turkish opposition leader …"


def _feeling_word(doc, e, sets):
    """(start, end) of the feeling word before the event's noun, or None."""
    before = doc.text[e.sentence_start:e.trigger_start]
    words = list(re.finditer(r"\S+", before))[-(_GAP + 2):]
    for k in range(len(words) - 1, 0, -1):
        w = words[k].group()
        if _PUNCT.search(w):
            return None
        if w.lower() in sets["prep"]:
            f = words[k - 1]
            if f.group().lower() in sets["feeling"]:
                return e.sentence_start + f.start(), e.sentence_start + f.end()
            return None
    return None


def _patient(doc, e):
    """The actor named right after "of" behind the noun (at most three words between), as (actor, span)."""
    lo, hi = e.trigger_end, e.sentence_end
    return actor_span(doc, lambda s, t: lo < s < hi and t <= hi and s - lo <= 60 and bool(_OF.fullmatch(
        doc.text[lo:s])) and not _PUNCT.search(doc.text[lo:s]))


def _speaker(doc, e):
    """The quote's speaker as (actor, span), when the event is reported speech with a speaker named before it."""
    if not e.quote_id or not e.reported_by_actor_id:
        return None, None
    q = next((q for q in doc.quotes if q.id == e.quote_id), None)
    if q is None or q.speaker_end > e.trigger_start:
        return None, None
    a = actor_of(doc, e.reported_by_actor_id)
    span = (q.speaker_start, q.speaker_end)
    return (a, span) if a is not None and span in a.spans else (None, None)


_CONTENT_REACH = 6   # words of a statement's content up to its feeling word ("they were very deeply concerned")
_BE = frozenset(("was", "were", "is", "are", "remained", "remains", "felt"))
_WORD = re.compile(r"[\w'-]+")


def content_feeling(text: str, q):
    """(start, end) of a feeling word after a form of "be" (maybe with adverbs or a quotation mark between) among the
    first words of a statement's content -- "said they were deeply concerned", 'said it was "seriously concerned"
    about …' -- or None (session 45 ENMISS45: the statement is the speaker's concern, 012, told by that word; "said the
    concerned ministries would meet" has no "be" before it)."""
    if q.content_end <= q.content_start:
        return None
    sets = kind_sets("feeling_act_en.tsv", ("feeling", "prep"))
    ws = list(_WORD.finditer(text, q.content_start, q.content_end))[:_CONTENT_REACH]
    for k, m in enumerate(ws):
        if m.group().lower() not in sets["feeling"]:
            continue
        j = k - 1
        while j >= 0 and ws[j].group().lower().endswith("ly"):
            j -= 1
        if j >= 0 and ws[j].group().lower() in _BE and not _PUNCT.search(text[ws[j].end():m.start()].strip('"“ ')):
            return m.start(), m.end()
        return None
    return None


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def apply(doc, evs: list) -> list:
    if not any(e.lang == "en" and e.root in _ROOTS and ":noun:" in e.rule and (e.source_code or e.quote_id)
               for e in evs):
        return evs
    sets = kind_sets("feeling_act_en.tsv", ("feeling", "prep"))
    out: list = []
    said: set = set()
    for e in evs:
        if e.lang == "en" and e.root in _ROOTS and ":noun:" in e.rule and e.quote_id and (
                not e.source_span or e.source_span[0] >= e.trigger_end):
            # "The UN said it was alarmed by the detention of X by Tanzanian police": the act's agent is named after
            # it (or not at all) and keeps the act; the speaker's feeling is the statement (session 29, lead)
            fw = _feeling_word(doc, e, sets)
            spk, sspan = _speaker(doc, e) if fw is not None else (None, None)
            if spk is not None and spk.id != e.source_actor_id:
                st = replace(e, id=stable_id(e.id, "feeling"), trigger_start=fw[0], trigger_end=fw[1],
                             trigger=doc.text[fw[0]:fw[1]], negated=False, also_spans=[],
                             plover_context=list(e.plover_context))
                if recode_event(st, _CODE):
                    clear_side(st, "source")
                    clear_side(st, "target")
                    fill_side(st, "source", spk, sspan)
                    tgt = next((a for a in doc.actors if a.id == e.source_actor_id), None) if e.source_actor_id else None
                    if tgt is not None:
                        fill_side(st, "target", tgt, e.source_span)   # concern at the act's author
                    st.historical = False
                    st.rule = "en:feeling-statement"
                    e.rule += ":feeling-topic"
                    out.append(st)
                    said.add(e.quote_id)
            out.append(e)
            continue
        if e.lang == "en" and e.root in _ROOTS and ":noun:" in e.rule and e.source_code and e.source_span:
            fw = _feeling_word(doc, e, sets)
            if fw is not None and e.source_span[1] <= fw[0]:
                st = replace(e, id=stable_id(e.id, "feeling"), trigger_start=fw[0], trigger_end=fw[1],
                             trigger=doc.text[fw[0]:fw[1]], negated=False, also_spans=[],
                             plover_context=list(e.plover_context))
                if recode_event(st, _CODE):
                    if not e.target_code:
                        a, span = _patient(doc, e)
                        if a is not None and a.id != e.source_actor_id and (a.code or a.country):
                            fill_side(st, "target", a, span)
                    st.historical = e.historical and ":ref" not in e.rule
                    st.rule = "en:feeling-statement"
                    clear_side(e, "source")
                    e.rule += ":feeling-topic"
                    out.append(st)
                    if e.quote_id:
                        said.add(e.quote_id)
        out.append(e)
    if said:
        out = [e for e in out if not (e.quote_id in said and e.rule.endswith(":quote-statement"))]
    return out
