"""Session 37 (PREC37): extra events of Arabic news, our own sentences.

1. A background act between two parties is told once, in one direction (`coding/background_pair.py`).
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
