"""Session 16, FIX1 (own sentences): left-overs of the third blind test.

- "الثلاثاء الماضي" / "last Tuesday": the most recent such weekday strictly before the publication day (the
  convention of marsad/data/time, pinned here for every publication weekday; no change).
- "lodged a protest with X, and X's envoy was summoned": two 114 events, the passive summons is an act of its own in
  its sentence (``passive_summons.own_act`` in ``merge_repeats``); told again in a later sentence it stays one.
- "said it stood with its ally" / "أعربت عن دعمها لحليفتها": the one other country of the sentence or the one before
  is the target (``marsad.coding.ally_target``); two candidates: no target.
- A short paragraph ending with a bracketed photo credit, "(Marsad photo)", "(صورة أرشيفية)", is a caption.
"""
from __future__ import annotations

from functools import partial

import datetime as dt

import pytest

from events_helpers import coded_rows, segment_kinds
from marsad.pipeline import Pipeline
from marsad.timex import parse

PUB = "2026-03-18"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


_evs = partial(coded_rows, published_at=PUB)


# ----------------------------------------------------------------------------- 1. last <weekday>
@pytest.mark.parametrize("pub, expected", [
    ("2026-06-22", "2026-06-16"), ("2026-06-23", "2026-06-16"), ("2026-06-24", "2026-06-23"),
    ("2026-06-25", "2026-06-23"), ("2026-06-26", "2026-06-23"), ("2026-06-27", "2026-06-23"),
    ("2026-06-28", "2026-06-23"),
])
def test_last_tuesday_is_the_latest_tuesday_before_the_publication_day(pub, expected):
    anchor = dt.date.fromisoformat(pub)
    ar = parse("وقضت المحكمة الثلاثاء الماضي ببطلان القرار", anchor)
    en = parse("The court struck down the law last Tuesday.", anchor)
    assert [r.value for r in ar] == [expected]
    assert [r.value for r in en] == [expected]


# ----------------------------------------------------------------------------- 2. protest + passive summons
@pytest.mark.parametrize("text", [
    "The Philippines lodged a protest with Beijing, and China's deputy ambassador was summoned.",
    "MANILA, March 17 - The Philippines lodged a protest with Beijing on Monday, and China's deputy ambassador "
    "was summoned to the foreign ministry.",
])
def test_protest_and_passive_summons_are_two_acts(pipe, text):
    evs = _evs(pipe, text, "114")
    assert sorted(evs) == [("114", "lodged a protest", "PHL", "CHNGOV"), ("114", "summoned", "PHL", "CHNGOV")]


def test_reported_protest_and_passive_summons_are_two_acts(pipe):
    text = ("MANILA, March 17 - The foreign ministry said on Monday it had lodged a diplomatic protest with Beijing, and "
            "China's deputy ambassador was summoned to the ministry in Manila to hear its objection.")
    evs = _evs(pipe, text, "114")
    assert [e[1] for e in evs] == ["lodged a diplomatic protest", "summoned"]
    assert evs[1][2:] == ("PHL", "CHNGOV")


def test_summons_told_again_in_a_later_sentence_stays_one(pipe):
    text = ("MANILA, March 17 - The Philippines summoned China's deputy ambassador on Monday. China's deputy "
            "ambassador was summoned to the foreign ministry on Monday.")
    assert len(_evs(pipe, text, "114")) == 1


# ----------------------------------------------------------------------------- 3. "its ally"
@pytest.mark.parametrize("text, source, target", [
    ("President Marcos said the Philippines would not abandon the outpost. The United States said it stood "
     "with its ally.", "USA", "PHL"),
    ("The Philippines lodged a protest. The United States said it stood with its ally.", "USA", "PHL"),
    ('President Marcos said the Philippines would not abandon the outpost. "We will not be intimidated," he said. '
     'The United States said it stood with its ally.', "USA", "PHL"),   # a quoted line between
    ("وقالت الحكومة المغربية إنها ترفض القرار. وأعربت فرنسا عن دعمها لحليفتها.", "FRA", "MARGOV"),
    ("The United States said it stands with Manila.", "USA", "PHLGOV"),
])
def test_ally_is_the_one_other_country_named(pipe, text, source, target):
    evs = _evs(pipe, text, "051")
    assert [(e[2], e[3]) for e in evs] == [(source, target)]


@pytest.mark.parametrize("text", [
    "Tokyo and Seoul held talks on Monday. The United States said it stood with its allies.",   # two candidates
    'Japan held elections on Sunday. "We agreed," he said. "It was good," she said. The United States said it '
    'stood with its ally.',                                                                   # three sentences back
    "Japan said it stood with its ally, calling the incident dangerous.",                       # none named
])
def test_ally_not_resolvable_stays_empty(pipe, text):
    evs = _evs(pipe, text, "051")
    assert len(evs) == 1 and evs[0][3] is None


# ----------------------------------------------------------------------------- 4. captions "(… photo)"
_kinds = partial(segment_kinds, published_at=PUB)


def test_short_line_with_a_photo_credit_is_a_caption(pipe):
    cap = "Protesters block the main bridge in the northern town on Monday. (Marsad photo)"
    text = ("Serbia puts army on alert\n\nBELGRADE, March 17 - Serbian police arrested two men on Monday.\n\n" + cap
            + "\n\nThe government condemned the raid.")
    segs, d = _kinds(pipe, text)
    assert ("caption", cap) in segs
    assert not [e for e in d.events if e.segment_kind == "body" and e.cameo.startswith("14")]


def test_arabic_photo_credit_is_a_caption(pipe):
    cap = "محتجون يغلقون الطريق في البصرة (صورة: مواقع التواصل)"
    text = "الجيش يعتقل مسلحين\n\nبغداد - 17 مارس - اعتقلت القوات العراقية خمسة مسلحين أمس.\n\n" + cap + \
        "\n\nوأدانت الحكومة الهجوم."
    segs, _ = _kinds(pipe, text)
    assert ("caption", cap) in segs


def test_a_body_line_ending_in_other_brackets_stays_body(pipe):
    line = "Protesters blocked the main bridge in the northern town on Monday (local time)."
    text = ("Serbia puts army on alert\n\nBELGRADE, March 17 - Serbian police arrested two men on Monday.\n\n" + line
            + "\n\nThe government condemned the raid.")
    segs, d = _kinds(pipe, text)
    assert ("body", line) in segs
    assert [e.cameo for e in d.events if e.trigger.startswith("blocked")] == ["144"]
