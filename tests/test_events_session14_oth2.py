"""Session 14, OTH2: pages of other sections, round 2.  Screen pages retell battles that happened to nobody
(marsad/coding/domain.py, role ``screen``); a product "hits the market", a company "invades a segment", "a patent
fight" (marsad/coding/market_war.py); nouns of business and police pages (noun_compound_en.tsv); crime words make a
generic attack unconventional violence (recode_en.tsv ``cue:crime``); صادر عن is "issued by" (homographs_ar.tsv).
Sentences and pages are ours."""
from __future__ import annotations

import pytest

from events_helpers import full
from marsad.pipeline import Pipeline, PipelineConfig

DAY = "2026-11-26"
MATERIAL = ("14", "15", "17", "18", "19", "20")

REVIEW_EN = (
    "Review: a war epic that forgets its heart\n\n"
    "The new film opens with a battle. Rebels storm the palace and seize the throne, and the villain poisons the "
    "old king in the first act.\n\n"
    "The cinematographer shoots the desert like a painter, and the actress who plays the princess is the best thing "
    "in the film.\n\n"
    "By the second hour the prince's army besieges the capital and the audience has stopped caring.\n\n"
    "The film opens in cinemas across the Gulf on Thursday.\n")

REVIEW_AR = (
    "فيلم تاريخي يعيد معارك الصحراء إلى الشاشة\n\n"
    "يبدأ الفيلم بمعركة كبيرة، إذ يهاجم جيش الأمير القلعة ويقتل الحراس ويستولي على العرش.\n\n"
    "ويقدم المخرج مشاهد حرب مبهرة، فيما يؤدي بطل الفيلم دور قائد يحاصر العاصمة.\n\n"
    "ويعرض الفيلم في دور السينما العربية ابتداء من الخميس، بعد نجاحه في شباك التذاكر.\n")


def _material(doc):
    return [e for e in doc.events if e.root in MATERIAL]


def _codes(doc):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]


def test_a_film_review_has_no_battles():
    doc = full(REVIEW_EN, published_at=DAY)
    assert _material(doc) == [], _codes(doc)
    assert doc.meta["domain"]["screen"] == "page"


def test_an_arabic_film_review_has_no_battles():
    doc = full(REVIEW_AR, published_at=DAY)
    assert _material(doc) == [], _codes(doc)


def test_screen_gate_switched_off_codes_the_battles():
    doc = Pipeline(PipelineConfig(options={"screen_gate": False}))(REVIEW_EN, published_at=DAY)
    assert _material(doc), _codes(doc)


def test_a_star_slamming_critics_on_a_screen_page_stays():
    text = REVIEW_EN + "\nOn Monday the actress slammed critics who had called the film propaganda.\n"
    doc = full(text, published_at=DAY)
    assert any(e.root == "11" and e.trigger == "slammed" for e in doc.events), _codes(doc)


def test_a_real_attack_on_a_cinema_stays():
    # guard: a news story about a film festival and an attack on it (police and the dead are anchors)
    text = ("Gunmen attack film festival in Kabul\n\n"
            "Gunmen attacked a cinema in Kabul during a film festival on Friday, and police said four people were "
            "dead and nine wounded.\n\n"
            "The festival had shown a documentary and a thriller before the attack, and several actresses had "
            "attended the opening.\n")
    doc = full(text, published_at=DAY)
    assert [e for e in doc.events if e.root in ("18", "19")], _codes(doc)


@pytest.mark.parametrize("text", [
    "The new phone hits the market in South Korea next week.",
    "The company's cheaper handsets hit the shelves in January.",
    "The carmaker invaded the luxury segment before its rivals did.",
    "We are not afraid to fight the giants, the chief executive said.",
    "The firm also faces a patent fight in the United States.",
])
def test_business_metaphors_are_no_attacks(text):
    doc = full(text, published_at=DAY)
    assert _material(doc) == [], _codes(doc)


@pytest.mark.parametrize("text", [
    # guards: a rocket and an airstrike hitting a market, an invasion of a region, a fight with rebels
    "A rocket hit the market in the town centre on Friday.",
    "An airstrike hit the market, killing 12 people.",
    "Russian troops invaded the region before dawn.",
    "Government troops fight the rebels near the border.",
])
def test_real_attacks_stay(text):
    doc = full(text, published_at=DAY)
    assert [e for e in doc.events if e.root in ("18", "19")], _codes(doc)


