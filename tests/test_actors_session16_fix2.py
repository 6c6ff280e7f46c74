"""Session 16, FIX2: national legislatures in the actor tables; "Prime Minister <unknown name>" (our own sentences)."""
from __future__ import annotations

from events_helpers import find, full, show


def _actor(doc, surface):
    return [a.code for a in doc.actors if any(doc.text[s:e] == surface for s, e in a.spans)]


# 1. legislatures: a name one state holds gives that state; a shared name gives LEG and takes the adjective's country
def test_algerian_lower_house_speaker_is_dzaleg():
    doc = full("الجزائر (رويترز) - ندد رئيس المجلس الشعبي الوطني بقرار الحكومة الفرنسية.", published_at="2026-03-10")
    assert find(doc, "111", "DZALEG", "FRAGOV"), show(doc)


def test_shura_council_with_adjective():
    doc = full("الرياض (رويترز) - انتقد مجلس الشورى السعودي قرار الحكومة الإيرانية.", published_at="2026-03-10")
    assert find(doc, "111", "SAULEG", "IRNGOV"), show(doc)


def test_unique_legislature_names():
    doc = full("تونس (رويترز) - انتقد مجلس نواب الشعب الحكومة الفرنسية.", published_at="2026-03-10")
    assert find(doc, "111", "TUNLEG", "FRAGOV"), show(doc)
    doc = full("أبوظبي (رويترز) - رحب المجلس الوطني الاتحادي بقرار الحكومة المصرية.", published_at="2026-03-10")
    assert find(doc, "051", "ARELEG", "EGYGOV"), show(doc)


def test_guard_security_council_is_not_a_legislature():
    # guard: مجلس الأمن (the UN Security Council) is no مجلس الأمة and no national body
    doc = full("الكويت (رويترز) - انتقد مجلس الأمن الحكومة العراقية.", published_at="2026-03-10")
    assert find(doc, "111", "IGOUNO", "IRQGOV"), show(doc)


def test_guard_shared_name_without_country_stays_countryless():
    # guard: a shared name in a story of two countries is not given one of them
    doc = full("الدوحة (رويترز) - انتقد مجلس الشورى قرار الحكومة الإيرانية.", published_at="2026-03-10")
    assert find(doc, "111", "LEG", "IRNGOV"), show(doc)
