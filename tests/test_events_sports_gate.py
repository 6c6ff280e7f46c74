"""Sports pages yield no political events (marsad/coding/domain.py; session 12, lead).

The two articles in tests/data/articles_other are our own match reports, full of the coder's words
(شن هجوما، قصف المرمى، طرد الحكم، احتج اللاعبون؛ crushed, attacked, sent off, protested).  Sentences
here are ours too."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.pipeline import Pipeline, PipelineConfig

from events_helpers import full

ARTICLES = Path(__file__).parent / "data" / "articles_other"


def _read(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["ar_football.txt", "en_football.txt"])
def test_match_report_yields_no_events(name):
    doc = full(_read(name), published_at="2026-11-20")
    assert [e.cameo for e in doc.events] == []
    assert doc.meta["domain"]["sports"] == "page"
    assert doc.meta["domain"]["events_dropped"] >= 10


def test_gate_can_be_switched_off():
    doc = Pipeline(PipelineConfig(options={"sports_gate": False}))(_read("ar_football.txt"), published_at="2026-11-20")
    codes = {e.root for e in doc.events}
    assert "19" in codes and "domain" not in doc.meta   # what the gate removes: "شن الأهلي هجوما" as an assault


def test_fans_riot_on_a_sports_page_is_kept():
    text = _read("ar_football.txt") + (
        "\n\nوعقب المباراة، أطلقت الشرطة الغاز المسيل للدموع لتفريق مئات المشجعين الذين رشقوا الحافلة بالحجارة "
        "خارج الملعب، واعتقلت قوات الأمن 30 شخصا.\n")
    doc = full(text, published_at="2026-11-20")
    assert doc.events, "the police's act on the fans is news"
    assert all("الشرطة" in text[e.sentence_start:e.sentence_end] for e in doc.events)
    assert any(e.root in ("17", "18", "14") for e in doc.events)


def test_english_riot_sentence_is_kept():
    text = _read("en_football.txt") + (
        "\n\nAfter the final whistle, police fired tear gas at hundreds of fans who threw stones at the team bus, "
        "and arrested 30 people.\n")
    doc = full(text, published_at="2026-11-20")
    assert doc.events and all("police" in text[e.sentence_start:e.sentence_end] for e in doc.events)


def test_political_story_that_mentions_a_match_is_coded():
    # one or two cue words: no sports page
    text = ("تظاهر آلاف الطلاب في وسط الجزائر العاصمة يوم الجمعة للمطالبة بإصلاحات سياسية، بعد يومين من مباراة "
            "كرة القدم التي شهدت هتافات ضد الحكومة.\n\nوفرقت الشرطة المتظاهرين بخراطيم المياه.\n")
    doc = full(text, published_at="2026-11-20")
    assert "domain" not in doc.meta
    assert any(e.root == "14" for e in doc.events)


def test_news_page_with_a_sports_paragraph_drops_only_that_paragraph():
    politics = ("واستقبل الرئيس التونسي في قصر قرطاج وزير الخارجية الجزائري، وبحث معه العلاقات الثنائية. "
                "وأكد الجانبان ضرورة تعزيز التعاون الأمني على الحدود المشتركة. "
                "ووقع البلدان اتفاقية لتسهيل التجارة. "
                "ودعا الرئيس التونسي إلى عقد قمة مغاربية قبل نهاية العام. "
                "وأعلنت الحكومة الليبية ترحيبها بالاتفاق. "
                "واتهمت المعارضة الحكومة بالتقصير في ملف الهجرة. "
                "ونفت وزارة الداخلية وجود معتقلين سياسيين. "
                "وطالب نواب في البرلمان بفتح تحقيق في صفقة القمح. "
                "وقال وزير الخارجية إن بلاده ترفض أي تدخل أجنبي. ")
    sports = ("وفي الرياضة، سحق الترجي منافسه في مباراة الدوري بأربعة أهداف، وسجل مهاجمه ثلاثة أهداف بعد تسديدة قوية "
              "في الشوط الثاني.")
    text = politics + "\n\n" + sports + "\n"
    doc = full(text, published_at="2026-11-20")
    assert doc.meta.get("domain", {}).get("sports") == "sentences"
    cut = text.index("وفي الرياضة")
    assert doc.events and all(e.trigger_start < cut for e in doc.events)
