"""Session 45 (helper prec45): Arabic extra events cut by general rules, our own sentences.

1. A definite meeting, visit or talks noun with no counterpart of its own, after the article told the meeting
   ("وشارك في المحادثات، التي استمرت ثلاث ساعات، …"، "وانتقدت أحزاب معارضة الزيارة"), names that meeting again:
   its span is the earlier event's evidence, no event of its own (``retold.drop_meeting_references``).  With no
   earlier meeting, or with a word that makes it another meeting ("الاجتماع المقبل"), it stays.
2. A reply to a question ("وردا على سؤال عما إذا كان …"، "سترد على أسئلة النواب إذا …") is an answer, no threat: the
   condition word is the question's (``threat_if._answers_question``); "سترد على أي اعتداء إذا …" stays a threat.
3. A truce after منذ and its entry into force ("في أول غارة منذ دخول اتفاق وقف إطلاق النار … حيز التنفيذ") only dates
   the sentence's act: no event (``time_anchor_ar._entry_anchor``), nor does one told as in force ("رغم سريان اتفاق
   وقف إطلاق النار"); a truce announced as entering into force stays.
4. "القصف بالمسيّرات": the bombardment noun beside مسيرات makes them drones, no march (``drone_ar.tsv`` kind strike).
5. A truce told as expiring or collapsing ("بأن وقف إطلاق النار "سينتهي"") is no truce agreed
   (``ended_act_ar.tsv`` kind ``truce_stop``, for 087 nouns only).
6. A meeting noun right after a strike verb ("أصابت اجتماعا حكوميا") is where the strike hit, no meeting
   (``setting_ar_en.tsv`` kind ``struck``).
7. A condemned or criticised definite act after the article told it ("ودانت الأمم المتحدة احتجاز الموظفين") is that
   act told again (``reacted_act_ar.tsv`` reaction verbs دان، انتقد …); told first there, it stays.
"""
from test_gapen34_s34 import _dump, _events


def _at(evs, word):
    return [e for e in evs if e.trigger.startswith(word)]


# ----------------------------------------------------------------------------- 1 a meeting noun told again
_AMMAN = ("عمان - 10 مارس (مرصد) - التقى وزير الخارجية المصري نظيره الأردني في عمان أمس الأحد لبحث الأوضاع في "
          "المنطقة.\n\n")


def test_the_talks_after_the_meeting_are_no_event_of_their_own():
    evs = _events(_AMMAN + "وشارك في المحادثات، التي استمرت ثلاث ساعات، مستشارو الوزيرين.", "2025-03-10")
    assert not _at(evs, "المحادثات"), _dump(evs)
    met = _at(evs, "التقى")
    assert met and all(any(s > met[0].trigger_start for s, _ in e.also_spans) for e in met), _dump(evs)


def test_the_visit_criticised_after_the_reception_is_no_event_of_its_own():
    evs = _events("تونس - 10 مارس (مرصد) - استقبل الرئيس التونسي وزير الخارجية الإيطالي في قصر قرطاج أمس "
                  "الاثنين.\n\nوانتقدت أحزاب معارضة الزيارة على مواقع التواصل الاجتماعي.", "2025-03-10")
    assert not _at(evs, "الزيارة"), _dump(evs)


def test_the_talks_with_no_meeting_told_before_stay():
    evs = _events("أعلنت وزارة الخارجية أن الوزير سيتوجه إلى الرياض الأسبوع المقبل.\n\n"
                  "وشارك في المحادثات وفد أمريكي رفيع.", "2025-03-10")
    assert _at(evs, "المحادثات"), _dump(evs)


# ----------------------------------------------------------------------------- 2 a reply to a question
def test_in_reply_to_a_question_with_if_is_no_threat():
    evs = _events("واشنطن - 12 فبراير (مرصد) - استقبل الرئيس الأمريكي العاهل الأردني في البيت الأبيض أمس. وردا على "
                  "سؤال عما إذا كان سيفرض رسوما على البلدين، قال الرئيس إنه لا يرى حاجة إلى ذلك.", "2025-02-12")
    assert not [e for e in evs if e.root == "13"], _dump(evs)


def test_a_government_answering_deputies_questions_is_no_threat():
    evs = _events("وقال المتحدث إن الحكومة سترد على أسئلة النواب إذا طلب البرلمان ذلك.", "2025-02-12")
    assert not [e for e in evs if e.root == "13"], _dump(evs)


def test_a_reply_to_any_attack_if_repeated_stays_a_threat():
    evs = _events("وقال الوزير إن بلاده سترد على أي اعتداء إذا تكرر القصف.", "2025-02-12")
    assert [e for e in evs if e.root == "13"], _dump(evs)


