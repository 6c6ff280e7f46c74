"""Session 55, GAPEN55: English sources -- "X said (that) the two leaders had agreed" after a two-party meeting, a
body's head noun ending a capitalised actor phrase ("Egypt's Foreign Ministry … It accused"), a chrome "Related:"
line between the pronoun and its antecedent's paragraph."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _evs(doc, trigger):
    return [e for e in doc.events if e.trigger.startswith(trigger)]


def test_reported_pair_after_auxiliary(pipe):
    """ "<Person> said the two leaders had agreed …" after a meeting of two countries' leaders: the pair (both ways),
    not the speaker alone nor nobody."""
    doc = pipe("Spanish Prime Minister Pedro Sanchez met Portuguese Prime Minister Luis Montenegro in Madrid on "
               "Monday. Sanchez said the two leaders had agreed to build a new rail link between the capitals.",
               published_at="2025-03-10")
    pairs = {(e.source_code, e.target_code) for e in _evs(doc, "agreed")}
    assert ("ESPGOV", "PRTGOV") in pairs and ("PRTGOV", "ESPGOV") in pairs


def test_reported_pair_after_that(pipe):
    """ "<Official> said that the two sides had agreed …": the pair of the meeting before, not the speaker."""
    doc = pipe("French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris on Tuesday. The "
               "French trade minister said that the two sides had agreed to keep negotiating.",
               published_at="2025-03-10")
    pairs = {(e.source_code, e.target_code) for e in _evs(doc, "agreed")}
    assert ("FRAGOV", "DEUGOV") in pairs and ("DEUGOV", "FRAGOV") in pairs


def test_joined_pair_after_an_object(pipe):
    """ "X congratulated <person> in a phone call and the two leaders agreed …, <office> said": the clause joined by
    "and" opens with the pair; the call's object before it is no subject."""
    doc = pipe("Trump congratulated Canadian Prime Minister Mark Carney in a phone call on Tuesday and the two leaders "
               "agreed to meet in person soon, Carney's office said.", published_at="2025-04-30")
    pairs = {(e.source_code, e.target_code) for e in _evs(doc, "agreed")}
    assert ("USAGOV", "CANGOV") in pairs and ("CANGOV", "USAGOV") in pairs


def test_guard_pair_noun_inside_a_phrase(pipe):
    """Guard: "Kenyan officials said residents on both sides welcomed the deal" -- "both sides" is a modifier of the
    residents (no reported pair opens there): the welcome is not given to the two governments."""
    doc = pipe("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday. Kenyan officials "
               "said residents on both sides welcomed the deal.", published_at="2025-03-10")
    assert not any(":pair" in e.rule for e in _evs(doc, "welcomed"))


def test_possessive_ministry_is_it(pipe):
    """ "Egypt's Foreign Ministry rejected …  It accused …": a phrase ending in a body noun (ministry) is an "it",
    not a titled person, so "It" is the ministry."""
    doc = pipe("Egypt's Foreign Ministry rejected the report on Sunday. It accused Ethiopia of spreading false claims.",
               published_at="2025-03-10")
    assert _evs(doc, "accused")[0].source_code == "EGYGOV"


def test_guard_titled_person_is_he(pipe):
    """Guard: "Prime Minister Anna Lind rejected …  She accused …": a capitalised title and name stays a person."""
    doc = pipe("Prime Minister Anna Lind rejected the report on Sunday. She accused Ethiopia of spreading false "
               "claims.", published_at="2025-03-10")
    assert _evs(doc, "accused")[0].source_code == "GOV"


def test_pronoun_across_related_line(pipe):
    """A page's "Related: …" line between two paragraphs is no sentence of the story: "He met …" after it is the
    subject of the paragraph before."""
    doc = pipe("Trump assured allies on Wednesday that Washington was \"with them all the way\".\n\n"
               "Related: Allies take a seat at the dinner as trade slips down the agenda\n\n"
               "He met Ukrainian President Volodymyr Zelensky on the sidelines for about 50 minutes.",
               published_at="2025-06-25")
    assert _evs(doc, "met")[0].source_code == "USAGOV"
