"""Session 55, BLINDAR55: Arabic constructions read from the first runs of blind_s274 .. s283 (own sentences)."""
from marsad.pipeline import default_pipeline

_P = default_pipeline()


def _events(text, date="2025-05-05"):
    return _P(text, published_at=date)


def _place_name(doc, ev):
    p = next((p for p in doc.places if p.id == ev.place_id), None)
    return getattr(p, "name", None) if p is not None else None


def test_suspended_from_duty_is_administrative_sanction():
    """"أوقف X عن العمل": an official suspended from duty = an administrative sanction (172)."""
    doc = _events("أوقف رئيس الحكومة التونسية والي القصرين عن العمل أمس بسبب تقصيره في إدارة الأزمة.")
    ev = [e for e in doc.events if e.cameo == "172"]
    assert ev and ev[0].source_code.startswith("TUN"), [(e.trigger, e.cameo) for e in doc.events]


def test_guard_halted_work_with_a_decision_is_no_sanction():
    """Guard: "أوقفت الحكومة العمل بالقرار" (no عن before the work word) is no 172."""
    doc = _events("أوقفت الحكومة التونسية العمل بالقرار الجديد أمس.")
    assert not any(e.cameo == "172" for e in doc.events), [(e.trigger, e.cameo) for e in doc.events]


def test_referred_to_an_inquiry_is_investigate():
    """"أحاله إلى تحقيق إداري": referring an official to an inquiry = investigate (090), the official the target."""
    doc = _events("أقال وزير الصحة المغربي مدير المستشفى أمس، وأحاله إلى تحقيق إداري.")
    ev = [e for e in doc.events if e.cameo == "090"]
    assert ev and ev[0].source_code.startswith("MAR"), [(e.trigger, e.cameo) for e in doc.events]


def test_referred_for_investigation_clitic_lam():
    """"وأحالها للتحقيق": the clitic ل right after the verb and its pronoun object."""
    doc = _events("وأوقفت الوزارة المصرية الموظفة عن العمل، وأحالتها للتحقيق.")
    assert any(e.cameo == "090" for e in doc.events), [(e.trigger, e.cameo) for e in doc.events]


def test_relative_clause_subject_is_no_subject_of_the_verb():
    """"وأحالهم إلى محكمة خاصة يترأسها وزير العدل المصري": the actor after the relative verb (an imperfect with an
    object pronoun) is that clause's subject, no subject of أحال (V-PP-S)."""
    doc = _events("وأحالهم إلى محكمة عسكرية يرأسها قائد الجيش.")
    ev = [e for e in doc.events if e.cameo == "115"]
    assert ev and ev[0].source_code is None, [(e.trigger, e.cameo, e.source_code) for e in doc.events]
    doc = _events("وأحالهم إلى محكمة خاصة يترأسها وزير العدل المصري.")
    ev = [e for e in doc.events if e.cameo == "115"]
    assert ev and ev[0].source_code is None, [(e.trigger, e.cameo, e.source_code) for e in doc.events]


def test_joined_verb_object_pronoun_takes_first_object():
    """"أوقف … وزيرة الاتصالات …، وأحالها إلى النيابة": the joined verb's elided subject is the first verb's, and its
    feminine object pronoun the first verb's (feminine) object."""
    doc = _events("أوقف رئيس الوزراء العراقي محمد شياع السوداني وزيرة الاتصالات العراقية هيام الياسري عن العمل "
                  "احتياطيا مساء أمس، وأحالها إلى النيابة العامة.")
    ev = [e for e in doc.events if e.cameo == "115"]
    assert ev and (ev[0].target_code or "").startswith("IRQ"), \
        [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_guard_vpps_subject_after_the_object_stays():
    """Guard: "وشارك في المراسم وفد تركي" keeps the actor right after the preposition's object as the subject."""
    doc = _events("وشارك في المراسم وفد تركي رفيع.")
    assert any((e.source_code or "").startswith("TUR") for e in doc.events), \
        [(e.trigger, e.source_code) for e in doc.events]


def test_place_abroad_after_ba3d_is_not_the_verb_place():
    """"أقالت الحكومة السفير بعد لقائه نظيره في روما": the place after بعد + a verbal noun, in neither side's country,
    is the earlier act's place, not the dismissal's (the dateline's instead)."""
    doc = _events("عمان (وكالات) - أقال رئيس الوزراء الأردني وزير الزراعة أمس بعد لقائه نظيره "
                  "في روما دون تكليف رسمي.")
    ev = [e for e in doc.events if e.cameo == "172"]
    assert ev, [(e.trigger, e.cameo) for e in doc.events]
    assert _place_name(doc, ev[0]) != "Rome", _place_name(doc, ev[0])


def test_guard_place_at_home_after_ba3d_stays():
    """Guard: a home place after بعد stays the act's place ("أقال … بعد احتجاجات في مدينة صفاقس")."""
    doc = _events("أقال رئيس الحكومة التونسية والي صفاقس أمس بعد احتجاجات في مدينة صفاقس.")
    ev = [e for e in doc.events if e.cameo == "172"]
    assert ev and _place_name(doc, ev[0]) == "Sfax", [(e.trigger, e.cameo, _place_name(doc, e)) for e in doc.events]
