"""Session 46, DATE46: a dateline filed from two cities ("KYIV/ISTANBUL, June 2 (Marsad) -") and its places; a small
town's upper-case name in a dateline."""
from marsad.pipeline import default_pipeline


def _doc(text, pub="2025-05-05"):
    return default_pipeline(False)(text, published_at=pub)


def _place(doc, trigger_word):
    ev = next(e for e in doc.events if trigger_word in e.trigger)
    return next((p.name for p in doc.places if p.id == ev.place_id), None)


def test_two_city_dateline_is_a_dateline():
    text = ("ANKARA/ATHENS, May 5 (Marsad) - Greek police detained three people smugglers near the border on Sunday.\n\n"
            "The Turkish foreign ministry condemned the detentions.")
    doc = _doc(text)
    assert [text[s.start:s.end] for s in doc.segments if s.kind == "dateline"] == ["ANKARA/ATHENS, May 5 (Marsad) -"]


def test_two_city_dateline_places_each_side_in_its_city():
    text = ("ANKARA/ATHENS, May 5 (Marsad) - Greek police detained three people smugglers on Sunday.\n\n"
            "The Turkish foreign ministry condemned the detentions.\n\n"
            "The European Union urged both governments to cooperate.")
    doc = _doc(text)
    assert _place(doc, "detained") == "Athens"
    assert _place(doc, "condemned") == "Ankara"
    assert _place(doc, "urged") is None   # (a third party's act: neither city)


def test_small_town_in_dateline_is_a_place():
    text = "NUUK, May 5 (Marsad) - Greenland's premier criticised the Danish government on Sunday."
    doc = _doc(text)
    assert "Nuuk" in [p.name for p in doc.places]


def test_place_in_a_subject_aside_is_the_verbs():
    text = ("Rain fell across the region overnight. Chancellor Anna Berg, at a trade fair in Hanover on Tuesday, "
            "praised the French proposal.")
    assert _place(_doc(text), "praised") == "Hanover"
    # (a relative aside has its own verb: the fair's place, not the praise's)
    text = ("Rain fell across the region overnight. Chancellor Anna Berg, who opened a trade fair in Hanover on "
            "Tuesday, praised the French proposal.")
    assert _place(_doc(text), "praised") != "Hanover"


def test_fronted_place_before_a_day_word():
    text = ("Rain fell across the region overnight. In Hanover on Tuesday, Chancellor Anna Berg praised the French "
            "proposal.")
    assert _place(_doc(text), "praised") == "Hanover"


def _date(doc, trigger_word):
    return next(e for e in doc.events if trigger_word in e.trigger).date


def test_month_after_a_happening_noun_dates_the_happening_not_the_reaction():
    doc = _doc("The president condemned the air strikes on the capital in June.", "2025-09-03")
    assert _date(doc, "condemned") == "2025-09-03"
    # (a happening's own verb keeps its month)
    doc = _doc("The army launched an offensive in June.", "2025-09-03")
    assert _date(doc, "launched") == "2025-06"
