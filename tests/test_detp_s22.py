"""Session 22, DETP (issue #7): a PROTEST candidate the rules missed -- a crowd noun's long من-phrase subject: "إن
الآلاف من المتظاهرين من طلاب المدارس الثانوية ومعلميهم تدفقوا …" (the march verb beyond the noun's 6-word window;
:mod:`marsad.coding.partitive_crowd`).

The rules propose candidates and the learned filter decides; these tests read the candidates under a filter forced to
accept (tests/detect_helpers.coded), so they do not depend on the shipped weights.  Sentences written for these tests in
the style of news reports (none taken from the dev data)."""
import pytest

from marsad.eval.events import counted

from detect_helpers import coded
from events_helpers import show


def _protests(text):
    doc = coded(text, True, "PROTEST")
    return [e for e in doc.events if e.plover_type == "PROTEST" and counted(e)], doc


# ------------------------------------------------------------------ a crowd noun's long من-phrase subject
@pytest.mark.parametrize("text, verb", [
    ("المئات من المتظاهرين من عمال الموانئ وسائقي الشاحنات في المدينة تجمعوا أمام مقر المحافظة صباح اليوم.",
     "تجمعوا"),
    ("وقال شهود إن الآلاف من المحتجين من طلاب المدارس الثانوية ومعلميهم في الولاية تدفقوا في شوارع المدينة.",
     "تدفقوا"),
])
def test_long_partitive_crowd_subject(text, verb):
    evs, doc = _protests(text)
    assert any(":noun:self" in e.rule and e.trigger.endswith(verb) for e in evs), show(doc)


@pytest.mark.parametrize("text", [
    # a temporal clause: the soldiers attacked, not the protesters
    "وأصيب العشرات من المتظاهرين من طلاب الجامعة في المدينة عندما هاجم الجنود الحرم الجامعي.",
    # a relative clause between: another verb's subject
    "وتحدث عدد من المتظاهرين من أبناء القرى الذين وصلوا صباحا إلى الصحفيين ثم توجهوا إلى بيوتهم.",
    # another verb before the march verb: that verb's clause
    "ونقل عدد من المتظاهرين من أبناء القرى المجاورة إلى المستشفى ثم اعتقل آخرون وتوجهوا إلى السجن.",
    # no من-phrase: the usual window (the verb 8 words away)
    "وقال المتظاهرون الغاضبون إن أبناء القرى المجاورة والعمال الفقراء في المدينة تجمعوا أمس.",
])
def test_long_partitive_crowd_guards(text):
    evs, doc = _protests(text)
    assert not any(":noun:self" in e.rule for e in evs), show(doc)
