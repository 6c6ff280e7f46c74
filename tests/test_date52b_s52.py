"""Session 52, DATE52B: an announced measure's start point, a gerund adjunct's day, a speaker's next act."""
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


@pytest.mark.parametrize("text, trigger, pub, day", [
    # an announced measure is dated by its announcement, not by the start point after it
    ("China said on Friday it would impose an additional 25% tariff on all imports from Canada from May 12, "
     "escalating a dispute over steel.", "impose", "2025-05-08", "2025-05-02"),
    ("Hungary announced on Monday that it would expel two Czech diplomats from March 3.", "expel", "2025-05-08",
     "2025-05-05"),
    # a day in a gerund adjunct opened by "before" / "while" dates the undated verb before it
    ("Opposition leader Mark Hale conceded defeat in the vote. Hale congratulated the prime minister in a phone "
     "call before addressing his supporters at a party function in Perth late on Saturday.", "congratulated",
     "2025-05-04", "2025-05-03"),
    ("The senator thanked her staff while visiting the border crossing on Friday.", "thanked", "2025-05-04",
     "2025-05-02"),
])
def test_event_day(pipe, text, trigger, pub, day):
    assert _date_of(pipe, text, trigger, pub) == day


def test_speaker_next_act_keeps_fronted_place_past_a_prepositional_country(pipe):
    text = ("Thailand's court removed the prime minister from office on Friday in Bangkok. In Phnom Penh, a Cambodian "
            "government spokesman said the ruling was an internal matter for Thailand and urged Bangkok to respect "
            "the truce agreed in Malaysia.")
    doc = pipe(text, published_at="2025-08-30")
    urged = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "urged"]
    assert urged and urged[0].place_id is not None
    assert doc.place(urged[0].place_id).name == "Phnom Penh"
