"""Session 50, DATE50: our own sentences, written for these rules.

1. Time parsing: a word with a future prefix right after a preposition is a noun (a place), no future cue; a weekday
   that is no other word is a day before its verb's complement "من".
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _dates(text, date, trigger):
    doc = _PIPE(text, published_at=date)
    return [e.date for e in doc.events if e.trigger.startswith(trigger)], [(e.trigger, e.date) for e in doc.events]


def _refs(text, date):
    return [(r.text, r.value) for r in _PIPE(text, published_at=date).timerefs]


def test_place_after_preposition_is_no_future_cue():
    refs = _refs("وفي مؤتمر صحفي عقده في سانتو دومينغو مساء السبت، انتقد الوزير قرار البرلمان.", "2026-03-10")
    assert ("مساء السبت", "2026-03-07") in refs, refs


def test_future_verb_still_reads_the_weekday_forward():
    refs = _refs("قال المتحدث إن الوزير سيتوجه إلى عمان السبت.", "2026-03-10")
    assert ("السبت", "2026-03-14") in refs, refs


def test_unambiguous_weekday_before_min_is_a_day():
    refs = _refs("وحذر رئيس الحكومة في خطابه الأربعاء من أن البلاد تواجه أزمة حادة.", "2026-03-13")
    assert ("الأربعاء", "2026-03-11") in refs, refs


# 2. A vague span of a year or more after the trigger ("خلال العقود الماضية", "over the past decades") is the period
#    of the content, not the date of a reported act.

def test_long_vague_span_after_trigger_dates_no_accusation():
    got, allv = _dates("دعا زعيم المعارضة، في خطاب ألقاه مساء الجمعة، أنصاره إلى الهدوء، واتهم الحكومة بتبديد مكاسب "
                       "حققها العمال خلال العقود الماضية.", "2026-05-18", "واتهم")
    assert got == ["2026-05-15"], allv


# 3. English: a relative aside closed by its comma ("the bill, which the cabinet drafted, by 200 votes on Monday")
#    leaves the later time to the main clause; a possessive day opening a paragraph ("During Monday's session, …")
#    sets the clause after it even when the line before ends with no stop (a caption).

def test_closed_relative_aside_leaves_the_day_to_the_main_clause():
    got, allv = _dates("OSLO, May 20 - The minister resigned on Wednesday.\n\nThe senate rejected the budget, which "
                       "the cabinet had drafted in haste, by 70 votes to 40 on Monday night.", "2026-05-20",
                       "rejected")
    assert got == ["2026-05-18"], allv


def test_possessive_day_opening_a_paragraph_after_a_caption_line():
    got, allv = _dates("OSLO, May 20 - The minister resigned on Wednesday.\n\nThe finance minister speaks in the "
                       "senate, May 18, 2026. Photo: Staff\n\nDuring Monday's session, the minister denied any "
                       "wrongdoing and accused the opposition of lying.", "2026-05-20", "accused")
    assert got == ["2026-05-18"], allv


# 4. The story's day carried to a later sentence with no day word of its own.

def test_plan_date_of_earlier_sentence_yields_its_own_past_day():
    got, allv = _dates("ROME, June 12 - Farmers blocked roads across Italy on Thursday.\n\nTruck drivers joined the "
                       "protest on Friday.\n\nOn Thursday, the prime minister warned that new levies on fuel imports "
                       "would take effect on June 20 as scheduled, saying prices were still too low. He also "
                       "threatened the unions with heavy fines.", "2026-06-12", "threatened")
    assert got == ["2026-06-11"], allv


def test_conditional_threat_takes_the_story_day():
    got, allv = _dates("ROME, June 12 - The prime minister said on Thursday that the government would cut fuel "
                       "subsidies.\n\nHe also said Italy would be ready to resume military patrols if Libya seized "
                       "another fishing boat.", "2026-06-12", "ready")
    assert got == ["2026-06-11"], allv


def test_since_phrase_in_an_accusation_leaves_the_story_day():
    got, allv = _dates("عمان - 14 يونيو (مرصد) - انتقد وزير الخارجية أمس السبت سياسات الاحتلال.\n\nواتهم الوزير "
                       "الحكومة الإسرائيلية بشن عشرات الاعتداءات منذ توقيع الاتفاق في مارس الماضي.", "2026-06-14",
                       "واتهم")
    assert got == ["2026-06-13"], allv


def test_speakers_next_act_takes_the_speakers_day():
    got, allv = _dates("بغداد - 18 يونيو (مرصد) - قال الجيش اليوم إن المعارك مستمرة.\n\nوأقر وزير الدفاع، في مؤتمر "
                       "صحفي مساء الثلاثاء، بأن قواته انسحبت من البلدة يوم الأحد. وتعهد الوزير بملاحقة المهاجمين.",
                       "2026-06-18", "وتعهد")
    assert got == ["2026-06-16"], allv
