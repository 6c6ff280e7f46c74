"""Session 49 (helper precen49): English extras, our own sentences.

1. A gathering noun that is only the setting of another act (``gathering_noun_en``): "left the summit early",
   "skipped the summit", "pledged at a summit in Rome", "flew to Lima for a summit of Andean leaders" -- the summit
   is where the act happened, no meeting event of its own.  A held summit and one with its parties named stay
   (guards).
2. A goods noun governed by another word (``goods_noun_en``): "blocking access for aid", "lift restrictions on aid",
   "the slow flow of aid into the city" -- the aid is the goods the blocking or the demand is about, no giving act.
   "announced new aid for flood victims" and "sent humanitarian aid" stay (guards).
3. Verb rows read on a noun, an adjective or an adverb (``noun_compound_en.tsv``, session 49 block): "Back in
   Washington", "20 billion pounds", "a traffic signal", "free passage", "tax relief", "moderate opposition
   lawmakers", "the task of rebuilding".  The words as verbs stay (guards).
4. An agreement noun told as what a mediator brokered (``brokered_noun_en``): "Qatar brokered a ceasefire", "A
   ceasefire brokered by Turkey took effect" -- the mediation (045) is the act, the ceasefire no event of its own
   (it had the mediator as a party).  "agreed to a ceasefire" stays (guard).
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
    ("LIMA, May 5 (Marsad) - Brazil's president praised Peru's new government on Friday as he flew to Lima for a "
     "summit of Andean leaders.", "praised"),
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


# ----------------------------------------------------------------------------- 2 aid as goods
@pytest.mark.parametrize("text", [
    "NAIROBI, May 5 (Marsad) - The agency accused the army of blocking access for aid at the border crossing.",
    "NAIROBI, May 5 (Marsad) - Relief groups urged the government to lift restrictions on aid to the northern "
    "provinces.",
    "NAIROBI, May 5 (Marsad) - The minister blamed the rebels for the slow flow of aid into the city.",
])
def test_governed_aid_noun_is_goods_not_a_giving(text):
    got = [e for e in _with(text, "aid", _DAY)[1] if e.trigger == "aid"]
    assert not got, _dump(got)


@pytest.mark.parametrize("text, src, tgt", [
    ("TOKYO, May 5 (Marsad) - Japan announced new aid for flood victims in Pakistan on Monday.", "JPN", "PAK"),
    ("BERLIN, May 5 (Marsad) - Germany sent humanitarian aid to Sudan on Tuesday.", "DEU", "SDN"),
])
def test_aid_told_as_a_giving_stays(text, src, tgt):
    evs = _with(text, "", _DAY)[1]
    assert any(e.cameo == "070" and e.source_code == src and e.target_code == tgt for e in evs), _dump(evs)


# ----------------------------------------------------------------------------- 3 verb rows read on other words
@pytest.mark.parametrize("text, word", [
    ("WASHINGTON, May 5 (Marsad) - Back in Washington on Sunday, the president told reporters he wanted a deal.",
     "Back"),
    ("NAIROBI, May 5 (Marsad) - British firms pledged 20 billion pounds of investment in Kenya on Monday.", "pounds"),
    ("ISLAMABAD, May 5 (Marsad) - A bomb exploded at a traffic signal in the capital on Monday.", "signal"),
    ("MANILA, May 5 (Marsad) - The navy vowed to restore free passage through the strait.", "free"),
    ("DHAKA, May 5 (Marsad) - Exporters urged the government to provide tax relief.", "tax"),
    ("LIMA, May 5 (Marsad) - The president urged moderate opposition lawmakers to back the budget.", "moderate"),
    ("KABUL, May 5 (Marsad) - The president urged citizens to unite behind the task of rebuilding the country.",
     "task"),
])
def test_a_verb_row_read_on_another_word_is_no_event(text, word):
    got, evs = _with(text, word, _DAY)
    assert not got, _dump(evs)


@pytest.mark.parametrize("text, word", [
    ("LIMA, May 5 (Marsad) - The court agreed to free the prisoners on Monday.", "free"),
    ("LIMA, May 5 (Marsad) - The president urged moderate opposition lawmakers to back the budget.", "back"),
])
def test_the_word_as_a_verb_stays(text, word):
    got, evs = _with(text, word, _DAY)
    assert got, _dump(evs)


# ----------------------------------------------------------------------------- 4 a brokered ceasefire
@pytest.mark.parametrize("text, broker", [
    ("DOHA, May 5 (Marsad) - Qatar brokered a ceasefire between the two sides on Monday.", "QAT"),
    ("ANKARA, May 5 (Marsad) - A ceasefire brokered by Turkey took effect on Friday.", "TUR"),
])
def test_a_brokered_ceasefire_is_the_mediation_only(text, broker):
    evs = _with(text, "", _DAY)[1]
    assert not [e for e in evs if e.trigger == "ceasefire"], _dump(evs)
    assert any(e.cameo == "045" and e.source_code == broker for e in evs), _dump(evs)


def test_an_agreed_ceasefire_stays():
    got, evs = _with("KHARTOUM, May 5 (Marsad) - The two sides agreed to a ceasefire on Sunday.", "ceasefire", _DAY)
    assert got, _dump(evs)
