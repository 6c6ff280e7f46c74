"""Session 16, AR12: Arabic structure gaps -- a present verb with a forward date (scheduled, not reported), casualties
carried to a hospital (no attack of their own), a denial of "that X had Y" (X not denied), speakers missing from the
roles (the coast guard, a province's security directorate).  Own sentences; each rule has a near-miss guard."""
from __future__ import annotations

from tests.events_helpers import find, full


def _codes(doc):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.negated, e.modality, e.date) for e in doc.events]


# 1. a present verb (or a light verb before an event noun) with a date counted forward: future (coding/scheduled_ar.py)

def test_present_light_verb_with_next_sunday_is_future():
    doc = full("يجري وزير الخارجية المصري محادثات مع نظيره الأردني الأحد المقبل في عمان.", published_at="2024-03-12")
    evs = [e for e in doc.events if e.trigger.endswith("محادثات")]   # (the light verb's row since session 20 ARB)
    assert evs and all(e.modality == "future" and e.cameo == "036" for e in evs), _codes(doc)
    assert {e.source_code for e in evs} == {"EGYGOV", "JORGOV"}, _codes(doc)
    assert all(e.date == "2024-03-17" for e in evs), _codes(doc)


def test_present_light_verb_with_tomorrow_is_future():
    # (with a partner since session 27 PREC5: a body's own meeting with nobody, "تعقد اللجنة اجتماعها", is no event)
    doc = full("تعقد لجنة الاتصال العربية اجتماعها غدا في القاهرة مع وزير الخارجية السوداني لبحث الأزمة.",
               published_at="2024-03-12")
    assert any(e.trigger == "اجتماعها" and e.modality == "future" and e.date == "2024-03-13" for e in doc.events), \
        _codes(doc)


def test_present_visit_verb_with_next_week_is_future():
    doc = full("يزور الرئيس التونسي الجزائر الأسبوع المقبل.", published_at="2024-03-12")
    assert find(doc, "036", "TUNGOV", "DZA", modality="future"), _codes(doc)


def test_present_light_verb_without_a_date_stays_asserted_guard():
    doc = full("يجري وزير الخارجية المصري محادثات مع نظيره الأردني في عمان.", published_at="2024-03-12")
    evs = [e for e in doc.events if e.trigger.endswith("محادثات")]   # (the light verb's row since session 20 ARB)
    assert evs and all(e.modality == "asserted" and e.cameo == "046" for e in evs), _codes(doc)


def test_past_light_verb_with_a_past_date_stays_asserted_guard():
    doc = full("أجرى وزير الخارجية المصري محادثات مع نظيره الأردني الأحد الماضي في عمان.", published_at="2024-03-12")
    evs = [e for e in doc.events if e.trigger.endswith("محادثات")]   # (the light verb's row since session 20 ARB)
    assert evs and all(e.modality == "asserted" and e.cameo == "046" and e.date == "2024-03-10" for e in evs), \
        _codes(doc)


def test_past_auxiliary_before_the_present_verb_guard():
    # كان + present: a past plan or habit, not an announcement
    doc = full("وكان الرئيس التونسي يزور الجزائر مرة كل عام، وقال مكتبه إن الزيارة المقبلة تتم الشهر المقبل.",
               published_at="2024-03-12")
    assert not any(e.trigger == "يزور" and e.modality == "future" for e in doc.events), _codes(doc)


# 2. casualties carried or received: no attack of their own

def test_arrival_of_wounded_at_a_hospital_is_no_attack():
    doc = full("وأعلنت وزارة الصحة في غزة وصول 14 جريحا إلى مستشفى ناصر في خان يونس.", published_at="2024-03-12")
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in doc.events), _codes(doc)


def test_transfer_of_the_wounded_is_no_attack():
    doc = full("وتم نقل عشرات الجرحى إلى مستشفيات المدينة.", published_at="2024-03-12")
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in doc.events), _codes(doc)


def test_fallen_wounded_still_tell_an_attack_guard():
    doc = full("وأعلنت وزارة الصحة في غزة سقوط 14 جريحا في مدينة خان يونس.", published_at="2024-03-12")
    assert any(e.cameo[:2] == "19" and e.trigger == "جريحا" for e in doc.events), _codes(doc)


# 3. "نفى أن يكون للهجوم دوافع طائفية": the attack is not what is denied

