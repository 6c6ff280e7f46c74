"""Session 18, DET (issue #7): a crowd's march or gathering told in the pluperfect stands (detect.crowd_lead with
:mod:`marsad.coding.pluperfect_crowd`: "وكان آلاف المتظاهرين قد تجمعوا أمس أمام البرلمان").  Sentences written for
these tests in the style of news reports (none taken from the dev data).

A stand is an event the event stage counts whatever the filter says: coded under a model that rejects every sentence
of the type (:func:`marsad.coding.detect.forced_model`), only the stands are counted."""
import pytest

from marsad.coding import detect

from detect_helpers import stands
from events_helpers import show


# ------------------------------------------------------------------ the pluperfect of a crowd's march (crowd_lead)
@pytest.mark.parametrize("text, trig", [
    # a protester noun between كان and قد (the candidate is the noun: ar:noun:self)
    ("وكان آلاف المتظاهرين قد تجمعوا أمس أمام مبنى البرلمان في العاصمة للمطالبة بإقالة الحكومة.",
     "المتظاهرين قد تجمعوا"),
    ("وكان محتجون غاضبون قد خرجوا إلى الشوارع يوم الجمعة في وسط المدينة.", "محتجون غاضبون قد خرجوا"),
    ("وكانت حشود من المعتصمين قد زحفت نحو مقر الوزارة صباح الاثنين.", "المعتصمين قد زحفت"),
    # a count subject and the march verb as the candidate (ar:verb:svo)
    ("وكان الآلاف من العمال قد خرجوا في مسيرات في العاصمة يوم الأحد.", "خرجوا في مسيرات"),
])
def test_pluperfect_march_stands(text, trig):
    evs, doc = stands(text, "PROTEST")
    assert any(e.trigger == trig and e.cameo == "141" and ":erupt" in e.rule and not e.historical for e in evs), \
        show(doc)


@pytest.mark.parametrize("text", [
    # a protest noun as the subject: left to the filter (as "إن مظاهرات اندلعت" is)
    "وكانت مظاهرات قد انطلقت في المدينة قبل أشهر.",
    # a relative clause: the crowd is the subject of another verb
    "وكان المتظاهرون الذين تجمعوا أمام السفارة قد رفضوا المغادرة.",
    # an imperfect after قد: a possibility
    "وكان المحتجون قد يخرجون في مسيرات إذا لم تستجب الحكومة.",
    # a condition: كان does not open the clause
    "وإذا كان المتظاهرون قد خرجوا إلى الشوارع فإن الحكومة ستستجيب.",
    # not a crowd word (workers): as the verb-first rule, left to the filter
    "وكان العمال قد خرجوا في مسيرات في العاصمة يوم الأحد.",
    # not a march verb
    "وكان المتظاهرون قد رفعوا لافتات تندد بالحكومة.",
])
def test_pluperfect_march_guards(text):
    evs, doc = stands(text, "PROTEST")
    assert not any(":erupt" in e.rule for e in evs), show(doc)


def test_pluperfect_flag_off(monkeypatch):
    text = "وكان محتجون غاضبون قد خرجوا إلى الشوارع يوم الجمعة في وسط المدينة."
    assert stands(text, "PROTEST")[0]
    monkeypatch.setattr(detect, "PLUPERFECT_CROWD", False)
    evs, doc = stands(text, "PROTEST")
    assert not any(":erupt" in e.rule for e in evs), show(doc)


# ------------------------------------------------------------------ a dated attack noun in a background adjunct
@pytest.mark.parametrize("text, trig, cameo", [
    ("وأعلنت المفوضية يوم الاثنين تأجيل الانتخابات، بعد اشتباكات عنيفة اندلعت ليل الأحد بين مجموعتين مسلحتين.",
     "اشتباكات", "193"),
    ("وأغلقت السلطات السوق المركزي إثر انفجار وقع صباح اليوم قرب مدخله.", "انفجار", "183"),
    ("وعلقت الدراسة في المدارس عقب هجوم مسلح وقع أمس على حاجز للشرطة.", "هجوم", "190"),
])
def test_dated_attack_in_adjunct_stands(text, trig, cameo):
    evs, doc = stands(text)
    assert any(e.trigger == trig and e.cameo == cameo and ":erupt" in e.rule and not e.historical for e in evs), \
        show(doc)


@pytest.mark.parametrize("text, typ", [
    # a definite noun + a relative clause: the attack of an earlier sentence
    ("وأغلقت السلطات السوق بعد الانفجار الذي وقع صباح اليوم.", "ASSAULT"),
    # no time word after the verb
    ("وأغلقت السلطات السوق بعد اشتباكات اندلعت بين الطرفين.", "ASSAULT"),
    # a year: a dated past
    ("وتغيرت المدينة كثيرا بعد هجوم وقع في صيف عام 2005.", "ASSAULT"),
    # an imperfect: a habit
    ("وأغلقت السلطات السوق بعد انفجار يقع عادة في مثل هذه الأيام.", "ASSAULT"),
    # a protest noun: no lead
    ("وتوقفت الدراسة بعد مظاهرات اندلعت أمس في المدينة.", "PROTEST"),
])
def test_dated_attack_in_adjunct_guards(text, typ):
    evs, doc = stands(text, typ)
    assert not any(":erupt" in e.rule for e in evs), show(doc)


def test_dated_attack_flag_off(monkeypatch):
    text = "وأغلقت السلطات السوق المركزي إثر انفجار وقع صباح اليوم قرب مدخله."
    assert stands(text)[0]
    monkeypatch.setattr(detect, "ADJUNCT_OCCUR", False)
    evs, doc = stands(text)
    assert not any(":erupt" in e.rule for e in evs), show(doc)
