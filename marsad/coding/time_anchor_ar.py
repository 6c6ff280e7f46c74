"""An Arabic act noun that only dates another act: the time since it or after it (session 40, PREC40).

"استقالت الحكومة بعد أسبوع على انفجار المرفأ"، "بعد أربعة أيام من المعارك"، "في أول عملية منذ اندلاع الحرب على غزة"،
"منذ انطلاق الاحتجاجات في أكتوبر": the act noun measures time for the sentence's own act -- it is a background
happening told as a date (often told as an event elsewhere in the article), not a report of its own, and the article
gold does not code it.  A background (``historical``) noun event whose trigger comes right after a link word (kind
``link``: على، من) after a span of time (kind ``unit``: أسبوع، أيام، أشهر … with or without its number), or right after
a start noun (kind ``onset``: انطلاق، اندلاع، بدء) after منذ (kind ``since``), is dropped.  A current event stays
("بعد ساعات من هجوم استهدف القاعدة" when the filter or the reference rule found the attack current), and so does a
verb ("بعد أيام من أن …"): only noun triggers are read.  An act with a named author ("بعد يومين من استقبال العاهل
المغربي الرئيس الموريتاني") and an indefinite act with a named victim ("بعد يومين من هجوم بطائرة مسيرة استهدف موقعا
للقوات الحكومية") are told there for the first time: they stay (the gold codes both).  Word list: ``time_anchor_ar.tsv``.

Session 42 (PREC42): the occasion of the sentence's act -- a background noun right after an after-word (kind
``after``: إثر، عقب، غداة، بعد: "قطعت علاقاتها … إثر اقتحام سفارتها"، "في مؤتمر صحفي عقب اجتماع طارئ") or after a reply
or protest word and its link (kind ``occasion`` + ``occasion_link``: "ردا على الاعتداءات التي تعرضت لها البعثتان"،
"احتجاجا على ترحيل المهاجرين"، "تزامنا مع زيارة") -- is the act the sentence's act answers or follows, told as its
cause: dropped too, with or without a victim (in-sample: every such background noun the gold lists is optional, 24
of them; 5 were extra); one with a named author stays, as above ("وجاءت الزيارة بعد استقبال الرئيس المصري …").  A current one stays ("احتجاجا على مقتل صياد" told there first, judged a report).

Session 43 (PREC43): a span of time after a closing word (kind ``close``: ختام، اختتام، نهاية) is the span the act
noun lasted ("في ختام أسبوع من المواجهات بين فصائل درزية ومقاتلين من العشائر"، "في ختام يومين من المحادثات"): the
sentence's act ends it; the noun is dropped with its sides named or not (in-sample: 2 optional, 2 extra, none
required; "بعد عشرة أيام من محادثات رعاها الاتحاد الأفريقي" -- a lapse, not a span -- is required and stays).  And a
background noun after a circumstance frame (kinds ``amid`` + ``amid_prep``: "بعد انتخابات جرت في ظل احتجاجات الحراك
الشعبي"، "في خضم الحرب") is the circumstance of the sentence's act, dropped as an occasion is (no GSR row has a protest
or attack noun there).

Session 45 (PREC45): a truce or accord after منذ and an entry noun (kind ``entry``: دخول، سريان; an accord noun,
kind ``accord``, may stand between: "في أول غارة منذ دخول اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ")
is the date the sentence's act is counted from, current or background, its sides named or not: dropped; a truce
(087) after منذ, with a start noun or not, too ("وتشن إسرائيل منذ بدء الهدنة غارات"، "للمرة الأولى منذ وقف إطلاق
النار"), and one told as in force ("رغم سريان اتفاق وقف إطلاق النار": kind ``in_force``).

Session 46 (PREC46): a truce told as in force by an adjective after it (kind ``in_force_after``: "اتفاق وقف إطلاق
النار الساري منذ نوفمبر 2024"، "الهدنة السارية بين البلدين") or by a verb before it with its start date between (kind
``in_force_verb``: "ويسري منذ 27 نوفمبر 2024 اتفاق لوقف إطلاق النار") is that standing state too: dropped.

Session 48 (PREC48): a lapse of a week or more -- بعد (kind ``lapse_from``), a span (kind ``long_unit``, its number or
"أقل من"، "نحو" between) and a link word -- puts every act noun after it, to the clause's end, weeks or years before
the sentence's act: "بعد أقل من أسبوع على اتصال هاتفي أجراه الرئيسان في 12 فبراير"، "بعد نحو شهر من دخول اتفاق وقف
إطلاق النار حيز التنفيذ"، "بعد أشهر من استضافة الرياض اجتماعا".  Dropped current or background, its author named or
not: an act that long before is told as a date, not as news (a named author keeps only the short lapses above, "بعد
يومين من استقبال …").  And an act noun right after منذ ("منذ استئناف العلاقات بين البلدين") is the background the
sentence's act is counted from: marked background (``historical``), as the filter marks "منذ الغزو الروسي".
"""
from __future__ import annotations

