"""Conflict regions outside the city list (Pakistan's tribal areas, Afghan provinces, …) and
institution nouns whose genitive city is where things happen (جامعة الخرطوم).  Sentences written
for these tests."""
from __future__ import annotations

import pytest

import marsad


def _places(text: str):
    doc = marsad.code(text, published_at="2024-05-01")
    return [(p.name, p.country, p.precision) for p in doc.places], doc


@pytest.mark.parametrize("text,name,country", [
    ("أعلن الجيش الباكستاني مقتل عشرة مسلحين في إقليم وزيرستان الشمالية.", "North Waziristan", "PAK"),
    ("قصفت طائرة مسيرة منزلا في المناطق القبلية الباكستانية.", "Federally Administered Tribal Areas", "PAK"),
    ("قتل جنديان في ولاية هلمند جنوب أفغانستان.", "Helmand", "AFG"),
    ("وقع انفجار في إقليم بلوشستان صباح اليوم.", "Balochistan", "PAK"),
    ("اندلعت اشتباكات في إقليم أمهرة شمال إثيوبيا.", "Amhara", "ETH"),
])
def test_region(text, name, country):
    places, _ = _places(text)
    assert (name, country, "region") in places


def test_institution_noun_gives_its_city():
    places, doc = _places("تظاهر مئات الطلاب في جامعة الخرطوم احتجاجا على رفع الرسوم.")
    assert ("Khartoum", "SDN", "city") in places
    ev = [e for e in doc.events if e.plover_type == "PROTEST"]
    assert ev and ev[0].place_id is not None


def test_weak_region_name_needs_a_cue():
    # السند (Sindh) is also a common noun (support): only the phrase إقليم السند names the province
    places, _ = _places("أكد الوزير أن السند الشعبي للحكومة قوي.")
    assert not any(p[0] == "Sindh" for p in places)
    places, _ = _places("قتل شرطي في إقليم السند جنوب باكستان.")
    assert any(p[0] == "Sindh" for p in places)
