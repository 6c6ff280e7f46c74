"""Session 26, AR1C: the last Arabic leftovers of the thirteenth blind test (blind_s26), general causes, with our own
sentences: the ب of a title ("القائم بأعمال") and of a word's own stem ("بعثة"، "بريطانيا") is no verb preposition."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-05-02"


# 1. "القائم / القائمة بأعمال X" and "بعثة …" before the verb's ب-object: the subject, not the welcomed
@pytest.mark.parametrize("text, cameo, source", [
    ("ورحبت القائمة بأعمال رئيس البعثة الأممية جين سميث بالاتفاق، لكنها حثت الأطراف على الحوار.", "051", "IGOUNO"),
    ("ورحبت القائمة بأعمال رئيس البعثة الأممية جين سميث بالاتفاق، لكنها حثت الأطراف على الحوار.", "020", "IGOUNO"),
    ("ورحب القائم بأعمال السفير الأمريكي بالهدنة المعلنة في غزة.", "051", "USAGOV"),
    ("ورحبت بعثة الأمم المتحدة للدعم في ليبيا بالاتفاق بين الطرفين.", "051", "IGOUNO"),
    ("ورحبت بريطانيا بالاتفاق الذي أعلن أمس.", "051", "GBR"),
])
def test_b_word_is_no_preposition(text, cameo, source):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, source), dump(doc)


# guards: a real ب-preposition before the same words stays the object; السلطة as the authorities stays an actor
@pytest.mark.parametrize("text, cameo, source, target", [
    ("ورحبت الحكومة الليبية ببعثة الأمم المتحدة.", "051", "LBYGOV", "IGOUNO"),
    ("ورحبت الحكومة المصرية بالقائم بأعمال السفير الأمريكي.", "051", "EGYGOV", "USAGOV"),
    # (السلطة as the authorities stays GOV: guards of case 2)
    ("وانتقدت السلطة قرار البرلمان.", "11", "GOV", "LEG"),
    ("وتظاهر المئات أمام مقر السلطة في بغداد رفضا لقرار الحكومة.", "14", "IRQCVL", "*"),
])
def test_real_preposition_stays(text, cameo, source, target):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, source, target), dump(doc)


# 2. "تقاسم / تداول / انتقال السلطة": power, not the authorities -- no GOV target for the protest
@pytest.mark.parametrize("text, cameo", [
    ('وتظاهر المئات في وسط بغداد مساء أمس رفضا لما وصفوه بـ"صفقة تقاسم السلطة"، مطالبين بإعادة الانتخابات.', "14"),
    ("وتظاهر المئات في بغداد رفضا لاتفاق تقاسم السلطة بين الأحزاب.", "14"),
])
def test_power_is_no_actor(text, cameo):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, "IRQCVL", None), dump(doc)
    assert not find(doc, cameo, "*", "GOV"), dump(doc)

