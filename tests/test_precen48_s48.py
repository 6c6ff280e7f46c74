"""Session 48 (helper precen48): English extras, our own sentences.

1. Verb rows read on a noun (``noun_compound_en.tsv``, session 48 block): after an article or a thing word the
   word is a noun that names a thing, a race or words told before -- "for the contest", "such claims", "routine
   checks", "the spending pledge", "to state command"; the verb stays ("would contest the result", guard); round
   two: "press service", "resigned in protest at", "the nuclear test ban"; round three: "a clear signal", "its
   travel warning".
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 verb rows read on a noun
def test_the_contest_is_the_race_not_a_challenge():
    got, evs = _with("TOKYO, May 5 (Marsad) - Party leaders met on Monday to agree the rules for the contest, which is "
                     "expected in October.", "contest", "2025-05-05")
    assert not got, _dump(evs)


def test_such_claims_are_the_words_told_before():
    text = ("MOSCOW, May 5 (Marsad) - The Kremlin said such claims were baseless and accused Britain of spreading "
            "lies.")
    got, evs = _with(text, "claims", "2025-05-05")
    assert not got, _dump(evs)
    acc, _ = _with(text, "accused", "2025-05-05")
    assert acc and acc[0].target_country == "GBR", _dump(evs)   # (guard: the clause's own verb)


def test_routine_checks_are_no_investigation():
    got, evs = _with("LONDON, May 5 (Marsad) - Officials said the deal would remove routine checks on farm exports to "
                     "the bloc.", "checks", "2025-05-05")
    assert not got, _dump(evs)


def test_a_criticised_spending_pledge_is_no_new_pledge():
    got, evs = _with("TOKYO, May 5 (Marsad) - Opposition lawmakers criticised the spending pledge on Tuesday.",
                     "pledge", "2025-05-05")
    assert not got, _dump(evs)
    crit, _ = _with("TOKYO, May 5 (Marsad) - Opposition lawmakers criticised the spending pledge on Tuesday.",
                    "criticised", "2025-05-05")
    assert crit, _dump(evs)   # (guard)


def test_state_command_is_no_order():
    got, evs = _with("SACRAMENTO, May 5 (Marsad) - The governor asked the Pentagon to return the troops to state "
                     "command.", "command", "2025-05-05")
    assert not got, _dump(evs)


def test_contest_as_a_verb_stays():
    got, evs = _with("LIMA, May 5 (Marsad) - The opposition said it would contest the result in court.", "contest",
                     "2025-05-05")
    assert got, _dump(evs)   # (guard)


def test_a_press_service_makes_no_demand():
    got, evs = _with("MINSK, May 5 (Marsad) - The Belarusian president's press service said he had discussed the war "
                     "with the envoy.", "press", "2025-05-05")
    assert not got, _dump(evs)


def test_resigned_in_protest_is_the_manner_of_the_resignation():
    text = ("JERUSALEM, May 5 (Marsad) - Israel's consul general in London resigned on Sunday in protest at the "
            "minister's dismissal.")
    got, evs = _with(text, "protest", "2025-05-05")
    assert not got, _dump(evs)
    res, _ = _with(text, "resigned", "2025-05-05")
    assert res, _dump(evs)   # (guard)


def test_a_test_ban_is_a_treaty_not_a_ban_imposed():
    got, evs = _with("WASHINGTON, May 5 (Marsad) - Russia urged the United States to abide by the nuclear test ban.",
                     "ban", "2025-05-05")
    assert not got, _dump(evs)


def test_a_clear_signal_is_no_pledge():
    got, evs = _with("WASHINGTON, May 5 (Marsad) - The U.S. treasury secretary said the deal sent Russia a clear "
                     "signal.", "signal", "2025-05-05")
    assert not got, _dump(evs)


def test_a_travel_warning_is_no_threat_but_the_appeal_stays():
    text = "TOKYO, May 5 (Marsad) - Japan urged China to withdraw its travel warning for Japanese cities."
    got, evs = _with(text, "warning", "2025-05-05")
    assert not got, _dump(evs)
    urged, _ = _with(text, "urged", "2025-05-05")
    assert urged and urged[0].target_country == "CHN", _dump(evs)   # (guard)
