"""Session 49 (helper prec49): Arabic extra events cut by general rules, our own sentences.

1. A host verb whose object is the wounded or refugees ("أكبر عدد من الجرحى يستقبله المستشفى"، "استضافتها
   ملايين اللاجئين"): a service or shelter, no hosted visit (043; ``service_objects``: kind ``host`` with a patient
   word after it, kind ``host_pron`` -- the object a pronoun -- with one before it).
2. A truce noun right after a masdar of keeping it ("لتثبيت وقف إطلاق النار"، "ترسيخ الهدنة"): the truce already in
   force, told as what an act serves, no truce agreed (``ended_act_ar``, kind ``truce_keep``).
"""
from test_gapen34_s34 import _dump, _events


def _code(evs, prefix):
    return [e for e in evs if e.cameo.startswith(prefix)]


# ----------------------------------------------------------------------------- 1 the wounded or displaced received
def test_wounded_before_a_host_verb_with_a_pronoun_are_no_visit():
    evs = _events("وقال مدير الصحة إن هذا أكبر عدد من الجرحى يستقبله المستشفى الميداني في يوم واحد منذ بدء الحرب.",
                  "2025-04-10")
    assert not _code(evs, "043"), _dump(evs)


def test_refugees_hosted_by_a_country_are_no_visit():
    evs = _events("وشكر الرئيس الأردن على استضافتها مئات آلاف اللاجئين خلال سنوات الحرب.", "2025-04-10")
    assert not _code(evs, "043"), _dump(evs)


def test_a_minister_received_stays_a_visit():
    evs = _events("واستقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس.", "2025-04-10")
    assert _code(evs, "043") or _code(evs, "04"), _dump(evs)


# ----------------------------------------------------------------------------- 2 a truce kept
def test_truce_after_a_masdar_of_keeping_is_no_truce_agreed():
    evs = _events("والتقى المبعوث الأميركي رئيس الوزراء الإسرائيلي في القدس أمس في إطار جهود واشنطن لتثبيت وقف "
                  "إطلاق النار في القطاع.", "2025-04-10")
    assert not _code(evs, "087"), _dump(evs)


def test_a_truce_agreed_stays():
    evs = _events("واتفق الجانبان أمس على وقف شامل لإطلاق النار في جميع المحاور.", "2025-04-10")
    assert _code(evs, "087"), _dump(evs)


# ----------------------------------------------------------------------------- 3 "على أمل": a purpose
def test_hope_after_ala_is_the_purpose_of_an_act():
    evs = _events('وقالت الوزارة إنها تواصل اتصالاتها مع الجانبين "على أمل أن يعود الهدوء إلى المنطقة قريبا".',
                  "2025-04-10")
    assert not _code(evs, "013"), _dump(evs)


def test_hope_voiced_stays_an_optimistic_comment():
    evs = _events("وأعرب وزير الخارجية الألماني عن أمله في أن تنجح المفاوضات بين الجانبين.", "2025-04-10")
    assert _code(evs, "013"), _dump(evs)


# ----------------------------------------------------------------------------- 4 "أحكمت قبضتها": a grip, no arrest
def test_grip_with_a_pronoun_is_no_arrest():
    evs = _events("وأحكمت القوات الحكومية قبضتها على المدينة الساحلية بعد معارك استمرت أسابيع.", "2025-04-10")
    assert not _code(evs, "173"), _dump(evs)


def test_arrest_verb_with_ala_stays():
    evs = _events("وقبضت الشرطة التونسية أمس على ثلاثة مشتبه بهم في العاصمة.", "2025-04-10")
    assert _code(evs, "173"), _dump(evs)


# ----------------------------------------------------------------------------- 5 "مواجهة التهديدات": a danger met
def test_threats_countered_are_a_danger_no_threat():
    evs = _events("وأكد الجيش الأردني أن قواته تعمل على مواجهة التهديدات على الحدود الشمالية.", "2025-04-10")
    assert not _code(evs, "13"), _dump(evs)


def test_a_threat_voiced_stays():
    evs = _events("وهدد وزير الدفاع الإسرائيلي أمس حزب الله بالرد بقوة على أي هجوم.", "2025-04-10")
    assert _code(evs, "13"), _dump(evs)
