"""English news sentences written for these tests (session 11, EN5): errors the whole-article gold showed
(tests/data/gold/articles_en.yaml, marsad/examples/gold.yaml).  None of the text comes from ../shared."""
import pytest

from events_helpers import dump, find, full


# ---- 1. a compound subject before a bare-role object: the object is the target of both

@pytest.mark.parametrize("text,a,b", [
    ("Egypt and Turkey have supported the army, while the UAE has been accused of arming the RSF.", "EGY", "TUR"),
    ("Qatar and Oman have backed the government in the talks.", "QAT", "OMN"),
])
def test_a_bare_role_object_is_the_target_of_both_conjuncts(text, a, b):
    doc = full(text)
    sup = [e for e in doc.events if e.root == "05"]
    assert {e.source_code for e in sup} >= {a, b}, dump(doc)
    assert not any(e.target_country in (a, b) for e in sup), dump(doc)     # no mutual pair


def test_conjoined_subjects_of_an_agreement_still_pair():
    doc = full("Thailand and Cambodia agreed to withdraw troops from the border.")
    assert find(doc, "030", "THA", "KHM") and find(doc, "030", "KHM", "THA"), dump(doc)


# ---- 2. recapture / retake / seize X from Y: Y is the target

@pytest.mark.parametrize("text,src,tgt", [
    ("The army said it had recaptured a key bridge in central Khartoum from the Rapid Support Forces.", "SDNMIL", "SDNREB"),
    ("Ukrainian forces recaptured the village near Kharkiv from Russian troops.", "UKRMIL", "RUSMIL"),
])
def test_the_party_a_place_is_taken_from_is_the_target(text, src, tgt):
    doc = full(text)
    assert find(doc, "192", src, tgt), dump(doc)


# ---- 3. strikes, rallies, hopes

def test_workers_walking_out_is_a_strike_by_them_and_trains_are_no_event():
    doc = full("Dock workers walked out for a second day, halting most freight trains.")
    assert any(e.cameo == "143" and (e.source_code or "").endswith("LAB") for e in doc.events), dump(doc)
    assert not any(e.cameo == "030" for e in doc.events), dump(doc)
    doc = full("Britain has trained thousands of Ukrainian soldiers.")
    assert find(doc, "030", "GBR"), dump(doc)          # the verb with a trained force keeps its code


def test_a_quantified_crowd_rallying_is_a_protest_of_civilians_of_the_place():
    doc = full("In Bilbao, several thousand people rallied outside the regional parliament.")
    assert find(doc, "141", "ESPCVL"), dump(doc)
    doc = full("Dozens of lawmakers walked out of the chamber.")
    assert not any(e.source_code == "CVL" for e in doc.events), dump(doc)   # counted lawmakers are no civilians


def test_a_later_protest_with_its_own_crowd_is_not_merged_with_the_first():
    doc = full("Thousands of people marched in Madrid on Sunday against the housing law. "
               "In Seville, several hundred people rallied outside the town hall.")
    assert len([e for e in doc.events if e.root == "14"]) >= 2, dump(doc)


def test_hoping_is_an_optimistic_comment_by_the_speaker():
    doc = full("Italian Prime Minister Marco Ferri said he hoped the Spanish government and the unions would reach a deal.")
    assert any(e.cameo == "013" and (e.source_code or "").startswith("ITA") for e in doc.events), dump(doc)


# ---- 4. "invited X to talks on Friday": Friday is the talks'; "She" is the person named before

def test_an_invitation_is_not_dated_by_its_talks_and_she_is_the_minister():
    doc = full("Prime Minister Anna Lind refused to delay the reform. She invited union leaders to talks on Friday.",
               published_at="2023-05-10")
    inv = [e for e in doc.events if e.trigger.startswith("invited")]
    assert inv and inv[0].date == "2023-05-10" and inv[0].date_basis == "publication", dump(doc)
    assert inv[0].source_code and inv[0].source_code.endswith("GOV"), dump(doc)


def test_a_pronoun_two_paragraphs_on_takes_no_source():
    # (session 47: a paragraph-opening pronoun now takes the one antecedent of the paragraph right before -- wire
    # stories' one-sentence paragraphs, measured +2 strict on the article gold -- but no farther)
    doc = full("Prime Minister Anna Lind refused to delay the reform.\n\nThe unions marched on Monday.\n\n"
               "She invited union leaders to talks.")
    inv = [e for e in doc.events if e.trigger.startswith("invited")]
    assert inv and ":src-pronoun" not in inv[0].rule, dump(doc)


# ---- 5. "agree to boost cooperation": the agreement is the one event

@pytest.mark.parametrize("text", [
    "Turkey and Iraq agree to boost security cooperation",
    "Morocco and Spain agreed on Monday to strengthen cooperation on migration.",
])
def test_more_cooperation_under_agree_is_no_second_event(text):
    doc = full(text)
    assert any(e.cameo == "030" for e in doc.events), dump(doc)
    assert not any(e.root in ("05", "06") for e in doc.events), dump(doc)


def test_a_concrete_agreed_act_keeps_its_code():
    doc = full("Iran agreed to release the detained sailors.")
    assert any(e.root == "08" for e in doc.events), dump(doc)


def test_a_bare_role_target_takes_the_country_the_article_gave_that_role():
    doc = full("Sudan's army said on Sunday it controlled most of the capital.\n\n"
               "Egypt and Turkey have supported the army, diplomats said.")
    sup = [e for e in doc.events if e.root == "05"]
    assert sup and all(e.target_code == "SDNMIL" for e in sup), dump(doc)
    doc = full("Egypt and Turkey have supported the army, diplomats said.")      # no earlier mention: stays bare
    assert not any(e.target_code == "SDNMIL" for e in doc.events), dump(doc)


def test_rejecting_the_invitation_rejects_its_author():
    doc = full("Prime Minister Anna Lind refused to delay the reform. "
               "She invited union leaders to talks on Friday, but the main unions rejected the invitation.")
    rej = [e for e in doc.events if e.trigger.startswith("rejected")]
    assert rej and (rej[0].target_code or "").endswith("GOV"), dump(doc)
    doc = full("The main unions rejected the invitation.")          # no author told: no target
    rej = [e for e in doc.events if e.trigger.startswith("rejected")]
    assert rej and not rej[0].target_code, dump(doc)
