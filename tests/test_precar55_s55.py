"""Session 55 (PRECAR55): Arabic extras, our own sentences.

A ceasefire carried out, kept, respected or broken is one told before (marsad/coding/watched_act.py, kind uphold):
a truce noun right after an implementation / respect / overturning masdar ("احترام وقف إطلاق النار"), or after an
agreement noun that such a masdar governs ("بتنفيذ اتفاق وقف إطلاق النار"، "بالانقلاب على اتفاق وقف إطلاق النار"،
"لإلزامه باتفاق وقف إطلاق النار"), is no truce agreed in that sentence.  A truce signed, accepted or welcomed stays.
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _events(text):
    return _PIPE(text, published_at="2026-03-10").events


def _codes(evs):
    return [(e.trigger, e.cameo) for e in evs]


def _truces(evs):
    return [e for e in evs if e.cameo.startswith("087")]


def test_truce_after_an_implemented_agreement_is_no_truce_told():
    evs = _events("وجددت الفصائل التزامها بتنفيذ اتفاق وقف إطلاق النار في الإقليم، ودعت الوسطاء إلى متابعة "
                  "المرحلة الثانية.")
    assert not _truces(evs), _codes(evs)
    assert [e for e in evs if e.root == "02"], _codes(evs)


def test_truce_after_an_agreement_overturned_is_no_truce_told():
    evs = _events("واتهم المتحدث باسم الحركة الحكومة بالانقلاب على اتفاق وقف إطلاق النار.")
    assert not _truces(evs), _codes(evs)
    assert [e for e in evs if e.root == "11"], _codes(evs)


def test_truce_after_binding_to_an_agreement_is_no_truce_told():
    evs = _events("وطالبت الأحزاب المعارضة مجلس الأمن بالضغط على الجيش لإلزامه باتفاق وقف إطلاق النار.")
    assert not _truces(evs), _codes(evs)


def test_a_respected_truce_is_no_truce_told():
    evs = _events("ودعا المبعوث الأممي جميع الأطراف إلى احترام وقف إطلاق النار وفتح الطرق أمام قوافل الإغاثة.")
    assert not _truces(evs), _codes(evs)
    assert [e for e in evs if e.root == "02"], _codes(evs)


def test_guard_a_truce_agreement_signed_stays():
    """Guard: a truce agreement signed in the sentence keeps its truce noun (no uphold word before it)."""
    evs = _events("ووقع الطرفان أمس على اتفاق وقف إطلاق النار في العاصمة.")
    assert _truces(evs), _codes(evs)


def test_guard_a_welcomed_truce_agreement_stays():
    """Guard: a welcomed truce agreement told first keeps its truce (test_prec43's reading)."""
    evs = _events("ورحبت الجامعة العربية أمس باتفاق وقف إطلاق النار في الإقليم.")
    assert _truces(evs), _codes(evs)


# ----------------------------------------------------------------------------- التحقيق as a title or a term
def test_investigating_judges_are_no_investigation():
    evs = _events("ووجه قضاة التحقيق في مدينة ليون أمس تهمة الاحتيال إلى ثلاثة موظفين.")
    assert not [e for e in evs if e.cameo == "090"], _codes(evs)


def test_held_pending_investigation_is_no_investigation():
    evs = _events("وقررت النيابة العامة احتجاز المدون خمسة أيام على ذمة التحقيق في منشوراته.")
    assert not [e for e in evs if e.cameo == "090"], _codes(evs)
    assert [e for e in evs if e.root == "17"], _codes(evs)


def test_achieving_harmony_is_no_investigation():
    evs = _events("وشدد رئيس الوزراء على ضرورة تحقيق الانسجام في عمل الوزارات خلال المرحلة المقبلة.")
    assert not [e for e in evs if e.cameo == "090"], _codes(evs)


def test_guard_an_investigation_opened_stays():
    """Guard: an investigation opened or demanded, with no judge or term word before it, stays."""
    evs = _events("وفتحت النيابة العامة تحقيقا في الحادث، وطالبت المعارضة بالتحقيق في مقتل الناشط.")
    assert len([e for e in evs if e.cameo == "090"]) == 2, _codes(evs)
