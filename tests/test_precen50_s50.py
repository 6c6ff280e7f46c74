"""Session 50 (helper precen50): English extras, our own sentences.

1. Verb rows read on nouns of another sense (``noun_compound_en.tsv``, session 50 block; a two-word continuation
   "of+interest"): "a conflict of interest", "promoted to field marshal", "combat readiness", "the killing field".
2. A remark's topic (``topic_noun_en.remark_topic``): "did not comment on the rally", "has not spoken publicly about
   the arrest" -- the act told before, whatever its root.  "cracked down on the protest" stays (guard).
3. An inquiry noun told as a standing state (``standing_probe_en``): "amid a corruption investigation", "pending an
   investigation", "under investigation", "the subject of several criminal investigations".  "opened an
   investigation" and "put under investigation" stay (guards).
4. An act noun opening a framing sentence (``framing_subject_en``): "The incursion came a week after …", "The
   attacks come weeks after …" -- told before.  The act told first stays (guard).
5. A meeting noun read as a reference naming no side (``gathering_noun_en.drop_references``): "At the start of the
   talks", "a day after the negotiations were due to close" -- the setting of another act.  "held talks with …"
   stays (guard).
"""
import pytest

from test_gapen34_s34 import _dump, _with

_DAY = "2025-06-02"


# ----------------------------------------------------------------------------- 1 verb rows on other senses
@pytest.mark.parametrize("text, word", [
    ("LUSAKA, June 2 (Marsad) - The senator said the arrangement amounted to a conflict of interest.", "conflict"),
    ("ABUJA, June 2 (Marsad) - General Yusuf, promoted to field marshal in March, will lead the army.", "marshal"),
    ("HANOI, June 2 (Marsad) - The minister said the purge had weakened the army's combat readiness.", "combat"),
    ("MOSCOW, June 2 (Marsad) - The Kremlin accused the Ukrainian leader of prolonging the \"killing field\" by "
     "refusing talks.", "killing"),
])
def test_verb_rows_read_on_nouns_of_another_sense(text, word):
    got, evs = _with(text, word, _DAY)
    assert not got, _dump(evs)


def test_a_conflict_without_interest_stays():
    got, evs = _with("TBILISI, June 2 (Marsad) - The two armies were drawn into a conflict over the border town.",
                     "conflict", _DAY)
    assert got, _dump(evs)


# ----------------------------------------------------------------------------- 2 a remark's topic
@pytest.mark.parametrize("text, word", [
    ("TEL AVIV, June 2 (Marsad) - Thousands of students rallied in the capital on Monday. The prime minister did "
     "not comment on the rally.", "rally"),
    ("JUBA, June 2 (Marsad) - Security forces detained the vice president at his home on Sunday. President Kiir has "
     "not spoken publicly about the arrest.", "arrest"),
])
def test_the_topic_of_a_remark_is_told_before(text, word):
    got, evs = _with(text, word, _DAY)
    assert not got, _dump(evs)


# ----------------------------------------------------------------------------- 3 an inquiry as a standing state
@pytest.mark.parametrize("text", [
    "LISBON, June 2 (Marsad) - The minister resigned in March amid a corruption investigation.",
    "LIMA, June 2 (Marsad) - The judge was suspended last year pending an investigation.",
    "MADRID, June 2 (Marsad) - The court convicted a former mayor for leaking files about a banker under "
    "investigation for fraud.",
    "QUITO, June 2 (Marsad) - The former president is the subject of several criminal investigations.",
])
def test_an_inquiry_told_as_a_standing_state_is_no_event(text):
    got, evs = _with(text, "investigation", _DAY)
    assert not got, _dump(evs)


def test_a_person_put_under_investigation_stays():
    got, evs = _with("ROME, June 2 (Marsad) - A French national has been put under investigation in Milan for her "
                     "role in the riots.", "investigation", _DAY)
    assert got, _dump(evs)


def test_an_opened_investigation_stays():
    got, evs = _with("NAIROBI, June 2 (Marsad) - Police opened an investigation into the killing on Monday.",
                     "opened", _DAY)
    assert got, _dump(evs)


# ----------------------------------------------------------------------------- 4 a framing sentence's subject
@pytest.mark.parametrize("text, word", [
    ("NAIROBI, June 2 (Marsad) - Armed men crossed into the border district on Friday, the army said. The incursion "
     "came little more than a week after Kenya shot down two drones over the lake.", "incursion"),
    ("NAIROBI, June 2 (Marsad) - Somali militants attacked a police post in Mandera on Sunday. The attacks come "
     "weeks after Kenya threatened to close the border.", "attacks"),
])
def test_an_act_noun_opening_a_framing_sentence_is_told_before(text, word):
    got, evs = _with(text, word, _DAY)
    assert not got, _dump(evs)


def test_the_act_told_first_stays():
    got, evs = _with("NAIROBI, June 2 (Marsad) - Somali militants attacked a police post in Mandera on Sunday. The "
                     "attacks come weeks after Kenya threatened to close the border.", "attacked", _DAY)
    assert got, _dump(evs)


# ----------------------------------------------------------------------------- 5 meeting nouns as side-less references
@pytest.mark.parametrize("text, word", [
    ("SEOUL, June 2 (Marsad) - Lee and Trump met in Gyeongju on Wednesday. At the start of the talks, Lee asked "
     "Trump to lower tariffs on cars.", "talks"),
    ("BELEM, June 2 (Marsad) - Climate envoys from 190 countries met in Belem on Monday. Protesters entered the venue "
     "a day after the negotiations were due to close.", "negotiations"),
])
def test_a_meeting_noun_read_as_a_sideless_reference_is_no_event(text, word):
    got, evs = _with(text, word, _DAY)
    assert not got, _dump(evs)


def test_held_talks_with_a_partner_stay():
    got, evs = _with("ANKARA, June 2 (Marsad) - Turkey's foreign minister held talks with his Greek counterpart in "
                     "Athens on Monday.", "talks", _DAY)
    assert got, _dump(evs)
