"""Session 26 B15EN: a time limit ("by Feb. 7", "until March 3") after the publication date does not date an
asserted past verb of its sentence, and is read as a day, not a month (our own sentences)."""
from marsad.model import Document
from marsad.pipeline import Pipeline


def _events(text, pub="2023-01-23"):
    doc = Document.from_text(text, published_at=pub)
    Pipeline()(doc)
    return doc


def _ev(doc, word):
    evs = [e for e in doc.events if word in e.trigger]
    assert evs, [(e.trigger, e.cameo) for e in doc.events]
    return evs[0]


def test_by_month_day_is_a_day():
    doc = _events("Hungary ordered the Dutch consul to leave the country by March 4.", pub="2024-02-20")
    refs = [r for r in doc.timerefs if "March" in r.text]
    assert refs and refs[0].text == "by March 4" and refs[0].granularity == "day"


def test_deadline_after_past_verb_does_not_date_it():
    doc = _events("Hungary ordered the Dutch consul to leave the country by March 4.", pub="2024-02-20")
    assert _ev(doc, "ordered").date == "2024-02-20"


def test_deadline_before_a_later_past_verb():
    doc = _events("Serbia on Tuesday told the Croatian envoy to quit Belgrade by Feb. 9 and recalled its own "
                  "ambassador from Zagreb.", pub="2023-01-31")
    for e in doc.events:
        assert e.date == "2023-01-31", (e.trigger, e.date)


def test_guard_deadline_by_publication_still_dates():
    doc = _events("Rebel fighters had withdrawn from the border town by Jan. 12.", pub="2023-01-23")
    assert _ev(doc, "withdrawn").date == "2023-01-12"


def test_guard_yearless_past_date_read_a_year_back():
    doc = _events("Israeli jets struck Houthi targets on Feb. 12.", pub="2023-01-23")
    assert _ev(doc, "struck").date == "2022-02-12"
