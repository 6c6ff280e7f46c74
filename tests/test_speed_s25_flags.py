"""Session 25 speed (SPD2): sentence_flags finds its word type rows through the shared token-key column and
its flag positions in C; it must give what the per-token loop it replaced gives.  The sentences are our own."""
from __future__ import annotations

import pytest

from marsad.coding import structure
from marsad.coding.structure import get_lexicon, sentence_flags
from marsad.lang import columns

from events_helpers import full

AR = ("قال وزير الداخلية إن الشرطة اعتقلت ثلاثة مشتبه بهم في مدينة حمص، وأضاف: «لن نسمح بالفوضى».\n\n"
      "ودعت المعارضة أنصارها إلى التظاهر يوم الجمعة، فيما طالب البرلمان الحكومة بالاستقالة!")
EN = ("The Oct. 9 vote was postponed, Gen. Adams said on Monday; he urged the rebels to lay down their arms.\n\n"
      "Protesters demanded the minister's resignation. \"We will not leave,\" one of them told reporters.")


def _reference_flags(doc, sent, lex):
    """The session 24 loop: one memo look-up and one flag test a token, in Python."""
    rows, cands, speech, endp, directive = [], [], [], [], False
    for k, t in enumerate(doc.tokens[sent.token_start:sent.token_end]):
        got = structure._word_type(lex, t.text, t.norm, t.suffix)
        rows.append(got)
        f = got[5]
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


@pytest.mark.parametrize("text,lang", [(AR, "ar"), (EN, "en")])
def test_sentence_flags_as_the_per_token_loop(text, lang):
    doc = full(text)
    lex = get_lexicon(lang)
    structure._LAST[0] = None   # (the view is cached per document: computed afresh here)
    flagged = set()
    for sent in doc.sentences:
        got = sentence_flags(doc, sent, lex)
        assert got == _reference_flags(doc, sent, lex)
        assert isinstance(got[4], bool)
        flagged.update(i for i, part in enumerate(got[1:4]) if part)
    assert flagged == {0, 1, 2}   # the sentences have trigger candidates, speech cues and end punctuation


def test_word_type_key_column():
    doc = full(AR)
    keys = columns.token_word_type_keys(doc)
    assert keys == [(t.text, t.norm, not t.suffix) for t in doc.tokens]
    assert any(not k[2] for k in keys)                 # a pronoun suffix (أنصارها) is in the text
    assert columns.token_suffixes(doc) == [t.suffix for t in doc.tokens]
    assert columns.token_word_type_keys(doc) is keys   # built once per document
    doc.tokens = doc.tokens[:4]                        # a new tokens list: rebuilt
    assert columns.token_word_type_keys(doc) == keys[:4]
