"""Session 48, DATE48: our own sentences.

1. An anaphoric day ("في اليوم نفسه", "later that day") is the day of the last happening named before it: not a
   deictic word inside quoted speech (the speaker's "today" is the day he spoke, not the story's) nor the end of a
   state opened by "until" / "حتى" ("لم تعلق … حتى صباح اليوم") (timex.parse.resolve_anaphors).
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _dates(text, date, trigger):
    doc = _PIPE(text, published_at=date)
    return [e.date for e in doc.events if e.trigger.startswith(trigger)], [(e.trigger, e.date) for e in doc.events]


def test_same_day_skips_a_state_end_through_until():
    got, allv = _dates("الرباط - 12 مارس - استدعت وزارة الخارجية المغربية أمس الاثنين السفير الجزائري في الرباط.\n\n"
                       "ولم تعلق السلطات الجزائرية على الخطوة حتى صباح اليوم.\n\n"
                       "وفي اليوم نفسه، استدعت وزارة الخارجية التونسية السفير المغربي في تونس.", "2026-03-12",
                       "استدعت وزارة الخارجية التونسية"[:6])
    assert got and got[-1] == "2026-03-11", allv


def test_same_day_skips_a_quoted_today():
    got, allv = _dates("الخرطوم - 20 مايو - استعاد الجيش السوداني يوم السبت الماضي السيطرة على مطار المدينة.\n\n"
                       "وكتب المتحدث باسم الجيش على منصة إكس: \"اليوم نعود إلى مطارنا\".\n\n"
                       "وفي اليوم نفسه، قصفت طائرات مسيرة مواقع للجيش في شرق المدينة.", "2026-05-20", "قصفت")
    assert got and got[-1] == "2026-05-16", allv


def test_later_that_day_skips_a_quoted_today():
    got, allv = _dates("Troops retook the airport on Saturday, the army said.\n\n"
                       "\"Today we are back,\" a spokesman wrote on X.\n\n"
                       "Later that day, drones struck army positions east of the city.", "2026-05-20", "struck")
    assert got and got[-1] == "2026-05-16", allv


# 2. A day counted forward ("المقبل", "next") in an earlier clause of the sentence dates that clause's plan, not an
#    asserted event of a later clause (timex.dating, the twin of session 11's later-clause filter).

def test_talk_after_a_planned_next_day_keeps_the_story_day():
    got, allv = _dates("مسقط - 12 أبريل - اختتمت في مسقط اليوم جولة محادثات بين إيران والولايات المتحدة.\n\n"
                       "وقال المتحدث باسم الخارجية الإيرانية إن الجانبين اتفقا على عقد جولة ثانية يوم السبت المقبل، "
                       "مضيفا أن وزير الخارجية الإيراني والمبعوث الأميركي تحدثا لبضع دقائق عند مغادرة المكان.",
                       "2026-04-12", "تحدثا")
    assert got and got[-1] == "2026-04-12", allv


# 3. A possessive day after "in" ("in Wednesday's raid") names its noun unless the phrase opens the clause ("In
#    Tuesday's address, X accused": the setting): after a gerund of two letters before -ing ("of using") and for a verb
#    of a later clause ("…, while Y warned") the sentence's own day stands (timex.dating._attributive).

def test_possessive_day_after_a_short_gerund_names_its_noun():
    got, allv = _dates("On Friday the army spokesman showed pieces of a drone and accused Iran of using its drones in "
                       "Thursday's raid on the port.", "2026-03-07", "accused")
    assert got == ["2026-03-06"], allv


def test_possessive_day_of_an_earlier_clause_does_not_date_a_later_verb():
    got, allv = _dates("On Friday the army spokesman showed pieces of a drone used in Thursday's raid on the port, "
                       "while the navy chief warned that the fleet was ready to respond.", "2026-03-07", "warned")
    assert got == ["2026-03-06"], allv
