"""Session 27, AR5: Arabic leftovers of B19AR (our own sentences; each case failed before, the guards pass before and after)."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-05-02"


# 1. "اجتمع X مع Y … وتوصل / واتفق معهم": the joined verb's subject is X (the first direction of the mutual pair, not
#    the partner's), its partner the pronoun's referent Y (one direction, as the gold codes "عقد معه")
@pytest.mark.parametrize("text, code, a, b", [
    ("اجتمع رئيس الحكومة الليبية مع أعيان المنطقة في مصراتة وتوصل معهم إلى اتفاق لوقف القتال.", "03",
     "LBYGOV", "LBYCVL"),
    ("اجتمع وزير الداخلية العراقي مع شيوخ العشائر في البصرة واتفق معهم على تسليم المطلوبين.", "03",
     "IRQGOV", "IRQCVL"),
    ("استقبل العاهل الأردني وزير الخارجية المصري في عمان، حيث عقد معه جلسة محادثات حول التعاون الاقتصادي.", "046",
     "JORGOV", "EGYGOV"),
])
def test_joined_verb_with_them(text, code, a, b):
    doc = full(text, published_at=PUB)
    assert find(doc, code, a, b) and not [e for e in doc.events if e.cameo.startswith(code) and e.source_code == b
                                          and e.trigger_start > 20], dump(doc)


# guards: a partner of its own after مع stays; a joined verb with no pronoun gets no partner
@pytest.mark.parametrize("text, code, src, bad", [
    ("استقبل الرئيس الجزائري نظيره التونسي، حيث عقد جلسة محادثات مع وزير الخارجية الليبي.", "046", "DZAGOV",
     "TUNGOV"),
    ("اجتمع وزير الداخلية العراقي مع شيوخ العشائر في البصرة ثم غادر إلى بغداد.", "04", "IRQCVL", "*"),
])
def test_guard_with_pronoun(text, code, src, bad):
    doc = full(text, published_at=PUB)
    assert not [e for e in doc.events if e.cameo.startswith(code) and e.source_code == src
                and (bad == "*" and e.trigger.startswith(("غادر", "ثم")) or e.target_code == bad)], dump(doc)


# 2. the singular "تحدث (هاتفيا) مع X", X a state actor: a phone call (041) / a consultation (040), both ways
@pytest.mark.parametrize("text, code, a, b", [
    ("تحدث الرئيس المصري هاتفيا مع نظيره الفرنسي مساء أمس.", "041", "EGYGOV", "FRAGOV"),
    ("تحدث رئيس الوزراء البريطاني هاتفيا مع المستشار الألماني.", "041", "GBRGOV", "DEUGOV"),
    ("وتحدث وزير الخارجية الأمريكي مع رئيس الوزراء الإسرائيلي حول الحرب في غزة.", "040", "USAGOV", "ISRGOV"),
    ("وقال البيت الأبيض إن الرئيس الأمريكي تحدث مع الرئيس الروسي لمدة ساعة.", "040", "USAGOV", "RUSGOV"),
])
def test_singular_spoke_with_state(text, code, a, b):
    doc = full(text, published_at=PUB)
    assert find(doc, code, a, b) and find(doc, code, b, a), dump(doc)


# guards: speech to reporters, about a topic (مع after عن), or with the police is no meeting
@pytest.mark.parametrize("text", [
    "تحدث وزير الخارجية الأردني مع الصحفيين بعد وصوله إلى المطار.",
    "تحدث وزير الخارجية الأردني للصحفيين بعد وصوله إلى المطار.",
    "تحدث الرئيس الفرنسي عن الأزمة مع ألمانيا في خطاب أمام البرلمان.",
    "وتحدث المتظاهرون مع الشرطة قبل تفريقهم.",
])
def test_guard_singular_spoke_no_meeting(text):
    doc = full(text, published_at=PUB)
    assert not [e for e in doc.events if "تحدث" in e.trigger], dump(doc)
