"""Session 28 (lead): the target of a denial -- an accusation told far back, a denied that-clause. Our own sentences."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, pub="2024-05-01"):
    return [(e.cameo, e.source_code, e.target_code) for e in _P(text, published_at=pub).events]


def test_denied_that_clause_targets_the_accuser_en():
    evs = _events("Mali accused Algeria of hostile acts. The Algerian ministry denied that it had ever interfered "
                  "in its neighbour's affairs.")
    assert any(c == "016" and s.startswith("DZA") and t == "MLI" for c, s, t in evs), evs


def test_denied_that_clause_targets_the_accuser_ar():
    evs = _events("اتهمت مالي الجزائر بالتدخل في شؤونها الداخلية. ونفت الخارجية الجزائرية أن تكون قد تدخلت في "
                  "شؤون جارتها الجنوبية.")
    assert any(c == "016" and s.startswith("DZA") and t == "MLI" for c, s, t in evs), evs


def test_denied_accusations_told_eight_sentences_back():
    filler = " ".join(f"Aid agencies said {n} families had arrived in the camp." for n in range(20, 27))
    evs = _events("Chad accused Sudan of arming the rebels. " + filler + " Sudan denied the accusations.")
    assert any(c == "016" and s.startswith("SDN") and t == "TCD" for c, s, t in evs), evs


def test_denial_with_no_accusation_keeps_no_target():
    evs = _events("Nigeria's information ministry denied that the minister had resigned.")
    assert not any(c == "016" and t for c, s, t in evs), evs
