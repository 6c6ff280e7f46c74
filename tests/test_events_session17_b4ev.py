"""Session 17, B4EV (own sentences): event causes of the fourth blind test.

1. Missing trigger rows: قطع + الطريق (a blockade, 144; "قطع الطريق على أي محاولة" = forestall, no event:
   ``marsad.coding.blockade_ar``), ثمن (praise, 051; a homograph of "price"), "stop / halt deliveries / supplies"
   (162), "stood by X" without if (051, a state actor after by), "forced their way into" and the base "storm" (190),
   "declared X persona non grata" (166).
"""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline

PUB = "2025-02-05"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _evs(pipe, text, code_prefix=""):
    return [e for e in pipe(text, published_at=PUB).events if e.cameo.startswith(code_prefix)]


def _one(pipe, text, code_prefix):
    evs = _evs(pipe, text, code_prefix)
    assert len(evs) == 1, [(e.cameo, e.trigger, e.source_code, e.target_code) for e in evs]
    return evs[0]


def _show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code) for e in evs]


# ----------------------------------------------------------------------------- 1. trigger rows
def test_road_blockade_by_farmers_is_144(pipe):
    ev = _one(pipe, "وقطع عشرات المزارعين الجزائريين أمس الطريق السريع بين وهران والعاصمة احتجاجا على ارتفاع "
                    "أسعار الأسمدة.", "144")
    assert ev.source_code == "DZAAGR" and ev.date == "2025-02-04" and not ev.negated


def test_road_in_front_of_a_building_is_still_a_blockade(pipe):
    ev = _one(pipe, "وقطع المحتجون الطريق أمام مبنى وزارة الزراعة في الرباط.", "144")
    assert ev.trigger.endswith("الطريق")


def test_forestall_idiom_is_no_blockade(pipe):
    # guard: "يقطع الطريق على أي محاولة" = forestall
    evs = _evs(pipe, "وقالت الحكومة المصرية إن القرار يقطع الطريق على أي محاولة لرفع الأسعار.", "14")
    assert evs == [], _show(evs)


def test_thamman_praise(pipe):
    ev = _one(pipe, "وقال الرئيس الموريتاني إن نواكشوط تثمن دعم السنغال لمشروع خط الغاز المشترك.", "05")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("051", "MRTGOV", "SEN")


def test_thaman_price_is_no_praise(pipe):
    # guard: ثمن "price"
    evs = _evs(pipe, "ودفع المواطنون في لبنان ثمن الأزمة الاقتصادية طوال السنوات الماضية.", "05")
    assert evs == [], _show(evs)


def test_halted_gas_deliveries_is_162(pipe):
    ev = _one(pipe, "Algerian state energy firm Sonatrach halted gas deliveries to Morocco on Monday.", "16")
    assert (ev.cameo, ev.target_code) == ("162", "MAR")


def test_stopped_supplies_is_162(pipe):
    ev = _one(pipe, "The Turkish government stopped supplies to the Syrian town last week.", "16")
    assert (ev.cameo, ev.source_code) == ("162", "TURGOV")


def test_stopped_a_convoy_is_no_aid_cut(pipe):
    # guard: stop + another object
    assert _evs(pipe, "Pakistani police stopped the convoy at the border on Monday.", "16") == []


def test_stood_by_a_state_is_support(pipe):
    ev = _one(pipe, "The Polish government said it stood by Lithuania and would send extra border guards.", "05")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("051", "POLGOV", "LTU")


def test_stands_by_a_decision_is_no_support(pipe):
    # guard: no state actor after "by"
    assert _evs(pipe, "The Hungarian prime minister said he stands by his decision to veto the package.", "05") == []


def test_would_not_stand_by_if_is_still_a_threat(pipe):
    evs = _evs(pipe, "Serbia would not stand by if Serbs in Kosovo were attacked, the Serbian president said.")
    assert [e.cameo[:2] for e in evs if e.trigger.startswith("stand")] == ["13"], _show(evs)


def test_forced_their_way_into_is_190(pipe):
    ev = _one(pipe, "Kenyan police forced their way into the offices of an opposition newspaper in Nairobi and "
                    "seized computers.", "19")
    assert (ev.cameo, ev.source_code) == ("190", "KENCOP")


def test_forced_to_find_a_way_is_no_assault(pipe):
    # guard: "forced" + "way" not "forced one's way into"
    evs = _evs(pipe, "The strike forced the Chilean government to find a way into new talks with the unions.", "19")
    assert evs == [], _show(evs)


def test_headline_storm_is_190(pipe):
    ev = _one(pipe, "Police storm Kenyan opposition offices", "19")
    assert ev.cameo == "190" and ev.source_code == "KENCOP"


def test_a_storm_is_weather(pipe):
    # guard: the noun after a determiner
    assert _evs(pipe, "A storm hit the Philippine coast on Monday, cutting power to thousands.", "19") == []


def test_declared_persona_non_grata_is_166(pipe):
    ev = _one(pipe, "Poland declared a Belarusian diplomat persona non grata on Tuesday.", "16")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("166", "POL", "BLRGOV")


def test_declared_a_state_of_emergency_is_no_expulsion(pipe):
    # guard: declared without persona
    assert _evs(pipe, "Peru declared a state of emergency in the southern region of Puno on Tuesday.", "166") == []
