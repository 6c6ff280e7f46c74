"""Session 23, B10AR2: actor resolution causes of the tenth blind test (Arabic), with our own sentences: a spokesman
named through a pronoun (المتحدث باسمها / باسمه); a surname that is also a nationality adjective (السوداني) before
another person's name; national-security titles (مستشار الأمن القومي) read as police; وأمين read as the agency WAM."""
from __future__ import annotations

from events_helpers import actor_of as _actor_of
from events_helpers import full
from events_helpers import triples as _ev


# --- a spokesman through a pronoun (actors._spokesman_pronoun)

def test_spokeswoman_pronoun_takes_the_feminine_body_before_and_the_denial_after():
    doc = full("رحبت الحكومة الليبية بالمبادرة، وقال المتحدث باسمها سامي الورفلي إن الحكومة مستعدة للحوار. "
               "لكنه نفى أن تكون الحكومة قد التقت ممثلين عن الطرف الآخر.")
    a = _actor_of(doc, "سامي الورفلي")
    assert a is not None and a.code == "LBYGOV"
    assert any(e.cameo == "016" and e.source_code == "LBYGOV" for e in doc.events)


def test_spokesman_pronoun_in_the_next_sentence_masculine_body():
    doc = full("رفض حزب العمال الكردستاني المبادرة التركية. وقال المتحدث باسمه زاغروس هيوا إن الحزب لن يسلم سلاحه.")
    a = _actor_of(doc, "زاغروس هيوا")
    assert a is not None and a.code == "TURREB"


def test_spokesman_pronoun_is_the_subject_not_the_nearest_country():
    doc = full("أعلنت وزارة الدفاع الروسية سيطرة قواتها على بلدة في أوكرانيا، "
               "وقال المتحدث باسمها إيغور كوناشينكوف إن العملية مستمرة.")
    a = _actor_of(doc, "كوناشينكوف")
    assert a is not None and a.code == "RUSGOV"


def test_spokesman_pronoun_without_a_name_joins_the_body():
    doc = full("أدانت وزارة الخارجية المصرية الهجوم. وقال المتحدث باسمها إن القاهرة تتابع التطورات.")
    a = _actor_of(doc, "المتحدث باسمها")
    assert a is not None and a.code == "EGYGOV"


def test_guard_feminine_pronoun_after_a_masculine_body_only():
    # ها cannot be حزب العمال: the name is left unresolved (not the party's)
    doc = full("رفض حزب العمال الكردستاني المبادرة التركية. وقالت المتحدثة باسمها سارة أحمد إن الحزب لن يسلم سلاحه.")
    a = _actor_of(doc, "سارة أحمد")
    assert a is None or a.code != "TURREB"


def test_guard_spokesman_of_a_named_body_unchanged():
    doc = full("وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن واشنطن قلقة.")
    a = _actor_of(doc, "ماثيو ميلر")
    assert a is not None and a.code == "USAGOV"


# --- a surname that is also a nationality adjective (actors._nisba_surname)

_SUDANI = "وحضر الاجتماع رئيس الوزراء العراقي محمد شياع السوداني ووزير الخارجية الإيراني عباس عراقجي. "


def test_nisba_surname_named_before_is_that_person():
    evs = _ev(_SUDANI + "واستقبل السوداني عراقجي في بغداد أمس، وبحث معه ملف المياه.")
    assert ("043", "IRQGOV", "IRNGOV") in evs


def test_guard_nisba_not_named_before_is_no_iraqi():
    evs = _ev("واستقبل السوداني عراقجي في بغداد أمس.")
    assert not any(s == "IRQGOV" for _, s, _ in evs)


def test_guard_nisba_after_a_title_stays_a_nationality():
    doc = full(_SUDANI + "واستقبل الرئيس السوداني عبد الفتاح البرهان عراقجي في الخرطوم.")
    a = _actor_of(doc, "الرئيس السوداني")
    assert a is not None and a.code.startswith("SDN")


# --- national-security titles and وأمين (roles.tsv, resolve.match_items)

def test_national_security_titles_are_government():
    doc = full("ووقع المذكرة مستشار الأمن القومي الأردني سامر الخطيب وأمين المجلس الأعلى للأمن القومي الإيراني "
               "حسن رضائي في عمان.")
    a = _actor_of(doc, "سامر الخطيب")
    assert a is not None and a.code == "JORGOV"
    b = _actor_of(doc, "المجلس الأعلى للأمن القومي")
    assert b is not None and b.code == "IRNGOV"


def test_guard_agency_wam_still_a_news_agency():
    doc = full("وذكرت وكالة وام أن الرئيس الإماراتي استقبل وزير الخارجية الفرنسي.")
    assert _actor_of(doc, "وام") is None
