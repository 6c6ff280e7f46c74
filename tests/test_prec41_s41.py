"""Session 41 (PREC41): Arabic extra events of the in-sample gold, our own sentences.

1. A circumstantial participle after a coordinated side is one act, kept for the first member
   (`circumstantial.one_member`); the main verb keeps one event per member.
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-05-01"):
    return list(_P(text, published_at=date).events)


def _codes(evs):
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in evs]


def test_participle_of_three_states_told_once():
    evs = _events("حثت الولايات المتحدة وبريطانيا وفرنسا في بيان مشترك أمس جميع الأطراف في السودان على وقف القتال "
                  "فورا، محذرة من أن استمرار المعارك سيدفع البلاد إلى المجاعة.")
    assert len([e for e in evs if e.root == "02"]) == 3, _codes(evs)   # guard: the appeal, one per member
    warn = [e for e in evs if e.root == "13"]
    assert len(warn) == 1 and warn[0].source_code == "USA", _codes(evs)


def test_participle_accusing_three_capitals_told_once():
    evs = _events("ورد المتحدث باسم الخارجية الإيرانية على البيان الأوروبي، متهما واشنطن ولندن وباريس بتأجيج الأزمة.")
    acc = [e for e in evs if e.cameo == "112"]
    assert len(acc) == 1 and acc[0].target_code.startswith("USA"), _codes(evs)


def test_praising_participle_after_a_quote_told_once():
    evs = _events('ورحب الرئيس الفرنسي بالاتفاق، وقال إنه "خطوة شجاعة"، مشيدا بدور قطر ومصر والأردن في التوصل إليه.')
    praise = [e for e in evs if "مشيدا" in e.trigger]
    assert len(praise) == 1 and praise[0].target_code == "QAT", _codes(evs)


def test_main_verb_of_two_states_keeps_both():
    # guard: a main verb (no participle) keeps one event per coordinated member
    evs = _events("وأدانت فرنسا وألمانيا أمس الهجوم على القافلة الإنسانية.")
    assert {e.source_code for e in evs if e.root == "11"} >= {"FRA", "DEU"}, _codes(evs)


# 2. A negated mutual act is told once (`background_pair.drop_copies`).

def test_negated_meeting_told_once():
    evs = _events("استضافت سلطنة عمان أمس جولة محادثات غير مباشرة بين وفد إيراني ووفد أمريكي في مسقط. "
                  "ولم يلتق الوفدان وجها لوجه خلال الجولة، بحسب دبلوماسي مطلع.")
    met = [e for e in evs if "يلتق" in e.trigger]
    assert len(met) == 1 and met[0].negated, _codes(evs)


def test_current_meeting_keeps_both_directions():
    # guard: a meeting that happened keeps its two directions
    evs = _events("والتقى وزير الخارجية الأردني نظيره العراقي في بغداد أمس وبحثا العلاقات الثنائية.")
    met = [e for e in evs if "التقى" in e.trigger]
    assert len(met) == 2, _codes(evs)


# 3. "تحقيق" before a goal noun is achieving, no investigation (manual_ar cond not_goal, cues_ar goal_of).

def test_achieving_peace_is_no_investigation():
    evs = _events("ورحب الرئيس بالاتفاق، وقال إنه يقدر الجهود الهادفة إلى تحقيق الاستقرار في المنطقة.")
    assert not any(e.cameo == "090" for e in evs), _codes(evs)


def test_investigation_into_the_blast_stays():
    # guard: an investigation into a happening is still one
    evs = _events("وأعلنت النيابة العامة أمس فتح تحقيق في الانفجار الذي وقع في المستودع.")
    assert any(e.cameo == "090" for e in evs), _codes(evs)


def test_background_treaty_in_a_relative_clause_told_once():
    evs = _events("وتنص اتفاقية السلام التي وقعتها الأردن وسوريا في مايو 1995 على تنظيم تقاسم مياه النهر.")
    signed = [e for e in evs if e.root == "05" and "وقعتها" in e.trigger]
    assert len(signed) == 1, _codes(evs)


# 4. A definite storming noun after the crowd's storming told before is that riot told again
#    (`retold.drop_references`, the riot 145 as the earlier violence).

def test_storming_noun_after_the_riot_is_no_new_event():
    evs = _events("واقتحم مئات المحتجين الغاضبين مقر السفارة الدنماركية في العاصمة مساء السبت وأضرموا النار في مدخلها. "
                  "وأعلنت الشرطة لاحقا توقيف نحو ثلاثين شخصا على خلفية الاقتحام.")
    assert any(e.cameo == "145" for e in evs), _codes(evs)
    assert not any(e.root in ("18", "19", "20") and e.trigger == "الاقتحام" for e in evs), _codes(evs)


# 5. A definite crowd noun the filter judged no report, after a protest the body told, is that crowd again
#    (`retold.drop_crowd_nouns`, Arabic).

def test_definite_crowd_smashing_a_gate_is_no_second_protest():
    evs = _events("تظاهر آلاف العراقيين أمس أمام مقر القنصلية التركية في الموصل احتجاجا على القصف. "
                  "ورفع المشاركون أعلاما عراقية ولافتات تندد بالغارات. "
                  "وحطم المحتجون البوابة الخارجية للمبنى قبل أن تفرقهم قوات الأمن.")
    assert len([e for e in evs if e.root == "14"]) == 1, _codes(evs)


def test_definite_crowd_alone_stays():
    # guard: with no protest told before, the definite crowd's protest stays
    evs = _events("وأغلق المحتجون الطريق المؤدي إلى الميناء لساعات قبل أن تفرقهم الشرطة.")
    assert any(e.root == "14" for e in evs), _codes(evs)


# 6. A rejection or condemnation of an agreement told before targets its first party only
#    (`agreement_object.ONE_TARGET_ROOTS`), as a welcome does.

def test_condemned_agreement_one_party():
    evs = _events("وقعت البحرين وإسرائيل أمس في المنامة اتفاقا لإقامة علاقات دبلوماسية كاملة. "
                  "ومن جهتها، أدانت حركة الجهاد الإسلامي الاتفاق، ووصفته بأنه خيانة.")
    cond = [e for e in evs if e.cameo == "111" and e.trigger == "أدانت"]
    assert len(cond) == 1 and cond[0].target_code.startswith("BHR"), _codes(evs)


# 7. "انسحاب نواب" is the walkout (143) the body's "وانسحب نواب … من القاعة" tells (manual_ar noun row).

def test_walkout_noun_of_deputies_is_a_boycott():
    evs = _events("البرلمان الأردني يقر قانون الانتخاب وسط انسحاب نواب المعارضة")
    assert any(e.cameo == "143" for e in evs), _codes(evs)
    assert not any(e.cameo == "0874" for e in evs), _codes(evs)


def test_troop_withdrawal_noun_stays_military():
    # guard: a force's withdrawal is still 0874
    evs = _events("وطالبت الحكومة بانسحاب القوات الأجنبية من أراضيها خلال ثلاثة أشهر.")
    assert not any(e.cameo == "143" for e in evs), _codes(evs)


# 8. A name after the genitive of a noun, before a singular verb of its own, opens a new clause
#    (`events._conjuncts` / `_genitive_before_singular`): no coordinated subject across the two clauses.

def test_headline_second_clause_subject_is_the_last_name():
    evs = _events("الاتحاد الأفريقي يدين طرد دبلوماسيي كينيا وقطر تعرض الوساطة")
    offer = [e for e in evs if "تعرض" in e.trigger]
    assert [e.source_code for e in offer] == ["QAT"], _codes(evs)


def test_masculine_singular_verb_after_a_genitive():
    evs = _events("مصر تنتقد تصريحات إثيوبيا والسودان يعرض الوساطة")
    offer = [e for e in evs if "يعرض" in e.trigger]
    assert [e.source_code for e in offer] == ["SDN"], _codes(evs)


def test_dual_verb_keeps_the_coordinated_subject():
    # guard: a dual verb after a construct's genitive keeps both names as its subject
    evs = _events("وزيرا خارجية مصر والأردن يبحثان في عمان الأزمة السودانية")
    assert {e.source_code[:3] for e in evs if e.root == "04"} == {"EGY", "JOR"}, _codes(evs)


# 9. The acts a measure is to prevent ("لمنع أعمال الإبادة") are no event (watched_act.tsv kind acts).

def test_acts_to_prevent_are_no_event():
    evs = _events("وأمرت المحكمة الدولة باتخاذ كل التدابير اللازمة لمنع أعمال الإبادة الجماعية في الإقليم.")
    assert not any(e.root == "20" for e in evs), _codes(evs)
