"""Session 50 (helper prec50): Arabic extra events cut by general rules, our own sentences.

1. A definite meeting noun that names back a meeting told earlier in its own sentence ("التقى الرئيسان …، فيما انضم
   وزير ثالث إلى الاجتماع"), or one after an occasion word that takes a side from its clause ("وقع البلدان خلال
   الزيارة مذكرة مع البنك الدولي" after the visit's report): no meeting of its own (``retold.drop_meeting_references``).
2. An act noun right after a noun naming its content, outcome or deadline ("نتائج المفاوضات"، "مضمون المحادثات"،
   "مهلة الانسحاب"): the act only owns what the sentence tells of, no event (``content_head_ar``).
3. A truce noun right after an agreement verb's على, read with no sides or after a quotation mark ('واتفقا على "وقف
   فوري لإطلاق النار"'), is the agreement's content: one act (``agreement_content_ar.told_content``).
"""
from test_gapen34_s34 import _dump, _events


def _at(evs, word):
    return [e for e in evs if e.trigger == word]


# ----------------------------------------------------------------------------- 1 a meeting named back
def test_meeting_noun_after_the_meeting_verb_of_its_sentence_is_no_second_meeting():
    evs = _events("القاهرة (مرصد) - التقى رئيس الوزراء الأردني نظيره المصري في القاهرة اليوم الأحد، فيما انضم وزير "
                  "الخارجية السعودي إلى الاجتماع عبر اتصال هاتفي.", "2025-03-02")
    assert not _at(evs, "الاجتماع"), _dump(evs)
    assert [e for e in evs if e.cameo == "040" and e.source_code == "JORGOV"], _dump(evs)


def test_visit_noun_after_an_occasion_word_with_a_side_from_its_clause_is_the_visit_told():
    evs = _events("عمان (مرصد) - استقبل العاهل الأردني الرئيس الفرنسي في عمان أمس الاثنين. وأعلن مسؤول فرنسي أن "
                  "البلدين وقعا خلال الزيارة مذكرة تفاهم مع البنك الدولي لتمويل مشاريع المياه.", "2025-03-04")
    assert not _at(evs, "الزيارة"), _dump(evs)
    assert [e for e in evs if e.cameo == "043"], _dump(evs)


def test_meeting_noun_after_a_time_word_is_another_meeting():
    # guard: "قبيل الاجتماع" is the larger meeting the two ministers met before, not their meeting
    evs = _events("بروكسل (مرصد) - التقى وزير الخارجية الأردني نظيره الفرنسي في بروكسل اليوم الاثنين قبيل الاجتماع "
                  "الوزاري لحلف شمال الأطلسي.", "2025-03-03")
    assert _at(evs, "الاجتماع"), _dump(evs)


# ----------------------------------------------------------------------------- 2 a content's owner
def test_talks_awaited_for_their_results_are_no_refused_talks():
    evs = _events("وقال وزير الدفاع الإسرائيلي إن بلاده لن تنتظر نتائج المفاوضات النووية إلى الأبد.", "2025-04-10")
    assert not _at(evs, "المفاوضات"), _dump(evs)


def test_talks_whose_contents_stay_secret_are_no_event():
    evs = _events("واتفق الوزيران على عدم الكشف عن مضمون المحادثات في الوقت الحالي.", "2025-04-10")
    assert not _at(evs, "المحادثات"), _dump(evs)


def test_a_withdrawal_deadline_is_no_withdrawal():
    evs = _events("ولا تزال القوات الأجنبية في المنطقة رغم انقضاء مهلة الانسحاب منتصف الشهر الماضي.", "2025-04-10")
    assert not _at(evs, "الانسحاب"), _dump(evs)


def test_talks_criticised_stay_an_act_noun():
    evs = _events("وانتقد الرئيس المفاوضات مع المعارضة.", "2025-04-10")
    assert _at(evs, "المفاوضات"), _dump(evs)


# ----------------------------------------------------------------------------- 3 a truce agreed on
def test_quoted_truce_agreed_on_is_the_agreements_content():
    evs = _events('دمشق (مرصد) - التقى وزير الدفاع السوري قائد قوات سوريا الديمقراطية في دمشق أمس، واتفقا على "وقف '
                  'فوري لإطلاق النار" في حلب.', "2025-10-08")
    assert not [e for e in evs if e.cameo.startswith("087")], _dump(evs)
    assert [e for e in evs if e.cameo == "030"], _dump(evs)
