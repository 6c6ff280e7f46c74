"""Session 51, DATE51: our own sentences, written for these rules."""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _dates(text, date, trigger):
    doc = _PIPE(text, published_at=date)
    return [e.date for e in doc.events if e.trigger.startswith(trigger)], [(e.trigger, e.date) for e in doc.events]


# 1. A paragraph's opening setting ("During Monday's debate, …") carries to the next sentence also when the story told
#    a gerund after a preposition earlier ("after promising"): that search ran from the text's start for no trigger.

def test_setting_day_carries_past_an_earlier_gerund():
    got, allv = _dates("ROME, May 8 (Marsad) - The president called a snap election on Wednesday, a week after the "
                       "coalition collapsed. The premier took office in 2023 after promising to cut taxes.\n\n"
                       "During Monday's debate, the premier denied any wrongdoing. He urged lawmakers to back the "
                       "motion.", "2025-05-08", "urged")
    assert got == ["2025-05-05"], allv


# 2. "as" before an office's noun phrase opens no clause: the time after the office is the verb's.

def test_resigned_as_office_takes_the_later_day():
    got, allv = _dates("The defence minister resigned as the country's deputy prime minister on Monday after a row "
                       "over arms contracts.", "2025-06-04", "resigned")
    assert got == ["2025-06-02"], allv


def test_as_with_a_verb_after_the_noun_stays_a_clause():
    got, allv = _dates("Thousands rallied in the square as the new president was sworn in on Monday.",
                       "2025-06-04", "rallied")
    assert got == ["2025-06-04"], allv


# 3. The day of a restrictive relative clause telling the object's attempt dates an arrest or use of force.

def test_arrest_of_people_who_tried_takes_their_day():
    got, allv = _dates("Riot police arrested about twenty students who tried to storm the education ministry on "
                       "Monday afternoon, a spokesman said.", "2025-06-04", "arrested")
    assert got == ["2025-06-02"], allv


def test_comma_relative_and_praise_keep_their_day():
    got, allv = _dates("Riot police arrested about twenty students, who tried to storm the ministry on Monday.",
                       "2025-06-04", "arrested")
    assert got == ["2025-06-04"], allv
    got, allv = _dates("The minister praised students who tried to storm the ministry on Monday.",
                       "2025-06-04", "praised")
    assert got == ["2025-06-04"], allv
