"""Session 52 (PREC52): Arabic extras, our own sentences.

1. A ceasefire named by its context is no truce told (marsad/coding/watched_act.py, kinds accord / halt / fire): a
   truce noun right after an agreement or talks noun ("رغم اتفاق وقف إطلاق النار المبرم"، "إفشال مفاوضات وقف إطلاق
   النار") and the fire noun right after the halt masdar ("بخرق اتفاق وقف إطلاق النار": no shooting).
2. A meeting or visit noun after a setting word ("خلال زيارة إلى لندن"، "في قمة غاب عنها") is the frame of the
   sentence's other act, no second event (marsad/coding/setting_meeting_ar.py); a meeting held by named sides and a
   phone call stay.
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


def _meetings(evs):
    return [e for e in evs if e.root == "04"]


def test_visit_noun_framing_a_demand_is_no_second_act():
    # 2. a meeting noun after a setting word is the frame of the sentence's act (marsad/coding/setting_meeting_ar.py)
    evs = _events("الرياض - 20 أبريل - وطالب وزير الخارجية الكويتي اليوم خلال زيارة إلى لندن الحكومة البريطانية "
                  "بتشديد الرقابة على صادرات السلاح.")
    assert not [e for e in _meetings(evs) if "زيار" in e.trigger], _codes(evs)


def test_summit_noun_framing_an_appeal_is_no_second_act():
    evs = _events("الرباط - 20 أبريل - دعا وزراء الخارجية الأفارقة إلى حماية المدنيين في الساحل، في قمة غاب عنها "
                  "عدد من رؤساء الدول.")
    assert not [e for e in _meetings(evs) if "قم" in e.trigger], _codes(evs)


def test_guard_meeting_held_by_named_sides_stays():
    # guard: a verb of holding names the meeting's sides ("عقده الوزيران"): the meeting is told and stays
    evs = _events("عمّان - 20 أبريل - وأعلن البلدان استئناف الرحلات الجوية بينهما، في ختام اجتماع عقده وزيرا "
                  "النقل في العقبة.")
    assert [e for e in _meetings(evs) if "اجتماع" in e.trigger], _codes(evs)


def test_guard_phone_call_frame_stays():
    # guard: a phone call told as the frame is the contact itself
    evs = _events("الرباط - 20 أبريل - وفي اتصال هاتفي مع الرئيس الموريتاني، أكد العاهل المغربي دعم بلاده "
                  "للتعاون الأمني بين البلدين.")
    assert [e for e in _meetings(evs) if "اتصال" in e.trigger], _codes(evs)
