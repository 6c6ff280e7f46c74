"""Session 47 (helper enmiss47): English gold events missed outright, our own sentences.

1. An order to one's own force ("ordered the police to shoot anyone …", "ordered the army to prepare for …",
   "ordered his fighters to withdraw") is the orderer's move, not a demand (``coding/ordered_force_en.py``, table
   ``ordered_force_en.tsv``): force to be used = threat of force (138), readiness = posture (150), pull-back = retreat
   (0874); an order to release someone stays a demand.
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 orders to one's own force
def test_order_to_police_to_shoot_is_a_threat_at_home():
    got, evs = _with("Nigerian President Bola Tinubu on Monday ordered the police to shoot anyone caught setting fire "
                     "to government buildings.", "ordered", "2025-05-27")
    assert got and got[0].cameo == "138", _dump(evs)
    assert got[0].source_country == "NGA" and got[0].target_code == "NGA", _dump(evs)
    assert not [e for e in evs if e.trigger == "shoot"], _dump(evs)


def test_order_to_army_to_prepare_is_a_posture():
    got, evs = _with("The Ethiopian prime minister ordered the army to prepare for a possible offensive.", "ordered",
                     "2025-05-27")
    assert got and got[0].cameo == "150", _dump(evs)


def test_order_to_fighters_to_withdraw_is_a_retreat():
    got, evs = _with("Rebel commander Ali Musa ordered his fighters to withdraw from the town on Sunday.", "ordered",
                     "2025-05-27")
    assert got and got[0].cameo == "0874", _dump(evs)
    assert not [e for e in evs if e.trigger == "withdraw"], _dump(evs)


def test_order_to_armed_forces_to_act_firmly_is_a_threat():
    got, evs = _with("The Venezuelan president ordered the armed forces to act firmly against looters.", "ordered",
                     "2025-05-27")
    assert got and got[0].cameo == "138" and got[0].target_code == "VEN", _dump(evs)


def test_order_to_release_a_journalist_stays_a_demand():
    got, evs = _with("The judge ordered the police to release the journalist.", "ordered", "2025-05-27")
    assert got and got[0].root == "10", _dump(evs)
