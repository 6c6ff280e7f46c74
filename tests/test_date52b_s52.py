"""Session 52, DATE52B: dates of an announced measure with a start point, and of a verb before a gerund adjunct."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _date_of(pipe, text, trigger, pub):
    doc = pipe(text, published_at=pub)
    evs = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end].startswith(trigger)]
    assert evs, [doc.text[e.trigger_start:e.trigger_end] for e in doc.events]
    return evs[0].date


def test_announced_tariff_dated_by_announcement_not_start_point(pipe):
    text = ("China said on Friday it would impose an additional 25% tariff on all imports from Canada from May 12, "
            "escalating a dispute over steel.")
    assert _date_of(pipe, text, "impose", "2025-05-08") == "2025-05-02"


def test_announced_expulsion_dated_by_announcement_not_start_point(pipe):
    text = "Hungary announced on Monday that it would expel two Czech diplomats from March 3."
    assert _date_of(pipe, text, "expel", "2025-05-08") == "2025-05-05"


def test_verb_before_gerund_adjunct_takes_its_day(pipe):
    text = ("Opposition leader Mark Hale conceded defeat in the vote. Hale congratulated the prime minister in a phone "
            "call before addressing his supporters at a party function in Perth late on Saturday.")
    assert _date_of(pipe, text, "congratulated", "2025-05-04") == "2025-05-03"


def test_verb_while_gerund_adjunct_takes_its_day(pipe):
    text = "The senator thanked her staff while visiting the border crossing on Friday."
    assert _date_of(pipe, text, "thanked", "2025-05-04") == "2025-05-02"



def test_speaker_next_act_keeps_fronted_place_past_a_prepositional_country(pipe):
    text = ("Thailand's court removed the prime minister from office on Friday in Bangkok. In Phnom Penh, a Cambodian "
            "government spokesman said the ruling was an internal matter for Thailand and urged Bangkok to respect "
            "the truce agreed in Malaysia.")
    doc = pipe(text, published_at="2025-08-30")
    urged = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "urged"]
    assert urged and urged[0].place_id is not None
    assert doc.place(urged[0].place_id).name == "Phnom Penh"
