"""Session 47 (helper enmiss47): English gold events missed outright, our own sentences.

1. An order to one's own force ("ordered the police to shoot anyone …", "ordered the army to prepare for …") is the
   orderer's move, not a demand (``coding/ordered_force_en.py``, table ``ordered_force_en.tsv``): force to be used =
   threat of force (138), readiness = posture (150); an order to release someone, to attack or to withdraw stays a
   demand (session 16).
2. Rows (``manual_en.tsv``): file + request = demand (100), file + petition(s) = legal challenge (115), deny + charges =
   denial (016), hand + sentence(s) = legal action (173), hand in + resignation(s) = resign (0831), receive + a named
   person right after it = host (043; cond obj_person in ``events``); "received new tanks" stays no event;
   take from + home = abduct (181); announce + aid (070); lift + freeze (081).
3. "said his cabinet was ready to cooperate": the content's intended act (root 03) takes the speech verb into its
   evidence (``pledged_act_en``, ``also_spans``) and the bare "ready" event inside is dropped.
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


def test_order_to_militia_to_begin_weapons_training_is_a_posture():
    got, evs = _with("The Venezuelan president ordered the militia to begin weapons training in the barracks.",
                     "ordered", "2025-05-27")
    assert got and got[0].cameo == "150", _dump(evs)


def test_order_to_armed_forces_to_act_firmly_is_a_threat():
    got, evs = _with("The Venezuelan president ordered the armed forces to act firmly against looters.", "ordered",
                     "2025-05-27")
    assert got and got[0].cameo == "138" and got[0].target_code == "VEN", _dump(evs)


def test_order_to_release_a_journalist_stays_a_demand():
    got, evs = _with("The judge ordered the police to release the journalist.", "ordered", "2025-05-27")
    assert got and got[0].root == "10", _dump(evs)


# ----------------------------------------------------------------------------- 2 trigger rows (manual_en.tsv)
def test_filed_a_request_is_a_demand():
    got, evs = _with("Lawyers for the jailed Tunisian opposition leader filed a request for his release on Monday.",
                     "filed", "2025-05-27")
    assert got and got[0].cameo == "100", _dump(evs)


def test_filed_petitions_is_a_legal_challenge():
    got, evs = _with("Relatives of the detained activists filed petitions with the Supreme Court on Tuesday.", "filed",
                     "2025-05-27")
    assert got and got[0].cameo == "115", _dump(evs)


def test_denied_the_charges_is_a_denial():
    got, evs = _with("The Tunisian opposition leader denied the charges during the trial.", "denied", "2025-05-27")
    # (the row's object is the denial's evidence: "the charges" named, as "denied the accusation")
    assert got and got[0].cameo == "016" and got[0].trigger == "denied the charges", _dump(evs)


def test_handed_prison_sentences_is_legal_action():
    got, evs = _with("Egyptian courts have handed prison sentences to dozens of protesters.", "handed", "2025-05-27")
    assert got and got[0].cameo == "173", _dump(evs)


def test_handed_in_resignations_is_a_resignation():
    got, evs = _with("Three Peruvian ministers handed in their resignations on Friday.", "handed", "2025-05-27")
    assert got and got[0].cameo == "0831", _dump(evs)


def test_received_a_named_person_is_hosting():
    got, evs = _with("French President Emmanuel Macron received Giorgia Meloni at the Elysee Palace on Friday.",
                     "received", "2025-05-27")
    assert got and got[0].cameo == "043" and got[0].target_country == "ITA", _dump(evs)


def test_received_new_tanks_is_no_hosting():
    got, evs = _with("The Ukrainian army received new tanks from Germany.", "received", "2025-05-27")
    assert not got, _dump(evs)


# ----------------------------------------------------------------------------- 3 a said readiness with a coded content
def test_said_ready_to_cooperate_takes_the_speech_verb_as_evidence():
    text = "The Polish prime minister said his cabinet was ready to cooperate with the new president."
    got, evs = _with(text, "cooperate", "2025-05-27")
    assert got and got[0].root == "03", _dump(evs)
    assert any(text[a:b] == "said" for a, b in got[0].also_spans), _dump(evs)
    assert not [e for e in evs if e.trigger == "ready"], _dump(evs)


def test_said_ready_after_a_comma_is_not_joined():
    text = ("The Polish prime minister said, after a long meeting, his cabinet was ready to cooperate with the "
            "president.")
    got, evs = _with(text, "cooperate", "2025-05-27")
    assert not got or not any(text[a:b] == "said" for a, b in got[0].also_spans), _dump(evs)


def test_taken_from_his_home_is_an_abduction():
    got, evs = _with("Another Malian opposition leader was taken from his home in Bamako, according to relatives.",
                     "taken", "2025-05-27")
    assert got and got[0].cameo == "181", _dump(evs)


def test_announced_then_prohibited_aid_is_no_aid():
    # (lead review: the announce + aid row (070) was withdrawn -- its object word was read past a clause boundary,
    # "announced Wednesday it would prohibit all aid" became 070 and two PLOVER records lost their SANCTION type)
    got, evs = _with("The United States announced Wednesday it would prohibit all aid to the rebels.", "announced",
                     "2025-05-27")
    assert not any(e.root == "07" for e in got), _dump(evs)


def test_lifted_its_freeze_is_easing():
    got, evs = _with("The United States lifted its freeze on military aid to Kyiv.", "lifted", "2025-05-27")
    assert got and got[0].cameo == "081", _dump(evs)
