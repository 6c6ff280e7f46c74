"""Session 48 (helper precen48): English extras, our own sentences.

1. Verb rows read on a noun (``noun_compound_en.tsv``, session 48 blocks): after an article or a thing word the
   word is a noun that names a thing, a race or words told before -- "for the contest", "such claims", "routine
   checks", "the spending pledge", "to state command"; round two: "press service", "resigned in protest at", "the
   nuclear test ban"; round three: "a clear signal", "its travel warning".  The clause's own verb stays (guards), and
   the word as a verb stays ("would contest the result", guard).
"""
import pytest

from test_gapen34_s34 import _dump, _with

_DAY = "2025-05-05"


# ----------------------------------------------------------------------------- 1 verb rows read on a noun
@pytest.mark.parametrize("text, word, verb", [
    ("TOKYO, May 5 (Marsad) - Party leaders met on Monday to agree the rules for the contest, which is expected in "
     "October.", "contest", None),
    ("MOSCOW, May 5 (Marsad) - The Kremlin said such claims were baseless and accused Britain of spreading lies.",
     "claims", "accused"),
    ("LONDON, May 5 (Marsad) - Officials said the deal would remove routine checks on farm exports to the bloc.",
     "checks", None),
    ("TOKYO, May 5 (Marsad) - Opposition lawmakers criticised the spending pledge on Tuesday.", "pledge",
     "criticised"),
    ("SACRAMENTO, May 5 (Marsad) - The governor asked the Pentagon to return the troops to state command.", "command",
     None),
    ("MINSK, May 5 (Marsad) - The Belarusian president's press service said he had discussed the war with the envoy.",
     "press", None),
    ("JERUSALEM, May 5 (Marsad) - Israel's consul general in London resigned on Sunday in protest at the minister's "
     "dismissal.", "protest", "resigned"),
    ("WASHINGTON, May 5 (Marsad) - Russia urged the United States to abide by the nuclear test ban.", "ban", None),
    ("WASHINGTON, May 5 (Marsad) - The U.S. treasury secretary said the deal sent Russia a clear signal.", "signal",
     None),
    ("TOKYO, May 5 (Marsad) - Japan urged China to withdraw its travel warning for Japanese cities.", "warning",
     "urged"),
])
def test_a_verb_row_read_on_a_thing_noun_is_no_event(text, word, verb):
    got, evs = _with(text, word, _DAY)
    assert not got, _dump(evs)
    if verb:
        kept, _ = _with(text, verb, _DAY)
        assert kept, _dump(evs)   # (guard: the clause's own verb)


def test_contest_as_a_verb_stays():
    got, evs = _with("LIMA, May 5 (Marsad) - The opposition said it would contest the result in court.", "contest",
                     _DAY)
    assert got, _dump(evs)   # (guard)
