"""The numpy CRF decoder (marsad.lang.crf_viterbi) against python-crfsuite: same tags, sentence by
sentence and batched, on sentences written for these tests, edge cases, and the ANERcorp dev part."""
import itertools
import random

import numpy as np
import pytest

from marsad.lang import crf_viterbi, ner
from marsad.lang.tokenize import tokenize

SENTENCES = [
    "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن بلاده ستدعم الحكومة الجديدة .",
    "وصل وزير الخارجية التركي مولود جاويش أوغلو إلى موسكو للقاء نظيره سيرغي لافروف .",
    "التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش رئيس الوزراء في بغداد .",
    "أعلنت وزارة الدفاع الأمريكية (البنتاغون) أن قواتها نفذت غارة قرب الحدود السورية العراقية .",
    "ونقلت وكالة الأنباء الألمانية عن مصدر في الشرطة أن المتظاهرين تجمعوا أمام البرلمان في برلين .",
    "وقالت منظمة الصحة العالمية في بيان صدر الثلاثاء إن عدد الإصابات ارتفع إلى 1200 حالة .",
    "وأكد المتحدث باسم الاتحاد الأوروبي بيتر ستانو أن بروكسل تتابع الوضع في سان بطرسبرغ عن كثب .",
    "اجتمع مجلس الأمن الدولي في نيويورك بطلب من روسيا والصين لبحث الأزمة .",
    "تصوير : سارة الحمدان / رويترز",
    "«لن نقبل بأي تسوية» ، قال قائد الجيش السوداني عبد الفتاح البرهان في الخرطوم .",
    "NATO و EU أصدرا بيانا مشتركا حول Ukraine .",
    "نعم .",
]


def words(text):
    return [t.text for t in tokenize(text, 0, len(text), "ar")]


@pytest.fixture(scope="module")
def tg():
    t = ner.Tagger(engine="numpy")
    assert t.decoder is not None and t._fast()
    return t


def test_agrees_with_crfsuite_sentence_by_sentence_and_batched(tg):
    ws = [words(s) for s in SENTENCES]
    ref = [tg.tag_crfsuite(w) for w in ws]
    assert [tg.tag(w) for w in ws] == ref
    assert tg.tag_many(ws) == ref
    # sentences of different lengths in one batch, in several orders (lanes end at different steps)
    rnd = random.Random(7)
    for _ in range(5):
        order = list(range(len(ws)))
        rnd.shuffle(order)
        assert tg.tag_many([ws[i] for i in order]) == [ref[i] for i in order]
    # the tagger finds the names at all (the comparison is not between two empty outputs)
    assert sum(t != "O" for tags in ref for t in tags) >= 20


def test_edge_cases(tg):
    long = words(" ".join(SENTENCES[:8]) * 3)          # one very long "sentence" (~400 tokens)
    assert len(long) > 300
    cases = [[], ["قال"], ["باريس"], [".", "،", "!"], ["«", "»"], ["Reuters", "AFP", "BBC"],
             ["2022", "١٤٤٤", "12:30"], ["وبواشنطن"], long, [""], ["a b"]]
    for w in cases:
        assert tg.tag(w) == tg.tag_crfsuite(w), w
    got = tg.tag_many(cases)
    assert got == [tg.tag_crfsuite(w) for w in cases]
    assert got[0] == [] and tg.tag_many([]) == [] and tg.tag_many([[], []]) == [[], []]


def test_escape_hatch_env_and_engines_agree(monkeypatch):
    monkeypatch.setenv("MARSAD_NER_TAGGER", "crfsuite")
    t_c = ner.Tagger()
    assert t_c.engine == "crfsuite" and t_c.decoder is None
    monkeypatch.delenv("MARSAD_NER_TAGGER")
    t_n = ner.Tagger()
    assert t_n.engine == "numpy" and t_n.decoder is not None
    ws = [words(s) for s in SENTENCES]
    assert t_c.tag_many(ws) == t_n.tag_many(ws) == [t_c.tag(w) for w in ws]
    assert t_c.known == t_n.known
    with pytest.raises(ValueError):
        ner.Tagger(engine="cuda")


def test_biased_model_agrees(tg):
    ws = [words(s) for s in SENTENCES]
    n0 = sum(x != "O" for tags in tg.tag_many(ws) for x in tags)
    for bias in ({"O": -3.0}, {"O": 0.6}):
        t = ner.Tagger(bias=bias, engine="numpy")
        got = t.tag_many(ws)
        assert got == [t.tag_crfsuite(w) for w in ws]
        o = t.decoder.model.labels.index("O")
        b = t.decoder.bias_row
        assert t.decoder.W[b, o] == pytest.approx(tg.decoder.W[b, o] + bias["O"])
        if bias["O"] < 0:       # recall-biased decoding tags more tokens
            assert sum(x != "O" for tags in got for x in tags) > n0