@pytest.mark.parametrize("text, root", [
    ("Shares rose on hopes of a trade deal.", "01"),
    ("The research firm Counterpoint expects sales to double.", "09"),
    ("The drugs had an estimated street value of 24 million pounds.", "05"),
    ("Organised crime groups are moving into the port.", "05"),
    ("The body was found in a flat in the city centre.", "06"),
    ("The film won the jury prize at Cannes.", "05"),
    ("The film is better for it.", "06"),
    ("Its budget handsets took market share at the expense of Chinese brands.", "11"),
])
def test_nouns_of_business_and_police_pages_are_no_events(text, root):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root == root], _codes(doc)


def test_a_hope_stays_a_hope():   # guard: the verb
    doc = full("The foreign minister said he hopes the talks will succeed.", published_at=DAY)
    assert any(e.cameo == "013" for e in doc.events), _codes(doc)


def test_suspicion_of_murder_is_the_charge_not_a_killing():
    doc = full("Police arrested a 24-year-old man on suspicion of murder on Sunday.", published_at=DAY)
    assert [e.root for e in doc.events] == ["17"], _codes(doc)


@pytest.mark.parametrize("text", [
    "Robbers attacked the shop owner and fled with jewellery worth 50,000 dollars.",
    "Three men were held over the nightclub killing.",
])
def test_crimes_are_unconventional_violence(text):
    doc = full(text, published_at=DAY)
    violent = [e for e in doc.events if e.root in ("18", "19")]
    assert violent and all(e.root == "18" for e in violent), _codes(doc)


def test_a_bombing_near_a_nightclub_stays_a_bombing():   # guard: the weapon rows come first
    doc = full("A roadside bomb killed two policemen outside a nightclub in the capital.", published_at=DAY)
    assert any(e.cameo == "183" for e in doc.events), _codes(doc)


def test_issued_by_is_no_confiscation():
    doc = full("وأظهر تقرير صادر عن البنك الدولي أن النمو تراجع.", published_at=DAY)
    assert not [e for e in doc.events if e.cameo == "1711"], _codes(doc)


def test_a_confiscation_stays():   # guard
    doc = full("وصادرت السلطات الإسرائيلية أراضي زراعية في قرية قرب نابلس.", published_at=DAY)
    assert any(e.cameo == "1711" for e in doc.events), _codes(doc)


@pytest.mark.parametrize("text", [
    "وشن كبار المطورين هجوما تسويقيا على المشترين الأجانب.",
    "وقال وسيط إن المستثمرين الروس والهنود اجتاحوا السوق خلال العامين الماضيين.",
])
def test_arabic_market_attacks_are_no_assaults(text):
    doc = full(text, published_at=DAY)
    assert _material(doc) == [], _codes(doc)


def test_an_army_offensive_stays():   # guard
    doc = full("وشن الجيش هجوما واسعا على مواقع المسلحين شمال البلاد.", published_at=DAY)
    assert [e for e in doc.events if e.root in ("18", "19")], _codes(doc)


@pytest.mark.parametrize("text, cameo", [
    ("واستقبلت المستشفيات الميدانية في المدينة أكثر من ألفي حالة إجهاد حراري.", "043"),
    ("وأطلقت الوزارة حملة تطعيم وطنية ضد الحصبة تستهدف نحو مليون طفل.", "19"),
    ("وقال مدير إحدى شركات الوساطة إن الأسعار ارتفعت.", "045"),
])
def test_services_are_no_events(text, cameo):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.cameo.startswith(cameo)], _codes(doc)


@pytest.mark.parametrize("text, cameo", [
    # guards: a hosted minister, raids that target children, an Egyptian mediation
    ("استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة.", "043"),
    ("وقالت مصادر إن غارات جوية تستهدف الأطفال في المخيمات.", "19"),
    ("ورحبت الحكومة بالوساطة المصرية بين الطرفين.", "045"),
])
def test_hosts_raids_and_mediations_stay(text, cameo):
    doc = full(text, published_at=DAY)
    assert [e for e in doc.events if e.cameo.startswith(cameo)], _codes(doc)