# ----------------------------------------------------------------------------- 3 a truce's entry into force as a date
def test_the_truce_after_since_its_entry_into_force_only_dates_the_strike():
    evs = _events("بيروت - 4 مارس (مرصد) - قصفت طائرات إسرائيلية أمس مبنى في جنوب لبنان، في أول غارة على المنطقة منذ "
                  "دخول اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ في نوفمبر الماضي.", "2025-03-04")
    assert _at(evs, "قصفت") and not [e for e in evs if e.cameo.startswith("087")], _dump(evs)


def test_the_truce_after_since_its_start_only_dates_the_raids():
    evs = _events("وتشن القوات الإسرائيلية منذ بدء الهدنة غارات شبه يومية على بلدات في جنوب لبنان.", "2025-03-04")
    assert not [e for e in evs if e.cameo.startswith("087")], _dump(evs)


def test_the_truce_right_after_since_in_a_headline_only_dates_the_strike():
    evs = _events("إسرائيل تقصف جنوب لبنان للمرة الأولى منذ وقف إطلاق النار\n\nبيروت - 4 مارس (مرصد) - قصفت طائرات "
                  "إسرائيلية أمس مبنى في جنوب لبنان.", "2025-03-04")
    assert not [e for e in evs if e.cameo.startswith("087")], _dump(evs)


def test_a_truce_announced_as_entering_into_force_stays():
    evs = _events("أعلن الوسطاء اليوم دخول اتفاق وقف إطلاق النار بين الطرفين حيز التنفيذ.", "2025-03-04")
    assert [e for e in evs if e.cameo.startswith("087")], _dump(evs)


# ----------------------------------------------------------------------------- 4 a bombardment's drones
def test_drones_as_the_bombardments_weapon_are_no_march():
    evs = _events("واقتحم المقاتلون مقر الفرقة، آخر مواقع الجيش داخل المدينة، إثر أسابيع من القصف بالمسيّرات "
                  "والمدفعية الثقيلة.", "2025-10-28")
    assert not [e for e in evs if e.root == "14"], _dump(evs)


# ----------------------------------------------------------------------------- 5 a truce told as expiring
def test_a_truce_threatened_to_end_is_no_truce_agreed():
    evs = _events('القدس - 12 فبراير (مرصد) - هدد رئيس الوزراء الإسرائيلي أمس بأن وقف إطلاق النار "سينتهي" إذا لم '
                  'تفرج الحركة عن المحتجزين.', "2025-02-12")
    assert _at(evs, "هدد") and not [e for e in evs if e.cameo.startswith("087")], _dump(evs)


def test_a_truce_told_as_in_force_is_no_truce_agreed():
    evs = _events("بيروت - 24 نوفمبر (مرصد) - قصفت طائرات إسرائيلية أمس مبنى في الضاحية الجنوبية، رغم سريان اتفاق وقف "
                  "إطلاق النار بين الطرفين.", "2025-11-24")
    assert _at(evs, "قصفت") and not [e for e in evs if e.cameo.startswith("087")], _dump(evs)


# ----------------------------------------------------------------------------- 6 a meeting a strike hit
def test_a_meeting_the_strike_hit_is_no_meeting_event():
    evs = _events("صنعاء - 31 أغسطس (مرصد) - قالت الجماعة إن الغارة الإسرائيلية أصابت اجتماعا حكوميا في العاصمة، "
                  "فقتل عدد من الوزراء.", "2025-08-31")
    assert not [e for e in evs if e.root == "04"], _dump(evs)


# ----------------------------------------------------------------------------- 7 a condemned act told before
_DETAINED = ("عدن - 2 سبتمبر (مرصد) - احتجز مسلحون تابعون للجماعة أمس خمسة موظفين في منظمة إغاثة دولية في مدينة "
             "الحديدة.\n\n")


def test_the_detention_condemned_after_its_report_is_no_event_of_its_own():
    evs = _events(_DETAINED + "ودانت الأمم المتحدة احتجاز الموظفين، ودعت إلى الإفراج عنهم فورا.", "2025-09-02")
    assert _at(evs, "ودانت") and not _at(evs, "احتجاز"), _dump(evs)


def test_a_detention_condemned_with_no_report_before_stays():
    evs = _events("ودانت الأمم المتحدة احتجاز الموظفين، ودعت إلى الإفراج عنهم فورا.", "2025-09-02")
    assert _at(evs, "احتجاز"), _dump(evs)
