"""Session 33, SPD33: speed-ups that must not change any reading (our own sentences and random documents).

The 904-document dump (bench/dump_outputs.py) and the gold files are the main check; these tests pin each rewritten
place against the behaviour it replaced."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from marsad.coding import counted_states, retold
from marsad.model import Event
from marsad.pipeline import Pipeline

_PIPE: list = []


def _events(text, date="2025-03-04"):
    if not _PIPE:
        _PIPE.append(Pipeline())
    doc = _PIPE[0](text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def _ev(i, start, src, tgt, sentence=0, lang="en"):
    return Event(id=f"e{i}", sentence=sentence, sentence_start=0 if sentence == 0 else 100,
                 sentence_end=99 if sentence == 0 else 200, trigger_start=start, trigger_end=start + 5, trigger="x",
                 cameo="111", root="11", quad_class=3, goldstein=-2.0, plover_type=None, source_code=src,
                 source_country=src, target_code=tgt, target_country=tgt, lang=lang, source_actor_id=src,
                 target_actor_id=tgt)


def test_counted_states_with_vowel_marks_on_the_number_word():
    # the number word with its case vowels (الثلاثُ): the gate looks for the normalised form in the normalised text
    evs = _events("قطعت السعودية والكويت وقطر أمس علاقاتها الدبلوماسية مع لبنان.\n\n"
                  "وأغلقت الدولُ الثلاثُ منافذها الحدودية أمام الشاحنات.")
    named = [e for e in evs if "counted-states" in e[3]]
    assert sorted((e[1] or "")[:3] for e in named) == ["KWT", "QAT", "SAU"], evs


def test_counted_states_without_a_number_word_reads_no_window(monkeypatch):
    # "the countries" occurs (the old gate passes) but no number word does: no event is looked at
    def boom(*a, **k):
        raise AssertionError("a window was read")
    monkeypatch.setattr(counted_states, "_count", boom)
    text = "x" * 100 + "Qatar condemned the countries on Monday and the states of the region."
    evs = [_ev(1, 10, "GBR", "RUS"), _ev(2, 106, "QAT", None, sentence=1)]
    assert counted_states.apply(SimpleNamespace(text=text), evs) is evs


def test_counted_states_number_word_elsewhere_skips_the_far_event(monkeypatch):
    # a number word in the document but not near the event: that event's windows are not read
    seen = []
    monkeypatch.setattr(counted_states, "_count", lambda words, *a: seen.append(words) or 0)
    text = "The three ministers met in Doha." + " " * 68 + "Qatar condemned the countries on Monday at a meeting."
    evs = [_ev(1, 4, "GBR", "RUS"), _ev(2, 106, "QAT", None, sentence=1)]
    counted_states.apply(SimpleNamespace(text=text), evs)
    assert seen == []
    # and near the event they are read as before
    text = "x" * 100 + "Qatar condemned the three countries on Monday."
    counted_states.apply(SimpleNamespace(text=text), [_ev(1, 10, "GBR", "RUS"), _ev(2, 106, "QAT", None, 1)])
    assert seen, "the window with 'three' was not read"


def _body_pos_sum(doc, i, lead):
    if doc is None or i <= lead:
        return i
    return i - sum(1 for s in doc.sentences[lead + 1:i] if s.segment_kind == "other")


@pytest.mark.parametrize("seed", range(3))
def test_body_pos_running_count_equals_the_sum(seed):
    rnd = random.Random(seed)
    for _ in range(400):
        n = rnd.randint(0, 14)
        doc = SimpleNamespace(sentences=[SimpleNamespace(segment_kind=rnd.choice(["title", "body", "other", "other"]))
                                         for _ in range(n)])
        for i in range(-1, n + 3):
            for lead in range(-1, n + 2):
                assert retold._body_pos(doc, i, lead) == _body_pos_sum(doc, i, lead), (i, lead)


def test_body_pos_rebuilt_for_a_new_sentence_list():
    doc = SimpleNamespace(sentences=[SimpleNamespace(segment_kind=k) for k in ("title", "body", "other", "body")])
    assert retold._body_pos(doc, 3, 1) == 2
    doc.sentences = [SimpleNamespace(segment_kind="body") for _ in range(4)]   # same document, a new list
    assert retold._body_pos(doc, 3, 1) == 3


def test_normalize_memo_and_ascii_path_equal_the_table():
    import marsad.lang.normalize as N
    assert N._ASCII_SAFE and all(k > 127 for k in N._TABLE)
    pieces = list("abcXYZ 19.,-") + [chr(k) for k in N._TABLE] + list("الدولةأإآىئؤ") + ["İ", "Σ", "ß"]
    rnd = random.Random(33)
    for _ in range(3000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 60)))
        want = s.translate(N._TABLE).lower()
        assert N.normalize(s) == want, repr(s)
        assert N.normalize(s) == want, repr(s)   # (the memoised answer for a short string)
    assert N.normalize("Three COUNTRIES") == "three countries"
    assert N.normalize("الأربعةُ") == "الاربعه"


def test_normalize_memo_is_bounded(monkeypatch):
    import marsad.lang.normalize as N
    monkeypatch.setattr(N, "_MEMO", {})
    monkeypatch.setattr(N, "_MEMO_MAX", 3)
    for w in ("أ", "ب", "ة", "ى", "إ"):
        N.normalize(w)
    assert len(N._MEMO) == 3 and N.normalize("ى") == "ي"
    N.normalize("x" * (N._MEMO_LEN + 1))
    assert len(N._MEMO) == 3
