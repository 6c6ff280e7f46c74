"""The government a domestic body addresses is its own (English, session 18 ENL).

"Kyrgyz lawmakers demanded that the government expel the Tajik ambassador": an English demand, appeal,
criticism, refusal or threat (roots 02, 10, 11, 12, 13) whose source is a sector of a country other than its
government (KGZLEG, MDAOPP, TUNCVL …) and whose target is a country-less government ("the government", written
after a determiner of ``own_government_en.tsv``) takes the source's country: KGZLEG -> KGZGOV.  Not when the source
is a bare country or a government itself ("Russia demanded that the government …": another state's), nor when the
target has a country.  Rule marker ``:tgt-own``.

Arabic (session 20 B7AR): "طالب نواب في البرلمان الكويتي الحكومة بتجميد العلاقات مع إيران": the same step when
the whole target span is a bare form of ``own_government_ar.tsv`` ("الحكومة", "حكومتهم"); the demanded act whose
source is that same span (the government asked to act) takes the same code.  Marker ``:tgt-own`` / ``:src-own``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import form_set

_ROOTS = frozenset(("02", "10", "11", "12", "13"))
_STATE = frozenset(("GOV",))


def apply(doc, events) -> None:
    dets = None
    _apply_ar(doc, events)
    for ev in events:
        if ev.lang != "en" or ev.root not in _ROOTS or ev.target_code != "GOV" or ev.target_country \
                or not ev.source_country or not ev.source_role or ev.source_role in _STATE or not ev.target_span:
            continue
        before = doc.text[max(ev.sentence_start, ev.target_span[0] - 7):ev.target_span[0]].split()
        if dets is None:
            dets = form_set("own_government_en.tsv")
        if not before or before[-1].lower() not in dets:
            continue
        ev.target_country = ev.source_country
        ev.target_code = ev.source_country + "GOV"
        ev.rule += ":tgt-own"


def _apply_ar(doc, events) -> None:
    forms = None
    for ev in events:
        if ev.lang != "ar" or ev.root not in _ROOTS or not ev.target_span or not ev.source_country \
                or not ev.source_role or ev.source_role in _STATE or ev.target_code not in ("GOV", f"{ev.target_country}GOV"):
            continue
        if forms is None:
            forms = form_set("own_government_ar.tsv")
        span = tuple(ev.target_span)
        if normalize(doc.text[span[0]:span[1]].strip()) not in forms:
            continue
        if ev.target_country == ev.source_country:
            continue
        code = ev.source_country + "GOV"
        ev.target_country, ev.target_code = ev.source_country, code
        ev.rule += ":tgt-own"
        for other in events:   # "… الحكومة إلى خفض التمثيل": the government asked to act is the same one
            if other is not ev and other.lang == "ar" and other.source_span and tuple(other.source_span) == span \
                    and other.source_code in ("GOV", f"{other.source_country}GOV") and other.source_country != ev.source_country:
                other.source_country, other.source_code = ev.source_country, code
                other.rule += ":src-own"
