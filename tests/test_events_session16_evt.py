"""Session 16, EVT (own sentences): event causes of the third blind test.

- Passive summons (تم استدعاء / استُدعي السفير, "X's ambassador was summoned"): the host state summons (114), the
  envoy is the target (``marsad.coding.passive_summons``).
- Missing rows: تأسف ل / أعرب عن أسفه (11), أعرب عن دعمه (051), "stood / stands with" (051), سترد … إذا and
  "would not stand by if" (conditional threats, 13; ``marsad.coding.threat_if``), "ordered the army to … readiness"
  (152, not a demand).
"""
from __future__ import annotations

from functools import partial

import pytest

from events_helpers import events_with_prefix, only_event
from marsad.pipeline import Pipeline

PUB = "2026-03-18"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


_evs = partial(events_with_prefix, published_at=PUB)
_one = partial(only_event, published_at=PUB)


# ----------------------------------------------------------------------------- 1. passive summons
@pytest.mark.parametrize("text, source, target", [
    ("وتم استدعاء السفير العراقي لدى الكويت صباح أمس لإبلاغه برفض القرار.", "KWT", "IRQGOV"),
    ("وتم استدعاء القائم بالأعمال المغربي إلى وزارة الخارجية التونسية مساء الأحد.", "TUNGOV", "MARGOV"),
    ("واستُدعي السفير الإيراني إلى وزارة الخارجية في الرباط.", "MARGOV", "IRNGOV"),
    ("MANILA, March 17 - Vietnam's ambassador was summoned to the Department of Foreign Affairs on Monday.",
     "PHL", "VNMGOV"),
    ("China's deputy ambassador was summoned to the department in Manila on Thursday to hear a protest.",
     "PHL", "CHNGOV"),
    ("The Chinese ambassador was summoned by the Philippine foreign ministry on Monday.", "PHLGOV", "CHNGOV"),
])
def test_passive_summons_host_state_summons(pipe, text, source, target):
    ev = _one(pipe, text, "11")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("114", source, target)


def test_passive_summons_without_a_host_keeps_the_envoy_as_target(pipe):
    ev = _one(pipe, "واستُدعي السفير الإيراني صباح اليوم.", "11")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("114", None, "IRNGOV")


def test_active_summons_unchanged(pipe):
    # guard: an active summons keeps its subject; a recall for consultations stays a recall (161)
    ev = _one(pipe, "واستدعى وزير الخارجية المغربي السفير الإيراني.", "11")
    assert (ev.source_code, ev.target_code) == ("MARGOV", "IRNGOV")
    assert "passive" not in ev.rule
    ev = _one(pipe, "وقررت الحكومة المغربية استدعاء سفيرها لدى إيران للتشاور.", "16")
    assert ev.cameo == "161"


def test_passive_of_another_verb_is_no_summons(pipe):
    # guard: "was invited" / تم الإعلان are no summons
    assert not _evs(pipe, "Vietnam's ambassador was invited to a reception in Manila on Monday.", "11")
    assert not _evs(pipe, "وتم الإعلان عن تعيين السفير العراقي لدى الكويت.", "11")


# ----------------------------------------------------------------------------- 2. missing rows
@pytest.mark.parametrize("text, source, target", [
    ("وقال المتحدث باسم الخارجية الألمانية إن بلاده تأسف لقرار الحكومة التركية.", "DEUGOV", "TURGOV"),
    ("وأعربت الحكومة المصرية عن أسفها لقرار إثيوبيا ملء السد.", "EGYGOV", "ETH"),
])
def test_regret_is_disapproval(pipe, text, source, target):
    ev = _one(pipe, text, "11")
    assert (ev.cameo, ev.source_code, ev.target_code, ev.negated) == ("110", source, target, False)


def test_regret_needs_its_object(pipe):
    # guard: "مع الأسف" (unfortunately) and a bare تأسف with no لـ-object are no disapproval
    assert not _evs(pipe, "وقال الوزير إنه مع الأسف لم تصل المساعدات إلى المدينة.", "11")


@pytest.mark.parametrize("text, sources, target", [
    ("وأعرب الاتحاد الأفريقي عن دعمه لموقف الصومال.", ["IGOAFRAFU"], "SOM"),
    ("وأعربت مصر والسعودية عن دعمهما لموقف السودان.", ["EGY", "SAU"], "SDN"),
    ("Washington said it stood with its ally Japan.", ["USAGOV"], "JPN"),
    ("Britain stands with Ukraine, the prime minister said.", ["GBR"], "UKR"),
])
def test_expressed_support_is_051(pipe, text, sources, target):
    evs = _evs(pipe, text, "051")
    assert sorted(e.source_code for e in evs) == sorted(sources)
    assert all(e.target_code == target and not e.negated for e in evs)


