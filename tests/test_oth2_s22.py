"""Session 22, OTH2: pages that are not political news, round 4.  An opinion column speaks of war, sanctions and
talks in general and of "any government that shells" (marsad/coding/domain.py, opinion_gate); a weather page's low
"will attack the country" and its snow "surrounds the villages" (hazards.tsv).  Each with a guard: the column's named
happening, a counterfactual about a case, the same sentences on a news page, an army's threat and siege.
Sentences and pages are ours."""
from __future__ import annotations

from events_helpers import full
from marsad.pipeline import Pipeline, PipelineConfig

DAY = "2026-12-05"

OPINION_AR = (
    "رأي: حين تصبح العقوبات عادة\n\n"
    "بقلم: نادر السالم\n\n"
    "القوى الكبرى تهدد وتعاقب وتحاصر، ثم تستغرب أن العواصم الصغيرة تبحث عن أصدقاء جدد.\n\n"
    "وأي دولة تفرض عقوبات على جارتها ثم تشتري منها الغاز سرا تفقد صوتها.\n\n"
    "لو أن الأطراف المتنازعة جلست إلى طاولة المفاوضات قبل عام، لما سقط آلاف الضحايا.\n\n"
    "وقد استقبل الرئيس التركي رئيس الوزراء العراقي في أنقرة الشهر الماضي.\n")

OPINION_EN = (
    "Opinion: Sanctions are a habit, not a strategy\n\n"
    "Great powers threaten, punish and blockade, and then wonder why smaller capitals look for new friends.\n\n"
    "Governments rarely negotiate while they still hope to win, and a truce usually follows exhaustion.\n\n"
    "Egypt mediated between Israel and Hamas in May 2021, and the guns fell silent within days.\n\n"
    "The writer is a former ambassador.\n")

# the same generalities without the column's label and the writer's note: a news page
NEWS_AR = "القوى الكبرى تهدد وتعاقب وتحاصر، ثم تستغرب أن العواصم الصغيرة تبحث عن أصدقاء جدد.\n"
NEWS_EN = "Great powers threaten, punish and blockade, and then wonder why smaller capitals look for new friends.\n"


def _events(doc):
    return [(e.cameo, e.source_country, e.target_country, e.trigger, e.modality) for e in doc.events]


def test_an_arabic_column_drops_its_generalities_and_keeps_the_named_visit():
    doc = full(OPINION_AR, published_at=DAY)
    evs = _events(doc)
    assert not [e for e in evs if e[3] in ("تهدد", "وتعاقب", "وتحاصر")], evs
    assert not [e for e in evs if e[3].startswith("تفرض")], evs                  # أي دولة تفرض: anyone
    assert any(e[0].startswith("04") and e[1] == "TUR" and e[2] == "IRQ" for e in evs), evs   # guard
    assert any(e[3] == "المفاوضات" and e[4] == "hypothetical" for e in evs), evs   # guard: a counterfactual case
    assert doc.meta["domain"]["opinion"] == "page"


def test_an_english_column_drops_its_generalities_and_keeps_the_mediation():
    evs = _events(full(OPINION_EN, published_at=DAY))
    assert not [e for e in evs if e[3] in ("threaten", "punish", "blockade", "negotiate", "truce")], evs
    assert any(e[0].startswith("04") and e[1] == "EGY" for e in evs), evs                      # guard


def test_the_same_generalities_on_a_news_page_are_coded():
    # guard: the gate is the page's, not the sentence's
    assert any(e[3] in ("تهدد", "وتعاقب", "وتحاصر") for e in _events(full(NEWS_AR, published_at=DAY)))
    assert any(e[3] in ("threaten", "punish", "blockade") for e in _events(full(NEWS_EN, published_at=DAY)))


def test_the_opinion_gate_switched_off():
    doc = Pipeline(PipelineConfig(options={"opinion_gate": False}))(OPINION_EN, published_at=DAY)
    assert any(e[3] in ("threaten", "punish", "blockade") for e in _events(doc))


WEATHER_AR = ("قال خبير الطقس إن المنخفض سيهاجم المملكة على موجتين، وإن الكتلة الهوائية الباردة ستجتاح الشمال، "
              "متوقعا أن تحاصر الثلوج القرى المرتفعة.\n")
ARMY_AR = ("قال المتحدث العسكري إن الجيش سيهاجم المدينة على موجتين، متوقعا أن تحاصر القوات المتمردين في "
           "القرى المرتفعة.\n")


def test_a_weather_low_and_its_snow_are_no_attackers():
    evs = _events(full(WEATHER_AR, published_at=DAY))
    assert not [e for e in evs if e[0][:2] in ("13", "19")], evs


def test_the_army_threat_and_siege_stay():
    # guard: the same verbs with the army and troops as subjects
    evs = _events(full(ARMY_AR, published_at=DAY))
    assert any(e[0] == "138" for e in evs), evs
    assert any(e[0].startswith("19") for e in evs), evs
