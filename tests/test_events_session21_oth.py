"""Session 21, OTH: off-topic pages, round 3.  Market pages speak of a price war, the speculators' attack, a hostile
bid that attacks a rival (marsad/coding/domain.py, role ``market``); space pages of an asteroid strike and a probe
that struck an asteroid (role ``science``); a jury and a book fair make a culture page (role ``screen``); flood
water that "surrounded" people is no siege (hazards.tsv).  Each with a guard: the army's attack still codes.
Sentences and pages are ours."""
from __future__ import annotations

from events_helpers import full
from marsad.pipeline import Pipeline, PipelineConfig

DAY = "2026-12-01"
VIOLENT = ("18", "19", "20")

MARKET_AR = (
    "البورصات الخليجية تخسر مع هبوط خام برنت\n\n"
    "دبي - هبطت أسهم شركات الطاقة في البورصات الخليجية الاثنين مع تراجع سعر برميل برنت إلى 58 دولارا.\n\n"
    "وقال محلل مالي إن هجوم المضاربين على العقود الآجلة عمق الخسائر، وإن حرب الأسعار بين المنتجين لن تنتهي قريبا.\n\n"
    "ودعا مجلس إدارة إحدى الشركات المساهمين إلى التريث قبل بيع أسهمهم.\n")

MARKET_EN = (
    "Airline shares slide as fare war deepens\n\n"
    "London - Shares of budget carriers fell on Tuesday as a fare war pushed ticket prices to record lows, and "
    "investors feared weaker earnings.\n\n"
    "Analysts said Northwind wanted to attack its rival's dominance with a takeover of a smaller carrier.\n\n"
    "Both groups will report their earnings next week, and shareholders expect lower dividends.\n")


def _violent(doc):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events if e.root in VIOLENT]


def test_a_market_page_has_no_attacks():
    for text in (MARKET_AR, MARKET_EN):
        doc = full(text, published_at=DAY)
        assert _violent(doc) == [], text[:40]
        assert doc.meta["domain"]["market"] == "page"


def test_the_market_gate_switched_off_codes_the_metaphor():
    # (session 22 OTH3: the private-page gate drops the same company-on-company attack, so it is off here too)
    doc = Pipeline(PipelineConfig(options={"market_gate": False, "private_gate": False}))(MARKET_EN, published_at=DAY)
    # (session 32 FIXEN2: "wanted to attack" is an intent now, the metaphor coded as a threat of force, 138)
    assert _violent(doc) or any(e.cameo == "138" for e in doc.events), "the gate, not some other rule, drops the bid's 'attack'"


def test_a_market_page_keeps_the_army_attack():
    """Guard: the armed in a market sentence keep its violence (market_anchor)."""
    text = MARKET_AR + "\nوشن الجيش اليمني هجوما على مواقع المسلحين قرب ميناء الحديدة، ما رفع سعر برميل برنت.\n"
    doc = full(text, published_at=DAY)
    assert any(e.root == "19" and (e.source_code or "").startswith("YEM") for e in doc.events), _violent(doc)


def test_the_army_attack_codes_on_a_news_page():
    """Guard: no market, science or sports cue; the army's attack is an assault in both languages."""
    ar = full("شن الجيش السوداني هجوما على مواقع قوات الدعم السريع في الخرطوم أمس.", published_at=DAY)
    en = full("The Sudanese army launched an attack on rebel positions in Khartoum on Monday.", published_at=DAY)
    assert any(e.root == "19" for e in ar.events), _violent(ar)
    assert any(e.root == "19" for e in en.events), _violent(en)


SPACE_EN = (
    "Asteroid strike leaves a new crater on the Moon\n\n"
    "Houston - A small asteroid strike left a fresh crater on the Moon, NASA said on Tuesday, after a lunar orbiter "
    "photographed the scar.\n\n"
    "A spacecraft deliberately struck a second asteroid in 2022, and astronomers will measure how far it moved.\n\n"
    "The telescope's next target is a comet that will pass the Earth in March.\n")


def test_a_space_page_has_no_events():
    doc = full(SPACE_EN, published_at=DAY)
    assert [(e.cameo, e.trigger) for e in doc.events] == []
    assert doc.meta["domain"]["science"] == "page"


FLOOD_AR = ("وأنقذت فرق الدفاع المدني عشرين شخصا حاصرتهم المياه داخل منازلهم في المدينة بعد هطول أمطار غزيرة.")


def test_flood_water_is_no_siege():
    doc = full(FLOOD_AR, published_at=DAY)
    assert [e.cameo for e in doc.events if e.root in ("17", "18", "19", "20")] == []


def test_troops_that_surround_a_town_still_besiege_it():
    """Guard: the same verb with troops as its subject is a siege."""
    doc = full("وحاصرت قوات الجيش السوري بلدة في ريف إدلب أمس.", published_at=DAY)
    assert any(e.root in ("19", "15", "17") for e in doc.events), [(e.cameo, e.trigger) for e in doc.events]


FESTIVAL_AR = (
    "لجنة تحكيم المهرجان تمنح جائزتها لفيلم عن القرية\n\n"
    "القاهرة - منحت لجنة تحكيم المهرجان السينمائي جائزتها الكبرى لفيلم يروي صراعا على الأرض.\n\n"
    "وفي معرض الكتاب، تروي رواية جديدة حكاية مدينة متخيلة تحاصرها الجيوش وتقصفها الطائرات.\n")


def test_a_novel_on_a_culture_page_besieges_nobody():
    doc = full(FESTIVAL_AR, published_at=DAY)
    assert [e.cameo for e in doc.events if e.root in ("18", "19", "20")] == []


def test_a_company_board_meeting_is_no_consultation():
    ar = full("وافق اجتماع مجلس الإدارة على زيادة رأس مال الشركة بنسبة عشرة في المئة.", published_at=DAY)
    en = full("Skyline's board met in an emergency session on Monday to discuss the offer.", published_at=DAY)
    assert [e.cameo for e in ar.events if e.root == "04"] == []
    assert [e.cameo for e in en.events if e.root == "04"] == []


def test_the_security_council_meeting_is_still_a_meeting():
    """Guard: مجلس without الإدارة, and a minister who met a counterpart, still consult."""
    ar = full("وعقد مجلس الأمن الدولي اجتماعا طارئا أمس لبحث الوضع في السودان.", published_at=DAY)
    en = full("The Jordanian foreign minister met his Egyptian counterpart in Cairo on Monday.", published_at=DAY)
    assert any(e.root == "04" for e in ar.events), [(e.cameo, e.trigger) for e in ar.events]
    assert any(e.root == "04" for e in en.events), [(e.cameo, e.trigger) for e in en.events]


def test_a_killer_is_no_fight():
    """قاتل: "fought" and "a killer"; the headline's object noun is the killer."""
    doc = full("القضاء يدين قاتل تاجر المجوهرات بالسجن المؤبد", published_at=DAY)
    assert [e.cameo for e in doc.events if e.root in ("18", "19", "20")] == [], [(e.cameo, e.trigger) for e in doc.events]


def test_fighters_who_fight_still_fight():
    """Guard: the feminine perfect and the bare verb opening its clause with a subject actor still code 19."""
    a = full("وقاتلت القوات الحكومية المسلحين في ريف حماة أمس.", published_at=DAY)
    b = full("وقاتل مسلحو الحركة الجيش الأفغاني في ولاية هلمند أمس.", published_at=DAY)
    assert any(e.root == "19" for e in a.events), [(e.cameo, e.trigger) for e in a.events]
    assert any(e.root == "19" for e in b.events), [(e.cameo, e.trigger) for e in b.events]
