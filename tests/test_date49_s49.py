"""Session 49, DATE49: our own sentences.

1. An anaphoric day counted back ("the previous day", "a day earlier", "اليوم السابق") is the day before the one named
   last before it, not the day before publication (lexicon.yaml anaphoric_days "-1").
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _dates(text, date, trigger):
    doc = _PIPE(text, published_at=date)
    return [e.date for e in doc.events if e.trigger.startswith(trigger)], [(e.trigger, e.date) for e in doc.events]


def test_previous_day_counts_back_from_the_day_named():
    got, allv = _dates("The army said on Tuesday that rebels had attacked a checkpoint near the border the previous "
                       "day.", "2026-04-16", "attacked")
    assert got == ["2026-04-13"], allv


def test_a_day_earlier_counts_back_from_the_day_named():
    got, allv = _dates("Police arrested two opposition leaders on Friday in the capital. A day earlier, hundreds of "
                       "students had marched to parliament.", "2026-04-20", "marched")
    assert got == ["2026-04-16"], allv


# 2. "N days / weeks after" a clause (clauses.yaml days_after): the act after the phrase is that many days before the
#    day of the main clause, for counts beyond three days too.

def test_five_days_after_dates_the_earlier_act():
    got, allv = _dates("The coast guard freed the cargo ship on Sunday, five days after gunmen seized it off the "
                       "coast.", "2026-06-08", "seized")
    assert got == ["2026-06-02"], allv


def test_two_weeks_after_dates_the_earlier_act():
    got, allv = _dates("Thousands of farmers protested in the capital on Saturday, two weeks after police shot dead "
                       "a union leader.", "2026-06-15", "shot")
    assert got == ["2026-05-30"], allv


# 3. With a day named before an English trigger, a month after it that follows a happening noun other than the trigger
#    ("his visit in March") dates that noun, not the trigger.

def test_month_after_a_happening_noun_leaves_the_day_before():
    got, allv = _dates("The president pledged on Thursday to back the reforms as he hosted the minister at the palace "
                       "in talks far calmer than his tense visit in March.", "2026-07-10", "hosted")
    assert got == ["2026-07-09"], allv


# 4. A place after "in" that a noun or participle before it takes ("to end the war in Yemen", "the truce agreed in
#    Doha") is that noun's place, not the place of the clause's verb (cues.tsv attached; geo.locate._attached).

def _places(text, date, trigger):
    doc = _PIPE(text, published_at=date)
    pl = {p.id: p.text for p in doc.places}
    return [pl.get(e.place_id) for e in doc.events if e.trigger.startswith(trigger)], \
        [(e.trigger, pl.get(e.place_id)) for e in doc.events]


def test_place_of_the_war_is_not_the_meeting_place():
    got, allv = _places("MUSCAT, May 4 - Saudi and Omani foreign ministers met on Sunday to discuss a plan to end the "
                        "war in Yemen.", "2026-05-04", "met")
    assert got and got[0] == "MUSCAT", allv


def test_the_war_itself_keeps_its_place():
    got, allv = _places("The war in Sudan killed thousands of civilians last year.", "2026-05-04", "killed")
    assert got in ([None], ["Sudan"]), allv


# 5. "N days later" opening a sentence counts from the day named last before it, not from publication
#    (lexicon.yaml anaphoric_days).

def test_three_days_later_counts_from_the_day_named():
    got, allv = _dates("Police detained an opposition leader in the capital on March 3, his lawyer said. Three days "
                       "later, thousands of his supporters marched to the courthouse.", "2026-03-20", "marched")
    assert got == ["2026-03-06"], allv
