"""tokenize() keeps a per-word cache of analysed Token fields; the data builders and trainers
(ner_build, ner_train) invalidate word analyses with ``tokenize._cache.clear()`` after rebuilding
the lexicon, and that must invalidate tokenize()'s cache too (else stale stems/norms survive)."""
from marsad.lang import tokenize as tokmod


def test_clearing_the_analysis_cache_refreshes_tokenize(monkeypatch):
    w = "والمتظاهرون"
    before = tokmod.tokenize(w, lang="ar")[0]
    tokmod._cache.clear()
    # a rebuilt lexicon that analyses the word differently (no clitics)
    monkeypatch.setattr(tokmod, "analyse", lambda word: (0, len(word), "X" + word, False))
    after = tokmod.tokenize(w, lang="ar")[0]
    assert after.norm == "X" + w and after.prefix == "", (before, after)
    tokmod._cache.clear()
