"""Session 48 (lead): our own sentences.

1. An Arabic month or year right after a happening noun ("خلال زيارته إلى الرياض في مايو الماضي", "منذ إطلاق المنتدى قبل
   عشر سنوات") names that noun's time: an undated sentence after it takes the story's day, not that month or year
   (marsad.timex.dating._after_happening_noun_ar; the English twin is session 47's).
2. A definite title ("الوزير") takes no portfolio genitive: "وانتقد الوزير الضربات الإسرائيلية" is the subject and its
   object, not an Israeli minister (stages/actors.py, the portfolio branch of the phrase chunker).
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _doc(text, date):
    return _PIPE(text, published_at=date)


def _dated(doc, trigger):
    return next(e for e in doc.events if e.trigger == trigger).date


def test_arabic_month_after_a_visit_noun_dates_no_later_sentence():
    doc = _doc("عمّان - 12 مارس - استقبل العاهل الأردني الرئيس الفرنسي في قصر الحسينية أمس. وبحث الجانبان سبل توسيع "
               "التعاون الاقتصادي، بعد أن كان البلدان قد وقعا اتفاقيات عدة خلال زيارة الملك إلى باريس في يناير الماضي. "
               "وأشاد الملك بضيفه.", "2026-03-12")
    assert _dated(doc, "وأشاد") == "2026-03-11", [(e.trigger, e.date) for e in doc.events]


def test_arabic_year_after_a_since_noun_dates_no_later_sentence():
    doc = _doc("الدوحة - 5 مايو - افتتح أمير قطر أمس منتدى الدوحة الاقتصادي، في دورة هي الأكبر منذ إطلاق المنتدى قبل "
               "عشر سنوات. وأشاد الأمير بالرئيس الرواندي.", "2026-05-05")
    assert _dated(doc, "وأشاد") == "2026-05-04", [(e.trigger, e.date) for e in doc.events]


def test_arabic_month_of_the_act_itself_still_carries():
    # (a month dating the sentence's own act -- no happening noun before it -- still dates the undated sentence after)
    doc = _doc("بيروت - 3 يونيو - زار وزير الخارجية الإيراني بيروت في مايو الماضي. وانتقد الضربات على الجنوب.",
               "2026-06-03")
    assert _dated(doc, "وانتقد") == "2026-05", [(e.trigger, e.date) for e in doc.events]


def test_definite_title_takes_no_portfolio_nationality():
    doc = _doc("وانتقد الوزير الضربات الإسرائيلية على الجنوب.", "2026-06-03")
    ev = next(e for e in doc.events if e.trigger == "وانتقد")
    assert not (ev.source_code or "").startswith("ISR") and (ev.target_code or "").startswith("ISR"), \
        (ev.source_code, ev.target_code)


def test_indefinite_title_keeps_its_portfolio_nationality():
    doc = _doc("وانتقد وزير الزراعة المصري قرار الحكومة.", "2026-06-03")
    ev = next(e for e in doc.events if e.trigger == "وانتقد")
    assert (ev.source_code or "").startswith("EGY"), (ev.source_code, ev.target_code)


# 3. A light verb's subject, an aside between commas, then its act noun: "وأجرى الرئيس، خلال زيارته إلى الدوحة، اتصالا
#    هاتفيا بـ…" -- the noun's source is the light verb's subject across the aside (fronted.light_clause_before_aside);
#    an actor inside the aside is no side.

def _sides(doc, trigger):
    return [(e.source_code, e.target_code) for e in doc.events if e.trigger.startswith(trigger)]


def test_light_verb_subject_across_a_time_aside():
    doc = _doc("وأجرى الرئيس التركي، أمس، اتصالا هاتفيا بالرئيس المصري.", "2026-03-03")
    assert ("TURGOV", "EGYGOV") in _sides(doc, "اتصالا"), _sides(doc, "اتصالا")


def test_light_verb_subject_across_a_presence_aside():
    doc = _doc("وأجرى رئيس الوزراء الإسرائيلي يوم الاثنين، من البيت الأبيض وبحضور الرئيس الأميركي، اتصالا هاتفيا "
               "بأمير قطر.", "2026-03-03")
    sides = _sides(doc, "اتصالا")
    assert sides and sides[0][0] == "ISRGOV" and all("USA" not in (s or "") for pair in sides for s in pair), sides


def test_meeting_noun_after_an_adjunct_aside_takes_the_host():
    doc = _doc("وعقد وزير الخارجية الأردني، خلال زيارته إلى القاهرة، اجتماعا مع نظيره المصري.", "2026-03-03")
    sides = _sides(doc, "اجتماعا")
    assert sides and sides[0][0] == "JORGOV", sides
