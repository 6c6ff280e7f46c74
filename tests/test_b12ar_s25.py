"""Session 25, B12AR: Arabic constructions the twelfth blind test missed (our own sentences): a denial of "any link"
(أي صلة)، a request to convene a council session (طلبت … عقد جلسة)، a demand whose speaker is a surname after the
homograph طالب, "كل من X وY" as coordinated subjects, talks concluded (اختتم … محادثات) and a later bare "الوفد" for the
delegation named before, the strike noun merged into the killing verb kept as its evidence, and a channel's name
(قناة المسيرة) that is no march."""
from __future__ import annotations

from events_helpers import dump, find, full


# 1. نفت أي صلة لها بـ: a denial (016), as أي علاقة / أي تورط
def test_denied_any_link():
    doc = full("وفي القاهرة، نفت وزارة الخارجية المصرية أمس الخميس أي صلة لها بالاشتباكات على الحدود الليبية.")
    assert find(doc, "016", "EGYGOV"), dump(doc)


def test_denied_any_involvement():
    doc = full("ونفى الجيش التركي أي ضلوع له في الانفجار الذي وقع قرب الحدود.")
    assert find(doc, "016", "TURMIL"), dump(doc)


def test_guard_link_without_denial():
    doc = full("وقالت وزارة الخارجية المصرية إن الاجتماع ناقش صلة الجماعة بالهجمات الأخيرة.")
    assert not find(doc, "016"), dump(doc)


# 2. طلبت X عقد جلسة / اجتماع لمجلس الأمن: a request (020) to the council
def test_requested_convening_of_council_session():
    doc = full("وطلبت الصين عقد جلسة عاجلة لمجلس الأمن الدولي لمناقشة الأزمة في السودان.")
    assert find(doc, "02", "CHN", "IGOUNO"), dump(doc)


def test_requested_emergency_meeting():
    doc = full("وطلبت فرنسا عقد اجتماع طارئ لمجلس الأمن لبحث التصعيد في لبنان.")
    assert find(doc, "02", "FRA", "IGOUNO"), dump(doc)


def test_guard_bare_request_not_coded():
    # bare طلب with another object stays out (UP dropped it as ambiguous)
    doc = full("وطلبت الشرطة من السكان إخلاء منازلهم قبل وصول العاصفة.")
    assert not find(doc, "02"), dump(doc)


# 3. وطالب + a surname: the verb "demanded", not "student"
_AMB = "زار وزير الخارجية السوري فيصل المقداد موقع الانفجار برفقة السفير التركي أحمد يلماز. "


def test_demanded_by_surname_after_homograph():
    doc = full(_AMB + "وطالب يلماز مجلس الأمن الدولي بإدانة التفجير.")
    assert find(doc, "10", "TURGOV", "IGOUNO"), dump(doc)


def test_guard_student_named_inside_clause():
    doc = full("وقال طالب أحمد محمود إن الشرطة اعتقلته أمام الجامعة.")
    assert any(a.code == "EDU" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


# 4. كل من X وY: both subjects
def test_both_of_condemn():
    doc = full("بينما أدانت كل من مصر والأردن الهجوم في بيانين منفصلين.")
    srcs = {e.source_code for e in doc.events if e.cameo == "111"}
    assert {"EGY", "JOR"} <= srcs, dump(doc)


def test_both_of_welcome():
    doc = full("ورحبت كل من فرنسا وألمانيا بالاتفاق بين الطرفين.")
    srcs = {e.source_code for e in doc.events if e.root == "05"}
    assert {"FRA", "DEU"} <= srcs, dump(doc)


def test_guard_from_both_of_is_a_place():
    # a preposition before "كل من": the places withdrawn from, no subjects
    doc = full("وانسحبت القوات الأمريكية من كل من سوريا والعراق.")
    assert not any(e.source_country == "SYR" for e in doc.events), dump(doc)


# 5. اختتم … محادثات: the talks (046) anchored on the verb; a later bare الوفد is that delegation
def test_concluded_talks():
    doc = full("اختتم وفد مصري محادثات مع المسؤولين الإسرائيليين في تل أبيب أمس.")
    assert any(e.cameo == "046" and e.trigger.startswith("اختتم") for e in doc.events), dump(doc)


def test_concluded_consultations():
    doc = full("اختتم وزيرا خارجية مصر والأردن مباحثات في عمان.")
    assert any(e.cameo == "040" and e.trigger.startswith("اختتم") for e in doc.events), dump(doc)


def test_guard_concluded_visit_not_talks():
    doc = full("اختتم الرئيس الفرنسي زيارته إلى الجزائر.")
    assert not any(e.trigger.startswith("اختتم") for e in doc.events), dump(doc)


def test_bare_delegation_is_the_one_named_before():
    doc = full("وصل وفد من حركة حماس إلى القاهرة أمس.\nواستقبل وزير الخارجية المصري الوفد الذي ترأسه رئيس المكتب "
               "السياسي للحركة.")
    assert find(doc, "04", "EGYGOV", "PSEREB"), dump(doc)


def test_guard_delegations_of_two_countries():
    doc = full("وصل وفد مصري إلى الدوحة أمس، فيما وصل وفد إسرائيلي مساء.\nواستقبل وزير الخارجية القطري الوفد في "
               "مقر الوزارة.")
    assert not any(e.target_code in ("EGYGOV", "ISRGOV") for e in doc.events if e.root == "04"), dump(doc)


# 6. قتل … في غارة: the strike noun merged into the killing stays its evidence
def test_strike_noun_kept_as_evidence():
    doc = full("قتل خمسة من عناصر حزب الله في غارة جوية إسرائيلية دمرت منزلا في جنوب لبنان أمس.")
    kill = [e for e in doc.events if e.root in ("18", "19")]
    assert len(kill) == 1 and "غارة" in [doc.text[a:b] for a, b in kill[0].also_spans], dump(doc)


# 7. قناة المسيرة: a channel, no march
def test_channel_name_no_march():
    doc = full("من جانبه، قال المتحدث لقناة المسيرة التابعة للجماعة إن الوفد ناقش الملف الإنساني.")
    assert not any(e.root == "14" for e in doc.events), dump(doc)


def test_guard_march_still_a_march():
    doc = full("وقال مراسل قناة الجزيرة إن المسيرة انطلقت من أمام الجامعة باتجاه البرلمان.")
    assert any(e.cameo.startswith("14") for e in doc.events), dump(doc)
