""""In protest at" after another act is its motive, not a demonstration (Arabic, session 10 AR3).

"استدعت وزارة الخارجية الأردنية السفير الإسرائيلي احتجاجا على اقتحام المسجد الأقصى"، "علقت الجزائر مشاركتها
احتجاجا على …": the adverbial verbal noun احتجاجا (``motive_ar.tsv``) gives the reason of the main verb.  When an
earlier verb event of the same sentence is of another kind (roots 01-07, 09-13 and 16: statements, appeals, diplomatic
and official acts; not 08, whose انسحب … احتجاجا is a walkout), the protest event of احتجاجا is dropped; after a
protest verb, or with no earlier verb event ("خرج الآلاف إلى الشوارع احتجاجا على …"), it stays.  "مذكرة احتجاج" (a note of protest) is
an official complaint when an official hands it (the verb row سلم + مذكرة codes it, 114): its protest event is dropped;
handed by protesters ("سلم المتظاهرون السفير مذكرة احتجاج") it stays part of their protest.  Another
verbal noun of motive (type masdar: رفضا، تنديدا، استنكارا) before ل after an earlier verb event is dropped whatever
its code: "خرجت تظاهرات في إدلب رفضا للتطبيع" is one protest, not a rejection too.  The protest noun itself (type
complaint: احتجاج، احتجاجها) after an official's summons or complaint (roots 11, 16) is that complaint: "استدعت
سفير الاتحاد الأوروبي لإبلاغه احتجاج تونس".  Session 49 (prec49): a hope noun after على (type hope: "تتواصل مع
الحكومة "على أمل أن يسمح …"": "in the hope that") is the purpose of its clause's act, no optimistic comment (013) of
its own; "أعرب عن أمله" (its own verb row) and "أملا" stay.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .structure import start_index

_OFFICIAL = frozenset(("GOV", "DIP", "LEG", "JUD", "MIL", "SPY", "COP", "IGO"))
_HOPE_PREP = "علي"   # على, normalised: "على أمل أن" (in the hope that)
_MAIN_ROOTS = frozenset(f"{r:02d}" for r in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 16))   # not 08: انسحب … احتجاجا (a walkout)


def _load():
    out = {"motive": set(), "note": set(), "masdar": set(), "complaint": set(), "hope": set()}
    for r in read_tsv_dicts(data_path("coding", "motive_ar.tsv")):
        t, f = (r.get("type") or "").strip(), (r.get("form") or "").strip()
        if t in out and f:
            out[t].add(normalize(f))
    return {k: frozenset(v) for k, v in out.items()}


def table():
    return cached("coding.motive.ar", _load)


def _bare(nm: str) -> str:
    return nm[1:] if nm[:1] in ("و", "ف") and len(nm) > 3 else nm


def drop_motives(words, evs) -> list:
    """``evs`` without the protest events of a motive احتجاجا after another act or of a protest note."""
    if len(evs) < 2 and not any(e.root in ("14", "01") for e in evs):
        return evs
    tab = None
    starts = None
    out = []
    for ev in evs:
        if tab is None:
            tab, starts = table(), start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None:
            out.append(ev)
            continue
        nm = _bare(words[k].norm)
        if ev.root == "01" and nm in tab["hope"] and k > 0 and words[k - 1].norm == _HOPE_PREP:
            continue   # تتواصل مع الحكومة "على أمل أن …": the purpose of the act, no comment of its own
        if nm in tab["masdar"] and k + 1 < len(words) and words[k + 1].text.startswith("ل") and k > 0 \
                and not words[k - 1].punct and any(":verb:" in e.rule and e.trigger_end <= ev.trigger_start for e in evs):
            continue   # خرجت تظاهرات … رفضا للتطبيع: the motive of the earlier act
        if ev.root != "14" or ":verb:" in ev.rule:
            out.append(ev)
            continue
        if k > 0 and _bare(words[k - 1].norm) in tab["note"] and any(
                ":verb:" in e.rule and e.trigger_start < ev.trigger_start and e.source_role in _OFFICIAL for e in evs):
            continue   # سلمت الخارجية … مذكرة احتجاج: an official complaint (handed by protesters it stays a protest)
        if nm in tab["complaint"] and any(":verb:" in e.rule and e.root in ("11", "16") and e.trigger_start < ev.trigger_start
                                          and e.source_role in _OFFICIAL and not e.negated for e in evs):
            continue   # استدعت سفير الاتحاد لإبلاغه احتجاج تونس: the summons' complaint
        if nm in tab["motive"] and any(":verb:" in e.rule and e.root in _MAIN_ROOTS and e.trigger_start < ev.trigger_start
                                       and not e.negated for e in evs):
            continue   # استدعت … السفير احتجاجا على: the summons' motive
        out.append(ev)
    return out
