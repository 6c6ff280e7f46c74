"""Session 28 (lead): a deadline after an order ("to leave by Friday") is no date of the order. Our own sentences."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _dates(text, pub):
    return [(e.cameo, e.date) for e in _P(text, published_at=pub, lang="en").events]


def test_order_to_leave_by_a_weekday_keeps_the_publication_day():
    evs = _dates("Ghana ordered the Nigerian ambassador to leave the country by Friday.", "2026-11-10")
    assert ("166", "2026-11-10") in evs, evs


def test_order_to_leave_by_a_yearless_date_keeps_the_publication_day():
    evs = _dates("Peru ordered the Bolivian envoy to leave the country by Feb. 7.", "2026-11-10")
    assert ("166", "2026-11-10") in evs, evs


def test_order_with_its_own_day_keeps_it():
    evs = _dates("Ghana on Monday ordered the Nigerian ambassador to leave the country by Friday.", "2026-11-10")
    assert ("166", "2026-11-09") in evs, evs


def test_completed_act_by_a_day_keeps_that_day():
    evs = _dates("The army said it had captured the town of Kalemba by Sunday.", "2026-11-10")
    assert any(c == "192" and d == "2026-11-08" for c, d in evs), evs
