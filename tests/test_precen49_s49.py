"""Session 49 (helper precen49): English extras, our own sentences.

1. A gathering noun that is only the setting of another act (``gathering_noun_en``): "left the summit early", "skipped the
   summit", "pledged at a summit in Rome", "flew to Lima for a summit of Andean leaders" -- the summit
   is where the act happened, no meeting event of its own.  A held summit and one with its parties named stay
   (guards).
"""
import pytest

from test_gapen34_s34 import _dump, _with

_DAY = "2025-05-05"


# ----------------------------------------------------------------------------- 1 a summit as a setting
@pytest.mark.parametrize("text, verb", [
    ("SANTIAGO, May 5 (Marsad) - Chile's president left the summit early on Friday, citing a storm at home.", "left"),
    ("MEXICO CITY, May 5 (Marsad) - Mexico's president skipped the summit on Saturday, sending his foreign minister "
     "instead.", "skipped"),
    ("ROME, May 5 (Marsad) - Thirty countries pledged at a summit in Rome on Friday to send more food to Sudan.",
     "pledged"),
    ("LIMA, May 5 (Marsad) - Brazil's president praised Peru's new government on Friday as he flew to Lima for a summit "
     "of Andean leaders.", "praised"),
])
def test_a_summit_told_as_a_setting_is_no_meeting(text, verb):
    """(``verb`` names the act told there)"""
    got, evs = _with(text, "summit", _DAY)
    assert not got, _dump(evs)


@pytest.mark.parametrize("text", [
    "SEOUL, May 5 (Marsad) - South Korea and Japan held their first summit in twelve years in Tokyo on Monday.",
    "NAIROBI, May 5 (Marsad) - Kenya and Uganda will hold a summit between their presidents in Kampala next month.",
])
def test_a_held_summit_or_one_with_its_parties_stays(text):
    got, evs = _with(text, "summit", _DAY)
    assert got, _dump(evs)

