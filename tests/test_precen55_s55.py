"""Session 55 (PRECEN55): English verb rows read on words of another sense (noun_compound_en.tsv, PRECEN55 rows) --
"press groups", "tax and … reforms", "raising taxes", an ankle monitor, a monitoring mission, seats contested,
visiting fans, buying votes, a slain general, weeks of wrangling, temporary shelters, harmful in impact, levies,
the delays; a common approach, such a challenge, non-essential travel, each affected household, a militia
founded by, a loan fund, ruining the economy, rescuers and volunteers, clear the way / one's name; and "meet" =
satisfy ("meet the demands", "meet your hopes").  Own invented sentences."""
from __future__ import annotations

import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _evs(pipe, text):
    return [(e.trigger, e.cameo) for e in pipe(text, published_at="2025-05-05").events]


@pytest.mark.parametrize("text, word", [
    ("Court jails journalist for two years; EU and press groups condemn verdict", "press"),
    ("The president urged lawmakers to pass tax and labour reforms in the new parliament.", "tax"),
    ("The commissioner easily defeated a motion over the LuxLeaks tax revelations.", "tax"),
    ("Protesters stormed parliament after lawmakers passed a finance bill raising taxes.", "taxes"),
    ("The court upheld the arrest after ankle monitor tampering.", "monitor"),
    ("The UN human rights monitoring mission in Ukraine said on Tuesday that the hospital had been hit.", "monitoring"),
    ("The party won 40 of the 120 seats contested.", "contested"),
    ("Police said five visiting fans were taken to hospital.", "visiting"),
    ("Police detained several people on suspicion of buying votes.", "buying"),
    ("Thousands gathered at a memorial for slain general Ahmed Salem in the capital.", "slain"),
    ("The vote ended more than a week of wrangling in parliament.", "wrangling"),
    ("Residents spent a third night in temporary shelters.", "shelters"),
    ("The ministry said the offences were harmful in impact.", "impact"),
    ("The tariffs come on top of levies on steel and aluminium.", "levies"),
    ("The two sides agreed on a new mechanism to ease the delays.", "delays"),
    # second batch
    ("The minister said the bloc had not been consulted and called for a common European approach.", "approach"),
    ("The vote gave the president a clear win in the first such challenge she has faced.", "challenge"),
    ("The council urged citizens on Sunday to avoid non-essential travel to the region.", "travel"),
    ("He said each affected household would receive an emergency payment.", "affected"),
    ("The army said it had killed the commander of a militia founded by former rebels.", "founded"),
    ("The commission set up a 150 billion euro defence loan fund last year.", "fund"),
    ("He accused the outgoing government of ruining the economy.", "ruining"),
    ("Rescuers and volunteers cleared rubble at the hospital on Tuesday.", "volunteers"),
    ("The opposition leader said the premier should step aside to clear the way for new elections.", "clear"),
    ("He said he was ready to clear my name before the commission.", "clear"),
])
def test_a_word_of_another_sense_is_no_event(pipe, text, word):
    evs = _evs(pipe, text)
    assert not [e for e in evs if e[0] == word], evs


@pytest.mark.parametrize("text", [
    "He said he was unable to meet your hopes.",
    "The government said it could not meet the demands of the unions.",
])
def test_meet_as_satisfy_is_no_meeting(pipe, text):
    evs = _evs(pipe, text)
    assert not [e for e in evs if e[0] == "meet"], evs


def test_meet_a_person_stays_a_meeting(pipe):
    """Guard: "will meet the envoy" is still a meeting (036)."""
    evs = _evs(pipe, "The ministers will meet the envoy on Monday.")
    assert [e for e in evs if e[0] == "meet"], evs


def test_volunteers_to_stays_a_pledge(pipe):
    """Guard: "volunteers to guard …" (a verb with its "to") keeps its 030."""
    evs = _evs(pipe, "Three students volunteers to guard the polling station.")
    assert [e for e in evs if e[0] == "volunteers"], evs


def test_pressed_as_a_verb_stays(pipe):
    """Guard: "pressed the government to release …" keeps its demand (the press row reads only the noun)."""
    evs = _evs(pipe, "Opposition lawmakers pressed the government to release the detained students.")
    assert [e for e in evs if e[1].startswith("10")], evs
