"""Session 45, SPD45: byte-identical speed cuts.  The 904-document dump (bench/dump_outputs.py) is the main check;
these tests pin the two helpers the cuts added, on our own articles: the tokens outside skipped sentences picked in C
from the shared columns (``columns.tokens_outside``), and the inverse memo (key -> words) that ``_surname_tokens``
reads to find the words that may spell a known surname."""
from __future__ import annotations

import pytest

from marsad.actors.lexicon import word_keys
from marsad.lang import columns
from marsad.pipeline import Pipeline
from marsad.stages import actors

_PIPE: list = []

_EN = ("CAIRO, May 4 - Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II on Sunday. The two "
       "leaders discussed the war in Gaza. Sisi said Egypt would keep working for a ceasefire.")
_AR = ("القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي الملك الأردني عبد الله الثاني يوم الأحد. "
       "وقال السيسي إن مصر ستواصل جهودها لوقف إطلاق النار في غزة.")


def _doc(text):
    if not _PIPE:
        _PIPE.append(Pipeline())
    return _PIPE[0](text, published_at="2025-05-04")


def _spans(doc):
    return sorted((a.code, tuple(a.spans)) for a in doc.actors)


@pytest.mark.parametrize("text", [_EN, _AR])
def test_tokens_outside_equals_the_comprehensions(text):
    doc = _doc(text)
    n = len(doc.sentences)
    for skip in [set(), {0}, {n - 1}, {0, n - 1}, set(range(n))]:
        tokens, triples, texts = columns.tokens_outside(doc, skip)
        want = [t for t in doc.tokens if t.sentence not in skip]
        assert tokens == want and all(a is b for a, b in zip(tokens, want))
        assert triples == [(t.start, t.end, t.sentence) for t in want]
        assert texts == [t.text for t in want]


_CAPTION = ("أجرى وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي محادثات في عمّان يوم الثلاثاء حول الحرب "
            "في غزة.\nالصفدي (يمين) وشكري خلال مؤتمر صحفي في عمّان (رويترز)\nوأكد الوزيران رفضهما تهجير الفلسطينيين.")
_HADDAD = ("Syria's government spokesman Walid Haddad met Lebanese officials in Beirut on Tuesday. Speaking after the "
           "meeting, Haddad said both sides agreed to reopen the border crossing.")


@pytest.mark.parametrize("text, surname, code", [(_CAPTION, "وشكري", "EGYGOV"), (_HADDAD, "Haddad", "SYRGOV")])
def test_surname_alone_joins_the_person_through_the_inverse_memo(text, surname, code, monkeypatch):
    doc = _doc(text)
    later = text.rindex(surname)
    assert any(a.code == code and (later, later + len(surname)) in a.spans for a in doc.actors)
    # every word of the document is in the memo, listed under each of its keys, and only there
    for w in columns.token_texts(doc):
        assert actors._WK[w] == word_keys(w)
        for k in word_keys(w):
            assert w in actors._WORDS_OF_KEY[k]
    for k, ws in actors._WORDS_OF_KEY.items():
        assert all(k in actors._WK[w] for w in ws) and len(set(ws)) == len(ws)
    # (the link is _surname_tokens' own: without it the later word is no span of the person)
    monkeypatch.setattr(actors, "_surname_tokens", lambda *a: None)
    assert not any((later, later + len(surname)) in a.spans for a in _doc(text).actors)


@pytest.mark.parametrize("text", [_EN, _AR, _CAPTION, _HADDAD])
def test_cleared_memos_give_the_same_actors(text):
    before = _spans(_doc(text))
    actors._WK.clear()
    actors._WORDS_OF_KEY.clear()
    assert _spans(_doc(text)) == before
