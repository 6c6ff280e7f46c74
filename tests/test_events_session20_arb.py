"""Session 20, ARB: Arabic leftovers of session 19's blind test (our own sentences; each rule with a guard)."""
from __future__ import annotations

from events_helpers import full, show


def _rows(doc, prefix):
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix)]


def _actor_codes(doc, surface):
    return [a.code for a in doc.actors if any(doc.text[s:e] == surface for s, e in a.spans)]


# a. the talks held during a reception or a visit are an event of their own (visit / reception verbs are own acts
#    in events._dedupe); the two guests of the sentence before are its two visitors; أجرى + a talks noun

def test_ar_two_guests_named_back_get_the_talks():
    doc = full("وصل رئيس الوزراء الإيطالي ووزير الخارجية الفرنسي أمس إلى الجزائر. واستقبل الرئيس الجزائري الضيفين "
               "في قصر المرادية، حيث عقد معهما جلسة محادثات.", published_at="2026-11-30")
    rows = _rows(doc, "04")
    for r in (("043", "DZAGOV", "ITAGOV"), ("043", "DZAGOV", "FRAGOV"), ("046", "DZAGOV", "ITAGOV"),
              ("046", "DZAGOV", "FRAGOV")):
        assert r in rows, show(doc)


def test_ar_two_guests_are_the_visitors_of_the_sentence_before():
    # the sentence before names four actors (the signers and the two visitors): the visit's sources are the guests
    doc = full("وقعت الجزائر وفرنسا أمس اتفاقا للتعاون خلال زيارة قام بها رئيس الوزراء الإيطالي ووزير الخارجية "
               "الألماني إلى العاصمة الجزائرية. واستقبل الرئيس الجزائري عبد المجيد تبون الضيفين في قصر المرادية، "
               "حيث عقد معهما جلسة محادثات.", published_at="2026-11-30")
    rows = _rows(doc, "046")
    assert ("046", "DZAGOV", "ITAGOV") in rows and ("046", "DZAGOV", "DEUGOV") in rows, show(doc)


def test_ar_ajra_maahu_jawlat_mubahathat():
    doc = full("استقبل الرئيس اللبناني وزير الخارجية القطري، حيث أجرى معه جولة مباحثات حول الأزمة.",
               published_at="2026-11-30")
    assert ("040", "LBNGOV", "QATGOV") in _rows(doc, "04"), show(doc)


def test_ar_ajra_without_talks_noun_is_no_meeting_guard():
    doc = full("أجرى الجيش الأردني مناورات عسكرية قرب الحدود.", published_at="2026-11-30")
    assert not [e for e in doc.events if e.cameo.startswith("04")], show(doc)


def test_ar_visitor_meets_the_host_official_after_haythu():
    doc = full("وصل وزير الخارجية الفرنسي إلى الجزائر، حيث التقى الرئيس الجزائري عبد المجيد تبون.",
               published_at="2026-11-30")
    assert ("040", "FRAGOV", "DZAGOV") in _rows(doc, "04"), show(doc)


def test_ar_third_country_official_after_haythu_not_flipped_guard():
    # (an official of a third country: not the host; the reading stays as before)
    doc = full("وصل وزير الخارجية الفرنسي إلى الجزائر، حيث التقى وزير الخارجية الإيطالي على هامش المؤتمر.",
               published_at="2026-11-30")
    assert ("040", "FRAGOV", "ITAGOV") not in _rows(doc, "04"), show(doc)


# b. "، إذ" opens a clause as "، حيث" does

def test_ar_idh_clause_takes_the_subject():
    doc = full("زار رئيس الوزراء العراقي القاهرة أمس، إذ بحث مع الرئيس المصري سبل التعاون.",
               published_at="2026-11-30")
    rows = _rows(doc, "04")
    assert ("040", "IRQGOV", "EGYGOV") in rows and ("042", "IRQGOV", "EGYGOV") in rows, show(doc)


def test_ar_idh_with_own_subject_guard():
    doc = full("رفضت الحكومة الأردنية الاتهامات، إذ اتهمت وزارة الخارجية الأردنية إسرائيل بتأجيج الأوضاع.",
               published_at="2026-11-30")
    assert ("112", "JORGOV", "ISR") in _rows(doc, "11"), show(doc)


# c. a strike declared beside a march is a second happening

def test_ar_strike_beside_march_is_two_events():
    doc = full("تظاهر آلاف العمال في وسط العاصمة، فيما أعلنت النقابات إضرابا عاما.", published_at="2026-11-30")
    codes = sorted(e.cameo for e in doc.events if e.cameo.startswith("14"))
    assert codes == ["141", "143"], show(doc)


def test_ar_strike_without_actor_beside_march_kept():
    doc = full("خرج المئات في مسيرة وسط مدينة نابلس، فيما أعلنت القوى الوطنية إضرابا شاملا في المدينة.",
               published_at="2026-11-30")
    assert {"141", "143"} <= {e.cameo for e in doc.events}, show(doc)


def test_ar_one_strike_told_twice_is_one_event_guard():
    doc = full("أعلنت النقابات إضرابا عاما، وأضرب العمال عن العمل في المصانع.", published_at="2026-11-30")
    assert [e.cameo for e in doc.events if e.cameo.startswith("14")] == ["143"], show(doc)


