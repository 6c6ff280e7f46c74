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


def _triggers(text, pub="2024-03-12"):
    return [(e.trigger, e.cameo) for e in _events(text, pub).events]


def test_protest_organisers_no_complaint():
    assert not [t for t in _triggers("Police arrested three protest organisers in Mombasa on Friday.")
                if t[0] == "protest"]


def test_most_contested_is_an_adjective():
    assert not [t for t in _triggers("The government withdrew the most contested clauses of the bill on Monday.")
                if t[0] == "contested"]


def test_tax_bill_headline():
    assert not [t for t in _triggers("Ugandan police fire tear gas as traders march over tax bill\n\nKAMPALA, March 12 "
                                     "(Marsad) - Ugandan police fired tear gas at traders in Kampala on Tuesday.")
                if t[0] == "tax"]


def test_guard_contested_verb_and_tax_verb_kept():
    assert ("contested", "110") in _triggers("The opposition contested the results in court.")
    assert [t for t in _triggers("Uganda will tax mobile money transfers from July.") if t[0] == "tax"]
    assert [t for t in _triggers("Students protest outside parliament over the new levy.") if t[0] == "protest"]
