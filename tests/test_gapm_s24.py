"""Session 24 GAPM: actor anaphors and first names (Arabic and English), a vowed revenge, "would strike Israel".
"هذه الجماعات" / "تلك الفصائل" is the group named before; "Anwar said …" after "Prime Minister Anwar Ibrahim" is
him (no link when two persons share the first name); "vowed revenge for the killing … by Israel" is 138 of the vower
against the killer; "warned that it would strike Israel" is a threat of force against Israel.  Sentences written for
these tests; each case has guards."""
from __future__ import annotations

from events_helpers import actor_of, dump, find, full


def _doc(text):
    return full(text, published_at="2024-05-02")


# ---------------------------------------------------------------- 1. a demonstrative anaphor to groups named before
def test_these_factions_are_the_factions_named_before():
    doc = _doc("تنشط الفصائل العراقية المسلحة قرب الحدود السورية منذ أشهر. وهدد الجيش الأمريكي بضرب مقرات هذه "
               "الفصائل إذا استمرت الهجمات على قواعده.")
    assert find(doc, "13", "USAMIL", "IRQREB"), dump(doc)


def test_those_groups_take_the_code_of_the_parties_named_before():
    doc = _doc("أعلنت الحكومة التركية أن الأحزاب الكردية المعارضة تنشط في شمال العراق. وقصفت المقاتلات التركية "
               "مواقع تلك الجماعات أمس.")
    assert find(doc, "19", "TURMIL", "KURPTY"), dump(doc)


def test_these_groups_after_groups_of_a_country():
    doc = _doc("اتهمت الحكومة الباكستانية الجماعات الأفغانية المسلحة بشن هجمات عبر الحدود. وطالبت إسلام آباد "
               "كابول بطرد هذه الجماعات من أراضيها.")
    a = actor_of(doc, "هذه الجماعات")
    assert a is not None and a.country == "AFG", dump(doc)


def test_guard_demonstrative_with_a_nationality_of_its_own():
    doc = _doc("أعلنت الحكومة التركية أن الأحزاب الكردية المعارضة تنشط في شمال العراق. وانتقد الرئيس هذه "
               "الأحزاب السورية.")
    a = actor_of(doc, "الأحزاب السورية")
    assert a is None or a.country != "KUR" and (a.code or "") != "KURPTY", dump(doc)


def test_guard_no_group_named_before():
    doc = _doc("اجتمع الرئيس مع ممثلي النقابات. وهدد الجيش بضرب مقرات هذه الفصائل.")
    a = actor_of(doc, "الفصائل")
    assert a is None or a.country is None, dump(doc)


# ---------------------------------------------------------------- 2. a later mention by the first name alone
def test_first_name_alone_is_the_person_named_before():
    doc = _doc("Malaysian Prime Minister Anwar Ibrahim met Chinese President Xi Jinping in Beijing on Monday. Anwar "
               "said he had asked China to invest in Malaysian ports.")
    assert find(doc, "02", "MYSGOV", "CHN"), dump(doc)


def test_sheikh_and_first_name_is_the_ruler_named_before():
    doc = _doc("UAE President Sheikh Mohammed bin Zayed received the Egyptian foreign minister on Sunday. Sheikh "
               "Mohammed praised Egypt's role in the Gaza talks.")
    assert find(doc, "051", "AREGOV", "EGY"), dump(doc)


def test_arabic_first_name_alone_is_the_prince_named_before():
    doc = _doc("استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية المصري في الرياض. وأشاد محمد بالدور "
               "المصري في المفاوضات.")
    assert find(doc, "051", "SAUGOV"), dump(doc)


def test_guard_two_persons_share_the_first_name():
    doc = _doc("Malaysian Prime Minister Anwar Ibrahim met opposition figure Anwar Musa on Monday. Anwar said he had "
               "asked China to invest in Malaysian ports.")
    assert not find(doc, "02", "MYSGOV"), dump(doc)


def test_guard_arabic_two_persons_share_the_first_name():
    doc = _doc("استقبل ولي العهد السعودي الأمير محمد بن سلمان رئيس الوزراء العراقي محمد شياع السوداني في الرياض. "
               "وأشاد محمد بالدور المصري في المفاوضات.")
    assert not find(doc, "051", "SAUGOV") and not find(doc, "051", "IRQGOV"), dump(doc)


def test_guard_first_name_inside_another_name():
    doc = _doc("Malaysian Prime Minister Anwar Ibrahim met Chinese President Xi Jinping in Beijing on Monday. Anwar "
               "Sadat Street was closed for the visit.")
    assert actor_of(doc, "Sadat") is None or actor_of(doc, "Sadat").code != "MYSGOV", dump(doc)
    a = actor_of(doc, "Malaysian Prime Minister Anwar Ibrahim")
    assert a is not None and len(a.spans) == 1, dump(doc)


# ---------------------------------------------------------------- 3. vowed revenge
def test_vowed_revenge_for_a_killing_by_israel():
    doc = _doc("Hezbollah vowed revenge for the killing of its commander by Israel.")
    assert find(doc, "138", "LBNREB", "ISR"), dump(doc)
    assert not find(doc, "138", "ISR") and not find(doc, "19") and not find(doc, "18"), dump(doc)


def test_will_take_revenge_is_a_threat():
    doc = _doc("The Houthis said they would take revenge on the United States for the air strikes.")
    assert find(doc, "138", "YEMREB", "USA"), dump(doc)


def test_guard_revenge_taken_is_no_threat():
    doc = _doc("The militia took revenge by shelling army positions near the town.")
    assert not find(doc, "13"), dump(doc)


def test_guard_attack_by_x_keeps_its_agent():
    doc = _doc("The attack on the convoy by militants killed two soldiers.")
    assert find(doc, "19", "REB"), dump(doc)


# ---------------------------------------------------------------- 4. would strike + a state
def test_warned_it_would_strike_israel():
    doc = _doc("Iran warned that it would strike Israel if it attacked Iranian territory.")
    assert find(doc, "138", "IRN", "ISR"), dump(doc)


def test_said_it_would_strike_the_united_states():
    doc = _doc("Iran said it would strike the United States if Washington joined the war.")
    assert find(doc, "138", "IRN", "USA"), dump(doc)


def test_guard_strike_a_group_is_no_new_trigger():
    doc = _doc("Israel warned it would strike Hezbollah.")
    assert not find(doc, "138", "ISR", "LBNREB") and not find(doc, "19"), dump(doc)


def test_guard_workers_will_strike_monday():
    doc = _doc("Teachers in Kenya will strike on Monday over unpaid wages.")
    assert not find(doc, "19") and not find(doc, "138"), dump(doc)


def test_guard_quake_could_strike_japan():
    doc = _doc("Seismologists said a major earthquake could strike Japan within decades.")
    assert not find(doc, "19") and not find(doc, "13"), dump(doc)


def test_guard_arabic_first_name_before_another_surname():
    doc = _doc("التقى وزير دفاع مصر ريم الدباغ المتحدث باسم حكومة روسيا خالد البنا في القاهرة. وأضاف ريم البنا أن "
               "الوضع في المنطقة يتطلب تحركا عاجلا.")
    assert find(doc, "010", "RUSGOV") and not find(doc, "010", "EGYGOV"), dump(doc)
