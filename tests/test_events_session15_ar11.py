"""Session 15, AR11: Arabic causes of the second blind test -- the homograph طالب after و, "شهدت X مظاهرات", a
verbal noun with a genitive agent (a lock), negated / compound content, the author of a condemned attack.
Own sentences (none from the blind articles); each rule has a near-miss guard."""
from __future__ import annotations

from tests.events_helpers import find, full


def _codes(doc):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.negated, e.modality, e.historical) for e in doc.events]


# 1. طالب after و / ف + a definite noun is the verb "demanded"

def test_wa_talaba_before_a_statement_noun_is_the_verb():
    doc = full("أصدرت وزارة الخارجية الأردنية بيانا أمس. وطالب البيان الحكومة السورية بوقف تهريب المخدرات عبر الحدود.",
               published_at="2024-03-12")
    assert not any(a.code == "EDU" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]
    assert find(doc, "10", "*", "SYRGOV", negated=False), _codes(doc)


def test_wa_talaba_before_any_definite_noun_is_the_verb():
    # (a noun in no list: التقرير, the report)
    doc = full("ونشرت منظمة العفو الدولية تقريرا أمس. وطالب التقرير السلطات المصرية بالإفراج عن المعتقلين.",
               published_at="2024-03-12")
    assert not any(a.code == "EDU" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]
    assert any(e.trigger == "وطالب" and e.cameo.startswith("10") and e.target_code == "EGYGOV" for e in doc.events), \
        _codes(doc)


def test_fa_talaba_before_a_bare_council_is_the_verb():
    doc = full("اجتمع مجلس الأمن الدولي أمس لبحث الأزمة في السودان، فطالب المجلس الأطراف بضبط النفس.",
               published_at="2024-03-12")
    assert not any(a.code == "EDU" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]
    assert any(e.trigger.startswith("فطالب") and e.cameo.startswith("10") for e in doc.events), _codes(doc)


def test_talaba_a_student_stays_the_student_guard():
    doc = full("قال طالب في الجامعة الأردنية إن الامتحانات تأجلت أسبوعا.", published_at="2024-03-12")
    assert any(a.code == "EDU" and any(doc.text[s:e] == "طالب" for s, e in a.spans) for a in doc.actors)
    assert not any(e.cameo.startswith("10") for e in doc.events), _codes(doc)


def test_wa_talaba_before_a_field_of_study_stays_the_student_guard():
    doc = full("وطالب الطب الذي أصيب في الحادث نقل إلى المستشفى.", published_at="2024-03-12")
    assert any(a.code == "EDU" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]
    assert not any(e.cameo.startswith("10") for e in doc.events), _codes(doc)


# 2. شهدت + a place subject + an indefinite crowd / attack noun: the place saw the event

def test_witnessed_protests_are_reported():
    doc = full("وشهدت مدن عدة في شمال المغرب مظاهرات ضد غلاء الأسعار أمس.", published_at="2024-03-12")
    ev = find(doc, "14")
    assert ev and not ev[0].historical, _codes(doc)


def test_witnessed_protests_in_two_other_cities_are_kept_after_the_first():
    doc = full("خرج آلاف المحتجين في بغداد أمس احتجاجا على انقطاع الكهرباء. كما شهدت مدينتا البصرة والناصرية "
               "مظاهرات مماثلة.", published_at="2024-03-12")
    places = {p.id: p.name for p in doc.places}
    evs = [e for e in doc.events if e.cameo.startswith("14") and not e.historical]
    assert len(evs) == 2, _codes(doc)
    assert places.get(evs[1].place_id) in ("Basrah", "Nasiriyah"), [places.get(e.place_id) for e in evs]


def test_witnessed_protests_in_the_same_sentence_are_a_second_event():
    doc = full("وتظاهر آلاف السودانيين مساء الجمعة في شوارع الخرطوم، رافعين الأعلام، كما شهدت مدينتا كسلا والقضارف "
               "مظاهرات مماثلة.", published_at="2024-03-12")
    places = {p.id: p.name for p in doc.places}
    evs = [e for e in doc.events if e.cameo.startswith("14") and not e.historical]
    assert len(evs) == 2 and places.get(evs[0].place_id) == "Khartoum", _codes(doc)
    assert places.get(evs[1].place_id) in ("Kassala", "Al Qadarif"), [places.get(e.place_id) for e in evs]


def test_one_protest_told_twice_in_a_sentence_stays_one_guard():
    doc = full("وتظاهر آلاف السودانيين مساء الجمعة في شوارع الخرطوم، ورفع المتظاهرون الأعلام.", published_at="2024-03-12")
    assert len([e for e in doc.events if e.cameo.startswith("14")]) == 1, _codes(doc)


