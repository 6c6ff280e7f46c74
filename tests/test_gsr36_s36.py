"""Session 36, gsr36 (issue #7, the Arabic GSR dev data): our own sentences.

1. A banner's or a chant's quotation is a slogan, no event (`coding/slogan_ar.py`, cue ``slogan``): "لافتات كتب عليها
   «أوقفوا قصف المدنيين»" codes no shelling, and the crowd's own march stands; a speaker's quotation is untouched.
2. A protester noun in the oblique plural right after a purpose act with ل ("لمنع المتظاهرين من الوصول") is that act's
   object, no protest of its own (`stages/events.py`, the self frame).
"""
import pytest

from events_helpers import triples as _events


def _codes(text):
    return [e[0] for e in _events(text)]


# --- 1. a slogan quoted after a banner noun or a chant verb
@pytest.mark.parametrize("text, gone", [
    ("وسار المحتجون في وسط المدينة حاملين لافتة كتب عليها «أوقفوا قصف المدنيين».", "195"),
    ("وجاب الطلاب شوارع البلدة وهم يرفعون لافتات كتب على إحداها «نقتل بالرصاص ونحاصر بالجوع».", "145"),
    ("وتجمع المئات أمام مبنى البلدية وهتفوا «لا لاعتقال الصحفيين».", "173"),
    ("وخرج آلاف العمال تحت شعار «أوقفوا الحرب على الأجور» في مسيرة نحو البرلمان.", "190"),
    ("ورفع المعتصمون لافتة تقول «أفرجوا عن المعتقلين» وأخرى «أوقفوا قصف القرى».", "195"),
])
def test_slogan_is_no_event(text, gone):
    assert gone not in _codes(text), _events(text)


def test_crowd_march_stands_beside_its_slogan():
    text = "وجاب المتظاهرون شوارع المدينة وهم يرفعون لافتات كتب على إحداها «نقتل بالسلاح المستورد»."
    evs = _events(text)
    assert [e for e in evs if e[0] == "141" and e[1] == "CVL"], evs
    assert "145" not in _codes(text), evs


@pytest.mark.parametrize("text, code", [
    # a speaker's quotation is a statement; its act stands
    ("وقال المتحدث العسكري «قصفت الطائرات مواقع المسلحين قرب الحدود».", "195"),
    # a banner named in another clause, far from the quotation: the quotation is the minister's
    ("ورفع المحتجون لافتات أمام الوزارة. وقال الوزير «اعتقلت الشرطة عشرة مشتبه بهم».", "173"),
])
def test_speaker_quote_untouched(text, code):
    assert code in _codes(text), _events(text)


# --- 2. the crowd as the oblique object of a purpose act ("لمنع المتظاهرين"): no protest of its own
@pytest.mark.parametrize("text", [
    "وأقامت قوات الأمن حواجز حديدية حول مبنى البرلمان لمنع المتظاهرين من الاقتراب منه.",
    "وستغلق البلدية الجسور المؤدية إلى وسط المدينة صباح الغد لمنع المحتجين من العبور.",
])
def test_purpose_act_on_the_crowd_is_no_protest(text):
    assert not [e for e in _events(text) if e[0].startswith("14")], _events(text)


@pytest.mark.parametrize("text", [
    "ومنع المتظاهرون الشاحنات من دخول الميناء طوال النهار.",
    "وخرج آلاف المتظاهرين إلى الشوارع لقطع الطرق الرئيسية.",
])
def test_crowd_own_act_stays(text):
    assert [e for e in _events(text) if e[0] == "141"], _events(text)
