"""Session 20 (lead): the inverted English attribution after a direct quote, '"…," said X' -- the speaker follows the
speech verb.  Our own sentences."""
import pytest

from events_helpers import full


def _rows(text):
    return [(e.cameo, e.source_code, e.target_code) for e in full(text, published_at="2024-05-02").events]


@pytest.mark.parametrize("text, code, source", [
    ('Moscow dismissed the report on Tuesday. "We reject these accusations," said Sergei Lavrov, the Russian foreign '
     'minister.', "12", "RUSGOV"),
    ('"We will never recognise this vote," said Russian Foreign Minister Sergei Lavrov.', "12", "RUSGOV"),
    ('"We will not accept any new conditions," said Turkish Foreign Minister Hakan Fidan on Monday.', "12", "TURGOV"),
])
def test_speaker_after_the_verb_of_a_direct_quote(text, code, source):
    assert any(c.startswith(code) and s == source for c, s, _ in _rows(text)), _rows(text)


def test_quote_speaker_span_is_the_name_after_the_verb():
    doc = full('"We reject these accusations," said Sergei Lavrov, the Russian foreign minister.',
               published_at="2024-05-02")
    q = doc.quotes[0]
    assert doc.text[q.speaker_start:q.speaker_end].startswith("Sergei Lavrov")
    assert doc.text[q.content_start:q.content_end] == "We reject these accusations"


@pytest.mark.parametrize("text", [
    # plain content: the speaker stands before the verb ("An official, who …, said the navy would …")
    "A Philippine official, who spoke on condition of anonymity, said the navy would try again within days.",
    # a participle opening a complement, no quote
    "The freighter, said to be carrying weapons for the rebels, was seized by the Greek navy.",
])
def test_no_inverted_speaker_without_a_direct_quote(text):
    doc = full(text, published_at="2024-05-02")
    assert not any(doc.text[q.speaker_start:q.speaker_end].startswith(("the navy", "to be")) for q in doc.quotes)
