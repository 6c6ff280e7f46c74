"""Session 24, B11AR2: Arabic actor causes left by B11AR (our own sentences): "the three countries" after three
named; plural officials + a regional nisba before a capital object; a bare embassy in a country's condemnation; a
recall of one's own ambassador with no host."""
from __future__ import annotations

from events_helpers import dump, full


def _pairs(doc, prefix):
    return sorted((e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix))


# 1. "the three countries" names the three countries named together before
def test_three_states_as_subject():
    doc = full("قالت فرنسا وبريطانيا وألمانيا إنها لن تخفف القيود على الصادرات النفطية. "
               "وطالبت الدول الثلاث في بيان مشترك طهران بالعودة إلى المفاوضات.")
    assert _pairs(doc, "10") == [("DEU", "IRNGOV"), ("FRA", "IRNGOV"), ("GBR", "IRNGOV")], dump(doc)


def test_three_european_states_as_object():
    doc = full("أعلنت فرنسا وبريطانيا وألمانيا رفضها لخطة التخصيب الجديدة. "
               "واتهمت إيران الدول الأوروبية الثلاث بتسييس الملف النووي.")
    assert _pairs(doc, "112") == [("IRN", "DEU"), ("IRN", "FRA"), ("IRN", "GBR")], dump(doc)


def test_three_capitals_after_three_ministers():
    doc = full("اجتمع وزراء خارجية مصر والأردن والعراق في عمان أمس. "
               "ودعت العواصم الثلاث إسرائيل إلى وقف العمليات العسكرية فورا.")
    assert _pairs(doc, "02") == [("EGY", "ISR"), ("IRQ", "ISR"), ("JOR", "ISR")], dump(doc)


def test_three_states_with_two_named_is_not_read():
    doc = full("زار وزير الخارجية فرنسا وبريطانيا الأسبوع الماضي. وانتقدت الدول الثلاث إيران بشدة.")
    assert all(":three-states" not in e.rule for e in doc.events), dump(doc)
    assert not any(e.source_country in ("FRA", "GBR") for e in doc.events if e.cameo.startswith("11")), dump(doc)


def test_member_states_phrase_is_not_read():
    doc = full("وتعهدت مصر والأردن والعراق بتعزيز التنسيق. وانتقدت الدول الأعضاء الثلاث إيران.")
    assert all(":three-states" not in e.rule for e in doc.events), dump(doc)


# 2. plural officials + a regional / national nisba, then a capital: subject + object
def test_arab_officials_subject_capital_object():
    doc = full("ويطالب المسؤولون العرب دمشق بوقف تهريب المخدرات عبر الحدود.")
    assert ("ARBGOV", "SYRGOV") in _pairs(doc, "10"), dump(doc)


def test_european_officials_subject_capital_object():
    doc = full("وانتقد المسؤولون الأوروبيون موسكو بشدة بعد الهجوم على الميناء.")
    assert _pairs(doc, "11") == [("EURGOV", "RUSGOV")], dump(doc)


def test_western_leaders_subject():
    doc = full("وانتقد القادة الغربيون بكين بسبب المناورات العسكرية.")
    assert _pairs(doc, "11") == [("WSTGOV", "CHNGOV")], dump(doc)


def test_american_officials_keep_the_capital_object():
    doc = full("وانتقد المسؤولون الأمريكيون طهران بسبب دعمها للمسلحين.")
    assert _pairs(doc, "11") == [("USAGOV", "IRNGOV")], dump(doc)


def test_capital_after_feminine_nationality_stays_a_place():
    doc = full("وصل وزير الخارجية القطري إلى العاصمة اللبنانية بيروت أمس.")
    assert all(e.source_code != "LBNGOV" for e in doc.events), dump(doc)


# 3. a bare embassy in a state's condemnation is not its own
def test_bare_embassy_is_not_the_speaker_country():
    doc = full("وقالت وزارة الشؤون الخارجية الأردنية إنها تدين الهجوم على السفارة.")
    assert [e.target_country for e in doc.events if e.cameo.startswith("11")] == [None], dump(doc)


def test_bare_embassy_named_before_keeps_its_state():
    doc = full("أضرم محتجون النار في مبنى السفارة السويدية في بغداد فجرا. "
               "وقالت وزارة الشؤون الخارجية الأردنية إنها تدين الهجوم على السفارة.")
    assert ("JORGOV", "SWEGOV") in _pairs(doc, "11"), dump(doc)


def test_other_bare_target_keeps_the_country():
    doc = full("وقالت وزارة الخارجية الأردنية إنها تدين الهجوم على الشرطة.")
    assert [e.target_country for e in doc.events if e.cameo.startswith("11")] == ["JOR"], dump(doc)


# 4. a recall of one's own ambassador with no host named has no target
def test_own_recall_without_host_has_no_target():
    doc = full("استدعت الجزائر سفيرها في خطوة احتجاجية على التصريحات.")
    assert _pairs(doc, "161") == [("DZA", None)], dump(doc)


def test_own_recall_noun_without_host_has_no_target():
    doc = full("قررت الحكومة المغربية استدعاء سفيرها للتشاور.")
    assert _pairs(doc, "161") == [("MARGOV", None)], dump(doc)


def test_recall_with_host_keeps_it():
    doc = full("استدعت الجزائر سفيرها لدى مالي للتشاور.")
    assert _pairs(doc, "161") == [("DZA", "MLIGOV")], dump(doc)
