"""Session 48 (helper prec48): Arabic extra events cut by general rules, our own sentences.

1. An act noun inside a lapse phrase of a week or more ("بعد أقل من شهر على لقاء جمع الرئيسين في جنيف"، "بعد
   نحو عام من دخول اتفاق الهدنة حيز التنفيذ"): the earlier act only dates the sentence's act -- background, no event
   of its own (``time_anchor_ar``, kinds ``lapse_from`` + ``long_unit``).
2. An act noun right after منذ ("منذ استئناف العلاقات بين البلدين"): the background the sentence's act is counted
   from, marked background (historical), never a current act.
"""
from test_gapen34_s34 import _dump, _events


def _at(evs, word):
    return [e for e in evs if e.trigger.startswith(word)]


# ----------------------------------------------------------------------------- 1 a lapse of weeks or more
def test_meeting_after_a_lapse_of_weeks_is_a_date():
    evs = _events("وتأتي الجولة الجديدة بعد أقل من شهر على لقاء جمع الرئيسين الروسي والفرنسي في جنيف، "
                  "وسط تفاؤل حذر.", "2025-04-10")
    assert not _at(evs, "لقاء"), _dump(evs)


def test_phone_call_after_a_lapse_of_weeks_is_a_date():
    evs = _events("ويأتي القرار بعد نحو ثلاثة أسابيع من اتصال هاتفي أجراه ماكرون مع أردوغان في 3 مارس، "
                  "بحسب مصادر دبلوماسية.", "2025-04-10")
    assert not _at(evs, "اتصال"), _dump(evs)


def test_truce_entry_after_a_lapse_is_a_date():
    evs = _events("وجاءت الغارات بعد نحو عام من دخول اتفاق الهدنة بين البلدين حيز التنفيذ، "
                  "بحسب مراسلين.", "2025-04-10")
    assert not [e for e in evs if e.cameo.startswith("087")], _dump(evs)


def test_a_current_meeting_before_the_lapse_stays():
    evs = _events("واستقبل الرئيس المصري نظيره التونسي في القاهرة أمس، بعد أشهر من التوتر بين البلدين.",
                  "2025-04-10")
    assert [e for e in evs if e.cameo.startswith("04")], _dump(evs)


# ----------------------------------------------------------------------------- 2 an act noun right after منذ
def test_act_noun_right_after_since_is_a_date():
    evs = _events("ووصل وزير الخارجية الأردني إلى دمشق أمس، في أول زيارة من نوعها منذ استئناف العلاقات بين البلدين.",
                  "2025-04-10")
    assert all(e.historical for e in evs if e.cameo.startswith("05")), _dump(evs)