def test_token_level_feature_groups_fall_back_to_crfsuite(tg, monkeypatch):
    monkeypatch.setattr(ner, "FEATS", set(ner.FEATS) | {"CUE"})
    assert not tg._fast()
    w = words(SENTENCES[0])
    assert tg.tag(w) == tg.tag_crfsuite(w)


def test_word_table_bound_and_reset(tg, monkeypatch):
    ws = [words(s) for s in SENTENCES]
    ref = tg.tag_many(ws)
    dec = crf_viterbi.NerDecoder(open(tg.path, "rb").read())
    monkeypatch.setattr(dec, "MAX_WORDS", 40)        # cleared several times while tagging
    resets = 0
    for w, r in zip(ws, ref):
        n0 = dec.n
        assert [dec.labels[i] for i in dec.tag_ids([w])[0]] == r
        resets += dec.n < n0
        assert dec.n <= 40 + len(set(w)) + 1
    assert resets >= 2
    # a batch larger than the bound still works (the table holds one batch at least)
    assert [[dec.labels[i] for i in p] for p in dec.tag_ids(ws)] == ref


def _crfsuite_viterbi(E, T):
    """crfsuite's crf1d_viterbi, line by line (strict '<': the first maximum wins)."""
    n, L = E.shape
    alpha = [list(E[0])]
    back = [None]
    for t in range(1, n):
        cur, bk = [], []
        for j in range(L):
            best, arg = -np.inf, -1
            for i in range(L):
                s = alpha[-1][i] + T[i, j]
                if best < s:
                    best, arg = s, i
            bk.append(arg)
            cur.append(best + E[t, j])
        alpha.append(cur)
        back.append(bk)
    best, last = -np.inf, 0
    for i in range(L):
        if best < alpha[-1][i]:
            best, last = alpha[-1][i], i
    path = [last]
    for t in range(n - 1, 0, -1):
        path.append(back[t][path[-1]])
    return path[::-1]


def test_viterbi_many_matches_crfsuite_rule_and_brute_force():
    rnd = np.random.default_rng(3)
    L = 3
    for trial in range(60):
        lengths = rnd.integers(1, 7, size=rnd.integers(1, 6))
        # integer scores make exact ties common: the tie rule must be crfsuite's
        T = rnd.integers(-2, 3, size=(L, L)).astype(float) if trial % 2 else rnd.normal(size=(L, L))
        seqs = [rnd.integers(-2, 3, size=(n, L)).astype(float) if trial % 2 else rnd.normal(size=(n, L))
                for n in lengths]
        rows, starts = [np.zeros((2, L))], []
        for e in seqs:
            starts.append(sum(len(r) for r in rows))
            rows += [e, np.zeros((2, L))]
        E = np.concatenate(rows)
        got = crf_viterbi.viterbi_many(E, np.array(starts), np.array(lengths), T)
        for e, g in zip(seqs, got):
            assert g == _crfsuite_viterbi(e, T)
            if trial % 2 == 0:      # continuous scores: no ties, the best path by enumeration
                best = max(itertools.product(range(L), repeat=len(e)),
                           key=lambda p: sum(e[t, p[t]] for t in range(len(e))) + sum(T[p[t - 1], p[t]] for t in range(1, len(e))))
                assert tuple(g) == best


def test_model_arrays_match_the_file(tg):
    m = tg.decoder.model
    assert m.labels and set(m.labels) == set(tg.raw_labels)
    assert len(m.attr) == len(tg.known) and m.W.shape == (len(m.attr) + 1, len(m.labels))
    assert not m.W[-1].any() and m.T.shape == (len(m.labels), len(m.labels))
    assert np.abs(m.T).sum() > 0
    with pytest.raises(ValueError):
        crf_viterbi.CRFModel(b"not a model" * 10)


def test_anercorp_dev_identical_to_crfsuite(shared_dir, tg):
    """Every sentence of our ANERcorp dev part (last 10 % of train.txt) gets the same tags."""
    from marsad.lang.corpora import read_conll
    sents = list(read_conll(shared_dir / "data" / "ner" / "anercorp" / "train.txt", keep_gpe=False))
    dev = [w for w, _ in sents[len(sents) - int(round(len(sents) * 0.1)):]]
    ref = [tg.tag_crfsuite(w) for w in dev]
    got = tg.tag_many(dev)
    diff = [i for i, (a, b) in enumerate(zip(ref, got)) if a != b]
    assert len(dev) > 300 and not diff, f"{len(diff)} of {len(dev)} dev sentences differ"
    # in document-sized batches too
    for k in range(0, len(dev), 37):
        assert tg.tag_many(dev[k:k + 37]) == ref[k:k + 37]