from . import subject_act_ar
from .hazards import listed
from .structure import definite_ar, has_any, kind_sets, start_index

_TRUCE = "087"   # a ceasefire or truce (no GSR type: its start after منذ is a date whatever the filter judged)
_KINDS = ("unit", "link", "onset", "since", "after", "occasion", "occasion_link", "close", "amid", "amid_prep", "entry",
          "accord", "in_force", "in_force_after", "in_force_verb", "lapse_from", "long_unit")
_LAPSE_LEAD = 4   # words from بعد to its long span ("بعد أكثر من ثلاثة أشهر على")
_FORCE_AFTER = 3   # words after a truce's first word to its in-force adjective ("وقف إطلاق النار الساري")
_FORCE_BEFORE = 7   # words back to its in-force verb, its start date between ("ويسري منذ 27 نوفمبر 2024 اتفاق")


def _anchor(words, k: int, sets: dict) -> bool:
    """Is words[k], the first word of an act noun, a time anchor (see the module doc)?"""
    if k < 2 or words[k - 1].punct or words[k - 2].punct:
        return False
    before, first = words[k - 1], words[k - 2]
    if before.norm in sets["link"]:
        return listed(first, sets["unit"])
    return listed(before, sets["onset"]) and listed(first, sets["since"])


def _entry_anchor(words, k: int, sets: dict, truce: bool) -> bool:
    """(session 45, PREC45) Is words[k], the first word of an act noun, the truce or accord whose entry into force dates
    the sentence's act: منذ (kind ``since``), an entry noun (kind ``entry``: دخول، سريان), then the act noun or an
    accord noun (kind ``accord``: اتفاق) before it ("في أول غارة منذ دخول اتفاق وقف إطلاق النار … حيز التنفيذ")?  A
    truce also right after منذ or after منذ and a start noun of kind ``onset`` ("منذ وقف إطلاق النار"، "منذ بدء
    الهدنة"), and after a noun of its being in force with no منذ (kind ``in_force``: "رغم سريان اتفاق وقف إطلاق
    النار"): a standing truce, no truce agreed."""
    j = k - 1
    if j >= 0 and not words[j].punct and listed(words[j], sets["accord"]):
        j -= 1
    if j < 0 or words[j].punct:
        return False
    if truce and (listed(words[j], sets["since"]) or listed(words[j], sets["in_force"])):
        return True
    return (j >= 1 and not words[j - 1].punct and listed(words[j - 1], sets["since"])
            and (listed(words[j], sets["entry"]) or (truce and listed(words[j], sets["onset"]))))


def _in_force(words, k: int, sets: dict) -> bool:
    """(session 46, PREC46) Is words[k], a truce's first word, told as in force: an in-force adjective within
    :data:`_FORCE_AFTER` words after it ("وقف إطلاق النار الساري") or an in-force verb within :data:`_FORCE_BEFORE`
    words before it ("ويسري منذ 27 نوفمبر 2024 اتفاق لوقف إطلاق النار"), no punctuation between?"""
    for j in range(k + 1, min(len(words), k + 1 + _FORCE_AFTER)):
        if words[j].punct:
            break
        if listed(words[j], sets["in_force_after"]):
            return True
    for j in range(k - 1, max(-1, k - 1 - _FORCE_BEFORE), -1):
        if words[j].punct:
            break
        if listed(words[j], sets["in_force_verb"]):
            return True
    return False


def _lapsed(words, sets: dict) -> set:
    """(session 48, PREC48) Indexes of the words after a lapse of a week or more, to the clause's end: بعد (kind
    ``lapse_from``), at most :data:`_LAPSE_LEAD` words on a span of kind ``long_unit``, then a link word ("بعد أقل من
    شهر على لقاء جمع الرئيسين في جنيف،")."""
    out: set = set()
    if not has_any(words, sets["link"]):
        return out   # (a lapse needs a link word after its span: most sentences have none -- no walk, s50 SPD50)
    for u, w in enumerate(words):
        if (w.punct or u + 1 >= len(words) or words[u + 1].norm not in sets["link"]
                or not listed(w, sets["long_unit"])):
            continue
        for j in range(u - 1, max(-1, u - 1 - _LAPSE_LEAD), -1):
            if words[j].punct:
                break
            if listed(words[j], sets["lapse_from"]):
                k = u + 2
                while k < len(words) and not words[k].punct:
                    out.add(k)
                    k += 1
                break
    return out


