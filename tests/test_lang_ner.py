"""Arabic CRF NER, English entities and the sentences/mentions stages, on sentences written for these tests."""

import pytest

from marsad.lang import ner, ner_en
from marsad.lang.tokenize import tokenize
from marsad.model import Document, Segment
from marsad.pipeline import PipelineConfig
from marsad.stages.mentions import MentionStage
from marsad.stages.sentences import SentenceStage


def ents(text, lang="ar"):
    toks = tokenize(text, 0, len(text), lang)
    words = [t.text for t in toks]
    tags = ner.tag_words(words) if lang == "ar" else ner_en.tag_tokens(words)
    out, i = [], 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + tags[i][2:]:
            j += 1
        out.append((" ".join(words[i:j]), tags[i][2:]))
        i = j
    return out


def test_model_is_small_and_loads():
    # (its load time is measured by bench/bench_lang.py, not asserted here)
    from marsad.resources import data_path
    p = data_path("models", ner.MODEL_NAME)
    assert p.stat().st_size < 50e6
    assert ner.Tagger(p) is not None


@pytest.mark.parametrize("text,expected", [
    ("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن بلاده ستدعم الحكومة الجديدة .",
     [("إيمانويل ماكرون", "PERS"), ("باريس", "GPE")]),
    ("وصل وزير الخارجية التركي مولود جاويش أوغلو إلى موسكو للقاء نظيره سيرغي لافروف .",
     [("مولود جاويش أوغلو", "PERS"), ("موسكو", "GPE"), ("سيرغي لافروف", "PERS")]),
    ("التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش رئيس الوزراء في بغداد .",
     [("أنطونيو غوتيريش", "PERS"), ("بغداد", "GPE")]),
])
def test_arabic_entities(text, expected):
    got = ents(text)
    for e in expected:
        assert e in got, (e, got)


def test_gpe_from_loc_with_clitic():
    words = ["زار", "الوفد", "وعمان"]
    tags = ner.to_gpe(words, ["O", "O", "B-LOC"])
    assert tags[2] == "B-GPE"
    assert ner.to_gpe(["عبر", "البحر", "الأحمر"], ["O", "B-LOC", "I-LOC"])[1] == "B-LOC"


def test_english_caption_entities():
    text = ("Foreign Minister of Egypt Sameh Shoukry and Secretary General of the Arab League Ahmed Aboul Gheit "
            "attend a meeting in Cairo, Egypt March 3, 2021.")
    got = ents(text, "en")
    for e in [("Egypt", "GPE"), ("Sameh Shoukry", "PERS"), ("Arab League", "ORG"), ("Ahmed Aboul Gheit", "PERS"),
              ("Cairo", "GPE")]:
        assert e in got, (e, got)
    assert not any(t == "March" or t.startswith("Foreign") for t, _ in got)


def _doc():
    body = "وقال وزير الخارجية الأردني أيمن الصفدي في عمان إن الاجتماع المقبل سيعقد في الرياض. وأضاف أن بلاده مستعدة."
    cap = "Jordanian Foreign Minister Ayman Safadi speaks in Amman, Jordan."
    ad = "إعلان"
    text = f"{body}\n{cap}\n{ad}"
    segs = [Segment("b", "body", 0, len(body), "ar"),
            Segment("c", "caption", len(body) + 1, len(body) + 1 + len(cap), "en"),
            Segment("a", "ad", len(body) + 2 + len(cap), len(text), None)]
    d = Document.from_text(text)
    d.segments = segs
    cfg = PipelineConfig()
    return MentionStage(cfg)(SentenceStage(cfg)(d))


def test_stages_fill_sentences_tokens_mentions():
    d = _doc()
    assert [s.segment_kind for s in d.sentences] == ["body", "body", "caption"]
    assert all(s.segment_kind != "ad" for s in d.sentences)
    for i, s in enumerate(d.sentences):
        toks = d.tokens[s.token_start:s.token_end]
        assert toks and all(t.sentence == i for t in toks)
        assert toks[0].start >= s.start and toks[-1].end <= s.end
    assert [t.index for t in d.tokens] == list(range(len(d.tokens)))
    assert d.sentences[2].lang == "en" and d.sentences[2].paragraph == 1
    m = {(x.text, x.type) for x in d.mentions}
    assert ("أيمن الصفدي", "PERS") in m
    assert ("عمان", "GPE") in m
    assert ("Ayman Safadi", "PERS") in m and ("Amman", "GPE") in m
    for x in d.mentions:
        assert d.text[x.start:x.end] == x.text
        assert x.source == "ner"
        toks = d.tokens[x.token_start:x.token_end]
        assert toks[0].stem_start == x.start


