"""An Arabic ordinal meeting or visit noun that characterises the sentence's own meeting act (session 47, prec47).

"واستقبل الرئيس وزير الخارجية في قصر قرطاج أمس، في أول زيارة لمسؤول إيطالي رفيع منذ عامين"، "والتقى الوزير نظيره
في دمشق، في أول زيارة لمسؤول سعودي منذ سنوات": the phrase "في أول زيارة ل… منذ …" tells how rare the act just told
is -- the reception or the meeting is the event, told once; the noun (its visitor an indefinite role, its date the
act's) is no second act.  A meeting-family noun (CAMEO 040 -- 046) after a listed frame preposition and ordinal
(``ordinal_visit_ar.tsv``) is dropped when an earlier trigger of the same sentence codes a meeting-family act; alone
("وبدأ الوزير أول زيارة له إلى الرياض") it is the sentence's report and stays.
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index

ACTS_ON = frozenset(("04",))   # the meeting root (CAMEO 040 -- 046)


def _forms() -> dict:
    return kind_sets("ordinal_visit_ar.tsv", ("frame", "ordinal"))


def drop(words, evs: list) -> list:
    """``evs`` without the ordinal meeting nouns that characterise an earlier meeting act of the sentence."""
    if len(evs) < 2:
        return evs
    f = _forms()
    if not has_any(words, f["ordinal"]):
        return evs   # (no ordinal in the sentence: one set test)
    at = start_index(words)
    gone = []
    for e in evs:
        if ":noun:" not in e.rule or e.root != "04" or (e.source_span and e.source_span[0] < e.trigger_start):
            continue   # (a noun whose visitor stands before it took a verb's half in _dedupe and reports that verb:
            # "ووصل الأمير …، حيث استقبله …، في أول زيارة له"; session 47, lead)
        k = at.get(e.trigger_start)
        if k is None or k < 2 or words[k - 1].norm not in f["ordinal"] or words[k - 2].norm not in f["frame"]:
            continue
        if any(o.trigger_start < e.trigger_start and o.root == "04" for o in evs):
            gone.append(e)
    return [e for e in evs if e not in gone] if gone else evs
