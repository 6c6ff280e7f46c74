"""Session 23 B10EN3 (English causes of the tenth blind test, third round): a characterisation ("called the deal a
victory", "described the raid as a provocation") is praise or criticism by its evaluative word; a bare "embassy"
stormed in a sentence that names one foreign envoy is that envoy's country's, not the host's; "talks between A's
official, name, and B" take B as the second side, not the place.  Sentences written for these tests (none from the
blind articles); each has a guard."""
from __future__ import annotations

from events_helpers import by_country as _ev, dump, full


def _doc(text):
    return full(text, published_at="2024-05-02")


# ---------------------------------------------------------------- K. called / described X as <evaluation>
def test_called_deal_a_victory_is_praise():
    doc = _doc('Qatar\'s foreign minister called the truce "a victory for diplomacy and dialogue".')
    assert _ev(doc, "051", "QAT"), dump(doc)


def test_described_as_positive_step_is_praise():
    doc = _doc("Egyptian Foreign Minister Sameh Shoukry described the agreement as a positive step.")
    assert _ev(doc, "051", "EGY"), dump(doc)


def test_described_as_provocation_is_criticism():
    doc = _doc("Iran described the new sanctions as a provocation.")
    assert _ev(doc, "111", "IRN"), dump(doc)
    assert not _ev(doc, "051"), dump(doc)


def test_called_a_dangerous_failure_is_criticism():
    doc = _doc('The Jordanian opposition leader called the accord "a complete and dangerous failure".')
    assert _ev(doc, "111", "JOR"), dump(doc)
    assert not _ev(doc, "051"), dump(doc)


def test_negative_word_wins_over_positive():
    doc = _doc("The Palestinian president called the killing of the children a historic crime.")
    assert _ev(doc, "111", "PSE"), dump(doc)
    assert not _ev(doc, "051"), dump(doc)


def test_guard_name_called_is_no_praise():
    doc = _doc("A new Iraqi coalition called the Victory Alliance won 42 seats in parliament.")
    assert not _ev(doc, "051"), dump(doc)


def test_guard_called_for_stays_appeal():
    doc = _doc("The Jordanian minister called for a historic reconciliation between the factions.")
    assert _ev(doc, "02", "JOR"), dump(doc)
    assert not _ev(doc, "051"), dump(doc)


def test_guard_described_neutral_no_event():
    doc = _doc("The Iraqi army described the operation in Anbar as ongoing.")
    assert not _ev(doc, "051") and not _ev(doc, "111"), dump(doc)


# ---------------------------------------------------------------- J. a bare embassy and the envoy named
def test_bare_embassy_takes_envoy_country():
    doc = _doc("Bahrain expels Iranian envoy after protesters storm embassy in Manama")
    assert _ev(doc, "145", tgt="IRN"), dump(doc)
    assert not _ev(doc, "145", tgt="BHR"), dump(doc)


def test_guard_nationality_embassy_unchanged():
    doc = _doc("Hundreds of protesters stormed the Danish embassy in Tehran on Friday.")
    assert _ev(doc, "145", tgt="DNK"), dump(doc)


def test_guard_bare_embassy_two_envoys_no_owner_guess():
    doc = _doc("Protesters stormed the embassy in Baghdad as the French ambassador met the German envoy.")
    assert not _ev(doc, "145", tgt="FRA") and not _ev(doc, "145", tgt="DEU"), dump(doc)


# ---------------------------------------------------------------- I. talks between A's official, name, and B
def test_talks_between_apposition_second_side():
    doc = _doc("The deal followed three days of talks in Muscat between Iran's chief negotiator, Ali Bagheri, "
               "and the British envoy Stephen Hickey.")
    got = _ev(doc, "04", "IRN")
    assert got and all(e.target_country == "GBR" for e in got), dump(doc)
    assert not _ev(doc, "04", tgt="OMN"), dump(doc)


def test_talks_between_title_second_side():
    doc = _doc("The deal came after talks in Beijing between Iran's top security official and Saudi Arabia's "
               "national security adviser.")
    assert _ev(doc, "04", "IRN", "SAU"), dump(doc)
    assert not _ev(doc, "04", tgt="CHN"), dump(doc)


def test_guard_talks_in_place_without_between():
    doc = _doc("Iran's foreign minister held talks in Beijing on Tuesday.")
    assert not _ev(doc, "04", "IRN", "SAU"), dump(doc)


def test_guard_talks_described_constructive_no_praise():
    doc = _doc('The Sudanese foreign minister described the talks with Egypt as "constructive and frank".')
    assert not _ev(doc, "051"), dump(doc)


def test_guard_called_on_no_label_from_later_clause():
    doc = _doc("China called on both sides to exercise restraint and said Beijing was ready to play a "
               "historic role in the talks.")
    assert not _ev(doc, "051"), dump(doc)
