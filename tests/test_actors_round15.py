"""Actor readings written for round 15 (not from ../shared): flags are no media or military actors, and the
information minister keeps his title."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text,word", [
    ("ورفع المتظاهرون أعلاما فلسطينية وهتفوا ضد الحكومة.", "أعلاما"),
    ("وتجمع مئات المحتجين أمام البرلمان حاملين الأعلام العراقية.", "الأعلام"),
    ("ورفع المحتجون العلم التركي أمام القنصلية.", "العلم"),
])
def test_flags_are_no_actors(text, word):
    doc = full(text)
    k = text.index(word)
    assert not any(s <= k < e for a in doc.actors for s, e in a.spans), dump(doc)


@pytest.mark.parametrize("text,code", [
    ("وانتقد وزير الإعلام اللبناني تصريحات السفير.", "LBNGOV"),
    ("وقالت وزارة الإعلام السورية إن الصحفيين غادروا البلاد.", "SYRGOV"),
    ("ونقلت وسائل الإعلام الإسرائيلية عن مصادر عسكرية أن الجيش أنهى العملية.", "ISRMED"),
    ("واعتقلت الشرطة إعلاميا فلسطينيا في رام الله.", "PSEMED"),
])
def test_media_titles_stay(text, code):
    doc = full(text)
    assert any(a.code == code for a in doc.actors), dump(doc)
