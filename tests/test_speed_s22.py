"""Session 22 SPD: guards for any rewrite of structure.sentence_flags (a C-level variant was measured slower and
left out, see data/coding/README.md): its view must stay the per-token loop's, cold memo or warm."""
from __future__ import annotations

import pytest

from marsad.coding import structure
from marsad.coding.structure import _END_PUNCT, _word_type, get_lexicon, sentence_flags, sentence_lang

from events_helpers import full

AR = ("قال المتحدث باسم وزارة الداخلية إن قوات الأمن اعتقلت خمسة مطلوبين في مدينة الموصل، ودعا المواطنين إلى "
      "التعاون. وطالب النواب الحكومة بالاستقالة فورا؟ الطقس معتدل في معظم المناطق الساحلية الساحلية.")
EN = ("Gen. Ali Hassan said on Oct. 9 that the army had arrested twelve suspects near Basra. The UN urged both "
      "sides to exercise restraint! Weather: mild, mild and dry.")


def _reference_view(doc, sent, lex):
    """The view of the per-token loop sentence_flags ran before session 22 (rows from the same memo)."""
    rows, cands, speech, endp, directive = [], [], [], [], False
    for k, t in enumerate(doc.tokens[sent.token_start:sent.token_end]):
        row = lex._word_memo.get((t.text, t.norm, not t.suffix)) or _word_type(lex, t.text, t.norm, t.suffix)
        rows.append(row)
        f = row[5]
        if f & structure._HAS_TRIG:
            cands.append(k)
        if f & structure._END_P:
            endp.append(k)
        if f & structure._SPEECH:
            speech.append(k)
        if f & structure._DIRECTIVE:
            directive = True
    if endp and lex.lang == "en":
        endp = structure._abbreviation_dots(doc.tokens, sent.token_start, rows, endp, lex)
    return rows, cands, speech, endp, directive


@pytest.mark.parametrize("text", [AR, EN])
@pytest.mark.parametrize("cold", [False, True])
def test_flags_are_the_per_token_loops(text, cold):
    doc = full(text)
    seen = set()
    for sent in doc.sentences:
        lex = get_lexicon(sentence_lang(doc, sent))
        if cold and lex.lang not in seen:   # every word type a miss: the rows are built here
            lex._word_memo.clear()
            seen.add(lex.lang)
        structure._LAST[0] = None
        got = sentence_flags(doc, sent, lex)
        assert got == _reference_view(doc, sent, lex)
        assert len(got[0]) == sent.token_end - sent.token_start
    assert any(sentence_flags(doc, s, get_lexicon(sentence_lang(doc, s)))[1] for s in doc.sentences)


def test_a_word_type_seen_twice_in_a_new_sentence_shares_its_row():
    doc = full(AR)
    sent = doc.sentences[-1]   # "الساحلية الساحلية": the second token finds the row the first one stored
    lex = get_lexicon(sentence_lang(doc, sent))
    lex._word_memo.clear()
    structure._LAST[0] = None
    rows = sentence_flags(doc, sent, lex)[0]
    texts = [t.text for t in doc.tokens[sent.token_start:sent.token_end]]
    k = texts.index("الساحلية")
    assert texts[k + 1] == "الساحلية" and rows[k] is rows[k + 1]


def test_end_punctuation_and_abbreviation_dots():
    doc = full(EN)
    lex = get_lexicon("en")
    structure._LAST[0] = None
    sent = doc.sentences[0]
    toks = doc.tokens[sent.token_start:sent.token_end]
    endp = sentence_flags(doc, sent, lex)[3]
    assert endp and all(toks[k].text in _END_PUNCT for k in endp)
    assert not any(toks[k].text == "." and toks[k - 1].text in ("Gen", "Oct") for k in endp)   # "Gen.", "Oct."
