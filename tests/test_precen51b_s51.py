"""Session 51 (helper precen51b): the same English act coded twice, our own sentences.

A speech cue that is also a verb's own trigger ("denied any wrongdoing and accused …"): the verb rule codes the act
with its own subject and object, so the statement rule (``_statements``) adds no second event of that root at the
same word.  A cue with no verb event of its own keeps its statement (guard).
"""
import pytest

from test_gapen34_s34 import _dump, _with

_DAY = "2025-10-08"


@pytest.mark.parametrize("text", [
    "During Wednesday's debate in parliament, Prime Minister Ulf Kristersson denied any wrongdoing and accused the "
    "opposition of dragging Sweden into a crisis for partisan gain.",
    "In a televised debate on Monday, Prime Minister Mark Carney denied any wrongdoing and accused the opposition "
    "of dragging Canada into a crisis for partisan gain.",
])
def test_denial_verb_coded_once(text):
    got, evs = _with(text, "denied", _DAY)
    assert len([e for e in got if e.root == "01"]) == 1, _dump(evs)
    assert any(e.cameo == "112" for e in evs), _dump(evs)   # the joined accusation stays


def test_plain_statement_stays():
    got, evs = _with("Prime Minister Ulf Kristersson said on Wednesday that Sweden would not change its course.",
                     "said", _DAY)
    assert len(got) == 1 and got[0].source_code == "SWEGOV", _dump(evs)
