"""A protest's target from its purpose / demand phrase (cue ``protest_purpose`` in cues_ar.tsv: احتجاجا على،
تنديدا ب، رفضا ل، للمطالبة ب، مطالبين X، مناهضة ل، في رد على، ضد): the first state actor in the phrase.
Sentences written for these tests."""
import pytest

import marsad


def protests(text):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == "PROTEST"]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


@pytest.mark.parametrize("text,country", [
    ("تظاهر مئات الطلاب أمام الجامعة احتجاجا على زيارة الرئيس الأميركي إلى البلاد.", "USA"),
    ("نظم العمال إضرابا عاما في رد على قرار الحكومة الأردنية رفع أسعار الوقود.", "JOR"),
    ("تظاهر آلاف المحتجين في شوارع العاصمة أمس تنديدا بسياسات الحكومة التونسية.", "TUN"),
    ("اعتصم عشرات الناشطين في الساحة للمطالبة بإقالة وزير الداخلية اللبناني.", "LBN"),
    ("تجمع مئات المحتجين في وسط المدينة رفضا لتدخل الجيش الروسي في الانتخابات.", "RUS"),
])
def test_purpose_phrase_names_the_target(text, country):
    evs = protests(text)
    assert any(e.target_country == country for e in evs), show(evs)


def test_demand_addressees_fan_out():
    evs = protests("تجمع آلاف المحتجين في ساحة التحرير مطالبين الحكومة العراقية والأمم المتحدة بالتدخل.")
    assert {e.target_code for e in evs} >= {"IRQGOV", "IGOUNO"}, show(evs)


def test_a_named_target_is_kept():
    # the state at the site is the target already: the purpose phrase does not replace it
    evs = protests("تظاهر عشرات الإيرانيين أمام السفارة البريطانية احتجاجا على تصريحات الرئيس الفرنسي.")
    assert evs and evs[0].target_country == "GBR", show(evs)
    assert ":purpose-tgt" not in evs[0].rule


def test_crowd_description_is_not_the_aim():
    # "المحتجون المناهضون للحكومة" describes the crowd; what they blocked is not a state
    evs = protests("عطل آلاف المحتجين المناهضين للحكومة الكينية حركة المرور في العاصمة أمس.")
    assert not any(":purpose-tgt" in e.rule for e in evs), show(evs)


def test_phrase_does_not_reach_across_a_full_stop():
    evs = protests("تظاهر مئات الطلاب أمام الجامعة أمس. وقال الرئيس الأميركي إنه يتابع الوضع احتجاجا على الوضع.")
    assert not any(e.target_country == "USA" for e in evs if e.sentence == 0), show(evs)


def test_window_of_dd():
    # ضد reaches only the next words: a state far after it is no target
    evs = protests("تظاهر آلاف الطلاب ضد قرار رفع الرسوم الجامعية الذي أعلنته مؤخرا وزارة التعليم المصرية.")
    assert not any(":purpose-tgt" in e.rule for e in evs), show(evs)


def test_condemnation_after_a_protest_is_the_crowds():
    evs = marsad.code("تظاهر آلاف المحتجين في شوارع العاصمة أمس تنديدا بسياسات الحكومة التونسية.",
                      published_at="2024-03-01").events
    acc = [e for e in evs if e.root == "11"]
    assert acc and acc[0].source_code == "CVL" and acc[0].target_code == "TUNGOV", show(evs)


def test_crowd_after_man3_is_the_subject_not_the_prevented_thing():
    from events_helpers import code
    doc = code("ومنع المتظاهرون الشاحنات من الوصول إلى الميناء.", {"المتظاهرون": "CVL"})
    evs = [e for e in doc.events if e.plover_type == "PROTEST"]
    assert evs and evs[0].modality == "asserted", show(evs)
    # a verbal noun after منع stays prevented (not a report of a protest)
    doc = code("ومنعت الشرطة التظاهرة أمام البرلمان.", {"الشرطة": "COP"})
    evs = [e for e in doc.events if e.plover_type == "PROTEST"]
    assert all(e.negated or e.modality != "asserted" or e.historical for e in evs), show(evs)


def test_aim_misread_as_the_crowd_moves_to_the_target():
    evs = protests("تظاهر الآلاف في العاصمة احتجاجا على الغارات الإسرائيلية على غزة.")
    v = [e for e in evs if e.trigger == "تظاهر"]
    assert v and v[0].target_country == "ISR" and v[0].source_country != "ISR", show(evs)
