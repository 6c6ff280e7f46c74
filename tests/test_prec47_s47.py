"""Session 47 (helper prec47): Arabic extra events cut by general rules, our own sentences.

1. "وزارته"، "وزارتها"، "وزارتهم": the minister's ministry (وزارة + a possessive pronoun), not و + زارت + a pronoun
   ("and she visited him"): never a visit verb (``noun_forms_ar.tsv``).
2. A picture caption whose photo credit follows a dash on its own line ("الوزير يستقبل نظيره في مكتبه - الصورة:
   رويترز") is page chrome: no event of the caption (``patterns.yaml`` ``caption_dash_credit_ar``).
3. "في أول زيارة لمسؤول … منذ …" after the sentence's own meeting act ("واستقبل الرئيس الوزير … في أول زيارة …"):
   the ordinal visit noun characterises that act, no second event (``ordinal_visit_ar``).
4. A date written before a definite meeting noun that an occasion word has ("وفي بيان صدر فجر اليوم في ختام
   الزيارة") dates the clause's own act: the noun is still the visit told before (``retold.drop_meeting_references``).
5. A meeting noun after a strike verb and its ب instrument phrase ("ضربت بصاروخين من طراز … اجتماعا لقادة") is
   where the strike hit, as right after the verb (``setting`` kind ``struck``).
6. A criticised masdar construct read as a verb ("انتقد الرئيس عقد المحادثات") is the act told before, as a
   criticised act noun (``reacted_act_ar``).
"""
from test_gapen34_s34 import _dump, _events


def _at(evs, word):
    return [e for e in evs if e.trigger.startswith(word)]


# ----------------------------------------------------------------------------- 1 a ministry, no visit
def test_his_ministry_is_no_visit():
    evs = _events("وأشاد وزير الزراعة بالاتفاق، وقال في تسجيل نشرته وزارته إن الصادرات ستتضاعف.", "2025-03-02")
    assert not [e for e in evs if e.cameo.startswith("042")], _dump(evs)


def test_her_ministry_is_no_visit():
    evs = _events("وقالت وزيرة الخارجية في بيان نشرته وزارتها إن السفارة تتابع أوضاع المواطنين العالقين.", "2025-03-02")
    assert not [e for e in evs if e.cameo.startswith("042")], _dump(evs)


def test_a_visit_verb_stays():
    evs = _events("وزارت وزيرة الخارجية الألمانية بيروت أمس الأحد والتقت رئيس الحكومة.", "2025-03-02")
    assert [e for e in evs if e.cameo.startswith("042")], _dump(evs)


# ----------------------------------------------------------------------------- 2 a caption with a dash credit
_CAPTION_DOC = ("وزير الخارجية التركي يزور الدوحة لبحث التعاون الاقتصادي\n\n"
                "الدوحة، 3 مارس (مرصد) - وصل وزير الخارجية التركي إلى الدوحة أمس الأحد في زيارة رسمية تستمر "
                "يومين.\n\n"
                "أمير قطر يستقبل وزير الخارجية التركي في الديوان الأميري - الصورة: رويترز\n\n"
                "وقال الوزير إن البلدين يعملان على توسيع التبادل التجاري.\n")


def test_a_dash_credited_caption_codes_nothing():
    evs = _events(_CAPTION_DOC, "2025-03-03")
    assert not [e for e in evs if e.trigger.startswith("يستقبل")], _dump(evs)
    assert [e for e in evs if e.cameo.startswith("042")], _dump(evs)


def test_a_body_sentence_with_a_dash_stays():
    doc = _CAPTION_DOC.replace(" - الصورة: رويترز", " - أمس الأحد")
    evs = _events(doc, "2025-03-03")
    assert [e for e in evs if e.trigger.startswith("يستقبل")], _dump(evs)


# ----------------------------------------------------------------------------- 3 the first visit since
def test_a_first_visit_after_a_reception_is_that_reception():
    evs = _events("واستقبل الرئيس التونسي وزير الخارجية الإيطالي في قصر قرطاج أمس، في أول زيارة لمسؤول إيطالي رفيع "
                  "منذ عامين.", "2025-03-02")
    assert _at(evs, "واستقبل"), _dump(evs)
    assert not _at(evs, "زيارة"), _dump(evs)


def test_a_first_visit_after_a_meeting_is_that_meeting():
    evs = _events("والتقى وزير الخارجية السعودي نظيره السوري في دمشق أمس، في أول زيارة لمسؤول سعودي رفيع منذ سنوات.",
                  "2025-03-02")
    assert _at(evs, "والتقى"), _dump(evs)
    assert not _at(evs, "زيارة"), _dump(evs)


def test_a_first_visit_alone_stays():
    evs = _events("وبدأ وزير الخارجية الإيراني أمس أول زيارة له إلى الرياض منذ سنوات.", "2025-03-02")
    assert [e for e in evs if e.cameo.startswith("042")], _dump(evs)


# ----------------------------------------------------------------------------- 4 a date before the retold visit
_VISIT_DOC = ("استقبل العاهل الأردني الرئيس اللبناني في عمان أمس الأحد.\n\n"
              "وفي بيان مشترك صدر فجر اليوم في ختام الزيارة، رحب الجانب الأردني بتشكيل الحكومة الجديدة.")


def test_a_date_before_the_occasion_visit_is_the_statement_date():
    evs = _events(_VISIT_DOC, "2025-03-03")
    assert not _at(evs, "الزيارة"), _dump(evs)
    assert _at(evs, "استقبل"), _dump(evs)



# ----------------------------------------------------------------------------- 5 a meeting struck with a weapon
def test_a_meeting_struck_with_named_missiles_is_the_strike_site():
    evs = _events('وقال الجيش إن قواته ضربت بصاروخين من طراز "إسكندر-إم" اجتماعا لقادة المسلحين قرب المدينة.',
                  "2025-04-14")
    assert not [e for e in evs if e.cameo == "040"], _dump(evs)


def test_a_meeting_struck_by_a_drone_is_the_strike_site():
    evs = _events("وأفادت مصادر محلية بأن القوات استهدفت بطائرة مسيرة اجتماعا لقادة الفصائل شرق البلدة.",
                  "2025-04-14")
    assert not [e for e in evs if e.cameo == "040"], _dump(evs)


# ----------------------------------------------------------------------------- 6 a criticised masdar construct
_TALKS_DOC = ("وعقد وزيرا الخارجية الأمريكي والروسي محادثات في الرياض أمس.\n\n"
              "وفي مؤتمر صحفي مشترك، انتقد الرئيس الأوكراني عقد المحادثات من دون مشاركة بلاده.")


def test_criticised_holding_of_the_talks_is_the_talks_told_before():
    evs = _events(_TALKS_DOC, "2025-02-19")
    assert not [e for e in evs if e.trigger.startswith("عقد المحادثات")], _dump(evs)
    assert _at(evs, "انتقد"), _dump(evs)
