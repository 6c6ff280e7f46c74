"""Session 27, PROT (issue #7): PROTEST detection and span countries on the Arabic dev data.

1. A crowd's march or gathering in reported speech, subject first, stands (detect.crowd_lead with
   :mod:`marsad.coding.quote_crowd`: "وقال شهود إن الآلاف من المتظاهرين تدفقوا في شوارع المدينة").
2. A self-immolation in protest stands (detect.self_immolation_lead with :mod:`marsad.coding.self_immolation`:
   "وأقدم شاب على إحراق نفسه احتجاجا على مصادرة بضاعته").

Sentences written for these tests in the style of news reports (none taken from the dev data).  A stand is an event
the event stage counts whatever the filter says: coded under a model that rejects every sentence of the type
(:func:`marsad.coding.detect.forced_model`), only the stands are counted."""
import pytest

from marsad.coding import detect

from detect_helpers import stands
from events_helpers import show


def _no_stand(text):
    evs, doc = stands(text, "PROTEST")
    assert not any(":erupt" in e.rule for e in evs), show(doc)


# ------------------------------------------------------------------ 1. the reported clause of a crowd's march
@pytest.mark.parametrize("text, trig", [
    ("وقال شهود عيان إن الآلاف من المتظاهرين من طلاب الجامعات تدفقوا في شوارع المدينة منذ الصباح.",
     "المتظاهرين من طلاب الجامعات تدفقوا"),
    ("وأفاد مراسلون أن مئات المحتجين جابوا شوارع العاصمة أمس مطالبين برحيل الحكومة.", "المحتجين جابوا"),
    ("وذكرت الشرطة أن المعتصمين تجمعوا صباح الأحد أمام مقر البرلمان في عمان.", "المعتصمين تجمعوا"),
    ("وقالت وكالة الأنباء إن المتظاهرين زحفوا نحو القصر الرئاسي رغم المطر.", "المتظاهرين زحفوا"),
])
def test_quoted_march_stands(text, trig):
    evs, doc = stands(text, "PROTEST")
    assert any(e.trigger == trig and e.cameo == "141" and ":erupt" in e.rule and not e.historical for e in evs), \
        show(doc)


@pytest.mark.parametrize("text", [
    # a relative clause: the gathering is background, the crowd's own verb comes later
    "وذكرت الشرطة أن المعتصمين الذين تجمعوا صباح الأحد أمام مقر البرلمان غادروا المكان.",
    # a disruption verb, no march: left to the filter (as in the verb-first rule)
    "وقالت الشرطة إن المتظاهرين أحرقوا الإطارات في الشوارع.",
    # a future: no report
    "وقال المنظمون إن المتظاهرين سيتجمعون غدا أمام البرلمان.",
    # a denial
    "ونفى المتحدث أن يكون المتظاهرون تجمعوا أمام السفارة.",
    # a protest noun as the subject: left to the filter
    "وقال شهود إن مظاهرات خرجت في المدينة.",
    # unquoted subject first after a comma: no complementizer
    "وفي المساء، المتظاهرون تجمعوا في الساحة.",
])
def test_quoted_march_guards(text):
    _no_stand(text)


# ------------------------------------------------------------------ 2. a self-immolation in protest
@pytest.mark.parametrize("text", [
    "وأقدم شاب عاطل عن العمل على إحراق نفسه أمام مقر الولاية احتجاجا على مصادرة بضاعته.",
    "وأضرم بائع متجول النار في نفسه أمس أمام مبنى البلدية احتجاجا على مصادرة عربته.",
    "وأحرق رجل نفسه أمام البرلمان احتجاجا على البطالة.",
    "ولم يتردد أحد العمال عن إحراق نفسه احتجاجا على فصله من العمل.",
])
def test_self_immolation_stands(text):
    evs, doc = stands(text, "PROTEST")
    assert any(e.trigger == "احتجاجا" and e.cameo == "141" and ":erupt" in e.rule and not e.historical
               for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # a manner of protest in general (a verbal noun after a preposition, no light verb)
    "وتدرج المحتجون عبر إحراق الفرد نفسه احتجاجا على الظلم إلى انتفاضة شعبية.",
    # a relative clause: the light verb does not open its clause
    "وكان الرجل الذي أقدم على إحراق نفسه احتجاجا على البطالة قد توفي أمس.",
    # a threat (imperfect)
    "ويهدد العمال بإحراق أنفسهم احتجاجا على تأخر الرواتب.",
    # not oneself: a disruption act, left to the filter
    "وأحرق المتظاهرون الإطارات أمام البرلمان احتجاجا على البطالة.",
    # a negated light verb without لم's sense of "did not hesitate" (the act did not happen)
    "وتراجع الشاب عن إحراق نفسه احتجاجا على البطالة.",
])
def test_self_immolation_guards(text):
    _no_stand(text)


# ------------------------------------------------------------------ each rule has its switch
@pytest.mark.parametrize("flag, text", [
    ("QUOTE_CROWD", "وذكرت الشرطة أن المعتصمين تجمعوا صباح الأحد أمام مقر البرلمان في عمان."),
    ("SELF_IMMOLATION", "وأحرق رجل نفسه أمام البرلمان احتجاجا على البطالة."),
])
def test_flag_off(monkeypatch, flag, text):
    assert stands(text, "PROTEST")[0]
    monkeypatch.setattr(detect, flag, False)
    _no_stand(text)
