"""Session 50 (helper enmiss50): English gold events missed outright, our own sentences.

1. "called the ruling \"a bad joke\"": "called" / "calling" with an object and then a label in double quotes is a
   judgement -- denounce (111; row call + cond quoted_label, ``events._quoted_label``).  A praise word of the call 051
   row inside the quote leaves it to that row; "called on", "called a \"national dialogue\"", a name ("a party
   called \"Renew\""), a label opened before the quote ("calling X a victim of \"…\"") and the noun "call" are none.
2. "vowed a harsh response", "vowed punishment for …": a vow whose object is a response or a punishment is a threat
   (130; row vow in ``manual_en.tsv``); the bare vow stays no trigger (``drop_en.txt``).
3. "hailed the vote and thanked coalition partners": two verbs of one code joined by "and", the first with its own
   object words before it, are two acts (``events._object_acts``); "condemned and denounced the attack" stays one.
4. Rows: dismiss + measures / complaints / decision … = reject (120); "stepped down / aside" = resign (0831, the
   past only: "agreed to step down" is no resignation yet); pay + tribute to = praise (051); extend + sympathy /
   condolences = condolences (018).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 a quoted label after "called X"
def test_called_object_quoted_label_is_a_denunciation():
    got, evs = _with("Spanish Prime Minister Pedro Sanchez called the Argentine decision \"a bad joke\" on Tuesday.",
                     "called", "2025-06-04")
    assert got and got[0].cameo == "111", _dump(evs)
    assert got[0].source_country == "ESP", _dump(evs)


def test_called_person_quoted_label_is_a_denunciation():
    got, evs = _with("The Brazilian president called Argentine President Javier Milei \"the worst neighbour we have "
                     "ever had\" and left the summit early.", "called", "2025-06-04")
    assert got and got[0].cameo == "111", _dump(evs)
    assert got[0].target_country == "ARG", _dump(evs)


def test_called_pronoun_quoted_adjectives_is_a_denunciation():
    got, evs = _with("Dutch farmers' leaders called them \"insulting, cynical and dishonest\".", "called",
                     "2025-06-04")
    assert got and got[0].cameo == "111", _dump(evs)


def test_quoted_praise_label_stays_praise():   # guard: the 051 row's praise word inside the quote
    got, evs = _with("The Kenyan president called the agreement \"a historic milestone for the region\".", "called",
                     "2025-06-04")
    assert got and got[0].cameo == "051", _dump(evs)


def test_quoted_name_after_called_is_no_label():   # guard: a name, no object before the quote
    got, evs = _with("A new party called \"Forward Poland\" won four seats in the regional assembly.", "called",
                     "2025-06-04")
    assert not got, _dump(evs)


def test_label_opened_before_the_quote_is_not_read():   # guard: "a victim of" opens the label, not the quote
    got, evs = _with("The statement of the four presidents was issued on Monday, calling the Peruvian leader a "
                     "victim of \"political persecution\".", "calling", "2025-06-04")
    assert not [e for e in got if e.cameo == "111"], _dump(evs)


# ----------------------------------------------------------------------------- 2 vowed a response
def test_vowed_a_response_is_a_threat():
    got, evs = _with("Iranian lawmakers vowed a harsh response to the Israeli strikes on Monday.", "vowed",
                     "2025-06-04")
    assert got and got[0].cameo[:2] == "13", _dump(evs)
    assert got[0].source_country == "IRN", _dump(evs)


def test_vowed_punishment_is_a_threat():
    got, evs = _with("Kenyan President William Ruto vowed punishment for the looters.", "vowed", "2025-06-04")
    assert got and got[0].cameo[:2] == "13", _dump(evs)


# ----------------------------------------------------------------------------- 3 two acts of one code
def test_hailed_and_thanked_are_two_acts():
    _, evs = _with("Portuguese Prime Minister Luis Montenegro hailed the budget vote and thanked the Socialists for "
                   "their abstention.", "hailed", "2025-06-04")
    assert [e for e in evs if e.trigger.startswith("hailed")], _dump(evs)
    assert [e for e in evs if e.trigger.startswith("thanked")], _dump(evs)


def test_two_verbs_of_one_act_stay_one():   # guard: "condemned and denounced" tell one act
    _, evs = _with("The Belgian foreign minister condemned and denounced the attack on the embassy in Kinshasa.",
                   "condemned", "2025-06-04")
    assert len([e for e in evs if e.root == "11"]) == 1, _dump(evs)


# ----------------------------------------------------------------------------- 4 rows
def test_dismissed_the_measures_is_a_rejection():
    got, evs = _with("Hungarian Foreign Minister Peter Szijjarto dismissed the new EU measures on Tuesday.",
                     "dismissed", "2025-06-04")
    assert got and got[0].root == "12", _dump(evs)


def test_dismissed_official_stays_a_firing():   # guard: the 172 row
    got, evs = _with("The Kenyan president dismissed the interior minister on Tuesday.", "dismissed", "2025-06-04")
    assert got and got[0].cameo == "172", _dump(evs)


def test_stepped_down_is_a_resignation():
    got, evs = _with("Bulgarian Prime Minister Rosen Zhelyazkov stepped down on Thursday after weeks of protests.",
                     "stepped", "2025-06-04")
    assert got and got[0].cameo == "0831", _dump(evs)


def test_agreed_to_step_down_is_no_resignation_yet():   # guard: the past only
    got, evs = _with("The Haitian prime minister agreed to step down once a transition council is formed.", "step",
                     "2025-06-04")
    assert not [e for e in got if e.cameo == "0831"], _dump(evs)


def test_paid_tribute_is_praise():
    got, evs = _with("South African President Cyril Ramaphosa paid tribute to the late Namibian leader on Sunday.",
                     "paid", "2025-06-04")
    assert got and got[0].cameo == "051", _dump(evs)


def test_paid_compensation_keeps_its_row():   # guard: the compensation row of pay
    got, evs = _with("The Iraqi government paid compensation to Kuwait for the invasion.", "paid", "2025-06-04")
    assert got and got[0].cameo == "0842", _dump(evs)


def test_extended_sympathy_is_condolences():
    got, evs = _with("Former Ghanaian president John Kufuor also extended his sympathy to the families.", "extended",
                     "2025-06-04")
    assert got and got[0].cameo == "018", _dump(evs)
