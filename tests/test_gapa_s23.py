"""Session 23 GAPA: tribal leaders and tribal fighters, and a conveyed verbal noun with a possessive pronoun before a
circumstantial participle (our own sentences; see marsad/data/coding/README.md, "Session 23, GAPA")."""
from __future__ import annotations

import pytest

from tests.events_helpers import dump, full

# (sentence, trigger, CAMEO prefix, source code, target code or "*")
SOURCES = [
    # 1. a sheikh / leader OF a tribe or clan: a tribal leader (CVL, the place's country); "وطالب" before him is the verb
    ("وطالب شيخ قبيلة البقارة رامي الدهش قوات النظام بالانسحاب من القرى في ريف حلب.", "وطالب", "10", "SYRCVL", "*"),
    ("دعا شيخ عشيرة الشعيطات في دير الزور الأهالي إلى التهدئة.", "دعا", "02", "SYRCVL", "*"),
    ("وطالب زعيم قبلي في مأرب الحكومة اليمنية بصرف رواتب الموظفين.", "وطالب", "10", "YEMCVL", "YEMGOV"),
    # guard: "الشيخ" alone (a named cleric) stays REL
    ("دعا الشيخ أحمد الكبيسي المصلين إلى التبرع للمحتاجين.", "دعا", "02", "REL", "*"),
    # 2. tribal fighters take the country of the place they fight in
    ("هاجم مسلحون من العشائر حاجزا لقوات الأمن في ريف درعا.", "هاجم", "19", "SYRUAF", "SYRCOP"),
    ("وهاجم مسلحون من أبناء القبائل مقرا للجيش في محافظة الأنبار.", "وهاجم", "19", "IRQUAF", "*"),
    # guard: bare gunmen stay country-less in an attack (the span gold's convention)
    ("هاجم مسلحون حاجزا لقوات الأمن في ريف درعا.", "هاجم", "19", "UAF", "SYRCOP"),
    # 3. guard: a finite verb with an object pronoun keeps its subject for the participle after it
    ("رفضها البرلمان الأردني بالإجماع، محذرا من عواقبها.", "محذرا", "13", "JORLEG", "*"),
]


@pytest.mark.parametrize("text,trigger,prefix,src,tgt", SOURCES)
def test_source(text, trigger, prefix, src, tgt):
    doc = full(text)
    ev = [e for e in doc.events if e.trigger == trigger and e.cameo.startswith(prefix)]
    assert ev and ev[0].source_code == src and tgt in ("*", ev[0].target_code), dump(doc)


@pytest.mark.parametrize("text", ["طالب مدني قتل في القصف على المدينة.", "طالب مسيحي قتل في القصف على المدينة.",
                                  "وطالب طب أصيب في الاشتباكات."])
def test_guard_student_with_an_adjective_stays_a_student(text):
    doc = full(text)
    assert not [e for e in doc.events if e.trigger in ("طالب", "وطالب")], dump(doc)


def test_tribal_fighters_clash():
    doc = full("واشتبك مقاتلو العشائر مع قوات سوريا الديمقراطية في بلدة ذيبان.")
    assert {(e.source_code, e.target_code) for e in doc.events if e.root == "19"} == {
        ("SYRUAF", "SYRREB"), ("SYRREB", "SYRUAF")}, dump(doc)


def test_guard_tribal_gunmen_firing_at_a_foreign_army_do_not_take_its_country():
    doc = full("وقال شاهد إنه رأى مسلحين من القبائل يطلقون النار على الطائرات الأميركية بعد الغارة.")
    assert not [e for e in doc.events if (e.source_code or "") == "USAUAF"], dump(doc)


# 3. "أبلغت X رفضها …، محذرا": the verbal noun is the conveyor's, and so is the warning (to X)

@pytest.mark.parametrize("text,noun,hal,src,tgt", [
    ("القاهرة - قال المتحدث باسم الخارجية المصرية إن القاهرة ترفض التصريحات. وأضاف أن مصر أبلغت القائم بالأعمال "
     "الإثيوبي رفضها لهذه التصريحات، محذرا من عواقبها.", "رفضها", "محذرا", "EGY", "ETH"),
    ("أبلغت الجزائر السفير الفرنسي رفضها للتصريحات، محذرة من تداعياتها.", "رفضها", "محذرة", "DZA", "FRA"),
])
def test_conveyed_rejection_and_warning(text, noun, hal, src, tgt):
    doc = full(text)
    for trig, prefix in ((noun, "12"), (hal, "13")):
        ev = [e for e in doc.events if e.trigger == trig and e.cameo.startswith(prefix)]
        assert ev and ev[0].source_country == src and ev[0].target_country == tgt, dump(doc)
