"""Session 18 (lead): the predicative "as" of a judgement opens no clause for dating ("rejected the claims as
baseless in a statement on Tuesday" is Tuesday's rejection); "as" before a subject still does."""
from tests.events_helpers import full

PUBLISHED = "2026-03-06"   # a Friday; "on Tuesday" = 2026-03-03


def _dates(text: str, cameo_prefix: str) -> list[str]:
    return [e.date for e in full(text, published_at=PUBLISHED).events if e.cameo.startswith(cameo_prefix)]


def test_rejection_as_baseless_takes_the_day_after_it():
    assert _dates("Peru's foreign ministry rejected the claims as baseless in a statement on Tuesday.", "12") \
        == ["2026-03-03"]


def test_rejection_as_a_quoted_word_takes_the_day_after_it():
    assert _dates('Peru\'s foreign ministry rejected the report as "fabricated" on Tuesday.', "12") == ["2026-03-03"]


def test_as_before_a_subject_still_opens_a_clause():
    # guard: "as" + subject + verb is a clause of its own; its day is not the rejection's
    dates = _dates("Peru's foreign ministry rejected the claims as the talks ended on Tuesday.", "12")
    assert dates and "2026-03-03" not in dates
