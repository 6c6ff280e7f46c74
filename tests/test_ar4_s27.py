"""Session 27, AR4: Arabic "التقى [surname] [another country's title]" -- the surname of a person named in full
earlier is the subject, the title the object (not his apposition) -- and "ووقع الوزيران" after such a meeting: the
two ministers of the meeting, not the pair of a relative clause's visit.  Our own sentences."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-05-02"

_JOR = ("عمّان - استقبل وزير الخارجية الأردني أيمن الصفدي يوم الأحد وفودا برلمانية. والتقى الصفدي وزير الدفاع العراقي "
        "الذي يزور الأردن، وبحثا التعاون الأمني. ووقع الوزيران اتفاقية للتعاون العسكري.")
_EGY = ("القاهرة - قال وزير الخارجية المصري بدر عبد العاطي إن بلاده ترفض التصعيد. واستقبل عبد العاطي وزير الخارجية "
        "السوداني الذي يزور القاهرة، ووقع الوزيران اتفاقية للتعاون القنصلي.")
_IRQ = ("بغداد - قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ماضية في الإصلاح. والتقى السوداني وزير "
        "الخارجية التركي في بغداد.")


# 1. the surname of an earlier full name, then another country's title: two actors, a meeting between them
@pytest.mark.parametrize("text, code, src, tgt", [
    (_JOR, "04", "JORGOV", "IRQGOV"),
    (_EGY, "04", "EGYGOV", "SDNGOV"),
    (_IRQ, "04", "IRQGOV", "TURGOV"),
])
def test_surname_then_foreign_title_is_the_object(text, code, src, tgt):
    doc = full(text, published_at=PUB)
    assert find(doc, code, src, tgt), dump(doc)


# 2. "ووقع الوزيران": the two ministers of the meeting, both ways
@pytest.mark.parametrize("text, a, b", [
    (_JOR, "JORGOV", "IRQGOV"),
    (_EGY, "EGYGOV", "SDNGOV"),
])
def test_two_ministers_sign_after_the_meeting(text, a, b):
    doc = full(text, published_at=PUB)
    assert find(doc, "057", a, b) and find(doc, "057", b, a), dump(doc)


# guards: a title of the person's own country after his surname is his apposition (one actor, no split); the object
# after it stays the object
@pytest.mark.parametrize("text, src, tgt", [
    ("عمّان - وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد. والتقى الصفدي وزير الخارجية الأردني نظيره العراقي "
     "فؤاد حسين.", "JORGOV", "IRQGOV"),
    ("عمّان - استقبل وزير الخارجية الأردني أيمن الصفدي يوم الأحد وفودا. والتقى الصفدي وزير الخارجية الأردني السابق "
     "في مكتبه.", "JORGOV", None),
])
def test_guard_own_country_title_is_apposition(text, src, tgt):
    doc = full(text, published_at=PUB)
    assert find(doc, "04", src, tgt), dump(doc)
    assert not find(doc, "04", "JORGOV", "JORGOV") and not find(doc, "04", None), dump(doc)


def test_guard_full_name_then_title_is_one_person():
    doc = full("الرباط - قال ناصر بوريطة وزير الخارجية المغربي إن المغرب يدعم الحوار.", published_at=PUB)
    assert find(doc, "01", "MARGOV"), dump(doc)



def test_guard_first_name_before_a_shared_surname():
    # another person of the same surname, his first name untagged after his title: the title after him is the object
    doc = full("وقال رئيس وزراء إيران كريم السيوفي إن بلاده تريد الحوار. ولم يلتق وزير خارجية العراق باسل السيوفي رئيس "
               "ليبيا خلال المؤتمر الذي عقد في بغداد.", published_at=PUB)
    assert find(doc, "04", "IRQGOV", "LBYGOV"), dump(doc)
