"""Session 51 (helper prec51): Arabic extra events cut by general rules, our own sentences.

1. The subject right after a "come" verb opening its sentence ("ويأتي اعتقال فلان بعد …"، "وجاءت القمة بعد ساعات
   من …") is the story's act placed in time or context: no event of its own, in construct and with its own sides too,
   and with no earlier event of its root (``retold.drop_told_subjects``, retold_cause.tsv kind ``come``).
2. The dead after a toll or remains noun ("وارتفعت حصيلة القتلى"، "تسليم رفات القتلى") are people counted or
   returned, no killing act (``content_head_ar``, content_head_ar.tsv kind ``head``).
"""
from test_gapen34_s34 import _dump, _events
from test_prec50_s50 import _at


# ----------------------------------------------------------------------------- 1 a "come" verb's subject
def test_arrest_in_construct_after_a_come_verb_is_the_story_arrest():
    evs = _events("أربيل (مرصد) - اعتقلت قوات الأمن الكردية فجر اليوم الأحد زعيم حزب معارض في أربيل. ويأتي "
                  "اعتقال زعيم الحزب بعد أقل من أسبوعين على اعتقال نائبه في السليمانية.", "2025-06-08")
    assert not _at(evs, "اعتقال"), _dump(evs)
    assert [e for e in evs if e.cameo.startswith("17")], _dump(evs)


def test_summit_after_a_come_verb_with_no_summit_event_before_is_no_second_summit():
    evs = _events("المنامة (مرصد) - تعهد قادة دول الخليج اليوم الثلاثاء في المنامة بتعزيز التعاون الاقتصادي. "
                  "وجاءت القمة بعد ساعات من إعلان وزير الخارجية العماني أن البلدين اتفقا على فتح الحدود بينهما.",
                  "2025-06-08")
    assert not _at(evs, "القمة"), _dump(evs)


def test_act_noun_after_a_come_verb_not_opening_the_sentence_stays():
    # guard: "وجاء الحظر بعد احتجاجات": the protests after بعد are their own happening, not the verb's subject
    evs = _events("دكا (مرصد) - حظرت الحكومة أنشطة الحزب المعارض أمس. وجاء الحظر بعد احتجاجات قادها طلاب "
                  "في العاصمة.", "2025-05-12")
    assert _at(evs, "احتجاجات"), _dump(evs)


# ----------------------------------------------------------------------------- 2 the dead counted
def test_the_dead_after_a_toll_noun_are_no_killing():
    evs = _events("طهران (مرصد) - ضرب زلزال قوي جنوب إيران فجر اليوم، وارتفعت حصيلة القتلى إلى 40 شخصا بحسب "
                  "السلطات.", "2025-04-27")
    assert not _at(evs, "القتلى"), _dump(evs)


def test_the_dead_after_a_remains_noun_are_no_killing():
    evs = _events("غزة (مرصد) - سلمت الحركة أمس رفات القتلى الأربعة إلى الصليب الأحمر.", "2025-10-20")
    assert not _at(evs, "القتلى"), _dump(evs)


def test_an_attack_noun_after_a_toll_noun_stays():
    # guard: the toll head drops only the dead; "حصيلة هجوم" is the attack counted, its only telling here
    evs = _events("وأعلن الدفاع المدني أمس حصيلة هجوم بطائرة مسيرة على سوق شعبي في المدينة.", "2025-04-27")
    assert [e for e in evs if e.root in ("18", "19")], _dump(evs)