def test_stood_without_with_is_no_support(pipe):
    # guard: "stood by his remarks", "stood at the border" are no 051
    assert not _evs(pipe, "The minister stood by his remarks on Monday.", "05")
    assert not _evs(pipe, "Turkish soldiers stood at the border gate on Monday.", "05")


@pytest.mark.parametrize("text, source, target", [
    ("وقالت فرنسا إنها سترد بإجراءات مماثلة إذا لم تتراجع الجزائر عن قرارها.", "FRA", "DZA"),
    ("Serbia would not stand by if Serbs in Kosovo were attacked, the president said.", "SRB", None),
])
def test_conditional_threat(pipe, text, source, target):
    ev = _one(pipe, text, "13")
    assert (ev.cameo, ev.source_code, ev.negated) == ("130", source, False)
    if target:
        assert ev.target_code == target


def test_respond_and_stand_by_without_a_threat(pipe):
    # guards: a reply to questions (no إذا) and "will stand by if needed" (not negated) are no threats
    assert not _evs(pipe, "وقال الوزير إن الحكومة سترد على أسئلة النواب الأسبوع المقبل.", "13")
    assert not _evs(pipe, "Medical teams will stand by if the talks run late, the organisers said.", "13")


def test_ordered_to_readiness_is_an_alert(pipe):
    ev = _one(pipe, "Serbia's president ordered the army to its highest level of combat readiness on Sunday.", "15")
    assert ev.cameo == "152" and ev.source_code and ev.source_code.startswith("SRB")
    assert not _evs(pipe, "Serbia's president ordered the army to its highest level of combat readiness on Sunday.",
                    "10")


def test_ordered_to_withdraw_is_still_a_demand(pipe):
    # guard: ordering an act is a demand (100) and the ordered act
    assert _evs(pipe, "The president ordered the army to withdraw from the town on Sunday.", "100")
    assert not _evs(pipe, "The president ordered the army to withdraw from the town on Sunday.", "152")


# ----------------------------------------------------------------------------- 3. extras
@pytest.mark.parametrize("text, code", [
    ("A Vietnamese fishing boat was turned back by Chinese patrol ships near the islands.", "050"),
    ("Beijing sent more coast guard ships to assert its claim over the atoll.", "110"),
    ("Vietnam rejects China's sweeping claims in the sea, the ministry said.", "110"),
    ("The defence pact would apply if Philippine forces came under armed attack, the envoy said.", "020"),
    ("The army must be ready for anything, the defence minister said.", "100"),
    ("The alliance remains ready to act, its spokesman said.", "030"),
])
def test_no_event_from_a_phrasal_verb_a_claim_or_modal_content(pipe, text, code):
    assert not _evs(pipe, text, code)


def test_claims_and_back_guards(pipe):
    # guards: "claimed that" is still an accusation; "backed the plan" is still support
    assert _evs(pipe, "The army claimed that rebels had shelled the town.", "11")
    assert _evs(pipe, "Egypt backed the Sudanese peace plan on Monday.", "05")


def test_protest_note_without_a_hander_is_no_demonstration(pipe):
    evs = pipe("وتم استدعاء السفير العراقي لدى الكويت، وسلم مذكرة احتجاج على الحكم.", published_at=PUB).events
    assert not [e for e in evs if e.cameo.startswith("14")]
    assert [e for e in evs if e.cameo == "114"]


def test_protest_note_of_a_crowd_stays(pipe):
    # guard: a crowd that hands a note keeps its protest (session 12 memo_recipient)
    evs = _evs(pipe, "وسلم المتظاهرون السفير الفرنسي مذكرة احتجاج على القانون.", "14")
    assert evs and evs[0].source_code == "CVL"


def test_negation_stops_at_and_with_a_new_past_verb(pipe):
    ev = _one(pipe, "Hanoi said it had not received any formal complaint and urged Beijing to stop the patrols.", "02")
    assert not ev.negated
    # guard: one participle phrase keeps its negation
    evs = _evs(pipe, "The villagers were not attacked, the army said.", "19")
    assert evs and all(e.negated for e in evs)


