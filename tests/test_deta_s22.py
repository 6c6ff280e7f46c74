"""Session 22, DETA: ASSAULT detection, general rule causes read from the out-of-fold errors of the dev CV.

- a count of killings since the onset of a war / an era or since a year ("قتل أكثر من أربعة آلاف مدني منذ اندلاع
  الحرب"، "منذ الغزو"، "منذ 2016") is an aggregate, not the report of one attack (cue ``period`` rows, a year after
  منذ: detect._period_after); a superlative before منذ ("في أعنف هجوم منذ اندلاع الحرب") is a record, not a count;
- the crime named by a charge noun ("بتهمة تفجير سيارة"، "تهم قتل") is no event trigger (cue ``charge``).

Every sentence is our own."""
from __future__ import annotations

import pytest

from marsad.eval.events import counted
from tests.events_helpers import full


def _counted(text: str, typ: str = "ASSAULT"):
    return [e for e in full(text, published_at="2024-05-02").events if e.plover_type == typ and counted(e)]


def _any(text: str, typ: str = "ASSAULT"):
    return [e for e in full(text, published_at="2024-05-02").events if e.plover_type == typ]


# --- a count over a period: the onset of a war, an invasion, a year ---------------------------------------------

@pytest.mark.parametrize("text", [
    "وقتل أكثر من أربعة آلاف مدني منذ اندلاع الحرب عام 2015، بحسب الأمم المتحدة.",
    "وقتل نحو ثلاثمائة شرطي منذ 2016 في هجمات المتمردين.",
    "وقتل نحو ثلاثمائة شرطي منذ الغزو الأمريكي للبلاد.",
    "وقال التقرير إن الحكومة تخطط لزيادة قواتها في الإقليم، حيث قتل حوالي ألفي جندي منذ بدء التمرد المسلح.",
])
def test_count_since_onset_or_year_is_aggregate(text):
    assert _counted(text) == []


@pytest.mark.parametrize("text", [
    # a recent time after منذ: one report (the period rows are onsets and years, not hours)
    "وقتل أربعة جنود منذ صباح اليوم في اشتباكات قرب الحدود.",
    "قتل ثلاثة جنود منذ ساعات في هجوم على حاجز للجيش.",
    # a superlative before منذ: a record since the period, the attack is today's
    "قتل عشرة جنود في هجوم هو الأعنف منذ اندلاع الحرب.",
    "قتل عشرة جنود في أعنف هجوم منذ 2019 على قاعدة للجيش.",
    "وقتل نحو ستين شخصا في الهجوم الأكثر دموية منذ بداية العام.",
    # a number after منذ that is no year
    "قتل خمسة مدنيين في قصف على السوق بعد هدوء دام منذ 12 يوما.",
])
def test_recent_or_record_still_reported(text):
    assert _counted(text)


# --- a charge noun: the crime charged is no event ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "واعتقل الشاب بتهمة تفجير سيارة قرب مقر الشرطة.",
    "ووجهت المحكمة تهم قتل إلى ثلاثة متهمين.",
    "وأفرج عن الصحفي بعد اعتقاله بتهمة اختطاف طفل.",
    "وتحاكم السلطات أربعة رجال بتهم الخطف والقتل في الإقليم.",
])
def test_charged_crime_is_no_assault(text):
    assert _any(text) == []


def test_charge_keeps_the_arrest():
    evs = full("واعتقل الشاب بتهمة تفجير سيارة قرب مقر الشرطة.", published_at="2024-05-02").events
    assert [e.cameo for e in evs] == ["173"]


@pytest.mark.parametrize("text", [
    # the act told as a verb in the prosecution's words, and a participle "المتهمين ب": not a charge noun
    "وقال الادعاء إن المتهمين فجروا سيارة مفخخة قرب مقر الشرطة.",
    "وأدان القاضي المتهمين بالهجوم على مركز الشرطة.",
    # an attack noun after another noun
    "وأعلنت الشرطة حصيلة تفجير سيارة مفخخة قرب مقرها أمس.",
])
def test_not_a_charge_keeps_the_candidate(text):
    assert _any(text)


def test_new_cue_forms_keep_their_older_readings():
    # a cue form listed as a whole word hides its proclitic-stripped reading: الأكثر stays a quantity word, بتهم a
    # reference word, as they were read before (through اكثر / تهم)
    from marsad.coding.lexicon import lexicon
    from marsad.lang.normalize import normalize
    lex = lexicon("ar")
    assert {"superlative", "quant"} <= set(lex.cue(normalize("الأكثر")))
    assert {"charge", "ref"} <= set(lex.cue(normalize("بتهم")))
