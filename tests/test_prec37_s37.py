"""Session 37 (PREC37): extra events of Arabic news, our own sentences.

1. A background act between two parties is told once, in one direction (`coding/background_pair.py`).
2. An Arabic act noun of the background with no actor is no event: the occasion or topic of the sentence's act
   (`coding/background_noun_ar.py`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2023-05-10"):
    return [(e.cameo, e.source_code, e.target_code, e.trigger, e.historical) for e in _P(text, published_at=date).events]


# ----------------------------------------------------------------------------- 1. background pairs
def test_background_signing_is_told_once():
    evs = _events("وكانت الجزائر وتونس قد وقعتا اتفاقية للتعاون الأمني في مارس 2019.")
    signed = [e for e in evs if e[0] == "057"]
    assert len(signed) == 1 and {signed[0][1], signed[0][2]} == {"DZA", "TUN"}, evs


def test_current_meeting_keeps_both_directions():
    evs = _events("التقى وزير الخارجية المصري نظيره الأردني أمس في عمان وبحثا تطورات الأوضاع في غزة.")
    met = {(e[1], e[2]) for e in evs if e[0] == "040"}
    assert ("EGYGOV", "JORGOV") in met and ("JORGOV", "EGYGOV") in met, evs


def test_dated_background_act_of_a_coordinated_subject_is_told_once():
    evs = _events("وكانت السعودية والإمارات قد قطعت علاقاتها مع إيران في يناير 2016.")
    cut = [e for e in evs if e[0] == "161"]
    assert len(cut) == 1 and cut[0][1] == "SAU" and cut[0][2] == "IRN", evs


def test_current_act_of_a_coordinated_subject_keeps_each_member():
    evs = _events("وتواصل مصر وقطر جهود الوساطة بين الطرفين للتوصل إلى اتفاق.")
    assert {e[1] for e in evs if e[0] == "045"} == {"EGY", "QAT"}, evs


# ----------------------------------------------------------------------------- 2. background nouns with no actor
def test_lapse_after_an_explosion_is_no_event():
    evs = _events("أعلن وزير المالية أمس تعليق صرف المساعدات، بعد أسبوع على انفجار مستودع الوقود في الميناء.")
    assert not [e for e in evs if e[0][:2] == "18"], evs
    assert [e for e in evs if e[0] == "162"], evs


def test_months_of_protests_is_no_event():
    evs = _events("قدمت الحكومة استقالتها أمس، بعد أربعة أشهر من الاحتجاجات الشعبية.")
    assert not [e for e in evs if e[0][:2] == "14"], evs


def test_meeting_as_the_setting_of_a_statement_is_no_event():
    evs = _events("وقال الوزير في مؤتمر صحفي عقب اجتماع طارئ للحكومة إن البلاد ستتجاوز الأزمة.")
    assert not [e for e in evs if e[0][:2] == "04"], evs


def test_listed_curfew_stays():
    evs = _events("وفرض المجلس حالة الطوارئ لثلاثة أشهر، وحظر التجول ليلا لمدة أسبوعين.")
    assert [e for e in evs if e[0] == "1723"], evs


def test_background_attack_with_its_author_stays():
    evs = _events("ورفعت السلطات حالة التأهب منذ هجوم شنه مسلحون من حركة الشباب على قاعدة عسكرية في يناير الماضي.")
    assert [e for e in evs if e[0][:2] in ("18", "19") and e[1]], evs
