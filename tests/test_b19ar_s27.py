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