def _closed_span(words, k: int, sets: dict) -> bool:
    """Is words[k], the first word of an act noun, what a closed span of time lasted ("في ختام أسبوع من المواجهات")?"""
    if not _anchor(words, k, sets) or words[k - 1].norm != "من":
        return False
    for j in (k - 3, k - 4):   # the closing word before the unit, or before its number ("في ختام ثلاثة أيام من")
        if j < 0 or words[j].punct:
            return False
        if listed(words[j], sets["close"]):
            return True
    return False


def _occasion(words, k: int, sets: dict) -> bool:
    """Is words[k], the first word of an act noun, the occasion of the sentence's act (see the module doc)?"""
    if k < 1 or words[k - 1].punct:
        return False
    if listed(words[k - 1], sets["after"]):
        return True
    if k >= 2 and listed(words[k - 1], sets["amid"]) and words[k - 2].norm in sets["amid_prep"]:
        return True   # "جرت في ظل احتجاجات الحراك الشعبي": the circumstance of the sentence's act (session 43 PREC43)
    return (k >= 2 and not words[k - 2].punct and words[k - 1].norm in sets["occasion_link"]
            and listed(words[k - 2], sets["occasion"]))


def _authored(e) -> bool:
    """Does the noun name its author: a source read after its trigger ("بعد يومين من استقبال العاهل المغربي …")?  A
    source before it is the sentence's reporter or subject read onto the noun ("وكانت الخارجية الروسية قد أعلنت أن الأسد
    قرر التنحي بعد مفاوضات مع أطراف النزاع"; session 43, PREC43)."""
    return bool(e.source_code) and (e.source_span is None or e.source_span[0] >= e.trigger_start)


def drop(words, evs: list) -> list:
    """``evs`` without the background act nouns that only date the sentence's act (see the module doc)."""
    if not any(":noun:" in e.rule for e in evs):
        return evs   # (every test below reads noun events only, s50 SPD50)
    sets = kind_sets("time_anchor_ar.tsv", _KINDS)
    at = start_index(words)
    # (a truce told by its entry into force after منذ only dates the act, current or not, with its sides named or not:
    # "في أول غارة على الضاحية منذ دخول اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ")
    entry = [e for e in evs if ":noun:" in e.rule and at.get(e.trigger_start) is not None
             and (_entry_anchor(words, at[e.trigger_start], sets, e.cameo.startswith(_TRUCE))
                  or (e.cameo.startswith(_TRUCE) and _in_force(words, at[e.trigger_start], sets)))]
    # (an act noun a long lapse before the sentence's act: a date, dropped; right after منذ: the background the
    # sentence's act is counted from, kept as such -- "منذ الغزو الروسي لأوكرانيا" stays a background record; PREC48)
    lapsed = _lapsed(words, sets)
    if lapsed:
        taken = {id(e) for e in entry}
        entry += [e for e in evs if ":noun:" in e.rule and at.get(e.trigger_start) in lapsed and id(e) not in taken]
    for e in evs:
        k = at.get(e.trigger_start) if ":noun:" in e.rule else None
        if k and listed(words[k - 1], sets["since"]):
            e.historical = True
    if entry:
        evs = [e for e in evs if e not in entry]
    if not any(e.historical and ":noun:" in e.rule for e in evs):
        return evs
    gone = [e for e in evs if e.historical and ":noun:" in e.rule and at.get(e.trigger_start) is not None
            and ((not _authored(e) and (_occasion(words, at[e.trigger_start], sets) or (
                (not e.target_code or definite_ar(e.trigger.split()[0])) and _anchor(words, at[e.trigger_start], sets))))
                 or _closed_span(words, at[e.trigger_start], sets))]
    if not gone:
        return evs
    # (and the attack verb whose subject the noun is, "غداة ضربة جوية أمريكية استهدفت قياديا": the same background act)
    gone += [v for v in evs if v.historical and any(subject_act_ar.told_by(words, n, v) for n in gone)]
    return [e for e in evs if e not in gone]
