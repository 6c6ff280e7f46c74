"""Session 10 speed paths: words built only for the sentences a stage reads (structure.sentence_flags then
words_of), Word objects made as bare instances with their slots stored (every field must be set, equal to
the class call), and the lexicon look-up's early return."""
from __future__ import annotations

import dataclasses

from marsad.coding import structure
from marsad.coding.lexicon import lexicon
from marsad.coding.structure import Word, get_lexicon, sentence_flags, sentence_lang, sentence_view, words_of
from marsad.lang.tokenize import tokenize
from marsad.model import Token
from marsad.pipeline import Pipeline

_ART = ("أعلنت وزارة الخارجية المصرية، يوم الثلاثاء، أن الوزير التقى نظيره الأردني في عمّان لبحث التعاون. "
        "وقال المتحدث باسم الوزارة إن الجانبين اتفقا على تعزيز التنسيق. "
        "الطقس معتدل في معظم المناطق.\n\n"
        "The ministry said the two ministers met in Amman on Tuesday.")


def _coded():
    pipe = Pipeline()
    doc = pipe(_ART, published_at="2024-03-05")
    return doc


def _all_fields(obj) -> tuple:
    # reads every field: an unset slot raises AttributeError
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))


def test_bare_words_have_every_field_of_the_class_call():
    doc = _coded()
    n = 0
    for sent in doc.sentences:
        lex = get_lexicon(sentence_lang(doc, sent))
        for w in words_of(doc, sent, lex):
            made = Word(*_all_fields(w))
            assert made == w
            assert _all_fields(made) == _all_fields(w)
            n += 1
    assert n == sum(s.token_end - s.token_start for s in doc.sentences)


def test_words_match_their_tokens_and_rows():
    doc = _coded()
    for sent in doc.sentences:
        lex = get_lexicon(sentence_lang(doc, sent))
        rows = sentence_flags(doc, sent, lex)[0]
        words = words_of(doc, sent, lex)
        toks = doc.tokens[sent.token_start:sent.token_end]
        assert len(rows) == len(words) == len(toks)
        for k, (w, t, g) in enumerate(zip(words, toks, rows)):
            assert (w.ti, w.start, w.end, w.text, w.prefix) == (sent.token_start + k, t.start, t.end, t.text, t.prefix)
            assert (w.norm, w.stem, w.punct, w.cue, w.trig) == g[:5]


def test_flags_agree_with_the_view_and_build_no_words():
    doc = _coded()
    structure._LAST[0] = None
    sent = doc.sentences[0]
    lex = get_lexicon(sentence_lang(doc, sent))
    rows, cands, speech, endp, directive = sentence_flags(doc, sent, lex)
    assert (sent.start, lex.lang) not in structure._LAST[1]   # the view alone builds no words
    words, cands2, speech2, endp2, directive2 = sentence_view(doc, sent, lex)
    assert (cands, speech, endp, directive) == (cands2, speech2, endp2, directive2)
    assert cands == [k for k, w in enumerate(words) if w.trig[1]]
    assert endp == [k for k, w in enumerate(words) if w.punct and w.text in ",،;؛:.!?؟"]
    assert speech == [k for k, w in enumerate(words) if "speech" in w.cue]


def test_tokens_have_every_field_of_the_class_call():
    text = "قالت الحكومة إن الوفد سيزور بيروت. Officials said talks resumed."
    toks = tokenize(text, 0, len(text), "ar", sentence=3, index0=7)
    assert toks
    for k, t in enumerate(toks):
        assert Token(*_all_fields(t)) == t
        assert (t.index, t.sentence) == (7 + k, 3)


def test_lookup_without_an_entry_is_empty_and_with_one_finds_it():
    lex = lexicon("ar")
    assert lex._lookup("طاولة") == []
    hits = lex._lookup("اعتقلت")
    assert hits and all(h.cameo for h in hits)
