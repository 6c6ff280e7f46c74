"""Conversion helpers of the spaCy NER experiment (scripts/train_ner_spacy.py).

spaCy is not a marsad dependency: the whole module skips when it is not installed.  Sentences are
written for these tests.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_ner_spacy.py"


@pytest.fixture(scope="module")
def mod():
    spec = importlib.util.spec_from_file_location("train_ner_spacy", SCRIPT)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("ar").vocab


WORDS = ["وصل", "وزير", "الخارجية", "الأردني", "أيمن", "الصفدي", "إلى", "دمشق", "قادما",
         "من", "عمان", "للقاء", "ممثلي", "الأمم", "المتحدة", "."]
TAGS = ["O", "O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O",
        "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O"]


def test_bio_to_doc_keeps_our_tokens_and_spans(mod, vocab):
    doc = mod.bio_to_doc(vocab, WORDS, TAGS)
    assert [t.text for t in doc] == WORDS
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (4, 6, "PERS"), (7, 8, "LOC"), (10, 11, "LOC"), (13, 15, "ORG")]
    assert [e.text for e in doc.ents] == ["أيمن الصفدي", "دمشق", "عمان", "الأمم المتحدة"]
    assert mod.doc_to_bio(doc) == TAGS


def test_adjacent_entities_and_stray_inside_tag(mod, vocab):
    # two adjacent locations (B B) stay two entities; an I- after another type starts a new one,
    # as marsad's reader and scorer read it
    words = ["بين", "القاهرة", "الخرطوم", "وفد", "حماس", "غزة"]
    tags = ["O", "B-LOC", "B-LOC", "O", "B-ORG", "I-LOC"]
    doc = mod.bio_to_doc(vocab, words, tags)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(1, 2, "LOC"), (2, 3, "LOC"), (4, 5, "ORG"), (5, 6, "LOC")]
    assert mod.doc_to_bio(doc) == ["O", "B-LOC", "B-LOC", "O", "B-ORG", "B-LOC"]


def test_docbin_round_trip(mod, vocab):
    from spacy.tokens import DocBin
    db = DocBin(attrs=["ENT_IOB", "ENT_TYPE"])
    db.add(mod.bio_to_doc(vocab, WORDS, TAGS))
    back = list(DocBin().from_bytes(db.to_bytes()).get_docs(vocab))
    assert [t.text for t in back[0]] == WORDS
    assert mod.doc_to_bio(back[0]) == TAGS


def test_whitespace_tokenizer_never_splits_clitics_or_punctuation(mod, vocab):
    tk = mod.WhitespaceTokenizer(vocab)
    words = ["وقال", "المتحدث", "باسم", "الجيش", "(", "الإسرائيلي", ")", "،", "إن", "القصف", "استهدف", "بيروت", "."]
    doc = tk(" ".join(words))
    assert [t.text for t in doc] == words


def test_feature_tokenizer_sets_our_attributes(mod, vocab):
    tk = mod.WhitespaceTokenizer(vocab, features=True)
    doc = tk("وأكد الرئيس المصري في القاهرة")
    assert len(doc) == 5
    # clitic-free stem as LEMMA, normalised word as NORM, gazetteer classes as TAG
    assert doc[0].lemma_ == "اكد"
    assert doc[0].norm_.startswith("و")
    assert "CITY" in doc[4].tag_.split("+")
    assert str(doc[4].morph).startswith("Cl=")
    assert all(t.tag_ for t in doc)


def test_config_uses_our_tokenizer_and_extra_attrs(mod):
    cfg = mod.make_config("eff_feats", "a.spacy", "b.spacy", max_steps=123)
    assert cfg["nlp"]["tokenizer"]["@tokenizers"] == "marsad.whitespace.v1"
    assert cfg["nlp"]["tokenizer"]["features"] is True
    emb = cfg["components"]["tok2vec"]["model"]["embed"]
    assert "LEMMA" in emb["attrs"] and len(emb["attrs"]) == len(emb["rows"])
    assert cfg["training"]["max_steps"] == 123
    assert cfg["components"]["tok2vec"]["model"]["encode"]["width"] == 96
    plain = mod.make_config("eff")
    assert plain["nlp"]["tokenizer"]["features"] is False
    assert plain["components"]["tok2vec"]["model"]["embed"]["attrs"] == ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
    assert mod.make_config("wide_feats")["components"]["tok2vec"]["model"]["encode"]["width"] == 256


def test_combine_modes(mod):
    crf = ["B-PERS", "I-PERS", "O", "B-LOC", "O", "O"]
    sp = ["B-PERS", "O", "O", "B-LOC", "O", "B-ORG"]
    assert mod.combine(crf, sp, "crf") == crf
    assert mod.combine(crf, sp, "spacy") == sp
    # CRF spans win; spaCy adds only what overlaps nothing
    assert mod.combine(crf, sp, "union_crf") == ["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG"]
    assert mod.combine(crf, sp, "union_spacy") == ["B-PERS", "O", "O", "B-LOC", "O", "B-ORG"]
    assert mod.combine(crf, sp, "inter") == ["O", "O", "O", "B-LOC", "O", "O"]
    with pytest.raises(ValueError):
        mod.combine(crf, sp, "vote")
