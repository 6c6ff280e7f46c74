"""Round 13 (issue #7): actor-side fixes of the event-coding round.  Sentences written for these tests."""
import pytest

import marsad


def actors(text, date="2008-03-01"):
    doc = marsad.code(text, published_at=date)
    return [(a.code, a.country, a.role) for a in doc.actors]


# a member noun + أمن before a country whose name is also its feminine nisba (سورية): the security role stays
@pytest.mark.parametrize("text, code", [
    ("واعتقلت عناصر أمن سورية ثلاثة ناشطين في ريف المدينة.", "SYRCOP"),
    ("واعتقلت عناصر أمن سوريا ثلاثة ناشطين في ريف المدينة.", "SYRCOP"),
    ("وأصيب عنصر أمن سوري بجروح في الاشتباك.", "SYRCOP"),
    ("وانتشر أفراد أمن مصريون حول مقر البرلمان.", "EGYCOP"),
    ("وفرق عناصر الشرطة الأردنية التجمع أمام السفارة.", "JORCOP"),
])
def test_member_security_phrase_keeps_role(text, code):
    got = actors(text)
    assert any(c == code for c, _, _ in got), got


def test_country_alone_is_still_the_country():
    got = actors("وقال المتحدث إن سورية ترفض الاتهامات.")
    assert ("SYR", "SYR", None) in got, got
