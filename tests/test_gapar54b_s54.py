"""Session 54 (GAPAR54B): a welcome of a definite decision noun is aimed at the author told with that noun before.

Sentences are invented, news style."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _welcomes(pipe, text):
    doc = pipe(text, published_at="2025-05-05")
    return [(e.source_code, e.target_code) for e in doc.events if e.cameo.startswith("051")]


def test_ar_welcome_of_the_decision_after_a_welcome(pipe):
    """"ورحبت قطر بالقرار" after Egypt welcomed Canada's decision: the decision is Canada's."""
    got = _welcomes(pipe, "رحبت مصر بقرار كندا رفع الرسوم الجمركية عن الواردات. ورحبت قطر بالقرار في بيان لوزارة "
                          "الخارجية.")
    assert ("QAT", "CAN") in got


def test_ar_welcome_of_the_decision_told_with_its_author(pipe):
    """"قرار الحكومة الأردنية" told in a sentence with no event of its own, then "ورحبت السلطة … بالقرار"."""
    got = _welcomes(pipe, "أثار قرار الحكومة الأردنية إغلاق المعبر الحدودي جدلا واسعا. ورحبت السلطة الفلسطينية "
                          "بالقرار.")
    assert any(s and s.startswith("PSE") and t and t.startswith("JOR") for s, t in got)


def test_guard_welcome_of_another_object(pipe):
    """Guard: a welcome of anything but a decision noun takes no decision author ("ورحبت قطر بالزيارة")."""
    got = _welcomes(pipe, "رحبت مصر بقرار كندا رفع الرسوم الجمركية عن الواردات. ورحبت قطر بالزيارة التي يقوم بها "
                          "الوفد.")
    assert ("QAT", "CAN") not in got


def test_guard_welcome_of_another_decision_noun(pipe):
    """Guard: a welcome of "the step" after "قرار كندا" (another noun) takes no author from it."""
    got = _welcomes(pipe, "رحبت مصر بقرار كندا رفع الرسوم الجمركية عن الواردات. ورحبت قطر بالخطوة.")
    assert all(t != "CAN" for s, t in got[1:])


def test_guard_draft_sponsor_is_no_author(pipe):
    """Guard: "مشروع قرار أميركيا" adopted by a council -- the welcomed resolution is not the draft sponsor's."""
    got = _welcomes(pipe, "تبنى مجلس الأمن الدولي أمس مشروع قرار أميركيا بشأن غزة. ورحبت الرئاسة الفلسطينية "
                          "بالقرار.")
    assert all(t != "USA" for s, t in got if s and s.startswith("PSE"))
