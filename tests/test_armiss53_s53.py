"""Session 53 (helper armiss53): Arabic gold events missed outright, our own sentences.

1. أوقف (detained) with a person object that is no listed object word -- a title and a name, a businessman -- after a
   police / judiciary subject = 173 (``manual_ar.tsv`` row with cond police_person, ``stages/events``); + الأجانب
   among the object words of the 173 row.
2. "نفى X أي مخالفة / أي تجاوز" (denied any wrongdoing) = 016 (the نفى row's object words).
3. "علّقت الحكومة العمل بنظام الإعفاء من التأشيرة لمواطني X" = 163 (new علق / أوقف rows, shadda form too).
4. "وتعرض شاب للطعن" = 182 (new طعن noun row, cond suffered: only as what the subject of تعرض لـ underwent).
6. "وضربت مسيرة سفينة" = 195 (new ضرب row, cond near_subj: the weapon as the subject right after the verb).
"""
from test_gapen34_s34 import _dump, _events


def _at(text, word, date="2025-06-10"):
    """The events whose trigger starts at ``word``; all events."""
    evs = _events(text, date)
    at = text.index(word)
    return [e for e in evs if e.trigger_start == at], evs


# ----------------------------------------------------------------------------- 1 أوقف a person
def test_police_detained_named_person():
    got, evs = _at("وأوقفت الشرطة رجل الأعمال المعروف في مطار المدينة مساء أمس.", "وأوقفت")
    assert got and got[0].cameo == "173", _dump(evs)


def test_security_detained_foreigners():
    got, evs = _at("وأوقفت قوات الأمن عشرات الأجانب في حملة على الإقامة غير النظامية.", "وأوقفت")
    assert got and got[0].cameo == "173", _dump(evs)


def test_guard_government_halted_dialogue():
    """Guard: a halt by the government with no person object is no arrest."""
    got, evs = _at("وأوقفت الحكومة الحوار مع النقابات بعد فشل الجولة الأخيرة.", "وأوقفت")
    assert not [e for e in got if e.cameo == "173"], _dump(evs)


# ----------------------------------------------------------------------------- 2 denied any wrongdoing
def test_denied_any_wrongdoing():
    got, evs = _at("ونفى الوزير السابق في بيان أي مخالفة في إدارة الصفقة.", "ونفى")
    assert got and got[0].cameo == "016", _dump(evs)


# ----------------------------------------------------------------------------- 3 visas suspended
def test_suspended_visa_free_entry_shadda():
    got, evs = _at("وعلّقت الحكومة العمل بنظام الإعفاء من التأشيرة للمواطنين الإيرانيين.", "وعلّقت")
    assert got and got[0].cameo[:2] == "16", _dump(evs)


# ----------------------------------------------------------------------------- 4 stabbed
def test_suffered_stabbing():
    got, evs = _at("وتعرّض شاب للطعن في حي شعبي بالعاصمة ليل السبت.", "للطعن")
    assert got and got[0].root == "18", _dump(evs)


def test_guard_legal_appeal_no_stabbing():
    """Guard: طعن as a legal appeal is no assault."""
    evs = _events("وقدم المحامي طعنا في الحكم أمام محكمة الاستئناف.", "2025-06-10")
    assert not [e for e in evs if e.root == "18"], _dump(evs)


# ----------------------------------------------------------------------------- 6 a weapon struck
def test_drone_struck_ship():
    got, evs = _at("وضربت مسيرة مجهولة فجر الأحد سفينة تجارية قرب الساحل.", "وضربت")
    assert got and got[0].root == "19", _dump(evs)


def test_guard_struck_an_example():
    """Guard: ضرب مثالا (gave an example) with a missile word far off is no strike."""
    evs = _events("وضرب الرئيس مثالا على نجاح التعاون مع الدول المصنعة للصواريخ.", "2025-06-10")
    assert not [e for e in evs if e.root == "19"], _dump(evs)
