"""Session 52 (helper date52): events coded right but dated or placed wrong -- the shapes, in our own sentences.

1. A movement named after a day ("وحركة 23 مارس" with its conjunction, "تحالف …/حركة 23 مارس", "the March 23
   Movement") is no date
   (timex lexicon.yaml ``date_name_cues`` with a clitic, ``date_name_cues_after``).
2. A bare ambiguous weekday before the complement "من أن" of a warning ("حذر في كلمته الاثنين من أن …") is a day:
   "من أن" is not "one of" (timex.parse._k_weekday).
3. "في الليلة نفسها" / "that same night" is the day named before (lexicon.yaml anaphoric_days).
4. "On Sunday, a day after the mayor was shot, protesters stormed …": the comma closes the "a day after" phrase,
   the main verb after it keeps the day named before (timex.dating._days_after); "15,000" is no comma.
5. "وفي لشبونة، قال الوزير إن …، وطالب مدريد …": the speaker's coordinated verb happens at the fronted place
   though the quote's content is read to the sentence's end (geo.locate._speaker_coordinated).
"""
from marsad.pipeline import default_pipeline

_P = default_pipeline()


def _doc(text, date):
    return _P(text, published_at=date)


def _at(doc, word):
    at = doc.text.index(word)
    return [e for e in doc.events if e.trigger_start <= at < e.trigger_end]


def _place(doc, ev):
    p = next((p for p in doc.places if p.id == ev.place_id), None)
    return p.name if p else None


# ----------------------------------------------------------------------------- 1 day names
def test_movement_named_after_a_day_with_conjunction_ar():
    d = _doc("وقعت الحكومة الكونغولية وحركة 23 مارس المتمردة أمس السبت في الدوحة على اتفاق إطار للسلام.", "2025-11-16")
    evs = _at(d, "وقعت")
    assert evs and all(e.date == "2025-11-15" for e in evs), [(e.trigger, e.date) for e in d.events]


def test_movement_named_after_a_day_after_a_slash_ar():
    d = _doc("وقعت الحكومة اتفاقا مع تحالف نهر الكونغو/حركة 23 مارس أمس في الدوحة.", "2025-11-16")
    evs = _at(d, "وقعت")
    assert evs and all(e.date == "2025-11-15" for e in evs), [(e.trigger, e.date) for e in d.events]


def test_movement_named_after_a_day_en():
    d = _doc("Kinshasa signed a framework accord with the March 23 Movement (M23), which captured Goma in January.",
             "2025-11-16")
    evs = _at(d, "signed")
    assert evs and all(e.date == "2025-11-16" for e in evs), [(e.trigger, e.date) for e in d.events]


def test_youth_movement_named_after_a_day_is_no_date_en():
    d = _doc("Police detained 20 members of the April 6 Youth Movement in Cairo.", "2025-11-16")
    assert not [r for r in d.timerefs if "April" in r.text]


# ----------------------------------------------------------------------------- 2 bare weekday before من أن
def test_bare_monday_before_warning_complement_ar():
    d = _doc("وحذر وزير الخارجية في كلمته أمام المؤتمر الاثنين من أن المنطقة على حافة الانفجار، "
             "وطالب بوقف الاستيطان في الضفة الغربية.", "2025-07-30")
    for w in ("وحذر", "وطالب"):
        evs = _at(d, w)
        assert evs and evs[0].date == "2025-07-28", (w, [(e.trigger, e.date) for e in d.events])


# ----------------------------------------------------------------------------- 3 the same night
def test_same_night_is_the_day_named_before_ar():
    d = _doc("فاز حزب العمال في الانتخابات التي جرت أمس الأحد، وأقر زعيم المعارضة بالهزيمة في الليلة نفسها.",
             "2025-09-09")
    evs = _at(d, "وأقر")
    assert evs and evs[0].date == "2025-09-08", [(e.trigger, e.date) for e in d.events]


# ----------------------------------------------------------------------------- 4 "a day after" as an aside
def test_day_after_aside_closed_by_comma_keeps_main_verb_day_en():
    d = _doc("On Sunday, a day after the mayor was shot dead, hundreds of protesters stormed the state palace.",
             "2025-11-16")
    evs = _at(d, "stormed")
    assert evs and evs[0].date == "2025-11-16", [(e.trigger, e.date) for e in d.events]


def test_day_after_aside_closed_by_comma_ar():
    d = _doc("وفي يوم الأحد، غداة اغتيال رئيس البلدية، اقتحم مئات المحتجين مقر الحكومة المحلية.", "2025-11-17")
    evs = _at(d, "اقتحم")
    assert evs and evs[0].date == "2025-11-16", [(e.trigger, e.date) for e in d.events]


def test_guard_day_after_with_a_number_comma_still_shifts_en():
    """Guard (passes on the start tree too): the comma of "15,000" does not close the phrase."""
    d = _doc("On Wednesday the board banned academics from travel, a day after the ministry suspended 15,000 staff "
             "and revoked the licences of teachers.", "2016-07-21")
    evs = _at(d, "revoked")
    assert evs and evs[0].date == "2016-07-19", [(e.trigger, e.date) for e in d.events]


# ----------------------------------------------------------------------------- 5 the speaker's next act
def test_speaker_coordinated_verb_at_fronted_place_ar():
    """(the second clause's place "في إسبانيا" is the reported content's; the demand is the premier's, in Lisbon)"""
    d = _doc("مدريد - 18 يونيو (مرصد) - نشرت الحكومة الإسبانية تقريرها عن الانقطاع. وفي لشبونة، قال رئيس الوزراء "
             "البرتغالي إن التقرير يؤكد موقف بلاده، وطالب مدريد بتحديد المسؤوليات بوضوح.", "2025-06-18")
    evs = _at(d, "وطالب")
    assert evs and _place(d, evs[0]) == "Lisbon", [(e.trigger, _place(d, e)) for e in d.events]
