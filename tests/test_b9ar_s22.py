"""Session 22, B9AR: BLIND9's general Arabic causes, on sentences written for these tests (not the blind
articles' sentences): a breadcrumb line before the headline, a dateline line with a weekday, missing trigger rows
(thanks, a stated support, an exchange of prisoners), the nationality adjective of a shot-down / destroyed object,
the place of a curfew, and leaders "from" a coded actor as a meeting's partner."""
from __future__ import annotations

import pytest
from marsad.model import Document
from marsad.pipeline import PipelineConfig
from marsad.stages.clean import CleanStage

from events_helpers import full


def _clean(text: str) -> Document:
    return CleanStage(PipelineConfig())(Document.from_text(text))


def _segs(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.text[s.start:s.end]) for s in doc.segments]


def _ev(doc) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events]


# ---------------------------------------------------------------- 1. page chrome: a breadcrumb before the headline
_CRUMB = ("الصفحة الرئيسية > سياسة > عربي\n\n"
          "قطر تدين اقتحام المسجد الأقصى والأردن يستدعي السفير الإسرائيلي\n\n"
          "الدوحة - الاثنين 6 مايو 2024\n\n"
          "أدانت وزارة الخارجية القطرية اليوم الاثنين اقتحام مستوطنين باحات المسجد الأقصى.")


def test_breadcrumb_is_chrome_and_the_headline_is_the_title():
    segs = _segs(_clean(_CRUMB))
    assert segs[0] == ("other", "الصفحة الرئيسية > سياسة > عربي")
    assert segs[1] == ("title", "قطر تدين اقتحام المسجد الأقصى والأردن يستدعي السفير الإسرائيلي")


def test_dateline_line_with_a_weekday_is_a_dateline():
    doc = _clean(_CRUMB)
    assert ("dateline", "الدوحة - الاثنين 6 مايو 2024") in _segs(doc)
    assert doc.meta["dateline"]["date"] == "2024-05-06"


def test_latin_breadcrumb_with_guillemets():
    segs = _segs(_clean("Home » World » Middle East\n\nJordan recalls envoy from Tel Aviv\n\nAMMAN (Reuters) - Jordan "
                        "recalled its ambassador on Monday."))
    assert segs[0][0] == "other" and segs[1] == ("title", "Jordan recalls envoy from Tel Aviv")


def test_headline_with_a_slash_or_a_long_comparison_is_no_breadcrumb():
    # guard: "/" is no breadcrumb separator, and a ">" between long phrases is no menu
    segs = _segs(_clean("مصر/ السودان: محادثات بشأن سد النهضة\n\nالقاهرة - بدأت اليوم محادثات جديدة."))
    assert segs[0][0] == "title"
    segs = _segs(_clean("أسعار القمح في الأسواق العالمية هذا الشهر > أسعار الذرة في الأسواق المحلية منذ يناير\n\n"
                        "ارتفعت أسعار القمح."))
    assert segs[0][0] == "title"


def test_dateline_weekday_without_day_number_is_no_date():
    # guard: a weekday alone after the place is no dated dateline
    doc = _clean("عنوان الخبر\n\nالدوحة - الاثنين أعلنت الوزارة فتح المعبر.")
    assert not (doc.meta.get("dateline") or {}).get("date")


# ---------------------------------------------------------------- 2. missing trigger rows
def test_expressed_thanks_to_a_country_is_praise():
    doc = full("أعربت وزارة الخارجية القطرية عن شكرها لتركيا على جهودها.", published_at="2024-05-02")
    assert ("051", "QATGOV", "TUR") in _ev(doc)


def test_thanked_verb_is_praise_also_joined_after_a_quote():
    assert ("051", "TUNGOV", "DZA") in _ev(full("وشكر الرئيس التونسي الجزائر على دعمها.", published_at="2024-05-02"))
    doc = full("وكتب الرئيس الفلسطيني على منصة إكس: \"شكرا للشعب\"، وشكر مصر على جهودها.", published_at="2024-05-02")
    assert [e for e in doc.events if e.cameo == "051" and e.target_code == "EGY"]


def test_affirmed_support_is_endorsement():
    doc = full("وأكد الاتحاد الأوروبي دعمه الكامل لأوكرانيا في مواجهة الحرب.", published_at="2024-05-02")
    assert [(c, t) for c, _, t in _ev(doc)] == [("051", "UKR")]


