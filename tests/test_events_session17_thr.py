"""Session 17, THR (own sentences): the Arabic vowed retaliation.

"سنرد على أي اعتداء"، "سترد بحزم على أي هجوم"، "ستردّ بالمثل"، "تعهد بالرد" are threats (130), as the English
"will respond to every attack" / "would respond in kind" (``marsad.coding.threat_if``; rows of رد with cond
respond_attack / if_threat and of تعهد with cond vow_reply in ``manual_ar.tsv``, their words in ``cues_ar.tsv``).
A reply told as done (ردت القوات على … بقصف، ردت روسيا بالمثل وطردت، الجيش يرد بحزم، ردا على سؤال) is no threat
(``threat_if.apply_ar``).
"""
from __future__ import annotations

from functools import partial

import pytest

from events_helpers import events_with_prefix, only_event
from marsad.pipeline import Pipeline

PUB = "2026-04-02"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


_evs = partial(events_with_prefix, published_at=PUB)
_one = partial(only_event, published_at=PUB)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("وقال وزير الدفاع الإيراني إن بلاده سترد على أي اعتداء يستهدف أراضيها.", "سترد", "IRNGOV", None),
    ("وقال الرئيس الإيراني: سنرد على أي اعتداء على أراضينا.", "سنرد", "IRNGOV", None),
    ("وأكدت إيران أنها سترد بحزم على أي هجوم إسرائيلي.", "سترد", "IRN", "ISR"),
    ("وقالت روسيا إنها ستردّ بالمثل.", "ستردّ", "RUS", None),
    ("وتعهد الجيش الباكستاني بالرد على أي اعتداء هندي.", "وتعهد", "PAKMIL", "IND"),
])
def test_vowed_reply_is_a_threat(pipe, text, trigger, source, target):
    ev = _one(pipe, text, "13")
    assert (ev.cameo, ev.trigger, ev.source_code, ev.target_code, ev.negated) == ("130", trigger, source, target, False)


def test_threatened_and_vowed_reply_still_threats(pipe):
    # توعد / هدد بالرد worked before this session: unchanged
    assert _one(pipe, "وتوعدت إيران بالرد على الهجوم الإسرائيلي.", "13").source_code == "IRN"
    assert _one(pipe, "وهددت إيران بالرد على الغارات الإسرائيلية.", "13").source_code == "IRN"


@pytest.mark.parametrize("text", [
    "وردت إيران على الهجوم الإسرائيلي بإطلاق صواريخ على قاعدة عسكرية.",   # the reply told as done
    "وردت روسيا بالمثل وطردت عشرة دبلوماسيين مولدوفيين.",                  # past, in kind
    "وقال المتحدث إن الجيش يرد بحزم على مصادر النيران.",                   # bare present: the act
    "وقالت إيران إن قواتها ردت على أي هجوم استهدف حدودها.",                # past, with an attack word
    "وقال المسؤول ردا على سؤال إنه ضد أي اعتداء على المدنيين.",            # "in reply to a question"
    "وقال المتحدث إن الوزارة سترد على الاستفسارات بعد دراستها.",            # a future reply, no attack word
])
def test_reply_without_a_threat(pipe, text):
    assert not _evs(pipe, text, "13")


def test_pledge_without_reply_stays_a_pledge(pipe):
    # guard: تعهد without بالرد keeps its row (030), no threat
    assert not _evs(pipe, "وتعهد الرئيس المصري بتحسين الخدمات في العاصمة.", "13")
    assert _one(pipe, "وتعهد الرئيس المصري بتحسين الخدمات في العاصمة.", "03").cameo == "030"


def test_attack_word_of_a_vow(pipe):
    # the conditional attack word of a vowed reply is no event of its own; an attack told as done stays
    text = "وقال الرئيس الإيراني: سنرد على أي اعتداء على أراضينا."
    assert not _evs(pipe, text, "18") and not _evs(pipe, text, "19") and len(_evs(pipe, text, "13")) == 1
    assert _one(pipe, "وتوعدت إيران بالرد على الهجوم الإسرائيلي.", "19").source_code == "ISR"
