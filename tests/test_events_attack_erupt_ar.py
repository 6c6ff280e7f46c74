"""An attack noun that is the subject of an occurrence verb opening its clause (وقعت اشتباكات، دارت معارك، وقع
انفجار، تجددت الاشتباكات) is a report of that attack, like a protest that broke out (detect.erupt_lead): it stands
whatever the learned filter says.  A reference (منذ وقوع الهجوم) is not.  Sentences written for these tests."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text", [
    "ووقعت الاشتباكات قبل ثلاثة أيام في ريف حلب الشمالي.",
    "ودارت معارك عنيفة بين الجيش والمسلحين في ريف إدلب.",
    "وقع انفجار قوي في سوق شعبي وسط بغداد صباح اليوم.",
    "وتجددت الاشتباكات مساء أمس في أحياء جنوب العاصمة.",
])
def test_occurrence_verb_reports_the_attack(text):
    doc = full(text, published_at="2024-05-08")
    att = [e for e in doc.events if e.plover_type == "ASSAULT" and not e.historical]
    assert att and all(":erupt" in e.rule for e in att), dump(doc)


def test_reference_after_since_is_not_a_lead():
    doc = full("وتعيش المدينة حالة من التوتر منذ وقوع الهجوم على مركز الشرطة.", published_at="2024-05-08")
    assert not any(":erupt" in e.rule for e in doc.events), dump(doc)
