"""Session 54, lead (second pass): own sentences."""
from marsad.pipeline import default_pipeline


def _doc(text, date="2025-03-02"):
    return default_pipeline()(text, published_at=date)


def test_amman_after_the_capital_and_its_nationality_is_the_place_not_a_government():
    doc = _doc("قضت محكمة أمن الدولة في العاصمة الأردنية عمان اليوم بسجن ثلاثة متهمين عشر سنوات.")
    assert [(e.source_code, e.target_code) for e in doc.events if e.root == "17"] == [("JORJUD", None)]


def test_amman_as_a_subject_stays_the_jordanian_government():
    """Guard: "رحبت عمان" is Jordan's government."""
    doc = _doc("رحبت عمان بالاتفاق بين الطرفين.")
    assert [e.source_code for e in doc.events if e.root == "05"] == ["JORGOV"]
