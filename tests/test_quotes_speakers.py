"""Speaker carry-over in the quotes stage: a pronoun or dropped subject in a later reporting clause
is the previous speaker.  Sentences written for these tests."""
from __future__ import annotations

import marsad


def _quotes(text):
    doc = marsad.code(text, published_at="2024-03-03")
    return doc, [(doc.text[q.cue_start:q.cue_end], q.speaker_actor_id) for q in doc.quotes]


def test_english_pronoun_speaker_is_the_previous_speaker():
    doc, qs = _quotes("Spokesman Dmitry Peskov told reporters that Russia would keep its troops in the region. "
                      "He added that Moscow was ready for talks with Kyiv.")
    assert len(qs) == 2 and qs[0][1] is not None and qs[1][1] == qs[0][1]
    talks = [e for e in doc.events if e.trigger == "talks"]
    assert talks and talks[0].reported_by_code == "RUSGOV"


def test_arabic_dropped_subject_is_the_previous_speaker():
    _, qs = _quotes("قال وزير الخارجية التركي إن بلاده مستعدة لاستضافة المحادثات. "
                    "وأضاف أن أنقرة ستواصل الاتصالات مع موسكو.")
    assert len(qs) == 2 and qs[0][1] is not None and qs[1][1] == qs[0][1]


def test_it_is_not_taken_for_the_previous_speaker():
    _, qs = _quotes("The minister said the border would reopen. It said that trucks were waiting.")
    assert len(qs) == 2 and qs[0][1] is not None and qs[1][1] is None