# d. a bare فتح joined to حماس is Fatah: the mutual act of the coordinated subject both ways

def test_ar_fatah_and_hamas_sign_both_ways():
    doc = full("فتح وحماس توقعان إعلانا للمصالحة في القاهرة", published_at="2026-11-30")
    rows = _rows(doc, "057")
    assert ("057", "PSEPTY", "PSEREB") in rows and ("057", "PSEREB", "PSEPTY") in rows, show(doc)


def test_ar_fath_as_verb_is_no_actor_guard():
    doc = full("فتح الجيش النار على المتظاهرين، فيما فتح وزير الخارجية ملف المصالحة مع حماس.",
               published_at="2026-11-30")
    assert "PSEPTY" not in {a.code for a in doc.actors}, [(a.code, a.spans) for a in doc.actors]


# e. a warning of a natural or health hazard is no threat

def test_ar_warning_of_heatwave_is_no_threat():
    doc = full("حذر الأطباء من موجة حر تضرب البلاد خلال الأيام المقبلة.", published_at="2026-11-30")
    assert not [e for e in doc.events if e.cameo.startswith("13")], show(doc)


def test_ar_warning_of_epidemics_is_no_threat():
    doc = full("حذرت وزارة الصحة المصرية من انتشار الأوبئة بعد الأمطار الغزيرة.", published_at="2026-11-30")
    assert not [e for e in doc.events if e.cameo.startswith("13")], show(doc)


def test_ar_warning_of_attack_stays_threat_guard():
    doc = full("حذر الجيش من هجوم وشيك على المدينة.", published_at="2026-11-30")
    assert [e for e in doc.events if e.cameo == "130"], show(doc)


def test_ar_warning_with_target_stays_threat_guard():
    doc = full("حذر الرئيس الإيراني إسرائيل من أي هجوم على بلاده.", published_at="2026-11-30")
    assert ("130", "IRNGOV", "ISR") in _rows(doc, "13"), show(doc)


# f. the object search of an arrest stops at a joined exchange verb

def test_ar_arrest_target_not_from_exchange_of_fire():
    doc = full("وقال الجيش الإسرائيلي إن قواته اعتقلت مطلوبين وتبادلت إطلاق النار مع مسلحين.",
               published_at="2026-11-30")
    rows = _rows(doc, "173")
    assert rows and all(t is None or "UAF" not in t for _, _, t in rows), show(doc)


def test_ar_arrested_gunmen_are_the_target_guard():
    doc = full("اعتقلت الشرطة ثلاثة مسلحين وتبادلت إطلاق النار مع آخرين.", published_at="2026-11-30")
    assert any(t and "UAF" in t for _, _, t in _rows(doc, "173")), show(doc)


# g. the (female) president of the European Commission is the EU, as the English title

def test_ar_commission_president_is_eu():
    doc = full("قالت رئيسة المفوضية الأوروبية إن الاتحاد سيواصل دعم أوكرانيا.", published_at="2026-11-30")
    assert _actor_codes(doc, "رئيسة المفوضية الأوروبية") == ["IGOEUREEC"], [(a.code, a.spans) for a in doc.actors]
    doc = full("قال رئيس المفوضية الأوروبية إن الاتحاد سيواصل دعم أوكرانيا.", published_at="2026-11-30")
    assert _actor_codes(doc, "رئيس المفوضية الأوروبية") == ["IGOEUREEC"], [(a.code, a.spans) for a in doc.actors]


# h. آمنة "safe" is no أمن "security"; a pair word after an appeal counts its addressees

def test_ar_safe_corridors_adjective_not_in_actor():
    doc = full("ودعت المنظمة السلطات إلى توفير ممرات آمنة للمهاجرين.", published_at="2026-11-30")
    assert not any(doc.text[s:e].startswith("آمنة") for a in doc.actors for s, e in a.spans), \
        [(a.code, [doc.text[s:e] for s, e in a.spans]) for a in doc.actors]


def test_ar_security_forces_still_actor_guard():
    doc = full("اعتقل الأمن ثلاثة ناشطين في المدينة.", published_at="2026-11-30")
    assert _actor_codes(doc, "الأمن") == ["COP"], [(a.code, a.spans) for a in doc.actors]


def test_ar_appeal_to_authorities_in_both_countries_no_reverse():
    doc = full("وأعربت منظمة أطباء بلا حدود والمنظمة الدولية للهجرة عن قلقهما من تدهور الأوضاع، ودعتا السلطات "
               "في البلدين إلى توفير ممرات آمنة للمهاجرين.", published_at="2026-11-30")
    appeals = [e for e in doc.events if e.cameo.startswith("02")]
    assert appeals and not [e for e in appeals if e.target_code and "REF" in e.target_code], show(doc)
    assert not [e for e in appeals if e.source_code and "REF" in e.source_code], show(doc)


def test_ar_exchange_between_two_countries_stays_mutual_guard():
    doc = full("تبادلت مصر والسودان الاتهامات بخرق الاتفاق.", published_at="2026-11-30")
    rows = _rows(doc, "11")
    assert ("112", "EGY", "SDN") in rows and ("112", "SDN", "EGY") in rows, show(doc)