def test_mention_excludes_proclitic():
    text = "وصل الوفد لواشنطن أمس ."
    d = Document.from_text(text)
    d.segments = [Segment("b", "body", 0, len(text), "ar")]
    cfg = PipelineConfig()
    d = MentionStage(cfg)(SentenceStage(cfg)(d))
    assert [(x.text, x.type) for x in d.mentions] == [("واشنطن", "GPE")]


def test_segment_without_lang_uses_script():
    text = "The delegation arrived in Geneva on Monday."
    d = Document.from_text(text)
    d.segments = [Segment("b", "body", 0, len(text), None)]
    d = SentenceStage(PipelineConfig())(d)
    assert d.sentences[0].lang == "en"


def test_document_consistency_surname_and_demonym():
    text = ("استقبل الرئيس الروسي فلاديمير بوتين في موسكو ضيفه . "
            "وقال بوتين إن العلاقات جيدة . وأضاف مسؤول روسي أن الزيارة مهمة .")
    d = Document.from_text(text)
    d.segments = [Segment("b", "body", 0, len(text), "ar")]
    cfg = PipelineConfig()
    d = MentionStage(cfg)(SentenceStage(cfg)(d))
    got = [(m.text, m.type) for m in d.mentions]
    assert ("فلاديمير بوتين", "PERS") in got
    assert got.count(("بوتين", "PERS")) == 1          # the later bare surname is a person too
    assert not any(t == "روسي" for t, _ in got)        # a demonym alone is not an entity
    assert [m.start for m in d.mentions] == sorted(m.start for m in d.mentions)


def test_propagate_names_within_window():
    words = [["التقى", "سيرغي", "لافروف", "نظيره"], ["وقال", "لافروف", "إن"], ["أمس"], ["لافروف"]]
    tags = [["O", "B-PERS", "I-PERS", "O"], ["O", "O", "O"], ["O"], ["O"]]
    out = ner.propagate(words, [list(t) for t in tags], window=1)
    assert out[1] == ["O", "B-PERS", "O"]
    assert out[3] == ["O"]                       # three sentences away: outside the window
    out = ner.propagate(words, [list(t) for t in tags], window=0)
    assert out[3] == ["B-PERS"]
    assert out[0] == tags[0]


def test_cluster_and_cue_features():
    cl = ner.clusters()
    assert len(cl) > 1000
    words = ["أعلنت", "شركة", "مايكروسوفت", "في", "باريس"]
    feats = ner.sentence_features(words)
    assert any(f.startswith("c0=") for f in feats[4])                 # a common city has a cluster
    assert "-1:g=CUE_ORG" in feats[2]                                  # cue word before the name
    assert "g=ORGM" in feats[2]


def test_stack_features_document_label():
    words = [["قال", "لافروف", "إن"], ["التقى", "سيرغي", "لافروف"]]
    tags = [["O", "O", "O"], ["O", "B-PERS", "I-PERS"]]
    sf = ner.stack_features(words, tags)
    assert "dl=PERS" in sf[0][1] and "p1=O" in sf[0][1]
    assert "p1=I-PERS" in sf[1][2] and "p1-1=B-PERS" in sf[1][2]
    assert not any(f.startswith("dl=") for f in sf[0][0])


# -- recall-biased decoding, marginals, BIOES, one-word propagation -----------------------------------
# a sentence with near-tie names (a club named with common words, a made-up stadium) so the O shift changes output
_BIAS_TEXT = ("وأكد المدرب الهولندي ماركو فان بيركوم أن فريق أولمبيك ريفادو سيواجه نادي الوحدة الرياضي "
              "في ملعب سان دونيرو يوم الخميس المقبل .")


def _n_entity_tokens(tags):
    return sum(t != "O" for t in tags)


def test_bias_decoding_moves_output_in_the_expected_direction():
    from marsad.resources import data_path
    words = _BIAS_TEXT.split()
    plain = ner.Tagger(bias={}).tag(words)
    more = ner.Tagger(bias={"O": -3.0}).tag(words)      # O made cheaper to leave: more entity tokens
    fewer = ner.Tagger(bias={"O": 3.0}).tag(words)      # O favoured: fewer
    assert _n_entity_tokens(more) > _n_entity_tokens(plain) > _n_entity_tokens(fewer)
    # the file on disk is not modified by decoding with a bias
    with open(data_path("models", ner.MODEL_NAME), "rb") as f:
        raw = f.read()
    assert ner.biased_model(raw, {"O": 0.0}) == raw
    assert ner.biased_model(raw, {"O": -1.0}) != raw


