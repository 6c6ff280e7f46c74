"""Session 50 (helper enmiss50): English gold events missed outright, our own sentences.

1. "called the ruling \"a bad joke\"": "called" / "calling" with an object and then a label in double quotes is a
   judgement -- denounce (111; row call + cond quoted_label, ``events._quoted_label``).  A praise word of the call 051
   row inside the quote leaves it to that row; "called on", "called a \"national dialogue\"", a name ("a party
   called \"Renew\""), a label opened before the quote ("calling X a victim of \"…\"") and the noun "call" are none.
2. "vowed a harsh response", "vowed punishment for …": a vow whose object is a response or a punishment is a threat
   (130; row vow in ``manual_en.tsv``); the bare vow stays no trigger (``drop_en.txt``).
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
