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


# 4. actors: a presidential council named without its country takes the story's / place's country; "البعثة" after a
#    UN mission; the notables (أعيان / وجهاء) of a place are its civilians
@pytest.mark.parametrize("text, cameo, src, tgt", [
    ("أعلن المجلس الرئاسي في طرابلس وقف إطلاق النار، واتهم المجلس الرئاسي الجماعات المسلحة في ليبيا بتهديد المدنيين.",
     "112", "LBYGOV", "*"),
    ("دعت بعثة الأمم المتحدة للدعم في ليبيا إلى وقف القتال في طرابلس. وطالبت البعثة جميع الأطراف بحماية المدنيين.",
     "100", "IGOUNO", "*"),
    ("قالت حكومة الوحدة الوطنية الليبية إن رئيسها اجتمع مع أعيان منطقة سوق الجمعة في طرابلس.", "040", "LBYGOV",
     "LBYCVL"),
    ("التقى رئيس الوزراء العراقي وجهاء مدينة الفلوجة.", "040", "IRQGOV", "IRQCVL"),
])
def test_short_names_and_notables(text, cameo, src, tgt):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, src, tgt), dump(doc)


# guards: a council named with its country keeps it; a mission of a state is no UN anaphor
@pytest.mark.parametrize("text, cameo, src", [
    ("أدان المجلس الرئاسي اليمني الهجوم الحوثي على مأرب.", "111", "YEMGOV"),
    ("أدان الاتحاد الأوروبي الهجوم على السفارة الفرنسية. وطالبت البعثة الدبلوماسية الفرنسية بحماية موظفيها.",
     "100", "FRA"),
])
def test_guard_named_country_kept(text, cameo, src):
    doc = full(text, published_at=PUB)
    assert not find(doc, cameo, "IGOEUREEC") and (src != "YEMGOV" or find(doc, cameo, src)), dump(doc)


# 5. a superlative before منذ ("أعنف مواجهات منذ سنوات") counts occasions: the explicit month dates the event
@pytest.mark.parametrize("text, date", [
    ("وكانت العاصمة قد شهدت في أغسطس 2022 أعنف مواجهات منذ سنوات بين قوات موالية للحكومة وأخرى معارضة لها.",
     "2022-08"),
    ("شهدت بغداد في مارس 2023 أكبر احتجاجات منذ سنوات ضد الحكومة العراقية.", "2023-03"),
])
def test_superlative_since_keeps_the_month(text, date):
    doc = full(text, published_at=PUB)
    assert doc.events and all(e.date == date for e in doc.events), dump(doc)


# guard: منذ without a superlative still dates the event (a duration / "ago")
def test_guard_since_without_superlative():
    doc = full("اعتقلت الشرطة عشرات المتظاهرين منذ ثلاثة أيام.", published_at=PUB)
    assert find(doc, "173", date="2024-04-29"), dump(doc)


# 6. a brigade / apparatus / battalion named in quotes in a one-country story is an armed group of that country
#    (UAF), also where its name comes again without quotes; the preposition before a quoted name governs it
@pytest.mark.parametrize("text, cameo, src", [
    ('اندلعت اشتباكات عنيفة بين "جهاز الحماية" و"كتيبة النصر" في العاصمة الليبية طرابلس.', "19", "LBYUAF"),
    ('اندلعت مساء أمس اشتباكات بين "اللواء 77 مشاة" و"جهاز الحماية" في أحياء جنوب العاصمة الليبية طرابلس. واندلعت '
     "المواجهات بعد أن احتجز جهاز الحماية قائد اللواء 77 في مطار المدينة.", "173", "LBYUAF"),
])
def test_quoted_armed_group(text, cameo, src):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, src), dump(doc)


# guards: the rank اللواء before a name stays an army officer; a quoted front stays an opposition group
@pytest.mark.parametrize("text, cameo, src", [
    ("قال اللواء أحمد المسماري إن الجيش الليبي سيرد على أي هجوم.", "13", "LBYMIL"),
    ('واتهمت جبهة "فاكت" في تشاد الجيش بقصف مواقعها.', "112", "TCDREB"),
])
def test_guard_rank_and_front(text, cameo, src):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, src), dump(doc)
