"""Session 13 speed (SPD2): the memos and pre-checks added for speed give what the code without them gives.  The
sentences and articles are our own."""
from __future__ import annotations

import pytest

from marsad.coding import hazards
from marsad.coding.structure import get_lexicon, sentence_lang, words_of
from marsad.lang import columns

from events_helpers import full

QUAKE_AR = ("ضرب زلزال بقوة ست درجات مدينة تبريز شمال غرب إيران فجر الخميس، ما أدى إلى مقتل أربعة أشخاص.\n\n"
            "واجتاحت السيول قرى في محافظة حضرموت اليمنية، فيما قصفت طائرات حربية مواقع للمسلحين شمال المحافظة.\n\n"
            "واجتاحت موجة من الاحتجاجات مدن الجنوب، وعرضت السعودية تقديم مساعدات عاجلة للمتضررين.\n")
STORM_EN = ("A powerful cyclone battered the coast of Mozambique on Sunday, killing nine people.\n\n"
            "Gunmen attacked a police post in the north of the country, the army said.\n\n"
            "South Africa and Malawi offered emergency aid to the stricken provinces.\n")
NO_HAZARD = ("Police arrested twelve protesters outside the parliament in Nairobi on Friday.\n\n"
             "Kenya and Uganda offered aid to refugees from the fighting.\n")


def _coded_words(doc):
    for sent in doc.sentences:
        lang = sentence_lang(doc, sent)
        yield lang, words_of(doc, sent, get_lexicon(lang))


@pytest.mark.parametrize("text", [QUAKE_AR, STORM_EN, NO_HAZARD])
def test_listing_memo_is_the_listed_test(text):
    doc = full(text, published_at="2026-11-20")
    forms = hazards._forms()
    n = 0
    for lang, words in _coded_words(doc):
        f = forms.get(lang)
        memo = hazards._listing(f)
        for w in words:
            want = (1 if hazards.listed(w, f[0]) else 0) | (2 if hazards.listed(w, f[2]) else 0)
            got = memo.get(w.stem or w.norm)
            if got is None:
                got = hazards._listed_flags(w, f, memo)
            assert got == want, w.text
            n += bool(want)
    assert n >= (0 if text is NO_HAZARD else 1)   # the hazard nouns of the text were seen


def test_drop_natural_with_and_without_memo():
    for text in (QUAKE_AR, STORM_EN):
        doc = full(text, published_at="2026-11-20")
        for lang, words in _coded_words(doc):
            evs = [e for e in doc.events if words and words[0].start <= e.trigger_start < words[-1].end]
            assert hazards.drop_natural(words, evs, lang) == hazards.drop_natural(words, evs, lang, memo=False)
    # the quake, the floods and the cyclone attack no one; the airstrike and the gunmen stay attacks
    ar, en = full(QUAKE_AR, published_at="2026-11-20"), full(STORM_EN, published_at="2026-11-20")
    assert [e.trigger for e in ar.events if e.plover_type == "ASSAULT"] == ["قصفت"]
    assert [e.trigger for e in en.events if e.plover_type == "ASSAULT"] == ["attacked"]


@pytest.mark.parametrize("text,want", [
    (QUAKE_AR, [(0, "IRN"), (1, "YEM")]),
    (STORM_EN, [(0, "MOZ")]),
    (NO_HAZARD, []),   # no hazard noun in the document: the pre-check answers
])
def test_disaster_sentences_precheck(text, want):
    doc = full(text, published_at="2026-11-20")
    assert hazards.disaster_sentences(doc, sentence_lang) == want
    assert hazards.disaster_sentences(doc, sentence_lang, precheck=False) == want


def test_aid_goes_to_the_stricken_country_after_the_precheck():
    doc = full(STORM_EN, published_at="2026-11-20")
    assert sorted((e.source_country, e.target_country) for e in doc.events if e.cameo == "033") == [
        ("MWI", "MOZ"), ("ZAF", "MOZ")]
    guard = full(NO_HAZARD, published_at="2026-11-20")   # no disaster: the refugees' aid gets no stricken country
    assert all(e.target_country is None for e in guard.events if e.cameo == "033")


def test_token_norm_set_column():
    doc = full(QUAKE_AR)
    got = columns.token_norm_set(doc)
    assert got == frozenset(t.norm for t in doc.tokens)
    assert columns.token_norm_set(doc) is got   # built once per document
    other = full(STORM_EN)
    assert columns.token_norm_set(other) == frozenset(t.norm for t in other.tokens)
