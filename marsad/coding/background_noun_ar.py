"""An Arabic act noun of the background with no actor is no coded event (session 37, PREC37).

"بعد أسبوع على انفجار مرفأ بيروت"، "منذ انطلاق الاحتجاجات في مطلع أكتوبر"، "عقب اجتماع طارئ"، "الجهود الرامية إلى
تحقيق السلام": a verbal noun read as background (``historical``: a reference after بعد / منذ / عقب, a lapse, a noun the
learned filter judged no report) that, after every side rule of the document, has neither a source nor a target names
the occasion or the topic of its sentence's act; a reader codes no event for it (in-sample: 11 such nouns extra, 1
coded wrong, none right; 50 matched only optional readings).  Such an event is dropped at the end of the stage, after
the learned filter and the merges that may read it (no counted event -- the GSR evaluations count no historical event
-- changes).  A noun listed after an act verb ("وفرض حالة الطوارئ …، وحظر التجول"، ``:listed``) is that verb
subject's act, kept; so are demanded, intended and conditional acts (their modality tells the reader what they are).
"""
from __future__ import annotations


def drop(events: list) -> list:
    return [ev for ev in events
            if not (ev.lang == "ar" and ev.historical and ev.modality == "asserted" and ":noun:" in ev.rule
                    and ":listed" not in ev.rule and not ev.source_code and not ev.target_code
                    and not ev.source_actor_id and not ev.target_actor_id)]
