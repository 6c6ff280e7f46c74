"""Session 25, B13AR: the thirteenth blind test's summit story (our own sentences).  "أول رئيس … يزور … منذ ثلاثة
عقود" / "the first … to visit … since 2005": the since-expression counts the occasions (an ordinal before it, here the
construct أول and several words away), it does not date the visit, which stays current."""
from __future__ import annotations

from events_helpers import dump, full

PUB = "2024-05-02"


def _dates(doc, cameo):
    return [(e.date, e.historical) for e in doc.events if e.cameo.startswith(cameo)]


# 1. an ordinal five or more words before منذ / since: the expression counts, it does not date
def test_construct_ordinal_headline_since_decades():
    doc = full("المغرب يستقبل وفدا موريتانيا والغزواني أول رئيس موريتاني يزور الرباط منذ عقدين", published_at=PUB)
    got = _dates(doc, "04")
    assert got and all(d and d >= "2024" and not h for d, h in got), dump(doc) + str(got)


def test_first_visit_by_a_president_since_year():
    doc = full("وصل الرئيس الموريتاني إلى الرباط في أول زيارة يقوم بها رئيس موريتاني إلى المغرب منذ عام 2005.",
               published_at=PUB)
    got = _dates(doc, "04")
    assert got and all(d and d >= "2024" and not h for d, h in got), dump(doc) + str(got)


def test_first_leader_to_visit_since_year_en():
    doc = full("Mauritanian President Ghazouani becomes the first Mauritanian leader to visit Rabat since 2005",
               published_at=PUB)
    got = _dates(doc, "04")
    assert got and all(d and d >= "2024" and not h for d, h in got), dump(doc) + str(got)


# guards: منذ meaning "ago" still dates; an ordinal in an earlier clause does not reach a later since-expression
def test_guard_since_days_ago_dates_the_visit():
    doc = full("زار الرئيس التونسي قيس سعيد الجزائر منذ ثلاثة أيام.", published_at=PUB)
    assert ("2024-04-29", False) in _dates(doc, "04"), dump(doc)


def test_guard_ordinal_in_other_clause():
    doc = full("وصل الوفد الأول إلى الرباط، وبقي الوزير في المدينة منذ عام 2005.", published_at=PUB)
    from marsad.timex.dating import _ordinal_since
    refs = [r for r in doc.timerefs if r.text.startswith("منذ")]
    assert refs and not any(_ordinal_since(doc.text, r) for r in refs), refs


# 2. the headline's visit (042) and the body's meeting held during it (040) are two acts, not one happening retold
#    (as events._dedupe keeps a visit verb and the talks in one sentence apart); the same code still merges
_VISIT = ("الرئيس الجزائري يزور تونس\n\n"
          "تونس - (مرصد): والتقى الرئيس الجزائري عبد المجيد تبون أمس الرئيس التونسي قيس سعيد في قصر قرطاج، "
          "وبحث الجانبان ملفات الطاقة والحدود.")


def _triggers(doc, cameo):
    return [e.trigger for e in doc.events if e.cameo.startswith(cameo)]


def test_headline_visit_not_merged_into_body_meeting():
    doc = full(_VISIT, published_at=PUB)
    assert any(t.startswith("يزور") for t in _triggers(doc, "042")), dump(doc)


def test_guard_headline_meeting_merged_into_body_meeting():
    doc = full(_VISIT.replace("يزور تونس", "يلتقي نظيره التونسي"), published_at=PUB)
    assert not any(t.startswith("يلتقي") for t in _triggers(doc, "04")), dump(doc)


def test_guard_two_meetings_of_one_pair_stay_two():
    doc = full("التقى وزير الخارجية الجزائري نظيره التونسي أمس في الجزائر. وفي اليوم التالي التقى الرئيس الجزائري "
               "الرئيس التونسي في تونس على هامش قمة إقليمية.", published_at=PUB)
    assert len([e for e in doc.events if e.cameo.startswith("04") and e.trigger.startswith("التقى")]) >= 2, dump(doc)


def test_guard_act_after_since_year_keeps_the_year():
    doc = full("وستكون هذه المرة الأولى التي يزور فيها وفد رسمي البلاد منذ 1990 عام الغزو وقطع العلاقات مع الكويت.",
               published_at=PUB)
    got = [e.date for e in doc.events if e.trigger.startswith("وقطع")]
    assert got and all(d == "1990" for d in got), dump(doc) + str(got)
