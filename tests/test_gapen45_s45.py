"""Session 45 (helper gapen45): English precision and recall of the in-sample gold, our own sentences.

1. A definite act noun opening its sentence right before a verb that only tells how the happening started ("The
   protests began on Monday, when students rallied …") names the story's happening told before: no event of its own
   (``retold.drop_told_subjects_en``, ``retold_cause.tsv`` kind comment_en); an indefinite "Protests began in three
   cities" with nothing told before stays.
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 a happening named back
def test_definite_protests_began_names_the_told_protests():
    got, evs = _with("NAIROBI, March 3 (Marsad) - Police fired tear gas at thousands of protesters in Nairobi on "
                     "Sunday as demonstrations against a new fuel tax spread. The protests began on Monday, when "
                     "students and traders rallied outside parliament against the tax.", "protests", "2025-03-03")
    assert not got, _dump(evs)
    assert any(e.trigger.startswith("rallied") for e in evs), _dump(evs)


def test_indefinite_protests_began_stays():
    got, evs = _with("NAIROBI, March 3 (Marsad) - Kenya's parliament passed a new fuel tax on Tuesday. Protests "
                     "began in three cities on Wednesday.", "Protests", "2025-03-03")
    assert got, _dump(evs)
