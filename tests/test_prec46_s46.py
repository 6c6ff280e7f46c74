"""Session 46 (helper prec46): Arabic extra events cut by general rules, our own sentences.

1. A truce told as in force -- an adjective or verb of its being in force after it ("اتفاق وقف إطلاق النار الساري
   منذ مارس 2023") or a verb of it before it with its start date between ("ويسري منذ 12 مارس 2023 اتفاق لوقف إطلاق
   النار") -- is a standing state, no truce agreed (``time_anchor_ar.tsv`` kinds ``in_force_after`` and
   ``in_force_verb``).  A truce agreed or entering into force stays.
2. An act noun that a comment or survival verb has for object ("ولم يعلق الجيش على الزيارة"، "وقال إن الوزير نجا من
   الهجوم") names an act told before: the earlier event's evidence, or no event when the article told it in other
   words (``reacted_act_ar.tsv`` kinds ``comment`` and ``survival``).  An attack told first as "a new attack" stays.
4. An act noun after a demonstrative ("إن هذه الغارات تضعف موقف الحكومة") names its root's act told before even when
   that act is itself background ("وتواصل إسرائيل شن غارات … تقول إنها تستهدف مواقع للحزب"): no event of its own
   (``events._back_reference``).
5. A definite meeting noun that a negated participation has ("ولم يشارك عدد من القادة في القمة") after the article
   told the meeting names that meeting: no event of its own, negated or not (``retold.drop_meeting_references``).
6. An act noun whose target is أي ("الاعتداء على أي منهما اعتداء على كليهما") is generic, no happening
   (``generic_act_ar``); "الاعتداء على السفارة" stays.
3. "الزوارق المسيرة": uncrewed (drone) boats, no march (``drone_ar.tsv`` kind craft: زوارق / زورق; not
   قوارب: "ونظم أصحاب القوارب مسيرة" is a march).
"""
from test_gapen34_s34 import _dump, _events


def _at(evs, word):
    return [e for e in evs if e.trigger.startswith(word)]


def _truces(evs):
    return [e for e in evs if e.cameo.startswith("087")]


# ----------------------------------------------------------------------------- 1 a truce told as in force
def test_a_truce_in_force_since_a_past_month_is_no_truce_agreed():
    evs = _events("وتواصل القوات قصف أطراف المدينة رغم اتفاق وقف إطلاق النار الساري منذ مارس 2023.", "2025-06-01")
    assert not _truces(evs), _dump(evs)
    assert _at(evs, "قصف"), _dump(evs)


def test_a_truce_in_force_told_by_its_verb_before_it_is_no_truce_agreed():
    evs = _events("ويسري منذ 12 مارس 2023 اتفاق لوقف إطلاق النار بين الجيش والمتمردين، غير أن القتال تجدد "
                  "في الأسابيع الأخيرة.", "2025-06-01")
    assert not _truces(evs), _dump(evs)


def test_the_standing_truce_with_a_feminine_adjective_is_no_truce_agreed():
    evs = _events("وقتل جنديان في اشتباك قرب الحدود رغم الهدنة السارية بين البلدين منذ العام الماضي.", "2025-06-01")
    assert not _truces(evs), _dump(evs)


def test_a_truce_agreed_yesterday_stays():
    evs = _events("اتفق الجيش والمتمردون أمس الاثنين على وقف إطلاق النار في الإقليم، بعد أسبوع من المعارك.",
                  "2025-06-03")
    assert _truces(evs) or [e for e in evs if e.cameo.startswith("03")], _dump(evs)


# ----------------------------------------------------------------------------- 2 a comment's or survival's object
_STRIKE = ("بيروت - 3 يونيو (مرصد) - استهدفت غارة جوية أمس الاثنين سيارة وزير في حكومة الإقليم قرب مدينة "
           "صور، ما أسفر عن مقتل سائقه.\n\n")


def test_the_attack_the_leaders_survived_is_the_strike_told_before():
    evs = _events("الدوحة - 12 سبتمبر (مرصد) - شنت إسرائيل غارة على مبنى سكني في الدوحة.\n\nوقال مسؤول في الحركة "
                  "إن أعضاء مكتبها السياسي نجوا من الهجوم.", "2025-09-12")
    assert not _at(evs, "الهجوم"), _dump(evs)


