"""Round 8: an attack right after the subject of a condemnation verb (أدان، استنكر، ندد …: roots 11 / 12) is the
condemned act, not an act of the condemner (``:condemned``).  Sentences written for these tests."""
import pytest

import marsad


def attacks(text):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == "ASSAULT"]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


@pytest.mark.parametrize("text,condemner", [
    ("واستنكرت الحكومة اللبنانية قتل المدنيين في الجنوب.", "LBNGOV"),
    ("وأدان الاتحاد الأوروبي خطف الصحفيين الفرنسيين في مالي.", "IGOEUREEC"),
])
def test_the_condemner_is_not_the_attacker(text, condemner):
    evs = attacks(text)
    assert evs and not any(e.source_code == condemner for e in evs), show(evs)
    assert any(":condemned" in e.rule for e in evs), show(evs)


def test_a_report_keeps_its_agent():
    evs = attacks("وقصفت الطائرات الإسرائيلية مواقع في جنوب لبنان فجر اليوم.")
    assert evs and evs[0].source_country == "ISR" and ":condemned" not in evs[0].rule, show(evs)


def test_a_new_clause_keeps_its_agent():
    # و opens a new clause: the army that condemned is also the one that shelled
    evs = attacks("وأدان الجيش الهجوم وقصف مواقع المسلحين في المنطقة.")
    assert not any(":condemned" in e.rule for e in evs), show(evs)