def test_biased_model_rejects_a_model_without_bias_attribute(tmp_path):
    import pycrfsuite
    old = set(ner.FEATS)
    try:
        ner.FEATS.discard("BIAS")
        ner._feat_cache.clear()
        tr = pycrfsuite.Trainer(verbose=False)
        tr.append(ner.sentence_features(["زار", "الوزير", "باريس"]), ["O", "O", "B-LOC"])
        tr.set_params({"max_iterations": 5})
        p = tmp_path / "m.crfsuite"
        tr.train(str(p))
    finally:
        ner.FEATS.clear()
        ner.FEATS.update(old)
        ner._feat_cache.clear()
    with pytest.raises(ValueError):
        ner.biased_model(p.read_bytes(), {"O": -1.0})


def test_crf_marginals_shape_and_agreement_with_viterbi():
    import numpy as np
    words = "التقى وزير الخارجية الفرنسي جان نويل بارو في القاهرة نظيره المصري .".split()
    labels = ner.crf_labels()
    assert labels[0] == "O" and "B-PERS" in labels and all(x[:2] in ("B-", "I-") for x in labels[1:])
    m = ner.crf_marginals(ner.sentence_features(words))
    assert m.shape == (len(words), len(labels))
    assert np.allclose(m.sum(1), 1.0, atol=1e-6)
    best = [labels[j] for j in m.argmax(1)]
    vit = ner.tagger().tag(words)
    assert sum(a == b for a, b in zip(best, vit)) >= len(words) - 1
    assert m[words.index("القاهرة"), labels.index("B-LOC")] > 0.5


def test_to_bioes():
    assert ner.to_bioes(["B-PERS", "I-PERS", "O", "B-LOC", "I-PERS", "B-ORG", "I-ORG", "I-ORG"]) == \
        ["B-PERS", "E-PERS", "O", "S-LOC", "S-PERS", "B-ORG", "I-ORG", "E-ORG"]


def test_propagate_single_word_names():
    words = [["وصل", "تروتنيكوف", "إلى", "المدينة"], ["وقال", "تروتنيكوف", "إن"], ["وقال", "إن"]]
    tags = [["O", "B-PERS", "O", "O"], ["O", "O", "O"], ["O", "O"]]
    out = ner.propagate(words, [list(t) for t in tags], window=0, single=0)
    assert out[1] == ["O", "O", "O"]                     # one-word names are not propagated by default ...
    out = ner.propagate(words, [list(t) for t in tags], window=0, single=4)
    assert out[1] == ["O", "B-PERS", "O"]                # ... unless asked for
    out = ner.propagate([["في", "مدينة"], ["في"]], [["O", "B-LOC"], ["B-LOC"]], window=0, single=4)
    assert out[1] == ["B-LOC"]                           # tagged words stay as they are


def test_foreign_name_features():
    f = ner._foreign("كوزلوفسكي")
    assert "fx=eسكي" in f and "fx=c5" in f
    assert "fx=let" in ner._foreign("گرجي") and "fx=let" not in f
    assert not any(x.startswith("fx=e") for x in ner._foreign("المستشفى"))


def test_known_attribute_filter_keeps_the_output():
    tg = ner.tagger()
    words = "وقال المتحدث باسم شركة فولكسفاغن يورغن شتاينهوفر في برلين إن المصنع سيغلق .".split()
    full = ner.sentence_features(words)
    cut = ner.sentence_features(words, tg.known)
    assert all(set(c) == set(f) & tg.known for f, c in zip(full, cut))
    assert sum(map(len, cut)) < sum(map(len, full))
    assert tg._t.tag(full) == tg._t.tag(cut)


def test_name_likeness_separates_names_from_words():
    nl = ner.namelike()
    def p_bucket(w):
        return int(next(x for x in nl.feats(w) if x.startswith("nmP="))[4:])
    for name in ("كوستانتينوف", "ماريتشيلو", "فيرنانديز"):
        for word in ("الاجتماعات", "مستشفيات", "يستعدون"):
            assert p_bucket(name) > p_bucket(word), (name, word)
    assert "nm=W" in nl.feats("المفاوضات"[2:])


def test_propagate_retype_surname_option():
    words = [["وصل", "سيرغي", "ريابكوف", "أمس"], ["وقال", "ريابكوف", "إن"]]
    tags = [["O", "B-PERS", "I-PERS", "O"], ["O", "B-ORG", "O"]]
    assert ner.propagate(words, [list(t) for t in tags], retype=False)[1][1] == "B-ORG"
    assert ner.propagate(words, [list(t) for t in tags], retype=True)[1][1] == "B-PERS"


