"""Session 12, lead: natural hazards are no attackers (marsad/coding/hazards.py), and the conjoined subjects of a
verb of offering give to a third party (data/coding/offer_verbs.tsv).  Sentences are ours."""
from __future__ import annotations

import pytest

from events_helpers import full

ATTACK = ("15", "17", "18", "19", "20")


def _attacks(doc):
    return [e for e in doc.events if e.root in ATTACK]


@pytest.mark.parametrize("text", [
    "ضرب زلزال بقوة ست درجات ولاية هطاي جنوب تركيا فجر الثلاثاء، ما أدى إلى مقتل سبعة أشخاص.",
    "وهاجمت الأمواج العالية القوارب الراسية في ميناء طبرق.",
    "واجتاحت السيول أحياء كاملة في مدينة درنة.",
    "A powerful typhoon battered the eastern Philippines on Tuesday, killing at least 12 people.",
    "The storm struck the island before dawn.",
    "Firefighters fought the flames for a third day in southern Greece.",
    "Five people were killed by floods in northern Pakistan.",
])
def test_natural_force_is_no_attacker(text):
    assert _attacks(full(text, published_at="2026-11-20")) == []


@pytest.mark.parametrize("text, root", [
    # the attacker is named: the storm is only the setting
    ("During the storm, gunmen killed five villagers in central Mali.", "18"),
    # an airstrike is no verb a natural force can do: the fire after it leaves the strike coded
    ("واندلع حريق كبير في المستودع إثر غارة إسرائيلية على ريف دمشق.", "19"),
    ("قتل مسلحون خمسة قرويين خلال العاصفة في وسط مالي.", "18"),
    # "fire" is gunfire in news English, no hazard
    ("Government forces launched artillery and rocket fire against rebel camps near the border, killing 12 fighters.", "19"),
])
def test_human_attack_beside_a_hazard_is_kept(text, root):
    assert any(e.root == root or e.root in ATTACK for e in _attacks(full(text, published_at="2026-11-20")))