@pytest.mark.parametrize("text", ["تبادلت أرمينيا وأذربيجان الأسرى بوساطة أمريكية.",   # the verb
                                  "وجرت عملية تبادل الأسرى بين أرمينيا وأذربيجان أمس."])   # the noun + بين A و B
def test_prisoner_exchange_is_release_both_ways(text):
    got = {(c, s, t) for c, s, t in _ev(full(text, published_at="2024-05-02")) if c == "0841"}
    assert got == {("0841", "ARM", "AZE"), ("0841", "AZE", "ARM")}


# guards: near misses that must stay without the new code
_NO_EVENT = [
    ("وقال الوزير في كلمة شكر ألقاها في الحفل إن الحكومة ستواصل عملها.", "051"),   # the noun "thanks"
    ("وبعث الملك رسالة شكر إلى الرئيس الفرنسي.", "051"),
    ("أكد الوزير أن بلاده ستواصل دعم الجيش اللبناني.", "051"),   # support inside the content clause after أن
    ("وأكد رئيس الوزراء أن دعم الصادرات أولوية للحكومة.", "051"),
    ("ووقعت مصر والسودان أمس اتفاقية بشأن تبادل الأسرى خلال زيارة الوزير.", "0841"),   # the topic of an agreement
    ("تبادل الجيش وحماس إطلاق النار.", "0841"),   # an exchange of fire / of accusations keeps its own codes
    ("تبادلت إثيوبيا وإريتريا الاتهامات بشأن الحدود.", "0841"),
]


@pytest.mark.parametrize("text,cameo", _NO_EVENT)
def test_near_miss_gives_no_new_event(text, cameo):
    assert not [e for e in full(text, published_at="2024-05-02").events if e.cameo == cameo]


# ---------------------------------------------------------------- 4. targets of force and of a curfew
def test_shot_down_drones_with_a_nationality_adjective_target_that_nation():
    doc = full("وقالت وزارة الدفاع الروسية إنها أسقطت 22 مسيرة أوكرانية فوق مقاطعة كورسك.", published_at="2024-05-02")
    assert [(c, t) for c, _, t in _ev(doc) if c.startswith("19")] == [("190", "UKR")]
    doc = full("أعلن الجيش الأردني أنه أسقط ثلاث طائرات مسيرة سورية على الحدود.", published_at="2024-05-02")
    assert [t[:3] for c, _, t in _ev(doc) if c.startswith("19")] == ["SYR"]


def test_force_at_an_object_with_no_nation_gets_none_from_it():
    # guard: an adjective that names no nation (مجهولة "unidentified") gives no country
    doc = full("أسقطت قوات الدفاع الجوي طائرة مسيرة مجهولة فوق المدينة.", published_at="2024-05-02")
    assert [e.target_country for e in doc.events if e.root == "19"] == [None]


def test_curfew_in_a_named_town_targets_its_country():
    doc = full("فرضت السلطات العراقية حظر تجول في مدينة كركوك.", published_at="2024-05-02")
    assert ("1723", "IRQGOV", "IRQ") in _ev(doc)
    doc = full("أعلنت الحكومة الإثيوبية فرض حالة الطوارئ في إقليم أمهرة.", published_at="2024-05-02")
    assert ("1724", "ETHGOV", "ETH") in _ev(doc)


def test_curfew_without_a_place_has_no_target():
    # guard: no place in the clause, no target
    doc = full("فرضت السلطات حظر تجول ليلي.", published_at="2024-05-02")
    assert [t for c, _, t in _ev(doc) if c == "1723"] == [None]


# ---------------------------------------------------------------- 5. a meeting with leaders "from" a coded actor
def test_met_with_leaders_from_an_army():
    doc = full("والتقى مسؤولون فرنسيون أمس في مدينة بنغازي بقادة من الجيش الليبي.", published_at="2024-05-02")
    assert ("040", "FRAGOV", "LBYMIL") in _ev(doc)


def test_leaders_without_min_stay_generic():
    # guard: "قادة الأحزاب" (no من + a coded actor): the partner stays the generic parties, no country
    doc = full("والتقى مسؤولون فرنسيون أمس بقادة الأحزاب المحلية.", published_at="2024-05-02")
    assert [(e.target_code, e.target_country) for e in doc.events
            if e.cameo == "040" and e.source_code == "FRAGOV"] == [("PTY", None)]
