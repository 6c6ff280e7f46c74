"""Session 53, GAPEN53B: English sources / targets, second pass -- an abduction participle after an attack.

Own sentences (news style, invented)."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _events(pipe, text):
    return pipe(text, published_at="2025-05-05").events


def test_abduction_participle_after_a_killing_participle(pipe):
    """"raided …, killing two people and abducting 30 women": the abduction is an act of its own (181), the
    raiders'."""
    evs = _events(pipe, "Gunmen raided a farming village on Monday, killing two people and abducting 30 women.")
    ab = [e for e in evs if e.trigger == "abducting"]
    assert ab and ab[0].cameo == "181" and ab[0].source_code == "UAF"


def test_abduction_participle_after_the_comma(pipe):
    """"attacked a base …, abducting five civilians": kept beside the attack, with the main clause's subject."""
    evs = _events(pipe, "Islamist militants attacked an army base in Mali on Tuesday, abducting five civilians.")
    ab = [e for e in evs if e.trigger == "abducting"]
    assert ab and ab[0].cameo == "181" and ab[0].source_code == "MLIREB"


def test_guard_killing_participle_stays_the_attack(pipe):
    """Guard: "shelled the city, killing three civilians" stays one happening (the participle is the result)."""
    evs = _events(pipe, "Rebel fighters shelled the city overnight, killing three civilians.")
    assert not [e for e in evs if e.trigger == "killing"]


def test_guard_finite_abduction_unchanged(pipe):
    """Guard: "raided … and abducted 30 women" keeps its finite abduction with the subject."""
    evs = _events(pipe, "Gunmen raided a farming village on Monday and abducted 30 women.")
    ab = [e for e in evs if e.trigger == "abducted"]
    assert ab and ab[0].source_code == "UAF"
