"""Session 27, B19AR: Arabic causes of the nineteenth blind test (blind_s32), general fixes with our own sentences."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-05-02"


# 1. an Arabic word read as a surname alone must end as the surname is written: "جولة ثانية" is no آل ثاني
@pytest.mark.parametrize("text, code, bad", [
    ("قال وزير الخارجية الإيراني إن الطرفين اتفقا على عقد جولة ثانية من المحادثات. وشكر وزير الخارجية القطري محمد بن "
     "عبد الرحمن آل ثاني سلطنة عمان على استضافتها.", "03", "QATGOV"),
])
def test_surname_alone_keeps_its_ending(text, code, bad):
    doc = full(text, published_at=PUB)
    assert not find(doc, code, bad) and not find(doc, code, "*", bad), dump(doc)


# guards: the surname as written still links, with a proclitic too
@pytest.mark.parametrize("text, code, src", [
    ("التقى وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني نظيره العماني في الدوحة. وقال آل ثاني إن بلاده تدعم الحوار.",
     "01", "QATGOV"),
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الفرنسي. وانتقد السوداني "
     "الحكومة التركية.", "111", "IRQGOV"),
])
def test_guard_surname_alone_links(text, code, src):
    doc = full(text, published_at=PUB)
    assert find(doc, code, src), dump(doc)


# 2. "A و B تحدثا": the dual of تحدث after two coordinated parties is a meeting both ways (040)
@pytest.mark.parametrize("text, a, b", [
    ("وقالت وزارة الخارجية الإيرانية إن وزير الخارجية عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف تحدثا لبضع دقائق "
     "عند مغادرة المكان.", "IRNGOV", "USAGOV"),
    ("وقال مسؤول إن وزير الخارجية المصري ونظيره التركي تحدثا هاتفيا أمس.", "EGYGOV", "TURGOV"),
    ("وقال الوزيران الروسي والصيني إنهما يتحدثان بانتظام عن التعاون بين البلدين.", "RUSGOV", "CHNGOV"),
])
def test_dual_spoke_together(text, a, b):
    doc = full(text, published_at=PUB)
    assert find(doc, "040", a, b) and find(doc, "040", b, a), dump(doc)


# guards: the singular تحدث is speech, even with a second actor in the sentence
@pytest.mark.parametrize("text", [
    "تحدث الرئيس الفرنسي عن الأزمة الاقتصادية في خطاب أمام البرلمان.",
    "تحدث وزير الخارجية الأردني للصحفيين بعد لقائه بالمبعوث الأمريكي.",
    "وتحدث المتظاهرون عن قمع الشرطة لهم أمام مقر الحكومة.",
])
def test_guard_singular_spoke_is_no_meeting(text):
    doc = full(text, published_at=PUB)
    assert not [e for e in doc.events if e.trigger.endswith(("تحدث", "تحدثوا"))], dump(doc)


# 3. "وصف X بأنه / بأنها + a judging word": praise (051) or denunciation (111), as English "described X as …"
@pytest.mark.parametrize("text, cameo, src", [
    ('في المقابل، وصف البيت الأبيض المحادثات بأنها "إيجابية وبناءة".', "051", "USAGOV"),
    ("ووصف الرئيس الأمريكي الاجتماع بأنه مثمر.", "051", "USAGOV"),
    ("وصف رئيس الوزراء الهندي زيارته إلى موسكو بأنها ناجحة.", "051", "INDGOV"),
    ("ووصف الرئيس الإيراني العقوبات الأوروبية بأنها عمل عدائي.", "111", "IRNGOV"),
    ("وصف المتحدث باسم الخارجية الصينية تصريحات المسؤول الأمريكي بأنها استفزازية.", "111", "CHNGOV"),
])
def test_described_as(text, cameo, src):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, src), dump(doc)


# guards: a description without a judging word, and the "what it called" frame of a condemnation (one event)
@pytest.mark.parametrize("text", [
    "وصف الوزير الاقتصاد المصري بأنه ينمو بسرعة.",
    "ووصف الطبيب حالة الرئيس بأنها مستقرة.",
    "ونددت حركة حماس بما وصفته بالمجزرة في مخيم النصيرات.",
])
def test_guard_described_without_judgement(text):
    doc = full(text, published_at=PUB)
    assert not [e for e in doc.events if "وصف" in e.trigger], dump(doc)
