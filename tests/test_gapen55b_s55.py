"""Session 55, GAPEN55B: English sources -- an unknown politician written as a party's ("X, leader of the main
opposition party, …", "X of the ruling … party", "opposition leader X") in a story filed from a country that shares
the story with a foreign power: the dateline's country."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _evs(doc, trigger):
    return [e for e in doc.events if e.trigger.startswith(trigger)]


_STORY = ("QUITO, March 3 (Marsad) - U.S. President Donald Trump warned Ecuador on Monday against delaying the "
          "count of its presidential runoff, and the United States said it was watching the vote closely.\n\n"
          "Washington has threatened to cut aid to Quito if the count is not finished this week, U.S. officials "
          "said.\n\n"
          "{who} said the count was being manipulated. Tamayo accused the electoral council of hiding tally "
          "sheets.\n\nThe electoral council in Ecuador rejected the claim.")


def test_party_leader_apposition(pipe):
    """ "X, leader of the largest opposition party, Citizen Front, said …" in a QUITO story the United States
    shares: X and the later surname mention are Ecuador's."""
    doc = pipe(_STORY.format(who="Ramiro Tamayo, leader of the largest opposition party, Citizen Front,"),
               published_at="2025-03-03")
    assert [(e.source_code or "")[:3] for e in _evs(doc, "accused")] == ["ECU"]


def test_party_member_of_phrase(pipe):
    """ "X of the ruling Unity party said …": the same."""
    doc = pipe(_STORY.format(who="Ramiro Tamayo of the ruling Unity party"), published_at="2025-03-03")
    assert [(e.source_code or "")[:3] for e in _evs(doc, "accused")] == ["ECU"]


def test_guard_untied_name(pipe):
    """Guard: an unknown name with no party tie in such a story stays unknown."""
    doc = pipe(_STORY.format(who="Ramiro Tamayo, a lawyer,"), published_at="2025-03-03")
    assert all((e.source_code or "")[:3] != "ECU" for e in _evs(doc, "accused"))


_GUARDS = ("DUBAI, May 4 (Marsad) - {who} boarded a fishing boat in the Gulf on Sunday, the boat's owners said.\n\n"
           "The Guards said in a statement that the crew had been smuggling fuel, and accused the owners of "
           "breaking the law. They warned that any boat that smuggled fuel would be seized.")


def test_short_name_said_again(pipe):
    """ "Revolutionary Guards naval units … The Guards said … and accused …  They warned …": the capitalised plural
    word of the longer name said again is that force, and "They" after it too."""
    doc = pipe(_GUARDS.format(who="Iran's Revolutionary Guards naval units"), published_at="2025-05-04")
    assert [e.source_code for e in _evs(doc, "accused")] == ["IRNMIL"]
    assert [e.source_code for e in _evs(doc, "warned")] == ["IRNMIL"]


def test_guard_short_name_of_two_countries(pipe):
    """Guard: the word held by the names of two countries' forces ("Iran's Revolutionary Guards" and "Ukraine's
    National Guards") names neither."""
    doc = pipe(_GUARDS.format(who="Iran's Revolutionary Guards and Ukraine's National Guards"),
               published_at="2025-05-04")
    assert all(e.source_code not in ("IRNMIL", "UKRMIL") for e in _evs(doc, "accused"))


def test_named_party_leader(pipe):
    """ "<Party> leader X said …" (the party's own name before "leader", the name often untagged): the same."""
    doc = pipe(_STORY.format(who="Renova leader Ramiro Tamayo"), published_at="2025-03-03")
    assert [(e.source_code or "")[:3] for e in _evs(doc, "accused")] == ["ECU"]