def test_denied_motive_does_not_negate_the_attack():
    doc = full("ونفت الشرطة العراقية أن يكون للهجوم أي دوافع طائفية.", published_at="2024-03-12")
    assert find(doc, "016", "IRQCOP"), _codes(doc)
    assert not any(e.trigger == "للهجوم" and e.negated for e in doc.events), _codes(doc)


def test_denied_shelling_with_the_copula_stays_negated_guard():
    doc = full("ونفت وزارة الدفاع التركية أن تكون قواتها قد قصفت قرى في شمال العراق.", published_at="2024-03-12")
    assert find(doc, "016", "TURGOV"), _codes(doc)
    shell = [e for e in doc.events if e.trigger == "قصفت"]
    assert shell and all(e.negated for e in shell), _codes(doc)


# 4. speakers missing from the roles

def test_coast_guard_denial_has_its_016():
    doc = full("ونفى خفر السواحل الليبي أن يكون عناصره قد أطلقوا النار على قارب الصيادين.", published_at="2024-03-12")
    assert find(doc, "016", "LBYMIL"), _codes(doc)


def test_security_directorate_of_a_city_is_police():
    doc = full("وقالت مديرية أمن بغداد إن دورية تعرضت لإطلاق نار.", published_at="2024-03-12")
    assert any(a.code == "IRQCOP" and a.kind == "organisation" for a in doc.actors), \
        [(a.code, a.kind, a.spans) for a in doc.actors]


# 5. a comma-set relative clause between the verb's subject and its object (coding/parenthetical_ar.py)

def test_relative_clause_between_subject_and_object_keeps_the_object():
    doc = full("ودعا الاتحاد الأوروبي، الذي يضم 27 دولة، الحكومة السودانية إلى وقف القتال فورا.", published_at="2024-03-12")
    assert any(e.cameo.startswith("02") and e.source_code.startswith("IGOEU") and e.target_code == "SDNGOV"
               for e in doc.events), _codes(doc)


def test_relative_clause_of_an_unknown_body_still_gives_the_addressee():
    doc = full("وطالبت اللجنة الرباعية، التي تضم مصر والسعودية والإمارات، الحكومة السودانية بالعودة إلى المفاوضات.",
               published_at="2024-03-12")
    assert any(e.trigger == "وطالبت" and e.target_code == "SDNGOV" for e in doc.events), _codes(doc)


def test_relative_clause_with_its_own_act_is_kept_guard():
    # the relative clause holds an attack: it is not skipped (its event stays, with its own subject)
    doc = full("وقال الجيش الإسرائيلي إن الحركة، التي أطلقت صواريخ على عسقلان، ستدفع الثمن.", published_at="2024-03-12")
    assert any(e.trigger.startswith("أطلقت") and e.cameo.startswith("19") for e in doc.events), _codes(doc)


# 6. talks named by the parties' nationalities; the headline's talks are the body's meeting (retold.merge)

def test_talks_with_two_nationalities_are_between_the_two_countries():
    doc = full("وعقدت محادثات مصرية سودانية في القاهرة أمس.", published_at="2024-03-12")
    assert find(doc, "046", "EGY", "SDN") and find(doc, "046", "SDN", "EGY"), _codes(doc)


def test_talks_headline_merges_with_the_body_meeting():
    doc = full("مفاوضات مصرية سودانية في القاهرة\n\nعقد دبلوماسيون مصريون وسودانيون اجتماعا في القاهرة اليوم الثلاثاء "
               "لبحث ملف المياه، بحسب ما أفادت وكالة الأنباء الرسمية.", published_at="2024-03-12")
    meet = [e for e in doc.events if e.root == "04"]
    assert len(meet) == 2 and all(e.also_spans for e in meet), _codes(doc)
    assert {(e.source_country, e.target_country) for e in meet} == {("EGY", "SDN"), ("SDN", "EGY")}, _codes(doc)


def test_city_after_talks_stays_a_place_guard():
    doc = full("وجرت محادثات أنقرة بين الوفدين أمس.", published_at="2024-03-12")
    assert not any(a.country == "TUR" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_war_with_a_nationality_is_no_party_guard():
    doc = full("واستمرت الحرب الروسية الأوكرانية عامين.", published_at="2024-03-12")
    assert not any(a.country in ("RUS", "UKR") for a in doc.actors), [(a.code, a.spans) for a in doc.actors]