def test_witness_verb_before_a_definite_noun_is_left_to_the_filter_guard():
    doc = full("وشهد الاجتماع نقاشا حول المظاهرات التي خرجت العام الماضي.", published_at="2024-03-12")
    assert not any(":witnessed" in e.rule for e in doc.events), [(e.cameo, e.rule) for e in doc.events]


# 3. a verbal noun with a genitive agent and an object (already right; locks)

def test_signing_by_two_capitals_is_mutual():
    doc = full("استدعت إثيوبيا سفيرها في القاهرة أمس بعد ساعات من توقيع القاهرة والخرطوم اتفاقا للدفاع المشترك.",
               published_at="2024-03-12")
    assert find(doc, "057", "EGYGOV", "SDNGOV") and find(doc, "057", "SDNGOV", "EGYGOV"), _codes(doc)


def test_storming_by_occupation_forces_has_their_source():
    doc = full("اندلعت مواجهات في القدس عقب اقتحام قوات الاحتلال الإسرائيلي المسجد الأقصى.", published_at="2024-03-12")
    assert any(e.trigger == "اقتحام" and e.source_code == "ISRMIL" for e in doc.events), _codes(doc)


# 4. negated or compound content

def test_negated_act_on_nobody_is_no_event():
    doc = full("ووصف الوزير الاتفاق بأنه شراكة تجارية لا تستهدف أحدا.", published_at="2024-03-12")
    assert not any(e.cameo.startswith("19") for e in doc.events), _codes(doc)


def test_negated_act_on_a_named_target_stays_negated_guard():
    doc = full("لم تستهدف القوات المدنيين في القرية.", published_at="2024-03-12")
    assert any(e.cameo.startswith("19") and e.negated for e in doc.events), _codes(doc)


def test_among_the_dead_is_no_event():
    doc = full("وقال المتحدث إن الغارة أصابت مستودعا للسلاح، ونفى أن يكون بين القتلى مدنيون.",
               published_at="2024-03-12")
    assert not any(e.trigger.endswith("القتلى") for e in doc.events), _codes(doc)


def test_the_dead_counted_stays_guard():
    doc = full("قتل خمسة أشخاص في انفجار سيارة مفخخة وسط بعقوبة أمس.", published_at="2024-03-12")
    assert any(e.cameo.startswith(("18", "19")) for e in doc.events), _codes(doc)


def test_demanded_stop_of_attacks_is_demand_content():
    doc = full("وطالبت الحكومة العراقية أنقرة بوقف الاعتداءات على أراضيها.", published_at="2024-03-12")
    assert find(doc, "10", "IRQGOV", "TURGOV"), _codes(doc)
    assert all(e.modality == "demand" for e in doc.events if e.trigger == "الاعتداءات"), _codes(doc)


def test_emergency_medicine_centre_is_no_state_of_emergency():
    doc = full("وأعلن مركز طب الطوارئ في المدينة استقبال عشرات المصابين.", published_at="2024-03-12")
    assert not find(doc, "1724"), _codes(doc)
    doc = full("وقالت غرفة عمليات الطوارئ في الولاية إن السيول شردت مئات الأسر.", published_at="2024-03-12")
    assert not find(doc, "1724"), _codes(doc)


def test_declared_state_of_emergency_stays_guard():
    doc = full("وأعلنت الحكومة السودانية حالة الطوارئ في ولاية الخرطوم.", published_at="2024-03-12")
    assert find(doc, "1724", "SDNGOV"), _codes(doc)


# 5. the author of a condemned attack noun

def test_condemned_attack_noun_targets_the_striker():
    doc = full('وقال الجيش العراقي في بيان إن طائرة مسيرة تركية قصفت سيارة قرب بلدة زاخو مساء الثلاثاء، ودان '
               '"الاعتداء المتكرر على السيادة العراقية".', published_at="2024-03-12")
    ev = find(doc, "111", "IRQMIL")
    assert ev and ev[0].target_code == "TURMIL", _codes(doc)
    assert not any(e.trigger == "الاعتداء" for e in doc.events), _codes(doc)


def test_condemned_attack_without_a_known_author_is_unchanged_guard():
    doc = full("وقالت وزارة الخارجية الأردنية إن قذيفة سقطت قرب الحدود، ودانت الاعتداء على الأراضي الأردنية.",
               published_at="2024-03-12")
    assert any(e.cameo == "111" and e.source_code == "JORGOV" and not e.target_code for e in doc.events), _codes(doc)