# ----------------------------------------------------------------------------- 4. dates, background, places
def test_later_in_the_day_is_the_day_named_before(pipe):
    doc = pipe("SKOPJE, May 20 - Police detained three activists in Tetovo on Monday. Several hundred people "
               "protested in Tetovo later in the day, blocking the main road.", published_at="2026-05-20")
    ev = next(e for e in doc.events if e.cameo.startswith("14"))
    assert ev.date == "2026-05-18"


def test_later_today_stays_today(pipe):
    # guard: "later today" is today
    doc = pipe("SKOPJE, May 20 - Police detained three activists in Tetovo on Monday. Students will protest in "
               "Tetovo later today, the organisers said.", published_at="2026-05-20")
    evs = [e for e in doc.events if e.trigger == "protest"]
    assert evs and all(e.date == "2026-05-20" for e in evs)


def test_north_mitrovica_is_a_place_in_kosovo(pipe):
    doc = pipe("Several hundred Serbs rallied in North Mitrovica on Sunday.", published_at="2026-05-20")
    pl = [p for p in doc.places if p.text == "North Mitrovica"]
    assert pl and pl[0].country == "XKX"


def test_ordinal_since_does_not_date_the_visit(pipe):
    doc = pipe("عمان - 12 مايو - وصل وزير الخارجية الأردني إلى دمشق أمس في زيارة هي الثالثة له منذ مطلع العام.",
               published_at="2026-05-12")
    ev = next(e for e in doc.events if e.cameo == "042")
    assert ev.date == "2026-05-11"


def test_since_without_an_ordinal_still_dates(pipe):
    # guard: "يقصف … منذ مطلع العام" keeps its start date
    doc = pipe("وتواصل القوات قصف المدينة منذ مطلع العام.", published_at="2026-05-12")
    evs = [e for e in doc.events if e.root == "19"]
    assert evs and evs[0].date == "2026-01-01"


def test_written_earlier_year_is_background(pipe):
    doc = pipe("وكانت عمان قد سحبت سفيرها من دمشق في يوليو 2024.", published_at="2026-05-12")
    ev = next(e for e in doc.events if e.cameo == "161")
    assert ev.historical and ev.date == "2024-07"


def test_recent_written_date_is_news(pipe):
    # guards: a date of the last weeks of the year before, and a date of this year, are news
    doc = pipe("Vietnam recalled its ambassador to Cambodia on Dec. 28, 2025.", published_at="2026-01-10")
    assert [e for e in doc.events if e.cameo == "161" and not e.historical]
    doc = pipe("وسحبت عمان سفيرها من دمشق في مارس 2026.", published_at="2026-05-12")
    assert [e for e in doc.events if e.cameo == "161" and not e.historical]


def test_dispersal_after_qabl_an_is_no_background(pipe):
    doc = pipe("وتجمع مئات المحتجين أمام مقر المحافظة في البصرة أمس، قبل أن تفرقهم قوات الأمن بالقوة.",
               published_at="2026-05-12")
    ev = next(e for e in doc.events if e.cameo == "175")
    assert not ev.historical and ev.date == "2026-05-11"


def test_next_day_counts_from_the_day_named_before(pipe):
    doc = pipe("وكانت المحكمة قد قضت يوم الأحد 14 يونيو ببطلان القانون. وتم استدعاء السفير العراقي لدى الكويت في "
               "اليوم التالي.", published_at="2026-06-24")
    ev = next(e for e in doc.events if e.cameo == "114")
    assert ev.date == "2026-06-15" and not ev.historical


def test_prevented_act_after_qabl_an_stays_background(pipe):
    # guard: "managed to find them before they exploded": the explosion did not happen, the filter's reading stays
    doc = pipe("وتسللت ثلاث سيارات مفخخة إلى المنطقة أمس، لكن القوات تمكنت من اكتشافها قبل أن تنفجر في المرآب.",
               published_at="2026-05-12")
    evs = [e for e in doc.events if e.root == "18"]
    assert all(e.historical for e in evs)
    assert not any("sequence" in e.rule for e in doc.events)


def test_must_be_ready_to_act_stays_a_demand(pipe):
    # guard: "X must be ready to mediate" demands the mediation (PLOVER DEMAND), unlike "ready for anything"
    assert _evs(pipe, "Egypt's president said on Wednesday that the US must be ready to mediate between the two "
                      "sides.", "10")