def test_wordfreq_table_loaded_and_used_by_the_model():
    wf = ner.wordfreq_table()
    assert len(wf) > 50_000
    # a very common noun: high Zipf band, mostly seen with the article
    own, ctx = ner._wf_feats("حكومه")
    band = int(next(x for x in own if x.startswith("zs="))[3:])
    art = int(next(x for x in own if x.startswith("za="))[3:])
    assert band >= 9 and art >= 3, own
    # a made-up transliterated surname: absent from the table
    assert ner._wf_feats("زبروفنكيتش") == (["zs=NA"], "z=NA")
    # a foreign name: known, but almost never with the article
    own, _ = ner._wf_feats("غوتيريش")
    assert "za=0" in own and int(own[0][3:]) < band
    # the features reach the CRF (own word and neighbours) and the shipped model knows them
    feats = ner.sentence_features("وقال المتحدث باسم الحكومة إن".split())
    assert any(f.startswith("zs=") for f in feats[3]) and any(f.startswith("+1:z=") for f in feats[2])
    known = ner.tagger().known
    assert "WF" in ner.FEATS and any(a.startswith("zs=") for a in known) and any(a.startswith("-1:z=") for a in known)


def test_mention_id_is_stable_id():
    from marsad.model import stable_id
    from marsad.stages.mentions import mention_id
    for args in (("a1b2c3d4e5f6a7b8", 0, 5, "PERS"), ("doc-x", 1234, 1240, "GPE"), ("", 7, 9, "MISC")):
        assert mention_id(*args) == stable_id(args[0], "m", args[1], args[2], args[3])
    d = _doc()
    SentenceStage(PipelineConfig())(d)
    MentionStage(PipelineConfig())(d)
    assert d.mentions and all(m.id == stable_id(d.id, "m", m.start, m.end, m.type) for m in d.mentions)


def test_mentions_stage_same_with_crfsuite_engine(monkeypatch):
    """The stage's batched numpy decode gives the mentions the per-sentence crfsuite decode gives."""
    from marsad.resources import _cache
    d1 = _doc()
    SentenceStage(PipelineConfig())(d1)
    MentionStage(PipelineConfig())(d1)
    monkeypatch.setitem(_cache, "lang.ner.tagger", ner.Tagger(engine="crfsuite"))
    d2 = _doc()
    SentenceStage(PipelineConfig())(d2)
    MentionStage(PipelineConfig())(d2)
    assert [(m.id, m.type, m.text) for m in d1.mentions] == [(m.id, m.type, m.text) for m in d2.mentions]
    assert any(m.type == "PERS" for m in d1.mentions)


def test_mentions_spans_equal_bio_spans():
    import random
    from marsad.lang.corpora import bio_spans
    from marsad.stages.mentions import spans
    rnd = random.Random(5)
    alphabet = ["O", "O", "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "I-ORG", "B-GPE", "I-GPE", "X", "B-"]
    for _ in range(3000):
        tags = [rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))]
        assert spans(tags) == bio_spans(tags), tags
    assert spans(["B-PERS", "I-PERS", "I-LOC", "O", "I-ORG"]) == [(0, 2, "PERS"), (2, 3, "LOC"), (4, 5, "ORG")]


def test_emit_gpe_relabel_same_as_to_gpe():
    """The stage relabels LOC -> GPE while emitting; same mentions as ner.to_gpe then emitting."""
    from marsad.stages.mentions import _emit
    d = _doc()
    SentenceStage(PipelineConfig())(d)
    s = d.sentences[0]
    toks = d.tokens[s.token_start:s.token_end]
    words = [t.text for t in toks]
    gz = ner.gazetteer().single
    n = len(words)
    import random
    rnd = random.Random(1)
    for _ in range(200):
        tags = [rnd.choice(["O", "O", "B-LOC", "I-LOC", "B-PERS", "I-PERS", "I-ORG"]) for _ in range(n)]
        d.mentions = []
        _emit(d, 0, toks, list(tags), "ner", 0.8, gz, words)
        fast = [(m.start, m.end, m.type) for m in d.mentions]
        d.mentions = []
        _emit(d, 0, toks, ner.to_gpe(words, list(tags)), "ner", 0.8, gz)
        assert fast == [(m.start, m.end, m.type) for m in d.mentions]
    assert ner.loc_is_gpe(["عمان"]) and not ner.loc_is_gpe(["البحر", "الأحمر"])
