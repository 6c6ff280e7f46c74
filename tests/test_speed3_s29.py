"""Session 29, SPEED3: speed-ups of the actor stage that must not change any reading (our own sentences).

The 904-document dump (bench/dump_outputs.py) is the main check; these tests pin the three rewritten places."""
from __future__ import annotations

import random

from marsad.stages import actors as A
from tests.events_helpers import full


def _key(ms):
    return [(m.span(), m.groupdict()) for m in ms]


def test_head_quote_matches_equal_finditer_on_random_strings():
    pat = A._QUOTED_GROUP[0]
    rnd = random.Random(29)
    alphabets = (['a', 'b', 'و', 'ف', 'ح', ' ', ' ', '\n', '"', '«', '“', '»', '”', '.', '،', '_', '1', '\t', '\u00a0'],
                 ['a', 'b', 'و', 'ف', 'ح', ' ', ' ', ' ', 'a', 'b', '\n', '"', '«', '“', '»', '”', '.'])
    for alpha, longest in zip(alphabets, (60, 200)):
        for _ in range(20000):
            t = "".join(rnd.choice(alpha) for _ in range(rnd.randint(0, longest)))
            assert _key(A._head_quote_matches(t)) == _key(pat.finditer(t)), t


def test_head_quote_matches_equal_finditer_on_sentences():
    pat = A._QUOTED_GROUP[0]
    for t in ('رفضت جبهة "التحرير الوطني للجنوب" المشاركة، وقالت إن "الحوار انتهى".',
              'واتهمت حركة «النهضة الشعبية» الحكومة بخرق الاتفاق، فيما قال المتحدث: "لن نتراجع"',
              'اشتبك "لواء الفجر" مع "كتيبة الحراسة" قرب المطار',
              'He said "we will not go back" and the "Liberty Front" agreed.',
              'بيان""قصير "و"'):
        assert _key(A._head_quote_matches(t)) == _key(pat.finditer(t)), t


def _opp(doc):
    return {a.code for a in doc.actors if a.code and a.code.endswith("OPP")}


def test_party_attribute_after_memo_across_documents():
    # the head / attribute answers are kept across documents: the second and third documents still read the phrase
    a = full("وانتقد حزب الكرامة الأردني المعارض قرار رفع أسعار الوقود.", published_at="2024-05-02")
    b = full("ورفضت جمعية الإصلاح الكويتية المعارضة نتائج الانتخابات البلدية.", published_at="2024-05-02")
    c = full("وانتقد حزب الكرامة الأردني المعارض قرار رفع أسعار الخبز.", published_at="2024-05-02")
    assert "JOROPP" in _opp(a) and "KWTOPP" in _opp(b) and "JOROPP" in _opp(c)


def test_party_without_attribute_word_no_opp_actor():
    doc = full("وانتقد حزب الكرامة الأردني قرار رفع أسعار الوقود.", published_at="2024-05-02")
    assert "JOROPP" not in _opp(doc)


def test_country_anaphor_still_read_in_english_and_skipped_in_arabic():
    doc = full("Russia expelled Estonia's ambassador on Monday, accusing the Baltic state of hostile acts.",
               published_at="2024-05-02")
    assert any(e.cameo.startswith("11") and e.target_country == "EST" for e in doc.events)
    doc = full("طردت روسيا سفير إستونيا أمس.", published_at="2024-05-02")
    assert all(e.source_country != "EST" for e in doc.events)
