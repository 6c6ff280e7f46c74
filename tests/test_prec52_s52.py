"""Session 52 (PREC52): Arabic extras, our own sentences.

1. A ceasefire named by its context is no truce told (marsad/coding/watched_act.py, kinds accord / halt / fire): a
   truce noun right after an agreement or talks noun ("رغم اتفاق وقف إطلاق النار المبرم"، "إفشال مفاوضات وقف إطلاق
   النار") and the fire noun right after the halt masdar ("بخرق اتفاق وقف إطلاق النار": no shooting).
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _events(text):
    return _PIPE(text, published_at="2026-04-20").events


def _codes(evs):
    return [(e.trigger, e.cameo) for e in evs]


def test_truce_after_an_agreement_noun_is_no_truce_told():
    evs = _events("بيروت - 20 أبريل - وتواصل إسرائيل قصف بلدات في جنوب لبنان رغم اتفاق وقف إطلاق النار المبرم "
                  "في الخريف الماضي.")
    assert not [e for e in evs if e.cameo.startswith("087")], _codes(evs)


def test_truce_after_a_talks_noun_is_no_truce_told():
    evs = _events("الدوحة - 20 أبريل - واتهم رئيس الوزراء الحكومة الإسرائيلية بعرقلة مفاوضات وقف إطلاق النار في "
                  "القطاع.")
    assert not [e for e in evs if e.cameo.startswith("087")], _codes(evs)


def test_fire_noun_of_a_breached_ceasefire_is_no_shooting():
    evs = _events("غزة - 20 أبريل - واتهمت الفصائل الجيش الإسرائيلي بخرق اتفاق وقف إطلاق النار عشرات المرات منذ "
                  "مطلع الشهر.")
    assert not [e for e in evs if e.trigger.startswith("إطلاق")], _codes(evs)


def test_guard_truce_announced_by_its_side_stays():
    # guard (passes on the start tree too): a truce noun with no agreement noun before it is the act told
    evs = _events("الخرطوم - 20 أبريل - أعلن الجيش وقف إطلاق النار في المدينة اعتبارا من منتصف الليل.")
    assert [e for e in evs if e.cameo.startswith("087")], _codes(evs)


def test_guard_exchange_of_fire_stays_a_clash():
    # guard: the fire noun with no halt masdar before it is still a shooting
    evs = _events("بغداد - 20 أبريل - وتبادل مسلحون وقوات الأمن إطلاق النار قرب مبنى المحافظة فجر اليوم.")
    assert [e for e in evs if e.root == "19"], _codes(evs)