def test_the_visit_nobody_commented_on_is_no_event_of_its_own():
    evs = _events("الخرطوم - 3 يونيو (مرصد) - وصل قائد الجيش إلى مدينة الأبيض أمس الاثنين وتفقد مواقع القوات فيها."
                  "\n\nولم تعلق قوات المعارضة حتى الآن على الزيارة.", "2025-06-03")
    assert not _at(evs, "الزيارة"), _dump(evs)


def test_a_new_attack_after_a_survival_verb_in_another_sentence_stays():
    evs = _events(_STRIKE + "ونجا الوزير. وشن مسلحون في المساء هجوما جديدا على مركز للشرطة في المدينة.", "2025-06-03")
    assert _at(evs, "وشن"), _dump(evs)


# ----------------------------------------------------------------------------- 3 drone boats
def test_drone_boats_are_no_march():
    evs = _events("وهاجمت الجماعة أمس ناقلة نفط في البحر الأحمر بالصواريخ والزوارق المسيرة، بحسب هيئة بحرية.",
                  "2025-06-03")
    assert not [e for e in evs if e.cameo.startswith("14")], _dump(evs)
    assert _at(evs, "وهاجمت"), _dump(evs)


def test_a_march_of_boat_owners_stays_a_march():
    evs = _events("ونظم أصحاب القوارب مسيرة في ميناء المدينة أمس احتجاجا على رفع أسعار الوقود.", "2025-06-03")
    assert [e for e in evs if e.cameo.startswith("14")], _dump(evs)


# ----------------------------------------------------------------------------- 4 a demonstrative's background act
def test_these_raids_after_raids_told_as_background_are_no_event_of_their_own():
    evs = _events("بيروت - 3 يونيو (مرصد) - أقر مجلس الوزراء اللبناني أمس خطة لحصر السلاح بيد الدولة.\n\nوتواصل "
                  "إسرائيل شن غارات على جنوب لبنان تقول إنها تستهدف مواقع للحزب. ويقول مسؤولون لبنانيون إن هذه "
                  "الغارات تضعف موقف الحكومة.", "2025-06-03")
    assert not _at(evs, "الغارات"), _dump(evs)


def test_these_raids_with_no_raid_told_before_stay():
    evs = _events("ويقول مسؤولون لبنانيون إن هذه الغارات تضعف موقف الحكومة.", "2025-06-03")
    assert _at(evs, "الغارات") or not evs, _dump(evs)


# ----------------------------------------------------------------------------- 5 a negated participation's meeting
_SUMMIT = ("القاهرة - 5 مارس (مرصد) - عقد القادة العرب أمس الثلاثاء قمتهم الطارئة في العاصمة المصرية لبحث الأوضاع "
           "في غزة.\n\n")


def test_the_summit_some_leaders_skipped_is_the_summit_told_before():
    evs = _events(_SUMMIT + "ولم يشارك عدد من قادة الدول الأفريقية في القمة، إذ مثل بلدانهم وزراء الخارجية.",
                  "2025-03-05")
    assert not _at(evs, "القمة"), _dump(evs)
    assert _at(evs, "قمتهم"), _dump(evs)


def test_a_negated_summit_with_no_summit_told_before_stays():
    evs = _events("ولم يشارك عدد من قادة الدول الأفريقية في القمة، إذ مثل بلدانهم وزراء الخارجية.", "2025-03-05")
    assert _at(evs, "القمة"), _dump(evs)


# ----------------------------------------------------------------------------- 6 an attack on "any" of them
def test_an_attack_on_either_of_them_in_a_pact_is_no_attack():
    evs = _events("الرياض - 18 سبتمبر (مرصد) - وقعت السعودية وباكستان أمس اتفاقية دفاع مشترك تنص على أن "
                  "\"الاعتداء على أي منهما اعتداء على كليهما\".", "2025-09-18")
    assert not _at(evs, "الاعتداء"), _dump(evs)
    assert _at(evs, "وقعت"), _dump(evs)


def test_an_attack_on_a_named_embassy_stays():
    evs = _events("ودانت الحكومة الاعتداء على السفارة الأردنية في العاصمة أمس.", "2025-09-18")
    assert [e for e in evs if e.root in ("18", "19") or e.root == "11"], _dump(evs)
