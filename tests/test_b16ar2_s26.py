"""Session 26, B16AR2: two Arabic leftovers of the sixteenth blind test, fixed in general (our own sentences)."""
from __future__ import annotations

import pytest

from tests.events_helpers import by_country, dump, find, full


# ----------------------------------------------------------------------------- 1. a foreign force arriving (074)
@pytest.mark.parametrize("text, src, tgt", [
    ("وصلت قوات مصرية إلى الصومال ضمن بعثة حفظ السلام الأفريقية.", "EGY", "SOM"),
    ("وصلت أول دفعة من عناصر الشرطة الكينية إلى هايتي أمس.", "KEN", "HTI"),
    # the destination far after the force phrase, past a comma clause and a time
    ("وصلت أول دفعة من عناصر الشرطة الكينية، تضم نحو 400 عنصر، مساء أمس الثلاثاء إلى مطار بورت أو برنس الدولي.",
     "KEN", "HTI"),
    ("وصلت طلائع القوات الرواندية صباح اليوم إلى مدينة بيمبا في شمال موزمبيق لمساندة الجيش المحلي.", "RWA", "MOZ"),
    ("ووصلت قوات رواندية أمس إلى موزمبيق.", "RWA", "MOZ"),
    ("وصلت دفعة جديدة من الجنود المصريين إلى الصومال.", "EGY", "SOM"),
])
def test_force_arriving_abroad_is_074(text, src, tgt):
    doc = full(text, published_at="2024-05-02")
    assert by_country(doc, "074", src, tgt), dump(doc)


@pytest.mark.parametrize("text", [
    "وصلت أول دفعة من المساعدات الإنسانية إلى غزة أمس.",   # aid, no force
    "وصلت دفعة ثانية من المساعدات الطبية إلى السودان.",
    "وصلت قوات من الجيش المصري إلى شمال سيناء أمس.",   # at home
    "وصلت قوات إضافية إلى المدينة مساء الأحد.",   # no country
    "ووعد الرئيس بإرسال دفعات أخرى ليصل عدد العناصر الكينيين إلى ألف.",   # a number reaching
])
def test_guard_no_force_arrival(text):
    doc = full(text, published_at="2024-05-02")
    assert not [e for e in doc.events if e.cameo == "074" and e.trigger.split()[0].endswith(("صل", "صلت"))], dump(doc)


# ----------------------------------------------------------------------------- 2. public employees; a bare government
@pytest.mark.parametrize("text, code", [
    ("وفي البصرة، تظاهر أمس مئات من موظفي القطاع العام أمام مبنى المحافظة احتجاجا على تأخر رواتبهم.", "IRQCVL"),
    ("وفي البصرة، تظاهر أمس مئات من المعلمين أمام مبنى المحافظة احتجاجا على تأخر رواتبهم.", "IRQEDU"),
])
# (an xfail until session 44: domestic_place.fill with crowds reads it now, gapar44)
def test_protesting_civilian_role_takes_the_place_country(text, code):
    doc = full(text, published_at="2024-05-02")
    assert find(doc, "14", code), dump(doc)


def test_public_employees_demand_after_their_protest():
    doc = full("وفي البصرة، تظاهر أمس مئات من موظفي القطاع العام أمام مبنى المحافظة، وطالبوا الحكومة بصرف رواتبهم.",
               published_at="2024-05-02")
    assert find(doc, "10", "IRQCVL", "IRQGOV"), dump(doc)


def test_guard_protest_role_with_its_own_country_stays():
    doc = full("وفي باريس، تظاهر أمس مئات من الطلاب الجزائريين أمام السفارة احتجاجا على القرار.", published_at="2024-05-02")
    assert not find(doc, "14", "FRAEDU") and not find(doc, "14", "FRACVL"), dump(doc)


@pytest.mark.parametrize("text, tgt", [
    ("اتهم المتحدث باسم حكومة الإقليم الحكومة الاتحادية بتجويع المواطنين.", "IRQGOV"),
    # guard: a named official and a named government stay as they were
    ("اتهم وزير الخارجية العراقي الحكومة التركية بانتهاك السيادة.", "TURGOV"),
])
def test_official_accuses_the_bare_government(text, tgt):
    doc = full("بغداد - 3 مايو\n\n" + text, published_at="2024-05-03")
    assert find(doc, "112", "IRQGOV", tgt), dump(doc)
