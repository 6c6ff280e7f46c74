"""Session 25, B14AR: causes of the fourteenth blind test on the Arabic side, with our own sentences (not the
blind articles'): suspended constitution articles (manual_ar.tsv 1721; a dissolved legislature: 172 since session 42); a detained blogger / opponent (the أوقف 173 row's person objects)."""
from __future__ import annotations

import pytest

from events_helpers import full


def _ev(text):
    return [(e.cameo, e.source_code, e.target_code) for e in full(text).events]


# --- a dissolved legislature (172 since session 42, as in English), suspended constitution articles (1721)

@pytest.mark.parametrize("text,src,tgt", [
    ("حل ملك الأردن البرلمان ودعا إلى انتخابات مبكرة.", "JORGOV", "JORLEG"),
    ("أصدر الرئيس التونسي مرسوما بحل البرلمان.", "TUNGOV", "TUNLEG"),
    ("أعلن أمير الكويت حل مجلس الأمة بعد خلافات مع الحكومة.", "KWTGOV", "KWTLEG"),
])
def test_dissolved_legislature_is_172(text, src, tgt):
    # session 42: the session-15 convention (a dissolution is no CAMEO event) changed, in both languages, to what five
    # independently written blind gold sets code (blind_s27, s35, s60, s74, s75): an administrative sanction (172)
    assert any(c == "172" and s == src for c, s, _ in _ev(text)), _ev(text)


@pytest.mark.parametrize("text,src", [
    ("علق الرئيس التونسي العمل بالدستور لمدة عام.", "TUNGOV"),
    ("أعلن أمير الكويت وقف العمل ببعض مواد الدستور لمدة ثلاث سنوات.", "KWTGOV"),
    ("أوقف الرئيس السوداني العمل بمواد من الدستور الانتقالي.", "SDNGOV"),
])
def test_suspended_constitution_is_1721(text, src):
    assert any(c == "1721" and s == src for c, s, _ in _ev(text))


@pytest.mark.parametrize("text", [
    "دعا مجلس الأمن إلى حل الأزمة في اليمن بالطرق السلمية.",
    "حل الجيش الأزمة مع البرلمان بعد أسابيع من التوتر.",
    "علق وزير العدل على الدستور الجديد في مقابلة تلفزيونية.",
    "ناقش البرلمان سبل حل الأزمة الاقتصادية.",
])
def test_guard_no_dissolution_or_suspension(text):
    assert not any(c in ("172", "1721") for c, _, _ in _ev(text))


def test_guard_a_visit_with_hal_stays_042():
    evs = _ev("حل وزير الخارجية الإماراتي ضيفا على مجلس التعاون الخليجي.")
    assert any(c == "042" for c, _, _ in evs) and not any(c == "172" for c, _, _ in evs)


# --- a detained blogger / opponent (أوقف 173 with a profession noun as the object)

@pytest.mark.parametrize("text,src", [
    ("أوقفت السلطات الأردنية أمس مدونا بتهمة نشر أخبار كاذبة.", "JORGOV"),
    ("أوقفت الشرطة المصرية معارضا بارزا في القاهرة.", "EGYCOP"),
    ("أوقفت قوات الأمن الجزائرية صحفية أثناء تغطيتها مسيرة في العاصمة.", "DZACOP"),
])
def test_detained_blogger_or_opponent_is_173(text, src):
    assert any(c == "173" and s == src for c, s, _ in _ev(text))


@pytest.mark.parametrize("text", [
    "أوقفت الحكومة المساعدات للمعارضين في الخارج.",
    "أوقفت الشركة بث برنامج المدون الشهير.",
])
def test_guard_halts_are_no_arrests(text):
    assert not any(c == "173" for c, _, _ in _ev(text))


# --- an honorific person right after a bare role noun is that role's name (structure._title_apposition)

@pytest.mark.parametrize("text,tgt", [
    ("واستقبل رئيس الوزراء الشيخ أحمد العبدالله الصباح اليوم السفير الأمريكي لدى الكويت.", "USAGOV"),
    ("استقبل وزير الخارجية السيد محمد العلي نظيره الأردني في الدوحة.", "JORGOV"),
])
def test_honorific_after_a_role_noun_stays_in_the_subject(text, tgt):
    evs = [e for e in full(text).events if e.cameo.startswith("04")]
    assert evs and evs[0].target_code == tgt and evs[0].source_code == "GOV"


def test_guard_role_with_its_nationality_keeps_its_own_span():
    # "الرئيس المصري" is complete: what follows is not glued by this rule (as before)
    assert ("043", "GOV", "USAGOV") not in _ev("استقبل الرئيس المصري الشيخ محمد العلي في القاهرة.")
