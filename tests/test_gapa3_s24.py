"""Session 24, GAPA3: Arabic gaps of the tenth blind test, with our own sentences: a commissioner of an IGO's portfolio
read as police; a denial of "that" (ونفت الوزارة ذلك) with no event, and the idiom "لا ينفي ذلك" guarded; a rejection
of "the request" told in an earlier sentence; the target of a warning inside "من أن"."""
from __future__ import annotations

from events_helpers import actor_of as _actor_of
from events_helpers import full
from events_helpers import triples as _ev


# --- 1. a portfolio title of an IGO official (actors._igo_portfolio)

def test_commissioner_for_peace_and_security_of_the_au_is_the_au():
    doc = full("وانتقد مفوض السلم والأمن في الاتحاد الأفريقي الهجوم على المدنيين في السودان.")
    assert _actor_of(doc, "مفوض السلم والأمن").code == "IGOAFRAFU"
    assert not any(a.code == "COP" for a in doc.actors)
    assert any(e.cameo.startswith("11") and e.source_code == "IGOAFRAFU" for e in doc.events)


def test_commissioner_with_a_clitic_preposition_before_the_igo():
    doc = full("وحذرت مفوضة الشؤون الخارجية بالاتحاد الأوروبي من تدهور الوضع في مالي.")
    assert any(e.cameo.startswith("13") and e.source_code == "IGOEUREEC" for e in doc.events)


def test_guard_police_commissioner_of_a_city_stays_police():
    doc = full("وقال مفوض الشرطة في نيروبي إن الوضع مستقر.")
    assert _actor_of(doc, "مفوض الشرطة").code.endswith("COP")


# --- 3. a denial of "that" (trigger row نفى + ذلك; antecedent_act.idiom_subject)

def test_ministry_denies_that():
    evs = _ev("ذكرت صحيفة محلية أن الجيش المصري نقل معدات إلى الحدود. ونفت وزارة الدفاع المصرية ذلك في بيان.")
    assert any(c == "016" and (s or "").startswith("EGY") for c, s, t in evs)


def test_government_denies_that():
    evs = _ev("قالت وسائل إعلام إن الحكومة الأردنية أغلقت المعبر الحدودي مع سوريا. ونفت الحكومة الأردنية ذلك.")
    assert any(c == "016" and s == "JORGOV" for c, s, t in evs)


def test_guard_this_does_not_rule_out_that():
    assert not any(c == "016" for c, s, t in _ev("وقال الوزير الأردني إن الهدنة صامدة، وهذا لا ينفي ذلك."))


def test_guard_that_does_not_rule_out_a_clause_no_new_denial_of_that():
    doc = full("وقال الوزير الأردني إن الهدنة صامدة، لكن ذلك لا ينفي وجود خروقات.")
    assert not any(e.cameo == "016" for e in doc.events)


# --- 5. a rejection of the request told before (prior_request_ar)

def test_rejection_of_an_ultimatum_two_sentences_later():
    evs = _ev("أمهلت السلطات النيجرية السفير الفرنسي 72 ساعة لمغادرة البلاد. وقال مصدر دبلوماسي إن الأزمة تتفاقم. "
              "ورفضت فرنسا المهلة.")
    assert any(c.startswith("12") and s == "FRA" and (t or "").startswith("NER") for c, s, t in evs)


def test_rejection_of_a_request_told_as_no_event():
    evs = _ev("طلبت الحكومة الجزائرية من باريس تسليم المعارض المقيم على أراضيها. ورفضت فرنسا الطلب أمس.")
    assert any(c.startswith("12") and s == "FRA" and (t or "").startswith("DZA") for c, s, t in evs)


def test_rejection_of_a_call_at_home_takes_the_other_role():
    evs = _ev("دعت المعارضة التونسية الرئيس إلى إجراء انتخابات مبكرة. وقالت الرئاسة في بيان إن الوضع مستقر. "
              "ورفضت الحكومة التونسية الدعوة.")
    assert ("120", "TUNGOV", "TUNOPP") in evs


def test_guard_a_visit_asks_nothing():
    evs = _ev("زار وزير الخارجية الإيطالي تونس أمس. ورفضت فرنسا الطلب.")
    assert not any(c.startswith("12") and t for c, s, t in evs)


def test_guard_request_with_its_own_nationality_adjective():
    evs = _ev("طلبت الحكومة الجزائرية من باريس تسليم المعارض. ورفضت إسبانيا الطلب المغربي.")
    assert any(c.startswith("12") and (t or "").startswith("MAR") for c, s, t in evs)


# --- 4. a warning's target inside من أن (threat_partner_ar.content_subject)

def test_warning_that_a_country_will_bear_the_responsibility():
    assert ("130", "MARGOV", "DZA") in _ev("وحذرت الحكومة المغربية من أن الجزائر ستتحمل مسؤولية أي تصعيد.")


def test_warning_that_replacing_the_governor_costs_the_country():
    evs = _ev("وحذرت السفارة البريطانية في الخرطوم من أن عزل المحافظ بالقوة قد يؤدي إلى فقدان السودان ثقة المانحين.")
    assert any(c.startswith("13") and s == "GBRGOV" and (t or "").startswith("SDN") for c, s, t in evs)


def test_guard_warning_about_ones_own_country_has_no_target():
    evs = _ev("وحذر الرئيس المصري من أن مصر لن تقبل بأي تهديد.")
    assert any(c == "130" and s == "EGYGOV" and t is None for c, s, t in evs)


def test_guard_partner_after_with_still_wins():
    evs = _ev("وقال الوزير الموريتاني، محذرا من أن نواكشوط ستعيد النظر في التعاون الأمني مع باماكو إذا لم تسفر "
              "التحقيقات عن نتائج.")
    assert any(c.startswith("13") and (t or "").startswith("MLI") for c, s, t in evs)
