"""Session 53 (PREC53B): extras, second pass -- our own sentences.

1. A protection verb as the aim of another act ("police acted to protect lives and property", "efforts to protect
   its sovereignty", "our priority is to protect …", "to keep order and protect …") is no protection event; a failure
   ("failed to protect") keeps its 120 (marsad/coding/purpose_en.py, kinds aim / failure).
2. An Arabic word read through a verb row right after أي is the masdar ("ووقف أي تعاون مع الوكالة"): no event
   (marsad/coding/generic_act_ar.py).
3. English words of another sense (noun_compound_en.tsv): "retired" before a rank, "party quarrels", "ready" with
   nothing after it, "influence over", "the offering", "remained committed to".
"""
import pytest

from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _events(text):
    return _PIPE(text, published_at="2026-04-20").events


def _codes(evs):
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in evs]


# ----------------------------------------------------------------------------- 1 protect as an aim
@pytest.mark.parametrize("text", [
    "The interior minister said officers had acted to protect lives and property during the unrest.",
    "Beijing said it backed efforts to protect Zambia's sovereignty.",
    "\"Our first priority is to protect the lives of our citizens,\" the governor said on Monday.",
    "The president ordered the army to keep order and protect public buildings in the capital.",
    "The ministry said it had stepped up measures to safeguard its diplomats abroad.",
])
def test_protection_as_an_aim_is_no_event(text):
    evs = _events(text)
    assert not [e for e in evs if e.trigger.lower() in ("protect", "safeguard")], _codes(evs)


def test_guard_a_failure_to_protect_stays_120():
    """Guard: the failure is read from its complement, which must stay for it."""
    evs = _events("Kenya failed to protect its fishermen, the opposition said on Sunday.")
    assert [e for e in evs if e.cameo == "120"], _codes(evs)


def test_guard_protection_given_stays():
    """Guard: a finite protection verb is the act."""
    evs = _events("French soldiers protected the aid convoy near the border on Tuesday.")
    assert [e for e in evs if e.cameo == "074"], _codes(evs)


# ----------------------------------------------------------------------------- 2 a verb row after أي
def test_a_verb_row_after_any_is_the_noun():
    evs = _events("طهران - 20 أبريل - وطالب نواب البرلمان الحكومة بوقف أي تعاون مع الوكالة الدولية للطاقة الذرية.")
    assert not [e for e in evs if e.cameo == "060"], _codes(evs)


def test_guard_the_verb_cooperated_stays():
    """Guard: the past verb with its subject is the act."""
    evs = _events("طهران - 20 أبريل - وتعاونت الحكومة مع الوكالة الدولية للطاقة الذرية في التحقيق.")
    assert [e for e in evs if e.cameo == "060"], _codes(evs)


# ----------------------------------------------------------------------------- 3 words of another sense
def test_retired_before_a_rank_is_no_retirement():
    evs = _events("The governor appointed retired army officers to run the new coastal security council.")
    assert not [e for e in evs if e.cameo == "080"], _codes(evs)


def test_guard_a_general_who_retired_stays():
    """Guard: the verb with no rank after it."""
    evs = _events("The army chief retired on Monday after 40 years of service.")
    assert [e for e in evs if e.cameo == "080"], _codes(evs)


def test_party_quarrels_are_no_fighting():
    evs = _events("The speaker urged lawmakers to set aside party quarrels and pass the budget.")
    assert not [e for e in evs if e.root == "19"], _codes(evs)


def test_ready_with_nothing_after_it_is_no_offer():
    evs = _events("\"We are ready,\" the opposition leader told reporters on Monday.")
    assert not [e for e in evs if e.root == "03"], _codes(evs)


def test_guard_ready_to_help_stays():
    """Guard: ready with its complement is the offer."""
    evs = _events("Egypt said on Monday it was ready to help Sudan.")
    assert [e for e in evs if e.root == "03"], _codes(evs)


def test_influence_over_is_the_noun():
    evs = _events("The senator said Moscow's influence over the port had to end.")
    assert not [e for e in evs if e.cameo == "050"], _codes(evs)


def test_the_offering_is_the_noun():
    evs = _events("Seoul criticised the offering to the war shrine on Friday.")
    assert not [e for e in evs if e.trigger.lower() == "offering"], _codes(evs)


def test_remained_committed_is_a_standing_stance():
    evs = _events("The foreign ministry said Ghana remained committed to the regional peace plan.")
    assert not [e for e in evs if e.root == "03"], _codes(evs)


def test_guard_committed_to_an_act_stays():
    """Guard: the verb of commitment with no remain / stay before it."""
    evs = _events("Ghana committed on Monday to sending 500 peacekeepers to Mali.")
    assert [e for e in evs if e.root == "03"], _codes(evs)
