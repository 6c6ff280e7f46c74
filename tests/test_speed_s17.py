"""Session 17 speed (SPD): each shortcut gives what the plain code gives.  The sentences and articles are our own."""
from __future__ import annotations

import math
import re

from marsad import resources
from marsad.coding import detect, structure
from marsad.coding.structure import form_set, get_lexicon, has_any, has_any_form, kind_sets, sentence_lang, words_of
from marsad.stages import actors

from events_helpers import find, full

ARTICLE_AR = ("قصفت طائرات حربية بحادث منفصل مواقع للمسلحين شمال مدينة حلب فجر الخميس، وقتل ثلاثة مدنيين.\n\n"
              "وقال الجانبان الروسي والتركي في بيان مشترك إن المحادثات ستستأنف الأسبوع المقبل في أنقرة.\n\n"
              "وتظاهر المئات أمام مبنى البلدية احتجاجا على انقطاع الكهرباء.\n")
ARTICLE_EN = ("Police in Nairobi arrested twelve students on Monday after a march on the education ministry.\n\n"
              "Thousands of teachers protested outside parliament later in the day, union officials said.\n")


def _plain_has_any(words, forms):
    return any(w.norm in forms for w in words)


def _plain_has_any_form(words, forms):
    return any(w.norm in forms or w.stem in forms for w in words)


def _sentences(doc):
    for sent in doc.sentences:
        lang = sentence_lang(doc, sent)
        yield words_of(doc, sent, get_lexicon(lang))


def test_has_any_with_the_norm_set_is_the_word_scan():
    doc = full(ARTICLE_AR, published_at="2026-11-20")
    lists = [w for w in _sentences(doc) if w]
    assert len(lists) >= 3
    probes = [frozenset(["مواقع"]), frozenset(["حادث"]), frozenset(["الجانبان", "لا-يوجد"]), frozenset(["بيان"]),
              frozenset(["الكهرباء"]), frozenset(["لا-يوجد"]), frozenset()]
    # every list against every probe, twice and interleaved: the set of the last list must never answer for another
    for _ in range(2):
        for words in lists + lists[::-1]:
            for forms in probes:
                assert has_any(words, forms) == _plain_has_any(words, forms)
                assert has_any_form(words, forms) == _plain_has_any_form(words, forms)


def test_has_any_form_reads_the_stem_of_a_clitic_word():
    doc = full(ARTICLE_AR, published_at="2026-11-20")
    words = next(w for w in _sentences(doc) if any(x.text == "بحادث" for x in w))
    w = next(x for x in words if x.text == "بحادث")
    assert w.stem and w.stem != w.norm
    stem_only = frozenset([w.stem])
    # the clitic form opens the stem gate (the same answers as the scans)
    assert has_any_form(words, stem_only) is True
    assert has_any(words, stem_only) == _plain_has_any(words, stem_only)
    # guard: a form in no word of the sentence opens neither
    assert not has_any(words, frozenset(["مظاهرة"])) and not has_any_form(words, frozenset(["مظاهرة"]))


def test_second_nisba_scan_is_the_old_pattern():
    old = re.compile(r"(?<!\S)و\S{3,}(?:ي|ى|ية|يه)(?!\w)")
    texts = [ARTICLE_AR, "والتركي في أول النص", "الجانبان الروسي\nوالتركي", "xوالتركي", "ووالتركي", "و",
             "الرئيسين الأمريكي والصيني.", "وزيرا الخارجية المصري والسعودية، ثم", "(والقطري) والعمانيه"]
    for t in texts:
        assert [m.span() for m in actors._SECOND_NISBA.finditer(t)] == [m.span() for m in old.finditer(t)], t
    # guard: a word that only ends in ي without the leading و is no second nisba
    assert actors._SECOND_NISBA.search("الجانب الروسي") is None


def test_dual_nationalities_still_give_both_countries():
    doc = full(ARTICLE_AR, published_at="2026-11-20")
    countries = {a.country for a in doc.actors if a.country}
    assert {"RUS", "TUR"} <= countries


def test_same_day_phrase_still_dates_by_the_day_named_before():
    doc = full(ARTICLE_EN, published_at="2026-11-20")   # a Friday; "on Monday" is 2026-11-16
    protest = find(doc, "14")
    assert protest and all(e.date == "2026-11-16" for e in protest)


def test_score_is_the_generator_sum():
    m = detect.model()
    assert m
    typ = next(iter(m["types"]))
    w = m["types"][typ]["weights"]
    known = sorted(w)[:40]
    for feats in (known, known[::3] + ["no-such-feature"] * 3, ["bias"], []):
        z = sum(w.get(x, 0.0) for x in set(feats))
        assert detect.score(feats, typ) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_word_lists_are_resources_cached_objects():
    f = form_set("participles_ar.tsv")
    assert f is resources._cache[("coding.form_set", "participles_ar.tsv")]
    k = kind_sets("deaths.tsv", ("gate",), by_lang=True)
    assert k is resources._cache[("coding.kind_sets", "deaths.tsv", ("gate",), True)]
    # the fast path reads resources' own table: after clear_cache it reloads (an equal list, a new object)
    saved = dict(resources._cache)
    try:
        resources.clear_cache()
        f2 = form_set("participles_ar.tsv")
        assert f2 == f and f2 is not f and f2 is resources._cache[("coding.form_set", "participles_ar.tsv")]
    finally:
        resources._cache.clear()
        resources._cache.update(saved)   # (the other tests keep the loaded state)
    assert structure._LOADED is resources._cache
