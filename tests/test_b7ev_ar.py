"""Session 20 B7EV (causes of the seventh blind test): restore relations / lawsuit / blocked-entry rows, a national
security council is not the UN Security Council, one's own envoy recalled *from* another state (161), drones not
marches.  Sentences written for these tests."""
from __future__ import annotations

from events_helpers import dump, full


def _codes(doc, prefix):
    return [e for e in doc.events if e.cameo.startswith(prefix)]


def test_resumption_of_relations_noun_is_050_between_the_pair():
    doc = full("أعلنت الكويت والعراق أمس الاثنين استئناف العلاقات الدبلوماسية بينهما.",
               published_at="2024-05-08")
    ev = [e for e in _codes(doc, "050") if e.trigger.startswith("استئناف")]
    assert ev, dump(doc)
    assert {(e.source_country, e.target_country) for e in ev} >= {("KWT", "IRQ")}, dump(doc)


def test_reopened_own_embassy_is_050():
    doc = full("أعادت تركيا فتح سفارتها في دمشق بعد إغلاق دام عشر سنوات.", published_at="2024-05-08")
    ev = _codes(doc, "050")
    assert ev and ev[0].source_country == "TUR", dump(doc)


def test_reopened_crossing_is_no_restore_relations():   # guard
    doc = full("أعادت السلطات فتح المعبر أمام المسافرين.", published_at="2024-05-08")
    assert not _codes(doc, "050"), dump(doc)


def test_filed_lawsuit_is_115():
    doc = full("رفعت جنوب أفريقيا دعوى ضد إسرائيل أمام محكمة العدل الدولية.", published_at="2024-05-08")
    ev = _codes(doc, "115")
    assert ev and ev[0].source_country == "ZAF" and ev[0].target_country == "ISR", dump(doc)


def test_raised_flags_is_no_lawsuit():   # guard
    doc = full("رفع المتظاهرون الأعلام أمام البرلمان.", published_at="2024-05-08")
    assert not _codes(doc, "115"), dump(doc)


def test_blocked_entry_of_aid_trucks_is_191():
    doc = full("منعت السلطات الإسرائيلية دخول شاحنات المساعدات إلى قطاع غزة.", published_at="2024-05-08")
    ev = _codes(doc, "191")
    assert ev and ev[0].source_country == "ISR", dump(doc)


def test_stopping_filming_is_no_blocked_entry():   # guard
    doc = full("منعت الشرطة المصرية الصحفيين من التصوير.", published_at="2024-05-08")
    assert not _codes(doc, "191"), dump(doc)


def test_national_security_council_is_the_country_government():
    doc = full("أعلن مجلس الأمن والدفاع السوداني قطع العلاقات مع الإمارات.", published_at="2024-05-08")
    ev = _codes(doc, "161")
    assert ev, dump(doc)
    assert all(e.source_code != "IGOUNO" for e in ev), dump(doc)
    assert any(e.source_code == "SDNGOV" and e.target_country == "ARE" for e in ev), dump(doc)


def test_the_security_council_alone_is_still_the_un():   # guard
    doc = full("وطالب مجلس الأمن الدولي إيران بوقف التخصيب.", published_at="2024-05-08")
    assert any(e.source_code == "IGOUNO" for e in doc.events), dump(doc)


def test_own_envoy_recalled_from_another_state_is_161():
    doc = full("أعلن مجلس السيادة قطع العلاقات مع كينيا واستدعاء السفير السوداني من نيروبي.",
               published_at="2024-05-08")
    ev = [e for e in doc.events if e.trigger.startswith("واستدعاء")]
    assert ev and ev[0].cameo == "161", dump(doc)
    assert ev[0].source_country == "SDN" and ev[0].target_country == "KEN", dump(doc)


def test_envoy_summoned_at_the_host_stays_114():   # guard
    doc = full("استدعت وزارة الخارجية الكويتية السفير العراقي لدى الكويت.", published_at="2024-05-08")
    ev = _codes(doc, "114")
    assert ev and ev[0].source_code == "KWTGOV", dump(doc)
    assert not _codes(doc, "161"), dump(doc)


def test_drone_attack_by_light_verb_is_no_march():
    doc = full("شن الجيش السوداني هجمات بطائرات مسيرة على مواقع المتمردين في نيالا.", published_at="2024-05-08")
    assert any(e.root == "19" and e.source_code == "SDNMIL" for e in doc.events), dump(doc)
    assert not _codes(doc, "14"), dump(doc)


def test_downed_drones_are_no_march():
    doc = full("وأسقطت الدفاعات الجوية العراقية ثلاث مسيرات قرب مطار أربيل.", published_at="2024-05-08")
    assert any(e.root == "19" for e in doc.events), dump(doc)
    assert not _codes(doc, "14"), dump(doc)


def test_drones_striking_a_port_are_no_march():
    doc = full("ومسيرات الحوثيين تضرب ميناء إيلات.", published_at="2024-05-08")
    assert not _codes(doc, "14"), dump(doc)


def test_a_mass_march_stays_a_protest():   # guard
    doc = full("خرج آلاف المواطنين في مسيرة حاشدة وسط الرباط احتجاجا على غلاء الأسعار.", published_at="2024-05-08")
    assert _codes(doc, "141"), dump(doc)


def test_a_march_toward_parliament_stays_a_protest():   # guard
    doc = full("شارك الطلاب في مسيرة نحو مقر البرلمان الأردني.", published_at="2024-05-08")
    assert _codes(doc, "141"), dump(doc)


def test_soldiers_attacking_a_march_keep_the_protest():   # guard
    doc = full("وهاجم الجنود المسيرة بالهراوات في وسط الخليل.", published_at="2024-05-08")
    assert _codes(doc, "14"), dump(doc)
