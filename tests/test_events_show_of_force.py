"""Shows of military power (CAMEO 150, PLOVER MOBILIZE): missile and nuclear tests and drills, in Arabic (أجرت
تجربة صاروخية / نووية، أجرت مناورات: a report after the light verb أجرى, not a reference) and English (test-fired,
a missile test).  English "riot police" is a police actor (COP), and "riot" inside it is no riot (145).  Sentences
written for these tests."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text, src", [
    ("وأجرت كوريا الشمالية تجربة صاروخية جديدة أمس.", "PRK"),
    ("أجرت كوريا الشمالية تجربة نووية سادسة.", "PRK"),
    ("وأجرت الصين مناورات عسكرية واسعة قرب تايوان.", "CHN"),
    ("North Korea test-fired two ballistic missiles into the sea on Thursday.", "PRK"),
    ("Iran carried out a missile test near the Gulf on Sunday.", "IRN"),
])
def test_tests_and_drills_are_reported_shows_of_force(text, src):
    doc = full(text, published_at="2024-05-08")
    sof = [e for e in doc.events if e.cameo == "150" and not e.historical]
    assert sof and (sof[0].source_code or "").startswith(src), dump(doc)


def test_a_drill_named_as_background_stays_a_reference():
    doc = full("وتأتي المناورات في ظل توتر متصاعد في المنطقة.", published_at="2024-05-08")
    assert all(e.historical for e in doc.events if e.cameo == "150"), dump(doc)


def test_a_government_experience_is_no_test():
    doc = full("وقال الوزير إن تجربة الحكومة في الإصلاح ناجحة.", published_at="2024-05-08")
    assert not any(e.cameo == "150" for e in doc.events), dump(doc)


def test_riot_police_is_police_not_a_riot():
    doc = full("Protesters in Tbilisi clashed with riot police outside parliament for a second night.")
    assert not any(e.cameo == "145" for e in doc.events), dump(doc)
    assert any(e.root == "19" and (e.target_code or "").endswith("COP") for e in doc.events), dump(doc)


def test_exercises_begun_are_a_show_of_force_without_a_word_of_them_as_target():
    doc = full("The United States and South Korea began joint military exercises on Monday.")
    sof = [e for e in doc.events if e.cameo == "150"]
    assert {e.source_code for e in sof} >= {"USA", "KOR"}, dump(doc)
    assert not any(e.target_code for e in sof), dump(doc)