def _pairs(doc, cameo_prefix):
    return sorted((e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(cameo_prefix))


def test_conjoined_subjects_offering_aid_do_not_cooperate_with_each_other():
    doc = full("Egypt and Qatar offered aid to Sudan.", published_at="2026-11-20")
    assert _pairs(doc, "033") == [("EGY", "SDN"), ("QAT", "SDN")]
    doc = full("Japan and South Korea offered emergency aid.", published_at="2026-11-20")
    assert all(t in (None, "PHL") for _, t in _pairs(doc, "03")) and _pairs(doc, "03")


def test_pledged_support_for_a_third_country():
    doc = full("Russia and China pledged support for Iran.", published_at="2026-11-20")
    assert ("RUS", "CHN") not in _pairs(doc, "03") and ("RUS", "IRN") in _pairs(doc, "03")


def test_offer_to_mediate_is_toward_third_parties():
    doc = full("Egypt and Qatar offered to mediate.", published_at="2026-11-20")
    assert _pairs(doc, "039") == [("EGY", None), ("QAT", None)]


@pytest.mark.parametrize("text", ["Egypt and Qatar agreed to cooperate.", "Egypt and Qatar pledged to boost trade."])
def test_cooperating_conjoined_subjects_stay_mutual(text):
    pairs = _pairs(full(text, published_at="2026-11-20"), "03")
    assert ("EGY", "QAT") in pairs and ("QAT", "EGY") in pairs


# ----------------------------------------------------------------------------- aid in disaster stories
def test_aid_offered_after_a_quake_goes_to_the_stricken_country():
    text = ("ضرب زلزال قوي ولاية ملاطية شرق تركيا فجر الأحد، ما أدى إلى انهيار عشرات المنازل.\n\n"
            "وأرسلت الحكومة الأردنية فريقا للإنقاذ، كما عرضت الكويت والبحرين تقديم مساعدات عاجلة.\n")
    doc = full(text, published_at="2026-11-20")
    assert sorted((e.cameo, e.source_country, e.target_country) for e in doc.events if e.root in ("03", "07")) == [
        ("033", "BHR", "TUR"), ("033", "KWT", "TUR"), ("073", "JOR", "TUR")]


def test_typhoon_aid_offer_goes_to_the_stricken_country():
    text = ("A typhoon battered the northern Philippines on Monday, flattening homes in coastal towns.\n\n"
            "Australia and New Zealand offered emergency aid.\n")
    doc = full(text, published_at="2026-11-20")
    assert sorted((e.source_country, e.target_country) for e in doc.events if e.cameo == "033") == [
        ("AUS", "PHL"), ("NZL", "PHL")]


def test_no_disaster_recipient_far_from_the_hazard_or_for_military_aid():
    filler = "The ministry said talks on the water projects would resume next month. "
    text = ("Cairo has been hit by a heatwave for weeks. " + filler * 4
            + "\n\nAustralia and New Zealand offered emergency aid. France sent troops.\n")
    doc = full(text, published_at="2026-11-20")
    assert all(e.target_country != "EGY" for e in doc.events)


# ----------------------------------------------------------------------------- wars on abstract foes
@pytest.mark.parametrize("text", [
    "شنت الحكومة المصرية حربا على الفساد.",
    "شنت الحكومة حربا شاملة على الفساد.",
    "أعلن الرئيس الحرب على المخدرات.",
    "The president launched a war on drugs.",
    "The government launched a campaign against corruption.",
])
def test_war_on_an_abstract_foe_is_no_attack(text):
    assert _attacks(full(text, published_at="2026-11-20")) == []


@pytest.mark.parametrize("text", [
    "شنت إسرائيل حربا على غزة.",
    "شن الجيش هجوما على معاقل المتمردين.",
    "The army launched an offensive against the rebels.",
])
def test_war_on_a_place_or_an_actor_stays(text):
    assert any(e.root == "19" for e in full(text, published_at="2026-11-20").events)


# ----------------------------------------------------------------------------- invasions (اجتاح، غزا، الغزو، الاجتياح)
@pytest.mark.parametrize("text, src, tgt, hist", [
    ("غزت روسيا أوكرانيا في فبراير 2022.", "RUS", "UKR", False),
    ("اجتاح العراق الكويت في أغسطس عام 1990.", "IRQ", "KWT", True),
    ("منذ الغزو الروسي لأوكرانيا، ارتفعت أسعار القمح.", "RUS", "UKR", True),
    ("منذ الاجتياح الإسرائيلي للبنان عام 1982.", "ISR", "LBN", True),
])
def test_arabic_invasion_verbs_and_nouns(text, src, tgt, hist):
    evs = [e for e in full(text, published_at="2022-11-20").events if e.cameo == "190"]
    assert [(e.source_country, e.target_country, e.historical) for e in evs] == [(src, tgt, hist)]


def test_israeli_forces_sweeping_into_a_town():
    evs = full("اجتاحت القوات الإسرائيلية مدينة جنين فجر اليوم.", published_at="2026-11-20").events
    assert [(e.cameo, e.source_code, e.target_country) for e in evs] == [("190", "ISRMIL", "PSE")]


# ----------------------------------------------------------------------------- violated truces (خرق / انتهك الهدنة)
@pytest.mark.parametrize("text, src", [
    ("خرقت قوات الدعم السريع الهدنة في الخرطوم.", "SDNREB"),
    ("انتهكت إسرائيل الهدنة في غزة.", "ISR"),
])
def test_violated_truce_is_196_not_a_truce(text, src):
    evs = full(text, published_at="2026-11-20").events
    assert [(e.cameo, e.source_code) for e in evs if e.root in ("08", "19")] == [("196", src)]


def test_violated_rights_are_no_ceasefire_violation():
    assert not any(e.cameo == "196" for e in full("انتهكت الحكومة حقوق الإنسان.", published_at="2026-11-20").events)


def test_hazard_subject_of_a_nominal_clause():
    text = "زلزال قوي يضرب جنوب تركيا وعاصفة تجتاح سواحل ليبيا"
    assert _attacks(full(text, published_at="2026-11-20")) == []


# ----------------------------------------------------------------------------- contests at the ballot box, verbal attacks
@pytest.mark.parametrize("text", [
    "The ruling party crushed the opposition in Sunday's parliamentary election.",
    "Erdogan defeated his rival Kilicdaroglu in the runoff.",
    "هزم الرئيس منافسه في الانتخابات الرئاسية.",
])
def test_electoral_defeat_is_no_attack(text):
    assert _attacks(full(text, published_at="2026-11-20")) == []


@pytest.mark.parametrize("text", [
    "Gunmen attacked a polling station in the northern city of Kano.",
    "Troops attacked rebel positions in the north during the election campaign.",
])
def test_attack_near_an_election_word_stays(text):
    assert any(e.root == "19" for e in full(text, published_at="2026-11-20").events)


def test_attacked_a_record_is_criticism():
    evs = full("The opposition leader attacked the government's economic record in a televised debate.",
               published_at="2026-11-20").events
    assert any(e.cameo == "111" for e in evs) and _attacks_of(evs) == []


def _attacks_of(evs):
    return [e for e in evs if e.root in ATTACK]


@pytest.mark.parametrize("text, attack", [
    ("اجتاحت موجة من الاحتجاجات المدن الإيرانية.", False),
    ("A wave of protests swept Iranian cities.", False),
    ("ضربت موجة من التفجيرات بغداد صباح اليوم.", True),   # a wave of bombings is an attack
])
def test_wave_of_protests_sweeps_no_one(text, attack):
    evs = full(text, published_at="2026-11-20").events
    assert bool(_attacks_of(evs)) is attack and (attack or any(e.root == "14" for e in evs))
