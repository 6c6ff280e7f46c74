"""Session 26 EN2 (the rest of the English leftovers of the thirteenth and fourteenth blind tests): an agentless
passive release takes the captor of the same people as its source.  Sentences written for these tests (none from the
blind articles); each case has a guard."""
from __future__ import annotations

from events_helpers import find, dump, full


def _doc(text, published_at="2024-05-02"):
    return full(text, published_at=published_at)


# ---------------------------------------------------------------- 1. "was released": the captor told before
def test_released_person_named_in_the_arrest():
    doc = _doc("Zambian police arrested several opposition figures on Friday, including the former minister Chanda "
               "Mwale. Chanda Mwale was released late on Saturday, his lawyer said.")
    assert find(doc, "0841", "ZMBCOP"), dump(doc)


def test_released_subject_is_not_its_own_releaser():
    doc = _doc("Senegalese police arrested the opposition leader Mamadou Diallo at his home on Friday. Diallo, who "
               "heads the Renewal party, was released on Sunday without charge.")
    assert find(doc, "0841", "SENCOP", "SENOPP"), dump(doc)


def test_freed_group_takes_the_captor_and_its_country():
    doc = _doc("Kenyan police detained 40 students during a march over fees in Nairobi. The students were freed on "
               "Tuesday.")
    assert find(doc, "0841", "KENCOP", "KENEDU"), dump(doc)


def test_guard_release_of_another_person_keeps_no_source():
    doc = _doc("Senegalese police arrested the opposition leader Mamadou Diallo on Friday. The journalist Aminata Sow "
               "was released on Sunday after a week in custody.")
    assert not find(doc, "0841", "SENCOP"), dump(doc)


def test_guard_release_with_its_own_agent():
    doc = _doc("Hamas fighters abducted two Israeli soldiers near the border. The soldiers were released by Egyptian "
               "mediators on Tuesday.")
    assert not find(doc, "0841", "PSE"), dump(doc)


# ---------------------------------------------------------------- 2. a long parenthetical before "said"
def test_long_speaking_parenthetical_keeps_the_speaker_for_joined_verb():
    doc = _doc("Argentine President Javier Milei refused to meet the Spanish envoy on Monday. Milei, speaking to a "
               "radio station in Buenos Aires on Monday night, said he would not resign and accused Spanish Prime "
               "Minister Pedro Sanchez of meddling.")
    assert find(doc, "112", "ARGGOV", "ESPGOV"), dump(doc)


def test_long_addressing_parenthetical_keeps_the_speaker():
    doc = _doc("Colombian President Gustavo Petro, addressing a rally of coffee farmers in the central city of Manizales "
               "on Saturday, said he would not return to the talks and accused the Venezuelan government of bad faith.")
    assert find(doc, "112", "COLGOV", "VENGOV"), dump(doc)


def test_guard_short_parenthetical_unchanged():
    doc = _doc("Argentine President Javier Milei, speaking in Cordoba on Monday, said he would not resign and accused "
               "Spanish Prime Minister Pedro Sanchez of meddling.")
    assert find(doc, "112", "ARGGOV", "ESPGOV"), dump(doc)


# ---------------------------------------------------------------- 3. "summoned the envoy … and demanded …": his state
def test_summoned_envoy_and_demanded_apology():
    doc = _doc("Kenyan Foreign Minister Musalia Mudavadi summoned the Ugandan ambassador, Robert Kasule, on Monday and "
               "demanded a public apology within 24 hours.")
    assert find(doc, "10", "KENGOV", "UGAGOV"), dump(doc)


def test_summoned_envoy_and_demanded_explanation():
    doc = _doc("Ghana summoned the Nigerian envoy on Tuesday and demanded an explanation within 48 hours.")
    assert find(doc, "10", "GHA", "NGAGOV"), dump(doc)


def test_guard_summoned_envoy_and_urged_another_state():
    doc = _doc("Ghana summoned the Nigerian envoy on Tuesday and urged Togo to mediate.")
    assert not find(doc, "02", "GHA", "NGAGOV"), dump(doc)
    assert find(doc, "02", "GHA", "TGO"), dump(doc)


# ---------------------------------------------------------------- 5. bare "police" in a two-country story
_TWO = ("NAIROBI, May 2 (Reuters) - Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in "
        "Nairobi on Thursday on a dispute over fuel imports.\n\nRuto accused Uganda of blocking Kenyan trucks at the "
        "border.\n\n")


def test_bare_police_take_the_country_of_the_sentence_place():
    doc = _doc(_TWO + "Several hundred demonstrators marched in central Nairobi on Wednesday evening against the visit, "
               "and police detained 11 people after scuffles near the Ugandan embassy.")
    assert find(doc, "173", "KENCOP"), dump(doc)


def test_guard_bare_police_with_places_of_two_countries():
    doc = _doc(_TWO + "Demonstrators marched in Nairobi and in Kampala on Wednesday, and police detained 11 people.")
    assert find(doc, "173", "COP"), dump(doc)
    assert not find(doc, "173", "KENCOP") and not find(doc, "173", "UGACOP"), dump(doc)


def test_guard_police_with_a_country_keep_it():
    doc = _doc(_TWO + "Ugandan police detained 11 Kenyan truck drivers in central Nairobi on Wednesday.")
    assert not find(doc, "173", "KENCOP"), dump(doc)


# ---------------------------------------------------------------- 4. "signed nine agreements" after "signed a declaration"
_SIGNED = ("NAIROBI, May 2 (Reuters) - Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a "
           "joint declaration on trade in Nairobi on Thursday, pledging to end a dispute over fuel imports.\n\n")


def _signings(doc):
    return [e for e in doc.events if e.cameo == "057" and e.source_country == "KEN"]


def test_counted_agreements_are_another_signing():
    doc = _doc(_SIGNED + "Ministers from the two governments signed nine agreements on energy, roads and education.")
    assert len(_signings(doc)) == 2, dump(doc)


def test_counted_agreements_with_digits_are_another_signing():
    doc = _doc(_SIGNED + "The two governments signed 12 agreements on energy and roads.")
    assert len(_signings(doc)) == 2, dump(doc)


def test_guard_the_declaration_told_again_is_one_signing():
    doc = _doc(_SIGNED + "The two leaders signed the declaration after three hours of talks.")
    assert len(_signings(doc)) == 1, dump(doc)
