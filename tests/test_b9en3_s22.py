"""Session 22 B9EN3 (English leftovers of the ninth blind test): a failure inside an accusation is its content, no
120; "visiting home" is no visit; "a call / meeting between A and his Iranian counterpart B" has both sides; a warning
joined by "and" to an accusation whose "that" clause names the warner's own capital has no own-side target and is
addressed to the accused.  Sentences written for these tests (none from the blind articles); each has a guard."""
from __future__ import annotations

from events_helpers import dump, first_coded as _one, full


def _doc(text):
    return full(text, published_at="2024-05-02")


def _pair(doc, code, a, b):
    return [e for e in doc.events if e.cameo == code and e.source_country == a and e.target_country == b]


# ---------------------------------------------------------------- 1. non-events
def test_failing_inside_an_accusation_is_no_120():
    doc = _doc("Ukraine accused Russia of failing to protect its citizens in the occupied regions.")
    assert not [e for e in doc.events if e.cameo == "120"], dump(doc)
    assert _pair(doc, "112", "UKR", "RUS"), dump(doc)


def test_failing_to_stop_attacks_inside_an_accusation_leaves_only_the_accusation():
    doc = _doc("Kenya accused Somalia of failing to stop militant attacks on the border.")
    assert [e.cameo for e in doc.events] == ["112"], dump(doc)


def test_a_plain_failure_stays_120():   # guard: no accusation
    doc = _doc("Russia failed to protect its citizens, Ukraine said.")
    assert [e for e in doc.events if e.cameo == "120"], dump(doc)


def test_accused_of_firing_rockets_keeps_the_alleged_attack():   # guard: another content
    doc = _doc("Israel accused Hamas of firing rockets at Ashkelon.")
    assert [e for e in doc.events if e.root == "19"], dump(doc)


def test_visiting_home_is_no_visit():
    doc = _doc("The foreign minister, who was visiting home, told reporters that Egypt would send aid to Gaza.")
    assert not [e for e in doc.events if e.cameo == "042"], dump(doc)


def test_a_visit_home_is_no_visit():
    doc = _doc("The Kenyan president, on a visit home from the summit, said the talks had stalled.")
    assert not [e for e in doc.events if e.cameo == "042"], dump(doc)


def test_visited_a_country_stays_042():   # guard
    _one("The Kenyan president visited Uganda on Monday.", "042", "KEN", "UGA")


def test_visited_his_home_region_stays_a_visit():   # guard: "home" not right after the verb
    doc = _doc("The French president visited his home region on Monday.")
    assert [e for e in doc.events if e.cameo == "042"], dump(doc)


# ---------------------------------------------------------------- 2. "between A and his X counterpart B"
def test_call_between_minister_and_his_counterpart_has_both_sides():
    doc = _doc("The two discussed the war in a phone call between Turkish Foreign Minister Hakan Fidan and his "
               "Iranian counterpart Abbas Araghchi on Tuesday.")
    assert _pair(doc, "041", "TUR", "IRN") and _pair(doc, "041", "IRN", "TUR"), dump(doc)


def test_meeting_between_minister_and_his_counterpart_has_both_sides():
    doc = _doc("The deal was reached at a meeting between Egyptian Foreign Minister Sameh Shoukry and his "
               "Jordanian counterpart Ayman Safadi in Cairo.")
    assert _pair(doc, "040", "EGY", "JOR") and _pair(doc, "040", "JOR", "EGY"), dump(doc)


def test_subject_and_his_counterpart_meet_each_other():
    doc = _doc("Egyptian Foreign Minister Sameh Shoukry and his Jordanian counterpart Ayman Safadi held a meeting "
               "in Cairo.")
    assert _pair(doc, "040", "EGY", "JOR") and _pair(doc, "040", "JOR", "EGY"), dump(doc)


def test_minister_and_his_deputy_are_not_conjoined_by_the_counterpart_rule():   # guard: no counterpart word
    doc = _doc("The Egyptian minister and his deputy met in Cairo.")
    assert not [e for e in doc.events if e.source_country and e.target_country], dump(doc)


# ---------------------------------------------------------------- 3. "accused X of … and warned that <own capital>"
def test_joined_warning_has_no_own_side_target_and_addresses_the_accused():
    doc = _doc("Iraq accused Syria of provocations and warned that Baghdad would respond.")
    w = [e for e in doc.events if e.root == "13"]
    assert w and all(e.source_country == "IRQ" and e.target_country != "IRQ" for e in w), dump(doc)
    assert _pair(doc, "130", "IRQ", "SYR"), dump(doc)


def test_warning_of_the_other_side_keeps_its_target():   # guard: another country after "that"
    _one("Iraq warned that Syria would pay a price.", "130", "IRQ", "SYR")


def test_opposition_warning_keeps_the_government_as_target():   # guard: a non-state source of the same country
    doc = _doc("The Kenyan opposition warned that the Kenyan government would fall.")
    assert [e for e in doc.events if e.root == "13" and e.target_code], dump(doc)
