"""A background act between two parties, or by a coordinated subject, is told once (session 37, PREC37).

"وكانت الحكومتان قد وقعتا الاتفاقية في أبريل 2016"، "وكان البلدان قد تبادلا طرد دبلوماسيين": a mutual act of the
story's past (``historical`` with a date of its own or a pluperfect, ``bg-date`` / ``bg-plup``, or judged no report by
the learned filter, ``clf-``) is coded both ways like a current one, and the copy with the sides swapped is one act told
twice -- the gold codes such an act once (an optional background event), so the copy was an extra (in-sample: 16
copies of historical acts extra, none matched; the marked ones are dropped here).  The copy (the later event on the
same trigger with the same code and the source and target swapped) is dropped; a current meeting or call, and a
reference noun ("ورحبت الحكومة بالوساطة"), keep both directions.

"وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها مع قطر في يونيو 2017": likewise the copies of a dated
background act (``bg-date`` / ``bg-plup``) or of one the learned filter judged no report (``clf-``) for the second and
later members of a coordinated subject (in-sample: 10 extra, none matched); the first member's event stands.  A current
act ("تواصل مصر وقطر جهود الوساطة", a reference noun only) keeps one event per member.  Session 40 (PREC40): also a
historical event the filter judged a report (``clf+``) -- its sentence is background ("وسبق أن قطعت الرياض علاقاتها مع
طهران عام 1988 إثر مقتل … في مواجهات بين حجاج وقوات الأمن").  Session 41 (PREC41): a negated mutual act ("ولم
يلتق الوفدان وجها لوجه"; a meeting, root 04), current or not, is told once too: what did not happen has no two directions (in-sample: 2
swapped copies extra, none matched; the gold lists the negated meeting once, optional); so is any historical mutual act
told by its verb, marked or not ("وتنص معاهدة السلام التي وقعتها مصر وإسرائيل في مارس 1979": 2 swapped copies extra,
2 optional, none matched); a reference noun still keeps both.
"""
from __future__ import annotations

_DATED_BACKGROUND = (":bg-date", ":bg-plup", ":clf-", ":clf+")   # (clf+ on a historical event: a background sentence, s40)


def drop_copies(events: list) -> list:
    seen: set = set()
    told: set = set()   # (trigger span, code, target) of a dated background act already kept
    out = []
    for ev in events:
        if ev.historical and ev.source_code and any(m in ev.rule for m in _DATED_BACKGROUND):
            key = (ev.trigger_start, ev.trigger_end, ev.cameo)
            if ev.target_code:
                if key + (ev.target_code, ev.source_code) in seen:
                    continue
                seen.add(key + (ev.source_code, ev.target_code))
            k = key + (ev.target_code,)
            if k in told:
                continue
            told.add(k)
        elif (ev.negated and ev.root == "04" or ev.historical and ":verb:" in ev.rule) and ":mutual" in ev.rule \
                and ev.source_code and ev.target_code:
            # "ولم يلتق الوفدان وجها لوجه": a meeting that did not happen has no second direction (a failure to agree,
            # "لم تتوصل إسرائيل وحماس إلى اتفاق", keeps both: test_events_session9); "معاهدة السلام التي وقعتها مصر
            # وإسرائيل في مارس 1979": a background signing told by its verb, with no marker (s41, PREC41)
            key = (ev.trigger_start, ev.trigger_end, ev.cameo)
            if key + (ev.target_code, ev.source_code) in seen:
                continue
            seen.add(key + (ev.source_code, ev.target_code))
        out.append(ev)
    return out
